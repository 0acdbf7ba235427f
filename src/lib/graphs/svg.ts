/**
 * The few pieces every build-time picture shares: a hast element builder and the serialiser.
 * Pictures are built as hast trees and written by hast-util-to-html, so corpus text (titles with
 * `<`, `&`, quotes, TeX) always becomes escaped text or attribute values, never markup.
 */
import type { Element, ElementContent, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';

/** A child as the builder takes it: a node, plain text, or nothing (skipped, to allow `cond && …`). */
export type Child = ElementContent | string | number | null | undefined | false;
/** Children, possibly in nested lists (as `map` builds them). */
export type Children = Child | readonly Children[];
/** Attribute values; numbers are coordinates, written by {@link num}. */
export type Attributes = Record<string, string | number | string[] | undefined>;

/** A hast element; strings become text nodes, which the serialiser escapes. */
export function h(tagName: string, attributes: Attributes = {}, ...children: Children[]): Element {
  const properties: Properties = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== undefined) properties[key] = typeof value === 'number' ? num(value) : value;
  }
  const content: ElementContent[] = [];
  const add = (child: Children): void => {
    if (Array.isArray(child)) (child as readonly Children[]).forEach(add);
    else if (typeof child === 'string' || typeof child === 'number')
      content.push({ type: 'text', value: String(child) });
    else if (child !== null && child !== undefined && child !== false) content.push(child as ElementContent);
  };
  children.forEach(add);
  return { type: 'element', tagName, properties, children: content };
}

/** SVG markup of a tree, for inlining into HTML (empty elements self-closed to keep it short). */
export function toSvgMarkup(root: Element): string {
  return toHtml(root, { space: 'svg', closeEmptyElements: true, tightSelfClosing: true });
}

// Characters XML forbids even as references (C0 controls; tab and newline are white space anyway)
// and the C1 controls, noncharacters and lone surrogates that HTML parsers only tolerate with an
// error. Matching control characters is the point of this pattern.
const UNSAFE_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text fit for a label: unsafe characters and runs of white space become one space, ends trimmed. */
export function cleanText(text: string): string {
  return text.replace(UNSAFE_CHARS, ' ').replace(/\s+/g, ' ').trim();
}

/** A coordinate as short as it can be written: at most one decimal, no `-0`. */
export function num(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(rounded === 0 ? 0 : rounded);
}

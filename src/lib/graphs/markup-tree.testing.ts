/**
 * Test support: a strict reader of the markup the pictures emit, so tests can assert on structure
 * instead of comparing strings. It accepts only XML-style markup (every tag closed, attributes
 * double-quoted, `<` never in text or attributes, `&` only as a character reference), which is
 * stricter than an HTML parser: markup it reads means the same when inlined into HTML. (It lets
 * `]]>` through in text, which XML forbids and HTML allows: the pictures are made for HTML pages.)
 * Not used by the site.
 */

/** An element as read: name, decoded attributes, children. */
export interface MarkupElement {
  name: string;
  attributes: Record<string, string>;
  children: (MarkupElement | string)[];
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decode character references, throwing on a bare `&` or an unknown reference. */
function decode(raw: string, where: number): string {
  return raw.replace(/&([^;&\s]*);?/g, (match, body: string) => {
    const hex = /^#x([0-9a-f]+)$/i.exec(body);
    const dec = /^#([0-9]+)$/.exec(body);
    const code = hex?.[1] ? parseInt(hex[1], 16) : dec?.[1] ? parseInt(dec[1], 10) : undefined;
    if (match.endsWith(';') && code !== undefined) return String.fromCodePoint(code);
    const named = NAMED[body];
    if (match.endsWith(';') && named !== undefined) return named;
    throw new Error(`bad character reference ${JSON.stringify(match)} near offset ${where}`);
  });
}

const TAG = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[a-zA-Z_:][\w:.-]*="[^"<]*")*)\s*(\/?)>/y;
const ATTRIBUTE = /\s+([a-zA-Z_:][\w:.-]*)="([^"<]*)"/g;

/** Read one root element, throwing on anything that is not well-formed. */
export function readMarkup(markup: string): MarkupElement {
  const root: MarkupElement = { name: '#root', attributes: {}, children: [] };
  const stack = [root];
  let at = 0;
  while (at < markup.length) {
    const parent = stack.at(-1) ?? root;
    const lt = markup.indexOf('<', at);
    const textEnd = lt === -1 ? markup.length : lt;
    if (textEnd > at) {
      const raw = markup.slice(at, textEnd);
      parent.children.push(decode(raw, at));
      at = textEnd;
      continue;
    }
    TAG.lastIndex = at;
    const tag = TAG.exec(markup);
    if (!tag) throw new Error(`not a tag near offset ${at}: ${JSON.stringify(markup.slice(at, at + 40))}`);
    const [whole, closing, name = '', attributeText = '', selfClosing] = tag;
    at += whole.length;
    if (closing) {
      if (parent.name !== name || stack.length === 1) throw new Error(`</${name}> closes <${parent.name}>`);
      stack.pop();
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [, key = '', value = ''] of attributeText.matchAll(ATTRIBUTE)) {
      if (key in attributes) throw new Error(`attribute ${key} twice on <${name}>`);
      attributes[key] = decode(value, at);
    }
    const element: MarkupElement = { name, attributes, children: [] };
    parent.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  if (stack.length !== 1) throw new Error(`<${stack.at(-1)?.name}> is never closed`);
  const [only, ...rest] = root.children;
  if (typeof only !== 'object' || rest.length > 0) throw new Error('expected exactly one root element');
  return only;
}

/** Every element of the tree, the root first, in document order. */
export function elements(root: MarkupElement): MarkupElement[] {
  return [root, ...root.children.flatMap((c) => (typeof c === 'string' ? [] : elements(c)))];
}

/** Text content, as a browser's `textContent` gives it. */
export function textOf(element: MarkupElement): string {
  return element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

/** Direct children with a given name. */
export function childrenNamed(element: MarkupElement, name: string): MarkupElement[] {
  return element.children.filter((c): c is MarkupElement => typeof c !== 'string' && c.name === name);
}

/** Elements of a tree with a given name and, optionally, a class. */
export function findAll(root: MarkupElement, name: string, className?: string): MarkupElement[] {
  return elements(root).filter(
    (e) =>
      e.name === name &&
      (className === undefined || (e.attributes['class'] ?? '').split(' ').includes(className)),
  );
}

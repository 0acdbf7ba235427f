/**
 * DOM output of the search dialog: result rows and filter options. Built with `createElement`
 * and `textContent` only — never `innerHTML` — so the only markup a result can carry is the
 * `<mark>` this module creates for excerpt runs.
 */
import type { FilterOption, FilterSpec } from './filters';
import type { ResultView } from './view-model';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One `<li>`: the link (named by the title alone), then date and tags, then the excerpt. */
export function resultItem(view: ResultView): HTMLLIElement {
  const li = el('li', 'search-result');
  const link = el('a', 'search-result-link', view.title);
  link.href = view.url;
  li.append(link);

  const facts = el('p', 'search-result-facts');
  if (view.date) {
    const time = el('time', '', view.date.label);
    time.dateTime = view.date.iso;
    facts.append(time);
  }
  for (const text of [view.organisation, ...view.tags]) {
    if (!text) continue;
    if (facts.childNodes.length > 0) facts.append(' · ');
    facts.append(el('span', '', text));
  }
  if (facts.childNodes.length > 0) li.append(facts);

  if (view.excerpt.length > 0) {
    const excerpt = el('p', 'search-result-excerpt');
    for (const run of view.excerpt) {
      excerpt.append(run.mark ? el('mark', '', run.text) : document.createTextNode(run.text));
    }
    li.append(excerpt);
  }
  return li;
}

/** Replace (or extend) the result list. */
export function renderResults(list: HTMLOListElement, views: ResultView[], append = false): void {
  const items = views.map(resultItem);
  if (append) list.append(...items);
  else list.replaceChildren(...items);
}

/** Refill a filter `<select>` with its options, keeping the reader's choice selected. */
export function renderFilterOptions(
  select: HTMLSelectElement,
  spec: FilterSpec,
  options: FilterOption[],
  selected: string,
): void {
  const any = new Option(spec.any, '');
  const rest = options.map((o) => new Option(o.label, o.value, false, o.value === selected));
  select.replaceChildren(any, ...rest);
  select.value = selected;
}

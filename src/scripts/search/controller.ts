/**
 * The search dialog's behaviour once it has been opened: loads Pagefind, fills the filters,
 * searches as the reader types, shows results a page at a time, and moves through them with
 * the arrow keys. Loaded on demand by `boot.ts`.
 */
import { loadFilterTotals, loadPagefind, runSearch, type SearchOutcome, type SearchRequest } from './engine';
import { FILTERS, filterOptions, type FilterChoice, type SortChoice } from './filters';
import { loadOrder } from './order';
import type { FilterCounts, PagefindModule, ResultData, SearchResult } from './pagefind-api';
import { statusText, withUnavailable, type SearchStatus } from './query';
import { prefetchSearchIndex } from './register-sw';
import { renderFilterOptions, renderResults } from './render';
import { rerank } from './rerank';
import { resultView } from './view-model';

/** The dialog's elements, found by `boot.ts`. */
export interface SearchElements {
  dialog: HTMLDialogElement;
  /** The `<search>` element around the box and the controls. */
  form: HTMLElement;
  input: HTMLInputElement;
  sort: HTMLSelectElement;
  /** One `<select data-search-filter="tag|year|collection|organisation">` per filter. */
  filters: HTMLSelectElement[];
  status: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
}

/** What `boot.ts` calls each time the dialog opens. */
export interface SearchController {
  /** Search for what the box holds now (no-op when nothing changed since the last search). */
  activate(): void;
}

/** Results shown at once, and re-ranked as a group. */
export const PAGE_SIZE = 20;

/** A result with its loaded data. */
interface Row {
  result: SearchResult;
  data: ResultData;
}

/** Wire the dialog. */
export function createController(ui: SearchElements, base: string): SearchController {
  let ready: Promise<PagefindModule> | undefined;
  let totals: FilterCounts = {};
  let sequence = 0;
  let lastRequest = '';
  let results: SearchResult[] = [];
  let shown = 0;
  let prefetched = false;
  /** Results of the current search that could not be shown (offline, never fetched). */
  let missing = 0;
  let lastStatus: SearchStatus = { kind: 'idle' };

  const setStatus = (status: SearchStatus, unavailable = 0) => {
    const text = withUnavailable(statusText(status), unavailable);
    // Writing the same text again would make some screen readers repeat it.
    if (ui.status.textContent !== text) ui.status.textContent = text;
  };

  const filterChoice = (): FilterChoice =>
    Object.fromEntries(ui.filters.map((s) => [s.dataset['searchFilter'] ?? '', s.value]));

  const request = (): SearchRequest => ({
    query: ui.input.value,
    filters: filterChoice(),
    sort: ui.sort.value as SortChoice,
  });

  function fillFilters(outcome?: SearchOutcome): void {
    const chosen = filterChoice();
    const response = outcome && outcome.results.length > 0 ? outcome.response : undefined;
    for (const select of ui.filters) {
      const spec = FILTERS.find((f) => f.key === select.dataset['searchFilter']);
      if (!spec) continue;
      const selected = chosen[spec.key] ?? '';
      // The chosen filter counts what choosing another value would give; the others count
      // within the current results.
      // Pagefind counts filter values only once a filter is in use (its filter index loaded);
      // until then a response has no counts and the menus keep the corpus totals.
      const live = selected ? response?.totalFilters : response?.filters;
      const counts = live && Object.keys(live).length > 0 ? live : totals;
      renderFilterOptions(select, spec, filterOptions(spec.key, counts, selected), selected);
    }
  }

  function ensureLoaded(): Promise<PagefindModule> {
    ready ??= (async () => {
      setStatus({ kind: 'loading' });
      // The menus' totals come from the site's own small file, not `pagefind.filters()`: once
      // Pagefind has loaded its filter index, every search counts every filter value over all
      // its results, ten times slower on a large site (see src/pages/search/filters.json.ts).
      // Without the totals (offline, never fetched) the menus fill once a search returns counts.
      const [pagefind, counts] = await Promise.all([
        loadPagefind(base),
        loadFilterTotals(base).catch((): FilterCounts => ({})),
      ]);
      totals = counts;
      fillFilters();
      return pagefind;
    })();
    ready.catch(() => (ready = undefined));
    return ready;
  }

  /**
   * The data of some results. Offline, a result whose fragment was never fetched cannot be
   * shown; it is left out and counted rather than failing the whole list.
   */
  async function views(slice: SearchResult[]): Promise<{ rows: Row[]; missing: number }> {
    const settled = await Promise.allSettled(slice.map((r) => r.data()));
    const rows = slice.flatMap((result, i) => {
      const s = settled[i];
      return s?.status === 'fulfilled' ? [{ result, data: s.value }] : [];
    });
    if (slice.length > 0 && rows.length === 0) throw new Error('no result could be loaded');
    return { rows, missing: slice.length - rows.length };
  }

  async function run(): Promise<void> {
    const id = ++sequence;
    const req = request();
    lastRequest = JSON.stringify(req);
    let outcome: SearchOutcome | null;
    let page: Row[];
    try {
      const pagefind = await ensureLoaded();
      outcome = await runSearch(pagefind, req, (order) => loadOrder(base, order));
      if (outcome === null || id !== sequence) return;
      ({ rows: page, missing } = await views(outcome.results.slice(0, PAGE_SIZE)));
    } catch {
      if (id !== sequence) return;
      setStatus({ kind: 'error', offline: !navigator.onLine });
      ui.results.replaceChildren();
      ui.more.hidden = true;
      lastRequest = '';
      return;
    }
    if (id !== sequence) return;
    // Re-rank only Pagefind's own order: a chosen sort is the reader's order.
    if (req.sort === 'relevance' && outcome.matched) {
      page = rerank(page, outcome.matched, (p) => ({ ...p.data.meta, content: p.data.content }));
    }
    results = [...page.map((p) => p.result), ...outcome.results.slice(PAGE_SIZE)];
    shown = page.length;
    renderResults(
      ui.results,
      page.map((p) => resultView(p.data, location.origin)),
    );
    ui.more.hidden = shown >= results.length;
    lastStatus = outcome.status;
    setStatus(outcome.status, missing);
    fillFilters(outcome);
    if (!prefetched && results.length > 0) {
      prefetched = true;
      prefetchSearchIndex();
    }
  }

  async function showMore(): Promise<void> {
    const id = sequence;
    const slice = results.slice(shown, shown + PAGE_SIZE);
    let next: Row[] = [];
    let lost = slice.length;
    try {
      ({ rows: next, missing: lost } = await views(slice));
    } catch {
      // Offline and none of these was saved: count them, show what there is.
    }
    if (id !== sequence) return;
    const first = ui.results.children.length;
    renderResults(
      ui.results,
      next.map((p) => resultView(p.data, location.origin)),
      true,
    );
    shown += slice.length;
    missing += lost;
    ui.more.hidden = shown >= results.length;
    if (missing > 0) setStatus(lastStatus, missing);
    ui.results.children[first]?.querySelector('a')?.focus();
  }

  const links = () => [...ui.results.querySelectorAll<HTMLAnchorElement>('a.search-result-link')];

  ui.input.addEventListener('input', () => void run());
  ui.sort.addEventListener('change', () => void run());
  for (const select of ui.filters) select.addEventListener('change', () => void run());
  ui.more.addEventListener('click', () => void showMore());
  ui.dialog.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    const all = links();
    const target = event.target;
    const at = target instanceof HTMLAnchorElement ? all.indexOf(target) : -1;
    if (event.key === 'Enter' && target === ui.input) {
      // Enter in the box opens the first result.
      event.preventDefault();
      links()[0]?.click();
    } else if (event.key === 'ArrowDown' && (target === ui.input || at >= 0)) {
      event.preventDefault();
      all[at + 1]?.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      (at === 0 ? ui.input : all[at - 1])?.focus();
    } else if (at >= 0 && event.key.length === 1 && event.key !== ' ') {
      // Typing while on a result goes on in the search box.
      ui.input.focus();
    }
  });

  return {
    activate() {
      if (JSON.stringify(request()) !== lastRequest || !ready) void run();
    },
  };
}

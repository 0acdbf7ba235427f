/**
 * The part of search every page loads: the header button, the keyboard shortcuts (`/`, Ctrl-K,
 * ⌘-K), opening and closing the dialog, and focus. Everything else — the search controller and
 * Pagefind itself — is loaded with dynamic imports the first time the dialog opens, so a page
 * pays for search only once it is used.
 */
import { OPEN_SEARCH_EVENT, type OpenSearchDetail } from './open';
import { registerServiceWorker } from './register-sw';
import type { SearchElements, SearchController } from './controller';

function required<T extends Element>(root: ParentNode, selector: string, type: new () => T): T {
  const el = root.querySelector(selector);
  if (!(el instanceof type)) throw new Error(`search UI: ${selector} is missing`);
  return el;
}

/** Whether a key press is meant as typing (so `/` must not open search). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  ) {
    return true;
  }
  return (
    target instanceof HTMLInputElement &&
    !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(target.type)
  );
}

/** Find the search UI rendered by `Search.astro` and make it work. */
export function bootSearch(root: HTMLElement, base: string): void {
  const elements: SearchElements = {
    dialog: required(root, '[data-search-dialog]', HTMLDialogElement),
    form: required(root, '[data-search-form]', HTMLElement),
    input: required(root, '[data-search-input]', HTMLInputElement),
    sort: required(root, '[data-search-sort]', HTMLSelectElement),
    filters: [...root.querySelectorAll<HTMLSelectElement>('select[data-search-filter]')],
    status: required(root, '[data-search-status]', HTMLElement),
    results: required(root, '[data-search-results]', HTMLOListElement),
    more: required(root, '[data-search-more]', HTMLButtonElement),
  };
  const button = required(root, '[data-search-open]', HTMLButtonElement);
  const { dialog, input } = elements;
  let returnFocus: HTMLElement = button;
  let controller: Promise<SearchController> | undefined;

  const load = () => {
    controller ??= import('./controller').then((m) => m.createController(elements, base));
    // A failed chunk load (offline, new deploy) may be retried on the next open.
    controller.catch(() => (controller = undefined));
    return controller;
  };

  const open = (detail: OpenSearchDetail = {}) => {
    returnFocus = detail.opener ?? button;
    if (detail.query !== undefined) input.value = detail.query;
    if (!dialog.open) dialog.showModal();
    input.focus();
    button.setAttribute('aria-expanded', 'true');
    load()
      .then((c) => c.activate())
      .catch(() => {
        elements.status.textContent = 'Search could not be loaded. Reload the page to try again.';
      });
  };

  button.addEventListener('click', () => open());
  root.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop lands on the dialog element itself (the panel fills its box). The
  // press must start there too: a text selection dragged out of the box must not close it.
  let pressedOnBackdrop = false;
  dialog.addEventListener('pointerdown', (event) => {
    pressedOnBackdrop = event.target === dialog;
  });
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog && pressedOnBackdrop) dialog.close();
  });
  // Escape closes at once: left to the browser, it would first clear the search box.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    dialog.close();
  });
  dialog.addEventListener('close', () => {
    button.setAttribute('aria-expanded', 'false');
    (returnFocus.isConnected ? returnFocus : button).focus();
  });
  document.addEventListener(OPEN_SEARCH_EVENT, (event) => {
    open((event as CustomEvent<OpenSearchDetail>).detail);
  });
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey) return;
    const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.shiftKey;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !isTyping(event.target);
    if (!k && !slash) return;
    event.preventDefault();
    if (dialog.open) {
      input.focus();
      input.select();
    } else {
      open();
    }
  });
  registerServiceWorker(base);
}

/**
 * The "Copy link", "Copy Markdown link" and "Copy BibTeX" buttons of a paper page. The page
 * embeds the citation fields as JSON; the URL is the canonical one when the site was built with
 * `SITE_URL`, else the address the reader is on (minus any #fragment or query), so a copied
 * link works wherever the site is hosted.
 */
import { bibtex, markdownLink, type Citable } from '../lib/cite';

type Format = 'link' | 'markdown' | 'bibtex';
const MESSAGES: Record<Format, string> = {
  link: 'Link copied',
  markdown: 'Markdown link copied',
  bibtex: 'BibTeX entry copied',
};

function pageUrl(canonical: string | undefined): string {
  if (canonical) return canonical;
  const here = new URL(window.location.href);
  here.hash = '';
  here.search = '';
  return here.href;
}

/** The text a button copies. */
export function textFor(format: Format, paper: Omit<Citable, 'url'>, url: string): string {
  const citable = { ...paper, url };
  if (format === 'markdown') return markdownLink(citable);
  if (format === 'bibtex') return bibtex(citable);
  return url;
}

async function copy(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // No clipboard API (plain http, old browser): fall back to a selected textarea.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}

for (const group of document.querySelectorAll<HTMLElement>('[data-cite]')) {
  const data = JSON.parse(group.dataset['cite'] ?? '{}') as Omit<Citable, 'url'> & { canonical?: string };
  const status = group.querySelector<HTMLElement>('[role="status"]');
  for (const button of group.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.addEventListener('click', () => {
      const format = button.dataset['copy'] as Format;
      void copy(textFor(format, data, pageUrl(data.canonical))).then(() => {
        if (status) status.textContent = MESSAGES[format];
      });
    });
  }
}

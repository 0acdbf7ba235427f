/**
 * What a reader pastes into notes: a Markdown link and a BibTeX entry for a paper, and the
 * search URLs to look it up elsewhere. Pure; the page passes the absolute URL.
 */

/** The fields a citation needs. */
export interface Citable {
  slug: string;
  /** Plain-text title (math as TeX between `$`). */
  title: string;
  year?: number | undefined;
  /** ISO date, when known. */
  date?: string | undefined;
  organisation?: string | undefined;
  /** Absolute (or root-relative, without SITE_URL) URL of the paper's page. */
  url: string;
}

/** `[Title](url)`, with the characters Markdown would read as syntax escaped in the title. */
export function markdownLink(paper: Citable): string {
  const text = paper.title.replace(/[\\[\]*_`<>]/g, (c) => `\\${c}`);
  const url = paper.url.replace(/[()\s]/g, (c) => encodeURIComponent(c));
  return `[${text}](${url})`;
}

// Outside math, these are commands or comment starters in (La)TeX and must be escaped; braces
// are escaped too so a stray `}` in a title cannot close the field early.
const TEX_SPECIAL = /[\\{}&%#_^~]/g;
const TEX_ESCAPE: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '^': '\\^{}',
  '~': '\\~{}',
};

/**
 * A title as a BibTeX value: text escaped, `$…$` math kept as math when its braces balance
 * (else escaped like text), wrapped in a second pair of braces so styles keep its capitals.
 */
export function bibtexTitle(title: string): string {
  const parts = title.split(/(\$[^$]+\$)/g);
  const body = parts
    .map((part) =>
      part.startsWith('$') && part.endsWith('$') && part.length > 2 && balanced(part)
        ? part
        : part.replace(TEX_SPECIAL, (c) => TEX_ESCAPE[c] ?? c),
    )
    .join('');
  return `{${body}}`;
}

function balanced(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** A stable citation key: first title word, year, and the slug's hash (unique in the corpus). */
export function citationKey(paper: Citable): string {
  const word = (paper.title.match(/[A-Za-z][A-Za-z0-9]*/)?.[0] ?? 'paper').toLowerCase();
  const hash = paper.slug.slice(paper.slug.lastIndexOf('-') + 1);
  return `${word}${paper.year ?? ''}_${hash}`;
}

/** A BibTeX-like `@misc` entry with title, year, URL and, when known, date and organisation. */
export function bibtex(paper: Citable): string {
  const fields: [string, string][] = [['title', `{${bibtexTitle(paper.title)}}`]];
  if (paper.year !== undefined) fields.push(['year', `{${paper.year}}`]);
  if (paper.date !== undefined) fields.push(['date', `{${paper.date}}`]);
  if (paper.organisation !== undefined)
    fields.push(['organization', `{${paper.organisation.replace(TEX_SPECIAL, (c) => TEX_ESCAPE[c] ?? c)}}`]);
  fields.push(['url', `{${paper.url.replace(/[{}]/g, encodeURIComponent)}}`]);
  return `@misc{${citationKey(paper)},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}`;
}

/** Where to look the paper up by its title: name and search URL, in the order shown. */
export function lookupLinks(title: string): { name: string; url: string }[] {
  const q = encodeURIComponent(title.replace(/\$/g, ''));
  return [
    { name: 'arXiv', url: `https://arxiv.org/search/?searchtype=title&query=${q}` },
    { name: 'Hugging Face papers', url: `https://huggingface.co/papers?q=${q}` },
    { name: 'Semantic Scholar', url: `https://www.semanticscholar.org/search?q=${q}` },
    { name: 'Google Scholar', url: `https://scholar.google.com/scholar?q=${q}` },
  ];
}

/**
 * Rule: bare `http(s)://` URLs become `link` nodes whose text is the URL.
 *
 * Detection is linkify-it's (it already leaves trailing sentence punctuation such as `.`, `,`
 * and an unbalanced `)` outside the URL). Only the http and https schemes are linked: no fuzzy
 * links, no `mailto:`, `ftp:`, `//` or `javascript:`. Two repairs on top of linkify-it:
 * - a lost `\href{url}{text}` leaves `url{text}`: the `{text}` debris is dropped;
 * - a host written with its trailing root dot (`https://hf.xwall.us.kg./NexaAIDev/Dolphin`) is
 *   kept whole instead of being cut at the dot.
 */
import { LinkifyIt } from 'linkify-it';
import type { PhrasingContent, Root } from 'mdast';
import { replaceInText, text } from './replace-in-text';

const linkify = new LinkifyIt()
  .add('ftp:', null)
  .add('//', null)
  .add('mailto:', null)
  .set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });

/** Debris of a lost `\href`: `{text}` straight after the URL. */
const HREF_DEBRIS = /^\{[^{}\s]*\}$/;

/** A found URL: where it starts and ends in the string, and the URL itself. */
interface Found {
  start: number;
  end: number;
  url: string;
}

/** Every http(s) URL in `value`, with the two repairs described above. */
export function findUrls(value: string): Found[] {
  const found: Found[] = [];
  for (const match of linkify.match(value) ?? []) {
    if (match.schema !== 'http:' && match.schema !== 'https:') continue;
    let { url } = match;
    let end = match.lastIndex;
    // Root-dot host: linkify-it stops at `kg`; re-match with the dot removed, then put it back.
    if (value.startsWith('./', end) && !url.slice(url.indexOf('//') + 2).includes('/')) {
      const again = linkify.match(url + value.slice(end + 1))?.[0];
      if (again?.index === 0 && again.url.length > url.length) {
        end = end + 1 + (again.url.length - url.length);
        url = `${url}.${again.url.slice(url.length)}`;
      }
    }
    const brace = url.indexOf('{');
    if (brace >= 0) {
      const tail = url.slice(brace);
      end -= tail.length;
      url = url.slice(0, brace);
      if (HREF_DEBRIS.test(tail)) end += tail.length; // swallow the debris: it is not shown
    }
    found.push({ start: match.index, end, url });
  }
  return found;
}

/** Split one string into text and link nodes. */
function linkifyValue(value: string): PhrasingContent[] | false {
  const found = findUrls(value);
  if (found.length === 0) return false;
  const out: PhrasingContent[] = [];
  let at = 0;
  for (const { start, end, url } of found) {
    if (start > at) out.push(text(value.slice(at, start)));
    out.push({ type: 'link', url, title: null, children: [text(url)] });
    at = end;
  }
  if (at < value.length) out.push(text(value.slice(at)));
  return out;
}

/** remark plugin: link bare http(s) URLs. */
export function remarkLinks() {
  return (tree: Root): undefined => {
    // One match per text node: the whole value, split by linkify-it rather than by a regex.
    replaceInText(tree, [[/^[^]+$/g, (value: string) => linkifyValue(value)]]);
  };
}

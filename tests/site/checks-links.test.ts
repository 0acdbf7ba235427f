/**
 * Site-wide: no broken link. Every HTML file of each build is served and checked with
 * linkinator — every internal link, image, stylesheet and script must answer 200, every
 * `#fragment` must name an element of its target page, and in the sub-path build no link may
 * leave `/sub/`. Links to other sites are listed but not fetched (CI must not depend on them).
 */
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { beforeAll, describe, expect, test } from 'vitest';
import { useServer } from '../support/hooks';
import { filesUnder, pathOfHtml, SITE_BUILDS } from './dist';

function describeLink(link: LinkResult): string {
  return `${link.url} (${link.status ?? 'no status'}) on ${link.parent ?? 'a start page'}`;
}

describe.each(SITE_BUILDS)('links of the $name', (build) => {
  const server = useServer(build);
  let pages: string[];
  let links: LinkResult[];

  beforeAll(async () => {
    const { origin, url } = server();
    pages = filesUnder(build.dir, '.html').map((file) => url(pathOfHtml(file)));
    const result = await new LinkChecker().check({
      path: pages,
      recurse: false,
      checkFragments: true,
      concurrency: 32,
      timeout: 20_000,
      linksToSkip: async (link) => !link.startsWith(`${origin}/`),
    });
    links = result.links;
  }, 120_000);

  test('every internal link and #fragment on every page resolves', () => {
    expect(pages.length).toBeGreaterThan(262);
    const checked = links.filter((l) => l.state !== LinkState.SKIPPED);
    expect(checked.length).toBeGreaterThan(pages.length);
    expect(checked.filter((l) => l.state === LinkState.BROKEN).map(describeLink)).toEqual([]);
  });

  test('no link leaves the base path', () => {
    const { origin } = server();
    const internal = links.filter((l) => l.url.startsWith(`${origin}/`));
    expect(internal.length).toBeGreaterThan(pages.length);
    const outside = internal.filter((l) => !l.url.startsWith(`${origin}${build.base}`)).map(describeLink);
    expect(outside).toEqual([]);
  });
});

/**
 * `rss.xml`: the 50 newest papers as an RSS feed. A feed needs absolute links, so it is only
 * built when `SITE_URL` gives the site's address (the layout links to it only then); inventing
 * a host would hand feed readers broken links.
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../lib/site-data';
import { paperPath } from '../lib/urls';

export const getStaticPaths = (() =>
  import.meta.env.SITE ? [{ params: { feed: 'rss' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  const data = await siteData();
  const base = import.meta.env.BASE_URL;
  return rss({
    title: 'Paper Atlas: newest papers',
    description: 'The newest papers of this Paper Atlas collection.',
    site: new URL(base, site).href,
    trailingSlash: true,
    items: data.papers
      .filter((p) => p.date !== undefined)
      .slice(0, 50)
      .map((p) => ({
        title: p.title,
        link: new URL(paperPath(base, p.slug), site).href,
        pubDate: new Date(`${p.date}T00:00:00Z`),
        categories: p.tags,
      })),
  });
};

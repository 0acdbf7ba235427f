/**
 * `search/filters.json`: how many papers each search filter value has (tag, year, collection,
 * organisation), for the search dialog's menus. Pagefind's own `filters()` would give the same
 * counts, but loading its filter index makes every later search also count every filter over
 * all its results: on a 26,000-paper site that is ~240 kB more to download and searches ten
 * times slower. The dialog reads this file instead and leaves Pagefind's filter index unloaded
 * until a reader chooses a filter.
 */
import type { APIRoute } from 'astro';
import { paperViews } from '../../lib/paper-view';
import { filterTotals, paperFilterValues } from '../../lib/search-filters';
import { siteData } from '../../lib/site-data';

export const GET: APIRoute = async () => {
  const data = await siteData();
  return Response.json(filterTotals(paperViews(data.papers, data).map(paperFilterValues)));
};

/** `api/papers.json`: the documented data export of every paper (see the README). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { exportPapers } from '../../lib/api-export';

export const GET: APIRoute = async ({ site }) => {
  const papers = (await getCollection('papers')).map((entry) => entry.data);
  return Response.json(exportPapers(papers, { base: import.meta.env.BASE_URL, site }));
};

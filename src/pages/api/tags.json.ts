/** `api/tags.json`: every tag with its papers (see the README). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { exportTags } from '../../lib/api-export';

export const GET: APIRoute = async ({ site }) => {
  const tags = (await getCollection('tags')).map((entry) => entry.data);
  return Response.json(exportTags(tags, { base: import.meta.env.BASE_URL, site }));
};

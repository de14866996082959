/**
 * dist/trend/speakers.json: the name of every person the texts quote, mapped to their page's path
 * under /entities/, so the trend page can link the speakers Pagefind counts by name. Only people
 * with statements, and a name two people share is left out rather than linked to the wrong one;
 * one small file the trend page loads once, whatever the query.
 */
import { siteData } from '../../lib/site-data.ts';

export const GET = async () => {
  const { entities } = await siteData();
  const byName = new Map<string, string | null>();
  for (const e of entities) {
    if (e.type !== 'person' || e.statementCount === 0) continue;
    byName.set(e.name, byName.has(e.name) ? null : e.id);
  }
  const speakers = Object.fromEntries([...byName].filter((entry): entry is [string, string] => entry[1] !== null));
  return new Response(JSON.stringify(speakers), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

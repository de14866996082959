/**
 * Indexes the built site with Pagefind and writes the search bundle to `<outDir>/pagefind`. One index,
 * in site.config.json's `lang` (every page's `<html lang>`, which the search client looks up).
 * Run after `astro build`; honours OUT_DIR (default `dist`).
 * Usage: node scripts/index-search.ts
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { loadSiteConfig } from '../src/lib/site-config.ts';

/** Throws when a Pagefind response reports errors. */
function check<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0) throw new Error(`${step}: ${response.errors.join('; ')}`);
  return response;
}

/** Pages in the written index, from its entry file (addDirectory counts every HTML file, indexed or not). */
async function indexedPages(bundle: string): Promise<number> {
  const entry = JSON.parse(await readFile(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * The pages search can find: documents, each entity's own page, events and targets. Listings and an
 * entity's paged lists are left out, so that Pagefind never reads them: at 10,000 texts they are most
 * of the site, and reading them cost time and memory for pages with nothing to index.
 */
export const SEARCHED_PAGES = '{documents/**/index.html,entities/*/*/index.html,events/*/index.html,targets/*/index.html}';

/** Indexes the HTML pages under `outDir` and writes the bundle; returns the files read and the pages indexed. */
async function indexSite(outDir: string, bundle: string, language: string): Promise<{ files: number; pages: number }> {
  const { index } = check(await pagefind.createIndex({ forceLanguage: language }), 'createIndex');
  if (!index) throw new Error('createIndex returned no index');
  const { page_count: files } = check(await index.addDirectory({ path: outDir, glob: SEARCHED_PAGES }), 'addDirectory');
  if (files === 0) throw new Error(`No HTML files in ${outDir}; run astro build first.`);
  check(await index.writeFiles({ outputPath: bundle }), 'writeFiles');
  return { files, pages: await indexedPages(bundle) };
}

const outDir = process.env.OUT_DIR || 'dist';
const bundle = path.join(outDir, 'pagefind');
const started = performance.now();
try {
  const { files, pages } = await indexSite(outDir, bundle, loadSiteConfig().lang);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Pagefind indexed ${pages} page(s) of ${files} HTML file(s) in ${outDir} in ${seconds} s; bundle written to ${bundle}.`);
  if (pages === 0) console.warn('Warning: no page has data-pagefind-body; search will find nothing.');
} catch (cause) {
  console.error(new Error('Failed to run Pagefind.', { cause }));
  process.exitCode = 1;
} finally {
  await pagefind.close();
}

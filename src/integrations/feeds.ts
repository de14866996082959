import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content-dir.ts';
import { atomFeed } from '../lib/feeds/atom.ts';
import { type Feed, resolver, type Resolve } from '../lib/feeds/feed.ts';
import { jsonFeed } from '../lib/feeds/json-feed.ts';
import { entityFeed, hasFeed, newTextsFeed } from '../lib/feeds/site-feeds.ts';
import { compareByDate } from '../lib/sort-documents.ts';
import type { DocumentData } from '../schemas/document.ts';
import type { EntityDetail, EntitySummary } from '../schemas/entity-summary.ts';

/** Entities whose feeds are written at once: enough to overlap reading and writing, few enough to bound memory. */
const BATCH = 64;

const readJson = async <T>(path: string): Promise<T> => JSON.parse(await readFile(path, 'utf8')) as T;

/**
 * Writes the feeds (Atom and JSON Feed) of new texts and of every entity a dated text names into
 * feeds/, after the pages are built. Written here rather than by Astro endpoints: one read of each
 * entity's list gives both files, and tens of thousands of entities do not pass through the renderer.
 */
export function feeds(source = contentDir()): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'feeds',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const resolve = resolver(base, site);
        const documents = (await readJson<DocumentData[]>(join(source, 'documents.json'))).sort((a, b) => compareByDate(a, b) || (a.id < b.id ? -1 : 1));
        const documentById = new Map(documents.map((d) => [d.id, d]));
        await writeFeed(out, newTextsFeed(documents), resolve);
        const entities = (await readJson<EntitySummary[]>(join(source, 'entities.json'))).filter(hasFeed);
        for (let i = 0; i < entities.length; i += BATCH) {
          await Promise.all(entities.slice(i, i + BATCH).map(async (entity) => {
            const detail = await readJson<EntityDetail>(join(source, 'entities', `${entity.id}.json`));
            await writeFeed(out, entityFeed(entity, detail, documentById), resolve);
          }));
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const paths = site ? '' : ' (no SITE_URL: links are paths from the host\'s root)';
        logger.info(`Wrote the feeds of new texts and of ${entities.length} entities into feeds/ in ${seconds} s${paths}.`);
      },
    },
  };
}

/** Writes one feed in both formats, beside each other. */
async function writeFeed(out: string, feed: Feed, resolve: Resolve): Promise<void> {
  const file = join(out, feed.path);
  await mkdir(dirname(file), { recursive: true });
  await Promise.all([writeFile(`${file}.xml`, atomFeed(feed, resolve)), writeFile(`${file}.json`, jsonFeed(feed, resolve))]);
}

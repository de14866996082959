import { cp, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content-dir.ts';

/**
 * Copies the open data that build:content wrote (content/data/) into the built site's /data/.
 * The files are streamed to disk by the content build, so that the site build never holds them.
 */
export function openData(source = `${contentDir()}/data`): AstroIntegration {
  return {
    name: 'open-data',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const present = await stat(source).then((s) => s.isDirectory(), () => false);
        if (!present) {
          logger.warn(`${source} is missing: run build:content first; the site has no open data files.`);
          return;
        }
        await cp(source, fileURLToPath(new URL('data/', dir)), { recursive: true });
        logger.info(`Copied the open data from ${source} into data/.`);
      },
    },
  };
}

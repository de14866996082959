import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { type SiteConfig, SiteConfigSchema } from '../schemas/site-config.ts';

/** Where the configuration is read from: `SITE_CONFIG` when set, else `site.config.json` in the working folder. */
export const siteConfigPath = (env = process.env, cwd = process.cwd()): string => resolve(cwd, env.SITE_CONFIG || 'site.config.json');

/** Validates a parsed configuration; throws one readable error listing every problem with its field. */
export function parseSiteConfig(input: unknown, file = 'site.config.json'): SiteConfig {
  const result = SiteConfigSchema.safeParse(input);
  if (result.success) return result.data;
  throw new Error(`Invalid site configuration in ${file}:\n${z.prettifyError(result.error)}`);
}

/**
 * Reads the site configuration (Node only: astro.config.mjs and the scripts). A missing file gives the
 * defaults, so a build with no configuration is today's site; a file named by SITE_CONFIG must exist.
 */
export function loadSiteConfig(file = siteConfigPath(), required = Boolean(process.env.SITE_CONFIG)): SiteConfig {
  if (!existsSync(file)) {
    if (required) throw new Error(`SITE_CONFIG names ${file}, which does not exist.`);
    return parseSiteConfig({}, file);
  }
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new Error(`Could not read the site configuration ${file} as JSON.`, { cause });
  }
  return parseSiteConfig(input, file);
}

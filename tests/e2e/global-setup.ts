/**
 * Builds the whole site (content, pages, search index) under the base path /kb/sub/ into .test-dist,
 * serves it on a free port and provides its URL to the tests as `siteUrl`. A second build at `/`
 * (.test-dist-root, served as `rootSiteUrl`) lets the crawl test check links without a base path too.
 * Set E2E_SKIP_BUILD=1 to reuse existing builds while working on the tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve.ts';
import { BASE_PATH, OUT_DIR, ROOT_OUT_DIR } from './support/site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the served test build, base path included, e.g. `http://127.0.0.1:38001/kb/sub/`. */
    siteUrl: string;
    /** URL of the same site built for and served at the host's root, e.g. `http://127.0.0.1:38002/`. */
    rootSiteUrl: string;
  }
}

/** Runs `npm run build` with a base path and output folder; throws with the log on failure. */
function buildSite(base: string, outDir: string): void {
  const result = spawnSync('npm', ['run', 'build'], {
    env: { ...process.env, BASE_PATH: base, OUT_DIR: outDir },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const log = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-60).join('\n');
    throw new Error(`npm run build failed (exit ${result.status}):\n${log}`, { cause: result.error });
  }
}

export default async function setup(project: TestProject) {
  // The root build first: the tests read content/, and the last build's is the one under test.
  if (!process.env.E2E_SKIP_BUILD || !existsSync(ROOT_OUT_DIR)) buildSite('/', ROOT_OUT_DIR);
  if (!process.env.E2E_SKIP_BUILD || !existsSync(OUT_DIR)) buildSite(BASE_PATH, OUT_DIR);
  const server = await serve(OUT_DIR, { base: BASE_PATH, port: 0 });
  const rootServer = await serve(ROOT_OUT_DIR, { base: '/', port: 0 });
  project.provide('siteUrl', server.url);
  project.provide('rootSiteUrl', rootServer.url);
  return async () => { await Promise.all([server.close(), rootServer.close()]); };
}

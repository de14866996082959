/**
 * Builds the whole site (content, pages, search index) from the seeds and the texts written for these
 * tests (tests/e2e/texts/, gathered with the seeds in .test-seeds/) under the base path /kb/sub/ into .test-dist,
 * serves it on a free port and provides its URL to the tests as `siteUrl`. A second build at `/`
 * (.test-dist-root, served as `rootSiteUrl`) lets the crawl test check links without a base path too.
 * Set E2E_SKIP_BUILD=1 to reuse existing builds while working on the tests.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve.ts';
import { BASE_PATH, E2E_TEXTS, INPUT_DIR, OUT_DIR, ROOT_OUT_DIR } from './support/site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the served test build, base path included, e.g. `http://127.0.0.1:38001/kb/sub/`. */
    siteUrl: string;
    /** URL of the same site built for and served at the host's root, e.g. `http://127.0.0.1:38002/`. */
    rootSiteUrl: string;
  }
}

/** Gathers the texts of the build: a copy of seeds/, and the tests' own texts under `lineage/`. */
function gatherTexts(): void {
  rmSync(INPUT_DIR, { recursive: true, force: true });
  cpSync('seeds', INPUT_DIR, { recursive: true });
  cpSync(E2E_TEXTS, join(INPUT_DIR, 'lineage'), { recursive: true });
}

/** Runs `npm run build` (content from INPUT_DIR, then the site) with a base path and output folder; throws with the log on failure. */
function buildSite(base: string, outDir: string): void {
  for (const [script, args] of [['build:content', ['--input', INPUT_DIR]], ['build:site', []]] as const) {
    const result = spawnSync('npm', ['run', script, '--', ...args], {
      env: { ...process.env, BASE_PATH: base, OUT_DIR: outDir },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status !== 0) {
      const log = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-60).join('\n');
      throw new Error(`npm run ${script} failed (exit ${result.status}):\n${log}`, { cause: result.error });
    }
  }
}

export default async function setup(project: TestProject) {
  gatherTexts();
  // The root build first: the tests read content/, and the last build's is the one under test.
  if (!process.env.E2E_SKIP_BUILD || !existsSync(ROOT_OUT_DIR)) buildSite('/', ROOT_OUT_DIR);
  if (!process.env.E2E_SKIP_BUILD || !existsSync(OUT_DIR)) buildSite(BASE_PATH, OUT_DIR);
  const server = await serve(OUT_DIR, { base: BASE_PATH, port: 0 });
  const rootServer = await serve(ROOT_OUT_DIR, { base: '/', port: 0 });
  project.provide('siteUrl', server.url);
  project.provide('rootSiteUrl', rootServer.url);
  return async () => { await Promise.all([server.close(), rootServer.close()]); };
}

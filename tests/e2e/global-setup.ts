/**
 * Builds the whole site (content, pages, search index) under the base path /kb/sub/ into .test-dist,
 * serves it on a free port and provides its URL to the tests as `siteUrl`.
 * Set E2E_SKIP_BUILD=1 to reuse an existing .test-dist while working on the tests.
 */
import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve.ts';
import { BASE_PATH, OUT_DIR } from './support/site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the served test build, base path included, e.g. `http://127.0.0.1:38001/kb/sub/`. */
    siteUrl: string;
  }
}

/** Runs `npm run build` with the test base path and output folder; throws with the log on failure. */
function buildSite(): void {
  const result = spawnSync('npm', ['run', 'build'], {
    env: { ...process.env, BASE_PATH, OUT_DIR },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const log = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-60).join('\n');
    throw new Error(`npm run build failed (exit ${result.status}):\n${log}`, { cause: result.error });
  }
}

export default async function setup(project: TestProject) {
  if (!process.env.E2E_SKIP_BUILD) buildSite();
  const server = await serve(OUT_DIR, { base: BASE_PATH, port: 0 });
  project.provide('siteUrl', server.url);
  return () => server.close();
}

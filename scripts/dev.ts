/**
 * The dev server: builds content/ once, starts Astro's dev server, and watches seeds/ (and the
 * curated list): a text added, edited or deleted is run through the pipeline again, reusing every
 * unchanged text from the cache, and the open page reloads with the change.
 * Usage: npm run dev [-- --input seeds --cache .cache/pipeline] [astro dev options, e.g. --port 4321 --host]
 */
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { resolve } from 'node:path';
import { contentDir } from '../src/lib/content-dir.ts';
import { runContentBuild } from './lib/content-build.ts';

// Our own options (--input, --known, --cache); every other argument goes to `astro dev` as it is.
const values = { input: 'seeds', known: 'data/known-entities.yaml', cache: '.cache/pipeline' };
const astroArgs: string[] = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const own = /^--(input|known|cache)(?:=(.*))?$/.exec(args[i]!);
  if (own) values[own[1] as keyof typeof values] = own[2] ?? args[++i] ?? '';
  else astroArgs.push(args[i]!);
}
const options = { ...values, out: contentDir() };

/** Runs a content build and prints what it did; a failure is printed and the server keeps running. */
async function rebuild(reason: string): Promise<void> {
  try {
    const { diagnostics, summary } = await runContentBuild(options);
    for (const line of diagnostics) console.error(line);
    console.log(`[content] ${reason}: ${summary.join(' ')}`);
  } catch (error) {
    console.error('[content] build failed:', error);
  }
}

await rebuild('start');
const astro = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'dev', ...astroArgs], { stdio: 'inherit' });
astro.on('exit', (code) => process.exit(code ?? 0));

// Changes come in bursts (an editor writes a file twice, a folder is copied in): wait for quiet, then build once.
let timer: NodeJS.Timeout | undefined;
let running: Promise<void> = Promise.resolve();
const changed = new Set<string>();
const schedule = (path: string | null) => {
  if (path) changed.add(path);
  clearTimeout(timer);
  timer = setTimeout(() => {
    const names = [...changed].sort().join(', ');
    changed.clear();
    running = running.then(() => rebuild(`changed ${names || 'files'}`));
  }, 250);
};
watch(values.input, { recursive: true }, (_event, file) => schedule(file ? String(file) : null));
watch(values.known, () => schedule(values.known));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => { astro.kill(signal); });

/**
 * Runs `astro build` and passes its output through, except the line Astro prints for every page
 * it renders: at 10,000 texts that is tens of thousands of lines that bury its warnings. Those
 * become one progress line (a few milestones in a log); Astro's own count of pages built, its
 * warnings and errors, and the integrations' reports print as they are.
 * Usage: node scripts/astro-build.ts [astro build options]
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';
import { progress } from './lib/progress.ts';

/** A line of Astro's page list: `12:00:00   ├─ /documents/x/index.html (+3ms)`, several when pages render at once, or a lone `(+3ms)`. */
const PAGE = /[├└]─ \//g;
const TIMING_ONLY = /^\s*(?:\(\+\d+(?:\.\d+)?m?s\)\s*)+$/;

/** How many rendered pages a line of Astro's output lists; -1 when it is not part of the page list. */
export function pagesIn(line: string): number {
  const plain = stripVTControlCharacters(line);
  const pages = plain.match(PAGE)?.length ?? 0;
  if (pages > 0) return pages;
  return TIMING_ONLY.test(plain) || plain.trim() === 'generating static routes' ? 0 : -1;
}

if (import.meta.main) {
  const astro = spawn(process.execPath, [...process.execArgv, 'node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)], {
    // Astro colours its output only on a terminal; through the pipe it would not, so a terminal asks for colour.
    env: { ...process.env, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) },
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  const shown = progress(process.stdout);
  let rendered = 0;
  for await (const line of createInterface({ input: astro.stdout })) {
    const pages = pagesIn(line);
    if (pages < 0) {
      shown.end();
      console.log(line);
    } else if (pages > 0) {
      rendered += pages;
      shown.update('Rendering pages', rendered, 0);
    }
  }
  const code = await new Promise<number | null>((resolve) => astro.on('close', resolve));
  shown.end();
  process.exitCode = code ?? 1;
}

import { describe, expect, it } from 'vitest';
import { pagesIn } from '../../../scripts/astro-build.ts';
import { progress } from '../../../scripts/lib/progress.ts';

/** A stream that keeps what is written to it. */
const sink = (isTTY: boolean) => {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) > 0 };
};

describe('the progress line of a long build step', () => {
  it('prints nothing in a log for a step under a thousand items', () => {
    const out = sink(false);
    const shown = progress(out);
    for (let i = 0; i <= 999; i++) shown.update('Analysing texts', i, 999);
    shown.end();
    expect(out.written).toEqual([]);
  });

  it('prints a quarter, a half and three quarters of a long step in a log, once each', () => {
    const out = sink(false);
    const shown = progress(out);
    for (let i = 0; i <= 10_000; i++) shown.update('Analysing texts', i, 10_000);
    expect(out.written).toEqual(['Analysing texts: 2500/10000\n', 'Analysing texts: 5000/10000\n', 'Analysing texts: 7500/10000\n']);
  });

  it('prints a line every 5,000 items of a step of unknown length', () => {
    const out = sink(false);
    const shown = progress(out);
    for (let i = 1; i <= 12_000; i++) shown.update('Rendering pages', i, 0);
    expect(out.written).toEqual(['Rendering pages: 5000\n', 'Rendering pages: 10000\n']);
  });

  it('overwrites one line on a terminal, shows the last count, and clears it at the end', () => {
    const out = sink(true);
    const shown = progress(out);
    for (let i = 0; i <= 3; i++) shown.update('Analysing texts', i, 3);
    shown.end();
    expect(out.written.every((w) => w.startsWith('\r\x1b[2K') && !w.includes('\n'))).toBe(true);
    expect(out.written.at(-2)).toBe('\r\x1b[2KAnalysing texts: 3/3');
    expect(out.written.at(-1)).toBe('\r\x1b[2K');
  });
});

describe("Astro's page list", () => {
  it('counts the pages of a line, several when renders overlap, and passes every other line through', () => {
    expect(pagesIn('23:28:18   ├─ /documents/x/index.html (+41ms) ')).toBe(1);
    expect(pagesIn('23:28:17   ├─ /404.html23:28:17   ├─ /compare/index.html23:28:17   └─ /data/index.html')).toBe(3);
    expect(pagesIn(' (+25ms) ')).toBe(0);
    expect(pagesIn(' generating static routes ')).toBe(0);
    expect(pagesIn('23:28:19 [build] 135 page(s) built in 3.84s')).toBe(-1);
    expect(pagesIn('23:41:36 [WARN] [vite] something to read')).toBe(-1);
  });
});

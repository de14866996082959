/**
 * Every HTML file of the end-to-end build passes html-validate's standard preset (the repository's
 * .htmlvalidate.json): valid markup, ARIA used where it is allowed, no deprecated or duplicate
 * attributes. Reads the files the build wrote, so it checks the markup before any script runs.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { htmlProblemsInFile } from './support/html-validate.ts';
import { OUT_DIR } from './support/site.ts';

/** Every .html file under the build folder, Pagefind's bundle aside. */
const files = (await readdir(OUT_DIR, { recursive: true }))
  .filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${path.sep}`))
  .map((f) => path.join(OUT_DIR, f))
  .sort();

it('the build has a page of every kind to validate', () => {
  for (const page of ['index.html', '404.html', 'search/index.html', 'timeline/index.html', 'lineage/index.html', 'targets/index.html', 'entities/index.html']) {
    expect(files).toContain(path.join(OUT_DIR, page));
  }
  expect(files.some((f) => f.includes(`${path.sep}documents${path.sep}`) && !f.endsWith(`documents${path.sep}index.html`))).toBe(true);
});

it(`all ${files.length} HTML files of the build are valid`, async () => {
  const problems = (await Promise.all(files.map(htmlProblemsInFile))).flat();
  expect(problems).toEqual([]);
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Longest line the code keeps (issue 11): longer ones are broken up, a regular expression into named parts. */
const MAX = 160;
const ROOTS = ['src', 'scripts'];
const CODE = /\.(?:ts|astro|mjs)$/;

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (CODE.test(entry.name)) yield path;
  }
}

describe('code health', () => {
  it(`keeps every line of src/ and scripts/ within ${MAX} characters`, () => {
    const long = ROOTS.flatMap((root) => [...files(root)].flatMap((path) => readFileSync(path, 'utf8').split('\n')
      .flatMap((line, i) => ([...line].length > MAX ? [`${path}:${i + 1} (${[...line].length})`] : []))));
    expect(long).toEqual([]);
  });
});

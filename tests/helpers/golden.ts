import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

/** True when expectations should be rewritten (`UPDATE=1 npm test`); a reviewer then reads the diff. */
export const updating = process.env.UPDATE === '1';

/** The case folders under a fixtures folder, sorted. */
export function fixtureCases(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

/** Compares a value, as pretty JSON, with the golden file at `path`; rewrites it under UPDATE=1. */
export function expectGolden(path: string, actual: unknown): void {
  const text = `${JSON.stringify(actual, null, 2)}\n`;
  if (updating) {
    writeFileSync(path, text);
    return;
  }
  if (!existsSync(path)) throw new Error(`No golden file ${path}: run with UPDATE=1 and review the diff.`);
  expect(text).toBe(readFileSync(path, 'utf8'));
}

/** Reads a fixture file of a case. */
export const readFixture = (...parts: string[]) => readFileSync(join(...parts));

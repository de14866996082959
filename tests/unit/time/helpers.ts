import { expect } from 'vitest';
import { readTimes } from '../../../src/pipeline/time/read-times.ts';
import type { TimeExpression } from '../../../src/pipeline/time/types.ts';
import type { Block } from '../../../src/pipeline/types.ts';

/** A paragraph block of a text. */
export const paragraph = (text: string): Block => ({ kind: 'paragraph', text, line: 1, start: 0, end: text.length });

/** A list block, one item per line. */
export const list = (...items: string[]): Block => {
  const text = items.join('\n');
  return { kind: 'list', text, items, line: 1, start: 0, end: text.length };
};

/** Every time expression read in a one-block document holding `text`. */
export const timesIn = (text: string, reference: string | null): TimeExpression[] => readTimes([paragraph(text)], reference);

/** The fields of an expression a test states exactly. */
export type Expected = Pick<TimeExpression, 'text' | 'value' | 'precision' | 'from' | 'to' | 'relation' | 'inferred'>;

/** Those fields of an expression. */
export const summary = ({ text, value, precision, from, to, relation, inferred }: TimeExpression): Expected =>
  ({ text, value, precision, from, to, relation, inferred });

/** Asserts that the sentence holds exactly one time expression, and runs `check` on it. */
export function testSingleCase(text: string, reference: string | null, check: (expression: TimeExpression) => void): void {
  const found = timesIn(text, reference);
  expect(found.map((e) => e.text)).toHaveLength(1);
  check(found[0]!);
}

/** Asserts that the sentence holds exactly one time expression, equal to `expected` in every stated field. */
export const expectSingle = (text: string, reference: string | null, expected: Expected): void =>
  testSingleCase(text, reference, (e) => expect(summary(e)).toEqual(expected));

/** Asserts that the sentence holds no time expression at all. */
export function testUnexpectedResult(text: string, reference: string | null): void {
  expect(timesIn(text, reference).map((e) => e.text)).toEqual([]);
}

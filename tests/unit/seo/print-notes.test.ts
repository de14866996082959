import { expect, it } from 'vitest';
import { numberLinks } from '../../../src/lib/print-notes.ts';

it('numbers link targets by first appearance and gives a repeated target its first number', () => {
  expect(numberLinks(['https://x/a', 'https://x/b', 'https://x/a', 'https://x/c'])).toEqual({
    numbers: [1, 2, 1, 3],
    notes: [{ n: 1, url: 'https://x/a' }, { n: 2, url: 'https://x/b' }, { n: 3, url: 'https://x/c' }],
  });
});

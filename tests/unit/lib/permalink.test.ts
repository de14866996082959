import { describe, expect, it } from 'vitest';
import { blockNumber, headingTag, permalinkLabel } from '../../../src/lib/permalink.ts';

describe('permalinks', () => {
  it('labels a block link with its paragraph number', () => {
    expect(permalinkLabel('p-12')).toBe('Link to paragraph 12');
  });

  it('falls back to the whole id when it is not of the form p-N', () => {
    expect(blockNumber('intro')).toBe('intro');
  });

  it('maps heading depths to h2–h4, keeping h1 for the page title', () => {
    expect([1, 2, 3, 4, 6].map(headingTag)).toEqual(['h2', 'h2', 'h3', 'h4', 'h4']);
  });
});

import { describe, expect, it } from 'vitest';
import { countedPhrase } from '../../../src/pipeline/targets/noun-phrase.ts';

describe('what a count counts', () => {
  it('is its first plural noun, not a noun that ends in "s" but counts as one', () => {
    expect(countedPhrase('grassroots trade unions are to manage their dues online')?.unit).toBe('unions');
    expect(countedPhrase('logistics firms with electronic tracking')?.unit).toBe('firms');
    expect(countedPhrase('SMEs use digital platforms')?.unit).toBe('SMEs');
  });
});

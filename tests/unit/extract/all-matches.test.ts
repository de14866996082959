import { describe, expect, it } from 'vitest';
import { allMatches } from '../../../src/pipeline/extract/all-matches.ts';

const shape = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, ...m]);

describe('all matches', () => {
  it('lists what matchAll lists, empty matches and surrogate pairs included', () => {
    for (const [pattern, text] of [[/\d+/g, 'a 12 b 3'], [/x*/g, 'axxb'], [/x*/gu, '😀x😀'], [/(\p{Lu})(\p{Ll}+)/gu, 'Tô Lâm met Lê']] as const) {
      expect(shape(allMatches(pattern, text))).toEqual(shape([...text.matchAll(pattern)]));
    }
  });

  it('leaves the pattern as it found it, and refuses a pattern that is not global', () => {
    const pattern = /a/g;
    pattern.lastIndex = 1;
    expect(allMatches(pattern, 'aaa').map((m) => m.index)).toEqual([1, 2]);
    expect(pattern.lastIndex).toBe(1);
    expect(() => allMatches(/a/, 'a')).toThrow(TypeError);
  });
});

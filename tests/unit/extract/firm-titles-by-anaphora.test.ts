import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/pipeline/extract/extract.ts';
import type { Block } from '../../../src/pipeline/types.ts';

/** The people of one paragraph, with their roles. */
function people(text: string): [string, string[]][] {
  const block = { kind: 'paragraph', text, line: 1, start: 0, end: text.length } as Block;
  return extractMentions([block]).filter((m) => m.type === 'person').map((m) => [m.name, m.roles ?? []]);
}

describe('a firm\'s officer named by title alone at the opening of a sentence', () => {
  it('takes the firm the paragraph named before: "Its chief executive, X", "Co-founders X and Y"', () => {
    expect(people('The fund backs Lotus Optics JSC, a maker of lidar sensors. Its chief executive, Đinh Quang Huy, says orders doubled.')).toEqual([
      ['Đinh Quang Huy', ['chief executive of Lotus Optics JSC']],
    ]);
    expect(people('First prize went to AquaSense JSC of Cần Thơ. Co-founders Hà Minh Trí and Lê Thu Thảo said they would hire ten engineers.')).toEqual([
      ['Hà Minh Trí', ['co-founder of AquaSense JSC']], ['Lê Thu Thảo', ['co-founder of AquaSense JSC']],
    ]);
  });

  it('gives no firm when the paragraph named none before the sentence', () => {
    expect(people('Its chief executive, Đinh Quang Huy, says orders doubled at Lotus Optics JSC.')).toEqual([['Đinh Quang Huy', ['chief executive']]]);
  });
});

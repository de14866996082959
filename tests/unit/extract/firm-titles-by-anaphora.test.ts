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

describe('a firm named right before its officer\'s capitalised title', () => {
  it('reads "<firm> Chairman X" as the chairman of a name shaped like a firm\'s, and "<acronym> Deputy General Director X" of the acronym', () => {
    expect(people('"Phase 1 is our proof," Thien Son Data Chairman Lý Gia Huy told reporters.')).toEqual([
      ['Lý Gia Huy', ['Chairman of Thien Son Data']],
    ]);
    expect(people('CloudNam Chairman Tạ Minh Hiếu said 600 firms had joined. Sao Mai Technology Group Chairman Dương Văn Khải agreed.')).toEqual([
      ['Tạ Minh Hiếu', ['Chairman of CloudNam']], ['Dương Văn Khải', ['Chairman of Sao Mai Technology Group']],
    ]);
    expect(people('At the ceremony, HOSE Deputy General Director Lưu Minh Triết presented the certificate.')).toEqual([
      ['Lưu Minh Triết', ['Deputy General Director of HOSE']],
    ]);
  });

  it('keeps capitalised words that are no firm\'s name as the title\'s own', () => {
    expect(people('State President Lương Văn Cường attended. Party General Secretary Tô Lâm spoke.')).toEqual([
      ['Lương Văn Cường', ['State President']], ['Tô Lâm', ['Party General Secretary']],
    ]);
  });
});

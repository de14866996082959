import { describe, expect, it } from 'vitest';
import { attributesOf } from './helpers.ts';

describe('dates of instruments stated in their sentence', () => {
  it('reads "dated", "on" and "issued on" right after the instrument', () => {
    expect(attributesOf('The committee issued Plan No. 04/KH-UBND dated March 3, 2025 to implement it.')?.date).toBe('2025-03-03');
    expect(attributesOf('The Prime Minister signed Decision 1018/QD-TTg on 09/10/2024.')?.date).toBe('2024-10-09');
    expect(attributesOf('Decision 1018/QD-TTg issued on 09/10/2024 applies.')?.date).toBe('2024-10-09');
  });

  it('reads the date of a document\'s own heading: "No. 845/QĐ-TTg Hanoi, March 3, 2025"', () => {
    expect(attributesOf('No. 845/QĐ-TTg    Hanoi, March 3, 2025')?.date).toBe('2025-03-03');
  });

  it('dates an instrument adopted, signed or announced on the sentence\'s date', () => {
    expect(attributesOf('On June 19, 2025, the National Assembly adopted Resolution 210/2025/QH15 on pilots.')?.date).toBe('2025-06-19');
    expect(attributesOf('On June 19, the National Assembly adopted Resolution 210/2025/QH15 on pilots.')?.when).toEqual({ month: 6, day: 19 });
    expect(attributesOf('The Deputy Prime Minister on Thursday signed Decree No. 148/2025/NĐ-CP on funding.')?.when).toEqual({ weekday: 4 });
    expect(attributesOf('The minister said the Prime Minister signed Decision 845/QD-TTg on Thursday approving it.')?.when).toEqual({ weekday: 4 });
  });

  it('does not date an instrument the sentence only refers to, nor by the day someone spoke', () => {
    expect(attributesOf('On March 3, the committee issued a plan to implement Resolution No. 57-NQ/TW of the Politburo.')?.date).toBeUndefined();
    expect(attributesOf('On March 3, the committee issued a plan to implement Resolution No. 57-NQ/TW of the Politburo.')?.when).toBeUndefined();
    expect(attributesOf('On July 11, the minister said the Prime Minister had signed Decision 845/QD-TTg.')?.when).toBeUndefined();
  });
});

describe('instruments a dated sentence only cites', () => {
  it('does not date an instrument that a new, unnumbered one guides or replaces', () => {
    const text = 'On June 5, the ministry issued a circular guiding Decree 13/2023/NĐ-CP on personal data.';
    expect(attributesOf(text)?.when).toBeUndefined();
  });
});

describe('a sentence date that belongs to another clause', () => {
  it('does not give the day of a review to a plan issued "after" or "last year"', () => {
    expect(attributesOf('On March 31, the board reviewed the results after the province issued Plan No. 7 on digital transformation.')?.when).toBeUndefined();
    expect(attributesOf('On March 31, the province issued Plan No. 7 last year, the director recalled.')?.when).toBeUndefined();
  });
});

describe('a list of objects of one act', () => {
  it('dates a numbered resolution approved together with an unnumbered plan', () => {
    expect(attributesOf('On June 3, delegates approved the public investment plan and Resolution No. 15/2025/NQ-HĐND on support policies.')?.when).toEqual({ month: 6, day: 3 });
  });
});

import { describe, expect, it } from 'vitest';
import { metadataOf } from './helpers.ts';

describe('a wire story\'s dateline', () => {
  it('dates the story by its dateline\'s day, its year reasoned from the text, not by a day the lead reports', () => {
    const m = metadataOf('Vietnam approves data-sharing programme',
      'ĐÀ NẴNG, Oct. 12 (MKN) – Deputy Prime Minister Hồ Văn Tài last Friday signed Decision No. 1312/QĐ-TTg approving the programme.',
      'The decision, signed on October 8 on behalf of the Prime Minister, follows Notice No. 301/TB-VPCP of 14.09.2028.',
      'Ministries must report their progress before 15 December each year.');
    expect(m.date).toBe('2028-10-12');
    expect(m.dateNote).toContain('dateline');
  });

  it('reads a dateline that gives its year, with or without the agency\'s mark', () => {
    expect(metadataOf('Province opens data centre', 'HUẾ, 3 March 2030 – The province opened its data centre on Monday.',
      'It will host the records of all communes.').date).toBe('2030-03-03');
    expect(metadataOf('Province opens data centre', 'Can Tho, December 2, 2029 (MKN) - The city opened its data centre.',
      'It will host the records of all wards.').date).toBe('2029-12-02');
  });

  it('takes the year of the page\'s copyright line when the text names no other', () => {
    const m = metadataOf('City pilots open-source office suite',
      'HANOI, May 9 (MKN) – The city began moving its wards to an open-source office suite on Wednesday.',
      'Officials said the switch would save licence fees.',
      '© 2031 Mekong Newswire. All rights reserved.');
    expect(m.date).toBe('2031-05-09');
    expect(m.dateNote).toContain('copyright');
  });

  it('is not read in a lead that opens with a place and a span of days', () => {
    const m = metadataOf('Forum on digital trade',
      'Hanoi, March 3 – 5: the forum will gather officials and firms from ten provinces.',
      'Its sessions cover e-commerce and logistics.');
    expect(m.dateNote).not.toContain('dateline');
  });
});

import { describe, expect, it } from 'vitest';
import { firstSentence, titleFromLead } from '../../../src/pipeline/title.ts';

describe('titles inferred from a lead', () => {
  it('keeps a short lead sentence whole, without its full stop', () => {
    expect(titleFromLead('Resolution 12 will speed up the digital economy. It was adopted today.')).toBe('Resolution 12 will speed up the digital economy');
  });

  it('drops the leading time and place, and cuts a long lead at its first clause boundary', () => {
    const lead = 'On the morning of March 3, in Da Nang, Chairman of the City People\'s Committee Le Trung Chinh met with 120 start-up founders from across the central region, discussing funds, office space, training programmes and the city\'s plan for a semiconductor park.';
    expect(titleFromLead(lead)).toBe('Chairman of the City People\'s Committee Le Trung Chinh met with 120 start-up founders from across the central region');
  });

  it('is not fooled by abbreviated honorifics', () => {
    expect(firstSentence('Prof. Dr. Tran Van A spoke. Then others did.')).toBe('Prof. Dr. Tran Van A spoke.');
  });
});

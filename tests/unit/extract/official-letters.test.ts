import { describe, expect, it } from 'vitest';
import { timelineOf } from '../events/helpers.ts';

describe('an official letter', () => {
  it('is a dispatch, known too by the name the text writes ("Official Letter 512/UBND-KGVX")', () => {
    const { entities } = timelineOf({ 'a.txt': ['Province reminds communes', 'Posted: 02/05/2029',
      'The Provincial People\'s Committee\'s Official Letter No. 512/UBND-KGVX of 14/4/2029 reminds every commune to publish its budget.'].join('\n\n') });
    const letter = entities.find((e) => e.name.endsWith('512/UBND-KGVX'));
    expect([letter?.type, letter?.name]).toEqual(['dispatch', 'Dispatch 512/UBND-KGVX']);
    expect(letter?.aliases).toContain('Official Letter 512/UBND-KGVX');
  });
});

describe('a report named for what it does', () => {
  it('is a report, known too by the name the text writes ("Verification Report 77/BC-HĐND")', () => {
    const { entities } = timelineOf({ 'a.txt': ['Council committee backs the draft', 'Posted: 02/12/2029',
      'The Legal Committee presented Verification Report No. 77/BC-HĐND dated 28/11/2029 on the draft resolution.'].join('\n\n') });
    const report = entities.find((e) => e.name.endsWith('77/BC-HĐND'));
    expect([report?.type, report?.name]).toEqual(['report', 'Report 77/BC-HĐND']);
    expect(report?.aliases).toContain('Verification Report 77/BC-HĐND');
  });
});

import { describe, expect, it } from 'vitest';
import { readCode } from '../../../../src/pipeline/extract/lexicon/document-codes.ts';
import { instruments } from './helpers.ts';

describe('the national system of document codes', () => {
  it('names plans, numbered programmes, notices, circulars and dispatches', () => {
    expect(instruments('The committee issued Plan No. 04/KH-UBND, Programme of Action No. 15-CTr/TU, Notice No. 287/TB-VPCP, Circular No. 05/2025/TT-BKHCN and Official Dispatch No. 1234/UBND-KGVX.')).toEqual([
      ['Plan 04/KH-UBND', 'plan', 'plan:4:KH-UBND'],
      ['Programme 15-CTr/TU', 'actionprogramme', 'actionprogramme:15:CTR/TU'],
      ['Notice 287/TB-VPCP', 'notice', 'notice:287:TB-VPCP'],
      ['Circular 05/2025/TT-BKHCN', 'circular', 'circular:5:2025/TT-BKHCN'],
      ['Dispatch 1234/UBND-KGVX', 'dispatch', 'dispatch:1234:UBND-KGVX'],
    ]);
  });

  it('infers the type from the code letters when the word is missing or differs', () => {
    expect(instruments('No 12/NQ-CP    Hanoi, February 7, 2025')).toEqual([['Resolution 12/NQ-CP', 'resolution', 'resolution:12:NQ-CP']]);
    expect(instruments('Number: 845/QĐ-TTg')).toEqual([['Decision 845/QĐ-TTg', 'decision', 'decision:845:QD-TTG']]);
    expect(instruments('The Programme 7-CTr/TU was reviewed.')).toEqual([['Programme 7-CTr/TU', 'actionprogramme', 'actionprogramme:7:CTR/TU']]);
  });

  it('reads issuers of provinces, committees and ministries from the unit letters', () => {
    expect(readCode('KH-UBND')).toEqual({ type: 'plan', issuer: "People's Committee" });
    expect(readCode('2025/NQ-HĐND')).toEqual({ type: 'resolution', issuer: "People's Council" });
    expect(readCode('BKHCN-VP')).toEqual({ issuer: 'Ministry of Science and Technology' });
    // (A drafting office's letters after the issuer's are no type: "CT" of a tax office is no directive.)
    expect(readCode('BTC-CT')).toEqual({ issuer: 'Ministry of Finance' });
    expect(instruments('Platforms must withhold tax, as Official Letter No. 4158/BTC-CT dated 27 June 2031 requires.').map((i) => i[0]))
      .toEqual(['Dispatch 4158/BTC-CT']);
    expect(readCode('2025/QH15')).toEqual({ issuer: 'National Assembly' });
  });
});

import { describe, expect, it } from 'vitest';
import { instrumentParser } from '../../../src/pipeline/extract/instrument-parser.ts';
import { parseWith } from './helpers.ts';

const found = (text: string) => parseWith(instrumentParser, text).map((m) => [m.text, m.key, m.name]);

describe('ENInstrumentParser', () => {
  it('reads every numbering form with its code', () => {
    expect(found('Resolution No. 52-NQ/TW, Decision No. 749/QĐ-TTg, Directive 05/CT-TTg, Conclusion No. 36-KL/TW, Decree 47/2024/NĐ-CP and Resolution No.01/NQ-CP.')).toEqual([
      ['Resolution No. 52-NQ/TW', 'resolution:52:NQ/TW', 'Resolution 52-NQ/TW'],
      ['Decision No. 749/QĐ-TTg', 'decision:749:QD-TTG', 'Decision 749/QĐ-TTg'],
      ['Directive 05/CT-TTg', 'directive:5:CT-TTG', 'Directive 05/CT-TTg'],
      ['Conclusion No. 36-KL/TW', 'conclusion:36:KL/TW', 'Conclusion 36-KL/TW'],
      ['Decree 47/2024/NĐ-CP', 'decree:47:2024/ND-CP', 'Decree 47/2024/NĐ-CP'],
      ['Resolution No.01/NQ-CP', 'resolution:1:NQ-CP', 'Resolution 01/NQ-CP'],
    ]);
  });

  it('reads bare numbers and prefixed forms', () => {
    expect(found('Central Resolution No. 12 and the Politburo’s Resolution 23 apply.').map((f) => f[1])).toEqual(['resolution:12', 'resolution:23']);
  });

  it('gives one mention per number of a list, in both list forms', () => {
    expect(found('Resolution 20, Resolution 52, and Resolution 36 were issued; Decisions 8, 9 and 10 too.').map((f) => f[1])).toEqual([
      'resolution:20', 'resolution:52', 'resolution:36', 'decision:8', 'decision:9', 'decision:10',
    ]);
  });

  it('reads date, issuer and title stated after the number', () => {
    const [m] = parseWith(instrumentParser, 'It implements Resolution No. 29-NQ/TW dated November 17, 2022 of the Party Central Committee on continuing to promote industrialization and modernization of the country.');
    expect(m?.attributes).toEqual({ number: '29', code: 'NQ/TW', date: '2022-11-17', issuer: 'Party Central Committee', title: 'On continuing to promote industrialization and modernization of the country' });
  });

  it('takes the issuer from the code when the text names none', () => {
    expect(parseWith(instrumentParser, 'Under Decision No. 127/QĐ-TTg, ministries act.')[0]?.attributes?.issuer).toBe('Prime Minister');
  });
});

describe('submissions', () => {
  it('reads a submission (TTr) by its code or its word', () => {
    expect(found('Pursuant to Submission No. 204/TTr-BKHCN and the Government\'s 77/TTr-CP.').map((m) => m[2])).toEqual([
      'Submission 204/TTr-BKHCN', 'Submission 77/TTr-CP',
    ]);
  });

  it('cuts off the first letters of a word a scraped heading glued to the code, and keeps a code\'s own small letters', () => {
    expect(found('No.: 14/2026/NQ-HĐNDSóc Trăng, May 4, 2026').map((m) => m[2])).toEqual(['Resolution 14/2026/NQ-HĐND']);
    expect(found('No.: 27/BKHCN-KHTCHà Nội, March 2, 2026').map((m) => m[2])).toEqual(['Dispatch 27/BKHCN-KHTC']);
    expect(found('Decision 845/QĐ-TTg Approving the scheme and Conclusion 27/KL-TTr Of the inspectorate.').map((m) => m[2]))
      .toEqual(['Decision 845/QĐ-TTg', 'Conclusion 27/KL-TTr']);
  });
});

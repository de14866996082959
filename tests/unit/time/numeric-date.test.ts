import { describe, it } from 'vitest';
import { expect } from 'vitest';
import { expectSingle, testUnexpectedResult, timesIn } from './helpers.ts';

const day = (text: string, date: string) =>
  ({ text, value: date, precision: 'day' as const, from: date, to: date, relation: 'at' as const, inferred: [] });

describe('a numeric date, day first as written in Vietnam', () => {
  it('reads slashes, "13/01/2025"', () => {
    expectSingle('Hanoi, 13/01/2025: the Government Office announced the conclusions.', null, day('13/01/2025', '2025-01-13'));
  });

  it('reads dots day first, "12.3.2025" is 12 March', () => {
    expectSingle('The Ministry of Public Security published the draft on 12.3.2025.', null, day('12.3.2025', '2025-03-12'));
  });

  it('reads dashes, "13-01-2025"', () => {
    expectSingle('Updated 13-01-2025 by the Ministry of Information and Communications.', null, day('13-01-2025', '2025-01-13'));
  });

  it('reads ISO, "2025-01-13"', () => {
    expectSingle('The Binh Duong report is dated 2025-01-13.', null, day('2025-01-13', '2025-01-13'));
  });

  it('does not read an impossible day, "31/02/2025"', () => {
    testUnexpectedResult('The form of Can Tho city is dated 31/02/2025.', null);
  });

  it('does not read mixed separators, "13/01-2025"', () => {
    testUnexpectedResult('The code 13/01-2025 was printed on the form of Nghe An province.', null);
  });

  it('does not read a resolution code, "57-NQ/TW"', () => {
    testUnexpectedResult('The Politburo issued Resolution No. 57-NQ/TW on breakthroughs.', null);
  });

  it('does not read a decision number, "1131/QĐ-TTg"', () => {
    testUnexpectedResult('The Prime Minister signed Decision No. 1131/QĐ-TTg on strategic technologies.', null);
  });

  it('does not read a document number with its year, "06/2024/NĐ-CP"', () => {
    testUnexpectedResult('Decree 06/2024/NĐ-CP amends the rules on science funds.', null);
  });
});

describe('a day and a month without a year, after "dated"', () => {
  it('reads "dated 28/9" in the year that puts it nearest the publication date', () => {
    expect(timesIn('Investors report weekly under Directive No. 12/CT-UBND dated 28/9 on public investment.', '2026-10-06')
      .map((t) => [t.text, t.value])).toEqual([['28/9', '2026-09-28']]);
  });

  it('reads "dated 16.7" with dots, its last one left out, but no decimal after another word', () => {
    expect(timesIn('Plan No. 512/KH-UBND, dated 16.7 and signed by the vice chairman, sets the steps.', '2029-07-19')
      .map((t) => [t.text, t.value])).toEqual([['16.7', '2029-07-16']]);
    expect(timesIn('Exports rose to 16.7 billion, the figures dated last week show.', '2029-07-19').map((t) => t.text)).not.toContain('16.7');
  });

  it('reads no fraction or score as a date, nor a day without "dated" before it', () => {
    expect(timesIn('About 3/4 of the communes have fibre; the team won 3/1.', '2026-10-06')).toEqual([]);
  });
});

import { describe, it } from 'vitest';
import type { TimeRelation } from '../../../src/pipeline/time/types.ts';
import { expectSingle, testUnexpectedResult } from './helpers.ts';

const year = (text: string, value: number, relation: TimeRelation) =>
  ({ text, value: String(value), precision: 'year' as const, from: `${value}-01-01`, to: `${value}-12-31`, relation, inferred: [] });

describe('a year, and a deadline or a start', () => {
  it('reads "by 2030" as a deadline', () => {
    expectSingle('Vietnam aims to become a modern industrialized nation by 2030.', null, year('by 2030', 2030, 'by'));
  });

  it('reads "in 2025" as a time, leaving "in" out', () => {
    expectSingle('Key tasks will be vigorously implemented in 2025.', null, year('2025', 2025, 'at'));
  });

  it('reads a deadline that opens the sentence, "By 2045, Vietnam will…"', () => {
    expectSingle('By 2045, Vietnam will be one of the digital technology industry centers of the region.', null, year('By 2045', 2045, 'by'));
  });

  it('reads "by the end of 2025" as a deadline', () => {
    expectSingle('The Ministry of Justice will complete the legal framework by the end of 2025.', null, year('by the end of 2025', 2025, 'by'));
  });

  it('reads "before 2030" as a deadline', () => {
    expectSingle('Ho Chi Minh City plans to finish the metro line before 2030.', null, year('before 2030', 2030, 'by'));
  });

  it('reads "no later than 2026" as a deadline', () => {
    expectSingle('All provinces shall connect to the national database no later than 2026.', null, year('no later than 2026', 2026, 'by'));
  });

  it('reads "from 2026" as a start', () => {
    expectSingle('The new salary regime of the Ministry of Home Affairs applies from 2026.', null, year('from 2026', 2026, 'from'));
  });

  it('reads "starting in 2026" as a start', () => {
    expectSingle('Budget allocation for research will be reformed starting in 2026.', null, year('starting in 2026', 2026, 'from'));
  });

  it('reads "since 2020" as a start', () => {
    expectSingle('Lang Son province has piloted e-government since 2020.', null, year('since 2020', 2020, 'from'));
  });

  it('reads "until 2030" as an end', () => {
    expectSingle('The incentive for high-tech enterprises remains in force until 2030.', null, year('until 2030', 2030, 'until'));
  });

  it('reads "2026 onwards" as a start', () => {
    expectSingle('The Ministry of Finance will apply the new tax from 2026 onwards.', null, year('from 2026 onwards', 2026, 'from'));
  });

  it('reads a year after a name, "New Year 2025"', () => {
    expectSingle('On the occasion of the New Year 2025, the General Secretary sent greetings.', null, year('2025', 2025, 'at'));
  });

  it('reads a year before the end of a sentence', () => {
    expectSingle('The national data center in Hoa Lac opened in 1998.', null, year('1998', 1998, 'at'));
  });

  it('does not read a year out of a larger number, "15,345" or "12,025"', () => {
    testUnexpectedResult('The network has 15,345 connection points and 12,025 base stations.', null);
  });

  it('does not read a number followed by a percent sign or a unit', () => {
    testUnexpectedResult('The plant in Ninh Thuan adds 2030 MW, or 2025% of the target.', null);
  });

  it('does not read a number outside 1900–2100', () => {
    testUnexpectedResult('Hanoi celebrated its 1000th anniversary with 2500 performers.', null);
  });

  it('does not read the year of a document number, "Decree 13/2023/NĐ-CP"', () => {
    testUnexpectedResult('Personal data is protected under Decree 13/2023/NĐ-CP of the Government.', null);
  });
});

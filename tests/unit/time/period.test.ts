import { describe, it } from 'vitest';
import { expectSingle, testUnexpectedResult } from './helpers.ts';

const period = (text: string, first: number, last: number, inferred: string[] = []) =>
  ({ text, value: `${first}/${last}`, precision: 'period' as const, from: `${first}-01-01`, to: `${last}-12-31`, relation: 'at' as const, inferred });

describe('a period of years', () => {
  it('reads "the 2026-2030 period" with its noun', () => {
    expectSingle('This lays the foundation for the 2026-2030 period.', null, period('the 2026-2030 period', 2026, 2030));
  });

  it('reads a bare range with an en dash, "2021–2025"', () => {
    expectSingle('Bac Ninh exceeded its 2021–2025 targets.', null, period('2021–2025', 2021, 2025));
  });

  it('reads "the period 2021-2025"', () => {
    expectSingle('The socio-economic plan for the period 2021-2025 was approved.', null, period('the period 2021-2025', 2021, 2025));
  });

  it('reads "from 2025 to 2030"', () => {
    expectSingle('Investment in digital infrastructure will double from 2025 to 2030.', null, period('from 2025 to 2030', 2025, 2030));
  });

  it('reads "between 2021 and 2025"', () => {
    expectSingle('Between 2021 and 2025, Hai Phong built three industrial parks.', null, period('Between 2021 and 2025', 2021, 2025));
  });

  it('reads "in the following five years" relative to the publication year', () => {
    expectSingle('The Ministry of Planning and Investment expects growth in the following five years.', '2025-01-13',
      period('the following five years', 2025, 2030, ['relative to the publication date 2025-01-13']));
  });

  it('reads "over the next 10 years" relative to the publication year', () => {
    expectSingle('Vietnam will train 50,000 engineers over the next 10 years.', '2025-01-13',
      period('the next 10 years', 2025, 2035, ['relative to the publication date 2025-01-13']));
  });

  it('reads "in the next five years" relative to a publication year', () => {
    expectSingle('Lao Cai province will build two border gates in the next five years.', '2025',
      period('the next five years', 2025, 2030, ['relative to the publication date 2025']));
  });

  it('reads "the past two decades" back from the publication year', () => {
    expectSingle('Exports of Binh Duong grew steadily over the past two decades.', '2024-06-01',
      period('the past two decades', 2004, 2024, ['relative to the publication date 2024-06-01']));
  });

  it('does not read a relative period without a publication date', () => {
    testUnexpectedResult('Vietnam will train 50,000 engineers over the next 10 years.', null);
  });

  it('does not read a range whose years run backwards, "2030-2025"', () => {
    testUnexpectedResult('The table lists 2030-2025 as an error.', null);
  });
});

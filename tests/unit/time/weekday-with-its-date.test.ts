import { describe, expect, it } from 'vitest';
import { timesIn } from './helpers.ts';

describe('a weekday written with its date after it', () => {
  it('is one expression on the date, which wins where the weekday is off by one ("last Thursday (October 9)", a Friday)', () => {
    const found = timesIn('Business groups welcomed the decision, signed last Thursday (October 9), but asked who pays.', '2026-10-13');
    expect(found.map((e) => [e.text, e.from])).toEqual([['last Thursday (October 9)', '2026-10-09']]);
  });

  it('keeps "on" before it, as a weekday alone would: "held in Hà Nội on Wednesday (August 23)"', () => {
    const found = timesIn('The conference was held in Hà Nội on Wednesday (August 23).', '2028-08-24');
    expect(found.map((e) => [e.text, e.from, e.relation])).toEqual([['Wednesday (August 23)', '2028-08-23', 'at']]);
  });

  it('takes a day and month written with dots, each closed by one, as a Finnish text writes it ("Tuesday 29.8.", "day, 30.8.,")', () => {
    expect(timesIn('The ambassador visited Huế on Tuesday 21.8. She met the city leaders.', '2029-09-04').map((e) => [e.text, e.from]))
      .toEqual([['Tuesday 21.8.', '2029-08-21']]);
    expect(timesIn('The following day, 22.8., the company opened its office.', '2029-09-04').map((e) => [e.text, e.from]))
      .toEqual([['22.8.', '2029-08-22']]);
    // (No share or decimal: "rose to 29.8." is no date.)
    expect(timesIn('The index rose to 29.8. Then it fell to 21.5 in May.', '2029-09-04').map((e) => e.text)).toEqual(['May']);
  });

  it('leaves a weekday with no date after it as it was', () => {
    expect(timesIn('The decision was signed on Thursday.', '2026-10-13').map((e) => e.from)).toEqual(['2026-10-08']);
  });
});

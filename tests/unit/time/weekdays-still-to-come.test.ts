import { describe, expect, it } from 'vitest';
import { timesIn } from './helpers.ts';

/** The days a sentence's weekdays are read as, against a publication on Wednesday 12 August 2026. */
const days = (text: string) => timesIn(text, '2026-08-12').map((t) => `${t.text} ${t.from}`);

describe('a weekday whose clause tells of what is still to come', () => {
  it('reads "closes on Saturday", "runs until Saturday", "will meet on Monday" and "Saturday\'s forum, to be chaired" as days ahead', () => {
    expect(days('The fair closes on Saturday afternoon with awards.')).toEqual(['Saturday afternoon 2026-08-15']);
    expect(days('The fair, which runs until Saturday, has 300 exhibitors.')).toEqual(['until Saturday 2026-08-15']);
    expect(days('The council will meet on Monday to vote on the plan.')).toEqual(['Monday 2026-08-17']);
    expect(days('Saturday\'s forum on green factories, to be chaired by the association\'s president, will discuss carbon rules.'))
      .toEqual(['Saturday 2026-08-15']);
  });

  it('keeps a weekday told in the past, and the publication day itself, where they were', () => {
    expect(days('The minister opened the fair on Saturday.')).toEqual(['Saturday 2026-08-08']);
    expect(days('The fair opens on Wednesday with 300 exhibitors.')).toEqual(['Wednesday 2026-08-12']);
  });
});

describe('"of the same date"', () => {
  it('is the day the instrument cited before it was signed, not the last day written', () => {
    const found = timesIn('Decision No. 88/QĐ-TTg, signed by the Prime Minister on 3 April 2026, took effect on 6 April 2026, and '
      + 'Decision No. 89/QĐ-TTg of the same date moved her to the Government Office.', '2026-04-10');
    expect(found.map((t) => `${t.text} ${t.from}`)).toEqual(['3 April 2026 2026-04-03', '6 April 2026 2026-04-06', 'the same date 2026-04-03']);
  });

  it('adds nothing when no instrument was dated before it', () => {
    expect(timesIn('The report of the same date was late.', '2026-04-10')).toEqual([]);
  });
});

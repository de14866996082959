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

import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

/** Metric, value and deadline of each target a text sets, by metric. */
const targets = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('20/10/2027', 'Committee report on a national programme', ...lines) })
  .targets.map((t) => [t.metric, t.value, t.deadline]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe('what a draft proposes and what members propose', () => {
  it('reads no target in a draft\'s proposal, in any item of its list', () => {
    expect(targets('1. The draft Decision proposes that by 2030: 90% of schools have fibre broadband; 100% of clinics use electronic records; '
      + 'and 60% of cooperatives sell online.')).toEqual([]);
  });

  it('reads no target in what some members of a committee or the others proposed, or in what the committee recommends', () => {
    expect(targets('Some members of the Committee proposed lowering the school broadband objective to 85% by 2030; others proposed keeping 90%.',
      'The Committee recommends adding an objective of 75% for digital skills by 2030.')).toEqual([]);
  });

  it('reads no target in the figure a draft puts a thing at ("The draft puts the digital economy at about 22 per cent of GDP next year")', () => {
    expect(targets('Tomorrow the National Assembly will vote on the 2028 plan. The draft puts the digital economy at about 22 per cent of GDP '
      + 'next year.')).toEqual([]);
  });

  it('reads no target in what one body proposes that another set, but still reads an aim proposed to strive for', () => {
    expect(targets('For 2027, the Department proposes that the Provincial People\'s Committee set a target of 90% full-process online '
      + 'records and 60% of adults with a digital signature.', 'The director proposed that the province set aside 2% of its annual budget '
      + 'for science and technology from 2028.')).toEqual([]);
    expect(targets('The department proposed that the province strive for the digital economy to reach 15% of GRDP by 2027.').map((t) => t[1]))
      .toEqual([15]);
  });

  it('still reads the targets an adopted resolution sets, named right after "that"', () => {
    expect(targets('Resolution No. 88/2026/QH16 sets the targets that by 2030 the digital economy accounts for 30% of GDP and at least 80% of '
      + 'adults have basic digital skills.')).toEqual([['adults have basic digital skills', 80, 2030], ['digital economy share of GDP', 30, 2030]]);
  });
});

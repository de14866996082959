import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

/** The targets of a text with its own title, published on 20 April 2026. */
const targets = (title: string, ...lines: string[]) => timelineOf({ 'seeds/a.txt': [title, 'Tin tứcTin tức20/04/2026', ...lines].join('\n') }).targets
  .map((t) => ({ metric: t.metric, comparator: t.comparator, value: t.value, max: t.max, unit: t.unit, deadline: t.deadline, scope: t.scope }));

describe('clauses joined by "and", goals that remain, number words and ranks of "we"', () => {
  it('ends a share\'s things at ", and" once its clause has a verb, and reads the next clause\'s "all …" as a whole', () => {
    const found = targets('Ministry restates this year\'s goals',
      'In 2026, at least 90% of business licences are to be issued online, and all provincial hospitals are to share their patient records with the '
        + 'national health data platform by September 30, 2026.',
      'By 2028 the province wants at least 70% of hamlets to have a community digital team, and all commune clinics to use e-prescriptions by the end '
        + 'of this year.');
    expect(found.map((t) => [t.metric, t.comparator, t.value, t.deadline])).toEqual(expect.arrayContaining([
      ['business licences to be issued online', '>=', 90, 2026],
      [expect.stringMatching(/^provincial hospitals share their patient records/), '=', 100, 2026],
      ['hamlets to have a community digital team', '>=', 70, 2028],
      ['commune clinics use e-prescriptions', '=', 100, 2026],
    ]));
    expect(found).toHaveLength(4);
  });

  it('reads what a goal remains at, a number of things raised to a number word, a range in words, and "be home to"', () => {
    const found = targets('Institute plans its next steps',
      'The robotics workforce goal remains at least 12,000 automation technicians by 2030.',
      'The centre\'s plan is to raise the number of licensed seed lines to seven by 2029.',
      'By 2035 the province has two to three testing laboratories of national standard.',
      'Vinh Phu aims to be home to 800 technology start-ups by 2031.');
    expect(found.map((t) => [t.value, t.max, t.unit, t.deadline]).sort((a, b) => Number(a[3]) - Number(b[3]))).toEqual([
      [7, null, 'lines', 2029], [12_000, null, 'technicians', 2030], [800, null, 'start-ups', 2031], [2, 3, 'laboratories', 2035],
    ]);
  });

  it('takes no target from a possibility, a forecast by analysts, or what firms can claim', () => {
    expect(targets('Outlook for the AI market',
      'Analysts at two banks expect the cloud market to reach USD 3.4 billion by 2029.',
      'If the pilots succeed, the new strains could lift yields by 10 to 12 percent by 2028.',
      'Under the voucher scheme, start-ups can claim up to 60% of the cost of a testing contract until 2027.',
      'The province is home to 45 research institutes.')).toEqual([]);
  });

  it('does not take a past quarter as the deadline of a yearly rate in the next sentence', () => {
    expect(targets('Enterprises order more research',
      'Enterprises ordered 31 research tasks in the first quarter. The department would order at least 15 tasks a year from the universities.'))
      .toEqual([]);
  });

  it('gives a rank of "we" the index the paragraph named before it, and drops one of no index', () => {
    expect(targets('Interview with the chairman',
      'In the Provincial Green Index we ranked 19th of 34 localities last year. We aim to be among the top 10 by 2028.')
      .map((t) => [t.metric, t.comparator, t.value, t.deadline])).toEqual([['Provincial Green Index', 'top', 10, 2028]]);
    expect(targets('Interview with the chairman', 'We are working hard. We aim to be among the top 10 by 2028.')).toEqual([]);
  });
});

describe('a goal set in the first person', () => {
  it('names the metric after "we have set the goal of", not the setting', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('10/01/2026', 'We have set the goal of export growth of at least 15% a year by 2030.') }).targets
      .map((t) => [t.metric, t.comparator, t.value]);
    expect(found).toEqual([['export growth', '>=', 15]]);
  });
});

describe('a count after "we want"', () => {
  it('reads "By 2030 we want 250 technology firms in the province" as a target', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('10/01/2026', 'Mr Hùng: By 2030 we want 250 technology firms in the province; today there are 61.') }).targets
      .map((t) => [t.value, t.unit, t.deadline]);
    expect(found).toEqual([[250, 'firms', 2030]]);
  });
});

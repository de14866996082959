import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

/** Metric, comparator, value, top of range and unit of each target a text states, sorted by value. */
const targets = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('10/01/2026', ...lines) }).targets
  .map((t) => [t.metric, t.comparator, t.value, t.max, t.unit]).toSorted((a, b) => Number(a[2]) - Number(b[2]));

describe('ranges without "from", goals named by a noun, counted phrases and durations', () => {
  it('reads "60 to 65 per cent" as a range, and the subject after "the goal is for"', () => {
    expect(targets('The national goal is for firms to account for 55 to 58 per cent of total research spending by 2030.')).toEqual([
      ['firms share of total research spending', '=', 55, 58, '% of total research spending'],
    ]);
  });

  it('keeps "from X to Y" a baseline and its target, and a year before "to" no bottom of a range', () => {
    expect(targets('Exports are to grow from 20 to 30 per cent by 2030.').map((t) => [t[2], t[3]])).toEqual([[30, null]]);
    expect(targets('The share is to rise by 2030 to 65 per cent.').map((t) => [t[2], t[3]])).toEqual([[65, null]]);
  });

  it('reads counts after "the goal of", each of a pair joined by "and"', () => {
    expect(targets('Decision No. 88/QĐ-TTg sets the goal of 4,000 innovative start-ups and 80 venture funds by 2030.')).toEqual([
      ['venture funds', '=', 80, null, 'funds'], ['innovative start-ups', '=', 4000, null, 'start-ups'],
    ]);
  });

  it('ends a counted phrase at "and to" another verb, and keeps "R&D" whole', () => {
    expect(targets('By 2027 the college is to have at least 12 programmes with international accreditation and to enrol 300 students a year.',
      'The country should aim for 9,000 firms doing regular R&D by 2030.').map((t) => t[0])).toEqual([
      'programmes with international accreditation', 'students a year enrolled', 'firms doing regular R&D',
    ]);
  });

  it('reads what a duration times with its complement, without the verb that brings it down', () => {
    expect(targets('The national target is to cut the average time to restore a hacked system to under six hours by 2027.',
      'The average response time is to be brought under 15 minutes by 2026.')).toEqual([
      ['average time to restore a hacked system', '<', 6, null, 'hours'], ['average response time', '<', 15, null, 'minutes'],
    ]);
  });

  it('reads the share of things counted after a figure, without "to be"', () => {
    expect(targets('The target is for 40 per cent of college students to be enrolled in engineering by 2030.').map((t) => t[0]))
      .toEqual(['college students enrolled in engineering']);
  });
});

describe('targets named by their noun after a figure reached', () => {
  it('gives "the goal was N%" and "against the target of N%" the measure of the figure before', () => {
    expect(targets('Fibre reached 81 per cent of households in June, and the goal was 90 per cent by the end of the year.').map((t) => [t[0], t[2]]))
      .toEqual([['fibre share of households', 90]]);
    expect(targets('E-payments accounted for 44 per cent of all fees, against the 2026 target of 60 per cent.').map((t) => [t[2], t[4]]))
      .toEqual([[60, '% of all fees']]);
  });

  it('reads a count after "the figure is" and a phrase up to "by the end of"', () => {
    expect(targets('Its core figure is 25,000 engineers trained in chip design by 2030.',
      'We have set ourselves the goal of 200 data engineers on staff by the end of 2027, and today we have 90.').map((t) => [t[0], t[2]])).toEqual([
      ['data engineers on staff', 200], ['engineers trained in chip design', 25000],
    ]);
  });
});

describe('a share and a count joined by "and to"', () => {
  it('reads both, each with its own things', () => {
    expect(targets('For 2026, the province aims to have 80 per cent of records processed online and to certify 15 new science and technology enterprises.')
      .map((t) => [t[0], t[2], t[4]])).toEqual([
      ['science and technology enterprises certified', 15, 'enterprises'], ['records processed online', 80, '%'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

/** Metric, value, unit and deadline of each target a text sets, by metric. */
const targets = (date: string, ...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(date, 'Provincial project notice', ...lines) })
  .targets.map((t) => [t.metric, t.value, t.unit, t.deadline]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe('a figure a transcript\'s speaker only repeats', () => {
  it('takes no speaker label for what a figure measures', () => {
    const found = targets('18/02/2027', '[00:01:02] MR HẢI: By 2028, we want 55% of farming households to sell online.',
      '[00:02:40] HOST: Fifty-five per cent sounds like a lot for rice growers.');
    expect(found.map((t) => t[0])).not.toContainEqual(expect.stringMatching(/HOST/));
    expect(found.map((t) => [t[1], t[3]])).toEqual([[55, 2028]]);
  });
});

describe('a number written in words as a ten and a unit', () => {
  it('is one number', () => {
    expect(targets('18/02/2027', 'By 2028, the province wants fifty-five per cent of households to sell online.').map((t) => t[1])).toEqual([55]);
  });
});

describe('a stretch of time told backwards from now', () => {
  it('is no deadline: a bidder\'s past revenue is no target', () => {
    expect(targets('28/04/2027', 'REQUIREMENTS FOR BIDDERS', '- Average annual revenue of the last three years: at least VND 30 billion.')).toEqual([]);
  });
});

describe('an aim\'s verb on all of a counted whole', () => {
  it('is every one of the whole, 100%, its number only the whole\'s count', () => {
    expect(targets('28/04/2027', 'Under the approved project, the province aims to connect all 86 communes and wards to the operations centre by the '
      + 'end of 2028 and to serve at least 300,000 residents through the city app by 2028.')).toEqual([
      ['communes and wards connected to the operations centre', 100, '% of communes and wards', 2028],
      ['residents served through the city app', 300000, 'residents', 2028],
    ]);
  });
});

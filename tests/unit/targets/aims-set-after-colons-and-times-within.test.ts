import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

const targetsOf = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('14/09/2029', ...lines) }).targets
  .map((t) => [t.metric, t.comparator, t.value, t.unit, t.deadline]);

describe('an aim a body set itself, told after a colon, and a time it is to handle each thing within', () => {
  it('reads the count of an aim set "of its own:" or "itself a goal:", then its infinitive', () => {
    expect(targetsOf('The federation has set an aim of its own: to certify 1,800 drone pilots by 2032.'))
      .toEqual([['drone pilots certified', '=', 1800, 'pilots', 2032]]);
    expect(targetsOf('Ms Lan said the federation had set itself a goal: to train 2,400 drone pilots by 2032.'))
      .toEqual([['drone pilots trained', '=', 2400, 'pilots', 2032]]);
  });

  it('reads a time within which a body aims to handle every one of a thing, from a year, as at most that time', () => {
    expect(targetsOf('The agency has set an aim for its own work: from 2031, it will decide on every permit request within 20 days.'))
      .toEqual([['time to decide on every permit request', '<=', 20, 'days', 2031]]);
    // (Its baseline "against … now" is no target; "working days" are kept as written.)
    expect(targetsOf('The department has also set an aim for its own procedures: by 2030, it will complete the review of every '
      + 'funded project within 25 working days, against about 60 working days now.'))
      .toEqual([['time to complete the review of every funded project', '<=', 25, 'working days', 2030]]);
  });

  it('leaves a procedure\'s time limit, and a time whose aim is the share handled within it, to what they are', () => {
    // (A time limit a page states, with no year: a rule of service, no target.)
    expect(targetsOf('Our promise to you', 'We answer every letter within 5 working days.')).toEqual([]);
    // (A share measured against it: the aim is every one handled within that time.)
    expect(targetsOf('The office aims to answer every complaint on its portal within ten working days by the end of 2030, up from 61% '
      + 'answered within that time this year.').map(([, comparator, value, unit]) => [comparator, value, unit]))
      .toEqual([['=', 100, '% of complaints']]);
  });
});

describe('whose an aim a body set for itself is', () => {
  const scoped = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('14/09/2029', ...lines) }).targets.map((t) => [t.value, t.scope]);

  it('is the body\'s a text names by its kind, as "an aim of its own", "itself an aim" or "the institute\'s own goal"', () => {
    expect(scoped('Chairman of the Vietnam Drone Pilots Association Lê Văn Khoa attended the meeting.',
      'Mr Khoa said the association had set an aim of its own: to certify 1,800 drone pilots by 2032.')).toEqual([[1800, 'Vietnam Drone Pilots Association']]);
    expect(scoped('Ms Hạnh is Programme Manager of the Red River Open Data Network.',
      'Closing the webinar, she said the network had set itself an aim: to train 900 data stewards by the end of 2031.'))
      .toEqual([[900, 'Red River Open Data Network']]);
    expect(scoped('Vice Rector of the Hanoi Institute of Photonics Đỗ Văn Lâm answered questions from reporters.',
      'He added that the institute\'s own goal was to train 400 photonics engineers a year by 2031.'))
      .toEqual([[400, 'Hanoi Institute of Photonics']]);
  });

  it('is a body\'s full name where the text names it by an acronym it spells out', () => {
    expect(scoped('The project is funded by the Nordic Rural Water Fund (NRWF), with counterpart funds from the province.',
      'NRWF has also set an aim for its own work in Vietnam: by 2032, at least 35% of its grants are to go to projects led by women\'s groups.'))
      .toEqual([[35, 'Nordic Rural Water Fund']]);
  });
});

describe('a share of a list of things, and a count whose things are each to clear a sum', () => {
  it('reads a share of a list of things as of the whole list, not of its first thing', () => {
    expect(targetsOf('By 2034, the programme aims for domestic firms to supply 20–25 per cent of the drones, sensors and flight controllers '
      + 'bought in the country.').map(([metric, , value]) => [metric, value]))
      .toEqual([['the drones, sensors and flight controllers bought in the country supplied', 20]]);
  });

  it('reads a count of things each to reach a sum as the count, the sum part of what it counts', () => {
    expect(targetsOf('By 2034, the programme aims for:', '- forty Vietnamese drone makers to reach annual revenue of more than VND 800 billion each;',
      '- at least 12,000 certified drone pilots.').map(([metric, comparator, value, unit]) => [metric, comparator, value, unit]).sort())
      .toEqual([
        ['Vietnamese drone makers to reach annual revenue of more than VND 800 billion each', '=', 40, 'makers'],
        ['certified drone pilots', '>=', 12000, 'pilots'],
      ].sort());
  });
});

describe('a rank among a list of kinds, and a share spent on something in an item that opens with its verb', () => {
  it('ranks a place among a list of kinds of place, in the index named after them', () => {
    expect(targetsOf('By 2034, the scheme aims for:', '- Cô Tô to be among the top 5 communes, wards and special zones of Quảng Ninh in the '
      + 'provincial digital transformation ranking.').map(([metric, comparator, value, unit]) => [metric, comparator, value, unit]))
      .toEqual([['provincial digital transformation ranking', 'top', 5, 'rank among communes, wards and special zones in Quảng Ninh']]);
  });

  it('reads what a share of a whole is spent on, in an item whose verb opens a range of shares', () => {
    expect(targetsOf('By 2030, the province is to:', '- spend 2 to 2.5 per cent of GRDP on science and technology;',
      '- have two hundred digital technology enterprises.').map(([metric, comparator, value]) => [metric, comparator, value]).sort())
      .toEqual([['GRDP spent on science and technology', '=', 2], ['digital technology enterprises', '=', 200]]);
    // (A range of shares that opens an item with no verb is the item's count: "30 to 35 per cent of …".)
    expect(targetsOf('By 2030, the province aims for:', '- 30 to 35 per cent of craft products to be sold online;')
      .map(([, comparator, value]) => [comparator, value])).toEqual([['=', 30]]);
  });
});

describe('a part of a count due by an earlier year', () => {
  it('reads "at least N of them by <year>" after a count as the same things, by that year, the count keeping the frame\'s year', () => {
    expect(targetsOf('By 2036, the programme aims for:', '- at least 30,000 engineers and technicians in battery design, at least 9,000 of them by 2031;')
      .map(([metric, comparator, value, , deadline]) => [metric, comparator, value, deadline]).sort())
      .toEqual([['engineers and technicians in battery design', '>=', 30000, 2036], ['engineers and technicians in battery design', '>=', 9000, 2031]]);
  });
});

describe('support a policy pays, told as received', () => {
  it('reads a share of a cost received as support, and the cap after it, as no targets', () => {
    expect(targetsOf('Under the scheme, by 2034 the zone aims for:', '- three hundred farm stays to take bookings on the zone\'s platform;',
      'The scheme will cost an estimated VND 90 billion to 2034. Under the second resolution, a farm stay or small inn that installs booking, '
        + 'water and fire-safety sensors will receive support of 40 per cent of the cost, up to VND 25 million.')
      .map(([, , value]) => value)).toEqual([300]);
  });
});

describe('a thing named before and then by "one"', () => {
  it('names the thing "one" stands for in the metric', () => {
    expect(targetsOf('The plan also sets a date for the repair teams: all 40 communes are to have one by the end of 2031.')
      .map(([metric, , value, , deadline]) => [metric, value, deadline])).toEqual([['communes with a repair team', 100, 2031]]);
  });
});

describe('a table\'s cell that writes a range with "to"', () => {
  it('reads "2.3 to 2.5%" in a year\'s column as a range of that year', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('14/09/2030', 'The report keeps the plan\'s targets and adds a column for 2031:',
      'Indicator | Result 2029 | Target 2031', 'Public spending on research, share of GRDP | 1.6% | 1.8 to 2.2%') }).targets;
    expect(found.map((t) => [t.metric, t.value, t.max, t.deadline])).toEqual([['public spending on research, share of GRDP', 1.8, 2.2, 2031]]);
  });
});

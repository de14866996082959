import { describe, expect, it } from 'vitest';
import { amountParser } from '../../../src/pipeline/targets/amount-parser.ts';
import { timelineOf } from '../events/helpers.ts';

/** The targets of one text: deadline, metric, value, unit and scope. */
const targetsOf = (...lines: string[]) => timelineOf({ 'a.txt': ['Quảng Trị maps its farms', 'Posted: 14/02/2031', ...lines].join('\n\n') })
  .targets.map((t) => [t.deadline, t.metric, t.comparator, t.value, t.unit, t.scope]);
const read = (text: string) => amountParser.propose(text).map((p) => [p.metric, p.comparator, p.value, p.unit]);

describe('a warning\'s lead time', () => {
  it('is at least the time before the happening, said with the verb of warning or the warning\'s noun', () => {
    expect(read('- and, by the end of 2033, alert fishing crews of storm risk at least 48 hours before a storm reaches the coast.'))
      .toEqual([['lead time to alert fishing crews of storm risk', '>=', 48, 'hours']]);
    expect(read('The station will send landslide warnings to hamlet heads six hours ahead by 2032.'))
      .toEqual([['lead time of landslide warnings to hamlet heads', '>=', 6, 'hours']]);
  });

  it('is no aim when nothing wants it: a warning that was given is a report', () => {
    expect(read('Residents were warned of the flood 20 minutes before the water rose.')).toEqual([]);
  });
});

describe('every one of a whole that is a list of kinds', () => {
  it('puts each kind in the plural, past a size that picks them out and the place they are put on', () => {
    expect(read('- put every tea, cinnamon and star-anise plot larger than 1 hectare on the provincial farm map;'))
      .toEqual([['teas, cinnamons and star-anise plots larger than 1 hectare put on the provincial farm map', '=', 100,
        '% of teas, cinnamons and star-anise plots']]);
    expect(read('- connect every school, clinic and commune hall to the provincial fibre network;'))
      .toEqual([['schools, clinics and commune halls connected to the provincial fibre network', '=', 100, '% of schools, clinics and commune halls']]);
  });

  it('reads "field" as no participle of the things: every rice field on a map', () => {
    expect(read('- map every rice field on the provincial crop map;')).toEqual([['map every rice field on the provincial crop map', '=', 100,
      '% of rice fields']]);
  });
});

describe('a figure told in passing under its plan\'s span, then with its own deadline', () => {
  it('is the target with the deadline of its own, told once', () => {
    expect(targetsOf(
      'The plan of Quảng Trị for 2031–2034 promises storm warnings two days ahead.',
      'By 2034, the plan says, Quảng Trị will:',
      '- train 900 crew leaders to read satellite storm maps;',
      '- and, by the end of 2033, warn every fishing crew of storm risk at least two days before a storm reaches the coast.',
    )).toEqual([
      [2033, 'lead time to warn every fishing crew of storm risk', '>=', 2, 'days', 'Quang Tri'],
      [2034, 'crew leaders trained to read satellite storm maps', '=', 900, 'leaders', 'Quang Tri'],
    ]);
  });
});

describe('a body\'s own bulletin', () => {
  it('is the body\'s aim, how often it puts it out', () => {
    expect(targetsOf(
      'Quảng Trị wants its farms mapped by 2033.',
      'From 2032, the Quảng Trị Sub-department of Irrigation will publish a reservoir-level bulletin at least three times a week in the dry season.',
    ).filter((t) => t[4] === 'times a week')).toEqual([
      [2032, 'reservoir-level bulletin published', '>=', 3, 'times a week', 'Quảng Trị Sub-department of Irrigation'],
    ]);
  });
});

describe('an item of aims that says what it is for', () => {
  it('reads "for every …" and "for N percent of used …" as what each or the share is to do, with no verb made of "for"', () => {
    expect(read('- for every licensed quarry to report its output and blasting data online in real time;'))
      .toEqual([['licensed quarries to report its output and blasting data online in real time', '=', 100, '% of licensed quarries']]);
    expect(read('- for every district court ruling to be in the national case database in machine-readable form;'))
      .toEqual([['district court rulings in the national case database in machine-readable form', '=', 100, '% of district court rulings']]);
    expect(read('- for 60 percent of used solar panels from rooftops to be collected and recycled (Malaysia\'s target: 40 percent).')[0])
      .toEqual(['used solar panels from rooftops collected and recycled', '=', 60, '%']);
  });
});

describe('a national figure and the places most of it is in', () => {
  it('stays the country\'s, and a count told again in fewer words is told once', () => {
    expect(targetsOf(
      'Three thousand technicians are to be trained, the decision says.',
      'By 2034, the programme of the Prime Minister aims:',
      '- to train three thousand technicians and engineers in grid software and maintenance;',
      'As an interim target, the programme expects no fewer than 900 MW of rooftop solar to be connected by the end of 2033, most of them on '
        + 'factory roofs in Bình Dương, Đồng Nai and Long An.',
    ).map((t) => [t[0], t[1], t[3], t[5]])).toEqual([
      [2033, 'rooftop solar to be connected', 900, 'Vietnam'],
      [2034, 'technicians and engineers trained in grid software and maintenance', 3000, 'Vietnam'],
    ]);
  });
});

describe('a count a thing holds, two things of a whole, and a board\'s own time', () => {
  it('names a count with the thing whose participle holds it', () => {
    expect(read('- and, by 2034, a drone assembly hub in the port\'s free-trade zone employing no fewer than 1,500 workers.'))
      .toEqual([['drone assembly hub in the port\'s free-trade zone employing workers', '>=', 1500, 'workers']]);
  });

  it('reads every one of two things of a few words each', () => {
    expect(read('- connect every river port and cold-storage depot in the province to the provincial freight platform, by the end of 2033;'))
      .toEqual([['river ports and cold-storage depots in the province connected to the provincial freight platform', '=', 100,
        '% of river ports and cold-storage depots']]);
  });

  it('gives a management board the time it is to handle things in', () => {
    expect(targetsOf(
      'Quảng Trị will open the Cửa Việt Port Zone Management Board next year.',
      'The board asked to be held to its own pledge: from 2032, the management board will approve investment dossiers within 12 working days.',
    ).filter((t) => t[4] === 'working days').map((t) => [t[0], t[3], t[5]])).toEqual([[2032, 12, 'Cửa Việt Port Zone Management Board']]);
  });
});

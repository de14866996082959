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

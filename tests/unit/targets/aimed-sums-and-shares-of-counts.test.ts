import { describe, expect, it } from 'vitest';
import { amountParser } from '../../../src/pipeline/targets/amount-parser.ts';
import { dated, timelineOf } from '../events/helpers.ts';

const targetsOf = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('24/09/2026', ...lines) }).targets
  .map((t) => [t.metric, t.comparator, t.value, t.unit, t.deadline]);

describe('a sum aimed at, and a share of a count', () => {
  it('names a sum a body targets by what it is, and reads each figure of a sentence past the baseline between them', () => {
    expect(targetsOf('The Red River Innovation Park targets US$2 billion in registered foreign investment by 2030, up from US$700 million '
      + 'today, and at least 3,000 engineers working on site by the same year, of which at least 35 per cent in chip design.')).toEqual([
      ['engineers working on site in chip design', '>=', 35, '%', 2030],
      ['engineers working on site', '>=', 3000, 'engineers', 2030],
      ['foreign investment', '=', 2, 'USD billion', 2030],
    ]);
  });

  it('takes no sum a verb of aiming is followed by without saying what it is for funding', () => {
    expect(amountParser.propose('The city targets VND 50 trillion in revenue from digital services by 2030.').map((p) => p.metric))
      .not.toContain('funding');
  });

  it('reads "registered" before a figure as the verb that reports it', () => {
    expect(targetsOf('By June the province registered 1,200 new digital firms.')).toEqual([]);
  });
});

describe('a newsletter\'s items, each with its place and day', () => {
  const letter = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('19/10/2026', 'THE POLICY LETTER', 'Issue #12 · Monday, 19 October 2026',
    '1 | BEN TRE · Wed 14/10', 'Every coconut barge to carry a GPS tracker', ...lines, '3 | HUE · Thu 15/10', 'Hue opens a data hub.') });

  it('gives each item\'s targets its place, the things a share is of with what they are to be, and "every" past a threshold', () => {
    const { targets } = letter('Under the plan, every cargo barge 20 tonnes or heavier must use a GPS tracker by the end of 2027. By 2030, 60 per '
      + 'cent of the province\'s coconut exports should be traceable by QR code.');
    expect(targets.map((t) => [t.metric, t.value, t.unit, t.deadline, t.scope])).toEqual([
      ['cargo barges use a GPS tracker', 100, '% of cargo barges', 2027, 'Ben Tre'],
      ['coconut exports traceable by QR code', 60, '%', 2030, 'Ben Tre'],
    ]);
  });

  it('dates a weekday that is the publication day\'s own by the item\'s heading of the same weekday a week before', () => {
    const { events } = letter('2 | MINISTRY OF FINANCE · Mon 12/10', 'New rules for funds',
      'Circular 31/2026/TT-BTC, signed on Monday by the Deputy Minister of Finance, sets the rules for provincial funds.');
    expect(events.filter((e) => e.kind !== 'milestone').map((e) => [e.date, e.title])).toEqual([['2026-10-12', 'Circular 31/2026/TT-BTC signed']]);
  });

  it('takes "by then" as the deadline stated before, not the time of a baseline between', () => {
    const { targets } = letter('The city aims to enter the top 50 of the ranking by 2030, from 91st place this year, and to have about two '
      + 'thousand start-ups by then.');
    expect(targets.map((t) => [t.value, t.unit, t.deadline])).toEqual([[50, 'rank', 2030], [2000, 'start-ups', 2030]]);
  });
});

describe('words before a figure that look nowhere, and a year after "Towards"', () => {
  it('reads a share "according to reports" as reported, and "Towards 2030, …" as the deadline of the targets it frames', () => {
    expect(targetsOf('According to reports received by the ministry, 46% of the 2026 science budget had been disbursed.')).toEqual([]);
    expect(targetsOf('Towards 2030, plans shall contribute to these national targets: the digital economy reaching 28% of GDP.'))
      .toEqual([['digital economy share of GDP', '=', 28, '% of GDP', 2030]]);
  });
});

describe('figures of one plan listed in a sentence', () => {
  it('ends each share\'s things before the next figure\'s, a count before "during the year" and "and keep", and reads the rank after', () => {
    expect(targetsOf('For digital transformation, the resolution sets 90 per cent of dossiers handled fully online and cashless payments at 80 '
      + 'per cent of transactions at public clinics by the end of 2027. The province must add no fewer than 200 new digital firms during the '
      + 'year and keep its place among the top ten in the Provincial Innovation Index.')).toEqual([
      ['cashless payments share of transactions at public clinics', '=', 80, '% of transactions at public clinics', 2027],
      ['digital firms added', '>=', 200, 'firms', 2027],
      ['dossiers handled fully online', '=', 90, '%', 2027],
      ['Provincial Innovation Index', 'top', 10, 'rank', 2027],
    ]);
  });
});


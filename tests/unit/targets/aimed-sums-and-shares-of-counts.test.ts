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

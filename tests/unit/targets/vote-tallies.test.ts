import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

const targets = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('24/07/2027', ...lines) }).targets
  .map((t) => [t.metric, t.value, t.unit, t.deadline]);

describe("a vote's tally beside a resolution's targets", () => {
  it('gives no target, in a box of results or in a sentence', () => {
    expect(targets(
      "The Gia Lai Provincial People's Council on Thursday passed Resolution 12/2027/NQ-HĐND, which sets the province's targets to 2030.",
      'By 2030, 85% of adults are to hold a digital signature.',
      'Votes at a glance:',
      '- Resolution 12/2027/NQ-HĐND (targets to 2030): 68 for, 2 against, 4 abstentions',
      'The resolution on start-up support received 65 votes in favour, five against and four abstentions.',
    )).toEqual([['adults to hold a digital signature', 85, '%', 2030]]);
  });
});

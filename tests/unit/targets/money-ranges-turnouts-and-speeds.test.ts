import { describe, expect, it } from 'vitest';
import { amountParser } from '../../../src/pipeline/targets/amount-parser.ts';
import { isProjected } from '../../../src/pipeline/targets/reported.ts';

const amounts = (text: string) => amountParser.propose(text).map((p) => [p.metric, p.value, p.max, p.unit]);

describe('money in a range, a turnout expected at a gathering, and speeds', () => {
  it('reads "US$3-4 billion" as a range of billions', () => {
    expect(amounts('The ministry wants data-centre investment of US$2-3 billion between 2026 and 2030.')).toContainEqual(
      ['data-centre investment', 2, 3, 'USD billion'],
    );
  });

  it('reads a turnout the organisers expect as a projection, also the second of a pair', () => {
    const text = 'This year they expect around 5,000 delegates and 300 exhibitors.';
    expect(isProjected(text, text.indexOf('around'))).toBe(true);
    expect(isProjected(text, text.indexOf('300'))).toBe(true);
    const goal = 'The province expects to train 5,000 engineers by 2030.';
    expect(isProjected(goal, goal.indexOf('5,000'))).toBe(false);
  });

  it('counts no speed', () => {
    expect(amounts('The storm brought winds of up to 150 km per hour and gusts of 180 km/h by 2026.')).toEqual([]);
  });
});

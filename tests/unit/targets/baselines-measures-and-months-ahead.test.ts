import { describe, expect, it } from 'vitest';
import { amountParser } from '../../../src/pipeline/targets/amount-parser.ts';
import { isReported } from '../../../src/pipeline/targets/reported.ts';
import { timesIn } from '../time/helpers.ts';

/** Whether the figure `figure` of `text` is a reported value. */
const reported = (text: string, figure: string) => isReported(text, text.indexOf(figure), text.indexOf(figure) + figure.length);

describe('the value a change starts from, quantities in units of power, and a month a target is due by', () => {
  it('reads a figure after "from" as the value a change starts from, and the figure after "to" as the target', () => {
    const text = 'The carrier aims to lift 5G coverage to 90 per cent of households by October, from 61 per cent at the end of February.';
    expect(reported(text, '61 per cent')).toBe(true);
    expect(reported(text, '90 per cent')).toBe(false);
    const raise = 'By 2029 the group aims to raise its cloud capacity from 12 MW today to 150 MW.';
    expect(reported(raise, '150 MW')).toBe(false);
  });

  it('reads a quantity in MW, GW or Gbps with what it measures, without the value it starts from', () => {
    expect(amountParser.propose('By 2029 the group aims to raise its cloud capacity from 12 MW today to 150 MW.').map((p) => [p.metric, p.value, p.unit]))
      .toContainEqual(['its cloud capacity', 150, 'MW']);
  });

  it('dates "by December" in May by this year\'s December, still to come, and "in December" by the nearest one', () => {
    const by = timesIn('Coverage is to reach 90 per cent by December.', '2026-05-14').find((t) => t.text.includes('December'));
    expect(by?.value).toBe('2026-12');
    const inMonth = timesIn('The portal opened in December.', '2026-05-14').find((t) => t.text.includes('December'));
    expect(inMonth?.value).toBe('2025-12');
  });
});

import { describe, expect, it } from 'vitest';
import { instrumentParser } from '../../../../src/pipeline/extract/instrument-parser.ts';
import { parseWith } from '../helpers.ts';
import { instruments } from './helpers.ts';

describe('numbering forms', () => {
  it('reads "No" without a dot, "QD" without the bar, and an Assembly code', () => {
    expect(instruments('Resolution No 12/NQ-CP, Decision 845/QD-TTg and Resolution 210/2025/QH15 were cited.')).toEqual([
      ['Resolution 12/NQ-CP', 'resolution', 'resolution:12:NQ-CP'],
      ['Decision 845/QD-TTg', 'decision', 'decision:845:QD-TTG'],
      ['Resolution 210/2025/QH15', 'resolution', 'resolution:210:2025/QH15'],
    ]);
  });

  it('reads "Plan No. 7" without a code, and keys leading zeros away', () => {
    expect(instruments("the Provincial Party Committee's Plan No. 7 on the same subject")).toEqual([['Plan 7', 'plan', 'plan:7']]);
    expect(instruments('Plan No. 04/KH-UBND')[0]![2]).toBe('plan:4:KH-UBND');
  });

  it('does not read a bare plan, notice or dispatch number, a year, or a bare "Programme" as an instrument', () => {
    const text = 'Plan 2025 was ambitious, Programme 135 helped the poor, Notice 5 was read and Resolution 2025 was discussed.';
    expect(parseWith(instrumentParser, text).filter((m) => m.certain)).toEqual([]);
    // (A bare notice's number is one only if its text names that notice with a code: see canonicalKeys.)
    expect(parseWith(instrumentParser, text).map((m) => m.name)).toEqual(['Notice 5']);
  });
});

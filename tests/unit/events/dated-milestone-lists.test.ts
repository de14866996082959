import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

/** Kind, date and title of each event a text reports, milestones left out, in date order. */
const events = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(...(lines as [string, ...string[]])) }).events
  .filter((e) => e.kind !== 'milestone').map((e) => [e.kind, e.date, e.title]).toSorted((a, b) => a[1]!.localeCompare(b[1]!));

describe('a list of milestones, each opening with its date and year and told in the present', () => {
  it('dates each item by its own day or month, in the past', () => {
    expect(events('20/11/2026', 'Two years of the plan: what happened', '', 'Key milestones', '',
      '• 3 January 2025 – The Government issues Resolution No. 12/NQ-CP on digital skills.',
      '• April 2025 – The Prime Minister approves the chip strategy in Decision 310/QD-TTg.',
      '• June 9, 2026 – The National Assembly adopts Resolution 99/2026/QH15 on sandboxes.')).toEqual([
      ['instrument', '2025-01-03', 'Government issued Resolution No. 12/NQ-CP'],
      ['approved', '2025-04', 'Prime Minister approved the chip strategy in Decision 310/QD-TTg'],
      ['adopted', '2026-06-09', 'National Assembly adopted Resolution 99/2026/QH15'],
    ]);
  });
});

describe('a timeline whose items are headlines: a date, a colon, an instrument and its act', () => {
  it('dates each instrument\'s act by its item\'s day', () => {
    expect(events('03/06/2030', 'Fact sheet: cross-border e-commerce', '', 'Timeline', '', '- 20.05.2030: Decision No. 1742/QĐ-TTg signed',
      '- 28.05.2030: Plan No. 905/KH-BCT issued')).toEqual([
      ['signed', '2030-05-20', 'Decision 1742/QĐ-TTg signed'],
      ['instrument', '2030-05-28', 'Plan 905/KH-BCT issued'],
    ]);
  });
});

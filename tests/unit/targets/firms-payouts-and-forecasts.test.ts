import { describe, expect, it } from 'vitest';
import { timelineOf } from '../events/helpers.ts';

/** The targets of a text with its own lines (a site's masthead and menu first), published on 27 April 2026. */
const targets = (...lines: string[]) => timelineOf({ 'seeds/a.txt': lines.join('\n') }).targets
  .map((t) => ({ metric: t.metric, value: t.value, unit: t.unit, deadline: t.deadline, scope: t.scope }));

const PAGE = ['Delta Business Daily', 'News | Business | Travel | Life', 'Business > Companies', 'BUSINESSMonday, 27/4/2026, 19:15 (GMT+7)', '',
  'Song Hong Robotics sets record goal for the year', '', 'By Mai Lan', ''];

describe('a firm\'s targets under a masthead and a byline, and figures that are paid out, held or forecast', () => {
  it('gives a firm defined with its acronym in the lead, then called "the group", the firm as scope', () => {
    const found = targets(...PAGE,
      'Song Hong Robotics Corporation (SHR), in which the State holds 51% of charter capital, plans to lift revenue to VND4.2 trillion this year.',
      '',
      'For 2026 the group targets pre-tax profit of VND610 billion.');
    expect(found.map((t) => [t.metric, t.value, t.scope]).sort()).toEqual([
      ['pre-tax profit', 610, 'Song Hong Robotics Corporation'], ['revenue', 4.2, 'Song Hong Robotics Corporation'],
    ]);
  });

  it('takes no target from a dividend, a forecast, a sum to spend or to recover, or a share "as of" a day', () => {
    expect(targets(...PAGE,
      'Shareholders approved a cash dividend of 15% for 2026.',
      '',
      'An analyst said the goal looked achievable and forecast the 2026 revenue at VND4.5 trillion.',
      '',
      'The province will spend VND 9 billion a year on running the centre until 2030.',
      '',
      'The inspectorate asked the fund to recover the remaining VND 1.2 billion by June 2026.',
      '',
      'As of March 31, only 22 per cent of the budget for 2026 had been disbursed.')).toEqual([]);
  });
});

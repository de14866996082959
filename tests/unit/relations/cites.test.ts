import { describe, expect, it } from 'vitest';
import { legalPage, news, relationsIn } from './helpers.ts';

describe('a plain reference', () => {
  it('reads each "Pursuant to …;" line of a legal page as a citation by the page\'s own instrument, and ties within the line as stated', () => {
    expect(relationsIn(legalPage('518/QĐ-UBND',
      'Pursuant to Resolution No. 57-NQ/TW dated December 22, 2024 of the Politburo on breakthroughs in science and technology;',
      "Pursuant to Plan No. 96/KH-UBND dated February 25, 2025 of the Provincial People's Committee implementing Resolution No. 57-NQ/TW;",
    ))).toEqual(['Decision 518/QĐ-UBND cites Plan 96/KH-UBND', 'Decision 518/QĐ-UBND cites Resolution 57-NQ/TW', 'Plan 96/KH-UBND implements Resolution 57-NQ/TW']);
  });

  it('cites nothing in a text that is not itself an instrument', () => {
    expect(relationsIn(news('Pursuant to Resolution No. 57-NQ/TW of the Politburo, provinces are reviewing their budgets.'))).toEqual([]);
  });
});

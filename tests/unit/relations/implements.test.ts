import { describe, expect, it } from 'vitest';
import { corpusOf, news, relationsIn } from './helpers.ts';

describe('an instrument that implements another', () => {
  it('reads "issued Plan … to implement Resolution …"', () => {
    expect(relationsIn(news("The Provincial People's Committee has issued Plan No. 12/KH-UBND dated February 27, 2025 to implement Resolution No. 57-NQ/TW of the Politburo.")))
      .toEqual(['Plan 12/KH-UBND implements Resolution 57-NQ/TW']);
  });

  it('reads a title that says what the instrument carries out: "on implementing", "for implementing", "on the action programme to implement"', () => {
    expect(relationsIn(news(
      'Resolution No. 03/NQ-CP dated January 9, 2025 of the Government on the action programme to implement Resolution No. 57-NQ/TW was praised by delegates.',
      "The Department issued Plan No. 38/KH-SKHCN dated January 28, 2026 on implementing Plan No. 15/KH-UBND of the Provincial People's Committee.",
      'Resolution No. 71/NQ-CP of the Government on tasks and solutions for implementing Resolution No. 57-NQ/TW was discussed.',
    ))).toEqual(['Plan 38/KH-SKHCN implements Plan 15/KH-UBND', 'Resolution 03/NQ-CP implements Resolution 57-NQ/TW', 'Resolution 71/NQ-CP implements Resolution 57-NQ/TW']);
  });

  it('gives the relation to every instrument the cue lists', () => {
    expect(relationsIn(news("On March 18, the Provincial People's Committee promulgated Plan No. 142/KH-UBND to concretise Resolution No. 57-NQ/TW of the Politburo and the Government's Resolution No. 03/NQ-CP dated January 9, 2025, setting 36 targets.")))
      .toEqual(['Plan 142/KH-UBND implements Resolution 03/NQ-CP', 'Plan 142/KH-UBND implements Resolution 57-NQ/TW']);
  });

  it('reads "issued under", "drawn up under" and "pursuant to" after the instrument', () => {
    expect(relationsIn(news(
      'Decision No. 1131/QĐ-TTg, issued under Resolution No. 57-NQ/TW, lists strategic technologies.',
      'Plan No. 7/KH-UBND was drawn up under Programme No. 22-CTr/TU of the Provincial Party Committee.',
    ))).toEqual(['Decision 1131/QĐ-TTg implements Resolution 57-NQ/TW', 'Plan 7/KH-UBND implements Programme 22-CTr/TU']);
  });

  it('reads a basis put first: "To implement Resolution …, the Committee issued Plan …"', () => {
    expect(relationsIn(news(
      "To implement Resolution No. 57-NQ/TW of the Politburo, the Provincial People's Committee issued Plan No. 12/KH-UBND on March 2.",
      'Pursuant to Resolution No. 03/NQ-CP, the Prime Minister signed Decision No. 1131/QĐ-TTg.',
    ))).toEqual(['Decision 1131/QĐ-TTg implements Resolution 03/NQ-CP', 'Plan 12/KH-UBND implements Resolution 57-NQ/TW']);
  });

  it('keeps the sentence, its paragraph and the words that state the relation', () => {
    const { relations } = corpusOf(news('Intro line of the report.', 'Plan No. 12/KH-UBND was issued to carry out Resolution No. 57-NQ/TW.'));
    expect(relations).toHaveLength(1);
    expect(relations[0]).toMatchObject({
      id: 'plan-12-kh-ubnd--implements--resolution-57-nq-tw', from: 'plan/12-kh-ubnd', to: 'resolution/57-nq-tw', kind: 'implements', body: null, conflict: null,
      sources: [{ document: 'text-0', paragraph: 'p-2', sentence: 'Plan No. 12/KH-UBND was issued to carry out Resolution No. 57-NQ/TW.', cue: 'to carry out', subject: 'named', object: 'named' }],
    });
  });

  it('reads a report on implementing an instrument as a citation, not an implementation', () => {
    expect(relationsIn(news("The Provincial People's Committee has sent Report No. 305/BC-UBND dated October 8, 2025 on the results of nine months of implementing Plan No. 142/KH-UBND.")))
      .toEqual(['Report 305/BC-UBND cites Plan 142/KH-UBND']);
  });
});

describe('sentences that name instruments and a cue but state no relation between them', () => {
  it('does not tie an instrument to a cue another clause governs', () => {
    expect(relationsIn(news(
      'At the review of Plan No. 12/KH-UBND, the Chairman asked districts to implement Resolution No. 57-NQ/TW.',
      'Official Dispatch No. 2718/BKHCN-VP was sent to provinces, urging them to speed up the tasks assigned under Resolution No. 57-NQ/TW.',
      'Plan No. 4/KH-UBND assigns the Department to present a mechanism for testing new technologies under Resolution No. 136/2024/QH15.',
      'Decision No. 1131/QĐ-TTg and an action programme to implement Resolution No. 57-NQ/TW were discussed.',
    ))).toEqual([]);
  });

  it('needs an instrument for each end: a meeting on implementing a resolution, or a future amendment, is none', () => {
    expect(relationsIn(news(
      'The Standing Board met to review the first quarter of implementing Resolution No. 57-NQ/TW.',
      'He said the province would amend Plan No. 142/KH-UBND in the fourth quarter.',
    ))).toEqual([]);
  });
});

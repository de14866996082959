import { describe, expect, it } from 'vitest';
import { corpusOf, news, relationsIn } from './helpers.ts';

describe('an instrument named by a phrase instead of its number', () => {
  it('takes "the plan" for the plan the lead reports made', () => {
    const texts = [news('Minister Tran Duc Vinh has signed Plan No. 1475/KH-BKHCN of the Ministry of Science and Technology.', 'The plan replaces the ministry\'s Plan No. 310/KH-BKHCN issued in February.')];
    expect(relationsIn(...texts)).toEqual(['Plan 1475/KH-BKHCN replaces Plan 310/KH-BKHCN']);
    expect(corpusOf(...texts).relations[0]!.sources[0]).toMatchObject({ subject: 'antecedent', cue: 'replaces' });
  });

  it('takes "It" for the instrument the previous sentence opens with', () => {
    expect(relationsIn(news(
      'Deputy Prime Minister Pham Van Dinh on October 3 signed Decree No. 265/2025/NĐ-CP on autonomy.',
      'The new decree gives public science organisations more room. It was drafted by the Ministry of Finance to institutionalise Resolution No. 57-NQ/TW.',
    ))).toEqual(['Decree 265/2025/NĐ-CP implements Resolution 57-NQ/TW']);
  });

  it('takes "the Politburo\'s resolution" for the only resolution named before with that issuer', () => {
    expect(relationsIn(news(
      'The province studied Resolution No. 57-NQ/TW of the Politburo and Resolution No. 03/NQ-CP of the Government.',
      'Programme No. 22-CTr/TU of the Provincial Party Committee was adopted on February 14 to implement the Politburo\'s resolution in the locality.',
    ))).toEqual(['Programme 22-CTr/TU implements Resolution 57-NQ/TW']);
  });

  it('leaves out "the resolution" when two resolutions could be meant', () => {
    expect(relationsIn(news(
      'The province studied Resolution No. 57-NQ/TW and Resolution No. 03/NQ-CP.',
      'Plan No. 12/KH-UBND was issued to implement the resolution.',
    ))).toEqual([]);
  });
});

describe('the instrument a document itself is', () => {
  it('takes "the Plan" in a plan\'s own text for the plan its "No." heading names', () => {
    const plan = ['Nghe An plan on science, technology and innovation', "PROVINCIAL PEOPLE'S COMMITTEE", '', 'No. 12/KH-UBND    Nghe An, February 27, 2025', '', 'PLAN', '',
      "Implementing Resolution No. 57-NQ/TW dated December 22, 2024 of the Politburo, the Provincial People's Committee issues the Plan as follows:", '',
      'I. PURPOSE', '', 'This Plan replaces Plan No. 3/KH-UBND of 2023.'].join('\n');
    const { relations, entities } = corpusOf(plan);
    const name = new Map(entities.map((e) => [e.id, e.name]));
    expect(relations.map((r) => [name.get(r.from), r.kind, name.get(r.to), r.sources[0]!.subject])).toEqual([
      ['Plan 12/KH-UBND', 'implements', 'Resolution 57-NQ/TW', 'document'],
      ['Plan 12/KH-UBND', 'replaces', 'Plan 3/KH-UBND', 'document'],
    ]);
  });
});

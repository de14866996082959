import { describe, expect, it } from 'vitest';
import { corpusOf, legalPage, news } from './helpers.ts';

/** The establishes relations of texts as `<from> -> <to>: <body>`. */
function establishments(...texts: string[]) {
  const { entities, relations } = corpusOf(...texts);
  const name = new Map(entities.map((e) => [e.id, e.name]));
  return relations.filter((r) => r.kind === 'establishes').map((r) => `${name.get(r.from)} -> ${name.get(r.to)}: ${r.body}`);
}

describe('a decision that sets up a body under another instrument', () => {
  it('links the decision to the instrument and keeps the body: "Decision … establishing B to implement R"', () => {
    expect(establishments(news('The Prime Minister signed Decision No. 96/QĐ-TTg establishing the National Steering Committee for Digital Transformation to implement Resolution No. 57-NQ/TW.')))
      .toEqual(['Decision 96/QĐ-TTg -> Resolution 57-NQ/TW: National Steering Committee for Digital Transformation']);
  });

  it('reads the body first: "B, set up under Decision 77 to steer Plan 142"', () => {
    expect(establishments(news('The provincial Steering Committee for Science and Technology, set up under Decision No. 77/QĐ-UBND to steer Plan No. 142/KH-UBND, met on October 9.')))
      .toEqual(['Decision 77/QĐ-UBND -> Plan 142/KH-UBND: provincial Steering Committee for Science and Technology']);
  });

  it('reads "Article 1. To establish … to direct the implementation of …" on a legal page as the page\'s own decision', () => {
    const page = legalPage('518/QĐ-UBND', 'DECIDES:', 'Article 1. To establish the Steering Committee for Digital Transformation of the province to direct the implementation of Plan No. 96/KH-UBND.');
    expect(establishments(page)).toEqual(['Decision 518/QĐ-UBND -> Plan 96/KH-UBND: Steering Committee for Digital Transformation']);
    expect(corpusOf(page).relations.find((r) => r.kind === 'establishes')!.sources[0]).toMatchObject({ subject: 'document', object: 'named', cue: 'to direct the implementation of' });
  });

  it('states no relation when no instrument is named for the body to serve', () => {
    expect(corpusOf(news('Decision No. 1203/QĐ-UBND on establishing the Provincial Steering Committee for Digital Transformation was signed in 2022.')).relations).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractFrom } from './helpers.ts';

/** Each person mention the extractor keeps, as "text → name". */
const mentioned = (...paragraphs: string[]) => extractFrom(...paragraphs)
  .filter((m) => m.type === 'person').map((m) => `${m.text} → ${m.name}`);

describe('a person called again by one name at the opening of a clause', () => {
  it('links a given name that opens a sentence before its verb to the person the text named in full', () => {
    expect(mentioned('Dinh Thi Thu Hang, General Director of TST, said the centre employs 140 engineers.',
      'Hang took over in February from Trinh Van Luc.', 'The board thanked him; Luc later joined a university.')).toEqual([
      'Dinh Thi Thu Hang → Dinh Thi Thu Hang', 'Hang → Dinh Thi Thu Hang', 'Trinh Van Luc → Trinh Van Luc', 'Luc → Trinh Van Luc',
    ]);
  });

  it('links no lone word that abbreviates no one, nor one that ends a longer name', () => {
    expect(mentioned('Dinh Thi Thu Hang said the centre employs 140 engineers.', 'Long before the reform, Viet Nam had few labs.',
      'Tan joined the board later.')).toEqual(['Dinh Thi Thu Hang → Dinh Thi Thu Hang']);
  });
});

describe('a person called by one name after the speech he gave', () => {
  it('links the given name after "In his speech," to the person the text named in full', () => {
    expect(mentioned('Professor Hà Minh Quý, President of the Song Lam Academy, presented the award.',
      'In his speech, Quý called the institute a school for engineers.')).toEqual(['Hà Minh Quý → Hà Minh Quý', 'Quý → Hà Minh Quý']);
  });
});

import { describe, expect, it } from 'vitest';
import { peopleOfPage } from './helpers.ts';

/** The people a page of notary news gives (see peopleOfPage). */
const peopleOf = (...lines: string[]) => peopleOfPage(
  ['NINH THUAN NEWS', 'Home | News | Justice', 'Thứ Tư, 20/8/2031 09:00', 'Notaries trained for electronic contracts'], ...lines);

describe('a family name no list holds, of more than one syllable, before a Kinh middle name', () => {
  it('reads "Pinăng Văn Hùng" after the body of his title as his name, not part of the body, and his name without marks as his', () => {
    expect(peopleOf('Attending the training, Deputy Director of the Khánh Hòa Department of Justice Pinăng Văn Hùng said the department '
      + 'would add electronic notarisation to its inspection plan.', 'Mr Hùng asked notary offices to keep electronic files.',
      'Deputy Director Pinang Van Hung at the training. Photo: Tháp Chàm News'))
      .toEqual(['Pinăng Văn Hùng: Deputy Director of the Khánh Hòa Department of Justice']);
  });

  it('keeps a body\'s name whole when no middle name follows its last word', () => {
    expect(peopleOf('The Khánh Hòa Department of Justice Inspectorate will check electronic files every year.', 'Notaries welcomed it.'))
      .toEqual([]);
  });
});

describe('a judge\'s grade before a name', () => {
  it('reads "Senior Judge" as a grade, not a post, when the sentence opens with it', () => {
    expect(peopleOf('Senior Judge Phạm Quốc Nghiêm, Chief Justice of the Phú Thọ Provincial People\'s Court, said online filing would start.',
      'Lawyers welcomed it.')).toEqual(['Phạm Quốc Nghiêm: Chief Justice of the Phú Thọ Provincial People\'s Court']);
  });
});

import { describe, expect, it } from 'vitest';
import { personParser } from '../../../src/pipeline/extract/person-parser.ts';
import { parseWith, people as all } from './helpers.ts';

/** The people of three words or more found: the parser's shorter candidates (a place, "Opening") are dropped by later stages. */
const people = (found: Parameters<typeof all>[0]) => all(found).filter((p) => /^[^:\s]+\s[^:\s]+\s[^:]+:/u.test(p));

describe('a bare title with its body after a comma, as a programme or a caption prints it', () => {
  it('holds the title at the body that closes the apposition, with "the" before a committee, a department or an institute', () => {
    expect(people(parseWith(personParser, '08:30 | Opening remarks | Mr Lê Văn Khải, Chairman, Trà Vinh Provincial People\'s Committee')))
      .toEqual(['Lê Văn Khải: Chairman of the Trà Vinh Provincial People\'s Committee']);
    expect(people(parseWith(personParser, 'Moderator: Dr Đào Thị Mai, Rector, Cửu Long University of Economics. Panellists follow.')))
      .toEqual(['Đào Thị Mai: Rector of Cửu Long University of Economics']);
    expect(people(parseWith(personParser, 'SOT – Võ Thị Hằng, Director, Tây Ninh Department of Science and Technology: "We are ready."')))
      .toEqual(['Võ Thị Hằng: Director of the Tây Ninh Department of Science and Technology']);
    expect(people(parseWith(personParser, 'Jury: Mr Tạ Minh Khoa, Editor-in-chief, Delta Today; Ms Lâm Bích Ngọc, CEO, RiceLink.')))
      .toEqual(['Tạ Minh Khoa: Editor-in-chief of Delta Today', 'Lâm Bích Ngọc: CEO of RiceLink']);
  });

  it('takes no place alone and no person for the body', () => {
    expect(people(parseWith(personParser, 'Mr Lê Văn Khải, Chairman, Trà Vinh.'))).toEqual(['Lê Văn Khải: Chairman']);
  });

  it('reads no person in a contact line, however the contact is labelled', () => {
    expect(people(parseWith(personParser, 'Contact the organising committee: Ms Phan Thị Thu, +84 270 3 845 000, forum@example.vn'))).toEqual([]);
  });
});

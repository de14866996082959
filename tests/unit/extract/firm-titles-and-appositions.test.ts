import { describe, expect, it } from 'vitest';
import { personParser } from '../../../src/pipeline/extract/person-parser.ts';
import { parseWith, people } from './helpers.ts';

describe('titles of firms, relative clauses, honorifics before the next name, and appositions of agents', () => {
  it('reads titles of firms, capitalised or not, with the firm after "of" or "at"', () => {
    expect(people(parseWith(personParser, 'Tran Bao Ngoc, founder of AgriLens, thanked the judges.'))).toEqual(['Tran Bao Ngoc: founder of AgriLens']);
    expect(people(parseWith(personParser, 'Choi Min-jun, managing partner at Red River Capital and head of the judging panel, announced the winners.')))
      .toEqual(['Choi Min-jun: managing partner at Red River Capital / head of the judging panel']);
    expect(people(parseWith(personParser, 'Vo Hai Dang, Deputy General Director of Mekong Telecom, said the cables were laid.')))
      .toEqual(['Vo Hai Dang: Deputy General Director of Mekong Telecom']);
  });

  it('reads a former lower-case title, then the present one after "and now", past another apposition', () => {
    const found = parseWith(personParser, 'Le Quang Phu, a former head of the zone\'s Planning Division and now General Director of '
      + 'Delta Parts, a maker of moulds, said suppliers were ready.');
    expect(people(found)).toEqual(['Le Quang Phu: General Director of Delta Parts']);
  });

  it('reads a title a relative clause gives ("who is also the Government spokesperson"), not a past one', () => {
    expect(people(parseWith(personParser, 'Minister Dao Van Tien, who is also the Government spokesperson, answered first.')))
      .toEqual(['Dao Van Tien: Minister / Government spokesperson']);
    expect(people(parseWith(personParser, 'Pham Thu Ha, who was Director of the Institute of Physics, spoke next.')))
      .toEqual(['Pham Thu Ha: ']);
  });

  it('ends a title at an honorific before the next name, and gives it to the name before', () => {
    expect(people(parseWith(personParser, 'Also attending were Do Thi Lan, Standing Deputy Secretary of the Provincial Party Committee, and Mr. Ha Van '
      + 'Hung, Chairman of the Provincial People\'s Committee.')))
      .toEqual(['Do Thi Lan: Standing Deputy Secretary of the Provincial Party Committee', 'Ha Van Hung: Chairman of the Provincial People\'s Committee']);
  });

  it('gives the titles joined by "and" right before the next name to that name, not to the name before', () => {
    expect(people(parseWith(personParser, 'The conference was chaired by Vice Chairman of the Provincial People\'s Committee Ma Văn Thuận, Director of '
      + 'the Statistics Office and Deputy Head of the Census Steering Committee Sầm Văn Phúc, who said the forms were ready.')))
      .toEqual(['Ma Văn Thuận: Vice Chairman of the Provincial People\'s Committee',
        'Sầm Văn Phúc: Director of the Statistics Office / Deputy Head of the Census Steering Committee']);
    // (A title set off by a comma before "and" is still the first name's.)
    expect(people(parseWith(personParser, 'Attending were Ma Văn Thuận, Director of the Statistics Office, and Deputy Head of the Census Steering '
      + 'Committee Sầm Văn Phúc.')))
      .toEqual(['Ma Văn Thuận: Director of the Statistics Office', 'Sầm Văn Phúc: Deputy Head of the Census Steering Committee']);
  });

  it('takes an apposition of an agent at a body as a sign of a person, without a title', () => {
    const [found] = parseWith(personParser, 'Trinh Bao Long, a former lecturer at the Hue University of Sciences, questioned the figures.');
    expect([found?.name, found?.roles, found?.certain]).toEqual(['Trinh Bao Long', [], true]);
  });

  it('reads rarer family names and the Vietnamese signer label of legal-database pages', () => {
    expect(people(parseWith(personParser, 'Phó Đức Hạnh, Deputy General Director of Viettel Group, said the centre would open.')))
      .toEqual(['Phó Đức Hạnh: Deputy General Director of Viettel Group']);
    const [signer] = parseWith(personParser, 'Nơi ban hành: Thủ tướng Chính phủ    Người ký: Tôn Thất Minh');
    expect([signer?.name, signer?.certain]).toEqual(['Tôn Thất Minh', true]);
  });
});

describe('titles of institutes and agencies after a name, and Assembly deputies', () => {
  it('reads a lower-case title of an institute, an agency or a university', () => {
    expect(people(parseWith(personParser, 'Dr. Le Minh Tuan, director of the Institute of Information Technology, said the lab was ready.')))
      .toEqual(['Le Minh Tuan: director of the Institute of Information Technology']);
    expect(people(parseWith(personParser, 'Ho Thi Nga, deputy head of the National Innovation Agency, opened the session.')))
      .toEqual(['Ho Thi Nga: deputy head of the National Innovation Agency']);
  });

  it('takes "Deputy" or "deputy" alone before a name as an Assembly deputy: a person, without a title', () => {
    const found = parseWith(personParser, 'Deputy Lo Thi Viet Ha of the Dien Bien delegation asked about the fund.');
    expect(found.filter((m) => m.certain).map((m) => [m.name, m.roles])).toEqual([['Lo Thi Viet Ha', []]]);
  });
});

describe('titles given as a predicate, and partners and lecturers', () => {
  it('reads "is now …" and "to hold the post of …" as the title a person holds', () => {
    expect(people(parseWith(personParser, 'Her predecessor, Tran Quoc Dung, former Secretary of the Provincial Party Committee, is now Deputy Head '
      + 'of the Central Economic Commission.'))).toEqual(['Tran Quoc Dung: Deputy Head of the Central Economic Commission']);
    expect(people(parseWith(personParser, 'The decision assigns Le Thi Thu, former Deputy Minister of Home Affairs, to hold the post of Secretary '
      + 'of the Provincial Party Committee.'))).toEqual(['Le Thi Thu: Secretary of the Provincial Party Committee']);
  });

  it('reads a partner at a firm and a lecturer at a university', () => {
    expect(people(parseWith(personParser, 'Vu Minh Khoa, a partner at VNL Law Firm and a former judge, asked for clear rules.')))
      .toEqual(['Vu Minh Khoa: partner at VNL Law Firm']);
    expect(people(parseWith(personParser, 'Dinh Thu Trang, a lecturer at Vinh University who leads the team, said the sensors work.')))
      .toEqual(['Dinh Thu Trang: lecturer at Vinh University']);
  });
});

describe('names of any shape after a title whose body ends in a body\'s noun', () => {
  it('reads a foreign name after "Minister of Foreign Affairs" or "Ambassador to Vietnam", not a word of the body', () => {
    expect(people(parseWith(personParser, 'The minister held talks with Latvian Minister of Foreign Affairs Janis Ozols, who is on a visit.')))
      .toEqual(['Janis Ozols: Minister of Foreign Affairs']);
    expect(people(parseWith(personParser, 'Finnish Ambassador to Vietnam Kaisa Virtanen said the embassy would open an office.')))
      .toEqual(['Kaisa Virtanen: Ambassador to Vietnam']);
  });
});

import { describe, expect, it } from 'vitest';
import { personParser } from '../../../src/pipeline/extract/person-parser.ts';
import { parseWith, people } from './helpers.ts';

describe('titles joined by "and", and long titles with a body', () => {
  it('reads two titles joined by "and" as two roles, and stops at plural titles of other people', () => {
    const text = "Also attending were Ho Thi Kim Oanh, Deputy Secretary of the Provincial Party Committee and Chairwoman of the Provincial People's Committee, and members of the Standing Board.";
    expect(people(parseWith(personParser, text))).toEqual([
      "Ho Thi Kim Oanh: Deputy Secretary of the Provincial Party Committee / Chairwoman of the Provincial People's Committee",
    ]);
  });

  it('reads two titles joined by "and" before a name', () => {
    expect(people(parseWith(personParser, 'Secretary of the Party Committee and Chairman of the Council Le Van Ba spoke.')))
      .toEqual(['Le Van Ba: Secretary of the Party Committee / Chairman of the Council']);
  });

  it("keeps a body's possessive and a list of fields inside one title", () => {
    const text = "Chairman of the National Assembly's Committee for Science, Technology and Environment Le Quang Tuyen said the board had added a chapter.";
    expect(people(parseWith(personParser, text))).toEqual(["Le Quang Tuyen: Chairman of the National Assembly's Committee for Science, Technology and Environment"]);
  });

  it('keeps a locality adjective inside a title', () => {
    expect(people(parseWith(personParser, 'Director of the provincial Department of Health Le Van Thuan said two hospitals were late.')))
      .toEqual(['Le Van Thuan: Director of the provincial Department of Health']);
  });
});

describe('a title written in lower case after a name', () => {
  it('is read whole, with the fields of its body', () => {
    const text = "The conference was chaired by Nguyen Thi Hoai Phuong, Vice Chairwoman of the Provincial People's Committee and head of the provincial steering committee for science, technology, innovation, digital transformation and Project 06.";
    expect(people(parseWith(personParser, text))).toEqual([
      "Nguyen Thi Hoai Phuong: Vice Chairwoman of the Provincial People's Committee / head of the provincial steering committee for science, technology, innovation, digital transformation and Project 06",
    ]);
  });
});

describe('a title whose body is qualified by its province', () => {
  it('keeps the place noun the province is named with', () => {
    expect(people(parseWith(personParser, 'Secretary of the Party Committee of Quang Ninh province Nguyen Xuan Ky attended.')))
      .toEqual(['Nguyen Xuan Ky: Secretary of the Party Committee of Quang Ninh province']);
  });

  it("keeps a firm's local unit named by its place, with the firm when the text names it", () => {
    const text = 'At the meeting, Hồ Văn Lực, Director of the Tây Ninh branch of Phương Nam Logistics, promised 20 new depots. '
      + 'Đinh Thị Mơ, head of the Huế office, said the same.';
    expect(people(parseWith(personParser, text)))
      .toEqual(['Hồ Văn Lực: Director of the Tây Ninh branch of Phương Nam Logistics', 'Đinh Thị Mơ: head of the Huế office']);
  });
});

describe('titles before a name that are not all the name\'s', () => {
  it('leaves out a title a preposition takes with its article ("Authorised by the Prime Minister, Minister of …")', () => {
    expect(people(parseWith(personParser, 'Authorised by the Prime Minister, Minister of Finance Đào Văn Khải presented the report.')))
      .toEqual(['Đào Văn Khải: Minister of Finance']);
    // Without the article, the titles open a chain of the name's own.
    expect(people(parseWith(personParser, 'The session was chaired by Politburo member, Secretary of the Party Central Committee Hà Thu Vân.')))
      .toEqual(['Hà Thu Vân: Politburo member / Secretary of the Party Central Committee']);
  });

  it('keeps "and Justice" inside a committee\'s name', () => {
    expect(people(parseWith(personParser, 'Chairman of the Committee on Law and Justice Mạc Văn Đạt asked for a cap.')))
      .toEqual(['Mạc Văn Đạt: Chairman of the Committee on Law and Justice']);
  });
});

describe('posts given in an election', () => {
  it('reads "with X as Secretary of …" and a plural predicate shared by two names joined by "and"', () => {
    expect(people(parseWith(personParser, 'The new committee elected its Standing Board, with Hà Minh Châu as Secretary of the Provincial Party Committee.')))
      .toEqual(['Hà Minh Châu: Secretary of the Provincial Party Committee']);
    const text = 'Lò Văn Sơn, Chairman of the Provincial People\'s Committee, and Đinh Thị Hoa were elected Deputy Secretaries of the Provincial Party Committee.';
    expect(people(parseWith(personParser, text))).toEqual([
      'Lò Văn Sơn: Chairman of the Provincial People\'s Committee / Deputy Secretary of the Provincial Party Committee',
      'Đinh Thị Hoa: Deputy Secretary of the Provincial Party Committee',
    ]);
  });
});

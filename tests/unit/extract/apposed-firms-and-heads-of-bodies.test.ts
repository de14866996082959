import { describe, expect, it } from 'vitest';
import { findNames } from '../../../src/pipeline/extract/names.ts';
import { organizationParser } from '../../../src/pipeline/extract/organization-parser.ts';
import { extractFrom, parseWith, people } from './helpers.ts';

const orgs = (text: string) => parseWith(organizationParser, text).map((m) => m.name);

describe('words that could be a person\'s name, before an acronym or made an adjective', () => {
  it('reads no person in "Trần Gia AI JSC", and the officer\'s title keeps the whole firm', () => {
    expect(findNames('Đỗ Thị Kim Oanh, CEO of Trần Gia AI JSC, said the firm would hire.', () => false).map((n) => n.text)).toEqual(['Đỗ Thị Kim Oanh']);
    expect(people(extractFrom('Đỗ Thị Kim Oanh, CEO of Trần Gia AI JSC, said the firm would hire 40 engineers.')))
      .toEqual(['Đỗ Thị Kim Oanh: CEO of Trần Gia AI JSC']);
  });

  it('reads no person in a place made an adjective by a hyphen ("Đà Nẵng-based"), but a Korean given name whole', () => {
    expect(findNames('A Đà Nẵng-based firm hired Choi Dong-wook.', () => false).map((n) => n.text)).toEqual(['Choi Dong-wook']);
  });
});

describe('a firm or school the text names in apposition by its kind', () => {
  it('reads "X, a … design house with …", "X, a start-up founded in …" as organizations', () => {
    expect(orgs('Buyers include NamChip, a Đà Nẵng-based design house with 120 engineers.')).toEqual(['NamChip']);
    expect(orgs('The prize went to Kestrel Vision, a start-up founded in 2023 by two engineers.')).toEqual(['Kestrel Vision']);
  });

  it('reads no person, place or title so described', () => {
    expect(orgs('Trần Văn Lộc, a start-up founder, and Hải Phòng, a port city, were praised.')).toEqual([]);
    expect(orgs('Dr Lò Thị Mai, a senior researcher at the institute, said so.')).toEqual([]);
  });

  it('gives "Its chief executive, X" and "Its president, Dr Y" the body named in the sentence before', () => {
    expect(people(extractFrom('Orders went to NamChip, a Đà Nẵng-based design house. Its chief executive, Hà Quang Vinh, said output would double.')))
      .toEqual(['Hà Quang Vinh: chief executive of NamChip']);
    expect(people(extractFrom('The city signed an agreement with Japan\'s Kansai Polytechnic. Its president, Dr Sato Kenji, said 20 teachers would come.')))
      .toEqual(['Sato Kenji: president of Kansai Polytechnic']);
  });
});

describe('a country in the possessive before a body\'s name', () => {
  it('is no part of the name, unless the body is of people or the possessor is a body', () => {
    expect(orgs('Japan\'s Kansai Polytechnic signed. So did Vietnam\'s National Innovation Centre.')).toEqual(['Kansai Polytechnic', 'National Innovation Centre']);
    expect(orgs('The Vietnam Women’s Union met.')).toEqual(['Vietnam Women’s Union']);
    expect(orgs('The National Assembly\'s Committee on Social Affairs met.')).toContain('National Assembly\'s Committee on Social Affairs');
  });
});

describe('signers', () => {
  it('reads a letter\'s signer under its closing, with the title printed under the name', () => {
    expect(people(extractFrom('Dear members,', 'We will share the results at the meeting.', 'Warm regards,', 'Ingrid Solberg',
      'Chairwoman, Vietnam–Baltic Chamber of Commerce'))).toEqual(['Ingrid Solberg: Chairwoman of the Vietnam–Baltic Chamber of Commerce']);
  });

  it('reads the signer of a letter that opens "Dear …," under its last sentence, with no closing, and a title of a unit, then its firm', () => {
    expect(people(extractFrom('A WORD FROM OUR CHAIRMAN', 'Dear partners,', 'Our first tenants started production in March.',
      'We look forward to welcoming you.', 'Đỗ Minh Khang', 'Chairman of the Board of Directors, Sông Đà Industrial Parks Joint Stock Company')))
      .toEqual(['Đỗ Minh Khang: Chairman of the Board of Directors of Sông Đà Industrial Parks Joint Stock Company']);
    // (A name alone under a paragraph of a text with no salutation takes no title from the line under it.)
    expect(people(extractFrom('The park opened in March.', 'Trần Văn Nam', 'Director of Investment, Sông Đà Group'))).toEqual(['Trần Văn Nam: ']);
    expect(people(extractFrom('Lưu Thị Hằng, Director of Investment Promotion, Sông Đà Industrial Parks Joint Stock Company, said the park '
      + 'had 14 tenants.')))
      .toEqual(['Lưu Thị Hằng: Director of Investment Promotion of Sông Đà Industrial Parks Joint Stock Company']);
  });

  it('reads a procuracy\'s and a school\'s signature blocks, past academic honorifics before the name', () => {
    expect(people(extractFrom('The case file has been sent to the court.', 'FOR THE CHIEF PROSECUTOR', 'DEPUTY CHIEF PROSECUTOR', '(signed)',
      'Đặng Thị Mai'))).toEqual(['Đặng Thị Mai: Deputy Chief Prosecutor']);
    expect(people(extractFrom('The quotas apply to the 2028 intake.', 'FOR THE RECTOR', 'VICE RECTOR', '(signed and sealed)',
      'Assoc. Prof. Dr. Lưu Quang Huy'))).toEqual(['Lưu Quang Huy: Vice Rector']);
  });

  it('reads a diplomat below an ambassador by title', () => {
    expect(people(extractFrom('Astrid Nygaard, Counsellor for Innovation at the Embassy of Norway, spoke about tax credits.')))
      .toEqual(['Astrid Nygaard: Counsellor for Innovation at the Embassy of Norway']);
  });
});

describe('a firm whose name joins fields of business with "and"', () => {
  it('keeps the name whole ("Water Supply and Drainage Joint Stock Company"), but not two firms joined by "and"', () => {
    expect(orgs('General Director of Cà Mau Water Supply and Drainage Joint Stock Company Lê Văn Tư spoke.'))
      .toContain('Cà Mau Water Supply and Drainage Joint Stock Company');
    expect(orgs('Sài Gòn Trading and Services JSC opened a depot.')).toContain('Sài Gòn Trading and Services JSC');
    expect(orgs('Contracts went to Viettel and FPT Telecom JSC.')).not.toContain('Viettel and FPT Telecom JSC');
  });
});

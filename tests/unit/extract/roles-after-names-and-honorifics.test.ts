import { describe, expect, it } from 'vitest';
import { personParser } from '../../../src/pipeline/extract/person-parser.ts';
import { parseWith, people } from './helpers.ts';
import { dated, timelineOf } from '../events/helpers.ts';

describe('titles after a name, honorifics between, and hyphenated given names', () => {
  it('reads a lower-case title whose body is capitalised, up to the verb after it', () => {
    expect(people(parseWith(personParser, 'Secretary of the Ward Party Committee Lo Van Quy, head of the Steering Committee, opened the meeting.')))
      .toEqual(['Lo Van Quy: Secretary of the Ward Party Committee / head of the Steering Committee']);
  });

  it('reads a table\'s row of a name and a post as a person with that title, the post ending with its cell', () => {
    expect(people(parseWith(personParser, 'Vàng Văn Hải | Chairman of the Lai Châu Provincial People\'s Committee | 38 | 9 | 0')))
      .toEqual(['Vàng Văn Hải: Chairman of the Lai Châu Provincial People\'s Committee']);
    expect(people(parseWith(personParser, 'Giàng A Dính | Director of the Lai Châu Department of Finance | 22 | 20 | 5')))
      .toEqual(['Giàng A Dính: Director of the Lai Châu Department of Finance']);
  });

  it('reads a title up to the body it is under', () => {
    expect(people(parseWith(personParser, 'Also present was Dang Thi Hoa, deputy head of the Data Division under the provincial Department of Finance.')))
      .toEqual(['Dang Thi Hoa: deputy head of the Data Division']);
  });

  it("reads no person in a body's name after a title, whatever head noun ends it ('… of the Vietnam Fishers Alliance')", () => {
    expect(people(parseWith(personParser, 'Triệu Văn Khánh, Chairman of the Vietnam Fishers Alliance, said the alliance would help.')))
      .toEqual(['Triệu Văn Khánh: Chairman of the Vietnam Fishers Alliance']);
    expect(people(parseWith(personParser, 'Chief Inspector of the Coastal Seafood Inspectorate Mai Thị Hoa signed the notice.')))
      .toEqual(['Mai Thị Hoa: Chief Inspector of the Coastal Seafood Inspectorate']);
  });

  it('reads a title before academic honorifics and a name', () => {
    expect(people(parseWith(personParser, 'Speaking at the opening, Rector Assoc. Prof. Dr. Vu Ngoc Lan thanked the sponsors.')))
      .toEqual(['Vu Ngoc Lan: Rector']);
  });

  it('reads a Korean name whose family name is also a Vietnamese one, with its title in apposition ("Kim Jae-won, President of …")', () => {
    expect(people(parseWith(personParser, 'The delegation was led by Kim Jae-won, President of Daejeon Technopark.')))
      .toEqual(['Kim Jae-won: President of Daejeon Technopark']);
  });

  it('keeps a hyphenated given name whole', () => {
    expect(people(parseWith(personParser, 'The delegation was led by Mayor Lee Jae-hoon of the partner city.')).map((p) => p.split(':')[0]))
      .toEqual(['Lee Jae-hoon']);
  });

  it('reads "a former …" as a past title, so the name is a person, and the present title after "and now"', () => {
    const found = parseWith(personParser, 'Ha Minh Chau, a former Director of the Provincial Department of Finance and now chairman of the provincial Union of Cooperatives, spoke first.');
    expect(people(found)).toEqual(['Ha Minh Chau: chairman of the provincial Union of Cooperatives']);
    expect(found[0]!.certain).toBe(true);
  });

  it('finds a Korean name by its shape, without a title before it, and not a hyphenated name of a thing', () => {
    expect(people(parseWith(personParser, 'Yoon Se-ra, a partner at a Seoul fund, praised the teams.')).map((p) => p.split(':')[0])).toEqual(['Yoon Se-ra']);
    expect(people(parseWith(personParser, 'The Hue Start-up Challenge opened on Friday.'))).toEqual([]);
  });
});

describe('a body\'s parent after a comma', () => {
  it('ends the title at the body, not at its parent ministry ("…, Ministry of Agriculture and Environment")', () => {
    expect(people(parseWith(personParser, 'Dr. Trịnh Văn Hòa, Deputy Director of the Department of Crop Production, Ministry of Agriculture and Environment, spoke first.')))
      .toEqual(['Trịnh Văn Hòa: Deputy Director of the Department of Crop Production']);
  });

  it('keeps a list of names in a body\'s name whole ("Department of Science, Technology and Environment")', () => {
    expect(people(parseWith(personParser, 'Mr. Lâm Quốc Bảo, Director of the Department of Science, Technology and Environment, spoke next.')))
      .toEqual(['Lâm Quốc Bảo: Director of the Department of Science, Technology and Environment']);
  });
});

describe('a head of a field at a firm', () => {
  it('reads "head of Southeast Asia equity research at Lam Viet Securities" whole, not "head of Southeast Asia"', () => {
    expect(people(parseWith(personParser, '"Margins will narrow," said Lê Minh Triết, head of Southeast Asia equity research at Lam Viet Securities.')))
      .toEqual(['Lê Minh Triết: head of Southeast Asia equity research at Lam Viet Securities']);
  });
});

describe('an agency\'s office named by its acronym and country', () => {
  it('reads "KOICA Laos Country Director" before a name as written', () => {
    expect(people(parseWith(personParser, 'Attending were provincial leaders and KOICA Laos Country Director Phạm Thị Hạnh.')))
      .toEqual(['Phạm Thị Hạnh: KOICA Laos Country Director']);
  });
});

describe('people named with an age or as a school\'s principal', () => {
  it('keeps "Lê Thị Hoa, 68, a retired teacher from …" as a person, and "principal of" as a role', () => {
    const built = timelineOf({ 'seeds/a.txt': dated('10/01/2026', 'Lê Thị Hoa, 68, a retired teacher from Hải Châu ward, paid her first bill online.') });
    expect(built.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Lê Thị Hoa']);
    expect(people(parseWith(personParser, 'Trần Văn Khôi, principal of Nguyễn Du High School, welcomed the plan.')))
      .toEqual(['Trần Văn Khôi: principal of Nguyễn Du High School']);
  });

  it('reads a deputy "in charge of" a body, and a board\'s ministry after it, as part of the title', () => {
    expect(people(parseWith(personParser, 'Presenting the report, Hà Thị Lan, Deputy Director in charge of the Bắc Ninh Department of '
      + 'Finance, said the plan was on track.'))).toEqual(['Hà Thị Lan: Deputy Director in charge of the Bắc Ninh Department of Finance']);
    expect(people(parseWith(personParser, 'Attending as a guest, Vũ Văn Khải, Deputy Head of the Central Emulation and Commendation Board '
      + 'under the Ministry of Home Affairs, praised the province.')))
      .toEqual(['Vũ Văn Khải: Deputy Head of the Central Emulation and Commendation Board under the Ministry of Home Affairs']);
    // (An administration under a ministry, the title before the name or after it.)
    const held = 'Deputy Director of the Vietnam Maritime and Inland Waterway Administration under the Ministry of Construction';
    expect(people(parseWith(personParser, `${held} Tạ Quang Huy told the dialogue that other ports would follow.`))).toEqual([`Tạ Quang Huy: ${held}`]);
    expect(people(parseWith(personParser, `Tạ Quang Huy, ${held}, said other ports would follow.`))).toEqual([`Tạ Quang Huy: ${held}`]);
    // (And an office under a ministry.)
    const office = 'Deputy Director of the National Statistics Office under the Ministry of Finance';
    expect(people(parseWith(personParser, `Attending the conference, ${office} Lê Thu Trang said it.`))).toEqual([`Lê Thu Trang: ${office}`]);
  });
});

describe('a bare title in the text, the whole title in the document\'s title', () => {
  it('gives the person the whole title the document\'s title writes', () => {
    const { entities } = timelineOf({ 'seeds/a.txt': ['Full text of the speech by Minister of Home Affairs Đào Minh Tâm at the Huế Digital Government Forum',
      'Ngày đăng: 2029-06-05 11:20', 'This morning, the Huế City People\'s Committee held the forum. The portal publishes the full text of the speech '
        + 'by Minister Đào Minh Tâm.', 'Dear delegates, it is a pleasure to be in Huế.'].join('\n\n') });
    const tam = entities.find((e) => e.name === 'Đào Minh Tâm');
    expect(tam?.type === 'person' ? tam.roles.map((r) => r.title) : []).toEqual(['Minister of Home Affairs']);
  });
});

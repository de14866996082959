import { describe, expect, it } from 'vitest';
import { personParser } from '../../../src/pipeline/extract/person-parser.ts';
import { parseWith, people } from './helpers.ts';

describe('past and acting titles', () => {
  it('keeps "Acting Minister of …" as written', () => {
    expect(people(parseWith(personParser, 'Acting Minister of Science and Technology Nguyen Hai Dang chaired the conference.')))
      .toEqual(['Nguyen Hai Dang: Acting Minister of Science and Technology']);
  });

  it('does not give a "former" title as a role, but still knows the name is a person', () => {
    const found = parseWith(personParser, 'It was attended by former Minister of Information and Communications Do Van Khiem.');
    expect(people(found)).toEqual(['Do Van Khiem: ']);
    expect(found[0]!.certain).toBe(true);
  });

  it('keeps the present title after "former … and now …"', () => {
    const text = 'Nguyen Huu Tam, former Minister of Science and Technology and now President of the Vietnam Union of Science and Technology Associations, called for a fund.';
    expect(people(parseWith(personParser, text))).toEqual(['Nguyen Huu Tam: President of the Vietnam Union of Science and Technology Associations']);
  });
});

describe('where a title in apposition ends', () => {
  it('ends it before the sentence\'s verb and its object: "…, Director of the … Department of Science and Technology, presented the Plan"', () => {
    expect(people(parseWith(personParser, 'Hà Văn Tuấn, Director of the Sơn La Department of Science and Technology, presented the Plan and '
      + 'its 30 tasks.'))).toEqual(['Hà Văn Tuấn: Director of the Sơn La Department of Science and Technology']);
  });

  it('keeps the ministry a department is under, and the one a centre is under', () => {
    expect(people(parseWith(personParser, 'Lê Thị Thu, acting Director of the Department of Vocational Training under the Ministry of Home '
      + 'Affairs, said the course would be free.'))).toEqual(['Lê Thị Thu: acting Director of the Department of Vocational Training under the Ministry of Home Affairs']);
    expect(people(parseWith(personParser, 'Vũ Minh Khang, Director of the National Cyber Security Centre under the Ministry of Public Security, '
      + 'said the centre was ready.'))).toEqual(['Vũ Minh Khang: Director of the National Cyber Security Centre under the Ministry of Public Security']);
  });

  it('reads a firm named by its trade as no person: "Human Resources Director at Hòa Bình Electronics"', () => {
    expect(people(parseWith(personParser, 'Đỗ Quang Hải, Human Resources Director at Hòa Bình Electronics, a maker of circuit boards, said '
      + 'the firm would train its workers.'))).toEqual(['Đỗ Quang Hải: Human Resources Director at Hòa Bình Electronics']);
  });
});

describe('titles of firms and farms in apposition', () => {
  it('reads a title of two words in lower case: "…, chief accountant of the … Company"', () => {
    expect(people(parseWith(personParser, 'After the meeting, Lê Minh Khoa, chief accountant of the Cái Răng Seafood Export Company, said it saved time.')))
      .toEqual(['Lê Minh Khoa: chief accountant of the Cái Răng Seafood Export Company']);
  });

  it('keeps a body named by its place and a kind in lower case: "Director of the Tân Phú Đông orchid cooperative"', () => {
    expect(people(parseWith(personParser, 'Delegate Võ Thị Hồng Nhung, Director of the Tân Phú Đông orchid cooperative, proposed a higher target.')))
      .toEqual(['Võ Thị Hồng Nhung: Director of the Tân Phú Đông orchid cooperative']);
  });
});

describe('a title before "and" and other people', () => {
  it('ends at the body: "X, Director of the … Department of Health, and representatives of Y attended"', () => {
    expect(people(parseWith(personParser, 'Attending the ceremony were Hồ Văn Tâm, Director of the Kon Tum Department of Health, and representatives '
      + 'of Viettel Kon Tum.'))).toEqual(['Hồ Văn Tâm: Director of the Kon Tum Department of Health']);
  });
});

describe('a local body written before the title', () => {
  it('is the title\'s body: "Provincial Party Secretary X", "City People\'s Committee Chairman Y"', () => {
    expect(people(parseWith(personParser, 'Provincial Party Secretary Lò Văn Mừng chaired the meeting.')))
      .toEqual(['Lò Văn Mừng: Secretary of the Provincial Party Committee']);
    expect(people(parseWith(personParser, 'City People\'s Committee Chairman Đinh Quang Huy opened the forum.')))
      .toEqual(['Đinh Quang Huy: Chairman of the City People\'s Committee']);
  });
});

describe('a body in a title, and where it is', () => {
  it('keeps two lower-case words before a kind, and drops a listed place after the body', () => {
    expect(people(parseWith(personParser, 'Delegate Lê Thị Mỹ, Director of the Hòa Bình organic vegetable cooperative, asked for more.')))
      .toEqual(['Lê Thị Mỹ: Director of the Hòa Bình organic vegetable cooperative']);
    expect(people(parseWith(personParser, 'Hà Văn Lợi, Principal of Tuần Giáo High School in Điện Biên, said the pupils were ready.')))
      .toEqual(['Hà Văn Lợi: Principal of Tuần Giáo High School']);
  });
});

describe('a ministry\'s agency or department named before a name', () => {
  it('keeps the ministry it is under, a centre\'s too', () => {
    expect(people(parseWith(personParser, 'At the meeting, Deputy Director of the National Digital Transformation Agency under the Ministry of '
      + 'Science and Technology Lê Hoàng Phúc said the province was rising fast.')))
      .toEqual(['Lê Hoàng Phúc: Deputy Director of the National Digital Transformation Agency under the Ministry of Science and Technology']);
    expect(people(parseWith(personParser, 'Trần Văn Hùng, Director of the National Data Centre under the Ministry of Public Security, spoke.')))
      .toEqual(['Trần Văn Hùng: Director of the National Data Centre under the Ministry of Public Security']);
  });

  it('keeps the ministry of a ministry\'s institute or authority, and a ministry named by a list of its fields', () => {
    expect(people(parseWith(personParser, 'The plan was reviewed by Cầm Thị Hoa, Deputy Director of the Institute of Forest Economics under the '
      + 'Ministry of Agriculture and Environment; and by two professors.')))
      .toEqual(['Cầm Thị Hoa: Deputy Director of the Institute of Forest Economics under the Ministry of Agriculture and Environment']);
    expect(people(parseWith(personParser, 'Guest of honour: Lò Văn Sinh, Director General of the Vietnam National Authority of Tourism under the '
      + 'Ministry of Culture, Sports and Tourism.')))
      .toEqual(['Lò Văn Sinh: Director General of the Vietnam National Authority of Tourism under the Ministry of Culture, Sports and Tourism']);
    expect(people(parseWith(personParser, 'As a guest, Đinh Thị Mai, Deputy Director of the Department of Creative Industries under the Ministry '
      + 'of Culture, Sports and Tourism, said the plan was bold.'))[0])
      .toBe('Đinh Thị Mai: Deputy Director of the Department of Creative Industries under the Ministry of Culture, Sports and Tourism');
    // (A comma after the ministry's name before another name is no list of its fields.)
    expect(people(parseWith(personParser, 'Hà Văn Nam, Director of the Department of Planning under the Ministry of Finance, Lê Văn Tâm and '
      + 'Trần Thu Hà attended.'))[0]).toBe('Hà Văn Nam: Director of the Department of Planning under the Ministry of Finance');
  });
});

describe('a committee\'s name with a dash set apart by blanks', () => {
  it('reads "Head of the Economic - Budget Committee of the Provincial People\'s Council" whole', () => {
    expect(people(parseWith(personParser, 'Lê Văn Kiên, Head of the Economic - Budget Committee of the Provincial People\'s Council, said the '
      + 'committee agreed.'))).toEqual(['Lê Văn Kiên: Head of the Economic - Budget Committee of the Provincial People\'s Council']);
  });

  it('reads one joined by an en dash alone ("Economic–Budget Committee") whole', () => {
    expect(people(parseWith(personParser, 'Lê Văn Kiên, Head of the Economic–Budget Committee of the Provincial People\'s Council, said the '
      + 'committee agreed.'))).toEqual(['Lê Văn Kiên: Head of the Economic–Budget Committee of the Provincial People\'s Council']);
  });
});

describe('a university\'s titles', () => {
  it('reads a dean of a faculty, after academic honorifics or before the name', () => {
    expect(people(parseWith(personParser, 'Supervisor: Assoc. Prof. Dr. Vì Văn Lâm, Dean of the Faculty of Agronomy of Hồng Đức University, and two '
      + 'lecturers.'))[0]).toBe('Vì Văn Lâm: Dean of the Faculty of Agronomy of Hồng Đức University');
    expect(people(parseWith(personParser, 'Vice Dean of the School of Law Đào Văn Hải opened the seminar.')))
      .toEqual(['Đào Văn Hải: Vice Dean of the School of Law']);
  });
});

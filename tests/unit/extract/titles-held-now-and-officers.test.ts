import { describe, expect, it } from 'vitest';
import { personParser } from '../../../src/pipeline/extract/person-parser.ts';
import { parseWith, people } from './helpers.ts';

const roles = (text: string) => people(parseWith(personParser, text));

describe('titles held now, officers of firms named by acronym, deputies and terms', () => {
  it('reads the title after "now" in an apposition that opens with a past one, not the past one', () => {
    expect(roles('Also present was Dr. Hoang Van Son, former Rector of Thai Binh University, now an adviser to the province on rice breeding.'))
      .toEqual(['Hoang Van Son: adviser to the province on rice breeding']);
    expect(roles('Dr. Ingrid Holm, a former lecturer at Lund University and now chief engineer of Bac Ha Robotics, will teach the course.'))
      .toEqual(['Ingrid Holm: chief engineer of Bac Ha Robotics']);
    expect(roles('Ly Van Phu, former head of Na Hang village, said the road was finished.')).toEqual(['Ly Van Phu: ']);
  });

  it('reads the titles of a donor\'s and a project\'s officers whole: "Country Representative", "Project Director"', () => {
    expect(roles('Country Representative of the Boreal Water Trust in Vietnam Astrid Lund said the wells were in use.'))
      .toEqual(['Astrid Lund: Country Representative of the Boreal Water Trust in Vietnam']);
    expect(roles('Project Director Lò Văn Sinh told the evaluators that the guides mattered most.')).toEqual(['Lò Văn Sinh: Project Director']);
  });

  it('reads an officer of a firm named by its acronym before the title, and a chief inspector "of the province"', () => {
    expect(roles('"We are ready," said MKT Chief Executive Officer Tran Minh Quan.')).toEqual(['Tran Minh Quan: Chief Executive Officer of MKT']);
    expect(roles('Chief Inspector of the province Vu Duc Long signed the conclusion.')).toEqual(['Vu Duc Long: Chief Inspector of the province']);
  });

  it('reads an Assembly deputy named by that title, and a Party secretary without the term of office', () => {
    expect(roles('National Assembly deputy Dinh Thi Hue (Lao Cai) asked about broadband.')).toEqual(['Dinh Thi Hue: National Assembly deputy']);
    expect(roles('Mai Van Tung was appointed Secretary of the Yen Bai Provincial Party Committee for the 2025-2030 term.'))
      .toEqual(['Mai Van Tung: Secretary of the Yen Bai Provincial Party Committee']);
  });

  it('reads a name of any shape with a title in apposition after it, and no name without one', () => {
    expect(roles('"People first," said Marta Kowalska, UNDP Resident Representative in Vietnam.'))
      .toEqual(['Marta Kowalska: UNDP Resident Representative in Vietnam']);
    expect(roles('Minister Dao Van Hai and Jonas Berg, Secretary General of the Swedish Ministry of Enterprise, signed the memorandum.'))
      .toEqual(['Dao Van Hai: Minister', 'Jonas Berg: Secretary General of the Swedish Ministry of Enterprise']);
    expect(roles('Song Da Robotics, a start-up from Hoa Binh, won the prize.')).toEqual([]);
  });
  it('reads "General" after "Director" as the title\'s own word, not a rank before the name', () => {
    expect(roles('Deputy Director General Kieu Thi Lam Oanh opened the workshop.')).toEqual(['Kieu Thi Lam Oanh: Deputy Director General']);
    expect(roles('Major General Hà Quang Vịnh inspected the post.')).toEqual(['Hà Quang Vịnh: ']);
  });
  it('reads a village\'s or a hamlet\'s own body after its kind as the title\'s body', () => {
    expect(roles('Secretary of the Pá Khoang hamlet Party cell Lầu A Dính said every house had a phone.'))
      .toEqual(['Lầu A Dính: Secretary of the Pá Khoang hamlet Party cell']);
    expect(roles('Mùa Thị Chua, Chairwoman of the Tà Xùa village Women\'s Union, said the class was full.'))
      .toEqual(['Mùa Thị Chua: Chairwoman of the Tà Xùa village Women\'s Union']);
  });
});


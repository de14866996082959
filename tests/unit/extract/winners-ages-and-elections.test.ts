import { describe, expect, it } from 'vitest';
import { personParser } from '../../../src/pipeline/extract/person-parser.ts';
import { parseWith, people } from './helpers.ts';

const roles = (text: string) => people(parseWith(personParser, text));
/** Names the parser is sure are people (a title, an honorific, or a person's act). */
const certain = (text: string) => parseWith(personParser, text).filter((m) => m.type === 'person' && m.via === 'name' && m.certain).map((m) => m.name);

describe('people named by what they do, their age, or an election', () => {
  it('takes both names of a coordinated subject as people, their asides in brackets set apart', () => {
    expect(certain('Two engineers, Lưu Thị Bích Ngọc (robotics) and Tạ Quang Vĩnh (drones), received the youth prizes.'))
      .toEqual(['Lưu Thị Bích Ngọc', 'Tạ Quang Vĩnh']);
    expect(certain('Lưu Thị Bích Ngọc and Tạ Quang Vĩnh received the youth prizes.')).toEqual(['Lưu Thị Bích Ngọc', 'Tạ Quang Vĩnh']);
  });

  it('does not take a name as a person when no act follows it', () => {
    expect(certain('The road named after Lưu Thị Bích Ngọc (a poet) runs to the port.')).toEqual([]);
  });

  it('reads a title after an age in apposition; a former title alone gives no role but a person', () => {
    expect(roles('Bạch Văn Tùng, 71, Director of the Institute of Marine Biology, opened the exhibition.'))
      .toEqual(['Bạch Văn Tùng: Director of the Institute of Marine Biology']);
    expect(certain('Bạch Văn Tùng, 88, former Director of the Institute of Marine Biology, donated his herbarium.')).toEqual(['Bạch Văn Tùng']);
  });

  it('reads a title a person was elected or re-elected to', () => {
    expect(roles('At its first session, Hồ Minh Trí was re-elected Secretary of the Kon Tum Provincial Party Committee.'))
      .toEqual(['Hồ Minh Trí: Secretary of the Kon Tum Provincial Party Committee']);
    expect(roles('Vi Thị Sen was elected Chairwoman of the provincial People\'s Council.'))
      .toEqual(['Vi Thị Sen: Chairwoman of the provincial People\'s Council']);
  });

  it('reads a family name with "Mc" and a science adviser\'s title', () => {
    expect(roles('They met Professor Fiona McTaggart, Chief Science Adviser to the Prime Minister of Ireland, in Dublin.'))
      .toEqual(['Fiona McTaggart: Chief Science Adviser to the Prime Minister of Ireland']);
  });
});

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

describe('people named with a relative clause, officers of accounts, contacts, constituencies, and names of places', () => {
  it('takes a name followed by ", who" as a person, and a chief accountant\'s title apart from the name', () => {
    expect(certain('He took over from Lò Văn Khánh, who retired in March.')).toEqual(['Lò Văn Khánh']);
    expect(roles('The board found that former Chief Accountant Vi Thị Mai was responsible.')).toEqual(['Vi Thị Mai: ']);
  });

  it('does not take a media contact for a person of the text', () => {
    expect(roles('Contact: Ms. Lò Thị Hạnh, Press Office, tel. 024 3943 0000.')).toEqual([]);
  });

  it('does not take an outlet\'s reporter, anchor or photographer named by that title for a person of the text', () => {
    expect(roles('Reporter Hoàng Lan Anh reports from Hà Nội.')).toEqual([]);
    expect(roles('Photographer Vũ Minh Đức took the pictures; phóng viên Lê Thu Hà wrote the story.')).toEqual([]);
    expect(roles('Director Hoàng Lan Anh reports to the minister.')).toEqual(['Hoàng Lan Anh: Director']);
  });

  it('does not take a reader who comments or asks, by the place in brackets and the colon after, for a person of the text', () => {
    expect(roles('Ms. Lê Thị Hồng (Phú Xuân ward) wrote: Please make the scans free for students.')).toEqual([]);
    expect(roles('Trần Văn Bình (Cầu Giấy ward, Hà Nội): Can my cooperative apply for the fund?')).toEqual([]);
    // (A deputy's constituency in brackets before the question is no reader's place.)
    expect(roles('Deputy Lê Thị Hồng (Huế City): I propose that the fund start in 2027.')).toEqual(['Lê Thị Hồng: ']);
  });

  it('reads the constituency of an Assembly deputy and the country of a country director', () => {
    expect(roles('Hà Văn Sơn, National Assembly deputy for Bắc Kạn, asked about broadband.'))
      .toEqual(['Hà Văn Sơn: National Assembly deputy for Bắc Kạn']);
    expect(roles('Maria Lindgren, Asian Bank Country Director for Vietnam, told the conference that spending was low.'))
      .toEqual(['Maria Lindgren: Asian Bank Country Director for Vietnam']);
  });
});

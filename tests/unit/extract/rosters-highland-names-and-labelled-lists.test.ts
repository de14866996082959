import { describe, expect, it } from 'vitest';
import { personParser } from '../../../src/pipeline/extract/person-parser.ts';
import { parseWith, people, peopleOfPage } from './helpers.ts';

const roles = (text: string) => people(parseWith(personParser, text));

/** The people a department's page gives (see peopleOfPage). */
const peopleOfDepartmentPage = (...lines: string[]) => peopleOfPage(
  ['ĐIỆN BIÊN DEPARTMENT OF HEALTH', 'Home | About us | News', '09/04/2030', 'About the Department'], ...lines);

describe('a department\'s roster of leaders and a page\'s lists of people', () => {
  it('reads a name and its title set apart by a dash, whatever the name\'s shape', () => {
    expect(roles('A Blưm – Deputy Director of the Điện Biên Department of Health. In charge of: village health workers.'))
      .toEqual(['A Blưm: Deputy Director of the Điện Biên Department of Health']);
    // (A dash after a capitalised run with no title after it names no one.)
    expect(roles('Mường Thanh – The valley grows rice and coffee.')).toEqual([]);
  });

  it('reads a title that opens a bracket and the name that closes it after a colon', () => {
    expect(peopleOfDepartmentPage('The Department has four units and 180 staff.',
      '- Inspectorate (Chief Inspector of the Điện Biên Department of Health: Lò Thị Xuân)',
      '- Điện Biên Centre for Disease Control (Director of the Điện Biên Centre for Disease Control: Y Khoa Niê)'))
      .toEqual(['Lò Thị Xuân: Chief Inspector of the Điện Biên Department of Health',
        'Y Khoa Niê: Director of the Điện Biên Centre for Disease Control']);
  });

  it('takes each name of a plural title\'s list, one per item after a semicolon, as a person with no title held now', () => {
    expect(peopleOfDepartmentPage('The Department has four units and 180 staff.',
      'Former directors: Quàng Văn Hặc (2025 – 2027); Tòng Thị Phóng (2027 – 2030).'))
      .toEqual(['Quàng Văn Hặc: ', 'Tòng Thị Phóng: ']);
    // (One word alone is a page's credit, not a title: "Reporters: X · Y".)
    expect(peopleOfDepartmentPage('The Department has four units and 180 staff.', 'Reporters: Hà Văn Tuấn · Lường Thị Hoa')).toEqual([]);
  });

  it('keeps a family name of the highlands whose words no list holds before the name a title is followed by', () => {
    expect(roles('The session was chaired by Vice Chairman of the Lâm Đồng Provincial People\'s Committee Kơ Să Ha Phi.'))
      .toEqual(['Kơ Să Ha Phi: Vice Chairman of the Lâm Đồng Provincial People\'s Committee']);
    // (Words of a body's name before a Vietnamese name stay the body's.)
    expect(roles('Director of Điện Biên General Hospital Lò Văn Mạnh said the ward was full.'))
      .toEqual(['Lò Văn Mạnh: Director of Điện Biên General Hospital']);
  });

  it('keeps the ministry a centre is under in its director\'s title, before the name or after it', () => {
    expect(roles('Director of the National Seed Testing Centre under the Ministry of Agriculture and Environment Hầu A Lềnh spoke first.'))
      .toEqual(['Hầu A Lềnh: Director of the National Seed Testing Centre under the Ministry of Agriculture and Environment']);
    expect(roles('Phạm Thu Trang, Director of the Cyber Incident Response Center under the Ministry of Public Security, said the drill was over.'))
      .toEqual(['Phạm Thu Trang: Director of the Cyber Incident Response Center under the Ministry of Public Security']);
  });

  it('takes a later mention by the name\'s last words and a shorter title as the same person', () => {
    expect(peopleOfDepartmentPage('The meeting was chaired by Vice Chairman of the Lâm Đồng Provincial People\'s Committee Kơ Să Ha Phi.',
      'Vice Chairman Ha Phi asked the departments to report by 30 April.'))
      .toEqual(['Kơ Să Ha Phi: Vice Chairman of the Lâm Đồng Provincial People\'s Committee']);
  });
});

import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/pipeline/extract/extract.ts';
import type { Block } from '../../../src/pipeline/types.ts';

/** The people of a text of paragraphs, with their roles. */
function people(...paragraphs: string[]): [string, string[]][] {
  let start = 0;
  const blocks = paragraphs.map((text, i) => {
    const block = { kind: 'paragraph', text, line: i * 2 + 1, start, end: start + text.length } as Block;
    start += text.length + 2;
    return block;
  });
  return extractMentions(blocks).filter((m) => m.type === 'person').map((m) => [m.name, m.roles ?? []]);
}

describe('a speaker captioned in a transcript', () => {
  it('reads a name in capitals with its titles before the colon, whatever the name\'s origin', () => {
    expect(people(
      '[07:02:05] LƯƠNG THỊ MAI, Vice Chairwoman of the Lạng Sơn Provincial People\'s Committee: The border gate will go digital next year.',
      '[07:02:40] KIM SO-YEON, CEO of Hanbit Logistics Vietnam: We will open a second warehouse.',
    )).toEqual([
      ['Lương Thị Mai', ['Vice Chairwoman of the Lạng Sơn Provincial People\'s Committee']],
      ['Kim So-yeon', ['CEO of Hanbit Logistics Vietnam']],
    ]);
  });

  it('reads a caption whose title in capitals comes first, before the name and a note in brackets, when the title names its body', () => {
    expect(people(
      '[09:12] DEPUTY CHAIRWOMAN OF THE NATIONAL ASSEMBLY PHÙNG THỊ LAN (chairing): We continue with the third group of questions.',
      '[09:14] MINISTER LÊ VĂN KHOA: Thank you.',
    )).toEqual([['Phùng Thị Lan', ['Deputy Chairwoman of the National Assembly']]]);
  });

  it('takes no credit for a person: "ANCHOR (Thu Trang):", "REPORTER:"', () => {
    expect(people('[07:00:04] ANCHOR (Thu Trang): Good morning.', '[07:01:10] REPORTER: The plant will make batteries.')).toEqual([]);
  });
});

describe('a title in capitals whose head is a noun of agent', () => {
  it('reads "Vietnam Country Manager of X" and "Chief Economist at X" after a name of any origin', () => {
    expect(people('Sofia Lindqvist, Vietnam Country Manager of Norrland Chips, said the plant would hire 900 people.')).toEqual([
      ['Sofia Lindqvist', ['Vietnam Country Manager of Norrland Chips']],
    ]);
    expect(people('"Skills come first," said Tomasz Wrona, Chief Economist at Baltic Harbour Capital.')).toEqual([
      ['Tomasz Wrona', ['Chief Economist at Baltic Harbour Capital']],
    ]);
  });
});

describe('names and posts', () => {
  it('reads the Tày family name Bế', () => {
    expect(people('The ceremony was attended by Deputy Minister of Finance Bế Văn Thuận.')).toEqual([['Bế Văn Thuận', ['Deputy Minister of Finance']]]);
  });

  it('reads a Khmer woman\'s name opened by "Néang", written with or without its marks', () => {
    expect(people('Attending as a guest, Néang Thị Sa Ry, Vice Chairwoman of the Sóc Trăng Provincial People\'s Committee, spoke.'))
      .toEqual([['Néang Thị Sa Ry', ['Vice Chairwoman of the Sóc Trăng Provincial People\'s Committee']]]);
    expect(people('Neang Thi Sa Ry spoke to the farmers.').map(([name]) => name)).toEqual(['Neang Thi Sa Ry']);
  });

  it('reads a Khmer family name of the Mekong, "Danh", after the body a title names, not as part of the body', () => {
    expect(people('The meeting was chaired by Chairman of the Kiên Giang Provincial People\'s Committee Danh Hoàng Thạnh.'))
      .toEqual([['Danh Hoàng Thạnh', ['Chairman of the Kiên Giang Provincial People\'s Committee']]]);
  });

  it('reads "Điểu", a Stiêng family name of the south-east, as written; not "Điều", an article of a law', () => {
    expect(people('Head of the Economic-Budget Committee of the Provincial People\'s Council Điểu Văn Lực said the draft went too far.'))
      .toEqual([['Điểu Văn Lực', ['Head of the Economic-Budget Committee of the Provincial People\'s Council']]]);
    expect(people('Điều Văn Lực said the draft went too far.').map(([name]) => name)).not.toContain('Điều Văn Lực');
  });

  it('reads a name whose family name no list holds by its shape, after a title whose body ends in an English word', () => {
    expect(people('Deputy Director of the National Statistics Office under the Ministry of Finance Mẫn Thị Thu Trang said it was ready.'))
      .toEqual([['Mẫn Thị Thu Trang', ['Deputy Director of the National Statistics Office under the Ministry of Finance']]]);
    expect(people('Director of the Telecommunications Authority under the Ministry of Science and Technology Viên Đức Mạnh said so.'))
      .toEqual([['Viên Đức Mạnh', ['Director of the Telecommunications Authority under the Ministry of Science and Technology']]]);
    // (Nor three before a place's noun.)
    expect(people('Head of the Office of Culture Phú Mỹ Hưng ward said so.').map(([name]) => name)).toEqual([]);
  });

  it('reads a firm\'s general manager, before the name or after it', () => {
    expect(people('General Manager of Hải Hà Logistics Joint Stock Company Hồ Văn Thịnh told the Times that waybills cut costs.'))
      .toEqual([['Hồ Văn Thịnh', ['General Manager of Hải Hà Logistics Joint Stock Company']]]);
    expect(people('Hồ Văn Thịnh, general manager of Hải Hà Logistics, told the Times that waybills cut costs.'))
      .toEqual([['Hồ Văn Thịnh', ['general manager of Hải Hà Logistics']]]);
  });

  it('gives the post an appointment names, after an honorific, not the one beside the name', () => {
    // ("The Prime Minister" is a title the office holders' list resolves.)
    expect(people('The Prime Minister has appointed Mr. Lục Văn Hòa, Director of the Cao Bằng Department of Finance, as Deputy Minister of Finance.')
      .filter(([name]) => name !== 'Prime Minister')).toEqual([['Lục Văn Hòa', ['Deputy Minister of Finance']]]);
  });
});

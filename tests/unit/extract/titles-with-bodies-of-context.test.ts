import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/pipeline/extract/extract.ts';
import type { Block } from '../../../src/pipeline/types.ts';

/** The people of a text of paragraphs (and its title), with their roles, once per name. */
function people(paragraphs: string[], title?: string): Record<string, string[]> {
  let start = 0;
  const blocks = paragraphs.map((text, i) => {
    const block = { kind: 'paragraph', text, line: i * 2 + 1, start, end: start + text.length } as Block;
    start += text.length + 2;
    return block;
  });
  const out: Record<string, string[]> = {};
  for (const m of extractMentions(blocks, undefined, undefined, undefined, title)) {
    if (m.type === 'person') out[m.name] = [...new Set([...(out[m.name] ?? []), ...(m.roles ?? [])])];
  }
  return out;
}

describe('a title whose body the text names by its kind', () => {
  it('takes the body the text named in full: "Vice Chairman of the Council", "Deputy Director of the provincial police"', () => {
    const found = people([
      'The Long An Provincial Police and the Provincial People\'s Council held a joint review on Friday of the rollout of chip-based identity cards.',
      'Vice Chairman of the Council Trương Minh Lộc said the council would question the department in December.',
      'Lieutenant Colonel Hà Thị Yến, Deputy Director of the provincial police, said 96 per cent of residents had been served.',
    ]);
    expect(found['Trương Minh Lộc']).toEqual(['Vice Chairman of the Provincial People\'s Council']);
    expect(found['Hà Thị Yến']).toEqual(['Deputy Director of the Long An Provincial Police']);
  });

  it('reads a kind before the title: "Board Chairman X" is the chairman of the board the text named', () => {
    const found = people([
      'The Management Board of the Saigon Innovation Fund met on Monday to approve 12 grants.',
      'Board Chairman Lâm Quốc Việt told the meeting that the fund would open a second call in March.',
    ]);
    expect(found['Lâm Quốc Việt']).toEqual(['Chairman of the Management Board of the Saigon Innovation Fund']);
  });

  it('takes the body the text is about, the first it names with those words, over one it names later', () => {
    const found = people([
      'The Bình Định Science Development Fund announced its first grants on Tuesday, after it signed an agreement with the National Technology Innovation Fund.',
      'Director of the Fund Tạ Văn Khiêm said eight projects had been chosen.',
    ]);
    expect(found['Tạ Văn Khiêm']).toEqual(['Director of the Bình Định Science Development Fund']);
  });

  it('drops the parent body a possessive names: "the National Assembly\'s Committee on X" gives "Committee on X"', () => {
    const found = people([
      'The National Assembly\'s Committee on Law and Justice on Thursday examined the draft law on digital signatures.',
      'Committee Chairman Mai Văn Tín said the draft was ready for a vote.',
    ]);
    expect(found['Mai Văn Tín']).toEqual(['Chairman of the Committee on Law and Justice']);
  });

  it('keeps the title as written when the text names no body of that kind', () => {
    const found = people(['Vice Chairman of the Council Trương Minh Lộc said the province would question the department in December.']);
    expect(found['Trương Minh Lộc']).toEqual(['Vice Chairman of the Council']);
  });
});

describe('a firm\'s officer named by title alone in a text about the firm', () => {
  const paragraphs = [
    'Shares of Song Han Robotics JSC, a Da Nang-based maker of warehouse robots, rose 7 per cent on their debut on Monday.',
    'The listing certificate was presented to chairman and founder Trần Quốc Bửu. "We want to be held to account," general director Lê Thị Mỹ Duyên told reporters.',
  ];

  it('gives the firm, as the title writes it, to "chairman", "founder" and "general director"', () => {
    const found = people(paragraphs, 'Song Han Robotics rises 7% on its market debut');
    expect(found['Trần Quốc Bửu']).toEqual(['chairman of Song Han Robotics', 'founder of Song Han Robotics']);
    expect(found['Lê Thị Mỹ Duyên']).toEqual(['general director of Song Han Robotics']);
  });

  it('gives none when the title names no firm', () => {
    const found = people(paragraphs, 'Robot makers draw investors to the exchange');
    expect(found['Lê Thị Mỹ Duyên']).toEqual(['general director']);
  });
});

describe('a post given by a decision and a pupil named by a noun of agent', () => {
  it('reads "X is assigned as <title>" as the title X now holds', () => {
    const found = people(['Under the decision, the outgoing secretary, Lương Văn Thuận, is assigned as Deputy Head of the Central Economic Commission.']);
    expect(found['Lương Văn Thuận']).toEqual(['Deputy Head of the Central Economic Commission']);
  });

  it('reads a noun of agent that opens with a number: "a 12th-grader at …"', () => {
    const found = people(['Đỗ Khánh Linh, a 12th-grader at the Lam Son High School for the Gifted, won the only gold medal.']);
    expect(found['Đỗ Khánh Linh']).toEqual(['12th-grader at the Lam Son High School for the Gifted']);
  });
});

describe('a firm named by the short name its lead defines', () => {
  it('gives its officers the firm as the title writes it, and reads "<coined or trade name> CEO X"', () => {
    const found = people([
      'Hà Nội, July 14, 2026 - Song Lam Telecommunications Group (SLTel) today reported revenue of VND9,400 billion for the half year.',
      '"The shift to digital services is paying off," said SLTel Chairman Đàm Quốc Khải.',
      'General Director Lý Thanh Bình said 5G now covered 70 per cent of the population.',
      'Sao Mai Cloud CEO Park Min-ho said the first joint service would open in January.',
    ], 'SLTel reports first-half revenue of VND9.4 trillion');
    expect(found['Đàm Quốc Khải']).toEqual(['Chairman of SLTel']);
    expect(found['Lý Thanh Bình']).toEqual(['General Director of SLTel']);
    expect(found['Park Min-ho']).toEqual(['CEO of Sao Mai Cloud']);
  });
});

describe('a foreign partner\'s officers and an envoy', () => {
  it('reads an envoy sent to a country, a body\'s name that runs into its officer\'s name, and "the institute\'s Vice President"', () => {
    const found = people([
      'Bình Định Province and the Hanbit Institute of Applied Science of the Republic of Korea signed a memorandum on Monday, in the presence of '
        + 'Ambassador of the Republic of Korea to Vietnam Yoon Min-seo.',
      'It was signed by Chairman of the Bình Định Provincial People\'s Committee Đặng Văn Khôi and President of the Hanbit Institute of Applied '
        + 'Science Lim Tae-hoon.',
      'The working group is co-chaired by the institute\'s Vice President Seo Ha-eun.',
    ]);
    expect(found).toEqual({
      'Yoon Min-seo': ['Ambassador of the Republic of Korea to Vietnam'],
      'Đặng Văn Khôi': ['Chairman of the Bình Định Provincial People\'s Committee'],
      'Lim Tae-hoon': ['President of the Hanbit Institute of Applied Science'],
      'Seo Ha-eun': ['Vice President of the Hanbit Institute of Applied Science'],
    });
  });
});

describe('a body the text gives a short name with "hereinafter"', () => {
  it('reads "the Committee" as the body so defined, not the first committee named, for a title and a deputy of its head', () => {
    const found = people([
      'At the request of the National Assembly Standing Committee, the Committee on Culture and Society (hereinafter "the Committee") has '
        + 'examined the draft law on digital libraries.',
      'A delegation of the Committee led by Vice Chairman Lò Thị Hoa visited three provinces in August.',
      'The Committee will submit its findings before the session. Chairman of the Committee Vương Đình Tùng signed the report.',
    ]);
    expect(found['Vương Đình Tùng']).toEqual(['Chairman of the Committee on Culture and Society']);
    expect(found['Lò Thị Hoa']).toEqual(['Vice Chairman of the Committee on Culture and Society']);
  });

  it('reads "hereinafter referred to as the Board" the same way, though another board is named first', () => {
    const found = people([
      'The Management Board of the Hoa Lac Hi-tech Park approved the audit plan on Friday.',
      'The Supervisory Board of Hanoi Digital Infrastructure JSC (hereinafter referred to as the Board) met on Monday.',
      'Head of the Board Trịnh Văn Cường said the audit would be published in May.',
    ]);
    expect(found['Trịnh Văn Cường']).toEqual(['Head of the Supervisory Board of Hanoi Digital Infrastructure JSC']);
  });
});

import { describe, expect, it } from 'vitest';
import { lawParser } from '../../../src/pipeline/extract/law-parser.ts';
import { parseWith } from './helpers.ts';

const found = (text: string) => parseWith(lawParser, text).map((m) => `${m.type}: ${m.name}`);

describe('names of laws and programmes by their grammar', () => {
  it('reads a list of coordinated capitalised fields as one law', () => {
    expect(found('The Law on Science, Technology and Innovation takes effect.')).toEqual(['law: Law on Science, Technology and Innovation']);
  });

  it('keeps a place whose first letter is no ASCII letter at the start of a name ("Đồng Nai", "Điện Biên")', () => {
    expect(found('The council approved the Đồng Nai Programme on Smart Industrial Parks for 2031–2035.'))
      .toEqual(['programme: Đồng Nai Programme on Smart Industrial Parks for 2031–2035']);
    expect(found('Delegates debated the Điện Biên Data Law and the Đà Nẵng Convention.'))
      .toEqual(['law: Điện Biên Data Law', 'law: Đà Nẵng Convention']);
  });

  it('ends a law\'s name before a day or a month after it ("… on Tuesday", "… in December")', () => {
    expect(found('The National Assembly will vote on the Law on Digital Technology Industry on Tuesday.'))
      .toEqual(['law: Law on Digital Technology Industry']);
    expect(found('Deputies debated the Law on Data in December.')).toEqual(['law: Law on Data']);
  });

  it('reads no name in "the Programme" and a time the sentence speaks of ("for the whole period")', () => {
    expect(found('The State budget allocates up to VND 9,000 billion to the Programme for the whole period; firms may receive support.')).toEqual([]);
    expect(found('The ministry drafted the Project on developing data centres for the south.'))
      .toEqual(['programme: Project on developing data centres for the south']);
  });

  it('ends a law at the rest of the clause', () => {
    expect(found('It will submit the draft amended Law on High Technology to the Government in September.')).toEqual(['law: Law on High Technology']);
  });

  it('keeps a province named just before the period, a gerund\'s object and a capitalised description after "The"', () => {
    expect(found('The plan serves the Project on supporting digital co-operatives in Gia Lai Province for the 2026-2030 period.'))
      .toEqual(['programme: Project on supporting digital co-operatives in Gia Lai Province for the 2026-2030 period']);
    // A place after "in" with no period after it is where something happens, not part of the name.
    expect(found('He presented the Project on supporting digital co-operatives in Gia Lai Province on Monday.'))
      .toEqual(['programme: Project on supporting digital co-operatives']);
    expect(found('It follows the Action Programme on Building the Digital Trade Platform to 2030.'))
      .toEqual(['programme: Action Programme on Building the Digital Trade Platform to 2030']);
    expect(found('The Programme on Training Young Engineers and Data Scientists to 2030 offers grants.'))
      .toEqual(['programme: Programme on Training Young Engineers and Data Scientists to 2030']);
  });

  it('keeps the period and vision a programme is named with', () => {
    expect(found('It approved the Project on developing human resources for the semiconductor industry to 2030, with a vision to 2050.'))
      .toEqual(['programme: Project on developing human resources for the semiconductor industry to 2030, with a vision to 2050']);
    expect(found('It reads the National Strategy on Science, Technology and Innovation Development to 2030 with care.'))
      .toEqual(['programme: National Strategy on Science, Technology and Innovation Development to 2030']);
    expect(found('It runs with the National Digital Transformation Programme to 2025, with orientations to 2030.'))
      .toEqual(['programme: National Digital Transformation Programme to 2025, with orientations to 2030']);
    expect(found('To approve the Project on developing the digital data ecosystem for the 2026-2030 period (the Project).'))
      .toEqual(['programme: Project on developing the digital data ecosystem for the 2026-2030 period']);
    // (A word that only opens with a programme's noun names none: "Wastewater Treatment Plant No. 1".)
    expect(found('Services: Wastewater Treatment Plant No. 1, 6,000 m³ a day, with online monitoring.')).toEqual([]);
    // (A title's capitals: "with Orientations to 2035".)
    expect(found('It approves the Scheme on Developing the Digital Economy of Quảng Bình Province to 2030, with Orientations to 2035.'))
      .toEqual(['programme: Scheme on Developing the Digital Economy of Quảng Bình Province to 2030, with Orientations to 2035']);
  });

  it("keeps a year closing an annual programme's name, and a lowercase national programme made one by its period", () => {
    expect(found("To promulgate the Government's Action Programme for Science, Technology and Innovation in 2025."))
      .toEqual(["programme: Government's Action Programme for Science, Technology and Innovation in 2025"]);
    expect(found('It will submit the national target programme on science, technology, innovation and digital transformation for the period 2026-2030 to the Assembly.'))
      .toEqual(['programme: national target programme on science, technology, innovation and digital transformation for the period 2026-2030']);
  });

  it('gives the same key to a programme named with and without its period', () => {
    const keys = parseWith(lawParser, 'The National Digital Transformation Program to 2030 and the National Digital Transformation Program.').map((m) => m.key);
    expect(new Set(keys).size).toBe(1);
  });

  it("does not read a body's plan as a named programme", () => {
    expect(found("It reviewed the Provincial Party Committee's Plan on the same subject.")).toEqual([]);
  });

  it('stops a described programme at a time adverbial', () => {
    expect(found('The National Strategy on developing intellectuals in the period of promoting industrialization was adopted.'))
      .toEqual(['programme: National Strategy on developing intellectuals']);
  });
});

describe('period tails without "the"', () => {
  it('reads "for 2026" and "for 2026-2030" as the end of a name', () => {
    expect(found('It adopted the Socio-Economic Development Plan for 2026.')).toEqual(['programme: Socio-Economic Development Plan for 2026']);
    expect(found('It adopted the Public Investment Plan for 2026-2030 yesterday.')).toEqual(['programme: Public Investment Plan for 2026-2030']);
  });
});

describe('a lowercase description that lists its fields', () => {
  it('runs over the list to the period tail', () => {
    expect(found('The committee issued the Action Plan for science, technology and innovation development in the 2025-2030 period.'))
      .toEqual(['programme: Action Plan for science, technology and innovation development in the 2025-2030 period']);
  });

  it('ends at a comma that does not continue a list', () => {
    expect(found('It approved the Project on digital skills, which the ministry drafted.')).toEqual(['programme: Project on digital skills']);
  });
});

describe('a programme\'s period written with an en dash', () => {
  it('keeps "for the 2025–2030 period" as the name\'s period, not a year inside its complement', () => {
    expect(found('Article 1. To approve the National Programme on Applying Robotics in Agriculture for the 2026–2030 period, with a vision to 2045.'))
      .toEqual(['programme: National Programme on Applying Robotics in Agriculture for the 2026–2030 period, with a vision to 2045']);
  });

  it('reads a programme the text names as its amended or revised version, without the word that says so', () => {
    expect(found('The amended Programme on Supporting Cooperatives\' Digital Transformation for the 2025-2030 period now aims higher.'))
      .toEqual(['programme: Programme on Supporting Cooperatives\' Digital Transformation for the 2025-2030 period']);
  });
});

describe('a project or campaign named by a quoted title', () => {
  it('reads the quoted title of a project, a programme or a campaign as its name', () => {
    expect(found('At its heart is the "Smart Hill Villages" project, which brings Wi-Fi points to villages along the border.'))
      .toEqual(['programme: Smart Hill Villages']);
    expect(found('The union launched the “Digital Neighbours” campaign in Tân An ward.')).toEqual(['programme: Digital Neighbours']);
  });

  it('leaves a movement\'s slogan, a numbered facility and quoted words that name no project alone', () => {
    expect(found('The "Digital Hamlet" movement has spread to 40 villages.')).toEqual([]);
    expect(found('The investor of the "Lâm Đồng Shared Data Center No. 2" project is changed.')).toEqual([]);
    expect(found('Residents use the "Digital Front" app to send opinions about the project.')).toEqual([]);
  });
});

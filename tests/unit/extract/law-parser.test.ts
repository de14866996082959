import { describe, expect, it } from 'vitest';
import { lawParser } from '../../../src/pipeline/extract/law-parser.ts';
import { parseWith } from './helpers.ts';

const found = (text: string) => parseWith(lawParser, text).map((m) => `${m.type}: ${m.name}`);

describe('ENLawProgrammeParser', () => {
  it('reads "Law on …" names up to where another name starts', () => {
    expect(found('It amends the Law on Enterprises, the Law on Science and Technology and Resolution No. 5, and the Law on Investment and Decree 3.')).toEqual([
      'law: Law on Enterprises', 'law: Law on Science and Technology', 'law: Law on Investment',
    ]);
  });

  it('reads a name whose last noun takes "to", not a law submitted "to" a body', () => {
    expect(found('Voters go to the polls under the Law on the Election of Deputies to the National Assembly and People\'s Councils.')).toEqual([
      'law: Law on the Election of Deputies to the National Assembly and People\'s Councils',
    ]);
    expect(found('The ministry sent the Law on Investment to the National Assembly.')).toEqual(['law: Law on Investment']);
  });

  it('reads "<Name> Law" and named treaties', () => {
    expect(found('The Land Law and the Hanoi Convention were discussed.')).toEqual(['law: Land Law', 'law: Hanoi Convention']);
  });

  it('reads numbered projects in both orders as one programme', () => {
    expect(parseWith(lawParser, 'Project 06 and the 06 Project.').map((m) => m.key)).toEqual(['project 6', 'project 6']);
  });

  it('reads named plans, programmes and strategies, with a capitalized enumeration or a lower-case description', () => {
    expect(found('The National Strategy on Research, Development and Application of Artificial Intelligence, the Power Development Plan VIII and the Project on merging provinces.')).toEqual([
      'programme: Project on merging provinces',
      'programme: National Strategy on Research, Development and Application of Artificial Intelligence',
      'programme: Power Development Plan VIII',
    ]);
  });
});

describe('lawParser on a law that lists its fields', () => {
  it('keeps "Law on Science, Technology and Innovation" whole, and stops a list that does not close with "and"', () => {
    const names = (text: string) => lawParser.parse({ block: 0, start: 0, end: text.length, text }).map((m) => m.text);
    expect(names('The National Assembly passed the Law on Science, Technology and Innovation with 434 votes.')).toEqual(['Law on Science, Technology and Innovation']);
    expect(names('It implements the Law on Investment, Resolution No. 136/2024/QH15 and Decree 13.')).toEqual(['Law on Investment']);
  });
});

describe('a code of law, and a firm named "… Law"', () => {
  it('reads "the Civil Procedure Code" and "the Labour Code" as laws', () => {
    expect(found('The rules follow the Law on Organisation of People\'s Courts and the Civil Procedure Code.')).toContain('law: Civil Procedure Code');
    expect(found('The Labour Code sets the working week.')).toEqual(['law: Labour Code']);
  });

  it('reads no law in a firm named for a Vietnamese name ("Managing Partner of Hồng Hà Law"), but one in "Data Law"', () => {
    expect(found('Managing Partner of Hồng Hà Law Vũ Minh Đức moderated the webinar.')).toEqual([]);
    expect(found('The Data Law takes effect next year.')).toEqual(['law: Data Law']);
  });
});

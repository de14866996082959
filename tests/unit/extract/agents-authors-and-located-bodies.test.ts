import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/pipeline/extract/extract.ts';
import { personParser } from '../../../src/pipeline/extract/person-parser.ts';
import type { Block } from '../../../src/pipeline/types.ts';
import { parseWith, people } from './helpers.ts';

describe('nouns of agent at a body, and where a person or a body is', () => {
  it('reads "a student at …" and "mission manager at …" as titles, and finds a foreign name by them', () => {
    expect(people(parseWith(personParser, 'Among the mentors was Vu Thi Lan, a student at the Hanoi University of Pharmacy, who joined in May.')))
      .toEqual(['Vu Thi Lan: student at the Hanoi University of Pharmacy']);
    expect(people(parseWith(personParser, 'Oskar Lindgren, flight planner at Nordic Launch Services, the broker, said the window was short.')))
      .toEqual(['Oskar Lindgren: flight planner at Nordic Launch Services']);
  });

  it('leaves out where a person is based, and the place a school is in', () => {
    expect(people(parseWith(personParser, 'Priya Nair, a Mumbai-based analyst at Coral Bay Capital, said the rate was too low.')))
      .toEqual(['Priya Nair: analyst at Coral Bay Capital']);
    expect(people(parseWith(personParser, 'Tran Thi Mai, principal of Kim Dong Primary School in Hoan Kiem ward, Hanoi, welcomed the plan.')))
      .toEqual(['Tran Thi Mai: principal of Kim Dong Primary School']);
  });

  it('reads "former" before the capitalised words of a title as a past title', () => {
    expect(people(parseWith(personParser, 'As former Provincial Party Secretary Le Quang Minh used to say, roads come first.')))
      .toEqual(['Le Quang Minh: ']);
  });
});

describe('a signed article\'s author block', () => {
  const block = (kind: Block['kind'], text: string): Block => ({ kind, text, line: 1, start: 0, end: text.length });

  it('gives the name printed in capitals the titles on the line under it', () => {
    const found = extractMentions([
      block('heading', 'Building a green economy in the highlands'),
      block('heading', 'HOÀNG VĂN TUẤN'),
      block('heading', 'Member of the Party Central Committee, Secretary of the Lai Chau Provincial Party Committee'),
      block('paragraph', 'Our province has changed a great deal in ten years.'),
    ]);
    expect(people(found)).toEqual(['Hoàng Văn Tuấn: Member of the Party Central Committee / Secretary of the Lai Chau Provincial Party Committee']);
  });

  it('does not make a byline in capitals without titles, or a heading in capitals, a person', () => {
    const found = extractMentions([
      block('heading', 'HOÀNG VĂN TUẤN'),
      block('paragraph', 'Our province has changed a great deal in ten years.'),
      block('heading', 'GREEN GROWTH FIRST'),
      block('heading', 'Member of the Party Central Committee'),
    ]);
    expect(people(found)).toEqual([]);
  });
});

describe('posts given and ended, and more titles by their shape', () => {
  it('gives a person appointed "as" a post that post, not the one in apposition before it', () => {
    expect(people(parseWith(personParser, 'The decision appointing Vu Minh Hai, Director of the Department of Planning, as Deputy Minister of Finance was read out.')))
      .toEqual(['Vu Minh Hai: Deputy Minister of Finance']);
    expect(people(parseWith(personParser, 'It transferred Le Thu Ha, who had served as a Deputy Minister since 2020, to the Government Office to take up the post of Deputy Head of the Government Office.')))
      .toEqual(['Le Thu Ha: Deputy Head of the Government Office']);
  });

  it('reads "then …" and "until now …" in apposition as titles held before, which still make the name a person', () => {
    const found = parseWith(personParser, 'Ha Van Tuan, then deputy director of the Finance Department, was given a suspended sentence.');
    expect(people(found)).toEqual(['Ha Van Tuan: ']);
    expect(found[0]!.certain).toBe(true);
  });

  it('reads "principal analyst at", "an IP consultant at", "senior vice president of", "Presiding Judge" and "a prosecutor of"', () => {
    expect(people(parseWith(personParser, 'Nora Klein, principal analyst at Bayfront Research, said prices were high.')))
      .toEqual(['Nora Klein: principal analyst at Bayfront Research']);
    expect(people(parseWith(personParser, 'Jonas Berg, an IP consultant at Fjord Patent Partners, said the fall was real.')))
      .toEqual(['Jonas Berg: IP consultant at Fjord Patent Partners']);
    expect(people(parseWith(personParser, 'Kim Do-yun, senior vice president of Hanil Robotics, said the plant would open.')))
      .toEqual(['Kim Do-yun: senior vice president of Hanil Robotics']);
    expect(people(parseWith(personParser, 'Presiding Judge Tran Thi Lan read the verdict.'))).toEqual(['Tran Thi Lan: Presiding Judge']);
    expect(people(parseWith(personParser, 'Bui Van Long, a prosecutor of the Hai Phong People\'s Procuracy, asked for ten years.')))
      .toEqual(['Bui Van Long: prosecutor of the Hai Phong People\'s Procuracy']);
  });
});

import { describe, expect, it } from 'vitest';
import { personParser } from '../../../src/pipeline/extract/person-parser.ts';
import { splitSentences } from '../../../src/pipeline/extract/sentences.ts';

const people = (text: string) => splitSentences(text, 0).flatMap((s) => personParser.parse(s)).map((m) => [m.name, m.roles]);

describe('foreign names of three words, and a title whose body is an acronym', () => {
  it('reads a three-word name with its title in apposition from its first word', () => {
    expect(people('Goh Mei Ling, Minister for Trade and Industry of Singapore, opened the dialogue.')).toEqual([
      ['Goh Mei Ling', ['Minister for Trade and Industry of Singapore']],
    ]);
  });

  it('leaves a title\'s word out of the name after it', () => {
    expect(people('The delegation met Professor Alan Whitcombe, Chief Scientist of the Marine Institute.').map(([name]) => name)).toEqual(['Alan Whitcombe']);
  });

  it('ends a title\'s body at an acronym before a name of no Vietnamese shape, but not before Vietnamese syllables', () => {
    expect(people('Assistant Director-General of UNESCO Maria Castell spoke first.')).toEqual([['Maria Castell', ['Assistant Director-General of UNESCO']]]);
    expect(people('Đỗ Minh Tâm, formerly a department head and now Director of VNPT Phú Yên, said the data must stay local.')
      .map(([name]) => name)).toEqual(['Đỗ Minh Tâm']);
  });
});

describe('titles that share a body, and a field before the body', () => {
  it('gives a bare title joined by "and" the body of the title after it', () => {
    expect(people('Phan Thị Mai, founder and chief executive of Lotus Robotics, said the firm would double its staff.')).toEqual([
      ['Phan Thị Mai', ['founder of Lotus Robotics', 'chief executive of Lotus Robotics']],
    ]);
  });

  it('keeps the body after a field: "Vice President for Asia-Pacific at CloudAxis"', () => {
    expect(people('The speakers include Anna Kowal, Vice President for Europe at DataHarbor, who will open the forum.')).toEqual([
      ['Anna Kowal', ['Vice President for Europe at DataHarbor']],
    ]);
  });
});

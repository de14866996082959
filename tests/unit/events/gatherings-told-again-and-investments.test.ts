import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

const meetings = (date: string, ...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(date, ...lines) }).events
  .filter((e) => e.kind === 'meeting').map((e) => [e.date, e.title, e.place, e.sources.length]);

describe('a gathering a text tells of again by its noun alone', () => {
  it('is the one the text told of that day, though its sentence names a firm the first did not', () => {
    expect(meetings('10/03/2027',
      'The Mekong Growth Fund announced at a press conference in Cần Thơ on Tuesday that it had raised US$40 million.',
      'At Tuesday\'s press conference, the fund also named its first investment: US$2 million in Sông Hậu Robotics, a Cần Thơ-based maker of farm drones.',
    )).toEqual([['2027-03-09', 'Mekong Growth Fund announced at a press conference in Cần Thơ', 'Cần Thơ', 2]]);
  });

  it('stays apart from a gathering another text told of that day with other people', () => {
    const found = timelineOf({
      'seeds/a.txt': dated('10/03/2027', 'The Mekong Growth Fund held a press conference in Cần Thơ on Tuesday.'),
      'seeds/b.txt': dated('10/03/2027', 'At Tuesday\'s press conference, Minister Lê Văn Hòa named the new rules.'),
    }).events.filter((e) => e.kind === 'meeting');
    expect(found).toHaveLength(2);
  });
});

describe('a sum or a stake put "in" a firm', () => {
  it('names no place of the gathering', () => {
    expect(meetings('10/03/2027',
      'On Tuesday, at a press conference, the fund said it had put US$2 million in Sông Hậu Robotics.',
    ).map(([, , place]) => place)).toEqual([null]);
  });
});

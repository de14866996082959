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

describe('happenings told in a relative clause or a reduced one', () => {
  const events = (date: string, ...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(date, ...lines) }).events
    .filter((e) => e.kind !== 'milestone').map((e) => [e.kind, e.date, e.title]);

  it('names a launch told of a thing in quotes, or by its noun after "its", by that thing', () => {
    expect(events('06/07/2027', 'The province showed its "Mekong Gate" platform, which was formally launched on June 25.'))
      .toEqual([['other', '2027-06-25', '"Mekong Gate" platform launched']]);
    expect(events('06/07/2027', 'The ward showed its new booking app, which was launched on June 25.'))
      .toEqual([['other', '2027-06-25', 'New booking app launched']]);
  });

  it('reads no happening in a part of things just named, described by a participle ("most of them trained in …")', () => {
    expect(events('06/07/2027', 'The park has about 900 engineers today, most of them trained in Đà Nẵng.')).toEqual([]);
  });

  it('reads a guest who attended and spoke at the session as remarks', () => {
    expect(events('16/07/2028', 'The third session of the Tân Định Ward People\'s Council opened on Friday.',
      'Vice Chairman of the City People\'s Council Trần Văn Phúc attended and spoke at the session.'))
      .toContainEqual(['remarks', '2028-07-14', 'Trần Văn Phúc spoke at the session']);
  });

  it('reads one who "also spoke at the event" after a long apposition as remarks', () => {
    expect(events('16/06/2028', 'The survey was presented at a press conference in Hà Nội on Wednesday (14/6).',
      'Lương Văn Hậu, Director of Phú Cường Textiles, a garment exporter in Bắc Ninh with 300 workers, also spoke at the event.'))
      .toContainEqual(['remarks', '2028-06-14', 'Lương Văn Hậu spoke at the event']);
  });
});

import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

/** Each event of a text published on 14 May 2026, as "date | title". */
function eventsOf(...paragraphs: string[]): string[] {
  const { events } = timelineOf({ 'a.txt': dated('14/05/2026', 'Science news', ...paragraphs) });
  return events.map((e) => `${e.date} | ${e.title}`);
}

describe('milestones dated by a year, and deeds told by a pronoun or a relative', () => {
  it('reads a career told with "he" and "she", each deed by the person the paragraph named, and the post a passive gives', () => {
    const events = eventsOf(
      'Deputy Minister Đặng Minh Khôi, 51, holds a doctorate in physics. He joined the institute in 2001 as a technician, '
        + 'and was appointed Director of the Centre for Optical Sensing in August 2019.',
      'Professor Lê Thu Hiền chairs the council. In 2012 she founded the Laboratory of Marine Genomics in Nha Trang.',
    );
    expect(events).toContain('2001 | Đặng Minh Khôi joined the institute');
    expect(events).toContain('2019-08 | Đặng Minh Khôi appointed Director of the Centre for Optical Sensing');
    expect(events).toContain('2012 | Lê Thu Hiền founded the Laboratory of Marine Genomics in Nha Trang');
  });

  it('takes "he" for the person a paragraph opens with by given name, named in full before', () => {
    const events = eventsOf(
      'The ministry on Tuesday named Professor Hoàng Đức Lâm head of its new Department of Quantum Technology.',
      'Lâm, 44, studied in Lyon. He joined the Institute of Physics in 2009, and was appointed Deputy Director of its laser centre in May 2020.',
    );
    expect(events).toContain('2009 | Hoàng Đức Lâm joined the Institute of Physics');
    expect(events).toContain('2020-05 | Hoàng Đức Lâm appointed Deputy Director of its laser centre');
  });

  it('reads a life told step by step: born, a career after commas and "and in", a death told after a relative clause', () => {
    const events = eventsOf(
      'Professor Ngô Bảo Lân, who designed the first Vietnamese weather model, died on October 3 at a hospital in Huế.',
      'Lân was born on June 4, 1941 in Quảng Trị. He earned a doctorate in fluid dynamics in Kyiv in 1971.',
      'In 1979 he moved to the Centre for Numerical Forecasting, and in 1992 he was appointed Deputy Director of the Institute of Meteorology.',
      'Chairman Vũ Hải Đăng joined Sông Hồng Telecom in 1998 as a technician, became deputy general director in 2011 and was appointed general director '
        + 'in March 2019.',
    );
    expect(events).toContain('2025-10-03 | Professor Ngô Bảo Lân died');
    expect(events).toContain('1941-06-04 | Ngô Bảo Lân born');
    expect(events).toContain('1971 | Ngô Bảo Lân earned a doctorate in fluid dynamics in Kyiv');
    expect(events).toContain('1992 | Ngô Bảo Lân appointed Deputy Director of the Institute of Meteorology');
    expect(events).toContain('2011 | Chairman Vũ Hải Đăng became deputy general director');
    expect(events).toContain('2019-03 | Chairman Vũ Hải Đăng appointed general director');
  });

  it('takes "he" in a paragraph that names no one for the person the paragraph before named', () => {
    const events = eventsOf(
      'The Politburo assigned Deputy Minister Trương Công Hậu to lead the province.',
      'In July 2021 he was appointed Deputy Minister of Finance. He was elected to the Party Central Committee in January 2026.',
    );
    expect(events).toContain('2021-07 | Trương Công Hậu appointed Deputy Minister of Finance');
    expect(events).toContain('2026-01 | Trương Công Hậu elected to the Party Central Committee');
  });

  it('reads the main clause\'s subject after "Founded in 2009 with …," and a present verb', () => {
    expect(eventsOf('Founded in 2007 with nine engineers, Hải Vân Software JSC now employs 1,400 people.')).toContain('2007 | Hải Vân Software JSC founded');
  });

  it('reads the body a relative tells of, also after an apposition, and no year\'s record as a milestone', () => {
    const events = eventsOf(
      'The Thái Bình Data Hub, which began operating in 2018, now serves 41 agencies.',
      'Kwon Seo-jin, director of Daerim Optics, a Korean lens maker that opened its plant in Hải Dương in 2016, praised the workforce.',
      'The province attracted 27 technology projects in 2025.',
      'Phạm Hữu Tâm, the former head of the commune, who retired in March, attended as a guest.',
    );
    expect(events).toContain('2018 | Thái Bình Data Hub began operating');
    expect(events).toContain('2016 | Daerim Optics opened its plant in Hải Dương');
    expect(events.filter((e) => e.startsWith('2025 ') || e.startsWith('2026-03'))).toEqual([]);
  });

  it('reads a state a passive declares, a participle after its subject and a comma, and a deed recalled', () => {
    const events = eventsOf(
      'In October 2023, the portal was declared operational, and the agency paid the contractor.',
      "The 'Green Lanes' campaign, launched in April 2024 by the provincial youth union, now has 9,000 members.",
      'Chairman of the Huế City People\'s Committee Phan Đình Bảo recalled that the city had piloted drone deliveries in August 2019.',
    );
    expect(events).toContain('2023-10 | Portal declared operational');
    expect(events).toContain("2024-04 | 'Green Lanes' campaign launched");
    expect(events).toContain('2019-08 | City had piloted drone deliveries');
  });

  it('reads a leader\'s speech told by "Speaking at the opening," or "at the signing," as remarks at the day of the ceremony', () => {
    const events = eventsOf(
      'Deputy Prime Minister Trịnh Văn Quyết on Monday cut the ribbon to open the Mekong Robotics Fair in Cần Thơ.',
      'Speaking at the opening, Deputy Prime Minister Quyết said the region must build its own machines.',
    );
    expect(events).toContain('2026-05-11 | Trịnh Văn Quyết delivered remarks at the opening');
  });
});

describe('a gathering "held in" a month, named before other words', () => {
  it('names the gathering, not the words right before the comma', () => {
    const events = eventsOf('Phạm Văn Lực led the province through its first Party congress under the merged boundaries, held in September 2025.');
    expect(events).toContain('2025-09 | First Party congress under the merged boundaries held');
  });
});

describe('a body renamed, and a milestone whose object has a name in apposition', () => {
  it('reads "was renamed … in 1993" as a happening of that year', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('12/06/2026', 'The centre was renamed the Institute of Applied Informatics in 1993.') }).events;
    expect(found.map((e) => [e.date, e.title])).toEqual([['1993', 'Centre renamed the Institute of Applied Informatics']]);
  });
});

describe('"It" opening a sentence of milestones', () => {
  const events = (...paragraphs: string[]) => timelineOf({ 'seeds/a.txt': dated('12/06/2026', ...paragraphs) }).events
    .map((e) => [e.date, e.title]);

  it('is the body the sentence before names by its kind, or the name that opens the sentence before', () => {
    expect(events('The centre was renamed the Institute of Applied Informatics in 1993.',
      'In the 2000s, the institute shifted to software. It received the Second-Class Labour Order in 2008.')).toContainEqual(
      ['2008', 'Institute of Applied Informatics received the Second-Class Labour Order']);
    expect(events('The Song Ma e-Government Platform was approved by the provincial People\'s Committee in 2019. It went live in October 2020.'))
      .toContainEqual(['2020-10', 'Song Ma e-Government Platform went live']);
  });

  it('makes "Its X" the X of what "It" would be', () => {
    expect(events('Song Khe was formed from three former communes. Its government began operating on May 1.'))
      .toContainEqual(['2026-05-01', 'Song Khe’s government began operating']);
  });

  it('is no one when the sentence before names neither', () => {
    expect(events('Rain fell for a week in the north. It received little attention in 2008.')).toEqual([]);
  });
});

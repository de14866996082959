import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';
import { metadataOf } from '../metadata/helpers.ts';

/** Kind, date and title of each event of one text, milestones left out. */
const eventsOf = (text: string) => timelineOf({ 'seeds/a.txt': text }).events
  .filter((e) => e.kind !== 'milestone').map((e) => [e.kind, e.date, e.title]);

describe('a ceremony attended, remarks "in her remarks at", and "at the event"', () => {
  it('dates a ceremony people attended by a day after its place, or by the lead before it', () => {
    expect(eventsOf(dated('06/12/2026', 'More than 400 guests attended the awards ceremony at the provincial theatre on Saturday evening.')))
      .toEqual([['meeting', '2026-12-05', 'Awards ceremony at the provincial theatre']]);
    expect(eventsOf(dated('06/12/2026', 'A drone that sprays rice fields won first prize at the Nam Dinh Innovation Awards 2026 on Saturday evening.',
      'More than 400 guests attended the awards ceremony at the provincial theatre, organised by the Department of Science and Technology.')))
      .toContainEqual(['meeting', '2026-12-05', expect.stringMatching(/^Awards ceremony/)]);
  });

  it('reads "In her remarks at the ceremony, X said" as a guest\'s remarks at the day\'s ceremony', () => {
    // (A minister is a guest at a ceremony a province's department organised.)
    expect(eventsOf(dated('06/12/2026', 'More than 400 guests attended the awards ceremony at the provincial theatre on Saturday evening, '
      + 'organised by the Nam Dinh Department of Science and Technology.',
      'In her remarks at the ceremony, Deputy Minister of Science and Technology Đoàn Thị Lan said the awards showed real products.')))
      .toContainEqual(['remarks', '2026-12-05', 'Đoàn Thị Lan delivered remarks at the ceremony']);
  });

  it('dates what was done "at the event" by the occasion the text told last', () => {
    expect(eventsOf(dated('14/01/2027', 'Yesterday (13/1), Deputy Minister Phạm Văn Khải launched the National Open Data Portal.',
      'At the event, the National Data Centre signed cooperation agreements with four universities.'))).toContainEqual(
      ['signed', '2027-01-13', expect.stringMatching(/^National Data Centre signed cooperation agreements with four universities/)],
    );
  });
});

describe('a page date with its clock time told in Vietnamese', () => {
  it('reads "14 tháng 1, 2027 lúc 09:30" below the header as the page\'s date', () => {
    const m = metadataOf('facebook', 'Tìm kiếm trên Facebook', 'Bộ Khoa học và Công nghệ', 'Trang · Cơ quan chính phủ',
      'Bài viết | Giới thiệu | Ảnh', 'Bộ Khoa học và Công nghệ', '14 tháng 1 lúc 09:30', 'Thứ Năm, 14 tháng 1, 2027 lúc 09:30',
      'LAUNCH OF THE NATIONAL OPEN DATA PORTAL', 'Yesterday, the ministry launched the National Open Data Portal for researchers and firms.');
    expect(m.date).toBe('2027-01-14');
  });
});

describe('a gathering named by a day\'s possessive', () => {
  it('is held that day ("at Wednesday\'s session"), its title without the day', () => {
    expect(eventsOf(dated('27/11/2026', 'Presenting the report at Wednesday\'s session, Chairwoman of the Committee for Culture and Society '
      + 'Lò Thị Mai said the committee had removed a proposal.'))).toEqual([['meeting', '2026-11-25', 'Session']]);
    expect(eventsOf(dated('27/11/2026', 'Delegates at yesterday\'s conference on open data asked for a single portal.'))).toEqual([
      ['meeting', '2026-11-26', 'Conference'],
    ]);
  });
});

describe('a speech "at the session", far down a report of it', () => {
  it('is dated by the session the lead reports, however many paragraphs come between', () => {
    const events = eventsOf(dated('11/07/2026',
      'The Provincial People\'s Council on Friday (July 10) passed three resolutions at a one-day thematic session in the provincial capital.',
      ...['The first sets support for firms.', 'The second sets digital targets.', 'Delegates asked about funding.', 'The third funds a centre.',
        'Cooperatives welcomed the plan.', 'The committee verified the drafts.', 'A delegate raised a question on laboratories.'],
      'Lê Minh Đạo, Secretary of the Provincial Party Committee, attended and delivered a speech at the session.'));
    expect(events).toContainEqual(['remarks', '2026-07-10', expect.stringMatching(/^Lê Minh Đạo.* delivered a speech at the session$/)]);
  });
});

describe('a guest who "attended the conference as a guest and spoke"', () => {
  it('delivered remarks at the conference the text reports, on its day', () => {
    const events = eventsOf(dated('21/08/2026', 'The provincial People\'s Committee held a conference on Wednesday in Pleiku to disseminate the plan.',
      'Hà Minh Tuấn, Deputy Director of the National Data Agency, attended the conference as a guest and spoke.'));
    expect(events).toContainEqual(['remarks', '2026-08-19', 'Hà Minh Tuấn delivered remarks at the conference']);
  });

  it('is no speech when the guest spoke with someone ("and spoke with reporters afterwards")', () => {
    const events = eventsOf(dated('21/08/2026', 'The provincial People\'s Committee held a conference on Wednesday in Pleiku to disseminate the plan.',
      'Hà Minh Tuấn, Deputy Director of the National Data Agency, attended the conference and spoke with reporters afterwards.'));
    expect(events.filter(([kind]) => kind === 'remarks')).toEqual([]);
  });
});

describe('the stretch a gathering reviews', () => {
  it('dates nothing: "the conclusions of a meeting reviewing the first quarter" were not announced in the first quarter', () => {
    const events = eventsOf(dated('23/04/2027', 'The ministry must move faster, the minister said as he announced the conclusions of a meeting '
      + 'reviewing the first quarter.'));
    expect(events.filter(([, date]) => String(date).includes('Q1'))).toEqual([]);
  });

  it('leaves the meeting dated by the lead\'s day when the paragraphs after it cite an instrument\'s date and tell no day', () => {
    const events = eventsOf(dated('16/10/2026', 'The ministry will open every research dataset by 2028, Acting Minister Phan Quốc Hưng said on '
      + 'Thursday as he announced the conclusions of a meeting reviewing the third quarter.',
    'The meeting in Huế reviewed the work done under Resolution No. 12/NQ-CP, dated March 3, 2026, of the Government.',
    'Heads of the ministry\'s institutes took part.',
    'Deputy Prime Minister Vũ Thị Mai attended the meeting and delivered remarks.'));
    expect(events).toContainEqual(['meeting', '2026-10-15', expect.stringMatching(/^Meeting/)]);
    expect(events).toContainEqual(['remarks', '2026-10-15', expect.stringMatching(/^Vũ Thị Mai delivered remarks/)]);
  });

  it('is no day: a report "reviewed yesterday at a meeting" was reviewed that day', () => {
    const events = eventsOf(dated('14/01/2031', 'The department\'s annual report was reviewed yesterday at a meeting of the provincial steering '
      + 'committee for digital transformation, chaired by Lò Văn Sơn, Chairman of the Provincial People\'s Committee.'));
    expect(events).toContainEqual(['meeting', '2031-01-13', expect.stringMatching(/^Meeting of the provincial steering committee/)]);
  });
});

describe('a ceremony named with its owner', () => {
  it('reads "Speaking at the park\'s groundbreaking, Deputy Prime Minister X" as X\'s remarks there, on its day', () => {
    const events = eventsOf(dated('20/05/2025', 'The company broke ground on the Tân Phú Hi-Tech Park on Monday.',
      'Speaking at the park\'s groundbreaking, Deputy Prime Minister Lê Thành Long said the province would support investors.'));
    expect(events).toContainEqual(['remarks', '2025-05-19', 'Lê Thành Long delivered remarks at the park\'s groundbreaking']);
  });
});

describe('a regional conference the leaders met for, and the speeches at it', () => {
  const text = dated('13/06/2026',
    'NGHỆ AN – Leaders of five provinces met in Vinh on Friday for a regional conference on data sharing, co-organised by the Ministry '
      + 'of Science and Technology and the Nghệ An Provincial People\'s Committee.',
    'Deputy Minister of Science and Technology Phạm Đức Long attended the conference and delivered remarks.',
    'Kiều Thị Minh Nguyệt, Vice Chairwoman of the Thanh Hóa Provincial People\'s Committee, told the conference that Thanh Hóa would double its spending.',
    'Đàm Văn Trọng, Vice Chairman of the Hà Tĩnh Provincial People\'s Committee, said in his speech that every commune would have 5G by 2027.');

  it('names the meeting by the gathering they met for', () => {
    expect(eventsOf(text)).toContainEqual(['meeting', '2026-06-12', 'Regional conference on data sharing']);
  });

  it('keeps each speaker\'s remarks apart, though the paragraphs after them name the others, and reads "said in his speech"', () => {
    expect(eventsOf(text).filter(([kind]) => kind === 'remarks').sort()).toEqual([
      ['remarks', '2026-06-12', 'Kiều Thị Minh Nguyệt addressed the conference'],
      ['remarks', '2026-06-12', 'Phạm Đức Long delivered remarks'],
      ['remarks', '2026-06-12', 'Đàm Văn Trọng delivered a speech'],
    ]);
  });
});

describe('a guest who "attended the conference and delivered remarks", told with an apposition, far down the report', () => {
  it('delivered remarks at the conference the lead reports, called by name', () => {
    const events = eventsOf(dated('16/07/2027',
      'The report was presented at a review conference held by the city People\'s Committee on Thursday.',
      ...['The city met most targets.', 'Startups doubled.', 'Cashless payments lagged.', 'Targets for 2030', 'The report sets new goals.',
        'Startups are to reach 240.', 'At the conference', 'The Vice Chairman chaired it.'],
      'Nông Minh Trí, Deputy Director of the National Innovation Center, attended the conference and delivered remarks.'));
    expect(events).toContainEqual(['remarks', '2027-07-15', 'Nông Minh Trí delivered remarks']);
  });
});

describe('a guest who attended a sitting of the session the text reports', () => {
  it('delivered a speech at that session ("attended the closing sitting and delivered a speech")', () => {
    const events = eventsOf(dated('08/12/2028', 'Share | Facebook | Zalo', 'Deputies vote at the closing sitting.',
      'LAI CHÂU – On the afternoon of Thursday (7/12), the Lai Châu Provincial People\'s Council closed its ninth session after three days.',
      'On Tuesday (5/12), the council adopted Resolution No. 48/2028/NQ-HĐND on a science fund.',
      ...['The fund has VND 60 billion.', 'Votes', 'A draft failed.', 'Confidence vote', 'All posts passed.', 'The vote was secret.',
        'Each deputy had one ballot.', 'Closing speech'],
      'Cao Thị Thu Hằng, Secretary of the Lai Châu Provincial Party Committee, attended the closing sitting and delivered a speech.'));
    expect(events).toContainEqual(['remarks', '2028-12-07', 'Cao Thị Thu Hằng delivered a speech']);
  });
});

describe('a leader speaking at a groundbreaking the text told by its verb', () => {
  const park = (speaker: string) => eventsOf(dated('20/05/2025', 'The Hưng Yên Hi-Tech Park broke ground on Monday (May 19) in Tân Dân commune.',
    `Speaking at the park's groundbreaking, ${speaker} said the Government would help.`));

  it('is a guest by the title in apposition after the name, as by the title before it', () => {
    for (const speaker of ['Đoàn Văn Thắng, Deputy Prime Minister,', 'Deputy Prime Minister Đoàn Văn Thắng']) {
      expect(park(speaker)).toContainEqual(['remarks', '2025-05-19', 'Đoàn Văn Thắng delivered remarks at the park\'s groundbreaking']);
    }
  });

  it('is no guest as a minister, whose ministry may hold what the text names no host of', () => {
    expect(park('Đoàn Văn Thắng, Deputy Minister of Finance,').filter((e) => e[0] === 'remarks')).toEqual([]);
  });
});

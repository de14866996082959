import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

const events = (texts: Record<string, string>) => timelineOf(texts).events.filter((e) => e.kind !== 'milestone').map((e) => [e.kind, e.date, e.title]);
const one = (date: string, ...lines: string[]) => events({ 'seeds/a.txt': dated(date, ...lines) });

describe('things put to work', () => {
  it('reads something put into operation, dated by its own sentence even in the past perfect', () => {
    expect(one('16/05/2025', 'The director said the province had put a shared land registry into operation in March.')).toEqual([
      ['other', '2025-03', 'Province put a shared land registry into operation'],
    ]);
  });

  it('reads a launch, and a gathering held to launch something as the gathering, on its day', () => {
    expect(one('15/08/2025', 'On August 14, the Ministry of Health launched the e-prescription app for clinics.')).toEqual([
      ['other', '2025-08-14', 'Ministry of Health launched the e-prescription app'],
    ]);
    expect(one('25/10/2025', 'On Friday, the Provincial Party Committee held a ceremony to launch the Programme on smart tourism, which Resolution No. 8-NQ/TU dated July 2, 2025 set out.'))
      .toContainEqual(['meeting', '2025-10-24', 'Ceremony to launch the Programme on smart tourism']);
  });

  it('keeps two sites one person visits on one day as two events', () => {
    expect(one('04/06/2025', 'On June 3, the Prime Minister visited the Hoa Lac Semiconductor Centre and inspected the construction site of the Hanoi - Lang Son expressway through Chi Lang district.').sort()).toEqual([
      ['other', '2025-06-03', 'Prime Minister inspected the construction site of the Hanoi-Lang Son expressway'],
      ['other', '2025-06-03', 'Prime Minister visited the Hoa Lac Semiconductor Centre'],
    ]);
  });
});

describe('the occasion a text reports', () => {
  it('dates the gathering a dated speech was given at, and a signing "also at the forum" however far the text has run', () => {
    const speech = Array.from({ length: 9 }, (_, i) => `"Paragraph ${i + 1} of the speech, on data and on the people who use it."`);
    const found = one('12/04/2025',
      'On the morning of April 11, Deputy Prime Minister Tran Van Hoa delivered a speech at the 2025 Regional Forum on Open Data. The full text of the speech follows:',
      ...speech,
      'Also at the forum, the Ministry of Finance and the Open Data Alliance signed a memorandum of understanding on sharing customs data.');
    expect(found).toEqual(expect.arrayContaining([
      ['meeting', '2025-04-11', '2025 Regional Forum'],
      ['remarks', '2025-04-11', 'Tran Van Hoa delivered a speech at the 2025 Regional Forum'],
      ['signed', '2025-04-11', expect.stringMatching(/^Ministry of Finance and the Open Data Alliance signed a memorandum of understanding/)],
    ]));
  });

  it('does not date a notice\'s meeting by the day the notice was issued', () => {
    const found = one('14/10/2025', 'The Government Office has issued Notice No. 77/TB-VPCP dated October 13, 2025 conveying the conclusions of the Deputy Prime Minister at the meeting on rural broadband.');
    expect(found.filter(([kind]) => kind === 'meeting')).toEqual([]);
  });

  it('tells one act once when a text names the instrument both by its subject and by its number', () => {
    const found = one('12/11/2026',
      'On November 11, the Standing Committee approved a resolution on the organisation of the innovation fund.',
      'At the end of the discussion, the Standing Committee approved Resolution No. 45/2026/UBTVQH16 on the organisation of the innovation fund.');
    expect(found.filter(([kind]) => kind === 'approved')).toHaveLength(1);
  });

  it('tells instruments passed together once each, by number, not again as "a package" or "three resolutions" of that day', () => {
    for (const summary of ['passed a package of resolutions on support for digital firms', 'passed three resolutions on the digital economy']) {
      const found = one('18/09/2026', `On Thursday, Hậu Giang's Provincial People's Council ${summary}.`,
        'The council passed Resolution No. 31/2026/NQ-HĐND on support for digital firms and Resolution No. 32/NQ-HĐND on data centres.');
      expect(found.filter(([kind]) => kind === 'passed').map(([, date, title]) => [date, title])).toEqual([
        ['2026-09-17', expect.stringMatching(/Resolution No\. 31\/2026\/NQ-HĐND/)],
        ['2026-09-17', expect.stringMatching(/32\/NQ-HĐND/)],
      ]);
    }
    // Others than the numbered ones are other acts.
    const others = one('18/09/2026', 'On Thursday, the council passed Resolution No. 31/2026/NQ-HĐND on support for digital firms.',
      'On Thursday, the council also passed four other resolutions on the budget.');
    expect(others.filter(([kind]) => kind === 'passed')).toHaveLength(2);
  });

  it('tells a law passed once when "The law was passed …" tells it again, and a plan adopted once when its resolution is named', () => {
    const found = one('19/11/2026',
      'National Assembly deputies on Wednesday voted to pass the Law on Open Data and adopted the 2027 national plan for science and technology.',
      'The law was passed on the morning of November 18th, with 441 of the 462 deputies present voting in favour.',
      'In the afternoon, deputies adopted Resolution No. 89/2026/QH16 on the 2027 national plan for science and technology, with 450 votes.');
    expect(found.filter(([kind]) => kind !== 'meeting').map(([kind, date, title]) => [kind, date, title]).sort()).toEqual([
      ['adopted', '2026-11-18', 'Deputies adopted Resolution No. 89/2026/QH16'],
      ['passed', '2026-11-18', expect.stringMatching(/Law on Open Data/)],
    ]);
  });

  it('keeps a bare conference apart from another gathering that day when their people differ', () => {
    const found = events({
      'seeds/a.txt': dated('26/09/2025', 'On September 25, Prime Minister Pham Van Long chaired the third meeting of the National Steering Committee on open data.'),
      'seeds/b.txt': dated('26/09/2025', 'On September 25, Secretary Vo Minh Quang spoke at a conference in Can Tho to disseminate the city\'s new programme.'),
    });
    expect(found.filter(([kind]) => kind === 'meeting')).toHaveLength(2);
  });

  it('dates "He then held …" by the day just reported', () => {
    expect(one('21/03/2026', 'On March 20, Deputy Prime Minister Le Van An visited the Quy Nhon Data Park.', 'He then held a working session with the Standing Board of the Provincial Party Committee.'))
      .toContainEqual(['meeting', '2026-03-20', 'Working session with the Standing Board of the Provincial Party Committee']);
  });

  it('dates an act on an instrument by the day it is cited with, not by "today"', () => {
    const found = one('17/01/2026', 'Today, one year after the Politburo issued Resolution No. 57-NQ/TW dated December 22, 2024, we meet to look at what has changed.');
    expect(found.filter(([kind]) => kind === 'instrument').map(([, date]) => date)).toEqual(['2024-12-22']);
  });

  it('reads a launch at the press of a button at the occasion', () => {
    expect(one('17/01/2026', 'On January 16, the ministry held a national conference in Hanoi to review its work.', 'At the conference, the Prime Minister pressed the button to launch the National Research Grants Portal.'))
      .toContainEqual(['other', '2026-01-16', 'Launch of the National Research Grants Portal']);
  });

  it('reads "…, issued the same day" as the act on the instrument before it, on the day of the sentence\'s other act', () => {
    const found = one('12/05/2025', 'The Standing Board has issued Programme No. 14-CTr/TU dated May 8, 2025, together with Resolution No. 7-NQ/TU, issued the same day, on digital skills.');
    expect(found.filter(([kind]) => kind === 'instrument').map(([, date, title]) => [date, title])).toEqual([
      ['2025-05-08', 'Resolution 7-NQ/TU issued'],
      ['2025-05-08', 'Standing Board issued Programme No. 14-CTr/TU'],
    ]);
  });

  it('reads "…, also adopted on 7/12, …" after an instrument\'s name as its adoption that day', () => {
    expect(one('08/12/2028', 'Resolution No. 52/2028/NQ-HĐND on the 2029 development plan, also adopted on 7/12, sets growth of 8.5–9% for next year.'))
      .toContainEqual(['adopted', '2028-12-07', 'Resolution 52/2028/NQ-HĐND adopted']);
  });

  it('reads awards presented at the occasion, a signing "on the sidelines of" it, and "On the same day, …"', () => {
    const found = one('08/11/2025',
      'On November 7, the ministry held a national conference on innovation in Hanoi.',
      'On the sidelines of the conference, the ministry and the Chamber of Commerce signed a memorandum on technology transfer.',
      'On the occasion, the ministry presented certificates of merit to 12 enterprises.',
      'On the same day, the ministry held a seminar on patents.',
      'The minister presented the draft law to the deputies.');
    expect(found).toEqual(expect.arrayContaining([
      ['signed', '2025-11-07', expect.stringMatching(/signed a memorandum on technology transfer/)],
      ['other', '2025-11-07', 'Ministry presented certificates of merit'],
      ['meeting', '2025-11-07', 'Seminar on patents'],
    ]));
    expect(found.some(([, , title]) => /draft law/.test(String(title)))).toBe(false);
  });

  it('reads a speech named with its speaker after it, and a launch that is the second purpose of a ceremony', () => {
    const found = one('16/12/2025',
      'The portal introduces the full text of the speech delivered by Deputy Prime Minister Le Van Tam at the National Forum on Data 2025, held in Hanoi on December 15.',
      'On December 15, the city held a ceremony to sign cooperation agreements and to launch the City Health Data platform.');
    expect(found).toEqual(expect.arrayContaining([
      ['remarks', '2025-12-15', 'Le Van Tam delivered a speech at the National Forum'],
      ['other', '2025-12-15', 'Launch of the City Health Data platform'],
    ]));
  });
});

/** Kind, date and title of the events of one text, published on `published`. */
const dayEvents = (published: string, ...lines: string[]) => events({ 'seeds/a.txt': dated(published, ...lines) });

describe('what was done at the ceremony the text reports', () => {
  it('makes "launched at a ceremony on Sunday" one launch, not a launch and a ceremony', () => {
    const found = dayEvents('30/06/2026', 'The campaign was launched at a ceremony in Huế on Sunday.');
    expect(found.map((e) => [e[0], e[1]])).toEqual([['other', '2026-06-28']]);
  });

  it('dates a deed "at the ceremony" far from the lead by the ceremony the lead reports', () => {
    const found = dayEvents('19/01/2026', 'Quảng Trị broke ground on the Ái Tử logistics park on Sunday morning.',
      'The park covers 320 ha.', 'Its first phase will be finished in 2027.', 'The province expects 40 tenants.', 'Officials said roads come first.',
      'Planners said water supply is secured.', 'Two banks pledged credit lines.', 'The power line will be upgraded.',
      'Chairman Lê Đức Anh also presented investment certificates to three logistics firms at the ceremony.');
    expect(found.map((e) => [e[1], e[2]])).toContainEqual(['2026-01-18', 'Chairman Lê Đức Anh presented investment certificates']);
  });
});

describe('a launch told in a reduced relative, and a month of last year', () => {
  it('reads "“Green Saturdays”, launched in May last year," as that launch, in May of the year before', () => {
    const found = dayEvents('30/03/2026', 'The union said the drive builds on “Green Saturdays”, launched in May last year, which drew 90,000 volunteers.');
    expect(found).toEqual([['other', '2025-05', 'Green Saturdays launched']]);
  });
});

describe('a thing launched in a relative clause after its noun, and an attribution before a title', () => {
  const events = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('12/03/2026', ...lines) }).events.map((e) => [e.date, e.title]);

  it('names "a cleanroom at its campus, which was put into operation in December 2025" by its noun, not the sentence\'s speaker', () => {
    expect(events('Nguyễn Thị Lan Phương, Vice President of the university, said it had spent VND310 billion on a cleanroom at its Hòa Lạc '
      + 'campus, which was put into operation in December 2025.')).toEqual([['2025-12', 'Cleanroom at its Hòa Lạc campus put into operation']]);
  });

  it('leaves "According to" out of a title', () => {
    expect(events('Vietnam ranked 18th, according to the report released in Singapore by the Harbour Policy Institute on Tuesday.'))
      .toEqual([['2026-03-10', 'Report released in Singapore by the Harbour Policy Institute']]);
  });
});

describe('a launch at a ceremony, and a gathering held to launch something', () => {
  it('tells a product launched at a ceremony as one event named with it, its subject without the day', () => {
    expect(one('Thứ Bảy, 12/07/2031 - 07:00', 'Lam Hong Software JSC on Friday (11/7) launched LH Farm Ledger 2.5, an app that keeps the books of tea cooperatives, at a ceremony in Bảo Lộc ward.'))
      .toEqual([['other', '2031-07-11', 'Lam Hong Software JSC launched LH Farm Ledger 2.5 at a ceremony']]);
  });

  it('tells a conference held only to launch a plan as the conference, named with its purpose', () => {
    expect(one('Friday, 14/03/2031', 'At a conference on Thursday to launch the plan, the chairman of the provincial People\'s Committee said the border gates came first.'))
      .toEqual([['meeting', '2031-03-13', 'Conference to launch the plan']]);
  });

  it('keeps a launch of its own when the gathering had another purpose, or when a button was pressed at one told before', () => {
    expect(one('Friday, 14/03/2031', 'On Thursday, the City Party Committee held a conference to launch the Programme on smart ports and to disseminate Resolution No. 31-NQ/TU.'))
      .toContainEqual(['other', '2031-03-13', 'Launch of the Programme']);
    expect(one('Friday, 14/03/2031', 'On Thursday, the ministry held a conference in Hà Nội to review its work.', 'At the conference, the minister pressed the button to launch the national grants portal.'))
      .toContainEqual(['other', '2031-03-13', 'Launch of the national grants portal']);
  });

  it('ends what was launched at a comma after a common noun, before the speaker named after it', () => {
    expect(one('Friday, 14/03/2031', 'At a ceremony in Huế on Thursday to launch the programme, Minister Hồ Đăng Khoa said the data centres would be greener.').map((e) => e[2]))
      .toEqual(['Ceremony in Huế to launch the programme']);
  });
});

describe('a gathering named in quotes that opens', () => {
  it('names it whole, dash and all, and dates a guest\'s words "at the ceremony" by it', () => {
    expect(one('Posted on 18 September 2029', 'The exhibition "Digital Lạng Sơn – Stone and Silk" opened at the provincial museum on Saturday morning.',
      'Attending the ceremony as a guest, Hà Văn Lộc, Deputy Director of the Department of Cultural Heritage under the Ministry of Culture, Sports and Tourism, said the scans were a model.'))
      .toEqual([['meeting', '2029-09-15', 'Exhibition "Digital Lạng Sơn – Stone and Silk"'], ['remarks', '2029-09-15', 'Hà Văn Lộc delivered remarks at the ceremony']]);
  });
});

describe('a hub unveiled', () => {
  it('is a launch, the hub being a body and a place', () => {
    expect(one('12/12/2025', 'On Thursday, the province unveiled the Khánh Hòa Innovation Hub, a co-working and laboratory space in Nha Trang.'))
      .toContainEqual(['other', '2025-12-11', expect.stringContaining('Khánh Hòa Innovation Hub')]);
  });
});

describe('a launch still to come, in the passive', () => {
  it('is no event: "would be rolled out", "will be launched"', () => {
    expect(one('14/03/2030', 'Deputy Director Trần Thu Hà said biometric boarding would be rolled out at six more airports this year.')).toEqual([]);
    expect(one('14/03/2030', 'The new app will be launched in May.')).toEqual([]);
    expect(one('14/03/2030', 'Biometric boarding was rolled out at six more airports in March.').map(([kind, date]) => [kind, date]))
      .toEqual([['other', '2030-03']]);
  });
});

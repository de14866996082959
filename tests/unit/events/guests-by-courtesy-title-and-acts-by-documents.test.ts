import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

const eventsOf = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('15/12/2026', ...lines) }).events.map((e) => [e.date, e.kind, e.title]);
const remarks = (...lines: string[]) => eventsOf(...lines).filter(([, kind]) => kind === 'remarks');

describe('a guest whose words come later, or who addressed the gathering or answered questions there', () => {
  const conference = 'On Monday (14/12), the Bình Phước Provincial People\'s Committee held a conference on rubber traceability.';

  it('delivers remarks when the next sentence calls them by a courtesy title and their family name', () => {
    expect(remarks(conference,
      'Attending the conference as a guest, Director of the Department of Trade Promotion under the Ministry of Industry and Trade '
        + 'Phùng Thị Ngân Hà called the plan "modest". Ms Phùng also urged the province to share its data with exporters.',
    )).toEqual([['2026-12-14', 'remarks', 'Phùng Thị Ngân Hà delivered remarks at the conference']]);
    // (Without those words, one who only attended says nothing the text reports.)
    expect(remarks(conference,
      'Attending the conference as a guest, Director of the Department of Trade Promotion under the Ministry of Industry and Trade '
        + 'Phùng Thị Ngân Hà called the plan "modest". The province has 41 rubber cooperatives.',
    )).toEqual([]);
  });

  it('delivers remarks when they attended as a guest and addressed the sitting, their title before their name', () => {
    expect(remarks('On Monday (14/12), the Cô Tô Special Zone People\'s Council held its 6th session.',
      'Vice Chairwoman of the Quảng Ninh Provincial People\'s Council Triệu Thị Hoa attended the session as a guest and addressed it '
        + 'before the vote.',
    )).toEqual([['2026-12-14', 'remarks', 'Triệu Thị Hoa delivered remarks at the session']]);
  });

  it('delivers remarks at the press conference the text reports when they attended as a guest and answered questions', () => {
    expect(remarks('On Monday afternoon (14/12), the Đồng Nai Provincial People\'s Committee held a press conference on its chip plan.',
      'Rector of the Long Thành Institute of Technology Mạc Văn Quý attended as a guest and answered questions from reporters.',
    )).toEqual([['2026-12-14', 'remarks', 'Mạc Văn Quý delivered remarks']]);
  });
});

describe('gatherings named by the body they are of, or dated by a day after their subject', () => {
  it('titles a meeting by the body in lower case it is of, and its subject up to the clause after it', () => {
    const events = eventsOf('The report was discussed yesterday at a meeting of the city\'s steering committee on science, technology and '
      + 'digital transformation, chaired by Chairman of the Huế City People\'s Committee Lê Văn An.');
    expect(events).toContainEqual(['2026-12-14', 'meeting',
      'Meeting of the city\'s steering committee on science, technology and digital transformation']);
  });

  it('dates a meeting "on <subject> held on <day>" by that day, beside the other acts of its sentence', () => {
    const events = eventsOf('Deputy Prime Minister Hà Văn Kiên has signed Decision No. 3310/QĐ-TTg approving the national dam safety programme.',
      'The decision, signed on Friday (11/12), carries out the Government\'s Resolution No. 19/NQ-CP dated 1/10/2026 '
      + 'on water security and Notice No. 4471/TB-VPCP, which recorded the conclusions of the Government meeting on dams held on 2 November 2026.');
    expect(events).toContainEqual(['2026-12-11', 'signed', 'Decision 3310/QĐ-TTg signed']);
    expect(events).toContainEqual(['2026-11-02', 'meeting', 'Government meeting']);
  });
});

describe('an act done by a numbered document, or on a document named by its noun and a code', () => {
  it('is that document\'s issue: one event, not an approval beside it', () => {
    const events = eventsOf('To reach every village, the Prime Minister approved the National Rural Broadband Programme by Decision No. '
      + '2208/QĐ-TTg dated 3/6/2026.');
    expect(events.filter(([date]) => date === '2026-06-03')).toEqual([['2026-06-03', 'instrument', 'Decision 2208/QĐ-TTg issued']]);
    // (Not one done "under" a document, which it carries out.)
    const under = eventsOf('On 3 June 2026, the Prime Minister approved the programme under Resolution 57-NQ/TW.');
    expect(under).toContainEqual(['2026-06-03', 'approved', 'Prime Minister approved the programme']);
    expect(under.filter(([date]) => date === '2026-06-03').map(([, kind]) => kind)).toEqual(['approved']);
  });

  it('reads a document opening its sentence by its noun and a code, signed on a day in a clause after it', () => {
    expect(eventsOf('Loan agreement KFW/VN/2025-031, signed on 9 October 2025. Project owner: the Department of Science and Technology.'))
      .toContainEqual(['2025-10-09', 'signed', 'Loan agreement KFW/VN/2025-031 signed']);
    // (A document told with a definite article refers back to one named before, and is no new one.)
    expect(eventsOf('The plan, signed on 9 October 2025, runs to 2030.').filter(([, kind]) => kind === 'signed')).toEqual([]);
  });
});

describe('a page that records a gathering, its day in a field of its header, and two guests\' remarks that day', () => {
  it('dates the gathering its title names by the header\'s field, and the remarks of each guest it lists', () => {
    const page = ['RIVER DATA NETWORK', 'Home | Webinars | Contact', 'Webinar #6 recording and summary: open data for river ports',
      'Streamed live: Thursday, 4 October 2029, 09:00–10:15 (ICT) · Summary posted: 08/10/2029 · Length: 1:15:02',
      'The sixth webinar of the River Data Network asked why port data is so hard to share between agencies.',
      'Moderator: Đào Thị Lan, Programme Manager of the River Data Network',
      'Guest: Phạm Văn Hùng, Deputy Director of the Đồng Tháp Department of Construction',
      'Guest: Lê Thu Trang, CEO of PortLink',
      'Mr Hùng said the province would publish its berth data every week from next year.'].join('\n');
    const events = timelineOf({ 'seeds/a.txt': page }).events.map((e) => [e.date, e.kind, e.title]);
    expect(events).toEqual(expect.arrayContaining([['2029-10-04', 'meeting', 'Webinar #6'],
      ['2029-10-04', 'remarks', 'Phạm Văn Hùng delivered remarks at the webinar'],
      ['2029-10-04', 'remarks', 'Lê Thu Trang delivered remarks at the webinar']]));
    // (The moderator is its host: no remarks.)
    expect(events.filter(([, kind]) => kind === 'remarks')).toHaveLength(2);
  });

  it('keeps two guests\' remarks at one gathering apart, however alike their titles', () => {
    expect(remarks('On Monday (14/12), the province held a conference on chips.',
      'Speaking at the conference as a guest, Deputy Minister Lê Văn An said chips mattered.',
      'Attending the conference as a guest, Director of the Hanoi Institute of Chips Trần Thị Bích said firms were ready.'))
      .toEqual([['2026-12-14', 'remarks', 'Lê Văn An delivered remarks at the conference'],
        ['2026-12-14', 'remarks', 'Trần Thị Bích delivered remarks at the conference']]);
  });
});

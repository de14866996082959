import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

/** Kind, date and title of each remarks event a text reports. */
const remarks = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(...(lines as [string, ...string[]])) }).events
  .filter((e) => e.kind === 'remarks').map((e) => [e.date, e.title]);

const LEAD = 'The Lam Dong Association of Software Firms held its annual innovation forum in Da Lat on Thursday.';

describe('a guest speaking at a gathering the text reports', () => {
  it('reads the speech of an official whose body did not hold the gathering, dated by the gathering', () => {
    expect(remarks('14/11/2026', LEAD, 'Addressing the forum, Vice Chairman of the Lam Dong Provincial People\'s Committee Đỗ Văn Hải said the '
      + 'province would open a testing centre by 2028.')).toEqual([['2026-11-12', 'Đỗ Văn Hải delivered remarks at the forum']]);
    expect(remarks('14/11/2026', LEAD, 'Speaking at the forum, Deputy Prime Minister Lâm Quang Vũ asked firms to hire more engineers.'))
      .toEqual([['2026-11-12', 'Lâm Quang Vũ delivered remarks at the forum']]);
  });

  it('reads no event in the words of a host, of a speaker with a past title, or where the text names no host', () => {
    expect(remarks('14/11/2026', LEAD, 'Speaking at the forum, Chairman of the Lam Dong Association of Software Firms Trịnh Hữu Phước said '
      + 'members had doubled their exports.')).toEqual([]);
    expect(remarks('14/11/2026', LEAD, 'Speaking at the forum, Phạm Minh Đức, a former Director of the Lam Dong Department of Finance, said '
      + 'loans were still slow.')).toEqual([]);
    expect(remarks('14/11/2026', 'The annual innovation forum opened in Da Lat on Thursday.', 'Addressing the forum, Vice Chairman of the '
      + 'Lam Dong Provincial People\'s Committee Đỗ Văn Hải said the province would open a testing centre by 2028.')).toEqual([]);
  });

  it('reads a guest whose title in apposition is at a body the text links no name for, and no host speaking so', () => {
    expect(remarks('14/11/2026', LEAD, 'Speaking at the forum, Lò Văn Tiến, Director of the Đà Lạt branch of Hồng Sơn Telecom, pledged '
      + 'to switch on 5G in every ward.')).toEqual([['2026-11-12', 'Lò Văn Tiến delivered remarks at the forum']]);
    expect(remarks('14/11/2026', LEAD, 'Speaking at the forum, Lò Văn Tiến, Chairman of the Lam Dong Association of Software Firms, said '
      + 'members had doubled their exports.')).toEqual([]);
  });

  it('reads "In his speech he asked …" as the speech of the guest the sentence before says attended, and not of the host', () => {
    expect(remarks('26/07/2027', 'The contest was launched at a ceremony on Saturday (24/7), chaired by Quàng Văn Nghĩa, Director of the '
      + 'Department of Science and Technology.', 'Cầm Văn Thiện, Deputy Secretary of the Provincial Party Committee, attended and pressed '
      + 'the button.', 'In his speech he asked young people to take part.')).toEqual([['2027-07-24', 'Cầm Văn Thiện delivered a speech']]);
    expect(remarks('26/07/2027', 'The contest was launched at a ceremony on Saturday (24/7), chaired by Quàng Văn Nghĩa, Director of the '
      + 'Department of Science and Technology.', 'In his speech he asked young people to take part.')).toEqual([]);
  });

  it('reads a guest named before ", speaking at the forum,", dated by the forum whatever years the speaker names', () => {
    expect(remarks('14/11/2026', LEAD, 'Vice Chairman of the Lam Dong Provincial People\'s Committee Đỗ Văn Hải, speaking at the forum, asked '
      + 'members to hire 500 engineers in 2027.')).toEqual([['2026-11-12', 'Đỗ Văn Hải delivered remarks at the forum']]);
  });
});


describe('a body that launched the occasion is its host', () => {
  it('makes a deputy minister speaking at a youth union\'s launch ceremony a guest', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('30/03/2026',
      'The Central Committee of the Vietnam Students\' Association on Sunday launched the "Code for Villages" campaign at a ceremony in Huế.',
      'Speaking at the ceremony, Deputy Minister of Education and Training Lâm Thị Quỳnh said the ministry would count volunteer hours as credits.') })
      .events.filter((e) => e.kind === 'remarks').map((e) => [e.date, e.title]);
    expect(found).toEqual([['2026-03-29', 'Lâm Thị Quỳnh delivered remarks at the ceremony']]);
  });
});

describe('a guest who attended, or spoke at a gathering that frames the sentence', () => {
  /** Kind, date and title of every event of a text published on 14 November 2026. */
  const events = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('14/11/2026', ...lines) }).events.map((e) => [e.kind, e.date, e.title]);

  it('reads "X, <title>, who attended the briefing …, said" as remarks at that briefing, however far from it', () => {
    const found = events('The Song Lam University of Technology announced its quotas at a press briefing on Wednesday.',
      'The university will enrol 1,420 students in chip design and AI.', 'Its cleanroom opened last year.', 'Most graduates found jobs.',
      'Hoàng Văn Sỹ, Deputy Director of the Higher Education Department, who attended the briefing on behalf of the Ministry of Education '
        + 'and Training, said 43 universities had been allowed to open chip majors.');
    expect(found).toContainEqual(['remarks', '2026-11-11', 'Hoàng Văn Sỹ delivered remarks at the briefing']);
  });

  it('reads a guest\'s words after "At a seminar …," as remarks beside the seminar, but no chair\'s words at his own body\'s meeting', () => {
    const seminar = events('At a seminar in Hà Nội on Wednesday to present the findings, organised by the Harbour Policy Institute and the '
      + 'National Innovation Centre, Deputy Minister of Science and Technology Võ Hoài Nam said policies were starting to bite.');
    expect(seminar).toEqual(expect.arrayContaining([['meeting', '2026-11-11', expect.stringMatching(/^Seminar/)],
      ['remarks', '2026-11-11', 'Võ Hoài Nam delivered remarks at the seminar']]));
    expect(events('At the first meeting of the Government Steering Committee on November 3, Prime Minister Phạm Minh Chính asked ministries '
      + 'to finish connecting the national databases.').filter(([kind]) => kind === 'remarks')).toEqual([]);
    // Nor at a gathering told only as past: "At a recent meeting, …".
    expect(events('The forum opened in Da Nang on Thursday.', 'At a recent meeting, General Secretary Tô Lâm stressed that science must lead.')
      .filter(([kind]) => kind === 'remarks')).toEqual([]);
  });

  it('dates a public hearing by the day of its "held" after what it was about', () => {
    expect(events('NHA TRANG — Experts called for more land for industry at a public hearing on the draft adjusted master plan of Khánh Hòa '
      + 'for 2021-2030, with a vision to 2050, held in Nha Trang on Saturday.')).toContainEqual(['meeting', '2026-11-14', 'Public hearing']);
  });
});

describe('a gathering\'s day told near it', () => {
  const events = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('28/08/2026', ...lines) }).events.map((e) => [e.kind, e.date, e.title]);

  it('dates "a mid-term review conference held in July" by that month', () => {
    expect(events('The revision follows a mid-term review conference held in July and the province\'s new data law.'))
      .toContainEqual(['meeting', '2026-07', 'Mid-term review conference']);
  });

  it('dates "the Government\'s regular meeting of July 2026" by that month, though "of" before a day cites a document', () => {
    expect(events('The programme was discussed at the Government\'s regular meeting of July 2026 and approved in August.'))
      .toContainEqual(['meeting', '2026-07', 'Regular meeting of the Government']);
    expect(events('The plan was discussed at the council\'s thematic session of 14 August 2026.').map(([kind, date]) => [kind, date]))
      .toContainEqual(['meeting', '2026-08-14']);
    // (A document's date after "of" still dates the document, not a gathering.)
    expect(events('The meeting reviewed the ministry\'s report of July 2026.').filter(([kind]) => kind === 'meeting')).toEqual([]);
  });

  it('dates a gathering by a day in brackets after its weekday, measured from the weekday ("… on Wednesday (26/8)")', () => {
    expect(events('At the tax office\'s conference with 420 enterprises and household businesses on Wednesday (26/8), software providers '
      + 'agreed to keep their fees low.')).toContainEqual(['meeting', '2026-08-26', 'Tax office\'s conference']);
  });

  it('gives no gathering the day told relative to it ("on July 1, a day after the first session")', () => {
    expect(events('The commune government began operating on July 1, a day after the first session of the commune People\'s Council.')
      .filter(([, date]) => date === '2026-07-01').map(([kind]) => kind)).not.toContain('meeting');
  });
});

describe('a guest at a gathering the sentence leaves unnamed', () => {
  it('spoke at the gathering told just before, not at the signing the lead told', () => {
    expect(remarks('19/03/2029', 'The Quảng Bình Provincial People\'s Committee has issued Plan No. 1502/KH-UBND on digital ports, signed on '
      + '14 March by Vice Chairman of the Quảng Bình Provincial People\'s Committee Phan Văn Long.',
    'The plan sets goals for 2032.',
    'The plan was introduced to about 300 enterprises at a conference in Đồng Hới ward on Saturday (17/3), chaired by Vice Chairman Long.',
    'Attending as a guest, Deputy Director of the Department of E-commerce and Digital Economy under the Ministry of Industry and Trade Bùi '
      + 'Thanh Mai said the province had a head start.').map(([date]) => date)).toEqual(['2029-03-17']);
  });
});

describe('a guest named in a list of who did what, whose words open a paragraph later', () => {
  const press = (...later: string[]) => remarks('15/12/2026',
    'This morning (15/12), the Ministry of Finance held a press conference in Hà Nội to introduce the programme.',
    'Deputy Minister of Finance Đào Thị Thanh Vân chaired the press conference. Director of the Public Procurement Agency Kiều Minh Thái '
      + 'presented the programme, and Deputy Director of the National Innovation Centre Tống Quỳnh Mai attended as a guest.',
    'The programme sets goals for 2035.', ...later);

  it('delivered remarks at the gathering reported, named by an honorific ("Ms Tống said …")', () => {
    expect(press('Ms Tống said the centre would send the agency a list of products every quarter.'))
      .toEqual([['2026-12-15', 'Tống Quỳnh Mai delivered remarks']]);
  });

  it('gives none to a host who speaks so, nor to a guest who speaks after the gathering or to a paper', () => {
    expect(press('Mr Thái said the agency would publish every award.')).toEqual([]);
    expect(press('Ms Tống said after the press conference that the centre would send a list.')).toEqual([]);
  });
});

describe('a guest named later by family name', () => {
  it('reads "Speaking at the session, X praised …" by a provincial guest named in full before', () => {
    expect(remarks('19/12/2025',
      'The People\'s Council of Tân Hòa commune held its year-end session on December 18.',
      'Chairman of the Tân Hòa Commune People\'s Council Lê Văn Kiên chaired the session. Vice Chairwoman of the Long An Provincial People\'s '
        + 'Council Võ Thị Mỹ attended.',
      'Speaking at the session, Mỹ praised the commune for its online services.')).toEqual([['2025-12-18', 'Võ Thị Mỹ delivered remarks at the session']]);
  });

  it('reads an envoy\'s words at the ceremony of a signing told far before, by a family name of another shape', () => {
    expect(remarks('15/10/2026',
      'Bình Định Province and the Hanbit Institute of Applied Science on Monday signed a memorandum, in the presence of Ambassador of the '
        + 'Republic of Korea to Vietnam Yoon Min-seo.',
      'Under the memorandum, the institute will send experts to the province.',
      'The province will provide premises and data centre capacity.',
      'Bình Định has about 90 engineers in chip design today.',
      'The two sides first discussed the cooperation in May.',
      'Speaking at the ceremony, Ambassador Yoon said Korean firms saw the region as the next chapter.'))
      .toEqual([['2026-10-12', 'Yoon Min-seo delivered remarks at the ceremony']]);
  });
});

describe('a speech joined by "and" to the speaker\'s other act', () => {
  it('reads "X attended the opening session and delivered a directing speech" as X\'s speech', () => {
    expect(remarks('04/10/2025', 'The Provincial Party Congress opened on Wednesday, October 1.',
      'Secretary of the Party Central Committee Đỗ Minh Khang attended the opening session and delivered a directing speech.'))
      .toEqual([['2025-10-01', 'Đỗ Minh Khang delivered a speech']]);
  });
});

describe('a launch held at a ceremony a later sentence names', () => {
  it('dates a guest "speaking at the ceremony" by the launch the text opens with, however many paragraphs later', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('11/11/2026',
      'The Ha Tinh Provincial Police launched a 45-day campaign on Monday to give every adult a digital signature.',
      'The province has issued 412,000 signatures so far.', 'Most are used for land records.', 'Mountain communes lag behind.',
      'Mobile teams will visit every commune.', 'Weekend counters will open at 90 police stations.', 'Banks will lend card readers.',
      'Post offices will help the elderly.', 'Schools will teach pupils to sign forms.',
      'Vice Chairman of the Ha Tinh Provincial People\'s Committee Lê Văn Khải, speaking at the ceremony, asked departments to accept '
        + 'signed files from January 1, 2027.') })
      .events.filter((e) => e.kind === 'remarks').map((e) => [e.date, e.title]);
    expect(found).toEqual([['2026-11-09', 'Lê Văn Khải delivered remarks at the ceremony']]);
  });
});

describe('a guest who attended a session and spoke at one of its sittings', () => {
  it('reads their words as remarks at the session, on its day', () => {
    expect(remarks('10/07/2029', 'The Bắc Kạn Provincial People\'s Council closed its 12th session this afternoon (10/7), adopting 17 resolutions.',
      'Attending the session as a guest and speaking at its closing sitting, Hà Thị Mây, Vice Chairwoman of the National Assembly\'s Ethnic '
        + 'Council, said the programme should put village elders at its centre.'))
      .toEqual([['2029-07-10', 'Hà Thị Mây delivered remarks at the session']]);
  });
});

describe('a guest speaking at the opening sitting of a session told paragraphs before', () => {
  it('spoke on the day the session opened, the sitting being the session\'s', () => {
    const filler = ['Delegates read the draft programme clause by clause.', 'The programme\'s budget comes from the province and from investors.',
      'Small firms will get help with software.', 'Delegates asked for more training for workers.', 'The draft was revised twice.',
      'Energy audits are still done on paper.', 'Most parks have no shared data yet.', 'Investors ask about data first.'];
    expect(remarks('11/07/2030', 'The Provincial People\'s Council closed its 14th session this afternoon after two days of work.',
      'The session opened on Wednesday morning (10/7), chaired by Chairman of the Provincial People\'s Council Lâm Quốc Huy.', ...filler,
      'Speaking at the opening sitting, Deputy Minister of Science and Technology Hồ Sĩ Phong said the province could lead the region.'))
      .toEqual([['2030-07-10', 'Hồ Sĩ Phong delivered remarks at the opening sitting']]);
  });
});

describe('a guest whose title runs long, at a department under a ministry', () => {
  it('is read after "Attending the conference," past the whole title', () => {
    expect(remarks('15/12/2026', 'The Sơn La Provincial People\'s Committee held a conference on Monday (14/12) to launch its fruit traceability plan.',
      'Attending the conference, Deputy Director of the Department of Crop Production and Plant Protection under the Ministry of Agriculture '
        + 'and Environment Vì Thị Hồng Mai said importers now asked for codes.'))
      .toEqual([['2026-12-14', 'Vì Thị Hồng Mai delivered remarks at the conference']]);
  });
});

describe('a text that names no host, its gathering opening a sentence with its first speaker', () => {
  const lead = 'At the dialogue with shipping lines on Tuesday (8/12), Director of the Hai Phong Maritime Administration Phạm Quốc Hòa said '
    + 'agents had been trained.';
  it('takes the first speaker for its host, so a speaker from another body who told the gathering is a guest', () => {
    expect(remarks('10/12/2026', lead, 'Deputy Director of the Vietnam Maritime Administration under the Ministry of Construction Tạ Quang Lực '
      + 'told the dialogue that other ports would follow.')).toEqual([['2026-12-08', 'Tạ Quang Lực addressed the dialogue']]);
  });

  it('takes no host from a person a document names, nor from a leader speaking first, who stays a guest', () => {
    expect(remarks('10/12/2026', 'At the conference on Tuesday (8/12), Decision No. 41-QĐNS/TW was announced, under which Hồ Văn Mạnh, '
      + 'is assigned to the Central Commission.', 'Deputy Director of the Vietnam Maritime Administration Tạ Quang Lực told the conference that ports '
      + 'would follow.')).toEqual([]);
    expect(remarks('10/12/2026', 'At the ceremony on Tuesday (8/12), Deputy Prime Minister Trần Văn Sơn said the port was ready.',
      'Director of the Hai Phong Port Authority Lê Văn Thành told the ceremony that ports would follow.'))
      .toEqual([['2026-12-08', 'Trần Văn Sơn delivered remarks at the ceremony']]);
  });
});

describe('a body\'s own page, and an official of another body speaking first at its gathering', () => {
  it('gives the gathering to the body the text opens with, so the official is its guest', () => {
    expect(remarks('02/04/2027', 'Phú Bài International Airport informs passengers that Face ID boarding opens on all domestic flights.',
      'At a meeting with the airlines on Tuesday (30/3), Deputy Director General of the Civil Aviation Authority of Vietnam Kha Văn Toàn said the '
        + 'trial had worked.')).toEqual([['2027-03-30', 'Kha Văn Toàn delivered remarks at the meeting']]);
    // (One of the body the text opens with is its host: no guest's remarks.)
    expect(remarks('02/04/2027', 'Phú Bài International Airport informs passengers that Face ID boarding opens on all domestic flights.',
      'At a meeting with the airlines on Tuesday (30/3), Director of Phú Bài International Airport Lê Quang Vinh said the trial had worked.'))
      .toEqual([]);
  });

  it('dates the remarks at a launch told "that morning" by the day the paragraph has just told', () => {
    expect(remarks('07/01/2031', 'Hà Thành Metro Operating Company (HTMO) informs passengers of the following changes.',
      'From Saturday 11 January 2031, passengers can pay by tapping a bank card at any gate.',
      'Contactless payment has been piloted at six stations since Sunday (29/12). At the launch of the pilot at Cầu Giấy station that morning, '
        + 'Deputy Director of the Hà Nội Department of Construction Ninh Thị Bích Hạnh said it was the first step.'))
      .toEqual([['2030-12-29', 'Ninh Thị Bích Hạnh delivered remarks at the launch of the pilot at Cầu Giấy station that morning']]);
  });
});

describe('a speech printed in full, told by a relative clause', () => {
  it('is the speaker\'s remarks at the gathering named after the verb, that day', () => {
    expect(remarks('19/06/2026', 'The e-Portal publishes the full text of the speech that Minister of Science and Technology Trương Đức Minh '
      + 'delivered at the Hải Phòng Logistics Forum 2026 yesterday morning.'))
      .toEqual([['2026-06-18', 'Trương Đức Minh delivered a speech at the Hải Phòng Logistics Forum']]);
    // (Not a speech "that" someone only praised.)
    expect(remarks('19/06/2026', 'Delegates said the speech that Minister Trương Đức Minh praised at the forum was moving.')).toEqual([]);
  });
});

describe('a speech printed in full, its day before "by" and a long name of its forum', () => {
  it('is the speaker\'s remarks that day, the forum held that day, and what was signed "at the forum"', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('28/06/2031', 'Delta News publishes below the full text of the speech delivered on Friday '
      + '(27/6) by Deputy Minister of Finance Hồ Văn Tâm at the Mekong Rice and Aquaculture Data Sharing Forum 2031, held by the Vĩnh Long '
      + 'Provincial People\'s Committee at the provincial convention centre.', 'Ladies and gentlemen,',
    'Last year, online payments in the province grew by 40 percent.',
    'Second, banks should keep transfers free of charge.', 'Third, universities should train fintech engineers.', 'Thank you.',
    'Editor\'s note: At the forum, the Vĩnh Long Provincial People\'s Committee and three banks signed a memorandum on data sharing.') }).events
      .map((e) => [e.date, e.kind, e.title]);
    expect(found).toContainEqual(['2031-06-27', 'remarks', 'Hồ Văn Tâm delivered a speech at the Mekong Rice and Aquaculture Data Sharing Forum']);
    expect(found).toContainEqual(['2031-06-27', 'meeting', 'Mekong Rice and Aquaculture Data Sharing Forum']);
    // (Told in an editor's note after the speech, paragraphs later.)
    expect(found.filter(([, kind]) => kind === 'signed').map(([date, , title]) => [date, title]))
      .toEqual([['2031-06-27', 'Vĩnh Long Provincial People\'s Committee and three banks signed a memorandum on data sharing']]);
  });
});

describe('a guest at the page\'s own gathering', () => {
  it('reads "At our webinar yesterday (7/11), Deputy Director of … X said" as X\'s remarks, where the firm\'s partner moderated', () => {
    expect(remarks('08/11/2030', 'At our webinar yesterday (7/11), Deputy Director of the Department of Life Science Technology under '
      + 'the Ministry of Science and Technology Đào Thị Lan said the ministry would publish a draft circular before the end of the year.',
    'Managing Partner of Hồng Hà Law Vũ Minh Đức, who moderated the webinar, said the duty would weigh most on small laboratories.'))
      .toContainEqual(['2030-11-07', 'Đào Thị Lan delivered remarks at the webinar']);
  });
});

describe('a gathering that closed after some days', () => {
  it('is dated by the day it opened, where a guest at its opening session spoke, though the text tells the close first', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('04/10/2025', 'The Lào Cai Provincial Party Congress for the 2025-2030 term closed on '
      + 'Friday afternoon after three working days with the adoption of its resolution.', 'Deputy Head of the Central Organisation Commission '
      + 'Hoàng Văn Nam attended the opening session and delivered a directing speech.') }).events.map((e) => [e.date, e.kind, e.title]);
    expect(found).toContainEqual(['2025-10-01', 'meeting', 'Lào Cai Provincial Party Congress']);
    expect(found).toContainEqual(['2025-10-01', 'remarks', 'Hoàng Văn Nam delivered a speech']);
  });
});

describe('a guest who attended and said something there', () => {
  it('is a guest\'s remarks at the gathering: "attended the meeting and praised …", not "attended and directed the conference"', () => {
    expect(remarks('14/07/2031', 'The Standing Board of the Cần Thơ City Party Committee met on Monday morning to review the resolution.',
      'Deputy Minister of Science and Technology Hồ Thanh Vân attended the meeting and praised the city\'s data platform.'))
      .toEqual([['2031-07-14', 'Hồ Thanh Vân delivered remarks at the meeting']]);
    expect(remarks('14/07/2031', 'The Standing Board of the Cần Thơ City Party Committee met on Monday morning to review the resolution.',
      'General Secretary Tô Lâm attended and directed the meeting.')).toEqual([]);
  });
});

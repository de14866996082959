import { describe, expect, it } from 'vitest';
import { timelineOf } from './helpers.ts';

/** The acts of one text, as date, kind and title. */
const actsOf = (paragraphs: string[]) => timelineOf({ 'a.txt': paragraphs.join('\n\n') }).events
  .filter((e) => ['passed', 'adopted', 'approved'].includes(e.kind)).map((e) => [e.date, e.kind, e.title]);

describe('the laws a sitting passes in one vote', () => {
  it('gives each law joined to the object its own act, on the sitting\'s day', () => {
    expect(actsOf([
      'Assembly passes two laws',
      'Posted: 20/05/2026',
      'On the morning of May 20, continuing its ninth session, the National Assembly voted to pass the Law on Open Data and the Law on Digital Archives.',
    ])).toEqual([
      ['2026-05-20', 'passed', 'National Assembly voted to pass the Law on Open Data'],
      ['2026-05-20', 'passed', 'National Assembly voted to pass the Law on Digital Archives'],
    ]);
  });
});

describe('a vote told far down a report of a sitting', () => {
  const report = (voters: string) => [
    'Assembly approves broadband programme',
    'Posted: 20/05/2026',
    'On the morning of May 20, continuing its ninth session, the National Assembly voted to pass the Law on Open Data.',
    'The law takes effect on January 1, 2027.', 'It requires ministries to publish their data sets.', 'Deputies debated it twice.',
    'The drafting committee accepted most proposals.', 'Several deputies asked for a longer transition.', 'The Government agreed.',
    'Broadband for remote areas',
    `${voters} then adopted Resolution No. 88/2026/QH15 on the investment policy for the broadband programme, with 451 votes in favour.`,
  ];

  it('is the sitting\'s, however many paragraphs come between, when the members or the body vote', () => {
    expect(actsOf(report('Deputies'))).toContainEqual(['2026-05-20', 'adopted', 'Deputies adopted Resolution No. 88/2026/QH15']);
    expect(actsOf(report('The National Assembly')).filter(([, kind]) => kind === 'adopted').map(([date]) => date)).toEqual(['2026-05-20']);
  });

  it('is the sitting\'s when "the NA" votes, and so is a second resolution told after the first one\'s subject and vote', () => {
    const found = actsOf([...report('The NA').slice(0, -1), 'The NA also adopted Resolution No. 88/2026/QH15 on the investment policy for the '
      + 'broadband programme in the Mekong Delta, with 451 votes in favour (90.9 per cent), and Resolution No. 90/2026/QH15 on the 2027 budget, '
      + 'with 455 votes.']).filter(([, kind]) => kind === 'adopted');
    expect(found).toEqual([['2026-05-20', 'adopted', 'NA adopted Resolution No. 88/2026/QH15'], ['2026-05-20', 'adopted', 'NA adopted Resolution No. 90/2026/QH15']]);
  });

  it('is the sitting\'s for a second resolution told after what the first one does and its vote ("approving the … Programme …, with …")', () => {
    const found = actsOf([...report('The council').slice(0, -1), 'After a morning of debate, the council adopted Resolution No. '
      + '134/2026/NQ-HĐND approving the Quảng Trị Programme on Digital Transformation for Coastal and Border Communes for 2031–2035, with 49 '
      + 'of the 51 delegates present voting in favour (96.1%), and Resolution No. 135/2026/NQ-HĐND on support for digital start-ups, with 47 '
      + 'votes in favour.']).filter(([, kind]) => kind === 'adopted').map(([, , title]) => title);
    expect(found).toEqual(['Council adopted Resolution No. 134/2026/NQ-HĐND', 'Council adopted Resolution No. 135/2026/NQ-HĐND']);
  });

  it('is not, when someone else acts', () => {
    expect(actsOf(report('The ministry')).filter(([, kind]) => kind === 'adopted')).toEqual([]);
  });

  it('is the sitting\'s when the document is passed in the passive with its tally, and not without one', () => {
    const passive = (tally: string) => actsOf([...report('Deputies').slice(0, -1),
      `Resolution No. 88/2026/QH15 on the investment policy for the broadband programme was passed${tally}.`]).filter(([, kind]) => kind === 'passed');
    expect(passive(' with 451 votes in favour')).toContainEqual(['2026-05-20', 'passed', 'Resolution 88/2026/QH15 passed']);
    expect(passive(' unanimously').map(([, , title]) => title)).toContain('Resolution 88/2026/QH15 passed');
    expect(passive(' after a long debate').map(([, , title]) => title)).not.toContain('Resolution 88/2026/QH15 passed');
  });
});

describe('the instruments an act on a number of them made, named after it', () => {
  const session = (second: string) => timelineOf({
    'a.txt': [
      'Council sets up a science fund',
      'Posted: 25/09/2026',
      'On Thursday, the Bình Định Provincial People\'s Council held a thematic session and passed two resolutions on science funding.',
      'Resolution No. 14/2026/NQ-HĐND establishes the provincial science and technology fund with a charter capital of VND200 billion.',
      second,
      'Both follow the Politburo\'s Resolution 57-NQ/TW.',
    ].join('\n\n'),
  });
  const issued = (second: string) => {
    const { entities, events } = session(second);
    return entities.filter((e) => e.type === 'resolution').map((e) => [e.name, 'date' in e ? e.date : undefined,
      events.some((v) => v.kind === 'instrument' && v.entities.includes(e.id))]);
  };

  it('dates as many as it counts, the first named after it, by the act\'s day', () => {
    expect(issued('Resolution No. 15/2026/NQ-HĐND sets support for enterprises\' innovation for 2026-2030.')).toEqual([
      ['Resolution 14/2026/NQ-HĐND', '2026-09-24', true],
      ['Resolution 15/2026/NQ-HĐND', '2026-09-24', true],
      ['Resolution 57-NQ/TW', null, false],
    ]);
  });

  it('dates none when the text names fewer than it counts', () => {
    expect(issued('The second sets support for enterprises\' innovation.').map(([, date]) => date)).toEqual([null, null]);
  });
});

describe('the instruments an act on a number of them made, listed in its own sentence', () => {
  it('dates each one by the act\'s day, with an issue of its own, and the act is told by them', () => {
    const { entities, events } = timelineOf({
      'a.txt': [
        'Commune council approves its 2026 plan',
        'Posted: 20/12/2025',
        'The People\'s Council of Tân Lập commune held its year-end session on December 19.',
        'Delegates at the session passed two resolutions: Resolution No. 17/NQ-HĐND on the 2026 development plan and Resolution No. 18/NQ-HĐND '
          + 'on the 2026 budget estimate.',
      ].join('\n\n'),
    });
    expect(entities.filter((e) => e.type === 'resolution').map((e) => [e.name, 'date' in e ? e.date : undefined])).toEqual([
      ['Resolution 17/NQ-HĐND', '2025-12-19'], ['Resolution 18/NQ-HĐND', '2025-12-19'],
    ]);
    expect(events.filter((e) => e.kind !== 'meeting').map((e) => [e.date, e.kind, e.title])).toEqual([
      ['2025-12-19', 'instrument', 'Resolution 17/NQ-HĐND issued'], ['2025-12-19', 'instrument', 'Resolution 18/NQ-HĐND issued'],
    ]);
  });
});

describe('an act on a number of instruments, all named after it', () => {
  it('is told by their issues, and the gathering it was done at is a meeting of its own', () => {
    const { events } = timelineOf({
      'a.txt': [
        'Council backs a fund',
        'Posted: 14/05/2026',
        'The Quảng Trị Provincial People\'s Council yesterday adopted two resolutions on science at a one-day thematic session.',
        'Resolution No. 21/2026/NQ-HĐND sets up the provincial innovation fund with a charter capital of VND150 billion.',
        'Resolution No. 22/2026/NQ-HĐND sets support for firms that order research from universities.',
      ].join('\n\n'),
    });
    expect(events.map((e) => [e.date, e.kind, e.title])).toEqual([
      ['2026-05-13', 'meeting', 'One-day thematic session of the Quảng Trị Provincial People\'s Council'],
      ['2026-05-13', 'instrument', 'Resolution 21/2026/NQ-HĐND issued'], ['2026-05-13', 'instrument', 'Resolution 22/2026/NQ-HĐND issued'],
    ]);
  });
});

describe('a council\'s act on a number of instruments, and the sitting the text names later', () => {
  const told = (later: string, caption = '') => timelineOf({
    'a.txt': [
      'Bắc Ninh council backs AI assistants',
      'Posted: 12/07/2029',
      ...(caption ? [caption] : []),
      'BẮC NINH – The Bắc Ninh Provincial People\'s Council yesterday passed two resolutions on artificial intelligence in public services.',
      'Resolution No. 31/2029/NQ-HĐND approves the provincial AI programme. Resolution No. 32/2029/NQ-HĐND sets support for AI start-ups.',
      // (Far from the lead: the words are dated by the sitting they name, not by the lead's occasion.)
      ...['The programme will cost about VND 900 billion.', 'Start-ups may lease land for up to 50 years.', 'The city has 12 innovation centres.',
        'Residents\' data will come from the national population database.', 'The models will run in the city\'s data centre.',
        'Three wards will test the assistants first.'],
      later,
    ].join('\n\n'),
  }).events.map((e) => [e.date, e.kind, e.title]);
  const guest = 'Attending the session as a guest, Hà Minh Tuấn, Deputy Minister of Science and Technology, said the province had moved fast.';

  it('dates that sitting, and a guest\'s words at it, by the act: the council voted at it', () => {
    const events = told(guest);
    expect(events).toContainEqual(['2029-07-11', 'meeting', 'Session of the Bắc Ninh Provincial People\'s Council']);
    expect(events.filter((e) => e[1] === 'remarks').map((e) => e[0])).toEqual(['2029-07-11']);
  });

  it('dates the guest\'s words by the vote after a photo\'s caption named the sitting first, with no day', () => {
    const events = told(guest, 'Share | Facebook | Zalo | Print\n\nDelegates vote on the draft resolutions at the thematic session. Photo: Vũ Hoàng Long');
    expect(events).toContainEqual(['2029-07-11', 'meeting', 'Thematic session of the Bắc Ninh Provincial People\'s Council']);
    expect(events.filter((e) => e[1] === 'remarks').map((e) => e[0])).toEqual(['2029-07-11']);
  });

  it('makes no sitting of one the text names for another day, or of none', () => {
    expect(told('The draft on the science fund will return at the year-end session.').filter((e) => e[1] === 'meeting')).toEqual([]);
    expect(told('Deputy Minister Hà Minh Tuấn said the province had moved fast.').filter((e) => e[1] === 'meeting')).toEqual([]);
  });
});

describe('a numbered document that acts', () => {
  it('is issued that day: "Decision X dated D approved the programme" is the decision\'s issue, told once', () => {
    const { events } = timelineOf({
      'a.txt': [
        'Deputy minister on the AI programme',
        'Posted: 20/03/2026',
        'The Prime Minister\'s Decision 1914/QĐ-TTg dated 18/12/2025 approved the National Programme on Data Science Skills for the 2026-2030 period.',
      ].join('\n\n'),
    });
    expect(events.map((e) => [e.date, e.kind, e.title])).toEqual([['2025-12-18', 'instrument', 'Decision 1914/QĐ-TTg issued']]);
  });
});

describe('a programme approved in a numbered document, in a reduced relative', () => {
  it('dates the document\'s issue by the relative\'s time ("…, approved by the Prime Minister in Decision No. X last October, …")', () => {
    const { events } = timelineOf({
      'a.txt': [
        'A target worth keeping',
        'Posted: 11/06/2026',
        'The National Strategy on Engineering Skills to 2030, approved by the Prime Minister in Decision No. 1722/QĐ-TTg last October, sets the '
          + 'goal of 9 engineers per 1,000 workers by 2030.',
      ].join('\n\n'),
    });
    expect(events.map((e) => [e.date, e.kind, e.title])).toEqual([['2025-10', 'instrument', 'Decision 1722/QĐ-TTg issued']]);
  });
});

describe('a document acted on as "the plan"', () => {
  it('is among the act\'s entities, and takes the act\'s day as its date', () => {
    const { entities, events } = timelineOf({
      'a.txt': [
        'Province issues start-up plan',
        'Posted: 14/05/2026',
        'The Hà Tĩnh Provincial People\'s Committee has issued Plan No 118/KH-UBND on innovative start-ups. The plan was signed on Tuesday by Vice '
          + 'Chairman of the Provincial People\'s Committee Lê Văn Hòa.',
      ].join('\n\n'),
    });
    const plan = entities.find((e) => e.type === 'plan')!;
    expect('date' in plan ? plan.date : undefined).toBe('2026-05-12');
    expect(events.find((e) => e.kind === 'signed')!.entities).toContain(plan.id);
  });
});

describe('a speaker\'s words in a quotation', () => {
  it('reads no act a speaker tells of in quotation marks, and still the act the text reports', () => {
    const found = actsOf(['Assembly passes data law', 'Posted: 20/05/2026', 'On May 20, the National Assembly voted to pass the Law on Open Data.',
      '"Last year we passed a good law on archives and then waited a year for the decrees," deputy Lò Thị Hoa said.']);
    expect(found).toEqual([['2026-05-20', 'passed', 'National Assembly voted to pass the Law on Open Data']]);
  });
});

describe('the sitting a vote was taken at', () => {
  it('was held on the vote\'s day: "… on Friday (July 10) passed three resolutions at a one-day thematic session"', () => {
    const events = timelineOf({ 'a.txt': ['Council passes innovation package', 'Posted: 11/07/2026',
      'The Provincial People\'s Council on Friday (July 10) passed three resolutions on innovation at a one-day thematic session in the capital.',
    ].join('\n\n') }).events.map((e) => [e.date, e.kind]);
    expect(events).toContainEqual(['2026-07-10', 'meeting']);
    const titled = timelineOf({ 'a.txt': ['Council passes innovation package', 'Posted: 11/07/2026',
      'Tây Ninh\'s Provincial People\'s Council on Friday (July 10) passed three resolutions at a one-day thematic session.'].join('\n\n') }).events;
    expect(titled.map((e) => e.title)).toContain('One-day thematic session of the Tây Ninh Provincial People\'s Council');
    expect(events).toContainEqual(['2026-07-10', 'passed']);
  });
});

describe('a document told passed by its tally', () => {
  const report = (second: string) => timelineOf({ 'a.txt': [
    'Council backs two resolutions',
    'Posted: 18/06/2031',
    'The Bình Định Provincial People\'s Council on Tuesday (17/6) passed two resolutions on data and start-ups at a one-day thematic session.',
    `Resolution No. 41/2031/NQ-HĐND, on open data, was passed with 61 votes in favour. ${second}`,
  ].join('\n\n') }).events.filter((e) => e.entities.some((id) => id.startsWith('resolution/'))).map((e) => [e.date, e.entities[0]]).sort();

  it('reads "Resolution No. …, on …, received 58 votes" as passed, on the session\'s day', () => {
    expect(report('Resolution No. 42/2031/NQ-HĐND, on support for start-ups, received 58 votes (90.6%).')).toEqual([
      ['2031-06-17', 'resolution/41-2031-nq-hdnd'], ['2031-06-17', 'resolution/42-2031-nq-hdnd'],
    ]);
  });

  it('dates the counted documents the text names after the act, one of them already dated by its own tally', () => {
    expect(report('The second resolution, Resolution No. 42/2031/NQ-HĐND, sets support for start-ups.')).toEqual([
      ['2031-06-17', 'resolution/41-2031-nq-hdnd'], ['2031-06-17', 'resolution/42-2031-nq-hdnd'],
    ]);
  });

  it('is no act when the tally fell short: "received only 30 votes"', () => {
    expect(report('The draft resolution on a start-up fund received only 30 votes and was sent back.')).toEqual([
      ['2031-06-17', 'resolution/41-2031-nq-hdnd'],
    ]);
  });
});

describe('a thing ranked among those acted on', () => {
  it('is no act: "The programme is the fourth national programme approved under Resolution 57 this year"', () => {
    expect(actsOf(['Programme approved', 'Posted: 20/05/2029',
      'The programme is the fourth national programme approved under Resolution 57 this year, after programmes on chips and skills.'])).toEqual([]);
    // (An act told of such a thing is one: "The Prime Minister approved the National Programme on Open Data on Monday.")
    expect(actsOf(['Programme approved', 'Posted: 20/05/2029', 'The Prime Minister approved the National Programme on Open Data on Monday.'])
      .length).toBe(1);
  });
});

describe('the resolutions a council passes after its session closed that day', () => {
  const closing = (opening: string) => timelineOf({
    'seeds/a.txt': ['Council backs a science push for the uplands', 'Tin tứcTin tức10/07/2029',
      "The Bắc Kạn Provincial People's Council closed its 12th session this afternoon (10/7), adopting 17 resolutions.",
      `${opening}the council passed Resolution No. 51/2029/NQ-HĐND approving the programme for forest products, and Resolution No. `
        + '52/2029/NQ-HĐND on support for start-ups.',
      'Resolution 51 was passed by 46 of the 49 delegates present.'].join('\n'),
    // (Another text of the corpus cites a resolution of the same number.)
    'seeds/b.txt': ['A plan for the coast', 'Tin tứcTin tức02/07/2029', "The plan carries out the Provincial Party Committee's Resolution No. "
      + '51-NQ/TU dated 05/6/2026 on the marine economy.'].join('\n'),
  });

  it('dates both resolutions to the day, past an opening participle of who chaired it and the other text\'s resolution 51', () => {
    const built = closing("Chaired by Lương Thị Hoa, Chairwoman of the Bắc Kạn Provincial People's Council, ");
    const dates = Object.fromEntries(built.entities.filter((e) => e.type === 'resolution').map((e) => [e.name, 'date' in e ? e.date : null]));
    expect(dates).toEqual({ 'Resolution 51/2029/NQ-HĐND': '2029-07-10', 'Resolution 52/2029/NQ-HĐND': '2029-07-10', 'Resolution 51-NQ/TU': '2026-06-05' });
    expect(built.events.filter((e) => e.kind === 'passed').map((e) => [e.date, e.title]))
      .toEqual([['2029-07-10', 'Council passed Resolution No. 51/2029/NQ-HĐND'], ['2029-07-10', 'Council passed Resolution No. 52/2029/NQ-HĐND']]);
  });
});

describe('a resolution that "It" stands for, passed with its tally', () => {
  it('passes the instrument the sentence before is about, on the sitting\'s day', () => {
    expect(actsOf([
      'Council backs river data programme',
      'Posted: 09/12/2029',
      'The Provincial People\'s Council closed its 14th session this afternoon after passing two resolutions.',
      'Resolution No. 77/2029/NQ-HĐND approves the Programme on River Data for 2030–2033. It was passed with 48 of the 51 delegates present '
        + 'voting in favour.',
    ]).filter(([, , title]) => String(title).includes('77/2029'))).toEqual([['2029-12-09', 'passed', 'Resolution 77/2029/NQ-HĐND passed']]);
  });
});

import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

/** Kind, date and title of each event a text reports, milestones left out. */
const events = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(...(lines as [string, ...string[]])) }).events
  .filter((e) => e.kind !== 'milestone').map((e) => [e.kind, e.date, e.title]);

describe('deeds told in the past with their own day or month', () => {
  it('names a transcript\'s deed without its time code or the place the sentence opens with', () => {
    expect(events('19/09/2030',
      '[05:45] Lecturers of the provincial college on Tuesday began a course in drone mapping for 60 commune officials.',
      '[07:10] In Kon Plông commune, the coffee cooperative yesterday signed a contract with a trading company.',
    )).toEqual([['other', '2030-09-17', 'Lecturers of the provincial college began a course in drone mapping for 60 commune officials'],
      ['signed', '2030-09-18', 'Coffee cooperative signed a contract with a trading company']]);
  });

  it('reads a first thing a place got as a deed, named without the name set off after it, and no count it got', () => {
    expect(events('22/12/2029',
      'In March 2028, the hamlet got its first fibre line, Route No. 7 of the Sìn Hồ network, laid by hand across the stream.',
      'In April 2028, the commune got 30 new solar lamps.',
    )).toEqual([['other', '2028-03', 'Hamlet got its first fibre line']]);
  });

  it('reads each verb with the time of its clause, a second verb joined by "and" sharing the subject', () => {
    expect(events('20/02/2026', 'The audit team started its fieldwork at the port authority on October 6 and finished the document review on December 2.'))
      .toEqual([
        ['other', '2025-10-06', 'Audit team started its fieldwork at the port authority'],
        ['other', '2025-12-02', 'Audit team finished the document review'],
      ]);
  });

  it('reads a passive by its subject, a month as a month, and a time that opens the clause', () => {
    expect(events('20/02/2026', 'Two mobile laboratories were purchased in November 2025 without a tender.')).toEqual([
      ['other', '2025-11', 'Two mobile laboratories purchased'],
    ]);
    expect(events('20/02/2026', 'On February 3, the district youth union ran a coding class for 60 pupils.')).toEqual([
      ['other', '2026-02-03', 'District youth union ran a coding class for 60 pupils'],
    ]);
  });

  it('reads a participle that opens the sentence as what its main subject underwent', () => {
    expect(events('20/02/2026', 'Ratified on January 14, the charter was hailed as a turning point for the cooperative.')).toEqual([
      ['other', '2026-01-14', 'Charter ratified'],
    ]);
  });

  it('leaves a time to a verb of saying, a figure or an intention, and reads no adjective as a verb', () => {
    expect(events('20/02/2026', 'The director said on Tuesday that the institute had filed four patent applications.')).toEqual([]);
    expect(events('20/02/2026', 'Software exports rose 14% in January 2026.', 'In December 2025 the index stood at 61 points.')).toEqual([]);
    expect(events('20/02/2026', 'On February 9, the bureau announced that the portal would reopen in spring.')).toEqual([]);
    expect(events('20/02/2026', 'On February 9, applicants must use the revised forms.')).toEqual([]);
  });

  it('reads no deed in a clause told beside another ("as …"), nor beside a happening another reader names', () => {
    expect(events('20/02/2026', 'The hall was full on February 10 as farmers questioned the extension officers.')).toEqual([]);
    const found = events('20/02/2026', 'On February 10, the council held its session and elected a new chairwoman.');
    expect(found.map(([kind]) => kind)).not.toContain('other');
    expect(found.map(([kind, date]) => [kind, date])).toContainEqual(['meeting', '2026-02-10']);
  });

  it('reads a happening named by its noun before its time, and a subject before an aside or after "said"', () => {
    expect(events('20/02/2026', 'The gains followed new licensing rules and the opening of a 900 m² pilot plant last November.')).toEqual([
      ['other', '2025-11', 'Opening of 900 m² pilot plant'],
    ]);
    expect(events('20/02/2026', 'The director said the largest order, for a rice-drying line, was signed with a cooperative on January 9.')).toEqual([
      ['other', '2026-01-09', 'Largest order signed'],
    ]);
  });

  it('leaves a time to a verb after a modal, which is still to come', () => {
    expect(events('20/02/2026', 'He said the agency had linked 30 registries and would open its public portal in May.')).toEqual([]);
  });
});

describe('happenings joined to the one before', () => {
  it('gives a launch joined by "and" the subject of the verb before it', () => {
    expect(events('12/10/2026', 'On Saturday, the People\'s Committee of Hoa Binh commune held a fair and launched "Chợ số Hoà Bình", an online market.')
      .map(([kind, , title]) => [kind, title])).toContainEqual(['other', 'People\'s Committee of Hoa Binh commune launched "Chợ số Hoà Bình"']);
  });

  it('dates a signing "At the launch" by the launch the text reports', () => {
    const found = events('19/11/2026', 'The Asia Data Forum launched its Open Data Index 2026 in Hanoi on Tuesday.',
      'At the launch, the forum and the Ministry of Science and Technology signed a memorandum of understanding on a joint survey.');
    expect(found.map(([kind, date]) => [kind, date])).toContainEqual(['signed', '2026-11-17']);
  });

  it('gives an act the day of its own clause, not the day another instrument is dated', () => {
    expect(events('15/04/2026', 'The board was set up under Decision No. 77/QĐ-UBND issued in February and follows Plan No. 12/KH-BCĐ dated January 20, 2026.')
      .map(([kind, date, title]) => [kind, date, title])).toContainEqual(['instrument', '2026-02', 'Decision 77/QĐ-UBND issued']);
  });

  it('dates each of several acts by its own clause, not by the day another instrument is cited with', () => {
    const found = events('14/01/2026', 'It follows Decision 77/QD-TTg of December 29 on the law-making programme, and details the Law on Data, '
      + 'passed by the National Assembly last June, and Resolution 205/2025/QH15 on pilot mechanisms, which the National Assembly passed on December 10.')
      .map(([kind, date, title]) => [kind, date, title]);
    expect(found).toContainEqual(['passed', '2025-06', 'Law on Data passed']);
    expect(found).toContainEqual(['passed', '2025-12-10', 'National Assembly passed Resolution 205/2025/QH15']);
  });

  it('dates an instrument named again by its type in apposition ("X, the Government\'s resolution of April 1, 2025")', () => {
    expect(events('10/05/2025', 'The ministry carries out Resolution No. 64/NQ-CP, the Government\'s resolution of April 1, 2025 that amends its programme.')
      .map(([kind, date, title]) => [kind, date, title])).toContainEqual(['instrument', '2025-04-01', 'Resolution 64/NQ-CP issued']);
  });

  it('reads a page posted or published on a day as a deed, and a figure "posted" as none', () => {
    expect(events('14/01/2026', 'The draft was posted on Monday together with an impact assessment.')).toEqual([['other', '2026-01-12', 'Draft posted']]);
    expect(events('14/01/2026', 'In December the exporters posted a 12% rise in sales.')).toEqual([]);
  });

  it('reads a visit named by its noun, and the most precise of a happening\'s times', () => {
    expect(events('10/02/2026', 'The minister recalled his visit to Oslo last September.')).toEqual([['other', '2025-09', 'Visit to Oslo']]);
    expect(events('20/12/2025', 'In October, the provincial steering committee met to review nine months of work in 2025.')
      .map(([kind, date]) => [kind, date])).toEqual([['meeting', '2025-10']]);
  });

  it('reads a gathering whose name holds a dash, and lets a sentence whose only day is an instrument\'s take the occasion\'s', () => {
    const found = events('23/10/2026', 'More than 300 firms attended the Vietnam–Korea Smart City Forum 2026, held in Da Nang on Thursday.',
      'At the forum, the city and Busan signed a memorandum of understanding under Plan No. 91/KH-UBND dated May 6, 2025.')
      .map(([kind, date]) => [kind, date]);
    expect(found).toEqual(expect.arrayContaining([['meeting', '2026-10-22'], ['signed', '2026-10-22']]));
    expect(found).not.toContainEqual(['signed', '2025-05-06']);
  });
});


describe('a transcript\'s speaker label, and an act done by an instrument', () => {
  it('keeps a speaker label out of the subject of what the sentence reports', () => {
    expect(events('20/02/2026', 'PRESENTER: The regional data exchange went live on February 3.', 'Ms. Thoa: Our team finished the pilot on February 9.'))
      .toEqual([['other', '2026-02-03', 'Regional data exchange went live'], ['other', '2026-02-09', 'Our team finished the pilot']]);
  });

  it('makes "the strategy was approved in Decision X on <day>" the issuing of that decision, not a second event', () => {
    expect(events('20/02/2026', 'Mr. Tuan: The strategy was approved in Decision 214/QD-UBND on 6 February.'))
      .toEqual([['instrument', '2026-02-06', 'Decision 214/QD-UBND issued']]);
  });
});

describe('figures and attributions told with a month', () => {
  it('reads no deed in a share of things done in a month, nor in the report a sentence is attributed to', () => {
    expect(events('06/10/2026', 'In September, 72.4 per cent of dossiers were submitted online.',
      'According to the report presented by Acting Director of the Department of Finance Lò Văn Thành, revenue rose 9 per cent in September.'))
      .toEqual([]);
    expect(events('06/10/2026', 'In September, the department submitted the draft budget to the council.'))
      .toEqual([['other', '2026-09', 'Department submitted the draft budget to the council']]);
  });
});

describe('figures of things acted on, in a report', () => {
  it('reads no event in "Only 78 per cent of documents were signed digitally in April" nor in a count signed over a period before it', () => {
    const found = events('12/05/2026', 'The city issued a dispatch on digital documents on Tuesday.',
      'Only 78 per cent of documents were signed digitally in April.',
      'In the first eight months, 212 technology transfer contracts were signed.').map((e) => String(e[2]));
    expect(found.filter((t) => /per cent|contracts/.test(t))).toEqual([]);
    expect(found).toHaveLength(1);
  });
});

describe('a deed told by a participle set off after its subject', () => {
  it('reads an irregular participle before its particle or preposition ("put into operation in October 2029")', () => {
    expect(events('09/07/2030', 'The province\'s flood warning app, put into operation in October 2029, sent 2.3 million alerts to residents.'))
      .toEqual([['other', '2029-10', 'Province\'s flood warning app put into operation']]);
    expect(events('09/07/2030', 'The Wi-Fi network, set up in May 2029 by the commune, serves 12 villages.'))
      .toEqual([['other', '2029-05', 'Wi-Fi network set up']]);
  });

  it('reads no verb in the past nor a habit as one, nor an apposition in a clause a document requires', () => {
    expect(events('09/07/2030', 'Typhoon Kalo, known locally as Storm No. 9, made landfall in the province on Monday.').map((e) => e[2]))
      .not.toContain('Known locally as Storm No. 9 made landfall');
    expect(events('09/07/2030', 'Former students say his seminar, held every Saturday morning for thirty years, shaped them.')).toEqual([]);
    expect(events('09/07/2030', 'The resolution requires that the province\'s innovation fund, set up in 2026 with VND 300 billion, be doubled.'))
      .toEqual([]);
  });
});

describe('results announced', () => {
  it('reads results, winners or a list announced on a day as a deed, and words announced as none', () => {
    expect(events('08/11/2028', 'The Department of Home Affairs announced the results of the civil service recruitment exam on Monday.'))
      .toEqual([['other', '2028-11-06', 'Department of Home Affairs announced the results of the civil service recruitment exam']]);
    expect(events('08/11/2028', 'The minister announced on Monday that the fund would double.')).toEqual([]);
  });
});

describe('an instrument "of the same date"', () => {
  it('takes the day of the instrument the text dated before it, not the day of the gathering told since', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('09/10/2026',
      'Decision No. 2171-QĐNS/TW, dated October 5, was announced at a conference in Pleiku on Thursday.',
      'At the same conference, Decision No. 2172-QĐNS/TW of the same date was announced. Both decisions take effect from October 8.') })
      .events.filter((e) => e.kind === 'instrument' || e.kind === 'meeting').map((e) => [e.kind, e.date, e.title]);
    expect(found).toEqual([
      ['instrument', '2026-10-05', 'Decision 2171-QĐNS/TW issued'], ['instrument', '2026-10-05', 'Decision 2172-QĐNS/TW issued'],
      // (The gathering is named by what was announced there, without the day the decision is dated.)
      ['meeting', '2026-10-08', 'Decision No. 2171-QĐNS/TW announced at a conference in Pleiku'],
    ]);
  });
});

describe('"he" or "she" in a life told paragraph by paragraph', () => {
  it('is the person named in one of the few paragraphs before, when the paragraphs between name no one', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('04/11/2026', 'Professor Lưu Đình Thạc, a pioneer of local software, dies at 81',
      'Lưu Đình Thạc, a pioneer of local software, died on Monday in Hà Nội.',
      'Born in Nam Định, he studied mathematics at a time when the country had no computers at all.',
      'The war years were hard for the family.',
      'He joined the Institute of Informatics in 1979 and became its director in 1991.') })
      .events.filter((e) => e.kind !== 'milestone').map((e) => [e.date, e.title]);
    expect(found).toContainEqual(['1979', 'Lưu Đình Thạc joined the Institute of Informatics']);
  });
});

describe('a deed whose subject\'s name ends with a list of fields', () => {
  it('keeps the whole name, the list\'s commas being no clause\'s', () => {
    expect(events('20/07/2031', 'The provincial steering committee for science, technology, innovation and digital transformation discussed the '
      + 'report last Saturday.')).toEqual([['other', '2031-07-19', 'Provincial steering committee for science, technology, innovation and digital '
      + 'transformation discussed the report']]);
    // (A comma that closes an aside still opens the subject after it.)
    expect(events('20/07/2031', 'After three rounds of talks on land, water and power, the board approved the plan last Saturday.')
      .map(([, , title]) => title)).not.toContainEqual(expect.stringMatching(/^After/));
  });
});

describe('a trial begun on a day, told in the perfect with "since"', () => {
  it('dates the trial by its "since", whether it opens the sentence or follows the verb', () => {
    expect(events('20/09/2029',
      'Since 3 June, online booking of ward halls has been trialled in four wards, where 300 bookings were made.',
      'Cashless parking has been piloted at the bus station since August.',
    )).toEqual([['other', '2029-06-03', 'Online booking of ward halls trialled'], ['other', '2029-08', 'Cashless parking piloted']]);
  });

  it('reads a trial or a pilot that "has run since" a day as begun then, in the year before the page when the day is later in the year', () => {
    expect(events('17/09/2030',
      'Since 3 March, a trial of electronic land certificates has run in five communes, where 212 certificates were issued.',
      'Since 1 March, a pilot has run at Regional People\'s Court No. 2 in Hòa Bình ward.',
    )).toEqual([['other', '2030-03-01', 'Pilot at Regional People\'s Court No. 2 began'],
      ['other', '2030-03-03', 'Trial of electronic land certificates began']]);
  });

  it('tells no deed in a count done since a day', () => {
    expect(events('20/09/2029', 'Since 3 June, the ward office has processed 1,300 bookings online.')).toEqual([]);
  });
});

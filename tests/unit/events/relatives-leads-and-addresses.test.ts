import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

const timeline = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(...(lines as [string, ...string[]])) }).events
  .filter((e) => e.kind !== 'milestone');
const events = (...lines: string[]) => timeline(...lines).map((e) => [e.kind, e.date]);

describe('acts told in relative clauses', () => {
  it('dates a reduced relative whose clause holds the day or month after an agent ("…, ratified by X at a session in February, …")', () => {
    const found = events('20/11/2025',
      'Resolution No. 188/2025/QH15, ratified by the National Assembly at an extraordinary session in February, lets institutes keep their patents.',
      'The Law on Digital Signatures, passed by the National Assembly on June 12, takes effect next year.');
    expect(found).toEqual(expect.arrayContaining([['approved', '2025-02'], ['passed', '2025-06-12']]));
  });

  it('reads the document a reduced relative follows across its subject ("Plan No. 31/KH-UBND on …, issued in March")', () => {
    const found = events('20/11/2025',
      'The contest is part of Plan No. 31/KH-UBND on developing the digital economy of the province to 2030, issued in March to carry out the strategy.');
    expect(found).toEqual([['instrument', '2025-03']]);
  });

  it('reads the document ", which <subject> issued" stands for, with its subject', () => {
    const [event] = timeline('20/11/2025',
      'The director said Plan No. 77-KH/TU, which the Standing Board of the Provincial Party Committee issued in April, has 95 tasks.');
    expect([event?.kind, event?.date]).toEqual(['instrument', '2025-04']);
    expect(event?.title).toMatch(/^Standing Board of the Provincial Party Committee issued Plan/);
  });

  it('does not read a clause without a time as the act, nor a modal as a launch', () => {
    expect(events('20/11/2025', 'Plan No. 31/KH-UBND, issued to carry out the strategy, has 40 tasks.')).toEqual([]);
    expect(events('20/11/2025', 'On Monday, the director said the centre would put its second data hall into operation in October.'))
      .toEqual([]);
  });
});

describe('days in a lead that names no happening the readers know', () => {
  it('dates the gathering the next paragraph names in the passive ("The session … was chaired by …")', () => {
    const [event] = timeline('12/06/2025',
      'Science spending was under scrutiny on Wednesday afternoon as members of the City People\'s Council questioned the science director.',
      'The question session, part of the Council\'s mid-year meeting, was chaired by Chairwoman of the City People\'s Council Ha Thi Lan.');
    expect([event?.kind, event?.date]).toEqual(['meeting', '2025-06-11']);
    expect(event?.title).toBe('Question session');
  });

  it('leaves such a gathering undated when a happening already took the lead\'s day', () => {
    const found = events('12/06/2025',
      'The City People\'s Council on Wednesday held its mid-year meeting.',
      'A question session on housing was chaired by the council\'s vice chairman.');
    expect(found).toEqual([['meeting', '2025-06-11']]);
  });
});

describe('days of a text told from its occasion', () => {
  it('dates "The previous day, X had worked with …" and titles it without the opening', () => {
    const previous = timeline('12/06/2025',
      'On June 10, the Government held a thematic meeting on law-making.',
      'The previous day, Deputy Prime Minister Tran Van Son had worked with the Ministry of Justice on the draft decree.')
      .find((e) => /worked/.test(e.title));
    expect([previous?.kind, previous?.date]).toEqual(['meeting', '2025-06-09']);
    expect(previous?.title).not.toMatch(/previous day/i);
  });

  it('dates "On the occasion, …", awards handed, and a guest who addressed the gathering', () => {
    const found = timeline('12/06/2025',
      'On June 11, the Ministry of Science and Technology held a conference to review its first half-year.',
      'Deputy Prime Minister Le Van Tam attended and addressed the conference.',
      'On the occasion, the Deputy Prime Minister presented the Labour Order to the Standards Institute.',
      'The ministry also handed investment certificates to four laboratories.');
    const on = (kind: string) => found.filter((e) => e.kind === kind).map((e) => e.date);
    expect(on('remarks')).toEqual(['2025-06-11']);
    expect(found.find((e) => e.kind === 'remarks')?.title).toMatch(/Le Van Tam addressed the conference/);
    expect(on('other').sort()).toEqual(['2025-06-11', '2025-06-11']);
  });

  it('keeps two gatherings of one day apart when the text names both with their verbs', () => {
    const found = events('06/08/2025',
      'The Government Office on Tuesday evening held the Government\'s regular press conference for July.',
      'Earlier the same day, the Government had held its monthly meeting under the chair of the Prime Minister.');
    expect(found).toEqual([['meeting', '2025-08-05'], ['meeting', '2025-08-05']]);
  });
});

describe('a day without a year after a verb in the past', () => {
  it('is before the publication date even when the next year\'s day is nearer', () => {
    const found = events('30/12/2025', 'The ministry drafted 11 laws, including the Law on Innovation passed on June 27.');
    expect(found).toEqual([['passed', '2025-06-27']]);
  });

  it('stays the nearest for a day still to come ("to be approved on …")', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('30/12/2025', 'The plan is to be approved on June 27.') }).events;
    expect(found.every((e) => e.date !== '2025-06-27')).toBe(true);
  });
});

describe('happenings a sentence joins to another', () => {
  it('reads a participle after a gathering as an act of that day ("…, approving 18 resolutions"), and ends the gathering\'s name before it', () => {
    const found = timeline('11/12/2025',
      'The Provincial People\'s Council on Tuesday closed its 12th session after three days of work, approving 21 resolutions on the 2026 budget.');
    expect(found.map((e) => [e.kind, e.date, e.title]).sort()).toEqual([
      ['approved', '2025-12-09', '21 resolutions on the 2026 budget approved'], ['meeting', '2025-12-09', '12th session'],
    ]);
  });

  it('gives a second verb joined by "and" the first one\'s subject, and an award named after a name with "in"', () => {
    const found = timeline('16/12/2025', 'On December 15, at the forum, Deputy Prime Minister Le Van Tam and delegates launched the '
      + 'National Open Data Portal, which lists datasets by ministry, and presented the "Made in Viet Nam" software awards to 12 firms.');
    expect(found.map((e) => e.title)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Deputy Prime Minister Le Van Tam and delegates launched the National Open Data Portal/),
      expect.stringMatching(/^Deputy Prime Minister Le Van Tam and delegates presented the "Made in Viet Nam" software awards/),
    ]));
  });

  it('keeps what a long subject signed in the title, cutting the subject to its first conjunct, and reads "memorandums"', () => {
    const [event] = timeline('21/11/2025', 'On November 20, the Hue Department of Science and Technology and the Busan Digital Industry Promotion '
      + 'Agency signed memorandums of understanding on cooperation in chip design training.');
    expect(event?.title).toMatch(/^Hue Department of Science and Technology signed memorandums of understanding/);
  });

  it('dates a sentence that opens on the occasion by that day, not by a year later in it', () => {
    const found = events('27/12/2025', 'On December 26, the Provincial People\'s Committee held a conference to review digital transformation.',
      'On the occasion, the committee presented certificates of merit to 12 collectives for their achievements in 2025.');
    expect(found.sort()).toEqual([['meeting', '2025-12-26'], ['other', '2025-12-26']]);
  });
});

describe('gatherings named in more ways', () => {
  it('reads a briefing, a press conference of a body ("the Government\'s …"), and a session carried on that day', () => {
    expect(events('20/05/2025', 'Deputy Minister Le Thi Mai said at a briefing on May 13 that every task had an owner.')).toEqual([['meeting', '2025-05-13']]);
    expect(events('08/10/2025', 'Speaking at the Government\'s regular press conference on October 6, Deputy Minister Ha Van Son said the circular was ready.'))
      .toEqual([['meeting', '2025-10-06']]);
    expect(events('12/11/2026', 'On November 11, continuing its session, the Standing Committee approved a resolution on the science fund.').sort())
      .toEqual([['approved', '2026-11-11'], ['meeting', '2026-11-11']]);
  });

  it('reads who met by the name before its apposition, and the document ", which" stands for past its issuer', () => {
    expect(events('12/10/2025', 'The provincial Steering Committee for Digital Transformation, set up under Decision No. 77/QĐ-UBND, met on '
      + 'October 9 to review the report.')).toEqual([['meeting', '2025-10-09']]);
    const [event] = timeline('12/03/2025', 'The plan follows Programme No. 31-CTr/TU of the Provincial Party Committee, which the Standing Board '
      + 'adopted on February 14.');
    expect([event?.kind, event?.date, event?.title]).toEqual(['adopted', '2025-02-14', 'Standing Board adopted Programme 31-CTr/TU']);
  });
});

describe('more happening verbs, and months told from the publication', () => {
  it('reads "last August", "next March" and "this May" as that month before, after or in the publication\'s year', () => {
    expect(events('21/12/2025', 'Last August, the Prime Minister approved the National Strategy on Quantum Technology.')).toEqual([['approved', '2025-08']]);
    expect(events('21/08/2025', 'Last August, the ministry issued Plan No. 12/KH-BKHCN.')).toEqual([['instrument', '2024-08']]);
  });

  it('reads a facility switched on, a courtesy call and a joint statement issued', () => {
    expect(events('21/12/2025', 'On Wednesday, Viettel switched on Data Center No. 5 in Hoa Lac.')).toEqual([['other', '2025-12-17']]);
    expect(timeline('21/12/2025', 'On December 18, the visiting Foreign Minister paid a courtesy call on Prime Minister Le Van Nam.')
      .map((e) => [e.kind, e.date, e.title]))
      .toEqual([['meeting', '2025-12-18', 'Visiting Foreign Minister paid a courtesy call on Prime Minister Le Van Nam']]);
    expect(events('21/12/2025', 'After the talks on December 17, the two ministers issued a joint statement on data cooperation.'))
      .toEqual(expect.arrayContaining([['instrument', '2025-12-17']]));
  });
});

describe('documents announced', () => {
  it('reads a decision announced as the day it is made known, and "announced that …" as no act', () => {
    expect(events('05/03/2026', 'On the morning of March 4, the Central Organisation Commission announced the Politburo\'s decision appointing '
      + 'Ha Van Phuc as Secretary of the provincial Party Committee.')).toEqual([['instrument', '2026-03-04']]);
    expect(events('05/03/2026', 'On March 4, the ministry announced that the portal would open in May.')).toEqual([]);
  });
});

describe('talks, signings witnessed, and the paragraph of the occasion', () => {
  it('reads talks held "in Hanoi on February 9 with X", a signing witnessed at them, and an act later in the paragraph', () => {
    const found = timeline('10/02/2026', 'HANOI – Minister of Foreign Affairs Ha Minh Duc held talks in Hanoi on February 9 with Latvian Minister '
      + 'of Foreign Affairs Janis Ozols.', 'Witnessed by the two ministers, Minister of Science and Technology Le Van Tam and Anna Berzina, '
      + 'Secretary General of the Latvian Ministry of Economics, signed a memorandum of understanding on digital government.');
    expect(found.map((e) => [e.kind, e.date])).toEqual(expect.arrayContaining([['meeting', '2026-02-09'], ['signed', '2026-02-09']]));
    expect(found.find((e) => e.kind === 'meeting')?.title).toMatch(/held talks with Latvian Minister of Foreign Affairs Janis Ozols/);
    expect(events('05/03/2026', 'That afternoon, on March 4, the Provincial People\'s Council held its 9th session. '
      + 'Delegates approved Resolution No. 61/NQ-HĐND on science funding.').sort())
      .toEqual([['approved', '2026-03-04'], ['meeting', '2026-03-04']]);
  });

  it('reads talks held by a delegation named after the day and the place that open the sentence, past its leader\'s apposition', () => {
    const found = timeline('20/03/2031', 'On Wednesday (18/3), in Điện Biên Phủ ward, a delegation of the Điện Biên Provincial People\'s Committee led '
      + 'by Vừ A Bằng, Chairman of the Điện Biên Provincial People\'s Committee, held talks with a delegation of Huaphanh province, Lao PDR.');
    expect(found.map((e) => [e.kind, e.date, e.title])).toEqual([['meeting', '2031-03-18', 'Delegation held talks with a delegation of Huaphanh province']]);
  });

  it('reads a meeting of a city\'s body with its field in lower case, dated by the day after the field', () => {
    const found = timeline('17/10/2026', 'At a meeting of the city\'s Steering Committee on science, technology, innovation and digital transformation '
      + 'on Friday, Chairman Dương Minh Khang said the city aims to enter the top 100.');
    expect(found.map((e) => [e.kind, e.date, e.title])).toEqual([
      ['meeting', '2026-10-16', 'Meeting of the city\'s Steering Committee on science, technology, innovation and digital transformation'],
    ]);
  });

  it('dates the record the two sides signed "at the end of the talks", however far down, by the talks', () => {
    const found = timeline('20/03/2031', 'On Wednesday (18/3), Vừ A Bằng held talks with a delegation of Huaphanh province, Lao PDR.',
      ...['The talks reviewed cooperation.', 'Trade reached USD 146 million in 2030.', 'Customs declarations are now electronic.',
        'The chairman proposed sharing data on vehicles.', 'The governor thanked the province.', 'Trade and connections',
        'Both sides praised the new border road.', 'Record of Talks'],
      'At the end of the talks, the two sides signed a Record of Talks. Its main points follow.');
    expect(found.map((e) => [e.kind, e.date, e.title])).toContainEqual(['signed', '2031-03-18', 'Two sides signed a Record of Talks']);
  });
});

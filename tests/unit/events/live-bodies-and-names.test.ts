import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

/** Kind, date and title of each event of one text, milestones left out. */
const eventsOf = (text: string) => timelineOf({ 'seeds/a.txt': text }).events
  .filter((e) => e.kind !== 'milestone').map((e) => [e.kind, e.date, e.title]);

/** A live page of 22/09/2026 whose lead cites a day long before, then its entries, paragraphs apart. */
const live = (...entries: string[]) => ['HA TINH DAILY\nHome / Live\nLIVE22/09/2026 · Last updated 17:48',
  'LIVE: Provincial conference reviews the digital drive',
  'The province reviews how the plan has been carried out since the Provincial Party Committee adopted it on March 3, 2025.',
  ...entries].join('\n\n');

describe('the paragraphs under a live page\'s stamps, and names with commas', () => {
  it('reads the paragraphs under a stamp\'s line as its entry, dated by the page\'s day', () => {
    expect(eventsOf(live('17:48', 'The conference has closed.', '16:35 – Four agreements signed',
      'The Department of Science and Technology and three firms signed four cooperation agreements on open data.',
      '08:30 – Conference opens', 'The conference opens at the provincial hall.'))).toEqual([
      ['meeting', '2026-09-22', 'Conference'],
      ['signed', '2026-09-22', expect.stringMatching(/^Department of Science and Technology and three firms signed four cooperation agreements/)],
    ]);
  });

  it('keeps an entry\'s verbs in the past as they are, and reads the subject after a day that opens the clause', () => {
    expect(eventsOf(live('08:30 – Conference opens',
      'Yesterday afternoon the provincial Steering Committee held its fifth meeting to finalise the report presented today.')))
      .toContainEqual(['meeting', '2026-09-21', expect.stringMatching(/^Fifth meeting .* of provincial Steering Committee$/)]);
    expect(eventsOf(dated('11/12/2024', 'December 10: The Mekong Innovation Summit opened in Cần Thơ.'))).toEqual([
      ['meeting', '2024-12-10', 'Mekong Innovation Summit'],
    ]);
  });

  it('keeps a launched thing\'s name whole across its commas', () => {
    expect(eventsOf(dated('23/09/2026', 'On Monday, the Prime Minister pressed the button to launch the National Science, Technology and '
      + 'Innovation Data Platform, which links research databases.'))).toContainEqual(
      ['other', '2026-09-21', 'Launch of the National Science, Technology and Innovation Data Platform'],
    );
  });
});

describe('an act on "it"', () => {
  it('dates the instrument the sentence named before the verb, and the instrument itself', () => {
    const { events, entities } = timelineOf({ 'seeds/a.txt': dated('23/09/2026', 'The conference reviewed how Resolution 71-NQ/TW has been '
      + 'carried out since the Politburo issued it on March 3, 2025.') });
    expect(events.map((e) => [e.kind, e.date, e.title])).toEqual([['instrument', '2025-03-03', 'Politburo issued Resolution 71-NQ/TW']]);
    expect(entities.find((e) => e.name === 'Resolution 71-NQ/TW')).toMatchObject({ date: '2025-03-03' });
  });
});

describe('a document told by its noun with its date', () => {
  it('dates the one of its type the text named before ("The conclusion, dated …")', () => {
    const { events, entities } = timelineOf({ 'seeds/a.txt': dated('12/09/2025', 'The Secretariat has signed Conclusion No. 211-KL/TW on '
      + 'national data.', 'The conclusion, dated September 9, 2025, notes that the legal framework is in place.') });
    expect(events.map((e) => [e.kind, e.date, e.title])).toContainEqual(['instrument', '2025-09-09', 'Conclusion 211-KL/TW issued']);
    expect(entities.find((e) => e.name === 'Conclusion 211-KL/TW')).toMatchObject({ date: '2025-09-09' });
  });

  it('reads the noun capitalised, as a summary of the document writes it ("The Decision, dated …"), a photo between', () => {
    const { events, entities } = timelineOf({ 'seeds/a.txt': dated('22/03/2027', 'The Deputy Prime Minister has signed Decision 318/QD-TTg '
      + 'approving a programme on regional innovation hubs.', '[image]', 'The Decision, dated March 17, 2027, takes effect on signing.') });
    expect(events.map((e) => [e.kind, e.date, e.title])).toContainEqual(['instrument', '2027-03-17', 'Decision 318/QD-TTg issued']);
    expect(entities.find((e) => e.name === 'Decision 318/QD-TTg')).toMatchObject({ date: '2027-03-17' });
  });
});

describe('an act told by a participle that opens the sentence', () => {
  it('dates the document its main clause names, a day "last year" in the year before the publication', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('21/12/2025', 'Tomorrow marks one year since the Politburo issued Resolution 71-NQ/TW.',
      'Signed on December 22 last year, the resolution was billed as a reform for science.') }).events;
    expect(found.filter((e) => e.kind !== 'milestone').map((e) => [e.kind, e.date, e.title])).toEqual([
      ['instrument', '2024-12-22', 'Resolution 71-NQ/TW issued'],
    ]);
  });
});

describe('a place opened', () => {
  it('reads a named centre opened as a launch, and leaves a gathering opened to the gatherings', () => {
    expect(eventsOf(dated('14/05/2026', 'In March we opened the Cao Bằng Innovation and Startup Centre in the provincial capital.'))).toEqual([
      ['other', '2026-03', 'Opened the Cao Bằng Innovation and Startup Centre'],
    ]);
    expect(eventsOf(dated('14/05/2026', 'On Monday, the Deputy Prime Minister opened the National Innovation Forum in Hanoi.')).map((e) => e[0]))
      .not.toContain('other');
  });
});

describe('a session the sentence after a dated lead opens', () => {
  it('takes the lead\'s day', () => {
    expect(eventsOf(dated('05/11/2026', 'The Minister of Finance faced a long line of questions on Wednesday from deputies worried about unspent funds.',
      'Opening the question-and-answer session, the Chairman of the National Assembly said the sector had been chosen for a reason.')))
      .toContainEqual(['meeting', '2026-11-04', 'Question-and-answer session']);
  });
});

describe('a deed told in the lead', () => {
  it('is the occasion "The previous day" moves from', () => {
    expect(eventsOf(dated('27/10/2025', 'ShrimpSense, a start-up making water sensors, on Saturday evening won first prize at the final of the '
      + 'Ca Mau Startup Challenge 2025.', 'The jury praised its low cost.', 'The previous day, the ten finalists had attended a business-matching '
      + 'session with 25 investment funds.'))).toContainEqual(['meeting', '2025-10-24', 'Business-matching session with 25 investment funds']);
  });
});

describe('an instrument cited with its issuer before its date, and "In the same sitting"', () => {
  it('dates "Decision No. … of the Prime Minister dated …"', () => {
    const { entities } = timelineOf({ 'seeds/a.txt': dated('12/09/2025', 'It was built under Decision 1622/QD-TTg of the Prime Minister dated '
      + '18/6/2024 on the data centre network.') });
    expect(entities.find((e) => e.name === 'Decision 1622/QD-TTg')).toMatchObject({ date: '2024-06-18' });
  });

  it('dates an act "In the same sitting" by the sitting the text reported', () => {
    expect(eventsOf(dated('20/11/2026', 'The National Assembly on Thursday passed the Law on Digital Platforms.',
      'In the same sitting, deputies adopted Resolution 244/2026/QH16 on the digital transformation programme.')))
      .toContainEqual(['adopted', '2026-11-19', 'Deputies adopted Resolution 244/2026/QH16']);
  });
});

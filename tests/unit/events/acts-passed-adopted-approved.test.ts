import { describe, expect, it } from 'vitest';
import { readActs } from '../../../src/pipeline/events/acts.ts';
import { dated, timelineOf } from './helpers.ts';

const events = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(...(lines as [string, ...string[]])) }).events.filter((e) => e.kind !== 'milestone');

describe('instruments passed, adopted, approved, issued and signed', () => {
  it('reads an assembly passing a law, titled subject, verb and object', () => {
    const found = events('20/06/2025', 'On the morning of June 19, continuing its 9th session, the National Assembly passed the Law on Digital Technology Industry with 440 of 466 deputies voting in favour.');
    expect(found.find((e) => e.kind === 'passed'))
      .toMatchObject({ date: '2025-06-19', title: 'National Assembly passed the Law on Digital Technology Industry' });
    // The session it continued sat that day too.
    expect(found.find((e) => e.kind === 'meeting')).toMatchObject({ date: '2025-06-19', title: '9th session' });
  });

  it('reads deputies voting to adopt resolutions', () => {
    const [event] = events('22/11/2025', 'On the afternoon of November 20, the final day of the session, delegates voted to adopt 14 resolutions, including one on start-ups.');
    expect(event).toMatchObject({ kind: 'adopted', date: '2025-11-20', title: 'Delegates voted to adopt 14 resolutions' });
  });

  it('reads a numbered plan issued by a committee, even when it cites another instrument after it', () => {
    const found = events('02/03/2025', 'The Ha Tinh Provincial People\'s Committee has issued Plan No. 12/KH-UBND dated February 20, 2025 to implement Resolution No. 57-NQ/TW of the Politburo.');
    expect(found.map((e) => [e.kind, e.date])).toEqual([['instrument', '2025-02-20']]);
    expect(found[0]!.title).toContain('Plan No. 12/KH-UBND');
  });

  it('reads a vote with its count, and a council approving a budget on a weekday', () => {
    expect(events('11/12/2025', 'On December 10, deputies voted 430 to 12 to pass the Law on Artificial Intelligence.')[0]).toMatchObject({ kind: 'passed', date: '2025-12-10' });
    expect(events('27/11/2025', 'On Tuesday, the Hanoi People\'s Council voted to approve the city\'s 2026 budget.')[0])
      .toMatchObject({ kind: 'approved', date: '2025-11-25', title: 'Hanoi People\'s Council voted to approve the city\'s 2026 budget' });
  });

  it('makes a Notice issued to convey conclusions a conclusion', () => {
    const [event] = events('20/03/2025', 'On March 18, the Government Office issued Notice No. 45/TB-VPCP conveying the conclusions of the Deputy Prime Minister.');
    expect(event).toMatchObject({ kind: 'concluded', date: '2025-03-18', title: 'Government Office issued Notice No. 45/TB-VPCP' });
  });

  it('does not date a perfect ("have been issued") by a day written elsewhere in the sentence', () => {
    expect(events('13/01/2025', 'Many resolutions, such as Resolution 20 and Resolution 36, have been issued, contributing to the country as it is today.')).toEqual([]);
  });

  it('reads no act from an adjective or a reduced relative ("the approved procedures", "Project 06, approved under …")', () => {
    expect(events('13/01/2025', 'On January 10, scientists must follow the approved procedures.')).toEqual([]);
    // What the province did that day is a deed (see deeds.ts), not an act on the decision.
    expect(events('13/01/2025', 'Under Project 06, approved under Decision 06/QD-TTg, the province cleaned its records on January 6.')
      .map((e) => [e.kind, e.date])).toEqual([['other', '2025-01-06']]);
  });
});

describe('memoranda exchanged, and an adverb between the auxiliary and the verb', () => {
  it('reads "were also exchanged" as a signing in the passive', () => {
    const text = 'Four business-to-business MoUs were also exchanged.';
    const [act] = readActs({ text, links: [], times: [], entities: new Map() });
    expect(act).toMatchObject({ kind: 'signed', title: 'Four business-to-business MoUs exchanged', inherits: true });
    expect(readActs({ text: 'The delegates exchanged views on cooperation.', links: [], times: [], entities: new Map() })).toEqual([]);
  });

  it('reads a passive whose instrument opens the sentence, however long what it does between them', () => {
    const found = events('14/07/2026',
      'On Monday the Ben Tre Provincial People\'s Council closed its session. Resolution 17/2026/NQ-HĐND approving the Ben Tre Science, '
      + 'Technology and Innovation Development Programme for the 2026-2030 period with a vision to 2035 was passed by 51 of 52 delegates. '
      + 'Resolution 18/2026/NQ-HĐND, setting the support levels for households that install rooftop solar panels and smart meters, was '
      + 'passed by all delegates present.');
    expect(found.filter((e) => e.kind === 'passed').map((e) => [e.date, e.title])).toEqual([
      ['2026-07-13', 'Resolution 17/2026/NQ-HĐND passed'], ['2026-07-13', 'Resolution 18/2026/NQ-HĐND passed'],
    ]);
    // A document that opens a clause of its own is not what a later passive verb was done to.
    expect(events('14/07/2026', 'Resolution 17/2026/NQ-HĐND took effect in May, and the plan it required was approved on Monday.')
      .filter((e) => e.title.includes('17/2026'))).toEqual([]);
  });

  it('dates an instrument cited as issued on a day without its year in the year before, when the nearest one is still to come', () => {
    const found = events('13/11/2026', 'Decree 91/2026/NĐ-CP, issued on 30 March, now allows a task to receive its funding in advance.');
    expect(found.map((e) => [e.date, e.title])).toEqual([['2026-03-30', 'Decree 91/2026/NĐ-CP issued']]);
  });
});

describe('an act in a relative clause, with a purpose after it', () => {
  it('reads "which the province adopted to carry out the Politburo\'s Resolution 57-NQ/TW of 22 December 2024" as no act on that day', () => {
    const found = events('07/03/2031', 'The Standing Board of the Bến Tre Provincial Party Committee met on Wednesday to review five years of '
      + 'Resolution No. 512-NQ/TU dated 12/11/2026 on digital transformation, which the province adopted to carry out the Politburo\'s '
      + 'Resolution 57-NQ/TW of 22 December 2024.').map((e) => [e.date, e.kind, e.title]);
    expect(found.filter(([, kind]) => kind !== 'meeting')).toEqual([
      ['2024-12-22', 'instrument', 'Resolution 57-NQ/TW issued'], ['2026-11-12', 'instrument', 'Resolution 512-NQ/TU issued']]);
  });
});

describe('acts that are no events of their own', () => {
  it('a count of documents acted on over a month is a figure; one acted on at a gathering\'s hour is an event', () => {
    expect(events('22/09/2028', 'Numbers of the month:', '- 31 collective labour agreements were signed or renewed in August.')
      .map((e) => e.title)).toEqual([]);
    expect(events('16/05/2026', 'On Saturday (16/5), the innovation forum opened in Hà Nội.', '10:15 – Four memoranda of understanding are signed at the forum.')
      .map((e) => e.kind)).toContain('signed');
  });

  it('a count of documents a body acted on over a month or a year, in the active, is a figure too; delegates adopting them on a day act', () => {
    expect(events('02/06/2026', 'The spokesperson said that in May the Government issued 14 decrees and 38 resolutions.').map((e) => e.title)).toEqual([]);
    expect(events('02/06/2026', 'In 2025, universities and research institutes signed 180 licensing agreements with firms.').map((e) => e.title)).toEqual([]);
    expect(events('22/11/2025', 'On the afternoon of November 20, delegates voted to adopt 14 resolutions.').map((e) => e.title))
      .toEqual(['Delegates voted to adopt 14 resolutions']);
  });

  it('a share of a population that acted is a figure ("and only 11% of small businesses signed any contract …")', () => {
    expect(events('20/02/2027', 'According to the decision, 18% of adults had a digital signature at the end of 2026, and only 11% of small '
      + 'businesses signed any contract electronically last year.')).toEqual([]);
    expect(events('20/02/2027', 'About 40 per cent of cooperatives signed a contract with a logistics firm in 2026.')).toEqual([]);
    // (A body that signed is the act, as ever.)
    expect(events('20/02/2027', 'The Viettel Group signed a contract with the city on Monday (15/2).').map((e) => e.kind)).toEqual(['signed']);
  });

  it('what a document does, told after its issue ("…, approving the list of …"), is its content, not another act', () => {
    expect(events('14/03/2030', 'The Provincial People\'s Committee issued Decision No. 415/QĐ-UBND on 11/03/2030, approving the list of 18 craft villages '
      + 'that will be supported to go digital this year and next.').map((e) => [e.kind, e.date])).toEqual([['instrument', '2030-03-11']]);
  });
});

describe('a year a thing is for', () => {
  it('dates no act: "approved the city\'s digital plan for 2030" did not happen in 2030', () => {
    const found = events('14/03/2030', 'The council also approved the city\'s digital transformation plan for 2030.')
      .filter((e) => e.kind === 'approved').map((e) => e.date);
    expect(found).not.toContain('2030');
  });
});

describe('an act done under an instrument the sentence opens with', () => {
  it('is dated by that instrument\'s date, not by the day the text told before', () => {
    const found = events('14/03/2030', 'We met the company\'s management at its headquarters on Monday (11/3).',
      'Under Board Resolution No. 18/2030/NQ-HĐQT dated 26/2/2030, the company\'s board approved a development plan for 2030–2032.');
    expect(found.filter((e) => e.kind === 'approved').map((e) => [e.date, e.title]))
      .toEqual([['2030-02-26', 'Company\'s board approved a development plan for 2030–2032']]);
  });
});

import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

const events = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(...(lines as [string, ...string[]])) }).events.filter((e) => e.kind !== 'milestone');

describe('gatherings: worked with, closed, and a session that only frames a vote', () => {
  it('reads a leader working with a ministry as a meeting', () => {
    const [event] = events('06/03/2025', 'On the morning of March 5, Deputy Prime Minister Nguyen Chi Dung worked with the Ministry of Finance on public investment.');
    expect(event).toMatchObject({ kind: 'meeting', date: '2025-03-05' });
    expect(event?.title).toMatch(/^Deputy Prime Minister Nguyen Chi Dung worked with/);
  });

  it('reads a leader receiving a delegation as a meeting, and a prize received as no meeting', () => {
    const [event] = events('16/07/2027', 'On Wednesday, Chairman Lê Văn Tâm received a delegation of Busan Technopark (Korea) led by its president.');
    expect(event).toMatchObject({ kind: 'meeting', date: '2027-07-14' });
    expect(event?.title).toMatch(/^Chairman Lê Văn Tâm received a delegation of Busan Technopark/);
    expect(events('16/07/2027', 'On Wednesday, the institute received the national innovation award.').map((e) => e.kind)).not.toContain('meeting');
  });

  it('reads a leader who led a delegation to work with a body as one working session with the one the next sentence chairs', () => {
    const found = events('16/04/2027', 'On Wednesday, Minister of Science and Technology Đặng Văn Lộc led a ministry delegation to work with '
      + 'the Cà Mau Provincial People\'s Committee on science. Minister Lộc chaired the working session.');
    expect(found.map((e) => [e.kind, e.date])).toEqual([['meeting', '2027-04-14']]);
    expect(found[0]?.title).toMatch(/^Minister of Science and Technology Đặng Văn Lộc led a delegation to a working session with the Cà/);
  });

  it('reads a conference attended, named with its body\'s possessive, as a meeting', () => {
    const [event] = events('16/07/2027', 'On Thursday, Chairman Lê Văn Tâm attended the Ministry of Science and Technology\'s national online '
      + 'conference on digital platforms at the provincial connecting point.');
    expect(event).toMatchObject({ kind: 'meeting', date: '2027-07-15' });
    expect(event?.title).toMatch(/^Ministry of Science and Technology's national online conference on digital platforms/);
  });

  it('reads an assembly closing its numbered session, the date left out of the title', () => {
    const [event] = events('01/07/2025', 'The National Assembly closed its 9th session on June 30 after 34 working days.');
    expect(event).toMatchObject({ kind: 'meeting', date: '2025-06-30', title: '9th session' });
  });

  it('makes one event of a law passed "at the 9th session", with the vote count and the date out of the title', () => {
    const found = events('28/06/2025', 'On the afternoon of June 27, 2025, at the 9th session, with 434 of 438 deputies voting in favour, the National Assembly passed the Law on Science, Technology and Innovation.');
    expect(found.map((e) => [e.kind, e.date, e.title])).toEqual([['passed', '2025-06-27', 'National Assembly passed the Law on Science, Technology and Innovation']]);
  });
});

describe('"met" joined by "and" to a verb before it, with the people met named after it', () => {
  it('gives the meeting the subject of the verb before "and", and the person met', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('10/06/2026', 'The delegation arrived in Perth on Monday.',
      'On Tuesday, the Vietnamese delegation toured the Marine Robotics Centre in Fremantle and met Professor Ella Brandt, Director of the centre.') })
      .events.filter((e) => e.kind === 'meeting').map((e) => [e.date, e.title]);
    expect(found).toEqual([['2026-06-09', 'Vietnamese delegation met Professor Ella Brandt']]);
  });
});

describe('a day after nothing but its preposition, with no comma after it', () => {
  it('leaves the subject after the day: "On Monday the minister met …"', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('22/05/2026', 'On Monday the minister met Governor Ana Ruiz of the central bank.') })
      .events.map((e) => [e.kind, e.date, e.title]);
    expect(found).toEqual([['meeting', '2026-05-18', 'Minister met Governor Ana Ruiz of the central bank']]);
  });
});

describe('a gathering named by "its" or by the body it is of, in lower case', () => {
  it('names "its meeting" after the body before it, past a relative clause of who chaired it', () => {
    const found = events('20/02/2026', 'The draft was submitted to the district coordination board on smart agriculture at its meeting on Tuesday, which was chaired by Secretary of the District Party Committee Lò Văn Tân.');
    expect(found.map((e) => [e.kind, e.date, e.title])).toEqual([['meeting', '2026-02-17', 'Meeting of the district coordination board']]);
  });

  it('names "the meeting of the working group" after the group', () => {
    const found = events('20/02/2026', 'The figures were reviewed at the meeting of the provincial working group on Tuesday.');
    expect(found.map((e) => [e.kind, e.date, e.title])).toEqual([['meeting', '2026-02-17', 'Meeting of the provincial working group']]);
  });
});

describe('people met, counted or named by their role', () => {
  // (A body that met people counted holds a meeting with them: "Meeting of the ministry with 35 colleges"; a person met them.)
  it('keeps "35 colleges" and "met representatives of 12 hospitals" in the title', () => {
    const found = events('20/02/2026', 'On February 11 the ministry met 35 colleges in Huế to agree the new quotas.',
      'On Tuesday the Deputy Minister met representatives of 12 hospitals to discuss the records.');
    expect(found.map((e) => [e.date, e.title])).toEqual([['2026-02-11', 'Meeting of the ministry with 35 colleges'],
      ['2026-02-17', 'Deputy Minister met representatives of 12 hospitals to discuss the records']]);
  });

  it('keeps "met voters of X commune" and "met residents of X ward" in the title, up to the day', () => {
    const found = events('20/02/2026', 'National Assembly deputies of Điện Biên province met voters of Mường Phăng commune on Tuesday (17/2).',
      'On February 11 the ward Party Secretary met residents of Him Lam ward to hear their views on the new e-office.');
    expect(found.map((e) => [e.date, e.title])).toEqual([
      ['2026-02-11', 'Ward Party Secretary met residents of Him Lam ward to hear their views on the new e-office'],
      ['2026-02-17', 'National Assembly deputies of Điện Biên province met voters of Mường Phăng commune']]);
  });
});

describe('a working session, and a gathering over several days', () => {
  it('reads "had a working session with" as a meeting, and leaves a day after "worked with" out of the title', () => {
    const found = events('20/03/2026', 'On March 12, the supervision delegation had a working session with the Bắc Kạn Provincial People\'s Committee.',
      'The delegation worked with the provincial Department of Finance on Thursday.');
    expect(found.map((e) => [e.kind, e.date, e.title])).toEqual([
      ['meeting', '2026-03-12', 'Supervision delegation had a working session with the Bắc Kạn Provincial People\'s Committee'],
      ['meeting', '2026-03-19', 'Delegation worked with the provincial Department of Finance'],
    ]);
  });

  it('dates a plenum "from October 5 to 8" by its first day', () => {
    const found = events('20/10/2025', 'The 11th plenum of the Party Central Committee took place in Hà Nội from October 5 to 8.');
    expect(found.map((e) => [e.kind, e.date])).toEqual([['meeting', '2025-10-05']]);
  });
});

describe('a delegation that worked with a province, named before its appositions', () => {
  it('reads the working session by the body the sentence opens with, and the remarks "at the session" on its day', () => {
    const { events } = timelineOf({ 'seeds/a.txt': dated('09/10/2026',
      'BAC NINH – A working delegation of the Central Inspection Commission on party discipline, science, technology and innovation, led by '
      + 'Phạm Quốc Hưng, Deputy Head of the Commission, worked with the Standing Board of the Bắc Ninh Provincial Party Committee yesterday.',
      'The working session, held under the Commission\'s Plan 12-KH/UBKTTW dated 19/6/2026 on inspecting localities in the second half of '
      + 'the year, was chaired by Secretary of the Provincial Party Committee Đào Văn Lâm.',
      'Speaking at the session, Hưng praised the province for its data work.') });
    expect(events.filter((e) => e.kind === 'meeting' || e.kind === 'remarks').map((e) => [e.date, e.kind, e.title])).toEqual([
      ['2026-10-08', 'remarks', 'Phạm Quốc Hưng delivered remarks at the session'],
      ['2026-10-08', 'meeting', 'Working delegation worked with the Standing Board of the Bắc Ninh Provincial Party Committee'],
    ]);
    // The half-year is what the cited plan is on: nothing is dated by it.
    expect(events.filter((e) => e.date === '2026-H2')).toEqual([]);
  });
});

describe('a body that met, and a meeting that ended "on the same day"', () => {
  it('is the body\'s meeting, by its noun, when no one it met is named', () => {
    const found = events('18/04/2025', 'On Wednesday, 15 April 2025, the District Steering Committee met to review the first quarter.');
    expect(found.map((e) => [e.kind, e.date, e.title])).toEqual([['meeting', '2025-04-15', 'Meeting of the District Steering Committee']]);
  });

  it('is dated by the meeting, not by an instrument dated in between', () => {
    const found = events('18/04/2025', 'On Wednesday, 15 April 2025, the District Steering Committee met to review the first quarter.',
      'The committee, set up under Decision No. 1856/QĐ-UBND dated 20/03/2025 of the District People\'s Committee, keeps its targets.',
      'The meeting ended at 16:45 on the same day.');
    expect(found.filter((e) => e.kind === 'meeting').map((e) => e.date)).toEqual(['2025-04-15']);
  });
});

describe('a gathering a page\'s own body tells in the first person', () => {
  it('reads "At our customer conference … on Sunday (23/2)" as a meeting that day', () => {
    expect(events('25/02/2030', 'At our customer conference in Bình Thủy ward on Sunday (23/2), General Director Nguyễn Thành Lộc answered 46 '
      + 'questions from residents.').map((e) => [e.kind, e.date])).toEqual([['meeting', '2030-02-23']]);
  });
});

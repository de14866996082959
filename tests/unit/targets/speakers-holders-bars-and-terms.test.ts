import { describe, expect, it } from 'vitest';
import { timelineOf } from '../events/helpers.ts';

/** The targets of one text: metric, value and deadline, in a fixed order. */
const targetsOf = (lines: string[]) => timelineOf({ 'a.txt': lines.join('\n\n') }).targets.map((t) => [t.metric, t.value, t.deadline])
  .sort((a, b) => String(a).localeCompare(String(b)));

describe('a figure reported by a speaker, then raised by a goal ("that share")', () => {
  it('names the goal after what the figure counts, not after the speaker', () => {
    const found = targetsOf([
      'Committee reviews draft data law',
      'Posted: 10/09/2026',
      'Deputy Lương Văn Tín said only 28 per cent of provincial agencies\' databases are now linked to the national hub.',
      'The draft sets the goal of raising that share to at least 75 per cent by 2030.',
    ]);
    expect(found).toEqual([["provincial agencies' databases", 75, 2030]]);
  });
});

describe('a share that a group holds of a market', () => {
  it('is the group\'s share of the market, due by the year stated before ("by the same year")', () => {
    const found = targetsOf([
      'Draft sets goals for e-commerce platforms',
      'Posted: 10/09/2026',
      'The draft aims for 60 per cent of online shoppers to pay without cash by 2029 and for local platforms to hold 45 per cent '
        + 'of the online retail market by the same year.',
    ]);
    expect(found.find(([metric]) => String(metric).startsWith('local platforms'))).toEqual(['local platforms share of online retail market', 45, 2029]);
  });
});

describe('a term of office in the sentence of a figure', () => {
  it('is no deadline: the plan\'s own year is', () => {
    const found = targetsOf([
      'Shareholders approve plan and elect board',
      'Posted: 25/04/2026',
      'Shareholders of Phuong Nam Software Corporation on Saturday approved a 2026 business plan with revenue of VND4,200 billion '
        + 'and elected a new board for the 2026-2031 term.',
    ]);
    expect(found.map(([, value, deadline]) => [value, deadline])).toEqual([[4200, 2026]]);
  });
});

describe('a count of things that clear a bar', () => {
  it('counts the things with the bar in its metric, and the bar is no target of its own', () => {
    const found = targetsOf([
      'Programme on software firms approved',
      'Posted: 12/05/2026',
      'The Prime Minister approved a programme on software firms. Targets by 2030:',
      '- At least seven firms with annual revenue above US$500 million each;',
      '- At least 40 firms with more than 2,000 employees;',
      '- 4 universities ranked in the world\'s top 300.',
    ]);
    expect(found).toEqual([
      ['firms with annual revenue above US$500 million', 7, 2030],
      ['firms with more than 2,000 employees', 40, 2030],
      ["universities ranked in the world's top 300", 4, 2030],
    ]);
  });
});

describe('a part of a count, and a count a plan calls for', () => {
  it('reads ", of which N have …" as a target of its own in the tense of its whole, and "calls for N new X and for …"', () => {
    const found = targetsOf([
      'Province issues start-up plan',
      'Posted: 14/05/2026',
      'By 2030, the province strives to: have at least 200 innovative start-ups, of which 25 have raised venture capital; and set up two '
        + 'innovation centres.',
      'For 2026 alone, the plan calls for 45 new innovative start-ups and for at least 40 per cent of schools to run a STEM club.',
    ]);
    expect(found).toEqual([
      ['innovation centres', 2, 2030],
      ['innovative start-ups that have raised venture capital', 25, 2030],
      ['innovative start-ups', 200, 2030],
      ['innovative start-ups', 45, 2026],
      ['schools to run a STEM club', 40, 2026],
    ]);
  });
});

describe('a milestone on the way, and a part of people', () => {
  it('reads "The first milestone is N X by YEAR" and ", of whom N hold …"', () => {
    const found = targetsOf([
      'Deputy minister on the data programme',
      'Posted: 20/03/2026',
      'By 2030, the programme aims to train at least 20,000 data engineers, of whom 300 hold doctoral degrees.',
      'The first milestone is 6,000 engineers by 2027.',
    ]);
    expect(found).toEqual([
      ['data engineers that hold doctoral degrees', 300, 2030], ['data engineers trained', 20000, 2030], ['engineers', 6000, 2027],
    ]);
  });
});

describe('the same measure raised later', () => {
  it('reads "N by YEAR, rising to M by LATER" as two targets of one measure, a count or a share', () => {
    const found = targetsOf([
      'Strategy sets researcher goals',
      'Posted: 11/06/2026',
      'The strategy sets the goal of 12 researchers per 10,000 people by 2030, rising to 18 by 2035.',
      'It aims for the digital economy to reach 30% of GRDP by 2030, rising to 45% by 2035.',
    ]);
    expect(found).toEqual([
      ['digital economy share of GRDP', 30, 2030], ['digital economy share of GRDP', 45, 2035],
      ['researchers', 12, 2030], ['researchers', 18, 2035],
    ]);
  });
});

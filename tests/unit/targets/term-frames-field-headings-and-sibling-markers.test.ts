import { describe, expect, it } from 'vitest';
import { amountParser } from '../../../src/pipeline/targets/amount-parser.ts';
import { timelineOf } from '../events/helpers.ts';

/** The targets of one text (paragraphs, or a list block when its lines open with "- "): metric, value, deadline, sorted. */
const targetsOf = (lines: string[]) => timelineOf({ 'a.txt': lines.join('\n\n') }).targets
  .map((t) => [t.metric, t.value, t.deadline]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe('targets a resolution sets for a term, listed under field headings', () => {
  it('dates every list under "Economy", "Society" … by the term the frame names, not by a year an item of another list wrote', () => {
    const found = targetsOf([
      'Ha Giang Party congress sets targets',
      'Posted: 16/10/2025',
      'The Hà Giang provincial Party congress closed on Wednesday, adopting its resolution.',
      'Among the main targets of the resolution for the 2025-2030 term:',
      'Economy',
      '- average GRDP growth of 9 per cent a year;\n- GRDP per capita of US$5,200 by 2029.',
      'Society',
      '- the multidimensional poverty rate below 3 per cent;\n- health insurance covering at least 96 per cent of the population.',
    ]);
    expect(found).toEqual([
      ['average GRDP growth', 9, 2030], ['GRDP per capita', 5200, 2029],
      ['health insurance covering share of population', 96, 2030], ['multidimensional poverty rate', 3, 2030],
    ]);
  });

  it('still reads no deadline in a board elected for a term', () => {
    expect(targetsOf(['Shareholders meet', 'Posted: 16/04/2026',
      'The meeting elected a board of 7 members for the 2026-2031 term.'])).toEqual([]);
  });
});

describe('numbered sections of a decision', () => {
  it('reads a section of milestones by its own year, and no criteria of the next section as targets', () => {
    const found = targetsOf([
      'Decision on the digital economy scheme',
      'Posted: 24/04/2026',
      'Article 1. To approve the Scheme with the following main contents:',
      '1. Objectives to 2030',
      'a) The digital economy accounts for 20% of the province\'s GRDP;',
      '2. Milestones for 2027',
      'a) 60 per cent of agricultural cooperatives sell their products online;',
      '3. Criteria for selecting enterprises for the pilot support package',
      '- Having at least 10 employees with a degree in information technology;\n- Having spent at least 2 per cent of revenue on digital solutions.',
    ]);
    expect(found.map(([, value, deadline]) => [value, deadline])).toEqual([[60, 2027], [20, 2030]]);
  });

  it('ends a lettered frame at the next numbered section ("3. Tasks and solutions")', () => {
    const found = targetsOf([
      'Decision on the innovation strategy',
      'Posted: 24/04/2026',
      '2. Targets',
      'a) By 2030:',
      '- The number of innovative start-ups reaches at least 6,000;',
      'b) Vision to 2035: Vietnam becomes a leading innovation hub of Asia.',
      '3. Tasks and solutions',
      'a) International cooperation: attract at least ten foreign accelerators to operate in Vietnam.',
    ]);
    // The start-ups, and the vision's qualitative aim; no count of accelerators, a task with no deadline.
    expect(found.map(([, value, deadline]) => [value, deadline])).toEqual([[6000, 2030], [null, 2035]]);
  });
});

describe('a share of a whole and its part', () => {
  it('reads "X at 80 per cent of the labour force, of which 45 per cent with degrees" as two targets', () => {
    const found = amountParser.propose('- trained workers at 80 per cent of the labour force, of which 45 per cent with degrees or certificates;')
      .map((p) => [p.metric.replace(/^-\s+/, ''), p.value, p.unit]);
    expect(found).toEqual([
      ['trained workers share of labour force', 80, '% of labour force'],
      ['trained workers with degrees or certificates', 45, '%'],
    ]);
  });
});

describe('aims joined to a baseline, a second aim or a part', () => {
  const figures = (text: string) => amountParser.propose(text).map((p) => [p.metric, p.value, p.baseline?.value ?? null]);

  it('reads a baseline "from 41% now to 75 per cent"', () => {
    expect(figures('It also aims to raise the share of fees paid online from 41% now to 75 per cent by 2030.'))
      .toEqual([['fees paid online', 75, 41]]);
  });

  it('reads a count joined by "and for" to an aim for a share', () => {
    expect(figures('The province aims for a digital economy of 25 per cent of GRDP and for two million residents to hold an account on the '
      + 'Citizen app.')).toEqual([['digital economy share of GRDP', 25, null], ['residents to hold an account on the Citizen app', 2_000_000, null]]);
  });

  it('reads a part of a count by its field: "…, of which at least 300 in agricultural technology"', () => {
    expect(figures('It aims to have no fewer than 2,000 digital technology enterprises, of which at least 300 in agricultural technology.'))
      .toEqual([['digital technology enterprises', 2000, null], ['digital technology enterprises in agricultural technology', 300, null]]);
  });

  it('reads every one of a whole named with a body\'s name that is to use something, with no number in the sentence', () => {
    expect(figures('By then, all commune-level People\'s Committees are to use the provincial AI assistant;'))
      .toEqual([['commune-level People\'s Committees use the provincial AI assistant', 100, null]]);
    expect(figures('All levels must apply artificial intelligence in their work.')).toEqual([]);
  });
});

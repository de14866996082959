import { describe, expect, it } from 'vitest';
import { amountParser } from '../../../src/pipeline/targets/amount-parser.ts';
import { timelineOf } from '../events/helpers.ts';

/** The targets of one text of paragraphs: metric, comparator, value, deadline, sorted by metric. */
const targetsOf = (lines: string[]) => timelineOf({ 'a.txt': lines.join('\n\n') }).targets
  .map((t) => [t.metric, t.comparator, t.value, t.deadline]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
const HEAD = ['Province sets its goals', 'Posted: 22/01/2026'];

describe('a rank in an index named with its acronym', () => {
  it('keeps the acronym, and ends a count before "and a place among the top 3"', () => {
    expect(targetsOf([...HEAD, 'By the end of the decade, the province also wants 400 innovative start-ups and a place among the top 3 '
      + 'localities in the Provincial Innovation Index (PII).'])).toEqual([
      ['innovative start-ups', '=', 400, 2030], ['Provincial Innovation Index (PII)', 'top', 3, 2030],
    ]);
  });
});

describe('clauses and their times', () => {
  it('takes the deadline before a sentence whose only past time is in a clause after a semicolon', () => {
    expect(targetsOf([...HEAD, 'By 2030 the digital economy is to reach 25 per cent of GRDP. We want to be among the top 10 provinces in '
      + 'the Provincial Innovation Index; we were 22nd last year.'])).toEqual([
      ['digital economy share of GRDP', '=', 25, 2030], ['Provincial Innovation Index', 'top', 10, 2030],
    ]);
  });

  it('reads no subject in a time that opens the clause: "by then, half of the enterprises … are to apply …"', () => {
    const [share] = amountParser.propose('An interim goal is set for 2028: by then, half of the enterprises in the industrial parks are to apply '
      + 'at least one smart manufacturing solution.');
    expect([share?.metric, share?.value]).toEqual(['the enterprises in the industrial parks to apply at least one smart manufacturing solution', 50]);
  });

  it('reads a bare count that is the subject of a duty to come, not one that was done', () => {
    expect(amountParser.propose('And by 2030, three million residents should have an electronic health record.').map((p) => [p.metric, p.value]))
      .toEqual([['residents should have an electronic health record', 3_000_000]]);
    expect(amountParser.propose('Last year, 300 schools were connected to fibre.')).toEqual([]);
  });

  it('reads a count in words after "and" that closes another figure\'s clause as the subject of its own duty, and ends that clause there', () => {
    const found = amountParser.propose('By 2030 95% of the catch is to be traced electronically and three thousand fishing households are to sell '
      + 'seafood online.').map((p) => [p.metric, p.value]);
    expect(found).toContainEqual(['fishing households are to sell seafood online', 3000]);
    expect(found).toContainEqual(['the catch to be traced electronically', 95]);
    // (Not the top of a range: "between 30 and 40 firms will use …".)
    expect(amountParser.propose('By 2030, between 30 and 40 firms will use the platform.').map((p) => p.value)).not.toContain(40);
  });
});

describe('a figure a text states twice', () => {
  it('is one target when the second statement names it with fewer words', () => {
    expect(targetsOf([...HEAD, 'The province approved a scheme to 2030, which aims to train 3,500 engineers for chip design, packaging and testing.',
      'The scheme aims to train 3,500 engineers; the decision was signed on January 20.'])).toEqual([['engineers trained for chip design', '=', 3500, 2030]]);
  });
});

describe('figures of a list in one sentence', () => {
  it('reads bare figures in brackets as the national benchmarks when the sentence says so, and a count after "; and"', () => {
    const found = timelineOf({ 'a.txt': [...HEAD, 'The province must reach the following by the end of 2026 (national figures in brackets): '
      + 'online applications at 80 per cent of the total (70 per cent); cashless payments in hospitals at 90 per cent (80 per cent); and 85 '
      + 'innovative start-ups.'].join('\n\n') }).targets.map((t) => [t.value, t.benchmark?.value ?? null]).sort((a, b) => a[0]! - b[0]!);
    expect(found).toEqual([[80, 70], [85, null], [90, 80]]);
  });

  it('reads no bare figure in brackets as a benchmark otherwise', () => {
    const found = timelineOf({ 'a.txt': [...HEAD, 'By 2026, online applications are to reach 80 per cent of the total (70 per cent).'].join('\n\n') })
      .targets.map((t) => [t.value, t.benchmark]);
    expect(found).toEqual([[80, null]]);
  });

  it('reads a part of a share "from" a source, and a count joined past the first one\'s deadline and baseline', () => {
    expect(amountParser.propose('The goal: research spending at 2 per cent of GDP, of which more than 60 per cent from enterprises.')
      .map((p) => [p.metric, p.comparator, p.value])).toEqual([['research spending share of GDP', '=', 2], ['research spending from enterprises', '>', 60]]);
    expect(amountParser.propose('The programme targets at least 50 innovation centres by 2030, up from 14 today, and 800 start-ups incubated a year.')
      .map((p) => [p.metric, p.value])).toEqual([['innovation centres', 50], ['start-ups incubated a year', 800]]);
  });
});

describe('a list item that is a whole described by a participle', () => {
  it('reads "- all communes meeting the new-style rural area standards" as every commune, and nothing of a whole that did something', () => {
    expect(amountParser.propose('- all communes meeting the new-style rural area standards;').map((p) => [p.metric, p.value, p.unit]))
      .toEqual([['communes meeting the new-style rural area standards', 100, '% of communes']]);
    expect(amountParser.propose('- all communes met the standards last year;')).toEqual([]);
  });

  it('reads the last item of targets run into a sentence, "every" one of several things with something, as every one of them', () => {
    const text = 'This year the plan sets three goals: 70 per cent of dossiers handled online; a hospital in each district; '
      + 'and every ward, commune and the border zone with a working digital help desk.';
    expect(amountParser.propose(text).filter((p) => p.value === 100).map((p) => [p.metric, p.unit]))
      .toEqual([['wards, communes and border zones with a working digital help desk', '% of wards, communes and border zones']]);
    // A clause whose subject does something is no whole described.
    expect(amountParser.propose('Each of us is encouraged to link schools with industrial parks.')).toEqual([]);
  });
});

describe('a share of several things, with a deadline in quarters', () => {
  it('keeps what the share has as its metric and the things as its base, the quarter out of both', () => {
    const [share] = amountParser.propose('The district wants to have smart reading rooms in 80% of schools and libraries by the end of the third quarter of 2027.');
    expect([share?.metric, share?.unit]).toEqual(['smart reading rooms in share of schools and libraries', '% of schools and libraries']);
  });
});

describe('a share joined after another with its own year and no words of its own', () => {
  it('is a step of the share before it: its words and unit, its own year ("…, with at least 8 per cent by 2032")', () => {
    expect(targetsOf([...HEAD, 'By 2035, innovative products and services will make up at least 15 per cent of the value of goods and services '
      + 'bought with state funds, with at least 8 per cent by 2032.']).map(([metric, comparator, value, deadline]) => [metric, comparator, value, deadline]))
      .toEqual([
        ['innovative products and services share of value of goods and services bought with state funds', '>=', 8, 2032],
        ['innovative products and services share of value of goods and services bought with state funds', '>=', 15, 2035],
      ]);
    // (Its year is its own: the share before it keeps the sentence's.)
    expect(targetsOf([...HEAD, 'By 2035, the digital economy will make up 30 per cent of GRDP, and 20 per cent by 2030.']))
      .toEqual([['digital economy share of GRDP', '=', 20, 2030], ['digital economy share of GRDP', '=', 30, 2035]]);
  });

  it('is not, where the share after "and" has words of its own', () => {
    expect(targetsOf([...HEAD, 'By 2035, the digital economy will make up 30 per cent of GRDP, and e-commerce 20 per cent of retail sales by 2030.'])
      .map(([metric]) => metric)).not.toContain('digital economy share of GRDP 20');
    expect(amountParser.propose('the digital economy will make up 30 per cent of GRDP, and e-commerce 20 per cent of retail sales by 2030')
      .find((p) => p.value === 20)?.metric).not.toBe('digital economy share of GRDP');
  });
});

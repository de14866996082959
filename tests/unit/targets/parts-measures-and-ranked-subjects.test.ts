import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

/** The targets of a text published on 12 June 2026, sorted by deadline and value. */
const targets = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('12/06/2026', ...lines) }).targets
  .map((t) => ({ metric: t.metric, comparator: t.comparator, value: t.value, max: t.max, unit: t.unit, deadline: t.deadline }))
  .sort((a, b) => a.deadline - b.deadline || (a.value ?? 0) - (b.value ?? 0));

describe('parts of a whole named before', () => {
  it('reads "all 14 products" as every one of them, and "at least five", "ten of the 14" as counts of the same products', () => {
    expect(targets('The roadmap has two phases. By the end of 2027, prototypes of all 14 products are to be completed and at least five are to be '
      + 'commercialised.', 'By 2030, at least ten of the 14 products are to be commercialised.')).toMatchObject([
      { metric: 'products commercialised', comparator: '>=', value: 5, unit: 'products', deadline: 2027 },
      { metric: 'prototypes of products completed', comparator: '=', value: 100, unit: '% of products', deadline: 2027 },
      { metric: 'products commercialised', comparator: '>=', value: 10, unit: 'products', deadline: 2030 },
    ]);
  });

  it('reads an item "X in all 32 villages" as every village having X', () => {
    expect(targets('The commune\'s plan sets the following targets for the end of 2026:', '- community digital teams in all 32 villages;',
      '- at least 80 per cent of adults with electronic identification accounts.')).toMatchObject([
      { metric: expect.stringMatching(/adults/), value: 80, deadline: 2026 },
      { metric: 'villages with community digital teams', value: 100, unit: '% of villages', deadline: 2026 },
    ]);
  });
});

describe('what a figure measures', () => {
  it('names the measure of a speed, not its unit, and a count doubled "to" a number after a comma', () => {
    expect(targets('By 2028, the resolution says, the country should:', '- reach a median fixed broadband speed of at least 300 Mbps;',
      '- double the number of AI and data specialists, to 40,000.')).toMatchObject([
      { metric: 'median fixed broadband speed', comparator: '>=', value: 300, unit: 'Mbps', deadline: 2028 },
      { metric: 'AI and data specialists', value: 40000, deadline: 2028 },
    ]);
  });

  it('reads what is raised to a share of a whole as its share of that whole', () => {
    expect(targets('By 2028 the bank aims to raise green loans to between 15 and 18 per cent of its SME loan book, from 6 per cent now.'))
      .toMatchObject([{ metric: 'green loans share of SME loan book', value: 15, max: 18, unit: '% of SME loan book', deadline: 2028 }]);
  });

  it('names a ranked noun phrase with its field, a field after "by", and no field in "by the same year"', () => {
    expect(targets('By 2030 the national language model is to rank among the top five in Southeast Asia on Vietnamese-language tasks.',
      'Under the plan, the institute is to rank among the top three institutes of the academy by international publications by 2030.',
      'The country aims to be among the top 15 economies in the regional index by 2030 and among the top 20 on its talent pillar by the same year.'))
      .toMatchObject([
        { metric: 'international publications', value: 3 },
        { metric: 'national language model in Vietnamese-language tasks', value: 5 },
        { metric: 'regional index', value: 15 },
        { metric: 'its talent pillar', value: 20 },
      ].map((t) => ({ ...t, comparator: 'top', deadline: 2030 })));
  });
});

describe('items of a list under an infinitive frame, and wholes without a number', () => {
  it('reads "- be granted at least 30 patents" as a goal, and "- earn VND150 billion a year from X" as revenue from X', () => {
    expect(targets('By 2030 the institute aims to:', '- be granted at least 30 patents, including international patents;',
      '- earn VND150 billion a year from technology transfer.')).toMatchObject([
      { metric: 'patents', comparator: '>=', value: 30, deadline: 2030 },
      { metric: 'revenue from technology transfer', value: 150, unit: 'VND billion', deadline: 2030 },
    ]);
    expect(targets('Last year the institute was granted 30 patents.')).toEqual([]);
  });

  it('reads "all X to be Yed" in an item, and "complete the digitisation of all X", as every one of X', () => {
    expect(targets('The commune\'s plan sets the following targets for the end of 2026:', '- all eligible procedures to be offered fully online;',
      'The city shall also complete the digitisation of all land records by 30/9/2026.')).toMatchObject([
      { metric: 'eligible procedures offered fully online', value: 100, unit: '% of eligible procedures', deadline: 2026 },
      { metric: 'land records digitisation', value: 100, unit: '% of land records', deadline: 2026 },
    ]);
    // An item that gives every one a task, with no figure, is no target: "- all levels must apply AI".
    expect(targets('The plan sets the following tasks for 2026:', '- all levels of government must apply artificial intelligence in their work;'))
      .toEqual([]);
  });
});

describe('what "it" points back to', () => {
  it('reads "- phase 3 will bring it to 120 MW by 2032" as the capacity the item before raised', () => {
    expect(targets('The data centre has three phases:', '- phase 2 will raise capacity to 70 MW by 2030;',
      '- phase 3 will bring it to 120 MW by 2032, when the whole project is to be completed.')).toMatchObject([
      { metric: 'capacity', value: 70, unit: 'MW', deadline: 2030 }, { metric: 'capacity', value: 120, unit: 'MW', deadline: 2032 },
    ]);
  });

  it('gives every figure of "It aims to … and to …" the body the sentence before set its targets for', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('12/06/2026', 'Song Lam University of Technology (SLUT) will admit 1,420 students.',
      'Under its strategy, SLUT wants AI students to make up 30 per cent of its enrolment by 2030. It aims to train 5,000 engineers by 2030 '
        + 'and to rank among the top three technical universities in the country for chip design by 2030.') }).targets;
    expect(found.map((t) => [t.value, t.scope]).sort()).toEqual([
      [30, 'Song Lam University of Technology'], [3, 'Song Lam University of Technology'], [5000, 'Song Lam University of Technology'],
    ].sort());
  });
});

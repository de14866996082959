import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

const targets = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('02/03/2027', ...lines) }).targets
  .map((t) => ({ metric: t.metric, comparator: t.comparator, value: t.value, unit: t.unit, deadline: t.deadline }));

describe('the counts of participles that share one "to have", and counts "to meet" a standard', () => {
  it('reads each count of "aims … to have published X, filed Y and trained Z" as a target of the aim\'s deadline', () => {
    expect(targets('By 2032, the fund aims for its grantees to have published at least 80 papers in Scopus journals, filed at least '
      + '6 patent applications and trained 25 doctoral students.')).toEqual(expect.arrayContaining([
      expect.objectContaining({ metric: 'papers in Scopus journals', value: 80, deadline: 2032 }),
      expect.objectContaining({ metric: 'patent applications', value: 6, deadline: 2032 }),
      expect.objectContaining({ metric: 'doctoral students', value: 25, deadline: 2032 }),
    ]));
  });

  it('keeps the same list reported as done ("is estimated to have trained …") out of the targets', () => {
    expect(targets('The institute is estimated to have trained 400 engineers, filed 12 patents and published 90 papers in 2026.')).toEqual([]);
  });

  it('reads "15 provincial testing centres are to meet international standards" as a count still to come', () => {
    expect(targets('By 2031, 15 provincial testing centres are to meet international standards.'))
      .toMatchObject([{ value: 15, unit: 'centres', deadline: 2031 }]);
  });
});

describe('a time told again, a time from one step to another, a long whole and a cut by half', () => {
  it('leaves "By the same year," out of the metric of the share after it', () => {
    expect(targets('By 2030, the network is to have 12 regional hubs.', 'By the same year, between 25 and 30% of firms in the park are to run '
      + 'research and development activities.')).toContainEqual(
      expect.objectContaining({ metric: 'firms in the park to run research and development activities', value: 25, deadline: 2030 }));
  });

  it('reads the time from one step to another, after "and", to be cut to no more than a number of months', () => {
    expect(targets('By 2029 ministries are to publish every call online, and the time from the close of a call to the signing of a grant '
      + 'agreement is to be cut to no more than four months.')).toContainEqual(expect.objectContaining({
      metric: 'time from the close of a call to the signing of a grant agreement', comparator: '<=', value: 4, unit: 'months', deadline: 2029 }));
  });

  it('reads every one of a whole of nine words, and a cut by half, as targets', () => {
    const found = targets('Under the conclusions, by 2029 all publicly funded research projects at provincial and district level are to be '
      + 'reviewed on the shared platform.', 'By 2029, the time needed to license a clinical trial is to be cut by half compared with 2026.');
    expect(found).toContainEqual(expect.objectContaining({ value: 100, deadline: 2029 }));
    expect(found).toContainEqual(expect.objectContaining({ metric: 'time needed to license a clinical trial', value: 50, deadline: 2029 }));
  });
});

describe('a share that "came from" something, and a list of what a rule entitles to', () => {
  it('reads "only about 14% of the output came from …" as a status, and a list of benefits "are entitled to" as no target', () => {
    expect(targets('By 2035 the province aims high.', 'Only about 14% of the value of the province\'s fish catch came from certified fleets.')).toEqual([]);
    expect(targets('Projects in the zone are entitled to a tax rate of 10% for 15 years, exemption for the first four years and a 50% '
      + 'reduction for the next nine years.')).toEqual([]);
  });

  it('keeps procedures "eligible for" online processing that are to be provided online a target', () => {
    expect(targets('Under the plan, 100% of the ministry\'s procedures eligible for online processing are to be provided fully online by 2027, '
      + 'and 100% of its records are to be digitised by 2028.').map((t) => t.deadline)).toEqual([2027, 2028]);
  });
});

describe('an item of a list of aims, in the present, about every one of a whole', () => {
  it('reads "- all communes and wards have fibre-optic broadband …" under its frame, in lower case as a list writes it', () => {
    expect(targets('By 2031, the plan sets the following targets:', '- the digital economy accounts for 25% of GRDP;',
      '- all communes and wards have fibre-optic broadband reaching every village;')).toContainEqual(expect.objectContaining({
      metric: 'communes and wards with fibre-optic broadband reaching every village', value: 100, deadline: 2031 }));
  });
});

describe('every one of a whole named with an acronym among its words', () => {
  it('reads "all agricultural cooperatives that hold OCOP certification are to sell online" as every one of them', () => {
    expect(targets('By 2030, all fishing cooperatives that hold OCOP stars are to sell through e-commerce platforms.'))
      .toContainEqual(expect.objectContaining({ value: 100, unit: '% of fishing cooperatives that hold OCOP stars', deadline: 2030 }));
  });
});

describe('every one of a whole, in an item that opens with its deadline or does a thing, or done in some manner', () => {
  it('reads "c) By the end of 2029, all hospitals connect their records to …" as every hospital, by the item\'s deadline', () => {
    expect(targets('The amended programme sets these targets:',
      'c) By the end of 2029, all district hospitals and clinics connect their patient records to the provincial health data platform;',
      'd) all schools have a broadband connection by 2028;')).toEqual(expect.arrayContaining([
      expect.objectContaining({ value: 100, unit: '% of district hospitals and clinics', deadline: 2029 }),
      expect.objectContaining({ metric: 'schools with broadband connection', value: 100, deadline: 2028 }),
    ]));
  });

  it('reads "are to be mapped digitally for traceability" and "handled entirely online" as what every one is to be', () => {
    expect(targets('By 2029, all tea and cinnamon growing areas in the province are to be mapped digitally for traceability, so that buyers '
      + 'can check their origin.', 'By 2030, all land procedures are to be handled entirely online.')).toEqual(expect.arrayContaining([
      expect.objectContaining({ value: 100, unit: '% of tea and cinnamon growing areas', deadline: 2029 }),
      expect.objectContaining({ value: 100, unit: '% of land procedures', deadline: 2030 }),
    ]));
  });
});

describe('the end of a term as a deadline', () => {
  it('dates a target "by the end of the 2026–2031 term" at the term\'s last year, and a list under it too', () => {
    expect(targets('By the end of the 2026–2031 term, the province is to attract at least 300 experts.',
      'By the end of the 2026–2031 term, the resolution says:', '- the number of researchers is to reach 12 per 10,000 people;')
      .map((t) => [t.value, t.deadline])).toEqual([[300, 2031], [12, 2031]]);
  });

  it('still reads no deadline in a term of office: "elected its board for the 2026–2031 term"', () => {
    expect(targets('The association elected its board for the 2026–2031 term, with 15 members.')).toEqual([]);
  });
});

describe('an item\'s own deadline in a list under a frame with its own', () => {
  it('keeps "…, by the end of 2029" to its item: the items after it take the frame\'s 2030', () => {
    expect(targets('The second stage turns to services. By 2030, the plan says:',
      '- 75% of cooperatives are to sell on e-commerce platforms;',
      '- every commune clinic is to use electronic health records, by the end of 2029;',
      '- 90% of adults are to hold a digital signature.').map((t) => [t.value, t.deadline])
      .sort((a, b) => a[0]! - b[0]!)).toEqual([[75, 2030], [90, 2030], [100, 2029]]);
  });

  it('still lets "by the same year" take the year of the item before it under a frame that gives none', () => {
    expect(targets('Key lines from the minister\'s speech:', '- The country must have at least 5,000 data engineers by 2029.',
      '- The country must rank among the top 10 in ASEAN in the AI Readiness Index by the same year.').map((t) => t.deadline)).toEqual([2029, 2029]);
  });
});

describe('the items of a list of goals in the infinitive, and a count with a long qualifier', () => {
  it('reads "between 30 and 35 per cent of the working-age population to have …" and "all … schools to teach …" under their frame', () => {
    expect(targets('For the second phase, the Decision lists the following goals to be reached by 2030:',
      'a) between 30 and 35 per cent of the working-age population to have intermediate digital skills;',
      'b) all vocational schools to teach digital skills as a compulsory module;')).toEqual(expect.arrayContaining([
      expect.objectContaining({ metric: 'working-age population with intermediate digital skills', value: 30, deadline: 2030 }),
      expect.objectContaining({ value: 100, unit: '% of vocational schools', deadline: 2030 }),
    ]));
  });

  it('reads a count whose things are qualified at length before "are to": "one million workers in industrial parks and export zones"', () => {
    expect(targets('By the end of 2028, one million workers in industrial parks and export processing zones are to complete basic digital '
      + 'skills training.')).toEqual([expect.objectContaining({ value: 1000000, unit: 'workers', deadline: 2028 })]);
  });
});

describe('every one of a whole placed in a counted whole', () => {
  it('reads "All hamlets in the 52 communes are to have …" as every hamlet, the 52 no target of its own', () => {
    expect(targets('By the end of 2028, all hamlets in the 52 communes are to have mobile broadband coverage.')).toEqual([
      expect.objectContaining({ metric: 'hamlets with mobile broadband coverage', value: 100, deadline: 2028 })]);
  });
});

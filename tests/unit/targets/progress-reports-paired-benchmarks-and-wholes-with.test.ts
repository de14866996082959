import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

const targetsOf = (...lines: string[]) => timelineOf({ 'a.txt': dated('01/11/2030', ...lines) }).targets
  .map((t) => [t.deadline, t.metric, t.value, t.unit, t.benchmark?.value ?? null]).sort((a, b) => Number(a[0]) - Number(b[0]) || Number(a[2]) - Number(b[2]));

describe('a progress report\'s aim for the measure it reports', () => {
  it('reads "(21% of GRDP), while the plan aims for 26% by 2032 and 36% by 2035" as two targets of that measure', () => {
    expect(targetsOf('The digital economy reached 21% of GRDP, while the plan aims for 26% by 2032 and 36% by 2035.')).toEqual([
      [2032, 'digital economy share of GRDP', 26, '% of GRDP', null], [2035, 'digital economy share of GRDP', 36, '% of GRDP', null]]);
  });

  it('reads the target a share was measured against past what its things did, due in the year of writing ("for the year")', () => {
    expect(targetsOf('By the end of September, 92.4% of administrative dossiers were processed online by the end of September, against a target of 95% '
      + 'for the year.').map((t) => [t[0], t[2]])).toEqual([[2030, 95]]);
  });
});

describe('benchmarks an aside gives for a run of figures', () => {
  it('pairs "(national targets: 30% and 40%)" with the two figures before it, in order', () => {
    expect(targetsOf('The province aims for a digital economy of 25% of GRDP by 2030 and 35% by 2035 (national targets: 30% and 40%).')
      .map((t) => [t[0], t[2], t[4]])).toEqual([[2030, 25, 30], [2035, 35, 40]]);
  });
});

describe('a thing wanted in every one of a whole', () => {
  it('reads "aims to have such teams in every commune and ward by June 2031" as every one of them', () => {
    expect(targetsOf('The province aims to have such teams in every commune and ward by June 2031.'))
      .toEqual([[2031, 'communes and wards with teams', 100, '% of communes and wards', null]]);
  });
});

describe('a count of things with the size of each, and a share of whom', () => {
  it('reads "3 to 5 zones of at least 500 ha each" as the count, its size no target; "of whom at least 30% are women" as a share of the count', () => {
    expect(targetsOf('1. Targets by 2035:', 'c) Build 3 to 5 smart agriculture zones of at least 500 ha each;',
      'd) Train 12,000 farmers in digital skills, of whom at least 30% are women.').map((t) => t.slice(0, 4))).toEqual([
      [2035, 'smart agriculture zones', 3, 'zones'], [2035, 'farmers in digital skills that are women', 30, '%'],
      [2035, 'farmers in digital skills', 12000, 'farmers']]);
  });
});

describe('a time to cut, as an item of a frame\'s list', () => {
  it('is an aim due in the frame\'s year, not a procedure\'s time limit', () => {
    expect(targetsOf('The plan sets out the following targets for 2031:', '- cut the time to register a business to 2 working days (currently 3.5 days);',
      '- 85% of adults to have a digital signature.').map((t) => t.slice(0, 4)))
      .toEqual([[2031, 'time to register a business', 2, 'days'], [2031, 'adults to have a digital signature', 85, '%']]);
    // (A procedure's own limit stays none: "The department must reply within 10 working days.")
    expect(targetsOf('The plan sets out the following rules for 2031:', '- the department must reply within 10 working days.')).toEqual([]);
  });
});

describe('a goal set before its figure', () => {
  it('names no subject: what the figure counts, after it, is the metric ("sets the goals of having 80% of adults … with basic digital skills")', () => {
    expect(targetsOf('It carries out Plan No. 96/KH-UBND, which sets the goals of having 80% of adults in the province with basic digital skills '
      + 'by 2030.').map((t) => t.slice(0, 3))).toEqual([[2030, 'adults in the province with basic digital skills', 80]]);
  });
});

describe('what every one of a whole may be', () => {
  it('is no aim: "so that every crate shipped from the city can be tracked"', () => {
    expect(targetsOf('The minister told the city to finish the data platform for all fish farms by 2031, so that every crate shipped from the city '
      + 'can be tracked by QR code.').filter((t) => String(t[1]).includes('crate'))).toEqual([]);
  });
});

describe('the subject of a figure after a relative clause in commas', () => {
  it('is what the clause describes, past an aim and its verb; a figure inside the clause keeps the clause\'s subject', () => {
    expect(targetsOf('Under the agreement, the two sides aim to deploy the Hòa Bình chat assistant, which also understands Mường and Thái, at all '
      + '88 commune service centres by the end of 2031.').map((t) => t[1])).toEqual(['Hòa Bình chat assistant']);
    expect(targetsOf('He recalled Resolution No. 09-NQ/TU, which calls for spending on research and development to reach 1.2 per cent of GRDP by '
      + '2032.').map((t) => t[1])).toEqual(['spending on research and development share of GRDP']);
  });
});

describe('one figure of a text told twice in other words', () => {
  it('is one target: a report\'s "against a target of 60%" and its list\'s "60% of … to use …" for the same deadline', () => {
    const found = targetsOf('The share of fish farms using water sensors and farm diaries on the province\'s aquaculture platform was 38%, against a '
      + 'target of 60% for the end of 2031.', 'The targets for the end of 2031 remain:', '- 60% of fish farms to use sensors and digital farm diaries;',
    '- 100% of schools to use e-books.');
    expect(found.filter((t) => t[2] === 60)).toHaveLength(1);
  });
});

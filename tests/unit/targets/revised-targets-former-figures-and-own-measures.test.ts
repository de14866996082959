import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

/** Metric, value, unit, deadline and benchmark of each target a text sets, in the order of their values. */
const targets = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('10/07/2027', 'Thai Binh council revises its targets', ...lines) })
  .targets.map((t) => [t.metric, t.value, t.unit, t.deadline, t.benchmark?.value ?? null]).sort((a, b) => Number(a[1]) - Number(b[1]));

describe('a list of revised targets with the figures they replace', () => {
  const revised = targets('Under the amended resolution:',
    '- the digital economy\'s share of GRDP in 2027 rises to 27% (the original resolution said 25%);',
    '- its share in 2030 rises to 36% (previously 32%) [national: 30%];',
    '- households with fibre broadband in 2027 are lowered to 92% (previously 100%);',
    '- the province is to rank in the top 4 nationwide on the Provincial Digital Transformation Index by 2030, instead of the top 6.');

  it('reads the new figures, not the replaced ones, whether in brackets or after "instead of"', () => {
    expect(revised.map((t) => t[1])).toEqual([4, 27, 36, 92]);
  });

  it('takes no replaced figure for a benchmark, and the national figure in the aside beside it for one', () => {
    expect(revised.map((t) => t[4])).toEqual([null, null, 30, null]);
  });

  it('names "its share" by what the item before measured, and leaves the year and the passive verb out of the names', () => {
    expect(revised.map((t) => [t[0], t[3]])).toEqual([
      ['Provincial Digital Transformation Index', 2030],
      ['digital economy\'s share of GRDP', 2027],
      ['digital economy\'s share of GRDP', 2030],
      ['fibre broadband', 2027],
    ]);
  });
});

describe('what a count counts, and things where they stand now', () => {
  it('counts the plural acronym right after the number, not the noun at the end of its clause', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('10/10/2026', 'Government approves SME programme', 'By 2030: 800,000 SMEs use e-invoicing platforms.') })
      .targets.map((t) => [t.value, t.unit]);
    expect(found).toEqual([[800000, 'SMEs']]);
  });

  it('reads a threshold that tells where things still stand as no target', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('06/10/2026', 'Department reports on the quarter', 'In the fourth quarter the Department will:',
      '- complete the provincial innovation database by 31/12/2026;', '- help the eleven clinics still below 70% with cashless payments.') }).targets;
    expect(found.map((t) => t.value)).not.toContain(70);
  });
});

describe('a support level told as a share of a cost, and its cap', () => {
  it('reads neither "up to 60% of the cost" nor "capped at VND 40 million per firm" as a target', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('10/10/2026', 'Government approves SME programme', 'Article 2. Main tasks',
      '1. Support SMEs with up to 60% of the cost of cloud accounting software, capped at VND 40 million per firm per year, by 2030.',
      '2. By 2030, train 3,000 certified consultants.') }).targets.map((t) => t.value);
    expect(found).toEqual([3000]);
  });
});

describe('what a resolution pays, beside what it aims for', () => {
  const found = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('02/11/2027', 'City council adopts start-up resolution', ...lines) })
    .targets.map((t) => t.value);

  it('reads a share of rent or of a cost paid, and its cap per centre, as no target', () => {
    expect(found('Article 2. Targets', '1. By 2028, at least 3,000 innovative start-ups are to operate in the city.',
      'Article 3. Support for innovation centres',
      '1. Recognised innovation centres are supported with 40% of their office rent for up to 2 years, but not more than VND 1.5 billion '
        + 'per centre per year.',
      '2. Centres that open shared laboratories are supported with 25% of the cost of equipment, up to VND 8 billion per centre.')).toEqual([3000]);
  });

  it('reads "covers half of the rent" and "vouchers of up to VND 200 million" as what it pays', () => {
    expect(found('By 2030 the resolution aims for 40 innovation centres in the city. It covers half of the rent of recognised innovation '
      + 'centres and introduces start-up vouchers of up to VND 200 million.')).toEqual([40]);
  });

  it('still reads a share of things covered as a target ("covers 95% of communes")', () => {
    expect(found('By 2029 the city\'s 5G network covers 95% of communes.')).toEqual([95]);
  });

  it('reads a subscription\'s price as no target', () => {
    expect(found('By 2028, at least 80% of documents are to be published online within a day.',
      'Subscription for 2028: VND 1,800,000 a year; single issues VND 50,000.')).toEqual([80]);
  });
});

describe('a draft\'s figures told in a relative clause, and a sum reserved', () => {
  it('reads what "the draft …, which proposed that" set as no target, beside what was approved', () => {
    expect(targets('By 2030, the approved programme aims for 70% of cooperatives to use e-invoices. The figures are lower than those in the '
      + 'draft circulated for comment in May, which proposed that 85 per cent of cooperatives go digital by 2030.').map((t) => t[1])).toEqual([70]);
  });

  it('reads "asked the Department of Finance to reserve at least VND 40 billion for science in the 2028 budget" as no target', () => {
    expect(targets('By 2028, 90% of procedures are to be handled online. The Chairman asked the Department of Finance to reserve at least '
      + 'VND 40 billion for science in the 2028 budget.').map((t) => t[1])).toEqual([90]);
  });
});

describe('a former figure told as set "at", and a body\'s size told by its staff', () => {
  it('reads "The original decision had set this figure at 60%" as the figure replaced, no target', () => {
    expect(targets('The amended programme raises its main target: by 2030, at least 85% of upper secondary schools are to teach the AI '
      + 'module. The original decision had set this figure at 60%.').map((t) => t[1])).toEqual([85]);
  });

  it('reads "is to reach a staff of at least 120 by 2028" as a count of staff, not a bigger number\'s first digits', () => {
    expect(targets('Under the establishment Decision, the Centre is to reach a staff of at least 120 by 2028.'))
      .toEqual([['staff', 120, 'staff', 2028, null]]);
    expect(targets('The strategy aims for a workforce of 65,000 semiconductor engineers by 2030.').map((t) => [t[1], t[2]]))
      .toEqual([[65000, 'engineers']]);
  });
});

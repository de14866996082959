import { describe, expect, it } from 'vitest';
import { isPermitted, isReported } from '../../../src/pipeline/targets/reported.ts';
import { dated, timelineOf } from '../events/helpers.ts';

const build = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('12/06/2025', ...lines) });
const targets = (...lines: string[]) => build(...lines).targets
  .map((t) => ({ metric: t.metric, comparator: t.comparator, value: t.value, max: t.max, unit: t.unit, deadline: t.deadline, scope: t.scope }));
const reported = (text: string, figure: string) => isReported(text, text.indexOf(figure), text.indexOf(figure) + figure.length);

describe('targets stated as sums of money, ordinal ranks and full coverage', () => {
  it('reads a sum of money with its currency and scale, written either way round', () => {
    expect(targets('For the whole of 2026, export revenue of the electronics sector is expected to reach USD 4.2 billion.')).toMatchObject([
      { metric: 'export revenue of the electronics sector', value: 4.2, unit: 'USD billion', deadline: 2026 },
    ]);
    expect(targets('By 2030, venture funding for local start-ups must reach at least 12 trillion VND.')).toMatchObject([
      { metric: 'venture funding for local start-ups', comparator: '>=', value: 12, unit: 'VND trillion', deadline: 2030 },
    ]);
  });

  it('does not read a qualifier inside a word: "cover 97%" is 97%, not "over 97%"', () => {
    expect(targets('By 2029, rural fibre lines must cover 97% of hamlets.').map((t) => [t.comparator, t.value])).toEqual([['=', 97]]);
    expect(build('Rural fibre lines recover 4% of costs.').facts.map((f) => f.text)).not.toContain('over 4%');
  });

  it('reads a rank by its ordinal, and a rank held now as a fact', () => {
    expect(targets('The city aims to rank first in the Provincial Green Index by 2029.')).toMatchObject([
      { metric: 'Provincial Green Index', comparator: 'top', value: 1, deadline: 2029 },
    ]);
    expect(targets('Last year the province ranked 7th in the Provincial Green Index, and it plans to rank 3rd in that index by 2028.'))
      .toMatchObject([{ comparator: 'top', value: 3, deadline: 2028 }]);
  });

  it('reads "in all N <things>" as full coverage, with the subject of its own clause', () => {
    expect(targets('The district strives to lift the reading rate to 60% by 2027 and to have public Wi-Fi points in all 212 villages by the end of 2027.')
      .find((t) => t.unit === 'villages')).toMatchObject({ metric: 'public Wi-Fi points', value: 212, deadline: 2027 });
  });

  it('reads "<thing> in every <whole>" in a list item, and what an aim is for in all of a whole, as full coverage', () => {
    const full = (t: { unit: string | null }) => t.unit?.startsWith('% of ');
    expect(targets('By 2030 the province aims for:', '- 5G coverage in every commune and ward, by the end of 2029;',
      '- a digital payment account for 70% of adults.').filter(full)).toMatchObject([
      { metric: 'communes and wards with 5G coverage', value: 100, unit: '% of communes and wards', deadline: 2029 },
      { value: 70, deadline: 2030 },
    ]);
    expect(targets('Under the programme, the country aims for 5G coverage in all border communes by 2030, and for at least 80% of '
      + 'households in border areas to have a digital payment account by 2035.').filter(full)).toContainEqual(expect.objectContaining(
      { metric: 'border communes with 5G coverage', value: 100, unit: '% of border communes', deadline: 2030, scope: 'Vietnam' }));
  });

  it('reads what a share after "and for" counts as its subject, and "to bring in" as earning, not a change', () => {
    expect(targets('By 2035 the country aims for 5G coverage in all border communes, and for at least 80% of households in border areas '
      + 'to have a digital payment account.').find((t) => t.value === 80)).toMatchObject(
      { metric: 'households in border areas to have a digital payment account', comparator: '>=', deadline: 2035 });
    expect(targets('By 2030 the province aims for digital channels to bring in 35 40% of tourism revenue.')).toMatchObject([
      { metric: expect.stringMatching(/^digital channels\b.*\btourism revenue$/), unit: '% of tourism revenue', value: 35, max: 40, deadline: 2030 }]);
  });

  it('reads what a target is for ("The target for 2030 is for e-invoices to account for …") as the metric, without the target\'s words', () => {
    expect(targets('The target for 2030 is for e-invoices to account for at least 95% of all invoices issued by the company.')).toMatchObject([
      { metric: 'e-invoices share of all invoices issued by the company', comparator: '>=', value: 95, deadline: 2030 }]);
  });

  it('reads the subject of "for X to reach N% of Y" as the metric and Y as its base', () => {
    expect(targets('By 2031 the province aims for tourism revenue to grow strongly, and for online bookings to reach at least 35 40% of total hotel bookings by 2031.')
      .find((t) => t.value === 35)).toMatchObject({ metric: 'online bookings share of total hotel bookings', max: 40 });
  });

  it('does not read the noun "spending" as a verb of spending', () => {
    expect(targets('By 2030 the city strives to have innovation spending reach 2.5% of GRDP.')[0]).toMatchObject({ metric: 'innovation spending share of GRDP', value: 2.5 });
  });

  it('takes a year a level is held from as its deadline only when nothing else dates it, and never as a baseline', () => {
    expect(targets('Outlays on research will reach 4% of the provincial budget from 2027.')).toMatchObject([{ value: 4, unit: '% of provincial budget', deadline: 2027 }]);
  });
});

describe('figures that are not targets', () => {
  it('reads a past verb whose object is the figure, or a past verb with its own object after it, as reported', () => {
    expect(reported('At the end of 2024, 4G covered about 97% of the population', '97%')).toBe(true);
    expect(reported('The programme helped 64% of villages meet the new standards', '64%')).toBe(true);
    expect(reported('Only 22% of farms used any sensor in 2024', '22%')).toBe(true);
    expect(reported('By 2030, 90% of records digitised by the archives will be open', '90%')).toBe(false);
    expect(reported('Broadband speed 100 Mbps is the target for 2030', '100')).toBe(false);
  });

  it('does not read a baseline after a target as a target of its own', () => {
    expect(targets('The province aims for the digital economy to make up at least 20-25% of GRDP by 2030, up from about 9% now.').map((t) => t.value)).toEqual([20]);
  });

  it('does not read a change or a state "at present" as a target', () => {
    expect(targets('The province targets 30% of GRDP for the digital economy by 2030; at present it accounts for 12%.').map((t) => t.value)).toEqual([30]);
    expect(targets('Patent filings rose to 1,900 in the first half, up 18% year on year, and the ministry aims for 5,000 filings by 2030.').map((t) => t.value)).not.toContain(18);
  });

  it('does not read what a rule permits as a promise', () => {
    const text = 'The draft would allow universities to keep at least 70% of licensing income until 2030.';
    expect(isPermitted(text, text.indexOf('at least'))).toBe(true);
    expect(targets(text)).toEqual([]);
  });
});

describe('targets in the shapes of decisions and speeches', () => {
  it('reads every lettered item under a numbered frame, however long the list, and counts joined by "and"', () => {
    const found = targets('2. Specific objectives by 2031:', 'a) Form 4 regional testing centres and 12 pilot factories meeting ASEAN standards;',
      'b) Have 600 innovative start-ups receiving seed funds;', 'c) Train 9,000 engineers;', 'd) Build 3 shared laboratories;', 'e) Vietnam ranks among the top 35 countries in the Global Innovation Index (GII).');
    expect(found.map((t) => [t.value, t.unit, t.deadline])).toEqual(expect.arrayContaining([
      [4, 'centres', 2031], [12, 'factories', 2031], [600, 'start-ups', 2031], [9000, 'engineers', 2031], [3, 'laboratories', 2031], [35, 'rank among countries', 2031],
    ]));
  });

  it('reads a range after a verb of making, and a lone unit as a measure of what is raised', () => {
    expect(targets('By 2032 the province aims to have 2-4 cold-chain logistics hubs and to raise total cold storage capacity to at least 900 kilotonnes.').map((t) => [t.metric, t.value, t.max]))
      .toEqual([['cold-chain logistics hubs', 2, 4], ['total cold storage capacity', 900, null]]);
  });

  it('names a part "of which" by what it comes from, and money raised by what it is for', () => {
    expect(targets('We strive for spending on research to reach 1.8% of GDP by 2030, of which more than 55% comes from private firms.').map((t) => [t.metric, t.value]).sort())
      .toEqual([['share from private firms', 55], ['spending on research share of GDP', 1.8]]);
    expect(targets('The director said the province plans to mobilise VND 8 trillion for irrigation sensors by 2030, focusing on the delta.').map((t) => [t.metric, t.value, t.unit]))
      .toEqual([['funding for irrigation sensors', 8, 'VND trillion']]);
    // A sum to attract named after it: "of investment", "in venture capital".
    expect(targets('By 2035, the province aims to attract US$3-4 billion of investment in data centres.').map((t) => [t.metric, t.value, t.max, t.unit]))
      .toEqual([['investment in data centres', 3, 4, 'USD billion']]);
  });

  it('reads a count still to come in the passive, after figures already reached', () => {
    expect(targets('Officials said 900 of the 1,100 hamlets had been connected in 2025, and the remaining 200 hamlets would be connected by the end of 2026.').map((t) => [t.value, t.unit, t.deadline]))
      .toEqual([[200, 'hamlets', 2026]]);
  });

  it('takes the deadline of its own clause, not the next one\'s', () => {
    expect(targets('By the end of 2026, 100% of schools are to have fibre broadband, and by 2030 the digital economy is to reach 25% of GRDP.').map((t) => [t.value, t.deadline]))
      .toEqual([[100, 2026], [25, 2030]]);
  });

  it('reads the target a reported figure is measured against as its measure\'s target, and no count in a circumstance', () => {
    expect(targets('The online rate remains low at 41%, against a target of 70% for 2025.'))
      .toEqual([{ metric: 'online rate', comparator: '=', value: 70, max: null, unit: '%', deadline: 2025, scope: 'Vietnam' }]);
    expect(targets('The session will close on June 28 after passing more than 40 laws.')).toEqual([]);
  });
});

describe('ranges and counts written other ways', () => {
  it('reads "N to M" as a range where no "from" makes it a change, and a word number before a long noun phrase', () => {
    expect(targets('Colleges should enrol 12,000 to 14,000 students in data science every year from 2027.').map((t) => [t.metric, t.value, t.max, t.deadline]))
      .toEqual([['students enrolled in data science every year', 12000, 14000, 2027]]);
    expect(targets('The province will build a minimum of four cold storage and food testing centres by 2029.').map((t) => [t.value, t.unit]))
      .toEqual([[4, 'centres']]);
  });

  it('reads "raise the number of X to N", and not a year as the number', () => {
    expect(targets('By 2030 the city aims to raise the number of technology firms to 640, from 300 at present.').map((t) => [t.metric, t.value]))
      .toEqual([['technology firms', 640]]);
    expect(targets('The plan sets out the number of technology firms to 2030.')).toEqual([]);
  });

  it('ends what a share counts where the next share begins', () => {
    expect(targets('The city wants 75% of adults to use e-wallets and 60% of shops to accept QR payments by 2028.').map((t) => [t.metric, t.value]))
      .toEqual([['adults to use e-wallets', 75], ['shops to accept QR payments', 60]]);
  });
});

describe('qualitative goals', () => {
  it('keeps what a place is to be the centre of', () => {
    expect(targets('By 2035, Son La aims to become a centre of organic fruit processing of the Northwest.').map((t) => t.metric))
      .toEqual(['centre of organic fruit processing of the Northwest']);
  });
});

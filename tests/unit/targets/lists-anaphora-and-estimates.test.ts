import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

const targets = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('30/12/2025', ...lines) }).targets
  .map((t) => ({ metric: t.metric, comparator: t.comparator, value: t.value, max: t.max, deadline: t.deadline, baseline: t.baseline?.value ?? null }));

describe('targets of lists whose markers the layout took away, of "that share", and of estimates', () => {
  it('gives every item of a list the year its frame names, "For 2026" as "By 2026"', () => {
    const found = targets('For 2026, the department aims to:', '- bring the province into the top 15 of the Provincial Innovation Index;',
      '- have at least 40% of research tasks co-funded by enterprises;', '- list no fewer than 900 technology offers on the exchange.');
    expect(found.map((t) => [t.comparator, t.value, t.deadline])).toEqual([['top', 15, 2026], ['>=', 40, 2026], ['>=', 900, 2026]]);
  });

  it('reads a count and its short noun phrase that open an item, but not a count that opens a sentence of prose', () => {
    expect(targets('By 2030 the city is to have:', '- a digital economy worth no less than 25% of GRDP;', '- 8,000 digital firms, against about 3,100 today;'))
      .toMatchObject([{ value: 25, deadline: 2030 }, { metric: 'digital firms', value: 8000, deadline: 2030 }]);
    expect(targets('By 2030 the city aims to train 9,000 engineers.', 'Three colleges in the city have promised to open chip design courses.'))
      .toMatchObject([{ value: 9000 }]);
  });

  it('names a figure that points back ("that share") by what the figure before it measured', () => {
    expect(targets('The director said smart farming already accounts for about 28% of the value of farm output. '
      + 'The province aims for that share to reach 45% by 2030.')).toEqual([
      { metric: 'smart farming', comparator: '=', value: 45, max: null, deadline: 2030, baseline: null },
    ]);
  });

  it('names "that share" as the share told in the sentence before, when the metric read keeps only "share"', () => {
    expect(targets('The report notes that the province\'s share of farms using drones rose to 21%, up from 9% in 2027. '
      + 'Under the plan, that share is to reach 40–45% by 2030.').map((t) => [t.metric, t.value, t.max, t.deadline])).toEqual([
      ['province\'s share of farms using drones', 40, 45, 2030],
    ]);
  });

  it('reads an item that covers every one of a whole as all of it: "- 5G mobile broadband to cover every commune and ward"', () => {
    expect(targets('By 2030 the province aims for:', '- spending on research to reach 1.2% of GRDP;', '- 5G mobile broadband to cover every commune and ward;')
      .map((t) => [t.metric, t.value])).toEqual([
      ['5G mobile broadband coverage of communes and wards', 100], ['spending on research share of GRDP', 1.2],
    ]);
  });

  it('reads a count put somewhere or installed by an item\'s verb: "- put three hundred feeders under remote control by 2033"', () => {
    expect(targets('The company aims to:', '- put three hundred low-voltage feeders under remote control by 2033;', '- install 1,200 smart meters in Long Đức ward by 2031.')
      .map((t) => [t.metric, t.value, t.deadline])).toEqual([
      ['smart meters installed in Long Đức ward', 1200, 2031], ['low-voltage feeders put under remote control', 300, 2033],
    ]);
  });

  it('keeps the agent of every one of a whole to be served: "every port to be served by a customs scanner"', () => {
    expect(targets('By 2032, the province aims for every river port in the province to be served by a customs scanner.')
      .map((t) => [t.metric, t.value])).toEqual([['river ports served by a customs scanner', 100]]);
  });

  it('gives a share and a second aim "for every …" the deadline that closes them both, not one told in the sentence before', () => {
    expect(targets('The centre aims to train at least 60 cooperatives by the end of 2031. Under the plan, the province aims for at least 25% '
      + 'of its coffee area to be grown under digital monitoring, and for every coffee-growing commune to have at least one cooperative '
      + 'using traceability codes, by 2030.').map((t) => [t.value, t.deadline]).sort()).toEqual([[100, 2030], [25, 2030], [60, 2031]]);
  });

  it('reads "from only around 0.5% now" after "by the same year" as the baseline, not as a target', () => {
    expect(targets('We aim for a digital economy of 25% of GRDP by 2030. '
      + 'Spending on research should reach 1.2% of GRDP by the same year, from only around 0.5% now.'))
      .toMatchObject([{ value: 25, deadline: 2030 }, { value: 1.2, deadline: 2030, baseline: 0.5 }]);
  });

  it('gives figures joined by "and" the deadline that closes them, not the one of the sentence before', () => {
    expect(targets('By 2026 the city will open two data centres. It also wants 80% of adults to use e-wallets and 70% of shops to take QR payments by 2028.')
      .filter((t) => t.value !== 2).map((t) => [t.value, t.deadline])).toEqual([[80, 2028], [70, 2028]]);
  });

  it('reads an estimate ("is estimated to account for") and a perfect ("has grown by") as reported', () => {
    expect(targets('This year, the digital economy is estimated to account for 18.7% of GDP.')).toEqual([]);
    expect(targets('Since 2021, our digital economy has grown by about 20% a year.')).toEqual([]);
  });
});

describe('items of numbered lists', () => {
  it('reads a count in words opening a numbered item, and a capitalised qualifier opening one', () => {
    const found = targets('Article 2. Targets by 2030:', '1. The digital economy accounts for no less than 25% of GRDP;',
      '2. Twenty communes have community digital technology teams;', '3. At least two million people use the provincial app.');
    expect(found.map((t) => [t.metric, t.comparator, t.value, t.deadline]).sort()).toEqual([
      ['communes have community digital technology teams', '=', 20, 2030], ['digital economy share of GRDP', '>=', 25, 2030],
      ['people use the provincial app', '>=', 2000000, 2030],
    ]);
  });
});

describe('targets framed by a heading or a topic', () => {
  it('gives the items under "Article 1. Targets to 2030" that year', () => {
    const found = targets('Article 1. Targets to 2030', '1. The digital economy shall account for no less than 30% of the province\'s GRDP.',
      '2. The province shall have at least 800 digital technology enterprises.', 'Article 2. Resources',
      '1. The province shall allocate at least 3% of its annual budget to science.');
    expect(found.map((t) => [t.value, t.deadline])).toEqual([[30, 2030], [800, 2030]]);
  });

  it('names a target by the topic its sentence opens with when the words before it only set a target', () => {
    expect(targets('For the digital economy, the resolution sets a share of 18-20% of GDP in 2026.'))
      .toMatchObject([{ metric: 'digital economy share of GDP', value: 18, max: 20, deadline: 2026 }]);
  });
});

describe('a figure set for a list of places', () => {
  it('is a target of each place, and a second list takes the first one\'s metric', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('08/03/2026', 'The Government asked Hanoi and Ho Chi Minh City to achieve GRDP growth of '
      + 'at least 11% this year, and Da Nang, Hai Phong and Can Tho to reach at least 10.5%.') }).targets;
    expect(found.map((t) => [t.scope, t.metric, t.value]).sort()).toEqual([
      ['Can Tho City', 'GRDP growth', 10.5], ['Da Nang City', 'GRDP growth', 10.5], ['Hai Phong City', 'GRDP growth', 10.5],
      ['Hanoi', 'GRDP growth', 11], ['Ho Chi Minh City', 'GRDP growth', 11],
    ]);
  });
});

describe('a year that names what it achieved', () => {
  it('is no deadline for the sentences after it ("not grounded in the 2026 results")', () => {
    expect(targets('Under the resolution, the digital economy is to account for about 20% of GDP in 2027. The Government had proposed 22%, but '
      + 'deputies called it "not grounded in the 2026 results". Spending on research and development is to reach 1.2% of GDP.')
      .map((t) => [t.value, t.deadline])).toEqual([[20, 2027], [1.2, 2027]]);
  });
});

describe('a metric that names nothing', () => {
  it('gives no target when the words before the figure stop at an article ("backed by a VND 300 billion investment")', () => {
    expect(targets('By 2030, the gene bank is to hold 20,000 samples, backed by a VND 300 billion investment.').map((t) => t.metric))
      .not.toContainEqual(expect.stringMatching(/\b(?:by a|a)$/));
  });

  it('gives no target to a pronoun ("We are at about 0.5 per cent" after a goal for 2030)', () => {
    expect(targets('[08:07] MINISTER LÊ VĂN AN (continues): The goal is that by 2030 total spending on research and development reaches 1.8 '
      + 'per cent of GDP, of which spending by enterprises more than 55 per cent. We are at about 0.5 per cent.').map((t) => t.value).sort())
      .toEqual([1.8, 55]);
  });
});

describe('a target told again by that name alone', () => {
  it('is the one set before ("the 2030 target of 35%"), not a second target', () => {
    expect(targets('By 2030 the city aims for the digital economy to reach 35% of GRDP.',
      'An adviser cautioned that the 2030 target of 35% assumed that the seaport would move its customs online.').map((t) => [t.value, t.deadline]))
      .toEqual([[35, 2030]]);
  });
});

describe('what a report expects of the year', () => {
  it('is an estimate of how the year ends, no target ("the province expected GRDP growth of about 11.2 per cent this year")', () => {
    expect(targets('The Chairman said the province expected GRDP growth of about 11.2 per cent this year.')).toEqual([]);
  });
});

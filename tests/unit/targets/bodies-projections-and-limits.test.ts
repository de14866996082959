import { describe, expect, it } from 'vitest';
import { timelineOf } from '../events/helpers.ts';

/** The targets of a text with its own title, published on 30 December 2025. */
const targets = (title: string, ...lines: string[]) => timelineOf({ 'seeds/a.txt': [title, 'Tin tứcTin tức30/12/2025', ...lines].join('\n') }).targets
  .map((t) => ({ metric: t.metric, comparator: t.comparator, value: t.value, max: t.max, unit: t.unit, deadline: t.deadline, scope: t.scope }));

describe('targets a firm, a university or a commune sets for itself', () => {
  it('gives a firm\'s targets the firm as scope, by its kind, its acronym or "It" in the next sentence', () => {
    const found = targets('Lam Son Telecom unveils its network plan',
      'HANOI - Lam Son Telecom Joint Stock Company (LST) on Monday presented its network plan to 2030.',
      'Under the plan, the company targets 5G coverage of 92% of Vietnam\'s population by 2028 (national target: 85%).',
      'It also aims to connect at least two million households to fibre by 2029.',
      'The national programme aims for 5G to reach 99% of the population by 2030.');
    expect(found.map((t) => [t.metric, t.value, t.unit, t.scope])).toEqual([
      ['5G coverage share of population', 92, '% of population', 'Lam Son Telecom'],
      [expect.stringMatching(/households/), 2_000_000, expect.any(String), 'Lam Son Telecom'],
      [expect.stringMatching(/5G/), 99, expect.any(String), 'Vietnam'],
    ]);
  });

  it('reads a name that ends in a word of trade ("Semiconductor", "Electronics") as a firm\'s', () => {
    const found = targets('Hải Vân Electronics to build a display plant',
      'BẮC NINH - Hải Vân Electronics on Monday received an investment certificate for a display module plant.',
      'The company aims to export 70 per cent of the plant\'s output by 2030.');
    expect(found.map((t) => [t.value, t.scope])).toEqual([[70, 'Hải Vân Electronics']]);
  });

  it('gives the firm a text\'s title names the targets no one else is named for, and the items of a list framed by its short name', () => {
    const found = targets('Red River Telecom shareholders approve a record revenue plan',
      'HA NOI - Shareholders of Red River Telecommunications Group on Saturday approved this year\'s business plan for the group.',
      'For this year the meeting set pre-tax profit at VND6,600 billion and revenue from cloud services at no less than VND15,000 billion.',
      'The plan also calls for 5G coverage to reach 85 per cent of the population by December.',
      'Under the strategy, by 2030 Red River aims to:', '- reach consolidated revenue of VND100,000 billion;', '- raise its data-centre capacity to 300 MW.',
      'The national programme aims for 5G to reach 99% of the population by 2030.');
    // Published on 30 December 2025: "this year" and "by December" are 2025.
    expect(found.map((t) => [t.metric, t.value, t.deadline, t.scope]).sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([
      ['5G coverage share of population', 85, 2025, 'Red River Telecommunications Group'],
      [expect.stringMatching(/^5G/), 99, 2030, 'Vietnam'],
      [expect.stringMatching(/data-centre capacity$/), 300, 2030, 'Red River Telecommunications Group'],
      ['pre-tax profit', 6600, 2025, 'Red River Telecommunications Group'],
      ['revenue from cloud services', 15000, 2025, 'Red River Telecommunications Group'],
      ['consolidated revenue', 100000, 2030, 'Red River Telecommunications Group'],
    ]);
    // A firm called by its name's first words ("Kim Van" for Kim Van Technology JSC); a body of the State is no firm.
    expect(targets('Song Da Software jumps on its debut', 'Shares of Song Da Software JSC rose 20 per cent on Tuesday.',
      'By 2030, Song Da targets revenue of VND6,000 billion.').map((t) => t.scope)).toEqual(['Song Da Software JSC']);
    expect(targets('State Bank signs a lending deal', 'The State Bank of Vietnam on Tuesday signed agreements with 11 banks.',
      'The State Bank expects outstanding loans of VND40 trillion by 2027.').map((t) => t.scope)).toEqual(['Vietnam']);
  });

  it('gives a university\'s targets the university, and a partner named only later none of its own', () => {
    const found = targets('Red River University sets its research goals',
      'The Red River University of Technology (RRUT) held its science conference in Nam Dinh on Friday.',
      'For 2026-2030, the university targets commercialising at least 20 technologies by 2030.',
      'RRUT also aims to be among the top five universities in the national innovation ranking by 2030.');
    expect(found.map((t) => [t.comparator, t.value, t.scope]).sort()).toEqual([
      ['>=', 20, 'Red River University of Technology'], ['top', 5, 'Red River University of Technology'],
    ]);
    const partner = targets('Hill province trains engineers', 'The province will train 800 chip engineers by 2030 together with Hong Linh University.');
    expect(partner.map((t) => t.scope)).not.toContain('Hong Linh University');
  });

  it('gives a district body\'s minutes the district its heading names, as a commune\'s text is the commune\'s', () => {
    const found = targets('Minutes of the District Steering Committee meeting, first quarter', 'THANH TRI DISTRICT PEOPLE\'S COMMITTEE',
      'STEERING COMMITTEE FOR DIGITAL TRANSFORMATION', 'MINUTES', 'By the end of 2026, 100% of administrative procedure records are to be digitised.');
    expect(found.map((t) => [t.value, t.scope])).toEqual([[100, 'Thanh Tri district']]);
  });

  it('gives a foundation\'s targets the foundation, named by its kind', () => {
    const found = targets('Foundation opens a call on marine science', 'The Vietnam Marine Science Foundation (VMSF) opened its 2026 call on Monday.',
      'Over 2026-2030, the foundation aims to fund at least 60 research projects.');
    expect(found.map((t) => [t.value, t.scope])).toEqual([[60, 'Vietnam Marine Science Foundation']]);
  });

  it('gives a hi-tech park\'s targets the park its lead names', () => {
    const found = targets('Chip plant opens at Song Cong Hi-tech Park', 'A chip testing plant was inaugurated at the Song Cong Hi-tech Park on Monday.',
      'Under its plan, the park aims to have at least 3,000 engineers in the chip industry by 2030.');
    expect(found.map((t) => [t.value, t.scope])).toEqual([[3000, 'Song Cong Hi-tech Park']]);
  });

  it('gives a commune\'s targets the commune its title names, with its kind (a commune may share a province\'s name)', () => {
    const found = targets('Tan Hoa commune opens its digital service point', 'By 2027 Tan Hoa aims to have at least 85% of households using e-payments.');
    expect(found.map((t) => [t.value, t.scope])).toEqual([[85, 'Tan Hoa commune']]);
    expect(targets('A digital day in the ward of Phu Loc', 'By 2027 the ward aims to have 90% of households paying online.').map((t) => t.scope))
      .toEqual(['Phu Loc ward']);
  });
});

describe('a speaker\'s own body in a transcript or an interview', () => {
  it('gives "my company" and "our college", and the speaker\'s "we" after them, the one body of that kind the text names', () => {
    const found = targets('Evening panel: can the delta train its own engineers?',
      'Guests: Ms. Lưu Thị Hạnh, Rector of Cuu Long Polytechnic College; Mr. Vo Tan Dat, CEO of Song Hau Automation JSC.',
      'HOST: Thank you both for coming. The province aims to train 5,000 automation technicians by 2030.',
      'Mr. Dat: My company alone hires every graduate we can find. We have set ourselves the goal of 150 automation engineers by 2028.',
      'Ms. Hạnh: That is why our college aims to enrol 900 students in mechatronics by 2029.');
    expect(found.map((t) => [t.value, t.scope]).sort()).toEqual([[150, 'Song Hau Automation JSC'], [5_000, expect.not.stringMatching(/JSC|College/)],
      [900, 'Cuu Long Polytechnic College']]);
  });
});

describe('ranges, projections, provisions and limits', () => {
  it('reads "aims for between X and Y <things>" as a range', () => {
    expect(targets('A report', 'The country aims for between 900 and 1,200 venture-backed start-ups by 2030.'))
      .toMatchObject([{ comparator: '=', value: 900, max: 1200, deadline: 2030 }]);
  });

  it('reads no target in a projection, a legal provision or a procedure\'s limit', () => {
    expect(targets('A report', 'The study projects that e-commerce could reach 30% of retail sales by 2030 if logistics costs fall.')).toEqual([]);
    expect(targets('A report', 'Robotics exports could reach 12% of exports by 2030 if the tariff cuts hold.')).toEqual([]);
    expect(targets('A report', 'From 2027, Article 9 requires that at least three of the five reviewers come from other provinces.')).toEqual([]);
    expect(targets('A report', 'The rules take effect in 2027.', 'No more than 20 working days from a complete application.')).toEqual([]);
  });

  it('reads a figure already reached as reported, whatever another verb joined by "and" looks forward to', () => {
    expect(targets('A report', 'The director said the institute had already repaid VND 410 million and would settle the rest by June 2026.')).toEqual([]);
    expect(targets('A report', 'Busan, home to more than 300 robotics firms, wants to double its exports to Vietnam by 2028.')
      .map((t) => t.value)).not.toContain(300);
  });

  it('reads counts of things named with digits, "by then", and what a target "was" set at', () => {
    expect(targets('A report', 'The operator aims for 90% coverage by 2028 and no fewer than 18,000 5G base stations by then.'))
      .toContainEqual(expect.objectContaining({ metric: '5G base stations', comparator: '>=', value: 18000, deadline: 2028 }));
    expect(targets('A report', 'The rector said the target for 2027 was no fewer than 40 patent applications.'))
      .toMatchObject([{ metric: 'patent applications', comparator: '>=', value: 40, deadline: 2027 }]);
  });

  it('reads "all" of a counted whole as 100%, and "and all of them" as the same share in full', () => {
    expect(targets('A report', 'All twelve villages are to have free public Wi-Fi at their community halls by 2027.'))
      .toMatchObject([{ metric: 'villages with free public Wi-Fi', comparator: '=', value: 100, deadline: 2027 }]);
    expect(targets('A report', 'The agency wants at least 60% of grant dossiers filed online in 2026 and all of them by 2028.')
      .map((t) => [t.value, t.deadline])).toEqual([[60, 2026], [100, 2028]]);
    expect(targets('A report', 'In 2025 all villages had free public Wi-Fi.')).toEqual([]);
  });

  it('gives a share joined to the one before by its deadline the same measure, and reads no target in what a document holds', () => {
    expect(targets('A report', 'The strategy wants online services to reach 60% of all services by 2027 and at least 90% by 2030.')
      .map((t) => [t.metric, t.value, t.deadline])).toEqual([
      ['online services share of all services', 60, 2027], ['online services share of all services', 90, 2030],
    ]);
    expect(targets('A report', 'In March the ministry issued Plan 45/KH-BKHCN, a plan with more than 60 tasks for its units.')).toEqual([]);
  });
});


describe('a body defined with a short name run together', () => {
  it('gives a bank defined as "(SongHanBank)" its own target, named later by that short name', () => {
    const found = targets('Central bank signs innovation lending deal',
      'HÀ NỘI — The State Bank on Tuesday signed agreements with 11 commercial banks on a lending programme for innovative firms.',
      'Lê Văn Bảo, chief executive of Song Han Commercial Joint Stock Bank (SongHanBank), said his bank had lent VND 300 billion. SongHanBank aims to lend VND 4 trillion under the programme by 2027.');
    expect(found.map((t) => [t.value, t.unit, t.scope])).toEqual([[4, 'VND trillion', 'Song Han Commercial Joint Stock Bank']]);
  });
});

describe('a firm defined with a short name and an acronym', () => {
  it('scopes its targets by the short name it defines ("(Hong Ha Bank, HHB)")', () => {
    const found = targets('Hong Ha Bank launches a credit package for technology firms',
      'Hong Ha Commercial Joint Stock Bank (Hong Ha Bank, HHB) on Monday launched a credit package for science and technology enterprises.',
      'By 2030, the bank aims for lending to these customers to reach 8% of its total outstanding loans.');
    expect(found.map((t) => [t.value, t.deadline, t.scope])).toEqual([[8, 2030, 'Hong Ha Bank']]);
  });
});

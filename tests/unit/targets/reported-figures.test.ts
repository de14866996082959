import { describe, expect, it } from 'vitest';
import { isAllocation, isPermitted, isPledged, isProjected, isReported } from '../../../src/pipeline/targets/reported.ts';
import { dated, timelineOf } from '../events/helpers.ts';

const reported = (text: string, figure: string) => isReported(text, text.indexOf(figure), text.indexOf(figure) + figure.length);
const build = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('20/11/2025', ...lines) });

describe('what a budget is', () => {
  it('is a sum allocated, no target', () => {
    expect(isAllocation('The programme\'s budget is VND 9,000 billion, of which VND 5,400 billion comes from the central budget', 25, 'VND billion'))
      .toBe(true);
    expect(isAllocation('The province aims to raise revenue to VND 9,000 billion by 2030', 34, 'VND billion')).toBe(false);
  });
});

describe('figures reported, not promised', () => {
  it('reads a figure governed by a verb of having reached it as reported', () => {
    expect(reported('In the first half of 2025, the rate of records handled online reached 93.1%', '93.1%')).toBe(true);
    expect(reported('Cashless payment remains low at 38% this year', '38%')).toBe(true);
    expect(reported('Last quarter, 71% of schools had broadband', '71%')).toBe(true);
    expect(reported('According to the department, only 35% of the fund allocated for 2025 had been spent by the end of June', '35%')).toBe(true);
  });

  it('reads a second figure joined by "and" to one a past verb reports as reported too, not one a modal governs', () => {
    const text = 'By the end of June, 5G covered 91.5% of the population and 78% of communes, Ms Yến said';
    expect(reported(text, '78%')).toBe(true);
    expect(reported('By 2030, 5G will cover 99% of the population and 95% of communes', '95%')).toBe(false);
  });

  it('names a target told by a pronoun after the figure the sentence before gives its subject, and reads "and to 40% by 2035" too', () => {
    const targets = build('Last year, logistics costs in the province were about 16.5% of GRDP. Our goal is to bring them down to 13% by 2030.',
      'The province aims to raise the share of cashless payments to 30% by 2030 and to 40% by 2035.').targets;
    expect(targets.map((t) => [t.metric, t.value, t.deadline])).toEqual([
      ['cashless payments', 30, 2030], ['logistics costs in the province', 13, 2030], ['cashless payments', 40, 2035],
    ]);
  });

  it('reads a count a place has, then an aim for a bare number of the same, as the aim with the count as its start', () => {
    const targets = build('The province has 3,100 digital technology firms, and aims for 4,500 by 2030.').targets;
    expect(targets.map((t) => [t.metric, t.value, t.baseline?.value, t.deadline])).toEqual([['digital technology firms', 4500, 3100, 2030]]);
  });

  it('reads a goal told as met, beaten or missed before its figure as reported, not a goal still to reach', () => {
    const text = 'Some 84% of procedures were handled fully online (national average: 88%), meeting the goal of 80%';
    expect(reported(text, '80%')).toBe(true);
    expect(reported('Cashless payments reached 81% of retail transactions, above the year\'s goal of 80%', '80%')).toBe(true);
    expect(reported('The province is 4 points short of the goal of 90%', '90%')).toBe(true);
    // (A goal named by its year: "short of the 2030 goal of 70 percent".)
    expect(reported('The province will end the year short of the 2030 goal of 70 percent of workers certified', '70 percent')).toBe(true);
    expect(reported('The province aims to meet the goal of 90% by 2030', '90%')).toBe(false);
  });

  it('reads a share "of them" of a count reported just before as reported, not a share of a count still to come', () => {
    const text = 'In the first quarter of 2030, the station cleared 9,600 vehicles at the Lao Bảo gate, 88.5% of them through the automated lanes';
    expect(reported(text, '88.5%')).toBe(true);
    expect(reported('By 2031 the province will train 4,000 technicians, 35% of them women', '35%')).toBe(false);
    // (Also when the figure's own words hold "of them", as a proposal's span does.)
    const own = 'In the first nine months of 2031, the office received 64,500 dossiers, 38% of them online';
    expect(isReported(own, own.indexOf('38%'), own.length)).toBe(true);
    const toCome = 'By 2033 the office will receive 90,000 dossiers, 80% of them online';
    expect(isReported(toCome, toCome.indexOf('80%'), toCome.length)).toBe(false);
  });

  it('reads a figure in a clause reported "that …" by what is said of it there, not by the aim of the sentence\'s main clause', () => {
    const text = 'The department opened a drive to give every farm an e-wallet by June, after reporting that more than eight in ten farms '
      + 'already use one';
    expect(reported(text, 'eight')).toBe(true);
    expect(reported('The survey found that 40% of farms will use one by 2027', '40%')).toBe(false);
  });

  it('reads a count whose things got something in the past as reported, but not things to be received or settled', () => {
    const text = 'Twelve mountain schools received laptops donated by a bank';
    expect(isReported(text, 0, text.indexOf(' donated'))).toBe(true);
    const aim = 'have 95 per cent of applications received and settled online';
    expect(isReported(aim, aim.indexOf('95'), aim.indexOf(' online'))).toBe(false);
  });

  it('reads a forward-looking frame as a target, even with a verb of having after it', () => {
    expect(reported('The province aims to have 100% of schools with broadband by 2026', '100%')).toBe(false);
    expect(reported('By the end of 2025, 95% of procedures will have reached full online level', '95%')).toBe(false);
    expect(reported('the plan has set the target that the rate will reach 60%', '60%')).toBe(false);
  });

  it('keeps reported figures of the current year as facts, not ledger entries', () => {
    const { targets, facts } = build('In 2025, the share of records handled online reached 93.1%; the share of records handled online is to reach 98% by 2026.');
    expect(targets.map((t) => [t.value, t.deadline])).toEqual([[98, 2026]]);
    expect(facts.map((f) => f.value)).toContain(93.1);
  });
});

describe('a count reported against the year\'s target', () => {
  it('reads "against the year\'s target of 9,000" as the target of what the count before counted, due this year', () => {
    const targets = build('So far 3,140 household solar systems were installed, against the year\'s target of 9,000.').targets
      .map((t) => [t.metric, t.value, t.unit, t.deadline]);
    expect(targets).toEqual([['household solar systems', 9_000, 'systems', 2025]]);
  });

  it('does not date "40 per cent of the year\'s target for new firms" as due this year', () => {
    expect(build('"We are at 40 per cent of the year\'s target for new firms after 42 per cent of the year," he said.').targets).toEqual([]);
  });
});

describe('what a legal text requires of whom it governs', () => {
  it('reads a figure "under the circular" as a criterion, not a target, but one "under the plan" as a target', () => {
    const rule = 'Under the circular, which takes effect in October, a hub must have at least 12 partner firms to keep its grant';
    expect(isPermitted(rule, rule.indexOf('12'))).toBe(true);
    const plan = 'Under the plan, the province must have at least 12 innovation hubs by 2030';
    expect(isPermitted(plan, plan.indexOf('12'))).toBe(false);
  });

  it('reads a sum "up to" in a clause whose verb of permission is left out as permitted too', () => {
    const text = 'Each school may receive up to VND 40 million for laptops, and kindergartens up to VND 15 million';
    expect(isPermitted(text, text.indexOf('up to VND 15'))).toBe(true);
    const aim = 'The fund will lend VND 40 billion to schools by 2030, and kindergartens up to VND 15 million';
    expect(isPermitted(aim, aim.indexOf('up to VND 15'))).toBe(false);
  });
});

describe('pledges, a pace\'s outcome and money released', () => {
  it('reads what a party commits to as a pledge, and not an aim', () => {
    const pledge = 'Under the deal, the operator commits to invest VND 5 trillion and to build 3,000 new base stations';
    expect(isPledged(pledge, pledge.indexOf('3,000'))).toBe(true);
    // (Told with "that" too: "pledged that the company would …", "promised that 5G would …".)
    for (const told of ['Speaking at the conference, the branch director pledged that the company would build 3,000 new base stations.',
      'The operator promised that its network would have 3,000 new base stations by 2028.']) expect(isPledged(told, told.indexOf('3,000'))).toBe(true);
    const aim = 'The operator aims to build 3,000 new base stations by 2028';
    expect(isPledged(aim, aim.indexOf('3,000'))).toBe(false);
  });

  it('reads where the current pace would lead as a projection, and money a body is asked to release as an allocation', () => {
    const pace = 'At the current pace, the report warns, the city would reach only about 15 per cent';
    expect(isProjected(pace, pace.indexOf('15'))).toBe(true);
    const asked = 'It also asks the Department of Finance to release VND 30 billion of this year\'s budget';
    expect(isAllocation(asked, asked.indexOf('VND'), 'VND billion')).toBe(true);
  });

  it('reads money a ministry is to arrange, or a body is to receive, as an allocation; money to mobilise as a goal', () => {
    for (const text of ['The Ministry of Finance shall arrange VND 1,200 billion for the programme by 2030',
      'Under the plan, the hub will receive VND 900 billion from the state budget by 2028']) {
      expect(isAllocation(text, text.indexOf('VND'), 'VND billion')).toBe(true);
    }
    const goal = 'The province aims to mobilise VND 5,000 billion of private investment by 2030';
    expect(isAllocation(goal, goal.indexOf('VND'), 'VND billion')).toBe(false);
  });

  it('reads a programme\'s total funding, and a sum under a fact box\'s "Budget:" label, as an allocation', () => {
    for (const text of ['The total funding for 2030–2031 is VND 410 billion, of which VND 250 billion is from the provincial budget.',
      'Decision 1702/QD-TTg | Signed: 3/9/2028 | Lead agency: Ministry of Finance | Budget: VND 1,900 billion',
      'Kinh phí (funding): VND 4,300 billion']) {
      expect(isAllocation(text, text.indexOf('VND'), 'VND billion')).toBe(true);
    }
    // (Funding to raise is a goal: "venture funding for start-ups must reach at least VND 12 trillion by 2030".)
    const goal = 'Venture funding for local start-ups must reach at least VND 12 trillion by 2030';
    expect(isAllocation(goal, goal.indexOf('VND'), 'VND trillion')).toBe(false);
  });
});

describe('an item of a frame\'s list that opens with "remain"', () => {
  it('reads "c) remain among the top 2 …" under "the City strives to:" as a rank to keep, and "remained at 40%" as reported', () => {
    const found = build('By 2030, the City strives to:', 'a) have at least 5,000 innovative start-ups;',
      'b) remain among the top 3 localities in the Provincial Innovation Index (PII).').targets.map((t) => [t.value, t.unit]);
    expect(found).toEqual(expect.arrayContaining([[3, expect.stringMatching(/^rank/)]]));
    const stayed = 'The share of online payments remained at 40% last year.';
    expect(reported(stayed, '40%')).toBe(true);
  });
});

describe('targets a result is measured against, what respondents expect, and statistics of targets', () => {
  const targetsOn = (date: string, ...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(date, ...lines) }).targets.map((t) => [t.value, t.deadline]);

  it('reads no target in "against a target of 85%" after a past year\'s result, but one still to reach this year or by a year after it', () => {
    expect(targetsOn('15/01/2028', 'By 2028, the province aims for 90% of adults to hold a digital signature.',
      'The digital economy reached 17.2% of GRDP in 2027, above the year\'s target of 17%.',
      'Online payments accounted for 64% of transactions, against a target of 60%.')).toEqual([[90, 2028]]);
    expect(targetsOn('20/05/2026', 'A total of 3,100 enterprises were founded, against the year\'s target of 9,000.')).toEqual([[9000, 2026]]);
    expect(targetsOn('20/05/2026', 'The share stood at 21% in 2025, against a target of 30% by 2030.')).toEqual([[30, 2030]]);
  });

  it('reads no target in what a survey\'s respondents expect or plan', () => {
    expect(targetsOn('16/06/2028', 'Looking ahead, 61% expect to use AI in their accounts by 2030, and 40 per cent of respondents plan to '
      + 'move to the cloud by 2029.')).toEqual([]);
  });

  it('reads no target in a statistic of many targets', () => {
    expect(targetsOn('03/04/2028', 'The median 2030 target for the share of households paying online is 70%, below the national goal.')).toEqual([]);
  });
});

describe('a form message a text quotes', () => {
  it('gives no targets when quoted with its template\'s blanks; the warning around it still may', () => {
    const found = build('Police warn of fake certificate messages',
      'Residents have received messages like this one:',
      '"Dear [HO_TEN], under Resolution 57 every citizen must hold a national digital skills certificate before 31/3/2026. Your account '
        + 'will be locked on {{ngay_khoa}} unless you register. Fee: 350,000 VND."',
      'The provincial police aim for every commune police station to run a help desk for such messages by June 2026.').targets;
    expect(found.map((t) => [t.deadline, t.unit])).toEqual([[2026, '% of commune police stations']]);
    // (A quotation without blanks is someone's words, read as ever.)
    const said = build('"By 2030 every citizen is to hold a digital skills certificate," the minister said.').targets;
    expect(said.map((t) => [t.deadline, t.value])).toEqual([[2030, 100]]);
  });
});

describe('a price list\'s lines', () => {
  it('give no targets, whatever date a line names ("VND 10.5 million if booked by 15 May")', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('14/04/2031', 'Booths and prices',
      '- Standard booth (3 m × 3 m): VND 12 million; VND 10.5 million if booked by 15 May.',
      '- Raw space: VND 1.1 million per square metre, minimum 18 m².',
      'For 2031, the organiser aims to welcome at least 320 exhibitors.') }).targets;
    expect(found.map((t) => [t.value, t.unit])).toEqual([[320, 'exhibitors']]);
  });

  it('leave a labelled target a target ("Revenue target: VND 5,000 billion by 2030")', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('14/04/2029', 'Revenue target: VND 5,000 billion by 2030.') }).targets;
    expect(found.map((t) => t.value)).toEqual([5000]);
  });
});

describe('what a person named by an honorific suggests or proposes', () => {
  it('is no target, even an aim for the province ("Ms Hương suggested that the province aim to …")', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('19/03/2029', 'Ms Hương suggested that the province aim to bring all its seaports onto '
      + 'the national single window for ships by 2031.', 'The province aims for 60% of logistics firms to use electronic waybills by 2032.') })
      .targets;
    expect(found.map((t) => t.value)).toEqual([60]);
  });
});

describe('a strip of key figures set apart by middle dots', () => {
  it('gives no targets; a sentence of the text with one still does', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('10/10/2030', 'The province aims for 600 digital technology enterprises by 2035.',
      'Key figures', '9.6% digital economy share of GRDP, 2029 · 530 digital technology enterprises · 37 villages without a signal · VND 1,400 '
        + 'billion for 2031–2035') }).targets;
    expect(found.map((t) => t.value)).toEqual([600]);
  });
});

describe('a price that firms agree to hold', () => {
  it('is no target; a target a body agrees to keep still is', () => {
    const build2 = (line: string) => timelineOf({ 'seeds/a.txt': dated('05/03/2031', line) }).targets.map((t) => t.value);
    expect(build2('At the conference, software providers agreed to keep their monthly fee at no more than VND 150,000 until the end of 2031.'))
      .toEqual([]);
    expect(build2('The Government had agreed to keep the growth target for 2031 at 10% or more.')).toEqual([10]);
  });
});

describe('goals told as met or missed, and figures a report puts a thing at', () => {
  it('reads a goal that was met or missed as over, not as a target', () => {
    expect(reported('The goal of 1,500 digital technology enterprises was met, with 1,620 registered by September.',
      '1,500 digital technology enterprises was met')).toBe(true);
    expect(reported('The 2030 goal of 18% for the digital economy was missed.', '18%')).toBe(true);
    // (A goal set, or still to meet, stays one.)
    expect(reported('The goal of 2,000 enterprises by 2035 was set by the conference.', '2,000 enterprises')).toBe(false);
  });

  it('reads what a report puts a thing at as reported, not what a plan puts it at', () => {
    expect(reported('The report puts spending in the first half at VND 612 billion, or 41% of the year\'s allocation.', '41%')).toBe(true);
    expect(build('By 2030, the plan puts the digital economy at 30% of GRDP.').targets.map((t) => t.value)).toEqual([30]);
  });
});

describe('a speaker\'s own hope', () => {
  it('is no target: "I hope that by 2028 every border market … will accept QR payments"', () => {
    expect(build('"I hope that by 2028 every border market in the province will accept QR payments," she said.').targets).toEqual([]);
    expect(build('By 2028 every border market in the province will accept QR payments.').targets.map((t) => t.value)).toEqual([100]);
  });
});

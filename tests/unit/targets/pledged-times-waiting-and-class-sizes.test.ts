import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

const targetsOf = (date: string, ...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(date, ...lines) }).targets
  .map((t) => [t.metric, t.comparator, t.value, t.unit, t.deadline]);

describe('a time pledged to handle every one of a thing', () => {
  it('reads "will, from <year>, answer every request … within N days" as the time only, not also every request', () => {
    expect(targetsOf('14/09/2029', 'The Quảng Ngãi Department of Construction will, from 2031, approve every request from a contractor to '
      + 'use the shared design library within 4 working days, its director said.'))
      .toEqual([['time to approve every request from a contractor to use the shared design library', '<=', 4, 'working days', 2031]]);
  });

  it('reads a pledge whose year comes after its time: "will also decide on every … within 30 days from <year>"', () => {
    expect(targetsOf('14/09/2029', 'The Gia Lai Innovation Fund will also decide on every seed grant application within 30 days from '
      + '2031, the fund\'s director told the meeting.'))
      .toEqual([['time to decide on every seed grant application', '<=', 30, 'days', 2031]]);
  });

  it('reads a rule\'s "shall" from a year as a pledge when it is to each one of a thing, not a procedure\'s limit', () => {
    expect(targetsOf('14/09/2029', '2. The Ministry of Health shall lead the scheme. From 2031, it shall complete the review of each '
      + 'telemedicine licence dossier within 40 days.'))
      .toEqual([['time to complete the review of each telemedicine licence dossier', '<=', 40, 'days', 2031]]);
    // (A rule's limit with no one thing each is done to stays a limit.)
    expect(targetsOf('14/09/2029', 'From 2031, the agency shall reply within at most 12 working days of receipt.')).toEqual([]);
  });

  it('reads "every quarter" as how often a thing is done, not a whole of quarters', () => {
    expect(targetsOf('14/09/2029', 'From 2031, it shall update the open data catalogue every quarter and reply to each request to reuse '
      + 'a dataset within 10 working days.'))
      .toEqual([['time to reply to each request to reuse a dataset', '<=', 10, 'working days', 2031]]);
  });
});

describe('an own aim\'s item that keeps waiting to a time, or says a thing is to take one', () => {
  it('reads "keep waiting at the desk to no more than N minutes" as the waiting, at most N minutes', () => {
    expect(targetsOf('14/09/2029', 'By the end of 2031, the Kon Tum Provincial Post Office aims to:', '- open a citizen service desk in '
      + 'every ward post office;', '- keep waiting at the desk to no more than 20 minutes.').filter(([, , , unit]) => unit === 'minutes'))
      .toEqual([['waiting at the desk', '<=', 20, 'minutes', 2031]]);
  });

  it('reads "- issuing a title to take no more than N working days" in a list of aims', () => {
    expect(targetsOf('14/09/2029', 'By the end of 2031, the Kon Tum Land Registration Office aims for:', '- at least 85% of title files '
      + 'to be filed online;', '- issuing a title for a new apartment to take no more than 2 working days.')
      .filter(([, , , unit]) => unit === 'days'))
      .toEqual([['issuing a title for a new apartment', '<=', 2, 'days', 2031]]);
  });

  it('reads a list a named body "aims by the end of <year> to:" as its own aims', () => {
    const scopes = timelineOf({ 'seeds/a.txt': dated('14/09/2029', 'For its own work, the Kon Tum Vocational Training Centre aims by the '
      + 'end of 2031 to:', '- train at least 1,200 learners in digital skills;', '- reply to every employer\'s request for a training '
      + 'course within two working days.') }).targets.map((t) => [t.value, t.scope]);
    expect(scopes).toEqual([[1200, 'Kon Tum Vocational Training Centre'], [2, 'Kon Tum Vocational Training Centre']]);
  });
});

describe('shares of things made to do something, and sizes that pick things out', () => {
  it('reads "the goal of having N% of its workforce hold a certificate" as the workforce holding it', () => {
    expect(targetsOf('14/09/2029', 'The programme serves the province\'s goal of having 35% of its workforce hold a cloud skills '
      + 'certificate by 2032.')).toEqual([['workforce hold a cloud skills certificate', '=', 35, '%', 2032]]);
  });

  it('reads "firms with fewer than N workers" as the firms a rule picks out, no target', () => {
    expect(targetsOf('14/09/2029', 'By 2031, start-ups with fewer than 20 workers will get a stand at the fair free of charge.')).toEqual([]);
  });
});

describe('figures that hold now, beside a goal', () => {
  it('reads a state measured against a goal as the result, the goal\'s figure as the aim', () => {
    expect(targetsOf('20/10/2029', 'Only 41% of craft villages are online, against a goal of 60% for the year, the report says.'))
      .toEqual([['craft villages online', '=', 60, '%', 2029]]);
  });

  it('reads a share that "can now" be had as a result, whatever the clause before it says of a goal', () => {
    expect(targetsOf('20/10/2029', 'The city set its goals for 2030 in 2026. Card payments reached 77% of taxi fares, above the goal of 75%, '
      + 'and 88% of building permits can now be issued online.')).toEqual([]);
  });

  it('reads no count in a bare number that a preposition follows', () => {
    expect(targetsOf('20/10/2029', 'The draft had set 30 pilot farms by 2031; delegates voted to raise the figure to at least 45 after '
      + 'the committee\'s review.').map(([, , value]) => value)).not.toContain(45);
  });

  it('names the first of a whole by what each of it is to do', () => {
    expect(targetsOf('20/10/2029', 'By 2033, the plan sets these aims:', '- every fishing port will run a digital catch log, the first '
      + 'six of them by the end of 2031;', '- more to come.')).toEqual([
      ['fishing ports run a digital catch log', '=', 6, 'ports', 2031],
      ['fishing ports run a digital catch log', '=', 100, '% of fishing ports', 2033],
    ]);
  });
});

describe('whose a pledged time is', () => {
  const scopesOf = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('14/09/2029', ...lines) }).targets
    .map((t) => [t.value, t.scope]);

  it('gives it to a body named with its place that "will, from <year>," handle every one of a thing', () => {
    expect(scopesOf('Quảng Ngãi province adopted its logistics plan this week. For its own part, the Quảng Ngãi Department of '
      + 'Construction will, from 2031, approve every request from a contractor within 4 working days, its director said.'))
      .toEqual([[4, 'Quảng Ngãi Department of Construction']]);
  });

  it('gives it to a fund named with its place and field that "will also decide on every" one', () => {
    expect(scopesOf('Gia Lai province adopted its innovation programme this week. The Gia Lai Science and Technology Development Fund '
      + 'will also decide on every seed grant application within 30 days from 2031.'))
      .toEqual([[30, 'Gia Lai Science and Technology Development Fund']]);
  });

  it('gives "it" to the body the duty before it names, when "it" handles each one of a thing', () => {
    expect(scopesOf('Article 3. Implementation', '1. The Ministry of Health shall lead the scheme. From 2031, it shall complete the review '
      + 'of each telemedicine licence dossier within 40 days.')).toEqual([[40, 'Ministry of Health']]);
  });
});

describe('every one of a whole that will do a thing as a practice', () => {
  it('reads "- every X that sells online will issue electronic invoices" as all of them, the relative clause in the plural', () => {
    expect(targetsOf('20/10/2029', 'By the end of 2030, the plan says:', '- all 40 wards will have a digital post;', '- every market that '
      + 'trades at night will accept cashless payments.')).toEqual([
      ['markets that trade at night accept cashless payments', '=', 100, '% of markets that trade at night', 2030],
      ['wards with a digital post', '=', 100, '% of wards', 2030],
    ]);
  });

  it('reads no whole in what each will do once, for itself', () => {
    expect(targetsOf('20/10/2029', 'By the end of 2030, the plan says:', '- every ward will issue its own plan;', '- every market will '
      + 'appoint a manager.')).toEqual([]);
  });
});

describe('the items of a list of aims in a year, whoever\'s', () => {
  it('reads a ward\'s "within" time as its aim, in "this year\'s" enrolment', () => {
    expect(targetsOf('03/05/2030', 'In this year\'s enrolment, Sơn Trà ward aims to:', '- receive at least 90% of applications online;',
      '- answer every parent\'s question within three working days.')).toEqual([
      ['applications online received', '>=', 90, '%', 2030],
      ['time to answer every parent\'s question', '<=', 3, 'working days', 2030],
    ]);
  });
});

describe('the items of a list a centre sets itself for a campaign', () => {
  it('dates a list a centre "aims in this campaign to:" by the page\'s year, and reads a time to record every one of a thing', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('14/08/2028', 'For its part, the Kon Tum Centre for Disease Control aims in this '
      + 'campaign to:', '- vaccinate at least 96% of eligible children in the province;', '- record every dose on the immunisation system '
      + 'within 12 hours.') }).targets.map((t) => [t.metric, t.value, t.unit, t.deadline, t.scope]);
    expect(found).toEqual([
      ['eligible children in the province vaccinated', 96, '%', 2028, 'Kon Tum Centre for Disease Control'],
      ['time to record every dose on the immunisation system', 12, 'hours', 2028, 'Kon Tum Centre for Disease Control'],
    ]);
  });
});

describe('a list of aims a body by its kind sets, and goals under a heading', () => {
  it('gives an office\'s list to the office the text names, when it is no body of government', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('21/08/2030', 'Notice No. 95/TB-VPCC of the Tháp Chàm Notary Office on electronic '
      + 'notarisation.', 'By the end of 2031, the office aims to:', '- handle at least 75% of requests online;', '- return every '
      + 'certified copy within 3 working hours.') }).targets.map((t) => [t.value, t.unit, t.scope]);
    expect(found).toEqual([[75, '%', 'Tháp Chàm Notary Office'], [3, 'working hours', 'Tháp Chàm Notary Office']]);
  });

  it('reads a time an item says a thing is to take under a heading "Goals by <year>"', () => {
    expect(targetsOf('03/06/2030', 'Goals by 2035', '- at least 55% of SMEs to sell abroad online;', '- customs clearance of a parcel '
      + 'to take no more than 6 hours.')).toEqual([
      ['customs clearance of a parcel', '<=', 6, 'hours', 2035],
      ['SMEs to sell abroad online', '>=', 55, '%', 2035],
    ]);
  });
});

describe('an aim to handle every one of a thing within minutes, its year after it', () => {
  it('is the body\'s that aims, past an apposition set off after its name', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('12/11/2030', 'The Kon Tum Centre for Flood Data, set up under the programme, aims to '
      + 'publish every flood alert within 10 minutes from 2031.') }).targets.map((t) => [t.metric, t.value, t.unit, t.deadline, t.scope]);
    expect(found).toEqual([['time to publish every flood alert', 10, 'minutes', 2031, 'Kon Tum Centre for Flood Data']]);
  });
});

describe('what every one of a whole is to have, with a number inside it', () => {
  it('reads past a separator inside a number ("a 1:2,000 digital base map")', () => {
    expect(targetsOf('12/03/2030', 'Under the programme, by 2035:', '- every province will have a 1:5,000 digital land map;', '- more.'))
      .toEqual([['provinces with a 1:5,000 digital land map', '=', 100, '% of provinces', 2035]]);
  });
});

describe('an item marked by a letter, with its verb before its share', () => {
  it('reads what the share counts with the verb done to it, as an item marked by a dash is read', () => {
    expect(targetsOf('03/05/2030', 'In 2031, Sơn Trà ward aims to:', 'a) receive at least 92% of applications online;', 'b) more.'))
      .toEqual([['applications online received', '>=', 92, '%', 2031]]);
  });
});

describe('a census an office runs, and what it sends on after what sets it off', () => {
  it('dates "aims in this census to:" by the page\'s year, and reads a time to send a thing on and a time before a thing is done', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('16/06/2031', 'Decision No. 77/QĐ-TTg aims for at least 85% of firms nationwide to '
      + 'answer the 2031 census online, and for preliminary results to be published no more than 60 days after collection ends.', 'For its part, '
      + 'the Hà Giang '
      + 'Statistics Office aims in this census to:', '- have at least 92% of the province\'s firms answer online;', '- send the province\'s '
      + 'checked data to the National Statistics Office no more than 10 days after collection ends.') }).targets
      .map((t) => [t.metric, t.value, t.unit, t.deadline, t.scope]);
    expect(found).toEqual(expect.arrayContaining([
      ['time before preliminary results are published', 60, 'days', 2031, 'Vietnam'],
      ['time to send the province\'s checked data to the National Statistics Office', 10, 'days', 2031, 'Hà Giang Statistics Office'],
    ]));
  });
});

describe('what a sub-department says it will do by a year', () => {
  it('is its own, a time to confirm things with no determiner included', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('06/05/2029', 'The Bình Định Sub-Department of Fisheries and Fisheries Surveillance '
      + 'has posted its notice to boat owners.', 'By the end of 2029, the sub-department will:', '- confirm electronic catch certificates '
      + 'within 6 hours of a request;', '- train at least 1,800 boat owners to use the logbook app.') }).targets
      .map((t) => [t.metric, t.value, t.unit, t.scope]);
    expect(found).toEqual(expect.arrayContaining([
      ['time to confirm electronic catch certificates', 6, 'hours', 'Bình Định Sub-Department of Fisheries and Fisheries Surveillance'],
    ]));
    expect(found.every(([, , , scope]) => scope === 'Bình Định Sub-Department of Fisheries and Fisheries Surveillance')).toBe(true);
  });
});

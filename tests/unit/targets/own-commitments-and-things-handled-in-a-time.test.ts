import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

const targetsOf = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('14/09/2029', ...lines) }).targets
  .map((t) => [t.metric, t.comparator, t.value, t.unit, t.deadline]);

describe('a body\'s own aim, however it is told, to handle every one of a thing within a time', () => {
  it('reads a time to license, register or reply to every one, as at most that time', () => {
    expect(targetsOf('The Department of Transport also set an aim for its own work: from 2031, it will license every new bus route online '
      + 'within 4 working days.')).toEqual([['time to license every new bus route online', '<=', 4, 'working days', 2031]]);
  });

  it('reads a time to publish, pay or repair every one, each of two joined by "and" with its own time', () => {
    expect(targetsOf('The Public Procurement Agency has also set aims for its own work: from 2031, it will answer every supplier\'s complaint '
      + 'within 5 working days and publish every contract award on the system within 24 hours.')).toEqual([
      ['time to answer every supplier\'s complaint', '<=', 5, 'working days', 2031],
      ['time to publish every contract award on the system', '<=', 24, 'hours', 2031],
    ]);
  });

  it('reads an aim given "as an aim for its own work," or as a body\'s "own commitment:", its year told from the page\'s', () => {
    expect(targetsOf('The Ministry of Construction shall issue the standards and, as an aim for its own work, from 2031 decide on every '
      + 'application for a building data licence within 15 working days.'))
      .toEqual([['time to decide on every application for a building data licence', '<=', 15, 'working days', 2031]]);
    expect(targetsOf('Here is the Ministry\'s own commitment: from next year, the Ministry of Construction will answer every request from '
      + 'the provinces for a model review within 25 working days.'))
      .toEqual([['time to answer every request from the provinces for a model review', '<=', 25, 'working days', 2030]]);
  });

  it('reads every one of a thing told with its participle, among the aims a body set itself', () => {
    expect(targetsOf('Our office has set itself two aims for next year: by the end of 2030, at least 97% of requests settled on time, and '
      + 'every land title transfer processed within 3 working days.').filter(([, , , unit]) => unit === 'working days'))
      .toEqual([['every land title transfer processed', '<=', 3, 'working days', 2030]]);
    // (Not a procedure's time limit that no aim sets: "Every land title transfer is processed within 3 working days.")
    expect(targetsOf('Every land title transfer processed within 3 working days of a complete dossier is published on the portal.')).toEqual([]);
  });

  it('gives an aim that a director says "it" set for its own work to "whose department" it is', () => {
    const scopes = timelineOf({ 'seeds/a.txt': dated('14/09/2029', 'Director of the Quảng Bình Department of Industry and Trade Lê Thị '
      + 'Thu Hà, whose department drafted the plan, said it had also set an aim for its own work: from 2030, it will issue every '
      + 'electronic certificate of origin within 4 working hours of a complete application.') }).targets.map((t) => [t.value, t.scope]);
    expect(scopes).toEqual([[4, 'Quảng Bình Department of Industry and Trade']]);
  });

  it('reads the items of a list a body set as its own aims in a year as its own, a time "within" included', () => {
    const listed = (frame: string) => timelineOf({ 'seeds/a.txt': dated('14/09/2029', 'Our service commitments', frame,
      'a) settle at least 98% of VAT refund dossiers within 6 working days;',
      'b) answer every question sent through the e-tax portal within 8 working hours;',
      'c) have 95% of household businesses filing and paying tax online.') }).targets.map((t) => [t.metric, t.value, t.unit, t.scope]);
    // A body named by its place and its own words ("Provincial Tax"): its aims are its own, not the province's.
    const own = listed('In 2031, Thanh Hóa Provincial Tax aims to:');
    expect(own).toHaveLength(3);
    expect(own).toEqual(expect.arrayContaining([
      ['VAT refund dossiers within 6 working days settled', 98, '%', 'Thanh Hóa Provincial Tax'],
      ['time to answer every question sent through the e-tax portal', 8, 'working hours', 'Thanh Hóa Provincial Tax'],
      ['household businesses filing and paying tax online', 95, '%', 'Thanh Hóa Provincial Tax'],
    ]));
    // (A place with its level alone aims for the place; its "within", in a list of aims in a year, is the time to answer each too.)
    const province = listed('In 2031, Thanh Hóa Province aims to:');
    expect(province.map(([, , , scope]) => scope)).toEqual(['Thanh Hoa', 'Thanh Hoa', 'Thanh Hoa']);
    expect(province.find(([metric]) => String(metric).includes('e-tax portal'))?.slice(1, 3)).toEqual([8, 'working hours']);
  });

  it('gives a station\'s aim told in a sentence to it, by its name with a hyphen ("Hydro-Meteorological")', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('14/09/2029', 'Source: Quảng Ngãi Hydro-Meteorological Station',
      'Rain will continue over the next two days.',
      'By 2032, the station aims to extend its automated flash-flood warnings from 24 to 40 mountain communes.') }).targets;
    expect(found.map((t) => [t.metric, t.value, t.scope])).toEqual([['automated flash-flood warnings', 40, 'Quảng Ngãi Hydro-Meteorological Station']]);
  });

  it('gives a library\'s or a museum\'s list of aims to it, by the name the text gives it, and reads its times as aims', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('14/09/2029', 'Our goals for 2033',
      'Director of the Nghệ An Provincial Library Hồ Thị Lan writes: "A library is measured by the readers it reaches." By 2033, the library aims to:',
      '- digitise all 2,400 pages of the Hán Nôm collection;',
      '- deliver every interlibrary loan in no more than 5 working days.') }).targets.map((t) => [t.value, t.unit, t.scope]);
    expect(found).toContainEqual([5, 'working days', 'Nghệ An Provincial Library']);
    expect(found).toContainEqual([100, '% of pages', 'Nghệ An Provincial Library']);
  });

  it('gives such an aim the body that set it, named with a list of its fields or among the duties a text gives it', () => {
    const scopes = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('14/09/2029', ...lines) }).targets.map((t) => t.scope);
    expect(scopes('The Bình Định Department of Culture, Sports and Tourism, which wrote the plan, also set an aim for its own work: from 2031, '
      + 'it will license every new homestay online within 5 working days.')).toEqual(['Bình Định Department of Culture, Sports and Tourism']);
    expect(scopes('The Ministry of Construction shall lead the Programme, publish the data standards and, as an aim for its own work, from '
      + '2031 decide on every application for a building data licence within 15 working days.')).toEqual(['Ministry of Construction']);
  });

  it('gives a fund\'s aim to award, and the items a body lists after setting aims for its own work, to that body', () => {
    const scopes = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('14/09/2029', ...lines) }).targets
      .map((t) => `${t.value} ${t.scope}`);
    expect(scopes('The Huế Heritage Research Fund opens its third call.', 'The Fund aims to award at least 300 research grants by 2033.'))
      .toEqual(['300 Huế Heritage Research Fund']);
    expect(scopes('The Huế Department of Home Affairs advises the city on its staff.',
      'Beside the city\'s goals, the Department has set aims for its own work:',
      '- by the end of 2030, all 140 of its staff to complete a course on digital records;')).toEqual(['100 Huế Department of Home Affairs']);
  });
});

describe('things that will be done at most a time after what sets them off', () => {
  it('is the time before they are done, in a list of aims by a year', () => {
    expect(timelineOf({ 'seeds/a.txt': dated('14/09/2029', 'By 2035, according to the resolution:',
      '* all 2,900 kilometres of sea dykes will be monitored by sensors;',
      '* flood warnings for the main river basins will be issued no more than 30 minutes after a water-level threshold is crossed.') })
      .targets.filter((t) => t.unit === 'minutes').map((t) => [t.metric, t.comparator, t.value, t.deadline]))
      .toEqual([['time before flood warnings for the main river basins are issued', '<=', 30, 2035]]);
  });
});

describe('a length of time in a list of objectives by a year', () => {
  it('is an objective when the item says what a time is to be, not a procedure\'s "within"', () => {
    const list = (item: string) => targetsOf('1. Objectives by 2035:', 'a) At least 80 per cent of district hospitals use AI-assisted imaging;', item);
    expect(list('b) The average waiting time for outpatient test results is no more than 3 hours;'))
      .toContainEqual(['average waiting time for outpatient test results', '<=', 3, 'hours', 2035]);
    // (A procedure's limit stays one: "processed within 5 working days".)
    expect(list('b) Applications for a licence are processed within 5 working days;').map(([, , value]) => value)).not.toContain(5);
    // (Nor does a list of rules with no year: "Procedures:".)
    expect(targetsOf('Procedures:', 'a) The waiting time at the counter is no more than 3 hours;')).toEqual([]);
  });

  it('is one in a list whose frame opens with its year, and so is what a thing "will take"; a deadline past a new clause is that clause\'s', () => {
    expect(targetsOf('By 2033, the plan says:', '- the time to approve a provincial research task will be no more than 60 days;',
      '- customs clearance of a loaded truck will take no more than 30 minutes, and every truck will file its declaration online by 2031.'))
      .toEqual([
        ['trucks file its declaration online', '=', 100, '% of trucks', 2031],
        ['customs clearance of a loaded truck', '<=', 30, 'minutes', 2033],
        ['time to approve a provincial research task', '<=', 60, 'days', 2033],
      ]);
    // (A list of rules with no year keeps its limits: "Procedures:", "- a permit will take no more than 10 days;".)
    expect(targetsOf('Procedures:', '- a permit will take no more than 10 days;')).toEqual([]);
  });
});

describe('a body\'s pledge for its own work, from a year', () => {
  it('reads appraising or verifying every one of a thing in a time, as other handling is read', () => {
    expect(targetsOf('The department has set an aim for its own services: from 2032 it will appraise every technology transfer contract '
      + 'within 2 working days.')).toEqual([['time to appraise every technology transfer contract', '<=', 2, 'working days', 2032]]);
  });

  it('reads "From 2030, we will …" on a body\'s own page as its aim, not a procedure\'s limit', () => {
    expect(targetsOf('From 2031, we will resolve every water billing complaint within 48 hours.'))
      .toEqual([['time to resolve every water billing complaint', '<=', 48, 'hours', 2031]]);
    // (A rule with no year stays a limit; so does one whose pledge is no one's own.)
    expect(targetsOf('We will resolve every billing complaint within 48 hours.')).toEqual([]);
    expect(targetsOf('From 2031, complaints will be resolved within 48 hours of receipt.')).toEqual([]);
  });
});

describe('a body\'s pledge in the third person, by a year or from one', () => {
  const scoped = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('01/06/2029', ...(lines as [string, ...string[]])) }).targets
    .map((t) => [t.metric, t.value, t.unit, t.deadline, t.scope]);

  it('reads "By the end of 2029, it will answer every …" after a sentence that says the body has work of its own, as that body\'s', () => {
    expect(scoped('Deputy Minister Tạ Minh Khuê said the Ministry of Science and Technology had set the operators\' targets.',
      'She said the ministry had its own homework. By the end of 2029, it will answer every complaint about weak signal within 48 hours, '
      + 'against an average of six days now.')).toEqual([
      ['time to answer every complaint about weak signal', 48, 'hours', 2029, 'Ministry of Science and Technology']]);
  });

  it('reads "her department would, from 2029, approve every …" as the department\'s own', () => {
    expect(scoped('Director of the Đà Nẵng Department of Finance Phan Thị Thu Hà said her department would, from 2029, approve every '
      + 'investment dossier for a digital project within 3 working days, down from 11 now.')).toEqual([
      ['time to approve every investment dossier for a digital project', 3, 'working days', 2029, 'Đà Nẵng Department of Finance']]);
  });

  it('leaves a limit a rule sets without a year, or a passive with no one pledging, as a limit', () => {
    expect(scoped('It will answer every complaint within 48 hours.')).toEqual([]);
    expect(scoped('By the end of 2029, complaints will be answered within 48 hours of receipt.')).toEqual([]);
  });
});

describe('a list of a page\'s own aims in the first person', () => {
  it('reads its times as the body\'s aims, not a procedure\'s limits', () => {
    expect(targetsOf('By 2032, we aim to:', '- sell at least 80% of our tickets online;', '- refund every online ticket within 3 working days.')
      .filter(([, , , unit]) => unit === 'working days')).toEqual([['time to refund every online ticket', '<=', 3, 'working days', 2032]]);
    // (A list of rules in the first person, with no year, stays one of limits.)
    expect(targetsOf('We aim to:', '- refund every online ticket within 3 working days.')).toEqual([]);
  });
});

describe('an airport\'s or a port\'s own aims', () => {
  it('are the airport\'s, by the name the text gives it, and its times are aims', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('14/03/2030', 'Phù Cát Airport informs passengers of new services.',
      'By the end of 2031, the airport aims to:', '- process at least 70% of domestic passengers through biometric gates;',
      '- answer every passenger complaint within 24 hours.') }).targets.map((t) => [t.value, t.unit, t.scope]);
    expect(found).toEqual([[70, '%', 'Phù Cát Airport'], [24, 'hours', 'Phù Cát Airport']]);
  });
});

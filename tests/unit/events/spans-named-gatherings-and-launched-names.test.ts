import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

const events = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('20/11/2026', '', ...lines.flatMap((l) => [l, ''])) }).events
  .map((e) => `${e.date} ${e.kind} | ${e.title}`);

describe('a gathering over several days, and one named again by its noun', () => {
  it('dates a gathering that closed after several days by its first day, and "the congress opened …" is the same gathering', () => {
    expect(events(
      'The Ninth Congress of the Vietnam Union of Science Associations closed in Hue on Thursday after three days, from November 17 to 19.',
      'The congress opened on Tuesday morning with a report on the past term.',
    )).toEqual(['2026-11-17 meeting | Ninth Congress of the Vietnam Union of Science Associations']);
  });

  it('dates a named gathering by the month written right after its name', () => {
    expect(events('Recalling that the Second Plenum in August had dealt with personnel work, the chairman thanked the delegates.'))
      .toEqual(['2026-08 meeting | Second Plenum']);
  });
});

describe('things put to work, named', () => {
  it('reads "we opened the province\'s X Centre" as opened', () => {
    expect(events('In 2015, we opened the province\'s Public Service Centre, where every application can be filed in one place.'))
      .toEqual(['2015 other | Opened the province\'s Public Service Centre']);
  });

  it('names a thing launched by the name in apposition, reads "went into orbit", and the subject after ", and"', () => {
    expect(events('The country\'s first weather satellite, the geostationary satellite MEKONGSAT-1, was launched in 2011.'))
      .toEqual(['2011 other | MEKONGSAT-1 launched']);
    expect(events('Its successor, LOTUS-2, went into orbit in 2016, and the institute\'s own 30 kg CraneSat was launched from India in 2021.'))
      .toEqual(['2016 other | LOTUS-2 went into orbit', '2021 other | Institute\'s own 30 kg CraneSat launched']);
  });

  it('leaves an outlet\'s mark before a dash out of what was launched', () => {
    expect(events('SpaceNews Asia – LOTUS-3, a 90 kg synthetic-aperture radar microsatellite designed, built and tested over four years by '
      + 'engineers of the Mekong Space Institute (MSI), was launched from Kourou on November 14.'))
      .toEqual(['2026-11-14 other | LOTUS-3 launched']);
  });
});

describe('days still to come, auctions, and rails of other articles', () => {
  const at = (date: string, ...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(date, '', ...lines.flatMap((l) => [l, ''])) });

  it('dates a day a fair "closes on" or "runs until", or a "Saturday\'s forum, to be chaired", after publication, not before', () => {
    const { events, targets } = at('12/08/2026',
      'The trade fair, which runs until Saturday, brings together 300 exhibitors in about 900 booths.',
      'Saturday\'s forum on green factories, to be chaired by the association\'s president, will discuss carbon rules.',
      'Friday\'s programme includes a job fair with about 1,500 vacancies for technicians.');
    expect(events.filter((e) => e.date < '2026-08-12')).toEqual([]);
    expect(targets).toEqual([]);
  });

  it('reads an auction held by an authority on a day as a happening of that day', () => {
    expect(at('24/04/2026', 'Three operators won blocks of spectrum at an auction held by the Radio Frequency Authority in Hanoi on Wednesday.')
      .events.map((e) => `${e.date} ${e.title}`)).toEqual(['2026-04-22 Auction held by the Radio Frequency Authority']);
  });

  it('tells nothing of the headlines listed under "Also in <section>" after an article', () => {
    expect(at('14/05/2026', 'The court sentenced the former director to 14 years on Thursday.',
      'He had signed acceptance records for sensors that were never delivered, and the centre paid the contractor in full.',
      'The court ordered him to repay the money to the state budget, and his lawyers said he would consider an appeal.', ['Also in Courts',
      '- Two former officials of Board No. 5 jailed over road contract (12/05/2026)', '- Appeal hearing set in land case (08/05/2026)'].join('\n'))
      .events.map((e) => e.date)).toEqual(['2026-05-14']);
  });
});

describe('happenings told in relative clauses', () => {
  const told = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('16/07/2026', '', ...lines.flatMap((l) => [l, ''])) }).events
    .map((e) => `${e.date} ${e.title}`);

  it('dates a thing "held in" a month in a reduced relative, and a park "which broke ground in" a month', () => {
    expect(told('The first spectrum auction, held in October 2025, raised VND 8,000 billion.')).toEqual(['2025-10 First spectrum auction held']);
    expect(told('Work on the Lang Son Logistics Park, which broke ground in May 2025, has been held up by land disputes.'))
      .toEqual(['2025-05 Lang Son Logistics Park broke ground']);
  });

  it('dates a gathering "held on" a weekday in a reduced relative, named with an owner\'s possessive, not the gathering around it', () => {
    expect(told('Opening the press briefing, the spokesman spoke about the Government\'s monthly meeting for June, held on Tuesday, which '
      + 'reviewed the budget.')).toContainEqual('2026-07-14 Government\'s monthly meeting for June held');
  });

  it('gives an inspection told in "X, who inspected three projects on …" to X', () => {
    expect(told('The delay was noted by Deputy Minister Mac Van Hoa, who inspected three projects in Son La on July 2.'))
      .toEqual(['2026-07-02 Mac Van Hoa inspected three projects in Son La']);
  });
});

describe('"the same ceremony"', () => {
  it('is the ceremony told before, one event', () => {
    expect(timelineOf({ 'seeds/a.txt': dated('17/03/2026', '',
      'On Monday, the ministry held a ceremony in Hanoi to hand over two appointment decisions.', '',
      'At the same ceremony, Minister Ho Duc Thang handed over Decision No. 655/QĐ-BKHCN, dated March 13, assigning Nguyen Thi Ngoc as '
        + 'Acting Director General of the Department of Digital Economy.') }).events
      .filter((e) => e.kind === 'meeting').map((e) => `${e.date} ${e.title}`))
      .toEqual(['2026-03-16 Ministry held a ceremony in Hanoi to hand over two appointment decisions']);
  });
});

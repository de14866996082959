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

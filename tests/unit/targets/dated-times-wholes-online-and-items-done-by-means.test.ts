import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

const targetsOf = (date: string, ...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(date, ...lines) }).targets
  .map((t) => [t.metric, t.comparator, t.value, t.unit, t.deadline]);

describe('times within which things are to be done, in a sentence that dates the aim', () => {
  it('reads "By the same year, … permits … would be issued within 10 days" after the year it refers to', () => {
    expect(targetsOf('12/03/2030', 'By 2033, all provinces would issue land certificates online. By the same year, building permits for '
      + 'family houses would be issued within 12 days.').filter(([, , , unit]) => unit === 'days'))
      .toEqual([['time before building permits for family houses are issued', '<=', 12, 'days', 2033]]);
  });

  it('reads "…, and flood alerts … are to reach the commune authorities within 30 minutes" after a dated aim', () => {
    expect(targetsOf('12/03/2030', 'By 2034, at least 95 percent of the province is to be mapped, and flood alerts for any village are to '
      + 'reach the commune authorities within 30 minutes.').filter(([, , , unit]) => unit === 'minutes'))
      .toEqual([['time before flood alerts for any village reach the commune authorities', '<=', 30, 'minutes', 2034]]);
  });

  it('reads no such time in a rule\'s "shall", with no year the aim is due, or counted from receipt', () => {
    expect(targetsOf('12/03/2030', 'From 2031, applications shall be processed within 10 days of receipt.')).toEqual([]);
    expect(targetsOf('12/03/2030', 'Building permits for family houses would be issued within 12 days, officials said.')).toEqual([]);
    // (Nor one counted from what sets it off, as a procedure's limit is.)
    expect(targetsOf('12/03/2030', 'By 2033, complaints will be answered within 48 hours of receipt.')).toEqual([]);
  });
});

describe('every one of a whole that will do a thing online, or be watched or connected by a means, in an item', () => {
  it('reads "all 34 provinces … would issue building permits online" as every one of them', () => {
    expect(targetsOf('12/03/2030', 'By 2033, all 34 provinces and centrally-run cities would issue construction permits online from '
      + 'application to result.'))
      .toEqual([['provinces and centrally-run cities issue construction permits online', '=', 100, '% of provinces and centrally-run cities', 2033]]);
  });

  it('reads items "every hectare … will be watched by satellite monitoring", "every commune will be connected to the … centre"', () => {
    expect(targetsOf('12/03/2030', 'Under the programme, by 2035:', '- every hectare of mangrove forest will be watched by satellite and '
      + 'drone monitoring;', '- every commune will be connected to the provincial data centre.').map(([metric, , value]) => [metric, value]))
      .toEqual([['communes connected to the provincial data centre', 100], ['hectares of mangrove forest watched', 100]]);
  });
});

import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

const events = (...lines: string[]) => timelineOf({ 'a.txt': dated('20/09/2031', ...lines) }).events
  .filter((e) => e.kind === 'other').map((e) => [e.date, e.title]);

describe('what has gone on since a day, told in the perfect after "Since …,"', () => {
  it('dates its start, named a trial when the section\'s heading says so', () => {
    expect(events('2. Results of the pilot', 'Since 4 August, the ward office has taken land-use applications online alongside paper ones.'))
      .toEqual([['2031-08-04', 'Trial: ward office has taken land-use applications online alongside paper ones']]);
    expect(events('Opening hours', 'Since 2 June, the museum\'s virtual gallery has been open to school groups from three districts.'))
      .toEqual([['2031-06-02', 'Museum\'s virtual gallery has been open to school groups from three districts']]);
  });

  it('reads no start in a count since a day, which is a result', () => {
    expect(events('Results', 'Since 4 August, the ward office has issued 1,240 electronic certificates.')).toEqual([]);
  });

  it('dates the start of a pilot that has done a count since then', () => {
    expect(events('Since 2 May, a pilot booking assistant on the port\'s website has handled 41,000 requests.'))
      .toEqual([['2031-05-02', 'Pilot booking assistant on the port\'s website has handled 41,000 requests']]);
  });
});

describe('a time in what a speaker said after a gathering is named', () => {
  it('dates the act said, not the gathering of the clause before "said"', () => {
    const found = timelineOf({ 'a.txt': dated('20/09/2031', 'This morning, the Ministry of Finance held a press conference on Decision No. 2210/QĐ-BTC.',
      'Deputy Minister Lê Văn Hòa, who chaired the press conference, said the decision was signed on Monday (15/9).') }).events
      .filter((e) => e.kind === 'meeting').map((e) => e.date);
    expect(found).toEqual(['2031-09-20']);
  });
});

describe('a collegial body that reviewed a thing on a day', () => {
  it('sat that day: its meeting, chaired by its host, at which a guest who attended spoke', () => {
    const found = timelineOf({ 'a.txt': dated('18/09/2031',
      'The Standing Board of the Bình Định Provincial Party Committee on Tuesday afternoon (16/9) reviewed three years of its resolution on '
        + 'the digital economy, and set new aims to 2035.',
      'The meeting, chaired by Secretary of the Bình Định Provincial Party Committee Hồ Quốc Dũng, reviewed Resolution No. 512-NQ/TU.',
      'Attending the meeting, Deputy Minister of Science and Technology Phạm Đức Long said the ministry would support the province.') }).events
      .filter((e) => e.kind === 'meeting' || e.kind === 'remarks').map((e) => [e.date, e.kind, e.title]);
    expect(found).toEqual([
      ['2031-09-16', 'meeting', 'Meeting of the Standing Board of the Bình Định Provincial Party Committee'],
      ['2031-09-16', 'remarks', 'Phạm Đức Long delivered remarks at the meeting'],
    ]);
  });
});

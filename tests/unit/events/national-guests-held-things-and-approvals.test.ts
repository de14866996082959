import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

/** The events of one text: date, kind and title. */
const eventsOf = (...lines: string[]) => timelineOf({ 'a.txt': dated('12/03/2031', ...lines) }).events
  .filter((e) => e.kind !== 'milestone').map((e) => [e.date, e.kind, e.title]);

describe('a national body\'s official attending a gathering no host of which is named', () => {
  it('is its guest, whose words are remarks', () => {
    const events = eventsOf(
      'On Friday (7/3), the exchange held a conference with member firms on the switch.',
      'Attending the conference, Deputy Director of the Inspection Department of the State Bank of Vietnam Kha Văn Lợi said that the bank '
        + 'would read the alerts of the new system.',
    );
    expect(events).toContainEqual(['2031-03-07', 'remarks', 'Kha Văn Lợi delivered remarks at the conference']);
  });
});

describe('what a thing held, a goal met and an approval under a numbered decision', () => {
  it('is no gathering when a system held goods, and the breakdown on its day is the happening', () => {
    expect(eventsOf('The breakdown on 3 March, when the port\'s gate system stopped for five hours and held the containers of 60 ships, '
      + 'was discussed.')).toEqual([['2031-03-03', 'other', 'Breakdown']]);
  });

  it('is no meeting when goals were met', () => {
    expect(eventsOf('The department\'s report shows three of four 2030 goals met and sets a new share for this year.')).toEqual([]);
  });

  it('reads an approval under a numbered decision as the decision\'s issue, not an act on the day of a speech that recalls it', () => {
    const events = timelineOf({ 'a.txt': [
      'THUẬN AN POST', 'Thứ Năm, 06/11/2031 | 15:40', 'Full text: a Deputy Minister\'s speech at the Cần Thơ City Conference on Digital Schools',
      'The paper prints in full the speech that Deputy Minister of Education Lò Văn Sính gave at the Cần Thơ City Conference on Digital Schools '
        + 'this morning.',
      'Since the Prime Minister approved the Programme on Digital Schools for 2031–2035 under Decision No. 2744/QĐ-TTg dated 9 January 2031, '
        + 'many provinces have asked where to start.',
    ].join('\n') }).events.map((e) => [e.date, e.kind]);
    expect(events).toContainEqual(['2031-01-09', 'instrument']);
    expect(events.filter((e) => e[1] === 'approved')).toEqual([]);
  });
});

describe('a day that opens its sentence, whose subject took part in a gathering', () => {
  it('dates the gathering however long the subject is', () => {
    expect(eventsOf('Last Saturday (8/3), 41 of the 45 member banks of the clearing house took part in a full test session and sent 2.1 million '
      + 'payments.')).toEqual([['2031-03-08', 'meeting', 'Full test session']]);
  });
});

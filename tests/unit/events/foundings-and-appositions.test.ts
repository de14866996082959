import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

/** Kind, date and title of each event a text reports, milestones left out, in date order. */
const events = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(...(lines as [string, ...string[]])) }).events
  .filter((e) => e.kind !== 'milestone').map((e) => [e.kind, e.date, e.title]).toSorted((a, b) => a[1]!.localeCompare(b[1]!));

describe('foundings dated by a year, and deeds told around an apposition', () => {
  it('dates a founding in an apposition by its own year, and the main verb by the time that opens the sentence', () => {
    expect(events('30/12/2025', 'In August, Red Delta Optics JSC, a Hải Phòng start-up founded in 2019, shipped its first lidar module to Japan.')).toEqual([
      ['establishment', '2019', 'Red Delta Optics JSC founded'],
      ['other', '2025-08', 'Red Delta Optics JSC shipped its first lidar module to Japan'],
    ]);
  });

  it('reads a founding that opens the sentence as its main subject\'s', () => {
    expect(events('30/12/2025', 'Established in 1998, the Southern Institute of Marine Biology is the country\'s oldest such body.')).toEqual([
      ['other', '1998', 'Southern Institute of Marine Biology established'],
    ]);
  });

  it('takes a passive subject before its apposition, not a body named inside the apposition', () => {
    expect(events('30/12/2025',
      'The 90-kg weather satellite LotusSat-1, built by engineers of the Vietnam National Space Center, was launched from Japan on March 4.'))
      .toEqual([['other', '2025-03-04', '90-kg weather satellite LotusSat-1 launched']]);
  });

  it('still reads a body founded with its own day', () => {
    expect(events('30/12/2025', 'The National Data Association was established on March 3.')).toEqual([
      ['establishment', '2025-03-03', 'National Data Association established'],
    ]);
  });

  it('reads a national leader addressing a gathering as a guest\'s remarks when the text names no host', () => {
    expect(events('19/01/2026', 'Hải Dương broke ground on the Kim Thành chip park on Sunday morning.',
      'Deputy Prime Minister Đỗ Minh Khải and 400 guests attended.',
      'Addressing the ceremony, Deputy Prime Minister Khải asked the province to train engineers first.')).toEqual([
      ['remarks', '2026-01-18', 'Đỗ Minh Khải delivered remarks at the ceremony'],
      ['other', '2026-01-18', 'Hải Dương broke ground on the Kim Thành chip park'],
    ]);
  });

  it('does not date the gathering the text reports by the year of another verb in the clause', () => {
    expect(events('19/01/2026', 'Hải Dương broke ground on the Kim Thành chip park on Sunday morning.',
      'The chairman thanked Lê Văn Toàn, who first proposed the park in 2018 and attended the ceremony as a guest.')).toEqual([
      ['other', '2026-01-18', 'Hải Dương broke ground on the Kim Thành chip park'],
    ]);
  });
});

describe('a speech printed in full', () => {
  it('is the speaker\'s remarks at the gathering the text reports', () => {
    expect(events('07/04/2026', 'The Hà Tĩnh Provincial People\'s Committee last Thursday held a conference in Hà Tĩnh city to review its plan.', '',
      'Below is the full text of the speech by Deputy Minister of Finance Lê Quang Huy at the conference.')).toEqual([
      ['meeting', '2026-04-02', 'Hà Tĩnh Provincial People\'s Committee held a conference in Hà Tĩnh city to review its plan'],
      ['remarks', '2026-04-02', 'Lê Quang Huy delivered a speech at the conference'],
    ]);
  });
});

describe('a gathering named with who held it in a relative clause', () => {
  it('is dated by the day after the clause', () => {
    expect(events('02/06/2026', 'The minister recalled the national forum on open data that the Prime Minister chaired on May 21, where provinces reported.'))
      .toEqual([['meeting', '2026-05-21', 'National forum on open data']]);
  });
});

import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

const happenings = (...lines: string[]) => timelineOf({ 'a.txt': dated('16/03/2031', ...lines) }).events
  .filter((e) => e.kind === 'meeting' || e.kind === 'remarks').map((e) => [e.date, e.kind, e.title]).sort((a, b) => a[1]!.localeCompare(b[1]!));

describe('guests of a gathering whose host the text does not name', () => {
  it('hears an official of a ministry\'s department who attended a province\'s review conference', () => {
    expect(happenings('The Nam Định Provincial People\'s Committee\'s report on its fisheries plan was presented at a review conference '
      + 'yesterday (15/3).', 'Attending the conference, Deputy Director of the Department of Fisheries under the Ministry of Agriculture and '
      + 'Environment Lưu Văn Khải said the province\'s catch logs would be used as a model.')).toEqual([
      ['2031-03-15', 'meeting', 'Review conference'],
      ['2031-03-15', 'remarks', 'Lưu Văn Khải delivered remarks at the conference'],
    ]);
  });

  it('does not hear a provincial official so, whom no host is named against', () => {
    expect(happenings('The report was presented at a review conference yesterday (15/3).', 'Attending the conference, Deputy Director of '
      + 'the Nam Định Department of Finance Lưu Văn Khải said the budget was enough.'))
      .toEqual([['2031-03-15', 'meeting', 'Report presented at a review conference']]);
  });
});

describe('an open day', () => {
  it('is a gathering held, at which a guest who attended speaks', () => {
    expect(happenings('Last Saturday (15/3), the college held an open day for about 400 pupils and parents. Rector of Hồng Lĩnh College of '
      + 'Technology Dr Trần Thị Mai introduced the programmes.', 'Attending the open day, Deputy Director of the Hà Tĩnh Department of '
      + 'Education and Training Lê Văn Cường said the department would count the courses towards career guidance.')).toEqual([
      ['2031-03-15', 'meeting', 'Open day for about 400 pupils and parents'],
      ['2031-03-15', 'remarks', 'Lê Văn Cường delivered remarks at the open day'],
    ]);
  });
});

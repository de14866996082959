import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

/** Date and title of each remarks event of a text published on Thursday 9 July 2026. */
const remarks = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('09/07/2026', ...lines) }).events
  .filter((e) => e.kind === 'remarks').map((e) => [e.date, e.title]);

describe('a guest addressing a gathering', () => {
  it('reads "X attended the opening sitting and addressed the delegates" as X\'s remarks', () => {
    expect(remarks('The 12th session of the Provincial People\'s Council opened on Wednesday, chaired by Chairwoman of the Provincial People\'s '
      + 'Council Lê Thị Hoa. Deputy Minister of Science and Technology Hoàng Văn Tư attended the opening sitting and addressed the delegates.'))
      .toEqual([['2026-07-08', 'Hoàng Văn Tư addressed the delegates']]);
  });
});

describe('words told to a gathering by name', () => {
  it('are no remarks of the official who signed the plan and speaks at its own conference', () => {
    expect(remarks('The plan was signed on Friday by Vice Chairman of the Provincial People\'s Committee Phạm Văn Lộc.',
      'A conference to deploy the plan was held in the provincial capital on Monday.',
      '"What we lack is data that moves between them," Mr Lộc told the conference.')).toEqual([]);
  });

  it('are still remarks when told to the delegates', () => {
    expect(remarks('The forum was held in Hà Nội on Tuesday.', 'Jonas Berg, Chairman of NordTech, told delegates that firms wanted faster visas.'))
      .toEqual([['2026-07-07', 'Jonas Berg addressed delegates']]);
  });
});

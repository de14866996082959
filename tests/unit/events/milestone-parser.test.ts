import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

const milestones = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('10/01/2025', ...lines) }).events.filter((e) => e.kind === 'milestone');

describe('milestones: things due by a date', () => {
  it('reads a task due in a quarter, titled by what is to be done', () => {
    expect(milestones('In the second quarter of 2025, complete the merger of the two provincial hospitals, focusing on staff.').map((m) => [m.title, m.date, m.precision, m.to]))
      .toEqual([['Complete the merger of the two provincial hospitals', '2025-Q2', 'quarter', '2025-06-30']]);
  });

  it('reads a deadline after the task, and names "this platform" from the sentence before', () => {
    expect(milestones('The ministry presented the National Open Data Platform. This platform must be launched by the end of 2025 to serve citizens.').map((m) => [m.title, m.date]))
      .toEqual([['National Open Data Platform must be launched', '2025']]);
  });

  it('drops the reporting words around a task ("the Prime Minister asked ministries to …")', () => {
    expect(milestones('The Prime Minister asked ministries to finish the review of all licences before June 30.').map((m) => [m.title, m.date]))
      .toEqual([['Ministries to finish the review of all licences', '2025-06-30']]);
  });

  it('does not read a past date, a starting date, a measured target or a task without a verb of completion as a milestone', () => {
    expect(milestones(
      'In 2024, the ministry completed the review.',
      'Starting in 2026, the new rules will be reviewed every year.',
      'By 2030, the digital economy reaches at least 30% of GDP.',
      'In 2025, we need to focus on key issues.',
    )).toEqual([]);
  });
});

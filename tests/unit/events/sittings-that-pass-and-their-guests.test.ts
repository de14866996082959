import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

const eventsOf = (date: string, ...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(date, ...lines) }).events
  .map((e) => [e.date, e.kind, e.title]);

describe('a sitting that passes something, and a guest who attends it', () => {
  it('reads "the 20th (thematic) session of the … Council passed …" as the sitting, that day, beside what it passed', () => {
    const found = eventsOf('10/12/2030', 'This morning, the 20th (thematic) session of the Kon Tum Provincial People\'s Council passed two '
      + 'resolutions: one on forest data, the other on start-ups.');
    expect(found).toContainEqual(['2030-12-10', 'meeting', '20th (thematic) session of the Kon Tum Provincial People\'s Council']);
  });

  it('reads a deputy minister attending the sitting of a province\'s council as a guest whose remarks are an event that day', () => {
    const found = eventsOf('10/12/2030', 'This morning, the 20th session of the Kon Tum Provincial People\'s Council passed two resolutions.',
      'Attending the session, Deputy Minister of Science and Technology Vũ Hải Quân said Kon Tum was among the first provinces to link '
      + 'forest data with water data.');
    expect(found).toContainEqual(['2030-12-10', 'remarks', 'Vũ Hải Quân delivered remarks at the session']);
  });

  it('reads a sitting that only frames what was done at it as no event of its own', () => {
    const found = eventsOf('10/12/2030', 'At its 20th session this morning, the Kon Tum Provincial People\'s Council passed two resolutions.');
    expect(found.filter(([, kind]) => kind === 'meeting').length).toBeLessThanOrEqual(1);
    expect(found.some(([, kind]) => kind === 'passed')).toBe(true);
  });
});

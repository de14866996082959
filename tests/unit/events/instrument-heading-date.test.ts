import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

describe('the date of a document\'s own heading', () => {
  it('dates the instrument and its issue event alike from "No 12/NQ-CP Hanoi, February 7, 2025"', () => {
    const { entities, events } = timelineOf({
      'a.txt': dated('10/02/2025',
        'THE GOVERNMENT',
        'No 12/NQ-CP    Hanoi, February 7, 2025',
        'RESOLUTION ON THE ACTION PROGRAMME FOR SCIENCE AND TECHNOLOGY',
        'The Government adopts this resolution to carry out the tasks of science and technology in the year ahead.'),
    });
    const resolution = entities.find((e) => e.name === 'Resolution 12/NQ-CP');
    expect(resolution && 'date' in resolution ? resolution.date : undefined).toBe('2025-02-07');
    expect(events.filter((e) => e.entities.includes(resolution!.id)).map((e) => [e.date, e.kind])).toContainEqual(['2025-02-07', 'instrument']);
  });
});

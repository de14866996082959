import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../../src/pipeline/build.ts';

const build = (text: string) => buildCorpus([{ path: 'a.txt', bytes: new TextEncoder().encode(text) }]);

describe('instruments dated by the act the timeline reads', () => {
  it('gives an instrument adopted "the same morning" the day of the lead, like its event', () => {
    const { entities, events } = build([
      'Assembly passes law and adopts resolution',
      'Thu HangJune 19, 2025 14:02',
      'On the morning of June 19, the National Assembly passed the Law on Digital Technology Industry with 440 deputies voting in favour.',
      'Earlier the same morning, deputies adopted Resolution 210/2025/QH15 on piloting special mechanisms for science and technology.',
    ].join('\n'));
    const resolution = entities.find((e) => e.name === 'Resolution 210/2025/QH15')!;
    const act = events.find((e) => e.entities.includes(resolution.id) && e.kind === 'adopted');
    expect(act?.date).toBe('2025-06-19');
    expect('date' in resolution ? resolution.date : undefined).toBe('2025-06-19');
  });
});

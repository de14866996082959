import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/pipeline/extract/sentences.ts';

const texts = (text: string) => splitSentences(text, 0).map((s) => s.text);

describe('a full stop after a month\'s abbreviation', () => {
  it('ends no sentence before a day: "on Sept. 29, …", "Oct. 6"', () => {
    expect(texts('At a forum in Hanoi on Sept. 29, the Deputy Minister spoke. The report came out on Oct. 6 in Singapore.')).toEqual([
      'At a forum in Hanoi on Sept. 29, the Deputy Minister spoke.', 'The report came out on Oct. 6 in Singapore.',
    ]);
  });

  it('ends one before anything else: "… to be held in Dec. The plan …"', () => {
    expect(texts('The fair will open on 4 Dec. The plan was approved in March.')).toEqual([
      'The fair will open on 4 Dec.', 'The plan was approved in March.',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { readTimes } from '../../../src/pipeline/time/read-times.ts';
import { list, paragraph, testSingleCase, testUnexpectedResult } from './helpers.ts';

const REF = '2025-01-15';
const texts = (...blocks: Parameters<typeof readTimes>[0]) => readTimes(blocks, REF).map((e) => e.text);

describe('a weekday name that is a mistranslated list ordinal', () => {
  it('is not a date when it opens a block followed by spaces and a capital', () => {
    testUnexpectedResult('Monday   It is crucial to urgently improve institutions and policies for science.', REF);
  });

  it('is not a date when it opens a block followed by a colon', () => {
    testUnexpectedResult('Tuesday: reorganize the apparatus of the Ministry of Science and Technology.', REF);
  });

  it('is not a date when it opens a line of a list followed by a capital', () => {
    expect(texts(list('Monday Improve institutions in every ministry.', 'Tuesday Develop human resources in the provinces.'))).toEqual([]);
  });

  it('is not a date, whatever follows, when two or more blocks open with weekday names', () => {
    expect(texts(
      paragraph('Wednesday, prioritizing budget allocation for science and technology.'),
      paragraph('Ministries must act quickly.'),
      paragraph('Thursday, developing high-quality human resources.'),
    )).toEqual([]);
  });

  it('leaves the real dates in the item it opens', () => {
    expect(texts(paragraph('Tuesday   It is urgent to reorganize the apparatus: In the first quarter of 2025, complete the merger.')))
      .toEqual(['the first quarter of 2025']);
  });
});

describe('a weekday name that is a date', () => {
  it('stays a date after "On": "On Monday, the minister said"', () => {
    testSingleCase('On Monday, the minister said the plan of Nam Dinh was ready.', REF, (e) => expect([e.text, e.value]).toEqual(['Monday', '2025-01-13']));
  });

  it('stays a date when it opens a block followed by a lowercase word: "Monday was busy"', () => {
    testSingleCase('Monday was busy for the Ministry of Foreign Affairs.', REF, (e) => expect([e.text, e.value]).toEqual(['Monday', '2025-01-13']));
  });

  it('stays a date in the middle of a sentence, even with a capital after it', () => {
    testSingleCase('The Ministry of Finance met on Tuesday Hanoi officials.', REF, (e) => expect(e.value).toBe('2025-01-14'));
  });

  it('stays a date in a block when only one block opens with a weekday', () => {
    expect(texts(paragraph('Monday, the Government held its regular meeting.'), paragraph('Ministries reported.'))).toEqual(['Monday']);
  });
});

import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';
import { communeAiming } from '../../../src/pipeline/targets/scope.ts';

const plan = (...items: string[]) => ['Border communes set digital goals',
  'On Monday, 15 October 2029, the Lào Cai Provincial People\'s Committee reviewed the digital plans of its border communes.',
  'By the end of 2030, Bản Lầu commune aims for:', ...items.map((i) => `- ${i}`),
  'Lào Cai province aims for 90% of border communes to have 5G coverage by 2030.'].join('\n');

describe('a commune that aims at things itself', () => {
  it('names the commune as its scope, in a province\'s text', () => {
    expect(communeAiming('By the end of 2030, Bản Lầu commune aims for:')).toBe('Bản Lầu commune');
    expect(communeAiming('Tân Lập ward has set three goals')).toBe('Tân Lập ward');
    expect(communeAiming('the commune aims for')).toBeNull();
    const { targets } = timelineOf({ 'a.txt': plan('60% of adults to pay school fees without cash;', '500 households to sell tea online.') });
    expect(targets.map((t) => [t.value, t.scope]).sort()).toEqual([[500, 'Bản Lầu commune'], [60, 'Bản Lầu commune'], [90, 'Lao Cai']]);
  });
});

describe('an item about every one of a whole with a size', () => {
  it('reads "every village to have a team of at least three people" as every village, its size no target', () => {
    const { targets } = timelineOf({ 'a.txt': plan('every village to have a community digital technology team of at least three people;') });
    const every = targets.find((t) => t.value === 100);
    expect(every?.metric).toContain('team of at least three people');
    expect(targets.map((t) => t.value).sort()).toEqual([100, 90]);
  });
});

describe('the examples a counted phrase lists', () => {
  it('keeps the words after the commas of "such as A, B and C"', () => {
    const { targets } = timelineOf({ 'a.txt': plan('900 households to sell farm products such as tea, cardamom and plums through e-commerce platforms;') });
    expect(targets.find((t) => t.value === 900)?.metric).toContain('cardamom and plums through e-commerce platforms');
  });
});

describe('the things a count lists', () => {
  it('keeps every one of "A, B and C" and what they are to do, in an item or a sentence', () => {
    const { targets } = timelineOf({ 'a.txt': plan('two hundred teachers, nurses and librarians to be trained in data skills;') });
    const item = targets.find((t) => t.value === 200);
    expect([item?.metric, item?.unit]).toEqual(['teachers, nurses and librarians to be trained in data skills', 'teachers, nurses and librarians']);
    const sentence = timelineOf({ 'a.txt': dated('22/10/2029', 'By 2031, 650 farmers, traders and cooperative managers will be trained in online selling.',
      'Delegates agreed to speed up online public services.') }).targets;
    expect(sentence.map((t) => [t.deadline, t.metric, t.value])).toEqual([
      [2031, 'farmers, traders and cooperative managers will be trained in online selling', 650]]);
  });
});

describe('every one of a whole to have at least one of a thing', () => {
  it('is every one of the whole, the count of what each has no target of its own ("its" no plural it counts)', () => {
    const { targets } = timelineOf({ 'a.txt': plan('every commune and ward to have at least one cooperative selling its rice online.') });
    expect(targets.filter((t) => t.value !== 90).map((t) => [t.metric, t.value, t.unit])).toEqual([
      ['communes and wards with at least one cooperative selling its rice online', 100, '% of communes and wards']]);
  });
});

describe('every one of a whole to be done, past an aside', () => {
  it('keeps where they are to be listed after "with …": "to be listed, with a photo and a map, on the commune portal"', () => {
    const { targets } = timelineOf({ 'a.txt': plan('every craft workshop in the commune to be listed, with a photo and a map, on the commune portal;') });
    expect(targets.find((t) => t.value === 100)?.metric).toBe('craft workshops in the commune listed on the commune portal');
  });
});

describe('a request to every one of a whole', () => {
  it('is no target: "All households are invited to send one representative"', () => {
    const { targets } = timelineOf({ 'a.txt': dated('22/10/2029', 'The commune\'s notices for the week:',
      '- The commune will hold a meeting with residents on 26/10 to hear opinions on the plan. All households are invited to send one representative.',
      '- The health station will give vaccinations on Wednesday.') });
    expect(targets).toEqual([]);
  });
});

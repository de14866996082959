import { describe, expect, it } from 'vitest';
import { rankParser } from '../../../src/pipeline/targets/rank-parser.ts';
import { dated, timelineOf } from '../events/helpers.ts';

const ranks = (text: string) => rankParser.propose(text).map((p) => [p.metric, p.value, p.unit]);

describe('ranks among provinces, cities and countries', () => {
  it('reads the ranked, the place and the field after them, the last "in" being the field', () => {
    expect(ranks('Binh Phuoc aims to be among the top 12 provinces of the Southeast region in the Provincial Competitiveness Index by 2030')).toEqual([
      ['Provincial Competitiveness Index', 12, 'rank among provinces'],
    ]);
    expect(ranks('Vietnam is among the top 4 ASEAN countries in the number of granted patents')).toEqual([['number of granted patents', 4, 'rank among countries in ASEAN']]);
  });

  it('reads "the world\'s top N" and a bare "top N" with its subject before it', () => {
    expect(ranks('Hue aims to be in the world\'s top 200 heritage cities by 2040')).toEqual([['heritage cities', 200, 'rank among heritage cities in the world']]);
    expect(ranks('the city\'s e-government index will be in the top 5 by 2028')).toEqual([['city\'s e-government index', 5, 'rank']]);
  });
});

describe('a rank and a second verb with its own figure in one sentence', () => {
  it('ends the rank\'s field before "and spend 3% of its budget on science, technology and innovation", whose list names the spending', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('14/01/2028', 'By 2030, Kon Tum is to be among the top 8 in the Provincial Innovation '
      + 'Index and spend 2.5% of its budget on science, technology and innovation.') }).targets.map((t) => [t.metric, t.value]);
    expect(found).toContainEqual(['Provincial Innovation Index', 8]);
    expect(found).toContainEqual(['share of its budget spent on science, technology and innovation', 2.5]);
  });
});

describe('a rank with the place reached, in a relative clause dated after it', () => {
  it('reads "…, which ranked it 61st of 130 economies this year" as the baseline\'s time, not the rank\'s deadline', () => {
    const found = timelineOf({ 'seeds/a.txt': dated('13/10/2026', 'Looking to 2035, the strategy aims for Vietnam to be among the top 45 '
      + 'countries in the Open Data Barometer, which ranked it 61st of 130 economies this year.') }).targets.map((t) => [t.value, t.deadline]);
    expect(found).toEqual([[45, 2035]]);
  });

  it('keeps the index\'s short name in brackets, and reads the place a verb of placing names as the place the text is about', () => {
    expect(ranks('- place Hà Tĩnh among the top 9 provinces in the Digital Transformation Index (DTI).'))
      .toEqual([['Digital Transformation Index (DTI)', 9, 'rank among provinces']]);
    // (A bracket that is no short name ends the field.)
    expect(ranks('to be among the top 9 provinces in the Digital Transformation Index (as the ministry ranks them)').map(([metric]) => metric))
      .toEqual(['Digital Transformation Index']);
  });
});

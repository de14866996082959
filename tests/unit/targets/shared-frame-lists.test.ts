import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

const targets = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('10/01/2025', ...lines) }).targets.map((t) => [t.metric, t.value, t.unit, t.deadline])
  .sort((a, b) => Number(b[1]) - Number(a[1]));

describe('a list that shares one frame', () => {
  it('gives every item after a colon its own target, with the frame\'s deadline', () => {
    expect(targets('By 2032, the ministry strives to have: 40 pilot factories a year; 75 design firms supported; 6 testing centres meeting ASEAN standards.')).toEqual([
      ['design firms supported', 75, 'firms', 2032], ['pilot factories a year', 40, 'factories', 2032], ['testing centres meeting ASEAN standards', 6, 'centres', 2032],
    ]);
  });

  it('reads lettered items under a heading that states the deadline', () => {
    expect(targets('Specific objectives by 2029:', 'a) At least 45 sector databases are opened for reuse;', 'b) Three million households use the public service app.').map((t) => [t[1], t[2], t[3]]))
      .toEqual([[3_000_000, 'households', 2029], [45, 'databases', 2029]]);
  });

  it('reads numbered items that say every one of a whole is done or has something, under a frame with the deadline', () => {
    expect(targets('The plan sets the following goals by 2029:', '1. The share of cashless payments reaches 60 per cent.',
      '2. All craft villages have broadband coverage.', '3. All clinics are connected to the provincial health platform.')).toEqual([
      ['clinics connected to the provincial health platform', 100, '% of clinics', 2029],
      ['craft villages with broadband coverage', 100, '% of craft villages', 2029],
      ['cashless payments', 60, '%', 2029],
    ]);
  });

  it('reads the paragraph right under a heading of a vision and its year by that year, and not the paragraph after it', () => {
    expect(targets('3. Vision to 2045', 'The province becomes a hub of data services; 100 per cent of public records are kept in digital form.',
      'It will also review 40 per cent of its rules.').filter((t) => t[1] !== null)).toEqual([['public records kept in digital form', 100, '%', 2045]]);
  });

  it('reads "the number of <things> to reach N"', () => {
    expect(targets('The plan expects the number of technology incubators to reach 25 by 2031.')).toEqual([['technology incubators', 25, 'incubators', 2031]]);
  });
});

describe('a deadline carried to the paragraphs after it', () => {
  it('carries a time that opens its sentence ("By 2034, …") to the present-tense paragraphs that describe the goal', () => {
    expect(targets('By 2034, the region is to become a hub of precision engineering.', 'Research spending reaches at least 2.5% of regional output.')
      .filter((t) => t[1] !== null)).toEqual([['research spending share of regional output', 2.5, '% of regional output', 2034]]);
  });

  it('does not carry a time that closes another figure\'s sentence to a later paragraph', () => {
    const found = targets('HOST: Your institute aims to train 800 data engineers by 2029.', 'GUEST: Eight hundred sounds ambitious.', 'GUEST: About VND 350 billion over four years.');
    expect(found).toEqual([['data engineers trained', 800, 'engineers', 2029]]);
  });
});

describe('list items that open with their verb under an infinitive frame', () => {
  it('reads "- recruit 40,000 volunteers;" under "The drive aims to:" as a count', () => {
    expect(targets('The drive aims to:', '- recruit 40,000 student volunteers by 2027;', '- train 6,500 commune officials by 2026.')).toEqual([
      ['student volunteers recruited', 40_000, 'volunteers', 2027], ['commune officials trained', 6_500, 'officials', 2026],
    ]);
  });
});

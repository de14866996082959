import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';
import { ARTICLE, metadataOf } from './helpers.ts';

describe('a page dated by its month alone', () => {
  it('dates a brief by the month its header prints, in Vietnamese or English, at month precision', () => {
    for (const line of ['WORKING PAPER No. 4 | Tháng 3/2027 (March 2027)', 'Issue 12 | March 2027']) {
      const meta = metadataOf('MEKONG POLICY LAB', 'Home | Research | Papers | About', line,
        'Counting start-ups: do provincial registers agree with the national one?', ...ARTICLE);
      expect([meta.date, meta.datePrecision, meta.dateSource]).toEqual(['2027-03', 'month', 'header']);
      expect(meta.title).toBe('Counting start-ups: do provincial registers agree with the national one?');
    }
  });

  it('prefers a day the header prints to a month', () => {
    expect(metadataOf('Issue 12 | March 2027', '14/03/2027', 'Counting start-ups in the Mekong Delta', ...ARTICLE).date).toBe('2027-03-14');
  });
});

describe('a headline that asks a question', () => {
  it('is the title, past a breadcrumb above it', () => {
    expect(metadataOf('Research > Digital economy', 'Can the Mekong Delta reach a fifth of its GRDP from the digital economy?', ...ARTICLE).title)
      .toBe('Can the Mekong Delta reach a fifth of its GRDP from the digital economy?');
  });
});

describe('a happening a text dates by its month and by a day of it', () => {
  it('is one event, on the day', () => {
    const { events } = timelineOf({ 'seeds/a.txt': dated('02/10/2026',
      'The findings were presented at a Can Tho policy workshop in August, where officials from six provinces took part.',
      'Notes: [3] The Can Tho policy workshop was held on 21 August 2026.') });
    expect(events.filter((e) => /workshop/i.test(e.title)).map((e) => [e.date, e.kind])).toEqual([['2026-08-21', 'meeting']]);
  });
});

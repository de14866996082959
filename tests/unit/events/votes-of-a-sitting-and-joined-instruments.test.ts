import { describe, expect, it } from 'vitest';
import { timelineOf } from './helpers.ts';

/** The acts of one text, as date, kind and title. */
const actsOf = (paragraphs: string[]) => timelineOf({ 'a.txt': paragraphs.join('\n\n') }).events
  .filter((e) => ['passed', 'adopted', 'approved'].includes(e.kind)).map((e) => [e.date, e.kind, e.title]);

describe('the laws a sitting passes in one vote', () => {
  it('gives each law joined to the object its own act, on the sitting\'s day', () => {
    expect(actsOf([
      'Assembly passes two laws',
      'Posted: 20/05/2026',
      'On the morning of May 20, continuing its ninth session, the National Assembly voted to pass the Law on Open Data and the Law on Digital Archives.',
    ])).toEqual([
      ['2026-05-20', 'passed', 'National Assembly voted to pass the Law on Open Data'],
      ['2026-05-20', 'passed', 'National Assembly voted to pass the Law on Digital Archives'],
    ]);
  });
});

describe('a vote told far down a report of a sitting', () => {
  const report = (voters: string) => [
    'Assembly approves broadband programme',
    'Posted: 20/05/2026',
    'On the morning of May 20, continuing its ninth session, the National Assembly voted to pass the Law on Open Data.',
    'The law takes effect on January 1, 2027.', 'It requires ministries to publish their data sets.', 'Deputies debated it twice.',
    'The drafting committee accepted most proposals.', 'Several deputies asked for a longer transition.', 'The Government agreed.',
    'Broadband for remote areas',
    `${voters} then adopted Resolution No. 88/2026/QH15 on the investment policy for the broadband programme, with 451 votes in favour.`,
  ];

  it('is the sitting\'s, however many paragraphs come between, when the members or the body vote', () => {
    expect(actsOf(report('Deputies'))).toContainEqual(['2026-05-20', 'adopted', 'Deputies adopted Resolution No. 88/2026/QH15']);
    expect(actsOf(report('The National Assembly')).filter(([, kind]) => kind === 'adopted').map(([date]) => date)).toEqual(['2026-05-20']);
  });

  it('is not, when someone else acts', () => {
    expect(actsOf(report('The ministry')).filter(([, kind]) => kind === 'adopted')).toEqual([]);
  });
});

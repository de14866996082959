import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

/** The targets of a text published on `day`, as [metric, comparator, value, unit, deadline]. */
const targetsOf = (day: string, ...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(day, ...lines) }).targets
  .map((t) => [t.metric, t.comparator, t.value, t.unit, t.deadline]);

describe('a progress report\'s figures, done by a day before the page or beside a plan\'s schedule', () => {
  it('gives no target for what was done by a day over before the page, nor for the items of a list after it', () => {
    expect(targetsOf('14/10/2030', 'Results so far', '- By 30 September, 88.1% of school fees were paid online.',
      '- Eleven border communes received fibre connections.', '- 41,000 households signed up for e-health records.')).toEqual([]);
    // (The same frame, told before its day, is the list's deadline.)
    expect(targetsOf('14/08/2030', 'By 30 September, the province aims for:', '- 95% of school fees paid online;',
      '- 12,000 more households with e-health records.').map(([, , value, , deadline]) => `${value} by ${deadline}`).sort())
      .toEqual(['12000 by 2030', '95 by 2030']);
  });

  it('reads a figure reported after a comparison with the plan\'s schedule as reported, not planned', () => {
    expect(targetsOf('14/10/2030', 'By the end of the third quarter, 610 firms had joined the platform, ahead of the plan\'s schedule, and '
      + '74% of invoices were issued electronically.')).toEqual([]);
  });

  it('reads a share that held something by a month over before the page, past "he said", as reported', () => {
    expect(targetsOf('24/10/2030', 'By the end of September, he said, 58 percent of the 220,000 workers in the parks held a basic '
      + 'digital skills certificate (nationwide: 36 percent).')).toEqual([]);
    expect(targetsOf('24/10/2030', 'By the end of December, 70 percent of the workers will hold the certificate.')
      .map(([, , value, , deadline]) => `${value} by ${deadline}`)).toEqual(['70 by 2030']);
  });

  it('reads a count that carried something, past a list of what it counts, as reported', () => {
    expect(targetsOf('14/10/2030', 'Results', '- 12,500 hectares of pepper, cashew and cocoa carried digital origin labels, more than the '
      + 'plan had expected by the end of the year.')).toEqual([]);
  });
});

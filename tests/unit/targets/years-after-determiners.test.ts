import { describe, expect, it } from 'vitest';
import { timelineOf } from '../events/helpers.ts';

const page = (title: string, date: string, ...lines: string[]) => [title, `Cập nhật lúc 08:15, ${date}`, ...lines].join('\n');
const targets = (text: string) => timelineOf({ 'seeds/a.txt': text }).targets.map((t) => [t.scope, t.metric, t.value, t.deadline]);

describe('a year after a determiner', () => {
  it('frames the targets its sentence lists: "The 2030 targets remain as the plan set them: …"', () => {
    const found = targets(page('Bến Tre reviews its digital plan', '14/01/2030',
      'The Bến Tre Provincial People\'s Committee reviewed its digital plan on Monday.',
      'The 2030 targets remain as the plan set them: the digital economy is to reach 22% of GRDP, and 90% of coconut cooperatives are to '
        + 'use digital accounting software.'));
    expect(found).toHaveLength(2);
    expect(found).toEqual(expect.arrayContaining([
      ['Ben Tre', expect.stringContaining('digital economy'), 22, 2030],
      ['Ben Tre', expect.stringContaining('coconut cooperatives'), 90, 2030],
    ]));
  });

  it('still leaves a year inside a name undated: "the Innovation Festival 2030 drew 5,000 visitors"', () => {
    expect(targets(page('Festival closes', '14/01/2030', 'The Innovation Festival 2030 drew 5,000 visitors, the organisers said.',
      'It will return next year.'))).toEqual([]);
  });
});

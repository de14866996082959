import { describe, expect, it } from 'vitest';
import { timelineOf } from '../events/helpers.ts';

/** The targets of one text: deadline, metric, value, max and unit, in a fixed order. */
const targetsOf = (lines: string[]) => timelineOf({ 'a.txt': lines.join('\n\n') }).targets.map((t) => [t.deadline, t.metric, t.value, t.unit])
  .sort((a, b) => String(a).localeCompare(String(b)));
const scheme = (...lines: string[]) => targetsOf(['Lai Chau approves a tea scheme', 'Posted: 21/08/2029',
  'Article 1. To approve the Scheme on Digital Value Chains for Tea in Lai Chau Province to 2030, with the following main contents:', ...lines]);

describe('a decision\'s scheme', () => {
  it('reports what its "Current situation:" says, and sets what its targets say', () => {
    expect(scheme('2. Current situation: the province has 3,200 ha of tea; 41% of the tea area has digital planting-area codes.',
      '3. Targets: by 2030, at least 80% of the tea area has digital planting-area codes.'))
      .toEqual([[2030, 'the tea area has digital planting-area codes', 80, '%']]);
  });

  it('ranks the province among its region\'s producers: the region is where the ranking is held, not what is ranked', () => {
    expect(scheme('c) Vision to 2035: Lai Chau is among the top 3 tea-producing provinces of the Northern Midlands and Mountains region.'))
      .toEqual([[2035, 'tea-producing provinces', 3, 'rank among tea-producing provinces']]);
  });

  it('reads every one of a whole placed in the province, that has a thing by a deadline', () => {
    expect(scheme('a) By the end of 2029, all tea cooperatives in the province have online stores on at least one e-commerce platform.'))
      .toEqual([[2029, 'tea cooperatives with online stores on at least one e-commerce platform', 100, '% of tea cooperatives']]);
  });
});

import { describe, expect, it } from 'vitest';
import { amountParser } from '../../../src/pipeline/targets/amount-parser.ts';
import { timelineOf } from '../events/helpers.ts';

const propose = (text: string) => amountParser.propose(text).map((p) => [p.metric, p.value, p.unit]);

describe('a share wanted, a ratio, and a goal for every one of a whole', () => {
  it('reads "wants N% of X to be in Y" as the share of X in Y', () => {
    expect(propose('The province wants 25 per cent of its farm workforce to be in digital services by 2030, up from 9 per cent now.'))
      .toEqual([['farm workforce in digital services', 25, '%']]);
  });

  it('reads no count of one in a ratio ("one in five factory jobs"), but the share it is', () => {
    expect(propose('Headlines: Long An wants one in five factory jobs to be high-tech by 2030.')).toEqual([['factory jobs high-tech', 20, '%']]);
  });

  it('reads "the goal of X being used in all of the city\'s Y" as every one of Y', () => {
    expect(propose('The plan also sets the goal of AI tools being used in all of the city\'s public clinics by 2027.'))
      .toEqual([['AI tools used in public clinics', 100, '% of public clinics']]);
  });

  it('scopes "the city\'s" to the city the paragraph before named, in a bulletin of items about several places', () => {
    const { targets } = timelineOf({ 'seeds/a.txt': ['Evening news bulletin', '12/11/2026',
      '[00:08] PRESENTER: Good evening. Our first story: a new data centre, and a fund for start-ups.',
      '[00:31] REPORTER: This morning the Hải Phòng People\'s Committee opened a public data centre for start-ups and hospitals.',
      '[00:49] REPORTER: The plan also sets the goal of AI tools being used in all of the city\'s public hospitals by 2027.'].join('\n') });
    expect(targets.map((t) => [t.value, t.scope])).toEqual([[100, 'Hai Phong City']]);
  });
});

describe('counts joined in one aim', () => {
  it('reads a range of number words before a long phrase, and the count after it, each by the shared deadline', () => {
    const { targets } = timelineOf({ 'seeds/a.txt': ['Council backs chip policy', '08/08/2026',
      'Through the resolution, Quảng Nam aims to attract six to eight chip design and testing firms and to have 1,500 chip engineers '
        + 'working in the province by 2030.'].join('\n') });
    expect(targets.map((t) => [t.metric, t.value, t.max, t.deadline])).toEqual([
      ['chip design and testing firms attracted', 6, 8, 2030], ['chip engineers working in the province', 1500, null, 2030],
    ]);
  });

  it('ends a counted phrase before "and some" and reads the count after it', () => {
    expect(propose('The ministry aims to support at least 300 licensing deals and some 90 university spin-offs by 2031.').map((p) => p.slice(0, 2)))
      .toEqual(expect.arrayContaining([['licensing deals supported', 300], ['university spin-offs', 90]]));
  });

  it('reads a part "of which" of a count after a verb, and a national figure "above" which a share is set as its benchmark', () => {
    const { targets } = timelineOf({ 'seeds/a.txt': ['Interview with the director', '10/03/2027',
      'Under the programme, the city aims to have 4,000 innovative start-ups by 2030, of which at least 400 in deep technology, and to raise '
        + 'spending on research and development to 2.2 per cent of GRDP by 2030, above the national target of 2 per cent.'].join('\n') });
    expect(targets.map((t) => [t.metric, t.value, t.benchmark?.value ?? null]).sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([
      [expect.stringMatching(/research and development/), 2.2, 2], ['innovative start-ups in deep technology', 400, null],
      ['innovative start-ups', 4000, null],
    ]);
  });
});

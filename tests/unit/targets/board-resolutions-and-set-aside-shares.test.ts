import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

const targets = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('02/07/2028', ...lines) }).targets
  .map((t) => [t.scope, t.metric, t.value, t.deadline]);

describe("a resolution of a firm's own board", () => {
  const resolution = [
    'Investor Relations › Information disclosure',
    'On July 1, 2028, the Board of Directors of Trường Sơn Logistics Corporation met and adopted Resolution No. 07/2028/NQ-HĐQT.',
    'RESOLUTION No. 07/2028/NQ-HĐQT',
    'of the Board of Directors of Trường Sơn Logistics Corporation',
    'Article 1. To approve the Digital Transformation Strategy for 2028–2030, with the following targets to 2030:',
    'a) spending on research and development to reach at least 2.5% of consolidated revenue;',
    'b) digital services to account for 30% of total revenue.',
  ];

  it("sets the firm's targets, though its items do not name it", () => {
    expect(targets(...resolution).map((t) => t[0])).toEqual(['Trường Sơn Logistics Corporation', 'Trường Sơn Logistics Corporation']);
  });

  it('sets no target in a share of its profit set aside for a fund', () => {
    expect(targets(...resolution, 'Article 2. To establish a Science Fund, to which 8% of pre-tax profit is to be set aside each year from 2029.')
      .map((t) => t[2]).sort()).toEqual([2.5, 30]);
  });
});

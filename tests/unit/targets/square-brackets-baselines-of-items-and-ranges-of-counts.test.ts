import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

/** Scope, metric, comparator, value, top of range, unit, deadline and benchmark of each target a text sets, by metric. */
const targets = (date: string, ...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(date, 'Binh Phuoc province sets its plan', ...lines) })
  .targets.map((t) => [t.scope, t.metric, t.comparator, t.value, t.max, t.unit, t.deadline, t.benchmark?.value ?? null])
  .sort((a, b) => String(a[1]).localeCompare(String(b[1])));

describe('an aside in square brackets', () => {
  it('is the benchmark of the local figure before it, not a target of its own', () => {
    expect(targets('10/03/2026', 'The plan keeps the 2030 goals: a digital economy worth 24% of GRDP [national: 30%] and research spending of at least '
      + '1.1% of GRDP [national: 2%].')).toEqual([
      ['Binh Phuoc', 'digital economy worth share of GRDP', '=', 24, null, '% of GRDP', 2030, 30],
      ['Binh Phuoc', 'research spending share of GRDP', '>=', 1.1, null, '% of GRDP', 2030, 2],
    ]);
  });

  it('leaves a transcript\'s time stamp out of the figures', () => {
    const found = targets('10/03/2026', '[00:04:15] HOST: The province wants 70% of farm co-operatives to sell online by 2028.');
    expect(found.map((t) => [t[3], t[5], t[6]])).toEqual([[70, '%', 2028]]);
    expect(found[0]![1]).not.toMatch(/HOST|00/);
  });
});

describe('an item of a list with its baseline after it', () => {
  const frame = 'Under the plan, by the end of 2028 Binh Phuoc strives to:';

  it('is due when the frame says, whatever past time its baseline names', () => {
    expect(targets('10/03/2026', frame, '- raise the digital economy to 14-16% of GRDP, up from an estimated 8.2% in 2025;',
      '- provide 80% of administrative procedures as full-process online public services, against 57% at the end of last year;',
      '- rank in the top 5 provinces of the Southeast on the Provincial Innovation Index, up from ninth place in 2025.').map((t) => [t[1], t[3], t[6]]))
      .toEqual([
        ['administrative procedures as full-process online public services provided', 80, 2028],
        ['digital economy share of GRDP', 14, 2028],
        ['Provincial Innovation Index', 5, 2028],
      ]);
  });

  it('still reads a plain sentence dated in the past by its baseline as a figure, not a target', () => {
    expect(targets('10/03/2026', 'The province will spend VND 900 billion on science in 2026.',
      'The sum equals 2.4% of total budget spending, up from 1.5% in 2025.').filter((t) => t[3] === 2.4)).toEqual([]);
  });

  it('takes "against a target of 30 per cent by 2030" for the aim, not a baseline', () => {
    expect(targets('10/03/2026', 'The digital economy made up 12.5 per cent of GRDP in 2025, against a target of 30 per cent by 2030.'))
      .toEqual([['Binh Phuoc', 'digital economy share of GRDP', '=', 30, null, '% of GRDP', 2030, null]]);
  });
});

describe('the number of things "to between" two figures', () => {
  it('is a range of those things', () => {
    expect(targets('10/03/2026', 'By 2028 the province aims to grow the number of digital technology enterprises to between 900 and 1,100.'))
      .toEqual([['Binh Phuoc', 'digital technology enterprises', '=', 900, 1100, 'enterprises', 2028, null]]);
  });
});

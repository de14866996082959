import { describe, expect, it } from 'vitest';
import { instruments } from './helpers.ts';

describe('numbered things that are not instruments', () => {
  it('ignores data centres, halls, units and projects', () => {
    expect(instruments('A technician checks servers at Data Center No. 3 in Hall No. 2, near Residential Unit No. 2, under Project 06.')).toEqual([]);
  });

  it('ignores codes without type letters unless "No." introduces them', () => {
    expect(instruments('The COVID-19 response and 5-G/ABC tests went on.')).toEqual([]);
  });
});

describe('a number after a noun that is no instrument word', () => {
  it('reads "Licence No. 58/GP-TTĐT" and "Alert No. 9/CB-X" as no dispatch, and "under No. 1234/UBND-KGVX" as one', () => {
    expect(instruments('© 2026 Delta Review. Licence No. 58/GP-TTĐT. Warning: Alert No. 9/CB-VNCERT went out.')).toEqual([]);
    expect(instruments('The committee wrote to the districts under No. 1234/UBND-KGVX.').map((m) => m[1])).toEqual(['dispatch']);
  });
});

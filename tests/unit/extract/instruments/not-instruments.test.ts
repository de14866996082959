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

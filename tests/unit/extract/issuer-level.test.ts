import { describe, expect, it } from 'vitest';
import { issuerLevel } from '../../../src/pipeline/extract/issuer-level.ts';

describe('the issuer level of an instrument, from its code', () => {
  it.each([
    ['NQ/TW', 'party'], ['KL/TW', 'party'], ['QĐ/TW', 'party'], ['KH/BCĐTW', 'party'], ['CTr/ĐU', 'party'],
    ['2025/QH15', 'national-assembly'], ['QH15', 'national-assembly'], ['2024/UBTVQH15', 'national-assembly'],
    ['NQ-CP', 'government'], ['2025/NĐ-CP', 'government'], ['2023/ND-CP', 'government'], ['QĐ-TTg', 'government'], ['QD-TTg', 'government'],
    ['CT-TTg', 'government'], ['TB-VPCP', 'government'],
    ['KH-BKHCN', 'ministry'], ['QĐ-BTTTT', 'ministry'], ['2025/TT-BKHCN', 'ministry'], ['2017/TT-BTC', 'ministry'], ['QĐ-BNNMT', 'ministry'], ['TT-NHNN', 'ministry'],
    ['KH-UBND', 'province-or-city'], ['QĐ-UBND', 'province-or-city'], ['2025/NQ-HĐND', 'province-or-city'], ['NQ/TU', 'province-or-city'],
    ['CTr/TU', 'province-or-city'], ['KH-SKHCN', 'province-or-city'], ['BC-UBND', 'province-or-city'], ['UBND-KGVX', 'province-or-city'],
  ])('reads %s as %s', (code, level) => {
    expect(issuerLevel(code)).toBe(level);
  });

  it('does not take a report\'s letters or a steering committee\'s for a ministry', () => {
    expect(issuerLevel('BC')).toBeNull();
    expect(issuerLevel('KH-BCĐ')).toBeNull();
  });

  it('falls back on the issuer a text names when there is no code, the local body before the Party\'s centre', () => {
    expect(issuerLevel(null, 'Politburo')).toBe('party');
    expect(issuerLevel(null, 'Ha Tinh Provincial Party Committee')).toBe('province-or-city');
    expect(issuerLevel(null, 'National Assembly')).toBe('national-assembly');
    expect(issuerLevel(null, 'Prime Minister')).toBe('government');
    expect(issuerLevel(null, 'Ministry of Science and Technology')).toBe('ministry');
    expect(issuerLevel(undefined, undefined)).toBeNull();
  });

  it('trusts the code over the issuer named', () => {
    expect(issuerLevel('NQ-CP', 'Politburo')).toBe('government');
  });
});

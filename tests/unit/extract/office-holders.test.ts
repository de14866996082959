import { describe, expect, it } from 'vitest';
import { officeHolders } from '../../../src/pipeline/extract/office-holders.ts';
import type { Mention } from '../../../src/pipeline/extract/types.ts';

const named = (key: string, roles: string[]): Mention => ({
  type: 'person', key, name: key, block: 0, start: 0, end: key.length, text: key, roles, via: 'name', certain: true,
  sentence: { block: 0, start: 0, end: key.length, text: key },
});

describe('office holders', () => {
  const holder = officeHolders([
    { date: '2021-04-05', mentions: [named('pham minh chinh', ['Prime Minister'])] },
    { date: '2016-04-07', mentions: [named('nguyen xuan phuc', ['Prime Minister'])] },
    { date: '2024-01-01', mentions: [named('nguyen xuan phuc', ['former Prime Minister'])] },
    { date: '2018-10-21', mentions: [named('b person', ['Prime Minister']), named('a person', ['Prime Minister'])] },
    { date: null, mentions: [named('z undated', ['Party chief'])] },
  ]);

  it('names the holder a text names nearest in date, not a former holder', () => {
    expect(holder('prime minister', '2025-01-13')).toBe('pham minh chinh');
    expect(holder('prime minister', '2016-05')).toBe('nguyen xuan phuc');
  });

  it('takes the first key in string order on a tie, or when the date cannot be compared', () => {
    expect(holder('prime minister', '2018-10-21')).toBe('a person');
    expect(holder('prime minister', '2020-01-13')).toBe('pham minh chinh');
    expect(holder('prime minister', '2020-01-12')).toBe('a person');
    expect(holder('prime minister', null)).toBe('a person');
    expect(holder('general secretary', '2025-01-13')).toBe('z undated');
  });

  it('names nobody for an office no text names', () => {
    expect(holder('president', '2025-01-13')).toBeUndefined();
  });
});

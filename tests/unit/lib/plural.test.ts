import { describe, expect, it } from 'vitest';
import { plural } from '../../../src/lib/plural.ts';

describe('plural', () => {
  it('keeps the noun singular for one and adds an s otherwise', () => {
    expect(plural(1, 'text')).toBe('1 text');
    expect(plural(0, 'outlet')).toBe('0 outlets');
    expect(plural(5, 'text')).toBe('5 texts');
  });
});

describe('plural with an irregular plural', () => {
  it('uses the given plural for any count but one', () => {
    expect(plural(1, 'person', 'people')).toBe('1 person');
    expect(plural(3, 'person', 'people')).toBe('3 people');
  });
});

describe('plural with a large count', () => {
  it('separates thousands, as the pages of a large corpus show them', () => {
    expect(plural(12500, 'mention')).toBe('12,500 mentions');
  });
});

import { describe, expect, it } from 'vitest';
import { plural } from '../../../src/lib/plural.ts';

describe('plural', () => {
  it('keeps the noun singular for one and adds an s otherwise', () => {
    expect(plural(1, 'text')).toBe('1 text');
    expect(plural(0, 'outlet')).toBe('0 outlets');
    expect(plural(5, 'text')).toBe('5 texts');
  });
});

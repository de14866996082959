import { describe, expect, it } from 'vitest';
import { isCurrent } from '../../../src/lib/navigation.ts';

describe('isCurrent', () => {
  it('marks home only on the home page itself', () => {
    expect(isCurrent('/kb/', '/kb/', '/kb/')).toBe(true);
    expect(isCurrent('/kb/documents/', '/kb/', '/kb/')).toBe(false);
  });

  it('marks a section on its pages and sub-pages', () => {
    expect(isCurrent('/kb/documents/', '/kb/documents/', '/kb/')).toBe(true);
    expect(isCurrent('/kb/documents/a/b/', '/kb/documents/', '/kb/')).toBe(true);
    expect(isCurrent('/kb/search/', '/kb/documents/', '/kb/')).toBe(false);
  });
});

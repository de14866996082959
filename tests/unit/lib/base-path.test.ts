import { describe, expect, it } from 'vitest';
import { joinBase, normalizeBase } from '../../../src/lib/base-path.ts';

describe('normalizeBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['kb', '/kb/'],
    ['/kb/sub', '/kb/sub/'],
    ['kb/sub/', '/kb/sub/'],
    ['//kb//', '/kb/'],
  ])('turns %j into %j', (input, expected) => {
    expect(normalizeBase(input)).toBe(expected);
  });
});

describe('joinBase', () => {
  it('puts a site-absolute path under the base path', () => {
    expect(joinBase('/kb/sub/', '/documents/x/')).toBe('/kb/sub/documents/x/');
  });

  it('accepts a base path without a trailing slash', () => {
    expect(joinBase('/kb', '/search/')).toBe('/kb/search/');
  });

  it('leaves paths unchanged under the root base', () => {
    expect(joinBase('/', '/')).toBe('/');
    expect(joinBase('/', '/documents/a/b/')).toBe('/documents/a/b/');
  });
});

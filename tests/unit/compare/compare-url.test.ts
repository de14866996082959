import { describe, expect, it } from 'vitest';
import { compareSearch, documentIdOf, entityIdOf, isDocumentId } from '../../../src/lib/compare/compare-url.ts';

describe('isDocumentId', () => {
  it.each(['000-db993b332dcaee0e', 'outlet/report', 'a/b/c_d.e'])('accepts %s', (id) => expect(isDocumentId(id)).toBe(true));
  it.each(['', '../secret', 'a/../b', '/abs', 'a//b', 'a/', 'https://x.org/a', 'a?b', 'a#b', '.'])('rejects %s', (id) => expect(isDocumentId(id)).toBe(false));
});

describe('documentIdOf', () => {
  it('reads the id of a document page under the base path, subfolders included', () => {
    expect(documentIdOf('/kb/sub/documents/outlet/report/', '/kb/sub/')).toBe('outlet/report');
    expect(documentIdOf('http://127.0.0.1:4000/kb/sub/documents/001-a/', '/kb/sub/')).toBe('001-a');
  });

  it('gives null for pages that are not documents', () => {
    expect(documentIdOf('/kb/sub/entities/person/to-lam/', '/kb/sub/')).toBeNull();
    expect(documentIdOf('/documents/x/', '/kb/sub/')).toBeNull();
  });
});

describe('entityIdOf', () => {
  it('reads entity ids from absolute and relative links', () => {
    expect(entityIdOf('/kb/sub/entities/person/to-lam/')).toBe('person/to-lam');
    expect(entityIdOf('../../entities/resolution/57-nq-tw/')).toBe('resolution/57-nq-tw');
    expect(entityIdOf('/kb/sub/entities/person/')).toBeNull();
    expect(entityIdOf('/kb/sub/documents/x/')).toBeNull();
  });
});

describe('compareSearch', () => {
  it('holds both ids and leaves out an empty one', () => {
    expect(compareSearch('outlet/a', 'b')).toBe('?a=outlet%2Fa&b=b');
    expect(compareSearch('a', '')).toBe('?a=a');
  });
});

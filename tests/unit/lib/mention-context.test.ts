import { describe, expect, it } from 'vitest';
import { groupByDocument, markMention } from '../../../src/lib/mention-context.ts';

describe('markMention', () => {
  it('splits a sentence around the first occurrence of the mention', () => {
    expect(markMention('General Secretary To Lam met To Lam’s guests.', 'To Lam')).toEqual({ before: 'General Secretary ', mention: 'To Lam', after: ' met To Lam’s guests.' });
  });

  it('falls back to a match that ignores case, keeping the sentence\'s own spelling', () => {
    expect(markMention('The politburo met.', 'Politburo')).toEqual({ before: 'The ', mention: 'politburo', after: ' met.' });
  });

  it('leaves the sentence whole when the mention is not in it', () => {
    expect(markMention('Nothing here.', 'Resolution 57')).toEqual({ before: 'Nothing here.', mention: '', after: '' });
  });
});

describe('groupByDocument', () => {
  const items = [{ document: 'a', n: 1 }, { document: 'c', n: 2 }, { document: 'b', n: 3 }, { document: 'a', n: 4 }, { document: 'z', n: 5 }];

  it('groups items by document in the given document order, keeping item order, unknown documents last', () => {
    expect(groupByDocument(items, new Map([['b', 0], ['a', 1], ['c', 2]])).map((g) => [g.document, g.items.map((i) => i.n)])).toEqual([
      ['b', [3]], ['a', [1, 4]], ['c', [2]], ['z', [5]],
    ]);
  });
});

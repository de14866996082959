import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/pipeline/build.ts';
import type { KnownEntity } from '../../../src/schemas/entity.ts';

const text = (path: string, value: string) => ({ path, bytes: new TextEncoder().encode(value) });
const KNOWN: KnownEntity[] = [{ id: 'person/to-lam', type: 'person', name: 'To Lam', aliases: ['Tô Lâm'], description: 'General Secretary.', sources: ['https://example.org/to-lam'] }];

describe('entities resolved across texts', () => {
  const { entities } = buildCorpus([
    text('seeds/a.txt', 'On January 5, General Secretary Tô Lâm met Minister of Home Affairs Pham Thi Thanh Tra after Resolution No. 18-NQ/TW of October 25, 2017.\nThe Prime Minister asked for speed.'),
    text('seeds/b.txt', 'On March 2, General Secretary To Lam and Politburo member, Prime Minister Pham Minh Chinh discussed Resolution 18 with the Fatherland Front.\nThe report of Le Van Tam was read.'),
    text('seeds/c.txt', 'On April 9, the Vietnam Fatherland Front met to review Resolution No. 18-NQ/TW of October 25, 2017.\nMs. Pham Thi Thanh Tra, Minister of Home Affairs, attended.'),
  ], { known: KNOWN });
  const byId = new Map(entities.map((e) => [e.id, e]));

  it('merges spellings with and without diacritics into the curated entity, keeping both as aliases', () => {
    const person = byId.get('person/to-lam');
    expect(person?.documents).toEqual(['a', 'b']);
    expect(person?.aliases).toContain('Tô Lâm');
    expect(person?.description).toBe('General Secretary.');
  });

  it('merges a bare instrument number into the one coded instrument with that number', () => {
    expect(byId.get('resolution/18-nq-tw')?.mentions.map((m) => [m.document, m.text])).toEqual([
      ['a', 'Resolution No. 18-NQ/TW'], ['b', 'Resolution 18'], ['c', 'Resolution No. 18-NQ/TW'],
    ]);
  });

  it('merges a short organization name into the longer one that adds a word before it', () => {
    expect(byId.get('organization/vietnam-fatherland-front')?.documents).toEqual(['b', 'c']);
  });

  it('resolves an office named alone to the holder another text names nearest in time', () => {
    const pm = byId.get('person/pham-minh-chinh');
    expect(pm?.mentions.map((m) => [m.document, m.text])).toEqual([['a', 'Prime Minister'], ['b', 'Pham Minh Chinh']]);
  });

  it('keeps every role with the document and date that state it', () => {
    const tra = byId.get('person/pham-thi-thanh-tra');
    expect(tra?.type === 'person' && tra.roles.map((r) => [r.title, r.document, r.date])).toEqual([
      ['Minister of Home Affairs', 'a', '2018-01-05'], ['Minister of Home Affairs', 'c', '2018-04-09'],
    ]);
  });

  it('drops a bare name that no text confirms as a person', () => {
    expect(byId.has('person/le-van-tam')).toBe(false);
  });

  it('counts entities named in the same paragraphs as related', () => {
    expect(byId.get('person/to-lam')?.related.map((r) => r.id)).toContain('person/pham-minh-chinh');
  });
});

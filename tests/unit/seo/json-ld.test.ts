import { describe, expect, it } from 'vitest';
import { documentLd, entityLd, eventLd, isSpeech, serializeJsonLd, websiteLd, type LdSite } from '../../../src/lib/seo/json-ld.ts';
import type { DocumentData } from '../../../src/schemas/document.ts';
import type { EntitySummary } from '../../../src/schemas/entity-summary.ts';
import type { Event } from '../../../src/schemas/event.ts';

const site: LdSite = { name: 'Policy Texts', at: (path) => `https://example.org/kb${path}` };

const document = (over: Partial<DocumentData> = {}): DocumentData => ({
  id: 'a/report', file: 'seeds/a/report.txt', title: 'Province sets digital targets', titleSource: 'inferred', alternateTitles: [],
  date: '2025-01-13', datePrecision: 'day', dateSource: 'header', dateNote: '', source: 'Vietnam.vn', url: 'https://vietnam.vn/x',
  language: 'en', languages: ['en'], excerpt: 'The province will …', blockCount: 3, wordCount: 120, ...over,
} as DocumentData);

const entity = (over: Partial<EntitySummary>): EntitySummary => ({
  id: 'person/to-lam', type: 'person', name: 'To Lam', aliases: ['Tô Lâm', 'To Lam'], description: null, sources: [], latestTitle: 'General Secretary',
  number: null, code: null, issuer: null, date: null, title: null, mentionCount: 3, documentCount: 2, statementCount: 1, firstNamed: null, lastNamed: null, related: [], ...over,
} as EntitySummary);

describe('JSON-LD of each kind of page', () => {
  it('the site is a WebSite whose SearchAction sends the query to the search page', () => {
    const ld = websiteLd(site, 'About policy.', 'en');
    expect(ld['@type']).toBe('WebSite');
    expect(ld).toMatchObject({ '@context': 'https://schema.org', url: 'https://example.org/kb/', inLanguage: 'en' });
    expect(ld.potentialAction).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: 'https://example.org/kb/search/?q={search_term_string}' },
      'query-input': 'required name=search_term_string',
    });
  });

  it('a report is a NewsArticle with its outlet as publisher and the original as isBasedOn', () => {
    const ld = documentLd(site, document());
    expect(ld).toMatchObject({ '@type': 'NewsArticle', headline: 'Province sets digital targets', datePublished: '2025-01-13', publisher: { '@type': 'Organization', name: 'Vietnam.vn' }, isBasedOn: 'https://vietnam.vn/x', url: 'https://example.org/kb/documents/a/report/' });
    expect(ld).not.toHaveProperty('genre');
  });

  it('a speech is a CreativeWork of genre "speech"; an undated text has no datePublished and no blank publisher', () => {
    const ld = documentLd(site, document({ title: 'Speech by the General Secretary at the conference', date: null, source: null, url: null }));
    expect(ld).toMatchObject({ '@type': 'CreativeWork', genre: 'speech' });
    expect(Object.keys(ld)).not.toEqual(expect.arrayContaining(['datePublished']));
    expect(ld).not.toHaveProperty('publisher');
    expect(ld).not.toHaveProperty('isBasedOn');
  });

  it('tells a speech from a report about one', () => {
    expect(isSpeech('Full text of remarks by the Prime Minister')).toBe(true);
    expect(isSpeech('Delegates comment on the speech of the General Secretary')).toBe(false);
    expect(isSpeech('Vietnam addresses the digital gap')).toBe(false);
  });

  it('entities: Person with jobTitle, Organization, Legislation for instruments and laws, CreativeWork for a programme', () => {
    expect(entityLd(site, entity({}))).toMatchObject({ '@type': 'Person', name: 'To Lam', jobTitle: 'General Secretary', alternateName: ['Tô Lâm'] });
    expect(entityLd(site, entity({ id: 'organization/politburo', type: 'organization', name: 'Politburo', aliases: [], latestTitle: null }))['@type']).toBe('Organization');
    const resolution = entityLd(site, entity({ id: 'resolution/57-nq-tw', type: 'resolution', name: 'Resolution 57-NQ/TW', aliases: [], latestTitle: null, number: '57', code: 'NQ/TW', issuer: 'Politburo', date: '2024-12-22', title: 'On breakthroughs in science' }));
    expect(resolution).toMatchObject({ '@type': 'Legislation', legislationType: 'resolution', legislationIdentifier: '57-NQ/TW', legislationDate: '2024-12-22', legislationPassedBy: { '@type': 'Organization', name: 'Politburo' }, alternateName: ['On breakthroughs in science'] });
    expect(entityLd(site, entity({ id: 'law/law-on-science', type: 'law', name: 'Law on Science', aliases: [], latestTitle: null }))['@type']).toBe('Legislation');
    expect(entityLd(site, entity({ id: 'programme/x', type: 'programme', name: 'Programme X', aliases: [], latestTitle: null }))).toMatchObject({ '@type': 'CreativeWork', genre: 'programme' });
  });

  it('an event is an Event over the days its date covers, with its place', () => {
    const event = { id: '2025-01-13-conference', kind: 'meeting', title: 'National conference', date: '2025-01', precision: 'month', from: '2025-01-01', to: '2025-01-31', inferred: [], place: 'Hanoi', participants: [], entities: [], sources: [] } as unknown as Event;
    expect(eventLd(site, event, 'Meeting, January 2025')).toMatchObject({ '@type': 'Event', name: 'National conference', startDate: '2025-01-01', endDate: '2025-01-31', location: { '@type': 'Place', name: 'Hanoi' }, url: 'https://example.org/kb/events/2025-01-13-conference/' });
  });
});

describe('serializing JSON-LD for a script element', () => {
  const hostile = { name: '</script><script>alert(1)</script><!-- & \u2028' };

  it('writes no "<", ">" or "&" at all, so seed text cannot close the element', () => {
    const text = serializeJsonLd(hostile);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(text).toContain('\\u003c/script\\u003e');
  });

  it('still parses back to the same data', () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
  });
});

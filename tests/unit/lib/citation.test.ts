import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { bibtexEntry, escapeBibtex } from '../../../src/lib/citation/bibtex.ts';
import { cslJson } from '../../../src/lib/citation/csl-json.ts';
import { chicagoDate, plainCitation } from '../../../src/lib/citation/plain-text.ts';
import type { CitationSource, CitationTarget } from '../../../src/lib/citation/source.ts';
import { citations } from '../../../src/lib/citation/index.ts';
import { CslDataSchema } from '../../helpers/csl-data-schema.ts';

const speech: CitationSource = {
  id: 'outlet/speech-57',
  title: 'Tô Lâm: Nghị quyết 57 is a “breakthrough” for science & technology',
  source: 'Báo Nhân Dân',
  date: '2025-01-13',
  url: 'https://nhandan.vn/a_b%20c?x=1#top',
  language: 'vi',
};
const permalink = 'https://example.org/kb/documents/outlet/speech-57/';
const whole: CitationTarget = { document: speech, permalink };
const paragraph5: CitationTarget = { document: speech, permalink, paragraph: 5 };
const undated: CitationTarget = { document: { ...speech, id: 'x', source: null, date: null, url: null, title: 'What next?' }, permalink: '/kb/documents/x/' };

/** Parses BibTeX as reference managers do (Better BibTeX's parser), without changing the case of titles. */
function parseOne(bibtex: string) {
  const library = parse(bibtex, { sentenceCase: false });
  expect(library.errors).toEqual([]);
  expect(library.entries).toHaveLength(1);
  return library.entries[0]!;
}

describe('plain-text citation', () => {
  it('gives title, outlet, date, original URL and permalink in Chicago style', () => {
    expect(plainCitation(whole)).toBe(
      '“Tô Lâm: Nghị quyết 57 is a “breakthrough” for science & technology.” Báo Nhân Dân, January 13, 2025. '
      + 'https://nhandan.vn/a_b%20c?x=1#top. Policy Texts, https://example.org/kb/documents/outlet/speech-57/.',
    );
  });

  it('adds the paragraph and its anchor for a paragraph', () => {
    expect(plainCitation(paragraph5)).toContain('Báo Nhân Dân, January 13, 2025, para. 5.');
    expect(plainCitation(paragraph5)).toMatch(/Policy Texts, https:\/\/example\.org\/kb\/documents\/outlet\/speech-57\/#p-5\.$/);
  });

  it('writes n.d. for an undated text, leaves out an unknown outlet and keeps a title\'s own punctuation', () => {
    expect(plainCitation(undated)).toBe('“What next?” n.d. Policy Texts, /kb/documents/x/.');
  });

  it.each([['2025-01-13', 'January 13, 2025'], ['2025-03', 'March 2025'], ['2025', '2025'], [null, 'n.d.']])('dates %j as %j', (date, text) => {
    expect(chicagoDate(date)).toBe(text);
  });
});

describe('BibTeX', () => {
  it('parses back to the same title, outlet, date, URL and note', () => {
    const entry = parseOne(bibtexEntry(paragraph5));
    expect(entry.type).toBe('misc');
    expect(entry.key).toBe('outlet:speech-57:p5');
    expect(entry.fields).toMatchObject({
      title: speech.title,
      howpublished: 'Báo Nhân Dân',
      year: '2025',
      month: '1',
      date: '2025-01-13',
      url: `${permalink}#p-5`,
      note: 'Paragraph 5. Original: https://nhandan.vn/a_b%20c?x=1#top. Via Policy Texts',
      language: 'vi',
    });
  });

  it('escapes every LaTeX special character, so that the text reads back as written', () => {
    const title = 'Budget 100% & $5bn: {x} #1 a_b ^ ~ \\ end';
    expect(escapeBibtex(title)).toBe('Budget 100\\% \\& \\$5bn: \\{x\\} \\#1 a\\_b \\textasciicircum{} \\textasciitilde{} \\textbackslash{} end');
    const entry = parseOne(bibtexEntry({ document: { ...speech, title }, permalink }));
    expect(entry.fields.title).toBe(title);
  });

  it('keeps Vietnamese diacritics as UTF-8', () => {
    expect(bibtexEntry(whole)).toContain('Nghị quyết');
    expect(bibtexEntry(whole)).toContain('howpublished = {Báo Nhân Dân}');
  });

  it('leaves out the date fields of an undated text and the outlet when unknown', () => {
    const entry = parseOne(bibtexEntry(undated));
    expect(Object.keys(entry.fields).sort()).toEqual(['language', 'note', 'title', 'url']);
    expect(entry.fields.url).toBe('/kb/documents/x/');
  });

  it('writes a month-precise date as year, month and an ISO date', () => {
    const entry = parseOne(bibtexEntry({ document: { ...speech, date: '2024-12' }, permalink }));
    expect(entry.fields).toMatchObject({ year: '2024', month: '12', date: '2024-12' });
  });
});

describe('CSL-JSON', () => {
  it('is valid against the CSL data schema, as a newspaper article with its date parts', () => {
    const [item] = CslDataSchema.parse(JSON.parse(cslJson(paragraph5)));
    expect(item).toEqual({
      id: 'outlet:speech-57:p5',
      type: 'article-newspaper',
      title: speech.title,
      'container-title': 'Báo Nhân Dân',
      issued: { 'date-parts': [[2025, 1, 13]] },
      URL: `${permalink}#p-5`,
      language: 'vi',
      source: 'Policy Texts',
      note: 'Paragraph 5. Original: https://nhandan.vn/a_b%20c?x=1#top',
    });
  });

  it('leaves out the date and outlet it does not know, and stays valid', () => {
    const [item] = CslDataSchema.parse(JSON.parse(cslJson(undated)));
    expect(item).not.toHaveProperty('issued');
    expect(item).not.toHaveProperty('container-title');
    expect(item).not.toHaveProperty('note');
  });

  it('fails the schema when a property is not a CSL variable', () => {
    expect(CslDataSchema.safeParse([{ id: 'x', type: 'article-newspaper', url: 'https://x' }]).success).toBe(false);
  });
});

describe('citations', () => {
  it('gives every form for one target, the permalink with the paragraph\'s anchor', () => {
    const forms = citations(paragraph5);
    expect(forms.permalink).toBe(`${permalink}#p-5`);
    expect(forms.text).toBe(plainCitation(paragraph5));
    expect(forms.bibtex).toBe(bibtexEntry(paragraph5));
    expect(forms.csl).toBe(cslJson(paragraph5));
  });
});

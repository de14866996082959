import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/pipeline/clean/index.ts';
import { ingest } from '../../../src/pipeline/ingest.ts';
import { inferMetadata } from '../../../src/pipeline/metadata.ts';
import type { Sidecar } from '../../../src/schemas/sidecar.ts';

function metadataOf(text: string, sidecar?: Sidecar) {
  const { result } = ingest({ path: 'seeds/t.txt', bytes: new TextEncoder().encode(text) });
  return inferMetadata(clean(result!.file, result!.text), sidecar);
}

describe('publication date reasoned from the text', () => {
  it('puts a meeting "on December 30" after a resolution of 22 December 2024 in 2024', () => {
    const m = metadataOf('On the morning of December 30, the council met to discuss Resolution No. 57 dated December 22, 2024.\nMore text.');
    expect([m.date, m.datePrecision, m.dateSource]).toEqual(['2024-12-30', 'day', 'text']);
    expect(m.dateNote).toContain('year 2024');
  });

  it('moves to the next year when the day would fall before the latest full date', () => {
    const m = metadataOf('On January 2, the ministry reviewed Decision No. 12/QĐ-TTg of December 22, 2024.\nMore text.');
    expect(m.date).toBe('2025-01-02');
  });

  it('takes a full date stated for the event in the lead', () => {
    expect(metadataOf('On the afternoon of 4 March 2025, the province met.\nMore text.').date).toBe('2025-03-04');
  });

  it('leaves the date unknown when a day is given but no year can be reasoned', () => {
    const m = metadataOf('On March 4, the province met.\nMore text.');
    expect([m.date, m.datePrecision, m.dateSource]).toEqual([null, null, 'none']);
    expect(m.dateNote).toContain('no year');
  });

  it('prefers a header dateline to the day in the lead', () => {
    expect(metadataOf('Tin tứcTin tức02/03/2025\nOn March 1, the province met after the resolution of December 22, 2024.\nMore.').date).toBe('2025-03-02');
  });
});

describe('sidecar overrides', () => {
  it('replaces title, date with its precision, source and URL, and says so', () => {
    const m = metadataOf('On March 4, the province met.\nMore text.', { title: 'Given', date: '2025-03', source: 'Outlet', url: 'https://example.org/x' });
    expect(m).toMatchObject({ title: 'Given', titleSource: 'sidecar', date: '2025-03', datePrecision: 'month', dateSource: 'sidecar', source: 'Outlet', url: 'https://example.org/x' });
  });
});

describe('languages', () => {
  it('marks Vietnamese paragraphs in an English text and lists both languages', () => {
    const m = metadataOf('The minister spoke about the plan for the coming year in detail.\nKhoa học và công nghệ là động lực phát triển của đất nước.\nEnglish again, with To Lam and Tô Lâm named.');
    expect(m.language).toBe('en');
    expect(m.languages).toEqual(['en', 'vi']);
  });
});

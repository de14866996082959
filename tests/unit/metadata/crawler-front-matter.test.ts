import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/pipeline/clean/index.ts';
import { ingest } from '../../../src/pipeline/ingest.ts';
import { inferMetadata } from '../../../src/pipeline/metadata.ts';

/** The metadata of a text given as lines, and the first paragraph its cleaning keeps. */
function read(...lines: string[]) {
  const { result } = ingest({ path: 'seeds/t.txt', bytes: new TextEncoder().encode(lines.join('\n')) });
  const cleaned = clean(result!.file, result!.text);
  return { ...inferMetadata(cleaned), first: cleaned.blocks[0]?.text };
}

const LEAD = 'CẦN THƠ – The city People\'s Committee has approved a plan to put every commune\'s land records online by the end of 2029.';
const MORE = 'The plan is led by the city Department of Agriculture and Environment, with the Department of Science and Technology.';

describe('front matter a crawler wrote above the page', () => {
  it('gives the title, date and source, and the page\'s masthead, menu and ticker above the headline that repeats it are chrome', () => {
    const m = read(
      'title: Cần Thơ plans online land records for every commune',
      'date 2028-05-06',
      'source: Mekong Delta Review – mekongdeltareview.vn/provinces/can-tho-online-land-records',
      'tags: land, digital transformation',
      'MEKONG DELTA REVIEW',
      'Provinces | Economy | Environment | Opinion | Vietnamese',
      'Breaking: Ferry route to Phú Quốc resumes | Rice prices rise for a third week',
      'Cần Thơ plans online land records for every commune',
      LEAD, MORE,
    );
    expect(m.title).toBe('Cần Thơ plans online land records for every commune');
    expect(m.titleSource).toBe('explicit');
    expect(m.date).toBe('2028-05-06');
    expect(m.source).toBe('Mekong Delta Review');
    expect(m.first).toBe(LEAD);
  });

  it('leaves the headline to the page\'s own header when it gives no title, its source an address', () => {
    const m = read(
      'source: stnmt.cantho.gov.vn/en/news',
      'date 2028-05-06',
      'lang en',
      'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TP CẦN THƠ | CẦN THƠ DEPARTMENT OF AGRICULTURE AND ENVIRONMENT',
      'Introduction | News | Administrative procedures | Contact',
      'News › Land',
      'Cần Thơ plans online land records for every commune',
      LEAD, MORE,
    );
    expect(m.title).toBe('Cần Thơ plans online land records for every commune');
    expect(m.source).toBe('stnmt.cantho.gov.vn');
    expect(m.first).toBe(LEAD);
  });

  it('is none for one such line, nor for keys that are not in lower case', () => {
    const m = read('Source: Mekong Delta Review', 'Cần Thơ plans online land records for every commune', LEAD, MORE);
    expect(m.title).toBe('Cần Thơ plans online land records for every commune');
    expect(m.source).not.toBe('Mekong Delta Review');
  });
});

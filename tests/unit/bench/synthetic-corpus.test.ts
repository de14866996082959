import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readKnownEntities } from '../../../scripts/lib/read-known.ts';
import { syntheticCorpus, type SyntheticText } from '../../../src/bench/synthetic-corpus.ts';
import { provinceTargets } from '../../../src/bench/synthetic/local-targets.ts';
import { NATIONAL_TARGETS } from '../../../src/bench/synthetic/national-targets.ts';
import { ALL_PROVINCES } from '../../../src/bench/synthetic/places.ts';
import { FAMILY_NAMES } from '../../../src/bench/synthetic/names.ts';
import { buildCorpus } from '../../../src/pipeline/build.ts';
import { readHeader } from '../../../src/pipeline/clean/header.ts';
import { logicalLines } from '../../../src/pipeline/clean/lines.ts';
import { findFullDates } from '../../../src/pipeline/dates.ts';
import { slugify } from '../../../src/pipeline/slug.ts';
import type { Target } from '../../../src/schemas/target.ts';

const small = syntheticCorpus(50);
const large = syntheticCorpus(2000);
const folded = new Map<string, string>();
/** The text without diacritics (cached: the variety checks read every text several times). */
const fold = (text: string) => {
  let ascii = folded.get(text);
  if (ascii === undefined) folded.set(text, (ascii = text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')));
  return ascii;
};
const distinct = (texts: SyntheticText[], find: (t: SyntheticText) => Iterable<string>) => new Set(texts.flatMap((t) => [...find(t)])).size;

const FAMILY = FAMILY_NAMES.map(fold).join('|');
const PERSON = new RegExp(`\\b(?:${FAMILY})(?: [A-Z][a-z]+){1,3}\\b`, 'g');
const INSTRUMENT = /\b(?:Resolution|Decision|Decree|Directive|Conclusion|Plan) (?:No\. ?)?\d+(?:\/\d{4})?[-/][A-Z][\w/-]*/g;
const people = (t: SyntheticText) => fold(t.text).match(PERSON) ?? [];
const outlets = (t: SyntheticText) => [t.path.split('/')[1]!];
const instruments = (t: SyntheticText) => (fold(t.text).match(INSTRUMENT) ?? []).map((m) => m.replace(/No\. ?/, '').replace(/^(\w+) 0+/, '$1 '));
const PROVINCE = new RegExp(ALL_PROVINCES.map((p) => p.ascii).join('|'), 'g');
const provinces = (t: SyntheticText) => fold(t.text).match(PROVINCE) ?? [];

describe('the synthetic corpus', () => {
  it('is the same for the same count and seed, and differs for another seed', () => {
    expect(syntheticCorpus(50)).toEqual(small);
    expect(syntheticCorpus(50, 2)).not.toEqual(small);
  });

  it('gives text i whatever the count, so corpora of different sizes share their prefix', () => {
    expect(large.slice(0, 50)).toEqual(small);
  });

  it('names more people, outlets, instruments and provinces as it grows', () => {
    for (const find of [people, outlets, instruments, provinces]) {
      expect(distinct(large, find)).toBeGreaterThan(1.5 * distinct(small, find));
    }
    expect(distinct(large, outlets)).toBeGreaterThanOrEqual(20);
    expect(distinct(large, people)).toBeGreaterThan(250);
    expect(distinct(large, instruments)).toBeGreaterThan(150);
  });

  it('names a few leaders in a large share of texts', () => {
    const share = (name: RegExp) => large.filter((t) => name.test(fold(t.text))).length / large.length;
    expect(share(/To Lam/)).toBeGreaterThan(0.2);
    expect(share(/To Lam/)).toBeLessThan(0.45);
    expect(share(/Pham Minh Chinh/)).toBeGreaterThan(0.12);
  });

  it('puts texts in outlet and year subfolders, some with a JSON sidecar next to them', () => {
    for (const t of large) {
      expect(t.path).toMatch(/^seeds\/[a-z0-9-]+\/20(?:24|25|26)\/\d{5}-[a-z0-9-]+\.txt$/);
      if (t.sidecar) expect(t.sidecar.path).toBe(t.path.replace(/\.txt$/, '.meta.json'));
    }
    const sidecars = large.filter((t) => t.sidecar);
    expect(sidecars.length / large.length).toBeGreaterThan(0.07);
    expect(sidecars.length / large.length).toBeLessThan(0.13);
    expect(JSON.parse(sidecars[0]!.sidecar!.text)).toMatchObject({ title: expect.any(String), date: expect.stringMatching(/^20\d\d-\d\d/) });
  });

  it('gives every text a dateline the cleaner reads, in its folder’s year, between June 2024 and October 2026', () => {
    for (const t of large) {
      const date = readHeader(logicalLines(t.text)).date;
      expect(date, t.path).toBeDefined();
      const iso = `${date!.year}-${String(date!.month).padStart(2, '0')}-${String(date!.day).padStart(2, '0')}`;
      expect(iso >= '2024-06-01' && iso <= '2026-10-31', `${t.path}: ${iso}`).toBe(true);
      expect(t.path.split('/')[2]).toBe(String(date!.year));
    }
  });

  it('keeps full dates within 2023–2027 and deadlines within 2025–2050', () => {
    for (const t of large) {
      for (const d of findFullDates(t.text)) expect(d.year >= 2023 && d.year <= 2027, `${t.path}: ${d.text}`).toBe(true);
      for (const m of t.text.matchAll(/\b(?:[Bb]y|until|before the end of|to) ((?:19|20)\d\d)\b(?![/-])/g)) {
        const year = Number(m[1]);
        expect(year >= 2025 && year <= 2050, `${t.path}: ${m[0]}`).toBe(true);
      }
      // Standalone years, not numbers inside codes ("No. 1966/QĐ-UBND") or amounts ("2,030").
      for (const m of t.text.matchAll(/(?<![\d/.,-])(?:19|20)\d\d(?![\d.,]?\d|[/-])/g)) {
        expect(Number(m[0]) >= 2023 && Number(m[0]) <= 2050, `${t.path}: ${m[0]}`).toBe(true);
      }
    }
  });

  it('averages 6 to 16 KB a text, with long speeches and short reports', () => {
    const sizes = large.map((t) => new TextEncoder().encode(t.text).length);
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeGreaterThan(6_000);
    expect(mean).toBeLessThan(16_000);
    expect(sizes.filter((s) => s > 15_000).length / sizes.length).toBeGreaterThan(0.08);
    expect(sizes.filter((s) => s < 8_000).length / sizes.length).toBeGreaterThan(0.4);
  });

  it('has the chrome of scraped pages: image markup, photo credits, bullet lists, comment widgets', () => {
    const all = large.map((t) => t.text).join('\n');
    for (const shape of [/^!\[\]\(\) \|$/m, /Photo: [^|]+\/\w+ \|$/m, /^ {2}• /m, /^Comment \(\d+\)$/m, /^Source: /m, /^[\p{L} ]+[\p{L} ]+\d\d\/\d\d\/20\d\d$/mu]) {
      expect(all).toMatch(shape);
    }
  });
});

const { known } = await readKnownEntities(fileURLToPath(new URL('../../../data/known-entities.yaml', import.meta.url)));
const encoder = new TextEncoder();
/** The real pipeline's result for a synthetic corpus. */
const build = (texts: SyntheticText[]) => buildCorpus(texts.map((t) => ({
  path: t.path, bytes: encoder.encode(t.text), ...(t.sidecar ? { sidecar: { path: t.sidecar.path, bytes: encoder.encode(t.sidecar.text) } } : {}),
})), { known });
/** How many texts state a target. */
const texts = (t: Target) => new Set(t.sources.map((s) => s.document)).size;

describe('the targets the synthetic corpus states', () => {
  it('come from a fixed pool of 30 to 40 national targets, each with one or two older values at most', () => {
    expect(NATIONAL_TARGETS.length).toBeGreaterThanOrEqual(30);
    expect(NATIONAL_TARGETS.length).toBeLessThanOrEqual(40);
    expect(new Set(NATIONAL_TARGETS.map((t) => `${t.key}@${t.deadline}`)).size).toBe(NATIONAL_TARGETS.length);
    for (const t of NATIONAL_TARGETS) expect(t.alternatives.length).toBeLessThanOrEqual(2);
  });

  it('give every province 6 to 12 targets of its own, each with one value whichever text states it', () => {
    for (const province of ALL_PROVINCES) {
      const own = provinceTargets(1, province);
      expect(own.length).toBeGreaterThanOrEqual(6);
      expect(own.length).toBeLessThanOrEqual(12);
      expect(new Set(own.map((t) => t.key)).size).toBe(own.length);
      expect(provinceTargets(1, province)).toEqual(own);
    }
  });

  it('repeat national targets with the same value and deadline, so that the pipeline merges them across texts', () => {
    const { targets } = build(syntheticCorpus(60));
    const national = targets.filter((t) => t.scope === 'Vietnam');
    expect(national.some((t) => texts(t) >= 5)).toBe(true);
    const thirty = national.find((t) => /digital economy/.test(t.metric) && t.unit === '% of GDP' && t.deadline === 2030 && t.value === 30);
    expect(thirty?.comparator).toBe('>=');
    expect(texts(thirty!)).toBeGreaterThanOrEqual(5);
    expect(targets.some((t) => t.scope !== 'Vietnam' && texts(t) >= 2)).toBe(true);
  });

  // Two real builds, of 200 and 400 texts: a few seconds, more on a loaded machine.
  it('grow slower than the texts: twice the texts give fewer than twice the targets, with few conflicts and 2 to 4 facts a text', { timeout: 30_000 }, () => {
    const half = build(syntheticCorpus(200));
    const full = build(syntheticCorpus(400));
    expect(full.targets.length).toBeLessThan(2 * half.targets.length);
    expect(full.targets.length).toBeLessThan(600);
    expect(full.targets.reduce((n, t) => n + t.conflicts.length, 0)).toBeLessThan(full.targets.length / 2);
    expect(full.facts.length / 400).toBeGreaterThan(2);
    expect(full.facts.length / 400).toBeLessThan(4);
  });
});

describe('the pipeline on 40 synthetic texts', () => {
  const result = build(syntheticCorpus(40));

  it('builds every text, with no fatal message', () => {
    expect(result.documents).toHaveLength(40);
    expect(result.files.flatMap((f) => f.messages).filter((m) => m.fatal)).toEqual([]);
    expect(result.documents.every((d) => d.data.date !== null && d.data.titleSource !== 'inferred')).toBe(true);
  });

  it('finds people with their roles, the most frequent leaders among them', () => {
    const persons = result.entities.filter((e) => e.type === 'person');
    expect(persons.filter((p) => p.roles.length > 0).length).toBeGreaterThan(15);
    const toLam = persons.find((p) => p.id === 'person/to-lam');
    expect(toLam?.roles.map((r) => r.title)).toContain('General Secretary');
    expect(toLam!.documents.length).toBeGreaterThan(5);
    expect(persons.some((p) => p.roles.some((r) => /^Minister of /.test(r.title)))).toBe(true);
    expect(persons.some((p) => p.roles.some((r) => /Provincial (?:Party|People’s) Committee|City (?:Party|People’s) Committee/.test(r.title)))).toBe(true);
  });

  it('finds numbered resolutions and decisions, Resolution 57-NQ/TW cited by many texts', () => {
    const types = new Set(result.entities.map((e) => e.type));
    expect(types).toContain('resolution');
    expect(types).toContain('decision');
    const r57 = result.entities.find((e) => e.type === 'resolution' && e.number === '57');
    expect(r57).toMatchObject({ code: 'NQ/TW', date: '2024-12-22' });
    expect(r57!.documents.length).toBeGreaterThan(8);
  });

  it('finds meetings reported by several outlets, and targets with deadlines', () => {
    const meetings = result.events.filter((e) => e.kind === 'meeting');
    expect(meetings.length).toBeGreaterThan(3);
    expect(meetings.some((e) => e.sources.length >= 3 && new Set(e.sources.map((s) => s.document.split('/')[0])).size >= 2)).toBe(true);
    expect(result.targets.length).toBeGreaterThan(100);
    expect(result.targets.every((t) => t.deadline >= 2025 && t.deadline <= 2050)).toBe(true);
    expect(result.targets.some((t) => t.scope !== 'Vietnam')).toBe(true);
    expect(result.targets.some((t) => t.comparator === 'top')).toBe(true);
    expect(result.facts.length).toBeGreaterThan(20);
  });

  it('gives every document an id from its subfolders', () => {
    expect(result.documents.every((d) => d.data.id === slugify(d.data.file.split('/')[1]!) + d.data.id.slice(d.data.id.indexOf('/')))).toBe(true);
  });
});

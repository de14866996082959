import { describe, expect, it } from 'vitest';
import { scoreTexts, type GoldText } from '../../src/eval/text-score.ts';
import type { Target } from '../../src/schemas/target.ts';

/** A found target with only what the scorer reads. */
const found = (id: string, scope: string): Target => ({
  id, metric: 'disbursement', comparator: '>=', value: 40, max: null, unit: '%', deadline: 2026, baseline: null, benchmark: null, scope,
  qualitative: false, statement: '', conflicts: [], figures: [], sources: [{ document: 'a', paragraph: 'p-1', text: '', when: '' }],
});
const gold = (scopes: string[]): GoldText => ({
  file: 'seeds/a.txt', published: null, people: [], instruments: [], laws: [], programmes: [], events: [],
  targets: scopes.map((scope) => ({ words: ['disbursement'], comparator: '>=', value: 40, max: null, unit: '%', deadline: 2026, scope, benchmark: null })),
});
const documents = [{ id: 'a', file: 'seeds/a.txt', date: null }] as unknown as Parameters<typeof scoreTexts>[1];

describe('scoring targets alike but for their scope', () => {
  it('pairs each gold target with the found one of its own scope, in whatever order they come', () => {
    const s = scoreTexts([gold(['Lai Chau', 'Dien Bien', 'Cao Bang'])], documents, [], [], [found('x', 'Cao Bang'), found('y', 'Dien Bien'), found('z', 'Lai Chau')]);
    expect(s.targetScopes).toMatchObject({ right: 3, of: 3, wrong: [] });
  });

  it('takes a firm named with or without its legal form for the same scope, and another firm for a wrong one', () => {
    const s = scoreTexts([gold(['Sao Viet Telecom Joint Stock Company', 'Mekong Mobile'])], documents, [], [],
      [found('x', 'Sao Việt Telecom'), found('y', 'Mekong Mobile Corporation')]);
    expect(s.targetScopes.right).toBe(1);
    expect(s.targetScopes.wrong).toHaveLength(1);
  });
});

describe('scoring the scope of a listed province or city', () => {
  it('takes a place written with or without its kind, with or without diacritics, for the same scope, and another place for a wrong one', () => {
    const s = scoreTexts([gold(['Ha Noi City', 'Hai Phong', 'Quang Ninh'])], documents, [], [],
      [found('x', 'Hanoi'), found('y', 'Hai Phong City'), found('z', 'Nghe An')]);
    expect(s.targetScopes.right).toBe(2);
    expect(s.targetScopes.wrong).toHaveLength(1);
  });

  it('takes a commune or a ward written with or without its kind for the same scope, and another commune for a wrong one', () => {
    const s = scoreTexts([gold(['My Thanh', 'Xuan Thinh commune', 'Ben Thanh'])], documents, [], [],
      [found('x', 'Mỹ Thạnh commune'), found('y', 'Xuan Thinh'), found('z', 'Tan Dinh ward')]);
    expect(s.targetScopes.right).toBe(2);
    expect(s.targetScopes.wrong).toHaveLength(1);
  });

  it('takes a district written with or without its kind for the same scope', () => {
    const s = scoreTexts([gold(['Gia Lam', 'Dong Anh'])], documents, [], [], [found('x', 'Gia Lâm district'), found('y', 'Soc Son district')]);
    expect(s.targetScopes.right).toBe(1);
    expect(s.targetScopes.wrong).toHaveLength(1);
  });
});

describe('scoring a count whose scale the gold keeps in its unit', () => {
  const goldCount = (value: number, unit: string): GoldText => ({
    file: 'seeds/a.txt', published: null, people: [], instruments: [], laws: [], programmes: [], events: [],
    targets: [{ words: ['residents'], comparator: '=', value, max: null, unit, deadline: 2030, scope: 'Vietnam', benchmark: null }],
  });
  const count = (value: number, unit: string): Target => ({ ...found('x', 'Vietnam'), metric: 'residents trained', value, unit, comparator: '=', deadline: 2030 });

  it('takes 2 "million residents" for 2,000,000 "residents", but not for 2,000 of them or for another noun', () => {
    const score = (t: Target) => scoreTexts([goldCount(2, 'million residents')], documents, [], [], [t]).targets.truePositives;
    expect(score(count(2_000_000, 'residents'))).toBe(1);
    expect(score(count(2, 'million residents'))).toBe(1);
    expect(score(count(2_000, 'residents'))).toBe(0);
    expect(score(count(2_000_000, 'households'))).toBe(0);
  });

  it('takes the counted noun written shorter or longer: 2 "million adult residents" for 2,000,000 "residents"', () => {
    const score = (gold: string, t: Target) => scoreTexts([goldCount(2, gold)], documents, [], [], [t]).targets.truePositives;
    expect(score('million adult residents', count(2_000_000, 'residents'))).toBe(1);
    expect(score('million residents', count(2_000_000, 'adult residents'))).toBe(1);
    expect(score('million residents', count(2_000_000, 'nonresidents'))).toBe(0);
  });
});

describe('scoring a count of a whole the gold calls 100%', () => {
  const goldAll = (): GoldText => ({
    file: 'seeds/a.txt', published: null, people: [], instruments: [], laws: [], programmes: [], events: [],
    targets: [{ words: ['communes'], comparator: '=', value: 100, max: null, unit: '%', deadline: 2029, scope: 'Vietnam', benchmark: null }],
  });
  const count = (value: number, text: string): Target => ({
    ...found('x', 'Vietnam'), metric: 'communes connected', comparator: '=', value, unit: 'communes', deadline: 2029,
    sources: [{ document: 'a', paragraph: 'p-1', text, when: '' }],
  });

  it('takes "all 1,045 communes" found as 1,045 communes for 100% of them, but not a count its sentence does not call all', () => {
    const score = (t: Target) => scoreTexts([goldAll()], documents, [], [], [t]).targets.truePositives;
    expect(score(count(1045, 'The plan is to connect all 1,045 communes by 2029.'))).toBe(1);
    expect(score(count(1045, 'The plan is to connect 1,045 communes by 2029.'))).toBe(0);
  });
});

describe('scoring an instrument issued, told as an act on it', () => {
  it('answers "issued" with the act before an event of another kind that names the instrument too, which stays for its own gold', () => {
    const event = (id: string, kind: string, title: string, entities: string[]) => ({
      id, date: '2031-03-12', precision: 'day', kind, title, entities, participants: [], sources: [{ document: 'a', paragraph: 'p-1', text: '' }],
    }) as unknown as Parameters<typeof scoreTexts>[3][number];
    const entities = [{ id: 'r', name: 'Resolution 538/2031/NQ-HĐND', aliases: [], documents: [] },
      { id: 'q', name: 'Phùng Văn Quân', aliases: [], documents: [] }] as unknown as Parameters<typeof scoreTexts>[2];
    const goldEvents: GoldText = {
      file: 'seeds/a.txt', published: null, people: [], instruments: [], laws: [], programmes: [], targets: [],
      events: [{ date: '2031-03-12', precision: 'day', kind: 'issued', words: ['538/2031/NQ-HĐND'] },
        { date: '2031-03-12', precision: 'day', kind: 'remarks', words: ['Phùng Văn Quân'] }],
    };
    const s = scoreTexts([goldEvents], documents, entities, [event('x', 'remarks', 'Phùng Văn Quân delivered remarks', ['q', 'r']),
      event('y', 'passed', 'Council passed Resolution No. 538/2031/NQ-HĐND', ['r'])], []);
    expect([s.events.truePositives, s.events.misses, s.events.falseHits]).toEqual([2, [], []]);
  });
});

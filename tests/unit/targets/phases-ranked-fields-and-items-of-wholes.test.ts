import { describe, expect, it } from 'vitest';
import { timelineOf } from '../events/helpers.ts';

/** The targets of one text: deadline, metric, comparator, value, max and unit, in a fixed order. */
const targetsOf = (lines: string[]) => timelineOf({ 'a.txt': lines.join('\n\n') }).targets
  .map((t) => [t.deadline, t.metric, t.comparator, t.value, t.max, t.unit]).sort((a, b) => String(a).localeCompare(String(b)));

describe('a list headed by a phase', () => {
  it('gives its items the end of the phase\'s period: "a) Phase 1 (2026-2028):"', () => {
    const found = targetsOf([
      'Decision approving the open data programme',
      'Posted: 19/08/2026',
      'Specific objectives',
      'a) Phase 1 (2026-2028):\n- At least 40 ministries and provinces publish open data sets;\n- At least 20 provinces open their own data portals.',
      'b) Phase 2 (2029-2030):\n- 500 open data sets are published.',
    ]);
    expect(found.map(([deadline, , , value]) => [deadline, value])).toEqual([[2028, 40], [2028, 20], [2030, 500]]);
  });
});

describe('a rank among a group, in a field', () => {
  it('ranks the group ("ASEAN countries") and keeps the field whole ("exports of electronics")', () => {
    const found = targetsOf(['Plan sets goals', 'Posted: 10/05/2026', 'By 2030, Vietnam will be among the top 3 ASEAN countries in exports of electronics.']);
    expect(found).toEqual([[2030, 'exports of electronics', 'top', 3, null, 'rank among countries in ASEAN']]);
  });
});

describe('an item of a list of aims whose object is every one of a whole', () => {
  it('is 100 per cent of the whole, its number no count of its own', () => {
    const found = targetsOf([
      'Ward sets smart ward goals',
      'Posted: 10/05/2026',
      'The ward aims:\n- by 2027, to have public Wi-Fi in all 12 residential areas;\n- by 2027, to have cashless payment at every stall of the market;\n- provide all eligible administrative procedures as full-process online public services by the end of 2026.',
    ]);
    expect(found).toEqual([
      [2026, 'provide all eligible administrative procedures as full-process online public services', '=', 100, null, '% of eligible administrative procedures'],
      [2027, 'have cashless payment at every stall of the market', '=', 100, null, '% of stalls'],
      [2027, 'have public Wi-Fi in all 12 residential areas', '=', 100, null, '% of residential areas'],
    ]);
  });

  it('measures the whole brought somewhere as the things connected there, told once with a sentence that says the same', () => {
    const found = targetsOf([
      'Ministry sets its data goals',
      'Posted: 10/05/2029',
      'Only 9 of the 21 river ports had joined the cargo system, although the plan calls for all river ports to be connected by 2031.',
      'By 2031, the ministry aims to:\n- train 400 port inspectors;\n- connect all river ports licensed in the region to the national cargo tracking system, by the end of 2031.',
    ]);
    expect(found).toEqual([
      [2031, 'port inspectors trained', '=', 400, null, 'inspectors'],
      [2031, 'river ports connected', '=', 100, null, '% of river ports'],
    ]);
  });

  it('is none when the item reports what was done', () => {
    const found = targetsOf([
      'Ward reviews its first year',
      'Posted: 10/05/2026',
      'In its first year, the ward:\n- connected all 12 residential areas to fibre by 2026;\n- trained 300 residents.',
    ]);
    expect(found.filter(([, , , value]) => value === 100)).toEqual([]);
  });
});

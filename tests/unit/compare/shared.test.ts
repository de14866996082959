import { describe, expect, it } from 'vitest';
import { sharedEntities, sharedMetrics } from '../../../src/lib/compare/shared.ts';

describe('sharedEntities', () => {
  it('keeps the entities both texts name, with the mentions in each, most mentioned first', () => {
    const a = [{ id: 'person/to-lam', name: 'To Lam', count: 4 }, { id: 'resolution/57', name: 'Resolution 57', count: 12 }, { id: 'law/data', name: 'Data Law', count: 1 }];
    const b = [{ id: 'resolution/57', name: 'Resolution 57', count: 2 }, { id: 'person/to-lam', name: 'To Lam', count: 7 }, { id: 'organization/x', name: 'X', count: 3 }];
    expect(sharedEntities(a, b)).toEqual([
      { id: 'resolution/57', name: 'Resolution 57', a: 12, b: 2 },
      { id: 'person/to-lam', name: 'To Lam', a: 4, b: 7 },
    ]);
  });
});

describe('sharedMetrics', () => {
  const t = (id: string, metric: string) => ({ id, metric, text: id });

  it('pairs the targets of both texts by metric, case aside, and says when one target is in both', () => {
    const shared = sharedMetrics(
      [t('de-vn-2030', 'digital economy share of GDP'), t('rd-vn-2030', 'R&D spending')],
      [t('de-hn-2030', 'Digital economy share of  GDP'), t('rd-vn-2030', 'R&D spending'), t('other', 'other')],
    );
    expect(shared).toEqual([
      { metric: 'digital economy share of GDP', a: [t('de-vn-2030', 'digital economy share of GDP')], b: [t('de-hn-2030', 'Digital economy share of  GDP')], same: false },
      { metric: 'R&D spending', a: [t('rd-vn-2030', 'R&D spending')], b: [t('rd-vn-2030', 'R&D spending')], same: true },
    ]);
  });

  it('finds nothing when no metric is shared', () => {
    expect(sharedMetrics([t('a', 'x')], [t('b', 'y')])).toEqual([]);
  });
});

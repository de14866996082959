import type { KnownEntity } from '../../../schemas/entity.ts';
import { slugify } from '../../slug.ts';
import { uniqueIds } from '../../unique-ids.ts';
import { idName } from './entity-names.ts';
import type { Placed } from './types.ts';

/**
 * The page id of each entity key: a curated entity keeps its id, any other is `type/slug-of-name`,
 * numbered `-2`, `-3` … when taken. Keys are taken in sorted order, so the same corpus always gives
 * the same ids.
 */
export function entityIds(groups: Map<string, Placed[]>, knownById: Map<string, KnownEntity>): Map<string, string> {
  const ids = new Map<string, string>();
  const unique = uniqueIds();
  for (const [key, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const curated = key.startsWith('known:') ? knownById.get(key.slice(6)) : undefined;
    const id = curated?.id ?? `${group[0]!.mention.type}/${slugify(idName(group.map((g) => g.mention))) || 'entity'}`;
    ids.set(key, unique(id, id.replace(/-\d+$/, '')));
  }
  return ids;
}

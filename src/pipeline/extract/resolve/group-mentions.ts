import type { CanonicalKey } from './canonical-keys.ts';
import type { DocumentFindings, Placed, PlacedStatement } from './types.ts';

/** Mentions and statements gathered by the key of the entity they name. */
export interface Grouped {
  groups: Map<string, Placed[]>;
  statements: Map<string, PlacedStatement[]>;
}

/**
 * Gathers every mention and every statement's speaker under its canonical key, in document order.
 * A person only uncertain names point to, and no text confirms, is dropped (curated people stay).
 */
export function groupMentions(documents: DocumentFindings[], canonical: CanonicalKey): Grouped {
  const groups = new Map<string, Placed[]>();
  const statements = new Map<string, PlacedStatement[]>();
  for (const doc of documents) {
    for (const mention of doc.mentions) {
      const key = canonical(mention, doc);
      if (!key) continue;
      const group = groups.get(key);
      if (group) group.push({ mention, doc });
      else groups.set(key, [{ mention, doc }]);
    }
    for (const attribution of doc.statements) {
      const key = canonical(attribution.speaker, doc);
      if (!key) continue;
      const said = statements.get(key);
      if (said) said.push({ attribution, doc });
      else statements.set(key, [{ attribution, doc }]);
    }
  }
  for (const [key, group] of groups) {
    if (!key.startsWith('known:') && group[0]!.mention.type === 'person' && !group.some((g) => g.mention.certain)) groups.delete(key);
  }
  return { groups, statements };
}

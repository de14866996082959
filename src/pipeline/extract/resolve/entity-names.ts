import { INSTRUMENT_TYPES } from '../../../schemas/entity.ts';
import type { Mention } from '../types.ts';

/** Whether an entity type is a numbered instrument (resolution, decision, decree …). */
export const isInstrument = (type: string) => (INSTRUMENT_TYPES as readonly string[]).includes(type);

/** The name an id is made from: an instrument's number and code, else the most frequent name. */
export function idName(mentions: Mention[]): string {
  const coded = mentions.find((m) => m.attributes?.code);
  if (isInstrument(mentions[0]!.type)) return `${mentions[0]!.attributes?.number ?? ''} ${coded?.attributes?.code ?? ''}`;
  return bestName(mentions);
}

/** The most frequent name; on a tie, the one with diacritics, then the longer. */
export function bestName(mentions: Mention[]): string {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.via === 'name') counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  const score = (name: string) => (name.normalize('NFD').length - name.length) * 0.01 + name.length * 0.0001;
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || score(b[0]) - score(a[0]) || (a[0] < b[0] ? -1 : 1));
  return ranked[0]?.[0] ?? mentions[0]!.name;
}

/** "Resolution 57-NQ/TW": the name of a mention that gives the code, if any does. */
export function instrumentName(mentions: Mention[]): string {
  return (mentions.find((x) => x.attributes?.code) ?? mentions[0]!).name;
}

import { blockId } from '../block-id.ts';
import { ISSUED_TYPES, type DocumentTimeline, type EntityLookup, type EventCandidate } from './types.ts';

/** What may stand between an instrument and its date: "Resolution No. 57 dated December 22, 2024". */
const BETWEEN = /^[\s,]*(?:dated|issued on|signed on|adopted on|of|on)\s+$/;
/** How far after the date the issuing body may be named ("… dated December 22, 2024, of the Politburo"). */
const ISSUER_WINDOW = 40;

/**
 * Issue events of numbered instruments from the way texts cite them: an instrument followed by
 * "dated <day>" is an event "<instrument> issued" on that day, with the issuing body named right
 * after the date as participant.
 */
export function findInstrumentDates(doc: DocumentTimeline, entities: EntityLookup): EventCandidate[] {
  const out: EventCandidate[] = [];
  for (const link of doc.links) {
    const entity = entities.get(link.entity);
    if (!entity || !ISSUED_TYPES.has(entity.type)) continue;
    const time = doc.times.find((t) => t.block === link.block && t.start >= link.end && t.precision === 'day'
      && BETWEEN.test(doc.blocks[link.block]!.text.slice(link.end, t.start)));
    if (!time) continue;
    const issuers = doc.links.filter((l) => l.block === link.block && l.start >= time.end && l.start <= time.end + ISSUER_WINDOW
      && entities.get(l.entity)?.type === 'organization');
    out.push({
      kind: 'instrument', title: `${entity.name} issued`, quality: 1, time, instrument: link.entity, place: null,
      participants: [...new Set(issuers.map((l) => l.entity))],
      entities: [link.entity],
      source: { document: doc.id, paragraph: blockId(link.block + 1), text: time.sentence.text, when: time.text },
    });
  }
  return out;
}

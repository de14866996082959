import type { Link } from '../extract/resolve.ts';
import { firstAtLeast } from '../sorted-spans.ts';
import { entityIds, linksIn } from './sentence-links.ts';
import type { DocumentTimeline, EntityLookup } from './types.ts';

/** How many blocks after an event its attendee lists may run ("Also attending were: …"). */
const ATTENDEE_BLOCKS = 4;
/** Words that make a sentence say who took part: attending, chairing, presiding, speaking. */
const TOOK_PART = new RegExp(String.raw`\b(?:attend(?:ed|s|ing|ance|ees?)?|chair(?:ed|s|ing)|presid(?:ed|es|ing)|direct(?:ed|s)|spoke`
  + String.raw`|speak(?:s|ing)?|speech|address(?:ed|es)|deliver(?:ed|s|ing))\b`, 'i');

/** Whether an entity can take part in an event: a person or a body. */
export const takesPart = (entity: string, entities: EntityLookup) => ['person', 'organization'].includes(entities.get(entity)?.type ?? '');

/**
 * The people and bodies that took part in an event of a block, as the paragraph of an event and the attendee
 * lists just after it say: sentences that attend, chair, preside or speak. Worked out once per block, when first
 * asked: for each event of a long text, every sentence and link of the document was read again.
 */
export function attendees(doc: DocumentTimeline, entities: EntityLookup): (block: number) => string[] {
  const ids = new Map<number, string[]>();
  return (block) => {
    let found = ids.get(block);
    if (!found) {
      // The document's sentences are in order: those of the block and the next ones are found by binary search.
      const links: Link[] = [];
      for (let i = firstAtLeast(doc.sentences, block, (s) => s.block); i < doc.sentences.length && doc.sentences[i]!.block <= block + ATTENDEE_BLOCKS; i++) {
        if (TOOK_PART.test(doc.sentences[i]!.text)) links.push(...linksIn(doc.links, doc.sentences[i]!));
      }
      ids.set(block, (found = entityIds(links.filter((l) => takesPart(l.entity, entities)))));
    }
    return found;
  };
}

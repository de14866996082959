import { linksIn } from './sentence-links.ts';
import type { DocumentTimeline, EntityLookup } from './types.ts';

/** Verbs whose subject holds or chairs a gathering: "HADE held …", "X chaired the meeting", "the Standing Board met …". */
const HOSTING = /\b(?:held|hosted|organi[sz]ed|co-organi[sz]ed|convened|inaugurated|met|chaired|co-chaired|presided\s+over)\b/g;
/** The same, as a test (a global pattern's test moves where matchAll starts). */
const HOSTS_ANY = new RegExp(HOSTING.source);
/** The agent after such a verb: "(held …) by the Ho Chi Minh City Association of Digital Enterprises". */
const BY = /^[^,;.]{0,80}?\bby\s+(?:the\s+)?$/;
/** How far before its verb a holder's name may end ("HADE, on Thursday, held"). */
const GAP = 30;
/** How far after its verb the agent after "by" may start (see BY). */
const BY_REACH = 90;

/**
 * The people and bodies a text names as holding or chairing a gathering: the subject before a verb of hosting (HOSTING) or
 * its agent after "by" ("held in Hanoi on Thursday by HADE"). Read once per document: ids of the entities.
 */
export function hostsOf(doc: DocumentTimeline, entities: EntityLookup): ReadonlySet<string> {
  const hosts = new Set<string>();
  const holder = (id: string) => ['person', 'organization'].includes(entities.get(id)?.type ?? '');
  const linksOf = Map.groupBy(doc.links, (l) => l.block);
  for (const sentence of doc.sentences) {
    if (!HOSTS_ANY.test(sentence.text)) continue;
    const links = linksIn(linksOf.get(sentence.block) ?? [], sentence).map((l) => ({ ...l, start: l.start - sentence.start, end: l.end - sentence.start }));
    // The links and the verbs both come in order: each is passed once (a sentence of many of both stays linear).
    let ended = 0;
    let started = 0;
    for (const m of sentence.text.matchAll(HOSTING)) {
      while (ended < links.length && links[ended]!.end <= m.index) ended++;
      for (let i = ended - 1; i >= 0 && m.index - links[i]!.end <= GAP; i--) {
        if (!holder(links[i]!.entity)) continue;
        hosts.add(links[i]!.entity);
        break;
      }
      const after = m.index + m[0].length;
      while (started < links.length && links[started]!.start <= after) started++;
      for (let i = started; i < links.length && links[i]!.start - after <= BY_REACH; i++) {
        if (!holder(links[i]!.entity) || !BY.test(sentence.text.slice(after, links[i]!.start))) continue;
        hosts.add(links[i]!.entity);
        break;
      }
    }
  }
  return hosts;
}

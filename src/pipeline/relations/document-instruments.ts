import { NUMBER_LABEL, readCode } from '../extract/lexicon/document-codes.ts';
import { fold } from '../extract/fold.ts';
import type { Mention } from '../extract/types.ts';
import type { Block } from '../types.ts';

/** A document's own number, as its heading or a legal-database field prints it: "No. 845/QĐ-TTg   Hanoi, …", "Number: 12/NQ-CP". */
const OWN_NUMBER = new RegExp(String.raw`^\s*(?:${NUMBER_LABEL}|Ref\.?:?)\s*$`);
/** Longer than any label OWN_NUMBER reads. */
const OWN_NUMBER_LENGTH = 32;
/** A verb that reports an instrument made, right before it: "has issued Plan No. 12", "on October 3 signed Decree …". */
const MADE_BEFORE = new RegExp(String.raw`\b(?:issued|issues|promulgated|promulgates|signed|signs|adopted|adopts|approved|approves|enacted`
  + String.raw`|released)\s+(?:(?:on|in)\s+[^,;]{3,25}\s+)?$`);
/** How many paragraphs of a text make its lead, where the instrument it is about is named. */
const LEAD_BLOCKS = 3;

/** What a document is and is about, which phrases like "this Decision" and "the plan" stand for. */
export interface DocumentInstruments {
  /** The instrument the document itself is: the one its "No." heading or "Number:" field names. */
  own?: Mention;
  /** The instrument its lead reports made ("The Committee has issued Plan No. 12 …"). */
  focus?: Mention;
  /** Each type's instruments, in the order first named: the mentions, and the issuers the texts and codes give. */
  byType: Map<string, { key: string; first: Mention; issuers: string[] }[]>;
  /** Each paragraph's instruments of each type, in order: where "the plan" finds the last one named. */
  inBlock: Map<number, Map<string, Mention[]>>;
}

/** The document's own instrument, the one its lead reports made, and each type's instruments in order; `mentions` in document order. */
export function documentInstruments(blocks: readonly Block[], mentions: readonly Mention[]): DocumentInstruments {
  const owned = mentions.filter((m) => m.start <= OWN_NUMBER_LENGTH && OWN_NUMBER.test(blocks[m.block]?.text.slice(0, m.start) ?? ''));
  const own = owned.length > 0 && owned.every((m) => m.key === owned[0]!.key) ? owned[0] : undefined;
  const leads = new Set(blocks.flatMap((b, i) => (b.kind === 'paragraph' ? [i] : [])).slice(0, LEAD_BLOCKS));
  const focus = own
    ?? mentions.find((m) => leads.has(m.block)
      && MADE_BEFORE.test(m.sentence.text.slice(Math.max(0, m.start - m.sentence.start - 60), m.start - m.sentence.start)));
  const byType = new Map<string, { key: string; first: Mention; issuers: string[] }[]>();
  const seen = new Map<string, { issuers: string[] }>();
  const inBlock = new Map<number, Map<string, Mention[]>>();
  for (const m of mentions) {
    const types = inBlock.get(m.block) ?? inBlock.set(m.block, new Map()).get(m.block)!;
    (types.get(m.type) ?? types.set(m.type, []).get(m.type)!).push(m);
    const codeIssuer = m.attributes?.code ? readCode(m.attributes.code).issuer : undefined;
    const issuers = [m.attributes?.issuer, codeIssuer].filter((i): i is string => Boolean(i)).map(fold);
    const known = seen.get(m.key);
    if (known) { known.issuers.push(...issuers); continue; }
    const entry = { key: m.key, first: m, issuers };
    seen.set(m.key, entry);
    (byType.get(m.type) ?? byType.set(m.type, []).get(m.type)!).push(entry);
  }
  return { ...(own ? { own } : {}), ...(focus ? { focus } : {}), byType, inBlock };
}

import type { KnownEntity } from '../../../schemas/entity.ts';
import { fold } from '../fold.ts';
import { officeHolders } from '../office-holders.ts';
import type { Mention } from '../types.ts';
import { isInstrument } from './entity-names.ts';
import { organizationMerges } from './organization-merges.ts';
import type { DocumentFindings } from './types.ts';

/** The canonical key of a mention in a document, or undefined when it cannot be resolved. */
export type CanonicalKey = (m: Mention, doc: DocumentFindings) => string | undefined;

/** The keys of a text's coded instruments by their bare keys ("plan:206"), those that name one only; read once a text. */
const codedOfText = new WeakMap<DocumentFindings, Map<string, string>>();
function codedInText(doc: DocumentFindings): Map<string, string> {
  let keys = codedOfText.get(doc);
  if (keys) return keys;
  const options = new Map<string, Set<string>>();
  for (const m of doc.mentions) {
    if (!isInstrument(m.type) || !m.attributes?.code) continue;
    const bare = m.key.split(':').slice(0, 2).join(':');
    options.set(bare, (options.get(bare) ?? new Set()).add(m.key));
  }
  keys = new Map([...options].filter(([, set]) => set.size === 1).map(([bare, set]) => [bare, `${bare.split(':')[0]}:${[...set][0]!}`]));
  codedOfText.set(doc, keys);
  return keys;
}

/**
 * How mentions become one key per entity across texts: curated names and aliases (`known:<id>`),
 * folded spellings, bare instrument numbers to the one coded instrument with that number, short
 * organization names to the one longer name they merge into, and offices ("the Prime Minister") to
 * the holder the corpus names nearest in time.
 */
export function canonicalKeys(documents: DocumentFindings[], known: KnownEntity[]): CanonicalKey {
  const knownByForm = new Map<string, KnownEntity>();
  for (const entity of known) for (const form of [entity.name, ...entity.aliases]) knownByForm.set(`${entity.type}:${fold(form)}`, entity);
  const holder = officeHolders(documents);
  const coded = new Map<string, Set<string>>();
  const orgKeys = new Set<string>();
  for (const doc of documents) for (const m of doc.mentions) {
    if (isInstrument(m.type) && m.attributes?.code) {
      const bare = m.key.split(':').slice(0, 2).join(':');
      coded.set(bare, (coded.get(bare) ?? new Set()).add(m.key));
    }
    if (m.type === 'organization') orgKeys.add(m.key);
  }
  const orgMerges = organizationMerges(orgKeys);

  return (m, doc) => {
    let key = m.key;
    if (key.startsWith('office:')) {
      key = holder(key.slice(7), doc.date) ?? '';
      if (!key) return undefined;
    }
    const curated = knownByForm.get(`${m.type}:${key}`) ?? knownByForm.get(`${m.type}:${fold(m.name)}`);
    if (curated) return `known:${curated.id}`;
    // (One cited by a bare number that only its own text's code makes an instrument, "Plan 206", is that one or none.)
    if (isInstrument(m.type) && !m.attributes?.code && !m.certain) return codedInText(doc).get(key);
    if (isInstrument(m.type) && !m.attributes?.code) {
      // "Resolution 42 was passed by 46 delegates" after "Resolution No. 42/2029/NQ-HĐND": its own text's one of that number first,
      // though another text of the corpus cites another ("Resolution No. 42-NQ/TU").
      const own = codedInText(doc).get(key);
      if (own) return own;
      const options = coded.get(key);
      if (options?.size === 1) key = [...options][0]!;
    }
    if (m.type === 'organization' && orgMerges.has(key)) {
      key = orgMerges.get(key)!;
      const curatedLonger = knownByForm.get(`organization:${key}`);
      if (curatedLonger) return `known:${curatedLonger.id}`;
    }
    return `${m.type}:${key}`;
  };
}

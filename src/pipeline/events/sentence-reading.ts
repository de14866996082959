import { GATHERING_NOUN } from '../extract/lexicon/gatherings.ts';
import type { Sentence } from '../extract/sentences.ts';
import { once } from '../once.ts';
import { takesPart } from './participants.ts';
import { placesAfter, preambles } from './preamble.ts';
import type { SentenceContext } from './sentence-context.ts';
import { entityIds, linksIn } from './sentence-links.ts';
import type { DocumentTimeline } from './types.ts';

/** Words that refer back to the occasion: its gathering, "the same morning", or its guests witnessing ("Witnessed by the two ministers, …"). */
const OCCASION_WORDS = new RegExp(String.raw`\b(?:${GATHERING_NOUN}|sitting|occasion|talks|witnessed|same\s+(?:morning|afternoon|day|evening))\b`, 'i');

/** What the events of a sentence share, each part read when first needed (a sentence may report thousands). */
export interface SentenceReading {
  /** The entities the sentence names, first named first. */
  entities: () => string[];
  /** Those of them that can take part in an event: people and bodies. */
  takingPart: () => string[];
  /** Its preamble, for a date and a verb (see preamble.ts). */
  preamble: () => ReturnType<typeof preambles>;
  /** The first place it names after an offset. */
  placeAfter: () => ReturnType<typeof placesAfter>;
  /** Whether it names a gathering or "the same morning". */
  namesOccasion: () => boolean;
  /** Its words, lower case. */
  words: () => Set<string>;
}

/** The reading of a sentence of a document, with its context. */
export function readSentence(sentence: Sentence, doc: DocumentTimeline, context: SentenceContext): SentenceReading {
  const links = once(() => linksIn(doc.links, sentence));
  return {
    entities: once(() => entityIds(links())),
    takingPart: once(() => entityIds(links().filter((l) => takesPart(l.entity, context.entities)))),
    preamble: once(() => preambles(sentence.text)),
    placeAfter: once(() => placesAfter(sentence.text)),
    namesOccasion: once(() => OCCASION_WORDS.test(sentence.text)),
    words: once(() => new Set(sentence.text.toLowerCase().match(/\p{L}+/gu) ?? [])),
  };
}

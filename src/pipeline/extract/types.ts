import type { EntityType as SchemaEntityType, INSTRUMENT_TYPES } from '../../schemas/entity.ts';
import type { Sentence } from './sentences.ts';

/** Kinds of numbered instrument, by the national system of document codes. */
export type InstrumentType = (typeof INSTRUMENT_TYPES)[number];

/** Kinds of entity the extractors find. */
export type EntityType = SchemaEntityType;

/** Attributes of a legal instrument as a text states them. */
export interface InstrumentAttributes {
  number?: string;
  code?: string;
  issuer?: string;
  /** Date of issue, ISO, when the sentence states it in full. */
  date?: string;
  /** A date stated without its year ("On June 19, … adopted"), or a weekday ("signed … on Thursday"), read against the text's date. */
  when?: YearlessDate;
  title?: string;
}

/** A day stated without a year, or a weekday (ISO number, Monday 1), of a past event. */
export type YearlessDate = { month: number; day: number } | { weekday: number };

/** One mention of an entity in a document, before entities are resolved across texts. */
export interface Mention {
  type: EntityType;
  /** Matching key within its type: folded name, or number and code for instruments. */
  key: string;
  /** The entity's name as this mention gives it (without titles). */
  name: string;
  /** Index of the block, and offsets of the linked text in the block's text. */
  block: number;
  start: number;
  end: number;
  /** The exact linked text. */
  text: string;
  sentence: Sentence;
  /** Titles the text gives a person here. */
  roles?: string[];
  attributes?: InstrumentAttributes;
  /** How the mention was found: by its name, or by a title alone ("the General Secretary"). */
  via: 'name' | 'title';
  /** True when context confirms the type (a title, an honorific, a speech verb, a number). */
  certain: boolean;
}

/** A recognizer in the shape of chrono's parsers: proposes mentions in one sentence. */
export interface Parser {
  name: string;
  parse(sentence: Sentence): Mention[];
}

/** A refiner: merges, drops or completes the mentions of one document. */
export interface Refiner {
  name: string;
  refine(mentions: Mention[]): Mention[];
}

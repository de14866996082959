import { INSTRUMENT_TYPES } from '../../schemas/entity.ts';
import type { EventKind, TimeSource } from '../../schemas/event.ts';
import type { Link } from '../extract/resolve.ts';
import type { Sentence } from '../extract/sentences.ts';
import type { TimeExpression } from '../time/types.ts';
import type { Block } from '../types.ts';

/** What the event and target stages read of one document. */
export interface DocumentTimeline {
  id: string;
  /** The text's title, which often names the place a local text is about ("Quang Ngai: …"); absent in some tests. */
  title?: string;
  /** Publication date (ISO, as precise as known), or null. */
  date: string | null;
  blocks: Block[];
  sentences: Sentence[];
  /** Every time expression, in order. */
  times: TimeExpression[];
  /** Resolved entity mentions, in order. */
  links: Link[];
  /**
   * The lines the cleaner read as the page's header, no part of its text, in order: a document's heading among them names its issuer
   * ("UBND TỈNH THANH HÓA | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").
   */
  heading?: readonly string[];
}

/** What the event stage needs to know of an entity. */
export interface EntityFacts {
  type: string;
  name: string;
  /** A person's titles, in any text. */
  titles?: readonly string[];
}

/** Entity types that are issued, signed or passed: numbered instruments and laws. */
export const ISSUED_TYPES: ReadonlySet<string> = new Set([...INSTRUMENT_TYPES, 'law']);

/** Entities by id. */
export type EntityLookup = Pick<ReadonlyMap<string, EntityFacts>, 'get'>;

/** An event as one sentence reports it, before events are merged across texts. */
export interface EventCandidate {
  kind: EventKind;
  title: string;
  /** How good the title is: 3 a named gathering, 2 a subject and its action, 1 a cut clause, 0 a bare noun. */
  quality: number;
  time: TimeExpression;
  place: string | null;
  participants: string[];
  entities: string[];
  source: TimeSource;
  /** The instrument an `instrument` event issues. */
  instrument?: string;
}

/** A happening one sentence reports, before it is dated: its kind, where its verb is, and its title. */
export interface Happening {
  kind: EventKind;
  /** Offset of the verb (or the noun that names it) in the sentence. */
  at: number;
  /** Offset just past what names it (the verb and its object, or the gathering's noun). */
  end: number;
  title: string;
  /** As EventCandidate's quality. */
  quality: number;
  /** The instrument acted on, if an entity names it. */
  instrument?: string;
  /** Who did it, as the sentence names them (acts). */
  subject?: string;
  /** Whether an undated sentence may take the date of the occasion the text reports (a main clause in the simple past). */
  inherits: boolean;
  /** Whether its date must be a day written right beside it (a bare "conference" or "merger" in a longer sentence). */
  near?: boolean;
  /** Whether it is a participle that acts with the clause before it ("…, approving 18 resolutions"), however far apart in words. */
  joins?: boolean;
  /** Whether it is a gathering people attended or addressed ("600 guests attended the awards ceremony"), which the lead's day dates. */
  attended?: boolean;
  /** Whether it is read only when the sentence reports nothing else (a gathering merely named, not framed with "At the …"). */
  alone?: boolean;
  /**
   * Whether it is a gathering that did what the verb right after its name tells ("the 20th session of the … Council passed …"): it sat the
   * day that act was done.
   */
  acted?: boolean;
  /** The offset of the time its reader read with its verb (deeds): it is dated by that time only, whatever verb is nearer. */
  timeAt?: number;
  /** Whether that time is one it has gone on "since" (a trial begun that day; its relation 'from'), which dates no other happening. */
  since?: boolean;
  /** The gathering it was done at, by its noun ("ceremony"): it takes the date of the occasion of that name, however far back. */
  doneAt?: string;
  /**
   * The offset of the day written right after a gathering's name ("at a dialogue on Thursday said …"): the gathering's own, though
   * a verb of saying stands beside it.
   */
  dayAt?: number;
  /** Whether it is held at a ceremony, by which a later sentence may name it ("Speaking at the ceremony, …"): a launch, an opening. */
  ceremonial?: boolean;
  /** What a gathering was held to do, when that is all it is told with ("a conference … to launch the plan"): "launch the plan". */
  purpose?: string;
}

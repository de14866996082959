import type { Comparator } from '../../schemas/target.ts';

/** A target one clause states, before its deadline is found: offsets are in the sentence's text. */
export interface TargetProposal {
  metric: string;
  comparator: Comparator | null;
  value: number | null;
  /** Top of a range ("25-30%": value 25, max 30); null for a single value. */
  max: number | null;
  unit: string | null;
  qualitative: boolean;
  baseline: { value: number; year: number | null; text: string } | null;
  /** Offsets of the stated figure or goal in the sentence. */
  start: number;
  end: number;
  /**
   * Offsets of the words whose tense the proposal's is: the whole a part is of (", of which 30 have raised venture capital"), the aim
   * an infinitive after "and to" is of ("aims to have …, up from 81% now, and to publish all …").
   */
  tenseOf?: { start: number; end: number };
  /** Where the figure's own words end when a baseline follows them ("at least 60 per cent (…), from 43 per cent now"). */
  figureEnd?: number;
  /** Whether it is a time within which things are to be done, in a sentence that dates the aim: no procedure's limit (see DONE_WITHIN). */
  dueWithin?: boolean;
}

/** What a sentence's place says of its figures: an item of a list a body set as its own aims, in a year ("In 2031, X Tax aims to:"). */
export interface ProposalContext {
  ownAim?: boolean;
  /** An item of a list of any body's aims in a year ("In this year's enrolment, Hải Châu ward aims to:"): its "within" times are aims. */
  aimed?: boolean;
}

/** A proposer of targets in one sentence, in the shape of chrono's parsers. */
export interface TargetParser {
  name: string;
  propose(text: string, context?: ProposalContext): TargetProposal[];
}

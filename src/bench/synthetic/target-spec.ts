/** The shapes a target is stated in, each one the pipeline reads as a share, a percentage, a count, a rank or a goal. */
export type TargetKind = 'share' | 'percent' | 'count' | 'train' | 'rank' | 'goal';

/**
 * A target as a policy document sets it: what is measured, how, the value and the deadline.
 * Every text that states it states these, so that the statements of many texts merge into one target.
 */
export interface TargetSpec {
  /** The metric's key: one key, scope and deadline always have one value. */
  key: string;
  kind: TargetKind;
  /**
   * share: what is measured ("the digital economy"); percent: what is counted ("administrative
   * procedures"); count and train: what is counted, as a phrase ("engineers in microchip design");
   * rank: the index or field; goal: what the country or province is to become ("a developed, high-income country").
   */
  what: string;
  /**
   * share: its base ("GDP"); percent: what becomes of it ("will be handled online"); rank: among whom ("countries in Southeast Asia"), empty for a
   * province.
   */
  extra: string;
  /** "at least", "more than", "over", or empty for a value to reach; the same in every statement. */
  qualifier: string;
  /** The value; 0 for a goal. */
  value: number;
  deadline: number;
  /** Other values a few texts state for the same metric and deadline (an older draft): the conflicts a real corpus has. */
  alternatives: readonly number[];
}

import { aim, type TextContext } from './context.ts';
import { provinceTargets } from './local-targets.ts';
import { pickNational, statedValue } from './national-targets.ts';
import type { Aim } from './sentences/targets.ts';
import type { TargetSpec } from './target-spec.ts';

/** A target a text states: which one, the value it gives, and who sets it. */
export interface Stated {
  spec: TargetSpec;
  value: number;
  aim: Aim;
}

/** Share of the targets a local text states that are its province's own; the rest are national targets it cites. */
const OWN = 0.7;

/**
 * A target for this text, not yet due when it is published and not stated by it before when
 * another is at hand: one of its province's targets (until it has stated them all), or a national
 * one; optionally with a given deadline. Undefined when no target has that deadline.
 */
export function chooseTarget(ctx: TextContext, deadline?: number): Stated | undefined {
  const { rng } = ctx;
  const due = (t: TargetSpec) => t.deadline >= ctx.pub.year && (deadline === undefined || t.deadline === deadline);
  const own = ctx.focus && rng.chance(OWN) ? provinceTargets(ctx.seed, ctx.focus.province).filter((t) => due(t) && !ctx.used.has(keyOf(t))) : [];
  let spec = own.length > 0 ? rng.pick(own) : pickNational(rng, ctx.pub.year, deadline);
  for (let tries = 0; own.length === 0 && spec && ctx.used.has(keyOf(spec)) && tries < 3; tries++) spec = pickNational(rng, ctx.pub.year, deadline);
  if (!spec) return undefined;
  ctx.used.add(keyOf(spec));
  const local = own.length > 0;
  return { spec, value: local ? spec.value : statedValue(rng, spec), aim: aim(ctx, local) };
}

const keyOf = (spec: TargetSpec) => `target:${spec.key}:${spec.deadline}`;

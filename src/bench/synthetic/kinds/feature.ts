import { image } from '../chrome.ts';
import { pickPerson, type TextContext } from '../context.ts';
import { citingParagraph, factParagraph, policyParagraph, statement, targetParagraph } from '../paragraphs.ts';
import { FEATURE_HEADLINES } from '../sentences/headlines.ts';
import { capitalize, fill } from '../text.ts';
import { FIELDS } from '../vocab.ts';
import { grow } from './grow.ts';
import type { Piece } from './meeting-report.ts';

/** A feature on a field: scientists, enterprises and experts speaking, figures, a few targets. */
export function feature(ctx: TextContext, chars: number): Piece {
  const { rng } = ctx;
  const field = rng.pick(FIELDS);
  const slots = { field, P: 'Hanoi', leader: 'A researcher', meeting: 'workshop' };
  const title = capitalize(fill(rng.pick(FEATURE_HEADLINES), slots, rng));
  const body = [rng.pick([
    `In a laboratory on the outskirts of Hanoi, a group of young engineers is working on ${field}, a field that was almost unknown in Vietnam a decade ago.`,
    `The race to master ${field} has drawn Vietnamese enterprises, universities and research institutes into a new kind of cooperation.`,
    `${capitalize(field)} is among the strategic technologies that Vietnam wants to master, but the road from research to market remains long.`,
  ])];
  if (rng.chance(0.5)) body.push(...image(ctx, slots));
  grow(ctx, body, chars, [
    [(c) => statement(c, pickPerson(c, ['expert', 'business'])), 4],
    [policyParagraph, 3],
    [factParagraph, 0.6],
    [targetParagraph, 1.5],
    [citingParagraph, 1],
  ]);
  return { title, body };
}

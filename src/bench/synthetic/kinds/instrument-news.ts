import { longDate, monthDay, numeric } from '../calendar.ts';
import { compareDays } from '../calendar.ts';
import { chooseFocus, instrumentRef, nameOf, nationalOfficial, pickPerson, type TextContext } from '../context.ts';
import { codeName, FREQUENT, instrumentAt, issuerOf, LAWS, type Instrument } from '../instruments.ts';
import { citingParagraph, factParagraph, framedTargets, policyParagraph, statement, targetParagraph, taskList } from '../paragraphs.ts';
import { personAt, PRIME_MINISTER, titleOf } from '../people.ts';
import { provinceOrder } from '../places.ts';
import { INSTRUMENT_HEADLINES } from '../sentences/headlines.ts';
import { capitalize, fill } from '../text.ts';
import { FIELDS, THEMES } from '../vocab.ts';
import { grow } from './grow.ts';
import type { Piece } from './meeting-report.ts';

/** News of an instrument just issued (or a law passed): who signed it, what it sets out, who must do what. */
export function instrumentNews(ctx: TextContext, chars: number): Piece {
  const { rng } = ctx;
  const i = recentInstrument(ctx);
  if (i.place) chooseFocus(ctx, provinceOrder(ctx.seed).indexOf(i.place));
  ctx.cited.add(i.id);
  const code = codeName(i, ctx.writing, rng);
  const slots = { instrument: code, field: () => rng.pick(FIELDS), theme: () => rng.pick(THEMES) };
  const title = capitalize(fill(rng.pick(INSTRUMENT_HEADLINES), slots, rng));
  const signer = i.issuer === 'the Prime Minister' || i.issuer === 'the Government'
    ? (rng.chance(0.25) ? personAt(ctx.seed, PRIME_MINISTER) : personAt(ctx.seed, rng.int(4, 7)))
    : nationalOfficial(ctx);
  const signerName = `${titleOf(signer, ctx.writing.diacritics)} ${nameOf(ctx, signer)}`;
  const recent = compareDays(i.date, ctx.pub) > -150;
  const day = recent && rng.chance(0.6) ? monthDay(i.date) : rng.chance(0.5) ? longDate(i.date) : numeric(i.date);
  const body = [rng.pick([
    `On ${day}, ${i.place ? issuerOf(i, ctx.writing) : signerName} signed ${code} ${i.subject}.`,
    `${capitalize(issuerOf(i, ctx.writing))} has issued ${code} dated ${longDate(i.date)} ${i.subject}.`,
    `${code}, ${i.subject.replace(/^on /, 'on ')}, was issued on ${day}.`,
  ])];
  body.push(`The ${i.kind.toLowerCase()} aims to ${rng.pick(['create a breakthrough in', 'remove obstacles to', 'speed up'])} `
    + `${rng.pick(THEMES)}, in line with ${instrumentRef(ctx, FREQUENT.find((f) => compareDays(f.date, ctx.pub) < 0) ?? FREQUENT[3]!)}.`);
  if (rng.chance(0.3)) body.push(`Meanwhile, the National Assembly is considering the draft ${rng.pick(LAWS)}, which is expected `
    + `to be passed ${rng.pick(['at the next session', 'this year', 'soon'])}.`);
  grow(ctx, body, chars, [
    [targetParagraph, 4],
    [framedTargets, 1.2],
    [taskList, 1.2],
    [policyParagraph, 3],
    [(c) => statement(c, rng.chance(0.5) ? signer : pickPerson(c, ['national', 'expert'])), 2],
    [factParagraph, 0.4],
    [citingParagraph, 1],
  ]);
  body.push(rng.pick([
    `The ${i.kind.toLowerCase()} takes effect from ${longDate(i.date)}.`,
    `Ministers, heads of ministerial-level agencies and chairpersons of provincial People’s Committees are responsible for `
      + `implementing the ${i.kind.toLowerCase()}.`,
    `The ${i.kind.toLowerCase()} takes effect ${rng.pick(['from the date of signing', 'from the date of promulgation', '45 days after signing'])}.`,
  ]));
  return { title, body };
}

/** An instrument of the pool issued in the months before the text, else one cited often. */
function recentInstrument(ctx: TextContext): Instrument {
  let best: Instrument | undefined;
  for (let tries = 0; tries < 10; tries++) {
    const i = instrumentAt(ctx.seed, ctx.rng.int(0, ctx.instrumentPool - 1));
    const age = -compareDays(i.date, ctx.pub);
    if (age > 0 && (!best || age < -compareDays(best.date, ctx.pub))) best = i;
  }
  return best ?? FREQUENT.filter((f) => compareDays(f.date, ctx.pub) < 0).at(-1) ?? FREQUENT[3]!;
}

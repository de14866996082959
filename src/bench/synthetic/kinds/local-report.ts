import { addDays, compareDays, longDate, monthDay, numeric } from '../calendar.ts';
import { image } from '../chrome.ts';
import { chooseFocus, instrumentRef, nameOf, officials, pickInstrument, pickPerson, subject, type TextContext } from '../context.ts';
import { codeName, instrumentAt, issuerOf, type Instrument } from '../instruments.ts';
import { citingParagraph, factParagraph, framedTargets, policyParagraph, statement, targetParagraph, taskList } from '../paragraphs.ts';
import { titleOf } from '../people.ts';
import { placePhrase, provinceName, unitOf } from '../places.ts';
import { PROVINCE_HEADLINES } from '../sentences/headlines.ts';
import { capitalize, fill, thousands } from '../text.ts';
import { FIELDS, THEMES } from '../vocab.ts';
import { grow } from './grow.ts';
import type { Piece } from './meeting-report.ts';

/** A report on how one province or city carries out national policy: its plan, officials, targets and figures. */
export function localReport(ctx: TextContext, chars: number): Piece {
  const { rng } = ctx;
  chooseFocus(ctx, rng.skewed(ctx.provincePool, 1.3));
  const { province, index } = ctx.focus!;
  const d = ctx.writing.diacritics;
  const P = provinceName(province, d);
  const unit = unitOf(province, d);
  const people = officials(ctx, index);
  const leader = () => (people.length > 0 && rng.chance(0.75) ? rng.pick(people) : pickPerson(ctx, ['provincial', 'expert', 'business']));
  const slots = {
    P, n: String(rng.int(5, 60) * 10), Y: String(rng.pick([2030, 2030, 2035])), field: () => rng.pick(FIELDS), theme: () => rng.pick(THEMES),
    leader: (() => { const p = people[0] ?? pickPerson(ctx, ['provincial']); return `${titleOf(p, d)} ${nameOf(ctx, p)}`; })(),
    meeting: 'provincial conference',
  };
  const title = capitalize(fill(rng.pick(PROVINCE_HEADLINES), slots, rng));
  const national = pickInstrument(ctx, 0.7);
  const plan = localPlan(ctx, national);
  const Place = placePhrase(province, d).replace(/^./, (c) => c.toUpperCase());
  const lead = plan && rng.chance(0.5)
    ? (`On ${rng.chance(0.6) ? longDate(plan.date) : numeric(plan.date)}, ${issuerOf(plan, ctx.writing)} issued `
      + `${codeName(plan, ctx.writing, rng)} to carry out ${instrumentRef(ctx, national)}.`)
    : rng.chance(0.5)
      ? `${Place} has set out a series of targets to make science, technology and digital transformation the main driver of its growth.`
      : (`According to the ${unit} People’s Committee, the ${province.kind === 'province' ? 'province' : 'city'} is speeding up the `
        + `implementation of ${instrumentRef(ctx, national)}.`);
  const body = [lead];
  ctx.focus!.inLead = province.kind !== 'capital';
  if (people[0] && rng.chance(0.5)) body.push(`The ${unit} Party Committee, headed by ${subject(ctx, people[0]).replace(/,$/, '')}`
    + `, has set up a steering committee on ${rng.pick(THEMES)}.`);
  if (rng.chance(0.5)) body.push(...image(ctx, slots));
  if (rng.chance(0.35)) {
    const day = addDays(ctx.pub, -rng.int(1, 20));
    body.push(`On the ${rng.pick(['morning', 'afternoon'])} of ${monthDay(day)}, the ${unit} `
      + `${rng.pick(['Party Committee', 'People’s Committee'])} held a conference to `
      + `${rng.pick(['review the results of digital transformation', 'launch the innovation program', 'deploy the plan on science and technology'])}`
      + `, with ${thousands(rng.int(20, 90) * 10)} delegates attending.`);
  }
  grow(ctx, body, chars, [
    [targetParagraph, 4],
    [(c) => statement(c, leader()), 3],
    [policyParagraph, 3],
    [factParagraph, 0.6],
    [framedTargets, 0.8],
    [taskList, 0.6],
    [citingParagraph, 1],
    [(c) => image(c, slots), 0.6],
  ]);
  const closer = people[1] ?? leader();
  body.push(`${capitalize(subject(ctx, closer))} ${rng.pick(['said', 'affirmed'])} that ${P} would `
    + `${rng.pick(['continue to accompany enterprises and scientists', 'spare no effort to reach its targets', 'review the results every six months'])}`
    + `.`);
  return { title, body };
}

/** A plan or decision of the province, from the pool, issued after the national instrument it carries out and before the text. */
function localPlan(ctx: TextContext, national: Instrument): Instrument | undefined {
  for (let tries = 0; tries < 8; tries++) {
    const i = instrumentAt(ctx.seed, ctx.rng.int(0, ctx.instrumentPool - 1));
    if (i.place && compareDays(i.date, national.date) > 0 && compareDays(i.date, ctx.pub) < 0) {
      const { province, index } = ctx.focus!;
      const number = ((i.number + 53 * index) % (i.code.includes('KH') ? 400 : i.code.includes('TU') ? 30 : 4000)) + 1;
      return { ...i, number, place: province, id: `${i.id}@${index}` };
    }
  }
  return undefined;
}

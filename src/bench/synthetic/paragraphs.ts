import { aim, deadline, fresh, instrumentRef, nameOf, pastYear, pickInstrument, proseSlots, pronoun, subject, where, type TextContext } from './context.ts';
import { LAWS, PROGRAMMES } from './instruments.ts';
import { personAt, PRIME_MINISTER, TO_LAM, type Person } from './people.ts';
import { ENDINGS, MODALS, OPENERS, SPEECH_SUBJECTS, SUBJECTS } from './sentences/compose.ts';
import { POLICY } from './sentences/policy.ts';
import { QUOTES, REPORTED, SAYING } from './sentences/quotes.ts';
import * as T from './sentences/targets.ts';
import { capitalize, fill } from './text.ts';
import { MINISTRIES, PROVINCIAL_DEPARTMENTS } from './organizations.ts';
import { TASKS } from './vocab.ts';

/** A sentence put together from parts: [opener] subject modal task [ending]. */
export function composed(ctx: TextContext, firstPerson = false): string {
  const { rng } = ctx;
  const who = rng.pick(firstPerson ? SPEECH_SUBJECTS : SUBJECTS);
  const singular = /^(?:the|each|every) /.test(who) && !/ and /.test(who);
  const modal = singular ? rng.pick(MODALS).replace(/^need to$/, 'needs to').replace(/^have to$/, 'has to').replace(/^are /, 'is ') : rng.pick(MODALS);
  const template = `${rng.pick(OPENERS)}${who} ${modal} {task}${rng.pick(ENDINGS)}.`;
  return capitalize(fill(template, proseSlots(ctx), rng));
}

/** n sentences drawn from a bank (or composed, one time in three), filled and joined. */
export function prose(ctx: TextContext, bank: readonly string[], n: number, firstPerson = false): string {
  const slots = proseSlots(ctx);
  return Array.from({ length: n }, () => (ctx.rng.chance(firstPerson ? 0.45 : 0.35) ? composed(ctx, firstPerson) : capitalize(fill(fresh(ctx, bank), slots, ctx.rng)))).join(' ');
}

/** A paragraph of policy prose. */
export const policyParagraph = (ctx: TextContext): string => prose(ctx, POLICY, ctx.rng.int(2, 4));

/** A quotation with its speaker, or reported speech. */
export function statement(ctx: TextContext, p: Person, occasion?: string): string {
  const { rng } = ctx;
  const slots = proseSlots(ctx);
  const quote = fill(fresh(ctx, QUOTES), slots, rng);
  const clause = fill(fresh(ctx, REPORTED), slots, rng);
  const verb = rng.pick(SAYING);
  switch (rng.int(0, 4)) {
    case 0: return `“${quote},” ${subject(ctx, p)} ${verb}.`;
    case 1: return `${capitalize(subject(ctx, p))} ${verb}: “${quote}.”`;
    case 2: return `${occasion ? `Speaking at the ${occasion}, ` : ''}${subject(ctx, p)} ${rng.pick(['emphasized', 'stressed', 'affirmed', 'noted', 'said'])} that ${clause}.`;
    case 3: return `${capitalize(subject(ctx, p))} ${rng.pick(['asked', 'requested', 'urged'])} ${rng.pick(['agencies', 'localities', 'the sectors concerned', 'enterprises'])} to ${rng.pick(TASKS)}. ${capitalize(pronoun(p))} ${verb} that ${clause}.`;
    default: return `According to ${subject(ctx, p).replace(/,$/, '')}, ${clause}.`;
  }
}

/** A paragraph of targets, local or national, each with a deadline. */
export function targetParagraph(ctx: TextContext): string {
  const { rng } = ctx;
  const makers = [T.shareTarget, T.percentTarget, T.countTarget, T.trainingTarget, T.rankTarget, T.goalTarget, T.milestone];
  const n = rng.int(1, 3);
  const sentences = T.distinctBy(() => rng.pick(makers)(rng, aim(ctx), deadline(ctx)), n);
  if (rng.chance(0.4)) sentences.push(T.fact(rng, aim(ctx), pastYear(ctx)));
  return sentences.join(' ');
}

/** A paragraph of reported figures without deadlines. */
export const factParagraph = (ctx: TextContext): string =>
  T.distinctBy(() => T.fact(ctx.rng, aim(ctx), pastYear(ctx)), ctx.rng.int(1, 3)).join(' ');

/** A frame ("sets a target that by 2030:") and its bullet items. */
export function framedTargets(ctx: TextContext): string[] {
  const { rng } = ctx;
  const year = deadline(ctx);
  const who = ctx.focus
    ? rng.pick(['The provincial plan', `The plan of ${where(ctx)}`, 'The action plan of the Provincial People’s Committee'])
    : rng.pick(['The resolution', 'The program', 'The strategy', 'The Government’s action program', 'The national plan']);
  const intro = rng.pick([
    `${who} sets a target that by ${year}:`,
    `${who} sets a target that by ${year}, ${rng.pick(['the following results must be achieved', 'these indicators must be met', 'the main indicators will be as follows'])}:`,
    `Specifically, by ${year}, ${where(ctx)} strives to reach the following ${rng.int(3, 9)} targets:`,
    `${who} sets ${rng.int(4, 40)} targets by ${year}, ${rng.pick(['including', 'notably', 'among them'])}:`,
  ]);
  return [intro, ...T.framedItems(rng, rng.int(3, 5), ctx.focus !== undefined).map((item) => `  • ${item}`)];
}

const TASK_ENDINGS = [
  '', '', ', with a focus on {field}', ', with priority for {actor}', ' (responsibility: the Ministry of {ministry})', ', reporting the results every {period}',
  ' before the end of {year}', ', led by the Department of {department}', ' in cooperation with {actor}',
];

/** A task list under a lead-in sentence. */
export function taskList(ctx: TextContext): string[] {
  const { rng } = ctx;
  const slots = { ...proseSlots(ctx), ministry: () => rng.pick(MINISTRIES), department: () => rng.pick(PROVINCIAL_DEPARTMENTS),
    period: () => rng.pick(['quarter', 'six months', 'year']), year: () => String(Math.max(ctx.pub.year, 2025) + rng.int(0, 1)) };
  const tasks = rng.sample(TASKS, rng.int(3, 6)).map((t) => `  • ${capitalize(t)}${fill(rng.pick(TASK_ENDINGS), slots, rng)}.`);
  const intro = rng.pick([
    'The key tasks include:', `To achieve these goals, ${rng.pick(['the following tasks were set out', 'agencies were assigned the following tasks', 'the plan lists several groups of solutions'])}:`,
    `Specifically, ${rng.pick(['agencies', 'departments and branches', 'ministries and localities', 'all levels'])} must:`,
    `${rng.pick(['The document', 'The plan', 'The program'])} assigns ${rng.int(3, 12)} groups of tasks, ${rng.pick(['notably', 'including', 'among which'])}:`,
  ]);
  return [intro, ...tasks];
}

/** A sentence citing an instrument, a law or a programme. */
export function citingParagraph(ctx: TextContext): string {
  const { rng } = ctx;
  const i = pickInstrument(ctx);
  const ref = instrumentRef(ctx, i);
  const law = rng.pick(LAWS);
  const programme = rng.pick(PROGRAMMES);
  return fill(rng.pick([
    `The work is carried out under ${ref}, which sets out [specific|concrete] tasks for each agency.`,
    `Implementing ${ref}, ${rng.pick(['ministries and localities have reviewed their', 'the province has reviewed its', 'the sector has reviewed its'])} plans and [added|adjusted] targets for the coming years.`,
    `Draft amendments to the ${law} are being prepared to institutionalize ${ref}.`,
    `The ${law}, which takes effect soon, will give a legal basis for ${programme === 'Project 06' ? 'Project 06' : `the ${programme}`}.`,
    `${capitalize(ref)} is regarded as a [turning point|milestone] for ${rng.pick(['the country', 'science and technology', 'the digital economy'])}.`,
    `In addition, the ${programme} will be [accelerated|reviewed|expanded] in line with ${ref}.`,
  ]), {}, rng);
}

/** A paragraph naming one of the two most-cited leaders, so that they appear in a realistic share of texts. */
export function leaderParagraph(ctx: TextContext): string {
  const { rng } = ctx;
  const leader = personAt(ctx.seed, rng.chance(0.7) ? TO_LAM : PRIME_MINISTER);
  const name = nameOf(ctx, leader);
  const title = leader.id === TO_LAM ? 'General Secretary' : 'Prime Minister';
  return rng.pick([
    `Implementing the direction of ${title} ${name}, ${rng.pick(['localities', 'ministries', 'the province'])} must ${rng.pick(TASKS)}.`,
    `${title} ${name} has repeatedly asked agencies to ${rng.pick(TASKS)}.`,
    `At a recent meeting, ${title} ${name} stressed that ${fill(rng.pick(REPORTED), proseSlots(ctx), rng)}.`,
  ]);
}

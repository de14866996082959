import { aim, fresh, instrumentRef, nameOf, pastYear, pickInstrument, proseSlots, pronoun, subject, where, type TextContext } from './context.ts';
import { LAWS, PROGRAMMES } from './instruments.ts';
import { personAt, PRIME_MINISTER, TO_LAM, type Person } from './people.ts';
import { ENDINGS, MODALS, OPENERS, SPEECH_SUBJECTS, SUBJECTS } from './sentences/compose.ts';
import { POLICY } from './sentences/policy.ts';
import { QUOTES, REPORTED, SAYING } from './sentences/quotes.ts';
import { fact } from './sentences/facts.ts';
import * as T from './sentences/targets.ts';
import { chooseTarget } from './target-choice.ts';
import { unitOf } from './places.ts';
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
  return Array.from(
    { length: n },
    () => (ctx.rng.chance(firstPerson ? 0.45 : 0.35) ? composed(ctx, firstPerson) : capitalize(fill(fresh(ctx, bank), slots, ctx.rng))),
  ).join(' ');
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
    case 2: return `${occasion ? `Speaking at the ${occasion}, ` : ''}${subject(ctx, p)} `
      + `${rng.pick(['emphasized', 'stressed', 'affirmed', 'noted', 'said'])} that ${clause}.`;
    case 3: return `${capitalize(subject(ctx, p))} ${rng.pick(['asked', 'requested', 'urged'])} `
      + `${rng.pick(['agencies', 'localities', 'the sectors concerned', 'enterprises'])} to ${rng.pick(TASKS)}. ${capitalize(pronoun(p))} ${verb}`
      + ` that ${clause}.`;
    default: return `According to ${subject(ctx, p).replace(/,$/, '')}, ${clause}.`;
  }
}

/** A paragraph of targets, local or national, each with its deadline; sometimes a task due by a date or a figure reached. */
export function targetParagraph(ctx: TextContext): string {
  const { rng } = ctx;
  const sentences: string[] = [];
  for (let n = rng.int(1, 3); sentences.length < n;) {
    const stated = rng.chance(0.12) ? undefined : chooseTarget(ctx);
    sentences.push(stated ? T.targetSentence(rng, stated.spec, stated.value, stated.aim) : T.milestone(rng, aim(ctx), milestoneYear(ctx)));
  }
  if (rng.chance(0.1)) sentences.push(fact(rng, aim(ctx), pastYear(ctx)));
  return sentences.join(' ');
}

/** A paragraph of reported figures without deadlines. */
export const factParagraph = (ctx: TextContext): string =>
  T.distinctBy(() => fact(ctx.rng, aim(ctx), pastYear(ctx)), ctx.rng.chance(0.75) ? 1 : 2).join(' ');

/** A frame ("sets a target that by 2030:") and the targets due then, as bullet items; a target paragraph when too few are due then. */
export function framedTargets(ctx: TextContext): string[] {
  const { rng } = ctx;
  const first = chooseTarget(ctx);
  if (!first) return [targetParagraph(ctx)];
  const year = first.spec.deadline;
  const items = [first];
  const wanted = rng.int(3, 4);
  for (let tries = 0; items.length < wanted && tries < 8; tries++) {
    const next = chooseTarget(ctx, year);
    if (next && next.aim.local === first.aim.local && !items.some((i) => i.spec === next.spec)) items.push({ ...next, aim: first.aim });
  }
  if (items.length < 2) return [T.targetSentence(rng, first.spec, first.value, first.aim)];
  const local = first.aim.local;
  const who = local
    ? rng.pick([
      `The plan of ${where(ctx)}`, `The action plan of ${where(ctx)}`,
      `The ${unitOf(ctx.focus!.province, ctx.writing.diacritics)} People’s Committee`,
    ])
    : rng.pick(['The resolution', 'The program', 'The strategy', 'The Government’s action program', 'The national plan']);
  const place = local ? where(ctx) : 'the country';
  const intro = rng.pick([
    `${who} sets a target that by ${year}:`,
    `${who} sets a target that by ${year}, `
      + `${rng.pick(['the following results must be achieved', 'these indicators must be met', 'the main indicators will be as follows'])}:`,
    `${rng.pick(['Specifically', 'In detail', 'Concretely', 'In numbers'])}, by ${year}, ${place} `
      + `${rng.pick(['strives to reach', 'aims to meet', 'must achieve', 'is to reach'])} the following ${items.length + rng.int(0, 5)} `
      + `${rng.pick(['targets', 'indicators', 'main targets'])}:`,
    `${who} sets ${rng.int(4, 40)} targets by ${year}, ${rng.pick(['including', 'notably', 'among them'])}:`,
    `By ${year}, ${place} ${rng.pick(['aims to achieve', 'expects to reach', 'has committed to'])} the following `
      + `${rng.pick(['main', 'key', 'specific'])} ${rng.pick(['targets', 'indicators', 'goals'])}:`,
    `${rng.pick(['Among the', 'The'])} ${rng.pick(['main', 'key', 'specific', 'most important'])} `
      + `${rng.pick(['targets', 'indicators'])} ${who.charAt(0).toLowerCase()}${who.slice(1)} sets for ${place} by ${year} `
      + `${rng.pick(['are', 'include'])}:`,
  ]);
  return [intro, ...items.map((i) => `  • ${T.targetItem(rng, i.spec, i.value, i.aim)}`)];
}

/** The year a task is due: this year or a year or two later. */
const milestoneYear = (ctx: TextContext): number => Math.max(2025, ctx.pub.year) + ctx.rng.pick([0, 0, 1, 2]);

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
    'The key tasks include:',
    `To achieve these goals, ${rng.pick([
      'the following tasks were set out', 'agencies were assigned the following tasks', 'the plan lists several groups of solutions',
    ])}:`,
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
    `Implementing ${ref}, `
      + `${rng.pick(['ministries and localities have reviewed their', 'the province has reviewed its', 'the sector has reviewed its'])} plans `
      + `and [added|adjusted] targets for the coming years.`,
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

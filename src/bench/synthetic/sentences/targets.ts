import type { Rng } from '../prng.ts';
import type { TargetSpec } from '../target-spec.ts';
import { capitalize, thousands } from '../text.ts';

/** Who sets a target: "The province" / "Bac Ninh province" / "Vietnam", and whether it is local. */
export interface Aim {
  /** Subject at the start of a sentence: "The province", "Bac Ninh province", "Vietnam". */
  subject: string;
  local: boolean;
}

/** What national targets are attributed to. */
const SOURCES = ['The resolution', 'The strategy', 'The national program', 'The Government’s action program', 'The plan'];
/** What reaches a level in a goal without an article ("advanced levels in many important fields"). */
const CAPACITY = 'the country’s science and technology capacity';
/** The subject inside a sentence: "the province", "Bac Ninh province". */
const lower = (aim: Aim) => aim.subject.replace(/^The /, 'the ');
/** "at least 30%", "100%". */
const percent = (spec: TargetSpec, v: number) => `${spec.qualifier ? `${spec.qualifier} ` : ''}${v}%`;
/** "at least 5 digital technology enterprises …", "50,000 engineers …". */
const count = (spec: TargetSpec, v: number) => `${spec.qualifier ? `${spec.qualifier} ` : ''}${thousands(v)} ${spec.what}`;
/** "will be handled online" → "are handled online"; "will use" → "use". */
const present = (predicate: string) => predicate.replace(/^will be /, 'are ').replace(/^will /, '');
/** "the top 3 countries in Southeast Asia in terms of …", "the top 10 in terms of …". */
const among = (spec: TargetSpec, v: number) => `the top ${v}${spec.extra ? ` ${spec.extra}` : ''} in terms of ${spec.what}`;

/** Openings of a target sentence; with them, the same target is seldom worded twice alike. */
const LEAD_INS = ['In particular, ', 'Notably, ', 'At the same time, ', 'Accordingly, ', 'In addition, ', 'Specifically, ', 'Under the plan, ', 'As planned, '];
/** Openings of a list item, before a subject. */
const ITEM_LEAD_INS = ['', '', 'Ensuring that '];

/** Lowers the first word of a sentence that follows an opening, unless it is a name. */
const afterLeadIn = (sentence: string) => (/^(?:The|By|At|Over|More) /.test(sentence) ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : sentence);

/**
 * A sentence stating a target with its deadline, in one of the ways texts word it; every way reads
 * as the same metric, comparator, value and unit, so that the statements of many texts merge.
 */
export function targetSentence(rng: Rng, spec: TargetSpec, v: number, aim: Aim): string {
  const sentence = bareSentence(rng, spec, v, aim);
  return rng.chance(0.45) ? `${rng.pick(LEAD_INS)}${afterLeadIn(sentence)}` : sentence;
}

/**
 * A list item with an opening now and then; not before "N% of hospitals in the province", which
 * after an opening the pipeline reads as a share of hospitals.
 */
export function targetItem(rng: Rng, spec: TargetSpec, v: number, aim: Aim): string {
  const item = bareItem(rng, spec, v, aim);
  const lead = /^(?:Having|Being|Ranking|Developing|Building|Becoming)\b/.test(item) || (spec.kind === 'percent' && aim.local) ? '' : rng.pick(ITEM_LEAD_INS);
  return lead ? `${lead}${afterLeadIn(item)}` : item;
}

function bareSentence(rng: Rng, spec: TargetSpec, v: number, aim: Aim): string {
  const Y = spec.deadline;
  const S = aim.subject;
  const s = lower(aim);
  const source = aim.local ? rng.pick([`The action plan of ${s}`, S]) : rng.pick(SOURCES);
  switch (spec.kind) {
    case 'share': return rng.pick([
      `By ${Y}, ${s} aims to have ${spec.what} account for ${percent(spec, v)} of ${spec.extra}.`,
      `${S} strives to ensure that ${spec.what} reaches ${percent(spec, v)} of ${spec.extra} by ${Y}.`,
      `${source} sets the target that ${spec.what} will reach ${percent(spec, v)} of ${spec.extra} by ${Y}.`,
      ...(aim.local ? [] : [`By ${Y}, ${spec.what} will reach ${percent(spec, v)} of ${spec.extra}.`]),
    ]);
    case 'percent': return aim.local
      ? rng.pick([
        `By ${Y}, ${percent(spec, v)} of ${spec.what} in ${s} ${spec.extra}.`,
        `${S} strives to ensure that ${percent(spec, v)} of ${spec.what} ${spec.extra} by ${Y}.`,
      ])
      : rng.pick([
        `By ${Y}, ${percent(spec, v)} of ${spec.what} ${spec.extra}.`,
        `The target is that ${percent(spec, v)} of ${spec.what} ${spec.extra} by ${Y}.`,
        `${source} sets the target that ${percent(spec, v)} of ${spec.what} ${spec.extra} by ${Y}.`,
      ]);
    case 'count': return rng.pick([
      `${S} strives to have ${count(spec, v)} by ${Y}.`,
      `By ${Y}, ${s} ${aim.local ? 'will' : 'is set to'} have ${count(spec, v)}.`,
      `${source} sets the target of having ${count(spec, v)} by ${Y}.`,
    ]);
    case 'train': return rng.pick([
      `${S} will train ${count(spec, v)} by ${Y}${rng.chance(0.4) ? ', focusing on design and testing' : ''}.`,
      `By ${Y}, ${s} plans to train ${count(spec, v)}.`,
      `${source} sets out to train ${count(spec, v)} by ${Y}.`,
    ]);
    case 'rank': return rng.pick([
      `By ${Y}, ${s} aims to be among ${among(spec, v)}.`,
      `${S} strives to rank among ${among(spec, v)} by ${Y}.`,
    ]);
    case 'goal':
      if (!/^an? /.test(spec.what)) return rng.pick([
        `By ${Y}, ${CAPACITY} will reach ${spec.what}.`, `${source} sets the goal that by ${Y}, ${CAPACITY} will reach ${spec.what}.`,
      ]);
      return aim.local
        ? `${S} strives to become ${spec.what} by ${Y}.`
        : rng.pick([`${S} aims to become ${spec.what} by ${Y}.`, `${source} sets the goal that by ${Y}, Vietnam will become ${spec.what}.`]);
  }
}

/** A target as an item of a list under a frame ("sets a target that by 2030:"), which states its deadline. */
function bareItem(rng: Rng, spec: TargetSpec, v: number, aim: Aim): string {
  const S = aim.subject;
  const s = lower(aim);
  switch (spec.kind) {
    case 'share': return aim.local
      ? `${capitalize(spec.what)} of ${s} ${rng.pick(['accounts for', 'reaches', 'makes up'])} ${percent(spec, v)} of ${spec.extra};`
      : `${capitalize(spec.what)} ${rng.pick(['accounts for', 'reaches', 'makes up'])} ${percent(spec, v)} of ${spec.extra};`;
    case 'percent': return `${capitalize(percent(spec, v))} of ${spec.what}${aim.local ? ` in ${s}` : ''} ${present(spec.extra)};`;
    case 'count': return aim.local ? `${S} has ${count(spec, v)};` : `${rng.pick(['Having', 'Developing', 'Building'])} ${count(spec, v)};`;
    case 'train': return `${S} will train ${count(spec, v)};`;
    case 'rank': return aim.local ? `${S} ranks among ${among(spec, v)};` : `${rng.pick(['Being among', 'Ranking among'])} ${among(spec, v)};`;
    case 'goal':
      if (!/^an? /.test(spec.what)) return `${capitalize(CAPACITY)} reaches ${spec.what};`;
      return aim.local ? `${S} becomes ${spec.what};` : rng.pick([`Vietnam becomes ${spec.what};`, `Becoming ${spec.what};`]);
  }
}

/** A task due by a date: "complete the digitization of land records by the end of 2026". */
export function milestone(rng: Rng, aim: Aim, year: number): string {
  const what = rng.pick([
    'complete the digitization of land records', 'put the provincial data center into operation', 'finish reorganizing public research units',
    'launch the shared data platform for all departments', 'complete the legal framework for the controlled testing mechanism',
    'establish the provincial innovation fund', 'finalize the list of strategic research programs', 'issue regulations on sharing public data',
  ]);
  const when = rng.pick([`by the end of ${year}`, `by ${year}`, `in the first half of ${year}`, `by Q${rng.int(2, 4)} ${year}`]);
  return rng.pick([
    `${aim.subject} is required to ${what} ${when}.`,
    `${aim.local ? 'Departments' : 'Ministries'} were asked to ${what} ${when}.`,
    `The plan also sets out to ${what} ${when}.`,
  ]);
}

/** Up to n results of a draw whose first words differ, so that a list or paragraph does not repeat itself. */
export function distinctBy(draw: () => string, n: number): string[] {
  const out = new Map<string, string>();
  for (let tries = 0; out.size < n && tries < n * 4; tries++) {
    const text = draw();
    const key = text.replace(/[\d.,]+/g, '#').slice(0, 40);
    if (!out.has(key)) out.set(key, text);
  }
  return [...out.values()];
}

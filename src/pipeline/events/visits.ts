import { textBefore } from '../reach.ts';
import { MONTH_NAMES, WEEKDAYS } from '../time/words.ts';
import { contextIndex } from './context-index.ts';
import type { SentenceContext } from './sentence-context.ts';
import { firstWords } from './event-title.ts';
import { subjectBefore } from './subject.ts';
import type { Happening } from './types.ts';

/**
 * A visit or inspection and what was visited: "visited the Lao Cai Innovation Centre", "inspected the construction site of …",
 * "inspected three projects in …". Groups: verb, object.
 */
const VISIT = new RegExp(String.raw`\b(visited|inspected|toured|surveyed)\s+((?:the|a|an|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+[^,;.]+?)`
  // (The object ends before its day: "inspected the data connection of … in the Yên Bình industrial park on Friday".)
  + String.raw`(?=\s*(?:[,;.]|$|\s+(?:where|which|to|in order)\b|\s+and\s+\p{Ll}+ed\b|\s+(?:on|last)\s+(?:${WEEKDAYS.join('|')}|${MONTH_NAMES.join('|')})\b))`,
  'gu');
/** A name, then "who": the person a relative clause tells of. Group: the name. */
const WHO_BEFORE = /((?:\p{Lu}[\p{L}\p{M}’'-]*\s+){1,4}\p{Lu}[\p{L}\p{M}’'-]*),\s+who\s+$/u;
/** Longest object kept in a title, in words. */
const OBJECT_WORDS = 12;

/** The person a relative clause before `at` tells of ("…, Đàm Văn Lộc, who (inspected …)"): the person named there, else the name. */
function whoBefore(context: SentenceContext, at: number): string | undefined {
  const before = textBefore(context.text, at);
  const who = WHO_BEFORE.exec(before);
  if (!who) return undefined;
  const end = at - before.length + who.index + who[1]!.length;
  const person = contextIndex(context).linksEnding(end - 1, end).find((l) => context.entities.get(l.entity)?.type === 'person');
  return (person && context.entities.get(person.entity)?.name) ?? who[1]!;
}

/** Visits and inspections a sentence reports someone making, as events of kind `other`. */
export function readVisits(context: SentenceContext): Happening[] {
  const out: Happening[] = [];
  let previous: string | undefined;
  for (const m of context.text.matchAll(VISIT)) {
    // "visited X, …, and inspected Y": a second verb joined by "and" shares the first one's subject.
    // "Deputy Minister Mac Van Hoa, who inspected three projects …": the person the relative clause is said of.
    const who = /\band\s+$/.test(textBefore(context.text, m.index)) && previous ? previous
      : whoBefore(context, m.index) ?? subjectBefore(context, m.index);
    if (!who) continue;
    previous = who;
    // Dashes between names ("the Lao Cai - Hanoi railway") are not words; the place it runs through is not part of it.
    const named = m[2]!.replace(/\s+(?:through|across|along)\s+.*$/, '').replace(/\s+[-–]\s+/g, '-');
    const object = firstWords(named, OBJECT_WORDS);
    out.push({ kind: 'other', at: m.index, end: m.index + m[0].length, quality: 2, inherits: true, title: `${who} ${m[1]} ${object}` });
  }
  return out;
}

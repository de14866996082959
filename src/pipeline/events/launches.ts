import type { SentenceContext } from './sentence-context.ts';
import { subjectBefore } from './subject.ts';
import type { Happening } from './types.ts';

/**
 * Something put to work: "put a shared data platform into operation", "brought the portal into use",
 * "launched the e-health app", "inaugurated Data Center No. 3", "a conference to launch the programme". Groups: auxiliary; verb and object
 * of "put … into"; its end; verb and object of "launched …".
 */
const LAUNCH = /\b((?:has|have|had)\s+)?(?:(put|brought|placed)\s+((?:the|a|an|its|their)\s+[^,;.]{2,80}?)\s+into\s+(operation|use|service)|(launched|inaugurated|commissioned|unveiled|rolled\s+out|to\s+launch)\s+((?:the|a|an|its|their)\s+[^,;.]+?|\p{Lu}[^,;.]+?)(?=\s*(?:[,;.]|$|\s+(?:on|in|at|which|where|that|to|with|for)\b)))/gu;
/** A gathering, or the button pressed at one, just before "to launch". */
const GATHERED = /\b(?:conference|ceremony|meeting|event|forum|launch|pressed\s+the\s+button)\s+$/i;
/** Longest object kept in a title, in words. */
const OBJECT_WORDS = 12;

/**
 * Things a sentence reports put into operation or launched, as events of kind `other`. A perfect ("had put …
 * into operation in April") is dated by its own sentence only, never by the occasion.
 */
export function readLaunches(context: SentenceContext): Happening[] {
  const out: Happening[] = [];
  for (const m of context.text.matchAll(LAUNCH)) {
    const [, aux, putVerb, putObject, into, launchVerb, launchObject] = m;
    const verbAt = m.index + (aux?.length ?? 0);
    // "held a conference to launch the programme": a launch is the purpose of a gathering, not any infinitive ("plans to launch").
    const purpose = launchVerb?.startsWith('to') ? GATHERED.exec(context.text.slice(0, m.index)) : null;
    if (launchVerb?.startsWith('to') && !purpose) continue;
    // A body launched or inaugurated is a body formed, which `establishments.ts` reads.
    const objectAt = m.index + m[0].length - (launchObject?.length ?? 0);
    if (launchVerb && context.links.some((l) => context.entities.get(l.entity)?.type === 'organization' && l.start >= objectAt - 4 && l.start < m.index + m[0].length)) continue;
    const who = purpose ? '' : subjectBefore(context, m.index);
    const object = (putObject ?? launchObject)!.split(/\s+/).slice(0, OBJECT_WORDS).join(' ');
    const action = putVerb ? `put ${object} into ${into}` : purpose ? `launch of ${object}` : `${launchVerb!.replace(/\s+/g, ' ')} ${object}`;
    out.push({
      // A launch that is a gathering's purpose is where the gathering is, and takes its day.
      kind: 'other', at: purpose ? purpose.index : verbAt, end: m.index + m[0].length, quality: 2, inherits: !aux, near: purpose !== null,
      title: who ? `${who} ${action}` : action,
    });
  }
  return out;
}

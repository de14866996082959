import { documentBodies } from '../targets/bodies.ts';
import type { Mention } from './types.ts';

/**
 * Titles a text writes without the name of their body, whose body its context names:
 * - "Vice Chairwoman of the Committee", "Deputy Director of the provincial police": the body the text named before with those
 *   words ("the National Assembly's Committee on Science, …", "the Nghệ An Provincial Police");
 * - "Committee Chairman X": the body's kind before the title, read the same way;
 * - "general director X", "Deputy General Director X" in a text whose title names a firm ("Kim Van Technology jumps …"): that firm.
 */

/** The kinds of bodies a text calls by their kind alone, capitalised ("the Committee") or not ("the committee"). */
const BODY_KINDS = ['Committee', 'Commission', 'Council', 'Board', 'Department', 'Police', 'Bank', 'Group', 'Company', 'Corporation',
  'Institute', 'University', 'Academy', 'Exchange', 'Fund', 'Agency', 'Authority'];
/** A title whose body is a common noun phrase: "Vice Chairwoman of the Committee". Groups: the title, the noun phrase. */
const OF_KIND_BODY = new RegExp(String.raw`^(.+?)\s+of\s+the\s+((?:\p{Ll}+\s+){0,2}(?:\p{Ll}+|${BODY_KINDS.join('|')}))$`, 'u');
/** What follows a bare title in its sentence when it names its body by a common noun phrase: " of the provincial police". */
const COMMON_BODY_AFTER = /^\s+of\s+the\s+((?:\p{Ll}+\s+){0,2}\p{Ll}+)\b/u;
/** A body's kind right before a title: "Committee Chairman X". Group: the kind. */
const KIND_BEFORE = new RegExp(String.raw`(?:^|\s)(${BODY_KINDS.join('|')})\s+$`);
/** A firm's officer: the titles a firm's text may give alone ("general director X"). */
const FIRM_OFFICER = new RegExp(String.raw`^(?:(?:acting|vice|deputy|executive)\s+)*(?:chairman|chairwoman|chair|CEO`
  + String.raw`|chief\s+executive(?:\s+officer)?|general\s+director|managing\s+director|co-?founder|founder)$`, 'i');
/** A parent body in the possessive before a body's own name: "National Assembly's " (but "People's Council" is one name). */
const PARENT = /^.*(?<!People)[’']s\s+/;
/** A title with a body: "… of X", "… at X". */
const HAS_BODY = /\s(?:of|at|with|for|in)\s/;

export function withBodiesOfContext(mentions: Mention[], title: string | undefined): Mention[] {
  if (!mentions.some((m) => m.type === 'person' && (m.roles?.length ?? 0) > 0)) return mentions;
  const orgs = mentions.filter((m) => m.type === 'organization');
  let firm: string | null | undefined;
  const firmOfTitle = () => {
    if (firm !== undefined) return firm;
    const body = title ? documentBodies(title, [...new Set(orgs.map((o) => o.name))]).find((b) => b.class === 'firm') : undefined;
    // The firm as the title writes it ("Kim Van Technology" for "Kim Van Technology JSC").
    firm = body ? body.forms.filter((f) => title!.includes(f)).sort((a, b) => b.length - a.length)[0] ?? null : null;
    return firm;
  };
  return mentions.map((m) => {
    if (m.type !== 'person' || !m.roles?.length) return m;
    const bodyOf = (words: string) => antecedent(orgs, words);
    const roles = m.roles.map((role) => {
      const common = OF_KIND_BODY.exec(role);
      if (common) {
        const body = bodyOf(common[2]!);
        return body ? `${common[1]} of the ${body}` : role;
      }
      if (HAS_BODY.test(role)) return role;
      const sentence = m.sentence.text;
      const at = sentence.toLowerCase().indexOf(role.toLowerCase());
      const after = at === -1 ? null : COMMON_BODY_AFTER.exec(sentence.slice(at + role.length));
      const kind = at === -1 ? null : KIND_BEFORE.exec(sentence.slice(0, at));
      const body = after ? bodyOf(after[1]!) : kind ? bodyOf(kind[1]!) : undefined;
      if (body) return `${role} of the ${body}`;
      const own = FIRM_OFFICER.test(role) ? firmOfTitle() : null;
      return own ? `${role} of ${own}` : role;
    });
    return roles.some((r, i) => r !== m.roles![i]) ? { ...m, roles } : m;
  });
}

/**
 * The body a common noun phrase ("provincial police", "the Fund") refers to: the first organization the text names whose name
 * has every word of the phrase, the body the text is about ("the Quảng Ninh Science and Technology Development Fund … Director
 * of the Fund", though a national fund is named in between). Its name as a body of its own: "the National Assembly's
 * Committee on …" is "Committee on …".
 */
function antecedent(orgs: Mention[], phrase: string): string | undefined {
  const words = phrase.toLowerCase().split(/\s+/);
  for (const o of orgs) {
    const own = o.name.replace(PARENT, '');
    const nameWords = new Set(own.toLowerCase().split(/[\s,]+/));
    if (words.every((w) => nameWords.has(w))) return own;
  }
  return undefined;
}

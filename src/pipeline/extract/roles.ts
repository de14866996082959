import { MEMBERSHIP_BODIES, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon/titles.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
const MODIFIERS = `(?:(?:${alternation(TITLE_MODIFIERS)})\\s+)*`;
const HEAD = `(?:${alternation(TITLE_HEADS)})`;
const BODY = `(?:${alternation(MEMBERSHIP_BODIES)})`;
const CAP = `[\\p{Lu}\\d][\\p{L}\\d’'&-]*`;
const RUN = `${CAP}(?:\\s+(?:(?:of|for|and|the|on|in)\\s+)*${CAP})*`;
const COMPLEMENT = `(?:\\s+(?:of|for|at|to|in|on)\\s+(?:the\\s+)?${RUN})?`;

/** A whole phrase that is a title: "Standing member of the Secretariat", "Politburo members", "National Assembly Chairman". */
const ROLE = new RegExp(
  `^(?:${MODIFIERS}${HEAD}${COMPLEMENT}|${MODIFIERS}(?:the\\s+)?${BODY}\\s+(?:members?|Chairman|Chairwoman|Secretary)|${MODIFIERS}(?:[\\p{Lu}][\\p{Ll}’']+\\s+){1,4}(?:Chairman|Chairwoman|Secretary|Director|Minister|Governor))$`,
  'u',
);
/** A title directly before a name, at the end of a stretch of text ("… Head of the Central Organization Department "). */
const ROLE_AT_END = new RegExp(`(?:^|[,:(]\\s*|\\s)(${MODIFIERS}${HEAD}${COMPLEMENT})\\s*$`, 'u');

/** A title at the start of a phrase, the rest of which is not part of it ("President of X attended …"). */
const ROLE_AT_START = new RegExp(`^(${ROLE.source.slice(1, -1)})(?=$|[.;!?]|\\s+\\p{Ll})`, 'u');
/** A title ending a phrase that opens a list: "Also attending were Party Central Committee member". */
const ROLE_AT_PHRASE_END = new RegExp(`(?:^|\\s)(${ROLE.source.slice(1, -1)})$`, 'u');

/** True when a whole phrase is a title. */
export const isRole = (phrase: string) => ROLE.test(phrase.trim());

/** A title as it should be recorded: trimmed, singular ("Politburo members" → "Politburo member"). */
export function normalizeRole(phrase: string): string {
  return phrase.trim()
    .replace(/^the\s+/i, '')
    .replace(/\bSecretaries\b/g, 'Secretary')
    .replace(/\b([Mm]ember)s\b/g, '$1')
    .replace(/\s+/g, ' ');
}

/** Roles in the stretch of text before a name: comma-separated titles, the last one next to the name. */
export function rolesBefore(stretch: string): string[] {
  const pieces = withoutParentheses(stretch).split(/\s*,\s*|\s+[-–—]\s+/);
  const last = pieces.pop() ?? '';
  const roles: string[] = [];
  const adjacent = ROLE_AT_END.exec(last);
  if (adjacent && isRole(adjacent[1]!)) roles.push(adjacent[1]!);
  else if (last.trim() !== '') return [];
  for (let i = pieces.length - 1; i >= 0; i--) {
    if (isRole(pieces[i]!)) { roles.unshift(pieces[i]!); continue; }
    const tail = ROLE_AT_PHRASE_END.exec(pieces[i]!.trim())?.[1];
    if (tail) roles.unshift(tail);
    break;
  }
  return roles.map(normalizeRole);
}

/**
 * Roles in apposition after a name (", Chairman of X", " - Secretary of Y"), up to the first piece
 * that is not one. When the stretch runs up to another name, its last piece is that name's title.
 */
export function rolesAfter(stretch: string, beforeAnotherName = false): string[] {
  const text = withoutParentheses(stretch);
  if (!/^\s*(?:,|[-–—]\s)/.test(text)) return [];
  const pieces = text.replace(/^\s*(?:,|[-–—])\s*/, '').split(/\s*,\s*/);
  if (beforeAnotherName) pieces.pop();
  const roles: string[] = [];
  for (const piece of pieces) {
    const role = ROLE_AT_START.exec(piece.trim())?.[1];
    if (!role) break;
    roles.push(normalizeRole(role));
    if (role.length < piece.trim().length) break;
  }
  return roles;
}

/** Roles a list label gives every name after it: "Politburo members, Secretaries of the Party Central Committee:". */
export function rolesOfLabel(label: string): string[] {
  const pieces = withoutParentheses(label).split(/\s*,\s*/);
  return pieces.every((p) => isRole(p)) ? pieces.map(normalizeRole) : [];
}

const withoutParentheses = (text: string) => text.replace(/\s*\([^)]*\)?/g, '');

import { once } from '../once.ts';
import { documentBodies } from './text-bodies.ts';
import type { Block } from '../types.ts';
import type { Mention } from './types.ts';

/** The kinds of bodies a text calls by their kind alone, capitalised ("the Committee") or not ("the committee"). */
const BODY_KINDS = ['Committee', 'Commission', 'Council', 'Board', 'Department', 'Police', 'Bank', 'Group', 'Company', 'Corporation', 'Cooperative',
  'Institute', 'University', 'Academy', 'Exchange', 'Fund', 'Agency', 'Authority'];
/** A title whose body is a common noun phrase: "Vice Chairwoman of the Committee". Groups: the title, the noun phrase. */
const OF_KIND_BODY = new RegExp(String.raw`^(.+?)\s+of\s+the\s+((?:\p{Ll}+\s+){0,2}(?:\p{Ll}+|${BODY_KINDS.join('|')}))$`, 'u');
/** What follows a bare title in its sentence when it names its body by a common noun phrase: " of the provincial police". */
const COMMON_BODY_AFTER = /^\s+of\s+the\s+((?:\p{Ll}+\s+){0,2}\p{Ll}+)\b/u;
/** A body's kind right before a title: "Committee Chairman X". Group: the kind. */
const KIND_BEFORE = new RegExp(String.raw`(?:^|\s)(${BODY_KINDS.join('|')})\s+$`);
/** The titles of a firm's officers that name no body (as a pattern source, no group): "chief executive", "CEO", "co-founder". */
export const FIRM_OFFICER_TITLE = String.raw`chief\s+executive(?:\s+officer)?|CEO|co-?founder|founder|general\s+director|managing\s+director`;
/** A firm's officer: the titles a firm's text may give alone ("general director X", "Deputy General Director X", "chairman X"). */
const FIRM_OFFICER = new RegExp(String.raw`^(?:(?:acting|vice|deputy|executive)\s+)*(?:chairman|chairwoman|chair|${FIRM_OFFICER_TITLE})$`, 'i');
/** A parent body in the possessive before a body's own name: "National Assembly's " (but "People's Council" is one name). */
const PARENT = /^.*(?<!People)[’']s\s+/;
/** A title with a body: "… of X", "… at X". */
const HAS_BODY = /\s(?:of|at|with|for|in)\s/;

/** How far around a name its title is looked for in the sentence: a title stands next to the name it is of. */
const TITLE_WINDOW = 160;

/** How many paragraphs open a text, where a firm is defined with its short name ("Truong Son Telecommunications Group (TSTel)"). */
const LEAD_PARAGRAPHS = 3;

/**
 * A text's mentions with the titles it writes without the name of their body given the body its context names:
 * - "Vice Chairwoman of the Committee", "Deputy Director of the provincial police": the body the text named with those words
 *   ("the National Assembly's Committee on Science, …", "the Nghệ An Provincial Police");
 * - "Committee Chairman X": the body's kind before the title, read the same way;
 * - "general director X", "Deputy General Director X" in a text whose title names a firm ("Kim Van Technology jumps …",
 *   "TSTel reports …", the short name its lead defines): that firm, as the title writes it.
 */
export function withBodiesOfContext(mentions: Mention[], title: string | undefined, blocks: readonly Block[] = []): Mention[] {
  if (!mentions.some((m) => m.type === 'person' && (m.roles?.length ?? 0) > 0)) return mentions;
  const orgs = mentions.filter((m) => m.type === 'organization');
  let firm: string | null | undefined;
  const firmOfTitle = () => {
    if (firm !== undefined) return firm;
    // The bodies the title and the lead name (with the short names the lead defines), of which a firm the title names.
    const lead = [title, ...blocks.filter((b) => b.kind === 'paragraph').slice(0, LEAD_PARAGRAPHS).map((b) => b.text)].join('\n');
    const body = title ? documentBodies(lead, [...new Set(orgs.map((o) => o.name))])
      .find((b) => b.class === 'firm' && b.forms.some((f) => title.includes(f))) : undefined;
    // The firm as the title writes it ("Kim Van Technology" for "Kim Van Technology JSC").
    firm = body ? body.forms.filter((f) => title!.includes(f)).sort((a, b) => b.length - a.length)[0] ?? null : null;
    return firm;
  };
  const bodyOf = antecedents(orgs, blocks);
  const headBody = headBodies(mentions);
  // The titles each person of the text is given with a body somewhere ("vice chairman" of "Vice Chairman of …"), read once.
  const withBody = once(() => {
    const titles = new Map<string, Set<string>>();
    for (const x of mentions) {
      for (const r of x.type === 'person' ? x.roles ?? [] : []) {
        const at = r.indexOf(' of ');
        if (at > 0) (titles.get(x.key) ?? titles.set(x.key, new Set()).get(x.key)!).add(r.slice(0, at).toLowerCase());
      }
    }
    return titles;
  });
  const titled = (key: string, role: string) => withBody().get(key)?.has(role.toLowerCase()) ?? false;
  return mentions.map((m) => {
    if (m.type !== 'person' || !m.roles?.length) return m;
    // Only the words around the name are read: a sentence of thousands of names is not read once for each of them.
    const from = Math.max(0, m.start - m.sentence.start - TITLE_WINDOW);
    const near = m.sentence.text.slice(from, m.end - m.sentence.start + TITLE_WINDOW);
    const lower = near.toLowerCase();
    // "Vice Chairwoman of the Committee": the body the text named with those words.
    const ofCommonBody = (role: string): string | null => {
      const common = OF_KIND_BODY.exec(role);
      if (!common) return null;
      const body = bodyOf(common[2]!);
      return body ? `${common[1]} of the ${body}` : role;
    };
    const roles = m.roles.map((role) => {
      const common = ofCommonBody(role);
      if (common) return common;
      if (HAS_BODY.test(role)) return role;
      const at = lower.indexOf(role.toLowerCase());
      const after = at === -1 ? null : COMMON_BODY_AFTER.exec(near.slice(at + role.length));
      const kind = at === -1 ? null : KIND_BEFORE.exec(near.slice(Math.max(0, at - 20), at));
      const body = after ? bodyOf(after[1]!) : kind ? bodyOf(kind[1]!) : undefined;
      if (body) return `${role} of the ${body}`;
      const own = FIRM_OFFICER.test(role) ? firmOfTitle() : null;
      if (own) return `${role} of ${own}`;
      // "Vice Chairman Hà Văn Lợi" in a text whose chairman is "Chairman of the Provincial People's Committee": the head's body.
      // Unless the text gives the person that title with a body elsewhere ("Vice Chairman of the … City People's Committee Lê Hoàng Quân").
      const deputy = DEPUTY_TITLE.exec(role);
      if (deputy && titled(m.key, role)) return role;
      // (The head's body as the text named it: "Chairman of the Committee" is of the Committee the text defined.)
      const headOf = deputy ? headBody(deputy[1]!) : undefined;
      return headOf ? ofCommonBody(`${role} of ${headOf}`) ?? `${role} of ${headOf}` : role;
    });
    return roles.some((r, i) => r !== m.roles![i]) ? { ...m, roles } : m;
  });
}

/** A deputy's title without a body: "Vice Chairman", "Standing Vice Chairwoman", "Deputy Director". Group: the head's title. */
const HEADS = 'Chairman|Chairwoman|Director|Secretary|Minister|Head|President|Rector|Governor';
const DEPUTY_TITLE = new RegExp(String.raw`^(?:(?:Standing|Permanent|First)\s+)?(?:Vice|Deputy)\s+(${HEADS})$`, 'i');
/** A head's title with its body: "Chairman of the Provincial People's Committee". Groups: the title, the body. */
const HEAD_TITLE = new RegExp(String.raw`^(${HEADS})\s+of\s+(.+)$`);
/** A chairwoman heads what a chairman would. */
const headWord = (title: string) => title.toLowerCase().replace(/^chairwoman$/, 'chairman');

/**
 * For a head's title ("Chairman"), the one body the text's people hold it at ("the Provincial People's Committee"), or undefined when
 * they hold it at none or at several.
 */
function headBodies(mentions: readonly Mention[]): (head: string) => string | undefined {
  const bodies = new Map<string, Set<string>>();
  for (const m of mentions) {
    for (const role of m.type === 'person' ? m.roles ?? [] : []) {
      const held = HEAD_TITLE.exec(role);
      if (held) (bodies.get(headWord(held[1]!)) ?? bodies.set(headWord(held[1]!), new Set()).get(headWord(held[1]!))!).add(held[2]!);
    }
  }
  return (head) => {
    const found = bodies.get(headWord(head));
    return found?.size === 1 ? [...found][0] : undefined;
  };
}

/**
 * A short name a text defines for a body right after its name: "the Committee on Science, Technology and Environment (hereinafter
 * "the Committee")", "(hereinafter referred to as the Board)". Group: the short name, without "the".
 */
const HEREINAFTER = new RegExp(String.raw`\((?:hereinafter|hereafter)\s+(?:(?:referred\s+to|called|cited)\s+as\s+)?["“]?(?:the\s+)?`
  + String.raw`(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)["”]?\)`, 'gu');

/** The bodies a text gives a short name with "hereinafter", by that name in lower case: {"committee" → "Committee on Science, …"}. */
function definedBodies(names: readonly string[], blocks: readonly Block[]): Map<string, string> {
  const defined = new Map<string, string>();
  for (const block of blocks) {
    if (!block.text.includes('here')) continue;
    for (const m of block.text.matchAll(HEREINAFTER)) {
      // The body whose name ends right before the bracket (the longest, so "Committee on Science, …" and not a name inside it).
      const before = block.text.slice(Math.max(0, m.index - 200), m.index).trimEnd();
      const body = names.filter((n) => before.endsWith(n)).sort((a, b) => b.length - a.length)[0];
      const short = m[1]!.toLowerCase();
      if (body && !defined.has(short)) defined.set(short, body);
    }
  }
  return defined;
}

/**
 * The body a common noun phrase ("provincial police", "the Fund") refers to: the body the text defines by that short name
 * ("(hereinafter "the Committee")"), else the first organization the text names whose name has every word of the phrase, the
 * body the text is about ("the Quảng Ninh Science and Technology Development Fund … Director of the Fund", though a national fund
 * is named in between). Its name as a body of its own: "the National Assembly's Committee on …" is "Committee on …". Each phrase is
 * looked up once.
 */
function antecedents(orgs: readonly Mention[], blocks: readonly Block[]): (phrase: string) => string | undefined {
  const names = [...new Set(orgs.map((o) => o.name))];
  const named = names.map((name) => {
    const own = name.replace(PARENT, '');
    return { own, words: new Set(own.toLowerCase().split(/[\s,]+/)) };
  });
  const defined = once(() => definedBodies(names, blocks));
  const found = new Map<string, string | undefined>();
  return (phrase) => {
    if (!found.has(phrase)) {
      const short = defined().get(phrase.toLowerCase());
      if (short) {
        found.set(phrase, short.replace(PARENT, ''));
        return found.get(phrase);
      }
      const words = phrase.toLowerCase().split(/\s+/);
      const first = named.find((n) => words.every((w) => n.words.has(w)))?.own;
      // The body as the text also names it without where it is from: "the Seoryeong Institute of Advanced Technology (of the Republic
      // of Korea)".
      found.set(phrase, first && (named.find((n) => first.startsWith(`${n.own} `) && words.every((w) => n.words.has(w)))?.own ?? first));
    }
    return found.get(phrase);
  };
}

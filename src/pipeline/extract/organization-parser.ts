import { fold } from './fold.ts';
import { ORGANIZATION_HEADS } from './lexicon/organization-heads.ts';
import { isNameSyllable } from './lexicon/syllables.ts';
import { isSurname, isVietnameseName, opensUnlistedName } from './lexicon/surnames.ts';
import { foldPlace, PLACES } from './lexicon/provinces.ts';
import type { Sentence } from './sentences.ts';
import type { Mention, Parser } from './types.ts';
import { allMatches } from './all-matches.ts';
import { CALENDAR, CAP, capitalRun, complement, leadNotInName, opensClause } from './name-grammar.ts';

/** The head nouns of organizations' names (lexicon/organization-heads.ts). */
export const HEAD = `(?:${ORGANIZATION_HEADS.join('|')})`;
/** The heads after a sub-unit's prefix, their first letter in either case: "Sub-Department", "Sub-department". */
const SUB_HEAD = `(?:${ORGANIZATION_HEADS.map((h) => `[${h[0]}${h[0]!.toLowerCase()}]${h.slice(1)}`).join('|')})`;
/** A head's complement: "of the Provincial People's Committee", "for Science, Technology and Environment"; a day is none ("on Wednesday"). */
const COMPLEMENT = complement(capitalRun(`(?!${CALENDAR})`));
/** A company's legal form, which ends its name: "Mekong Silicon JSC", "Daesung Precision Co", "Nexa Semicon Pte Ltd". */
export const FIRM_FORM = String.raw`(?:JSC|Joint\s+Stock\s+Company|Co\.?,?\s+Ltd\.?|Co\.?|Corp\.?|Pte\.?\s+Ltd\.?|Ltd\.?|Inc\.?|LLC|PLC)(?![\p{L}\p{N}])`;
/**
 * A run of capitalized words with an organization head in it, and a complement; a company's form ends a name before it. The run
 * starts after no letter in any script ("Đà Nẵng University": `\b` knows only ASCII letters).
 */
// (Its words may be a list closed by "and": "Sơn La Science, Technology and Innovation Development Fund".)
const ORG = new RegExp(String.raw`(?<![\p{L}\p{N}])((?:(?!${FIRM_FORM})${CAP}(?:,(?=\s+(?:${CAP},\s+)*${CAP}\s+and\s+${CAP}))?\s+(?:and\s+)?){0,7}`
  // (A sub-unit's head is one word with its prefix: "Customs Sub-Department of Region XXVI", "Thanh Hóa Sub-department of …".)
  + String.raw`(?:Sub-${SUB_HEAD}|${HEAD})\b(?:${COMPLEMENT})?)`, 'gu');
/** Fields of business a firm's name joins with "and": "Water Supply and Drainage", "Trading and Services". */
const BUSINESS_FIELD = String.raw`(?:Supply|Trading|Trade|Services?|Investment|Development|Construction|Import|Export|Production|Technology`
  + String.raw`|Engineering|Transport|Tourism|Commerce|Manufacturing|Consulting|Logistics|Environment|Energy|Software|Telecommunications)`;
/** A company named with its legal form. */
// (Its fields may be joined by "and": "An Giang Water Supply and Drainage Joint Stock Company", "Sài Gòn Trading and Services JSC"; not
// two firms, "Viettel and FPT Telecom JSC", whose first word before "and" is no field of business.)
const FIRM = new RegExp(String.raw`(?<![\p{L}\p{N}])((?:(?!${FIRM_FORM})${CAP}\s+(?:(?<=\b${BUSINESS_FIELD}\s+)and\s+)?){1,6}${FIRM_FORM})`, 'gu');
const HAS_HEAD = new RegExp(`${HEAD}|Sub-${SUB_HEAD}`);
/**
 * A place in the possessive before a body's name of two words or more, which is no part of it: "(Korea's) Hanseong Polytechnic",
 * "(Vietnam's) National Innovation Centre"; not a body's own ("National Assembly's Committee on …") nor the people a body is of
 * ("Vietnam Women's Union", "People's Council").
 */
const OWNER_PLACE = new RegExp(String.raw`^(?:\p{Lu}[\p{L}\p{M}-]*\s+)?(?!(?:People|Women|Children|Men)[’'])\p{Lu}[\p{L}\p{M}-]*[’']s\s+`
  + String.raw`(?=\p{Lu}[\p{L}\p{M}-]*\s+\p{Lu})`
  + String.raw`(?<!${HEAD}[’']s\s+)(?<!(?:Party|Government|Assembly|Politburo|Secretariat)[’']s\s+)`, 'u');
/** The kinds of firms and schools a name is said to be in apposition (see APPOSED_FIRM), as a regular expression source. */
const APPOSED_KINDS = String.raw`company|firm|start-?up|design\s+house|maker|manufacturer|developer|provider|operator|chipmaker|lender|carrier`
  + '|supplier|integrator|conglomerate|university|polytechnic|college|institute';
/**
 * A name the text says is a firm's or a school's, in apposition after it: "SiliconLotus, a Hanoi-based design house with 310
 * engineers", "Kestrel Labs, a start-up founded in 2021". The kind ends the apposition or a phrase about it opens after it (not
 * "X, a company director"). Group: the name.
 */
const APPOSED_FIRM = new RegExp(String.raw`(?<![\p{L}\p{N}])((?:${CAP}\s+){0,3}${CAP}),\s+(?:a|an)\s+`
  + String.raw`(?:(?!(?:at|of|with|in|for|on|to|from|by)\s)[\p{L}\d-]+\s+){0,4}?(?:${APPOSED_KINDS})`
  + String.raw`(?=\s+(?:with|that|which|whose|in|of|based|from|for|and|founded|set\s+up|specialising|specializing|known|listed)\b|[,.;:)]|$)`, 'gu');
/** APPOSED_FIRM's cheap test. */
const APPOSED_KIND = new RegExp(String.raw`,\s+an?\s[^,;]*\b(?:${APPOSED_KINDS})\b`);
/** Bodies named by a single word. */
const SINGLE = /\b(Politburo|Secretariat|Government|National Assembly|Party Central Committee)\b/g;
const TRAILING = /(?:,?\s+(?:of|for|and|the|on|in))+$/;
/** Words that make an organization generic ("Provincial Party Committee" needs its province to be one body). */
const GENERIC = /^(?:provincial|district|commune|city|municipal|local)\b/i;

/** Ministries, Party organs, committees, councils, associations, agencies: by their head noun. */
export const organizationParser: Parser = {
  name: 'ENOrganizationParser',
  parse(sentence: Sentence): Mention[] {
    const { text } = sentence;
    const found: Mention[] = [];
    const province = /province|city/.test(text) ? /\b((?:[\p{Lu}][\p{Ll}]+\s){1,2})(?:province|city)\b/u.exec(text)?.[1]?.trim() : undefined;
    const add = (index: number, surface: string) => {
      let name = surface;
      if (GENERIC.test(name) && province) name = `${province} ${name}`;
      found.push({
        type: 'organization', key: orgKey(name), name, block: sentence.block, start: sentence.start + index,
        end: sentence.start + index + surface.length, text: surface, sentence, via: 'name', certain: true,
      });
    };
    for (const m of HAS_HEAD.test(text) ? allMatches(ORG, text) : []) {
      let surface = m[1]!;
      let index = m.index;
      const lead = OWNER_PLACE.exec(surface)?.[0] ?? leadNotInName(surface, opensClause(text, index));
      surface = withoutTrailingName(surface.slice(lead.length)).replace(TRAILING, '');
      index += lead.length;
      // "(Chairman …) Cao Minh Triết and Sao Mai Semiconductor (sign …)": a person joined to the body by "and" is no part of its name.
      const joined = /^(.+?)\s+and\s+(?=\p{Lu})/u.exec(surface);
      // (After that person's title: "Chairman Cao Minh Triết and …".)
      const person = joined?.[1]!.split(/\s+/);
      if (person && [2, 3, 4].some((n) => person.length >= n && isVietnameseName(person.slice(-n)))) {
        surface = surface.slice(joined![0].length);
        index += joined![0].length;
      }
      if (insideLongerName(text, index + surface.length)) continue;
      if (!HAS_HEAD.test(surface) || /^(?:Party|Party’s|Party's)$/.test(surface)
        || surface.split(/\s+/).length < 2 && !/^(?:Politburo|Secretariat)$/.test(surface)) continue;
      add(index, surface);
    }
    for (const m of /\b(?:JSC|Co|Corp|Ltd|Inc|LLC|PLC|Joint)\b/.test(text) ? allMatches(FIRM, text) : []) {
      const lead = leadNotInName(m[1]!, opensClause(text, m.index));
      const surface = m[1]!.slice(lead.length).replace(/[.,]+$/, '');
      const at = sentence.start + m.index + lead.length;
      if (surface.split(/\s+/).length < 2 || found.some((f) => f.start <= at && at < f.end)) continue;
      add(m.index + lead.length, surface);
    }
    for (const m of APPOSED_KIND.test(text) ? allMatches(APPOSED_FIRM, text) : []) {
      const lead = leadNotInName(m[1]!, opensClause(text, m.index));
      const surface = m[1]!.slice(lead.length);
      const at = sentence.start + m.index + lead.length;
      if (!surface || found.some((f) => f.start <= at && at < f.end) || PLACES.has(foldPlace(surface))
        || isVietnameseName(surface.split(/\s+/))) continue;
      add(m.index + lead.length, surface);
    }
    for (const m of allMatches(SINGLE, text)) {
      if (m[1] === 'Government' && !/\bthe\s+$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
      if (insideLongerName(text, m.index + m[0].length)) continue;
      add(m.index, m[1]!);
    }
    return found;
  },
};

/** Cuts a personal name the complement ran into: "Department of Science and Technology Pham Van Thanh". */
function withoutTrailingName(surface: string): string {
  const words = surface.split(' ');
  for (let i = Math.max(1, words.length - 4); i < words.length - 1; i++) {
    const name = words.slice(i);
    const unlisted = opensUnlistedName(words, i);
    const opens = isSurname(words[i]!) || unlisted;
    // (A family name no list holds may be no one syllable: "… Department of Justice Pinăng Văn Thuận" — see opensUnlistedName.)
    if (opens && name.every((w, k) => /^[\p{Lu}][\p{Ll}\p{M}]+$/u.test(w) && (isNameSyllable(w) || (k === 0 && unlisted)))) {
      return words.slice(0, i).join(' ');
    }
  }
  return surface;
}

/** True when a capitalized word that does not start a personal name follows: "National Assembly House". */
function insideLongerName(text: string, end: number): boolean {
  const next = /^\s+([\p{Lu}][\p{L}’']*)/u.exec(text.slice(end))?.[1];
  return next !== undefined && !isSurname(next);
}

/** Key of an organization: folded, with a lowercase complement ("for the development of …") left out. */
export function orgKey(name: string): string {
  return fold(name.replace(/\s+(?:for|on)\s+(?:the\s+(?=\p{Ll})|(?!the\s)(?=\p{Ll})).*$/u, '').replace(/^the\s+/i, ''));
}

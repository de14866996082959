import { fold } from './fold.ts';
import { isSurname } from './lexicon/surnames.ts';
import type { Sentence } from './sentences.ts';
import type { Mention, Parser } from './types.ts';

const HEAD = String.raw`(?:Ministry|Commission|Committee|Department|Council|Office|Assembly|Academy|Association|Union|Front|Agency|Bank|Institute|University|Delegation|Caucus|Television|Corporation|Group|Fund|Center|Centre|Federation|Chamber|Court|Procuracy|Authority|Administration|Board|Inspectorate|Party|Army|Police|Radio|Newspaper|Magazine)`;
const CAP = String.raw`[\p{Lu}][\p{L}\d’'&-]*`;
/** Capitalized words joined by "of", "and", "the": "Science and Technology", "Management and Use of Public Assets". */
const RUN = String.raw`${CAP}(?:\s+(?:(?:of|for|and|the|on|in)\s+)*${CAP})*`;
/** An "of/for/on the …" complement; commas only inside an enumeration closed by "and". */
const COMPLEMENT = String.raw`\s+(?:of|for|on)\s+(?:the\s+)?${RUN}(?:(?:,\s+${RUN})*,?\s+and\s+${RUN})?`;
/** A run of capitalized words with an organization head in it, and a complement. */
const ORG = new RegExp(String.raw`\b((?:${CAP}\s+){0,6}${HEAD}\b(?:${COMPLEMENT})?)`, 'gu');
/** Bodies named by a single word. */
const SINGLE = /\b(Politburo|Secretariat|Government|National Assembly|Party Central Committee)\b/g;
const LEADING = /^(?:The|This|That|These|Each|Every|All|In|On|At|By|For|With|Under|From|Also|And|Implementing|According|Speaking|Thoroughly|Relevant|Ministers|Leaders)\s+/;
const TRAILING = /(?:,?\s+(?:of|for|and|the|on))+$/;
/** Words that make an organization generic ("Provincial Party Committee" needs its province to be one body). */
const GENERIC = /^(?:provincial|district|commune|city|municipal|local)\b/i;

/** Ministries, Party organs, committees, councils, associations, agencies: by their head noun. */
export const organizationParser: Parser = {
  name: 'ENOrganizationParser',
  parse(sentence: Sentence): Mention[] {
    const { text } = sentence;
    const found: Mention[] = [];
    const province = /\b((?:[\p{Lu}][\p{Ll}]+\s){1,2})(?:province|city)\b/u.exec(text)?.[1]?.trim();
    const add = (index: number, surface: string) => {
      let name = surface;
      if (GENERIC.test(name) && province) name = `${province} ${name}`;
      found.push({
        type: 'organization', key: orgKey(name), name, block: sentence.block, start: sentence.start + index,
        end: sentence.start + index + surface.length, text: surface, sentence, via: 'name', certain: true,
      });
    };
    for (const m of text.matchAll(ORG)) {
      let surface = m[1]!;
      let index = m.index;
      const lead = LEADING.exec(surface)?.[0] ?? '';
      surface = surface.slice(lead.length).replace(TRAILING, '');
      index += lead.length;
      const next = /^\s+([\p{Lu}][\p{L}’']*)/u.exec(text.slice(index + surface.length))?.[1];
      if (next && !isSurname(next)) continue;
      if (!new RegExp(`${HEAD}`).test(surface) || /^(?:Party|Party’s|Party's)$/.test(surface) || surface.split(/\s+/).length < 2 && !/^(?:Politburo|Secretariat)$/.test(surface)) continue;
      add(index, surface);
    }
    for (const m of text.matchAll(SINGLE)) {
      if (m[1] === 'Government' && !/\bthe\s+$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
      add(m.index, m[1]!);
    }
    return found;
  },
};

/** Key of an organization: folded, with a lowercase complement ("for the development of …") left out. */
export function orgKey(name: string): string {
  return fold(name.replace(/\s+(?:for|on)\s+(?:the\s+(?=\p{Ll})|(?!the\s)(?=\p{Ll})).*$/u, '').replace(/^the\s+/i, ''));
}

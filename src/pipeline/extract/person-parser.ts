import { fold } from './fold.ts';
import { HONORIFICS } from './lexicon/titles.ts';
import { findNames } from './names.ts';
import { rolesAfter, rolesBefore, rolesOfLabel } from './roles.ts';
import type { Sentence } from './sentences.ts';
import type { Mention, Parser } from './types.ts';

/** Verbs of speech that make the subject before them a person. */
export const SPEECH_VERB = /^(?:,[^,;]{0,120},)?\s*(?:has |had |also |then |once )?(?:said|says|stated|states|stressed|emphasi[sz]ed|affirmed|noted|asked|urged|requested|suggested|proposed|pointed out|highlighted|called|added|shared|acknowledged|hoped|hopes|expressed|mentioned|directed|asserted|underlined|underscored|told|declared|announced|remarked|spoke|speaks|chaired|attended|met|signed|presented|delivered|reported|explained|believed|believes|insisted|concluded|opened|welcomed|received|visited|congratulated|thanked|praised|commended|agreed|argued|warned)\b/;

const TITLE_OR_HONORIFIC_BEFORE = /(?:\b(?:Mr|Mrs|Ms|Madam|Prof|Dr|Assoc\. Prof|Professor|Doctor|Academician|comrades?|Comrades?|President|Minister|Secretary|Chairman|Chairwoman|Chair|Director|Head|Chief|Governor|Mayor|Ambassador|General|Colonel|Spokesperson|member|Member|CEO)\.?,?\s+)$/;

/** People in a sentence: names by their shape, with the titles around them as roles. */
export const personParser: Parser = {
  name: 'ENPersonParser',
  parse(sentence: Sentence): Mention[] {
    const { text } = sentence;
    const names = findNames(text, (start) => TITLE_OR_HONORIFIC_BEFORE.test(text.slice(Math.max(0, start - 40), start)));
    const mentions: Mention[] = [];
    let clauseRoles: string[] = [];
    let clauseStart = -1;
    names.forEach((name, i) => {
      const semicolon = text.lastIndexOf(';', name.start);
      if (semicolon !== clauseStart) { clauseStart = semicolon; clauseRoles = []; }
      const from = Math.max(semicolon + 1, names[i - 1]?.end ?? 0);
      let before = text.slice(from, name.start);
      const colon = before.lastIndexOf(':');
      if (colon !== -1) {
        clauseRoles = rolesOfLabel(before.slice(before.lastIndexOf(':', colon - 1) + 1, colon));
        before = before.slice(colon + 1);
      }
      const next = names[i + 1];
      const clauseEnd = text.indexOf(';', name.end);
      const end = Math.min(next?.start ?? text.length, clauseEnd === -1 ? text.length : clauseEnd);
      const apposition = rolesAfter(text.slice(name.end, end), next !== undefined && next.start === end);
      const own = rolesBefore(before);
      const roles = [...new Set([...clauseRoles, ...own, ...apposition])];
      const honorific = HONORIFICS.test(before.trim().split(/\s+/).at(-1) ?? '') || /\b(?:Prof|Dr)\.\s*$/.test(before);
      const speaks = SPEECH_VERB.test(text.slice(name.end));
      mentions.push({
        type: 'person', key: fold(name.text), name: name.text,
        block: sentence.block, start: sentence.start + name.start, end: sentence.start + name.end, text: name.text,
        sentence, roles, via: 'name', certain: roles.length > 0 || honorific || speaks,
      });
    });
    return mentions;
  },
};

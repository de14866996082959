import type { KnownEntity } from '../../schemas/entity.ts';
import { fold } from './fold.ts';
import type { Sentence } from './sentences.ts';
import type { Mention, Parser } from './types.ts';
import { allMatches } from './all-matches.ts';
import { PLACE_KIND_BEFORE, PLACE_NOUNS } from './lexicon/stopwords.ts';
import { HEAD } from './organization-parser.ts';
import { escapeRegExp } from '../regexp.ts';

/** The rest of a body's name after a person's name it bears: capitalised words up to an organization's head noun. */
const NAMED_BODY_AFTER = new RegExp(String.raw`^\s+(?:\p{Lu}[\p{L}\p{M}’'-]*\s+){0,4}${HEAD}\b`, 'u');


/**
 * Finds the curated entities' acronyms ("VNA") and Vietnamese spellings ("Tô Lâm") verbatim: what
 * the shape-based parsers cannot see. Their English names are found in context by the other
 * parsers and mapped to the curated entry when entities are resolved.
 */
export function knownParser(known: KnownEntity[]): Parser {
  const forms = known.flatMap((entity) => [entity.name, ...entity.aliases].map((form) => ({ form, entity })))
    .filter(({ form }) => /[^\x00-\x7f]/.test(form) || /^[A-Z][A-Za-z]*[A-Z]$/.test(form))
    .sort((a, b) => b.form.length - a.form.length);
  const pattern = forms.length ? new RegExp(`(?<![\\p{L}\\d])(?:${forms.map((f) => escapeRegExp(f.form)).join('|')})(?![\\p{L}\\d])`, 'gu') : undefined;
  const byForm = new Map(forms.map((f) => [f.form, f.entity]));
  return {
    name: 'KnownEntityParser',
    parse(sentence: Sentence): Mention[] {
      if (!pattern) return [];
      return allMatches(pattern, sentence.text).flatMap((m) => {
        const entity = byForm.get(m[0])!;
        // "Hồ Chí Minh City", "Thành phố Hồ Chí Minh": a person's name in a place's, with its kind after or before it in Vietnamese.
        // So is one opening a body's name ("Hồ Chí Minh Communist Youth Union", "Hồ Chí Minh National Academy of Politics").
        const after = sentence.text.slice(m.index + m[0].length);
        if (entity.type === 'person' && (PLACE_NOUNS.test(after.trimStart()) || NAMED_BODY_AFTER.test(after)
          || PLACE_KIND_BEFORE.test(sentence.text.slice(Math.max(0, m.index - 10), m.index)))) return [];
        return [{
          type: entity.type, key: fold(entity.name), name: entity.name, block: sentence.block,
          start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, text: m[0], sentence,
          via: 'name' as const, certain: true,
        }];
      });
    },
  };
}

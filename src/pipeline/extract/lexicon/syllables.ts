import { fold } from '../fold.ts';

/**
 * The shape of one Vietnamese syllable written without its diacritics: an optional initial
 * consonant (b, ch, d, g, gh, gi, kh, ng, ngh, nh, ph, qu, th, tr …), one to three vowels and an
 * optional final (c, ch, m, n, ng, nh, p, t). Every word of a Vietnamese personal name has it;
 * English words mostly do not ("Science", "Party", "Hall", "Photo", "News").
 */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/;

/**
 * English words of that shape that a capitalised run meets next to a name: determiners and
 * prepositions a sentence capitalises, and calendar words.
 */
const ENGLISH_OF_THAT_SHAPE = new Set(['The', 'That', 'In', 'On', 'At', 'By', 'May', 'Tet']);

/** A consonant and an apostrophe (folded to a space) before a syllable, as names of the Central Highlands write it: "H'Lan", "Y'Bih". */
const GLOTTAL = /^[a-z] (?=[a-z])/;

/** True when a capitalised word can be part of a Vietnamese personal name, by its shape. */
export const isNameSyllable = (word: string) => !ENGLISH_OF_THAT_SHAPE.has(word) && SYLLABLE.test(fold(word).replace(GLOTTAL, ''));

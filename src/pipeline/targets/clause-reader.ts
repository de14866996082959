import winkNLP, { type PartOfSpeech } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * A clause reader for figures: the part-of-speech tags of wink-nlp's English model (bundled, no
 * download) give the predicate before a figure and the noun phrase that is its subject, whatever the
 * verb ("the digital economy should contribute no less than 35%", "spending on R&D would make up
 * from 1 to 1.5%"). Only the clause before a figure is tagged, so the cost follows the number of
 * figures, not the length of the text.
 */

/** A word with its tag and the spaces before it, so that a run of words gives back its text. */
interface Word {
  text: string;
  lower: string;
  pos: PartOfSpeech;
  space: string;
}

/** The subject of a figure's clause and the verbs of its predicate (lower case). */
export interface ClauseSubject {
  subject: string;
  verbs: string[];
}

/** How much of the text before a figure is read: its clause rarely runs longer. */
const WINDOW = 240;
/** Where a clause opens: the text after the last of these is read. */
const CLAUSE_START = /[;:]\s|\(|\)|\s[–—]\s/g;

/** Words between a predicate and its figure that belong to neither ("no less than", "from", "between", "a minimum of"). */
const APPROACH = new Set(['no', 'not', 'less', 'more', 'than', 'at', 'least', 'most', 'a', 'an', 'minimum', 'maximum', 'of', 'up',
  'to', 'from', 'between', 'about', 'around', 'over', 'above', 'under', 'below', 'nearly', 'approximately', 'roughly', 'only',
  'just', 'some', 'almost', 'already', 'still', 'exceeding', 'fewer', 'some', 'the', 'level', 'mark']);
/** Particles that belong to a verb ("make up", "account for", "stand at"). */
const PARTICLE = new Set(['up', 'for', 'at', 'out', 'to']);
/** Prepositions inside a noun phrase ("spending on research", "share of households with …"). */
const INNER = new Set(['of', 'on', 'for', 'in', 'with', 'from', 'to', 'by', 'into']);
/** Tags of a noun phrase's words. */
const NOMINAL = new Set<PartOfSpeech>(['NOUN', 'PROPN', 'ADJ', 'NUM', 'X', 'SYM']);
/** A participle: a verb form that can qualify a noun. */
const PARTICIPLE = /^\p{Ll}{2,}(?:ing|ed)$/u;
/** A year, which ends a subject ("by 2030 the digital economy …" starts after it). */
const YEAR = /^(?:19|20)\d{2}$/;

let nlp: ReturnType<typeof winkNLP> | undefined;

/** The words of a text with their tags. The model is loaded on first use (about 80 ms). */
function wordsOf(text: string): Word[] {
  nlp ??= winkNLP(model, ['pos']);
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out(nlp.its.value);
  const tags = tokens.out(nlp.its.pos) as PartOfSpeech[];
  const spaces = tokens.out(nlp.its.precedingSpaces);
  const words: Word[] = [];
  values.forEach((value, i) => {
    const word = { text: value, lower: value.toLowerCase(), pos: tags[i]!, space: spaces[i] ?? '' };
    const previous = words.at(-1);
    // A word hyphenated without spaces is one word with the tag of its last part ("start-ups", "fibre-optic").
    if (previous && word.space === '' && (previous.text.endsWith('-') || (value === '-' && spaces[i + 1] === ''))) {
      previous.text += value;
      previous.lower += word.lower;
      if (value !== '-') previous.pos = word.pos;
    } else words.push(word);
  });
  return words;
}

/** The text of a run of words, without the spaces before the first. */
function textOf(words: Word[]): string {
  return words.map((w, i) => (i === 0 ? w.text : w.space + w.text)).join('');
}

/**
 * The subject and predicate of the clause that ends at a figure (`before` is the text up to it), or
 * null when the clause has no predicate right before the figure or no noun phrase before that
 * predicate. "By 2030, the digital economy should contribute no less than" → { subject: "the digital
 * economy", verbs: ["should", "contribute"] }.
 */
export function clauseBefore(before: string): ClauseSubject | null {
  // The target parsers, the metric and the reported test ask about the same figure in turn, each with its own
  // slice of the text before it: the clause they share is read once.
  const clause = clauseOf(before);
  let read = seen.get(clause);
  if (read === undefined) {
    if (seen.size >= SEEN) seen.clear();
    read = /\p{L}/u.test(clause) ? readClause(clause) : null;
    seen.set(clause, read);
  }
  return read;
}

/** Clauses read lately, and how many are kept. */
const seen = new Map<string, ClauseSubject | null>();
const SEEN = 64;

/** The clause that ends a text: its last WINDOW characters, after the last clause break among them. */
function clauseOf(before: string): string {
  const window = before.slice(-WINDOW);
  let start = 0;
  for (const m of window.matchAll(CLAUSE_START)) start = m.index + m[0].length;
  return window.slice(start);
}

/** Modals and infinitives, which make a figure one still to come ("will reach", "is to account for"). */
const FORWARD = /^(?:will|would|shall|must|should|to|need|needs)$/;
/** Adverbs of a state reached, kept with the predicate's verbs ("already accounts for"). */
const STATE = /^(?:already|now|currently|so far)$/;
/** Present auxiliaries, which make a participle after them a passive, not a past ("is targeted at"). */
const PRESENT = /^(?:is|are|am|be)$/;
/** Past forms that report a figure reached ("reached", "had accounted", "rose", "is estimated"). */
const PAST = /^(?:\p{Ll}{2,}[^e\W]ed|was|were|had|rose|grew|fell|stood|hit|made|became|estimated)$/u;

/**
 * The time of the predicate before a figure: 'forward' when a modal or an infinitive leads to it ("will
 * reach", "is to account for", "strive for X to reach"), 'reported' when its verbs are past and none looks
 * forward ("reached", "is estimated to have accounted for"), else null (a present tense says neither).
 */
export function tenseBefore(before: string): 'forward' | 'reported' | null {
  const clause = clauseBefore(before);
  if (!clause) return null;
  // An estimate or a state reached is reported whatever follows ("is estimated to account for", "already accounts for").
  if (clause.verbs.some((v) => v === 'estimated' || STATE.test(v))) return 'reported';
  if (clause.verbs.some((v) => FORWARD.test(v))) {
    // "is estimated to have accounted for": an infinitive of the perfect reports.
    const perfect = clause.verbs.join(' ').match(/\bto have (\S+)$/);
    return perfect && PAST.test(perfect[1]!) ? 'reported' : 'forward';
  }
  const verbs = clause.verbs;
  return PAST.test(verbs.at(-1)!) && !(verbs.length > 1 && PRESENT.test(verbs.at(-2)!)) ? 'reported' : null;
}

/** Verbs of change, after which "from X to Y" is a baseline and a target, not a range ("rise from 19 to 30%"). */
const CHANGE = /^(?:increas|rais|ris|rose|grow|grew|climb|lift|boost|reduc|cut|fall|fell|declin|drop|doubl|tripl|improv|expand|shrink|jump|push|bring|brought|go|went|move|moving|shift)/;

/** Whether the predicate before a figure is a verb of change; true too when no predicate is read (the patterns decide). */
export function changes(before: string): boolean {
  const clause = clauseBefore(before);
  return !clause || clause.verbs.some((v) => CHANGE.test(v));
}

/** The subject and predicate of a clause read by its tags (see clauseBefore). */
function readClause(clause: string): ClauseSubject | null {
  const words = wordsOf(clause);
  let i = words.length - 1;
  while (i >= 0 && APPROACH.has(words[i]!.lower) && words[i]!.pos !== 'VERB' && words[i]!.pos !== 'AUX') i--;
  const verbs: string[] = [];
  while (i >= 0) {
    const w = words[i]!;
    if (w.pos === 'VERB' || w.pos === 'AUX' || (w.pos === 'PART' && w.lower === 'to') || (w.pos === 'ADV' && STATE.test(w.lower))) verbs.unshift(w.lower);
    else if (!(w.pos === 'ADV' || ((w.pos === 'ADP' || w.pos === 'PART') && PARTICLE.has(w.lower)))) break;
    i--;
  }
  if (!verbs.some((v) => v !== 'to')) return null;
  const end = i;
  while (i >= 0 && inPhrase(words, i)) i--;
  const phrase = words.slice(i + 1, end + 1);
  while (phrase.length > 0 && ['DET', 'ADP', 'CCONJ', 'PUNCT'].includes(phrase[0]!.pos)) phrase.shift();
  if (!phrase.some((w) => w.pos === 'NOUN' || w.pos === 'PROPN')) return null;
  return { subject: textOf(phrase), verbs };
}

/** Whether word i continues the noun phrase that ends after it (read right to left). */
function inPhrase(words: Word[], i: number): boolean {
  const w = words[i]!;
  if (YEAR.test(w.text)) return false;
  if (NOMINAL.has(w.pos)) return true;
  if (w.pos === 'DET') return w.lower !== 'that' || words[i + 1]?.pos === 'NOUN';
  if (w.pos === 'PART') return /^['’]s$/.test(w.lower);
  if (w.pos === 'PUNCT') return w.text === '-' || w.text === '&' || w.text === '/';
  const before = words[i - 1];
  const nounBefore = before !== undefined && (before.pos === 'NOUN' || before.pos === 'PROPN' || (before.pos === 'VERB' && PARTICIPLE.test(before.lower)));
  // A participle after a noun qualifies it ("enterprises applying digital technology", "technology imported from …").
  // A participle before a noun qualifies it too ("advanced countries").
  if (w.pos === 'VERB') return PARTICIPLE.test(w.lower) && (nounBefore || words[i + 1]?.pos === 'NOUN');
  // An adverb before an adjective or a participle qualifies it ("records processed fully online").
  if (w.pos === 'ADV') return /ly$/.test(w.lower) && ['ADJ', 'VERB'].includes(words[i + 1]?.pos ?? '');
  if (w.pos === 'ADP') return INNER.has(w.lower) && nounBefore;
  // "research and development" is one phrase; "GRDP and the rate of …" joins two.
  if (w.pos === 'CCONJ') return (w.lower === 'and' || w.lower === 'or') && nounBefore && words[i + 1]?.pos !== 'DET';
  return false;
}

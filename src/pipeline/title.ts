/** Longest inferred title kept whole; longer leads are cut at a clause boundary. */
const TITLE_MAX = 160;
const CLAUSE_MIN = 40;
const ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Assoc|No|Nos|St|Jr|Sr|Gen|Lt|Col|Maj|Capt|Gov|Sen|Rep|Dept|Co|Corp|Inc|Ltd|vs|etc|e\.g|i\.e|[A-Z]))$/;
/** Leading time and place phrases of a news lead ("On the morning of December 30, in Hanoi, "). */
const LEADING_SETTING = /^(?:(?:on|in|at|during|earlier|later|yesterday|today|this (?:morning|afternoon|evening)|last (?:week|month))\b[^,]{0,60},\s*)+/i;

/** The first sentence of a paragraph, not fooled by abbreviations such as "Prof. Dr.". */
export function firstSentence(text: string): string {
  const re = /[.!?](?=["”’]?\s+["“‘]?\p{Lu})/gu;
  for (const m of text.matchAll(re)) {
    if (!ABBREVIATIONS.test(text.slice(0, m.index))) return text.slice(0, m.index + 1);
  }
  return text;
}

/**
 * A faithful title from a lead paragraph: its first sentence without the leading time and place,
 * cut at the first clause boundary when long, never reworded.
 */
export function titleFromLead(lead: string): string {
  let title = firstSentence(lead).replace(/[.!?]+$/, '').trim();
  const stripped = title.replace(LEADING_SETTING, '');
  if (stripped.length >= CLAUSE_MIN) title = stripped;
  if (title.length > TITLE_MAX) {
    const comma = title.indexOf(', ', CLAUSE_MIN);
    title = comma !== -1 && comma <= TITLE_MAX ? title.slice(0, comma) : `${title.slice(0, title.lastIndexOf(' ', TITLE_MAX))}…`;
  }
  return title.charAt(0).toUpperCase() + title.slice(1);
}

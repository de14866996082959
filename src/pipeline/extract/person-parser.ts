import { fold } from './fold.ts';
import { allMatches } from './all-matches.ts';
import { textAfter } from '../reach.ts';
import { BEFORE_VERB, SAID_AFTER, SAYING_VERB } from './lexicon/speech-verbs.ts';
import { isNameSyllable } from './lexicon/syllables.ts';
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon/titles.ts';
import { findNames } from './names.ts';
import { AGENT_NOUN, CAPITAL_AGENT, mayHoldRole, rolesAfter, rolesBefore, rolesOfLabel } from './roles.ts';
import type { Sentence } from './sentences.ts';
import type { Mention, Parser } from './types.ts';

/**
 * A function at a meeting or on a committee, which minutes or a list give by a label: "Chair:", "Secretary:" (who takes the minutes),
 * "Rapporteur:", a funeral committee's "Head:" and "Members:".
 */
const MEETING_FUNCTION = /^(?:chair|chairperson|co-chair|secretary|minute-taker|rapporteur|moderator|facilitator|head|deputy head|members?)$/i;

/** Verbs of acts only a person does at a meeting: "chaired", "attended", "signed". */
const ACTS = 'spoke|speaks|chaired|chairs|attended|attends|met|meets|signed|signs|presented|presents|delivered|delivers|reported|reports'
  + '|concluded|concludes|opened|opens|welcomed|welcomes|received|receives|visited|visits|congratulated|thanked|praised|commended|agreed|called';
/** Verbs of speech and of a person's acts, after which the subject before them is a person. */
export const SPEECH_VERB = new RegExp(String.raw`^${BEFORE_VERB}(?:${SAYING_VERB}|${ACTS})\b`);

/** An honorific or a title right before a name, full ("Ambassador Kang Ji-won") or alone ("Ambassador Kang", "Mr. Vinh"). */
const TITLE_OR_HONORIFIC_BEFORE = new RegExp(String.raw`(?:\b(?:Mr|Mrs|Ms|Madam|Prof|Dr|Assoc\. Prof|Professor|Doctor|Academician|comrades?`
  + String.raw`|Comrades?|President|Minister|Secretary|Chairman|Chairwoman|Chair|Director|Head|Chief|Governor|Mayor|Ambassador|General|Colonel`
  + String.raw`|Spokesperson|spokesperson|member|Member|CEO|Deputy|deputy|Delegate|delegate`
  // Titles of firms in lower case before a name of any shape: "Nexa Semicon chief executive Lim Wei Jie", "co-founder X".
  + String.raw`|executive|chairman|chairwoman|founder|economist)\.?,?\s+|(?:^|\s)(?:Ông|Bà)\s+)$`);

/** A kinship noun before a name, with a comma or not: "his eldest son, Lưu Minh Quân", "her husband Trần Văn Bình". */
const KIN_BEFORE = new RegExp(String.raw`\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:eldest|youngest|elder|younger|late)\s+)?(?:son|daughter|wife`
  + String.raw`|husband|father|mother|brother|sister|widow|widower|grandson|granddaughter)\s*,?\s+$`);

/** The words titles are made of ("Minister", "Deputy", "Chairman"), which are no family names. */
const TITLE_WORDS: ReadonlySet<string> = new Set([...TITLE_HEADS, ...TITLE_MODIFIERS].flatMap((t) => t.split(/\s+/)));

/** A media contact's label before a name: "Contact: Ms.", "Media contacts:", "Contact the organising committee: Ms". */
const CONTACT_BEFORE = /\b(?:[Mm]edia\s+|[Pp]ress\s+)?[Cc]ontacts?(?:\s+(?:the\s+|our\s+)?[\p{Ll}’' -]{1,40}?)?\s*:\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/u;
/** The title of an outlet's own staff right before a name: "Reporter", "Correspondent", "Anchor", "Photographer", "Phóng viên". */
const MEDIA_STAFF_BEFORE = /(?:^|[\s(])(?:[Rr]eporter|[Cc]orrespondent|[Aa]nchor|[Nn]ewsreader|[Pp]hotographer|[Cc]ameraman|MC|[Pp]hóng\s+viên|PV)\s+$/u;
/** A place in brackets and a colon after a name, maybe with its verb: " (Phú Xuân ward) wrote:", " (Hà Nội):", " (Cầu Giấy ward) asks:". */
const COMMENTER_AFTER = /^\s*\([^()]{2,60}\)\s*(?:wrote|writes|asks?|asked|commented|comments|hỏi)?\s*:/u;
/** How far after a name COMMENTER_AFTER looks. */
const COMMENTER_REACH = 90;
/** A title before a name that makes its bracket a constituency, not a reader's place: "Deputy", "Delegate", "Minister", "Chairman". */
const OFFICIAL_BEFORE = /\b(?:[Dd]eputy|[Dd]elegate|Minister|Secretary|Chairman|Chairwoman|Director|Head|Governor|Mayor|Ambassador|Đại\s+biểu)\s+$/u;
/** A document's signer: "Signer: Ho Duc Thanh", "Signer | Ho Duc Thanh" (a table's row), "Signed by …", "(signed) …", "(signed and sealed) …". */
const SIGNER_BEFORE = /(?:\bSign(?:er|ed by|atory)\s*[:|]?|\(signed[^)]{0,20}\)|\bsigned\s*:|Người\s+ký\s*[:|])\s*$/iu;
/**
 * An apposition that says what a person does, by a noun of agent and where: "…, a former lecturer at the University of …",
 * "…, a researcher with the Institute of …", "…, a Singapore-based economist at …", "…, mission manager at …". A place or a firm is
 * not "a lecturer at" anything.
 */
const AGENT_APPOSITION = new RegExp(String.raw`^,\s+(?:(?:a|an)\s+(?:\p{Lu}[\p{L}-]*-based\s+)?)?(?:(?:former|senior|retired|young|leading)\s+)?`
  + String.raw`(?:${AGENT_NOUN}\s+(?:at|with)|${CAPITAL_AGENT}\s+(?:of|at|with))\s+(?:the\s+)?\p{Lu}`, 'u');
/** A relative clause on a person after a name: "Trinh Van Luc, who retired in January" ("who" is said of people only). */
const WHO_AFTER = /^,\s+who\s/;
/** A person's age in apposition after a name: "Đoàn Thị Nhung, 72, a retired nurse …" (a place or a body has no age). */
const AGE_AFTER = /^,\s+\d{2,3},\s/;
/**
 * A person told by what they are in apposition after a name: "Lò Văn Chiến, a second-year student of industrial robots …", "…, a rice farmer
 * in …", "…, a retired teacher". No place or body is a student, a farmer or a nurse.
 */
const PERSON_APPOSITION = new RegExp(String.raw`^,\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:student|pupil|farmer|fisherman|fisher|worker|teacher|nurse`
  + String.raw`|doctor|driver|trader|vendor|resident|villager|mother|father|grandmother|grandfather|housewife|veteran|volunteer|shopkeeper|retiree`
  + String.raw`|graduate|apprentice|trainee|technician|mechanic|craftsman|artisan|herder|grower)s?\b`, 'u');
/** How far after a name its title in apposition is read. */
const APPOSITION_REACH = 200;
/** How far before a name a title with its body may start ("Minister of Foreign Affairs "). */
const TITLE_REACH = 80;
/** The last word of a body's name, right before a name: its head noun or the country it serves ("… Foreign Affairs ", "… to Vietnam "). */
const BODY_END = new RegExp(String.raw`\b(?:Affairs|Ministry|Committee|Commission|Council|Department|Office|Agency|Authority|Assembly|Government`
  + String.raw`|Technology|Communications|Development|Trade|Industry|Security|Defen[cs]e|Finance|Health|Education|Justice|Investment|Planning`
  + String.raw`|Environment|Transport|Construction|Agriculture|Culture|Tourism|Information|Economy|Economics|Labou?r|Interior|Vietnam|Viet\s+Nam)\s+$`);
/**
 * An organisation's acronym ending a title's body before a name of no Vietnamese shape ("Deputy Secretary-General of ASEAN Rosa
 * Villanueva"); before Vietnamese syllables it may open the body's name ("Director of VNPT Khanh Hoa").
 */
const ACRONYM_END = /\b[A-Z]{2,6}\s+$/;
/** A clause after a semicolon whose "he" or "she" holds a title: "; he is also (Chairman of …)". */
const ALSO_HOLDS = /^;\s+(?:he|she)\s+(?:is|was|has\s+been|remains)\s+(?:also\s+|now\s+|concurrently\s+|currently\s+)?(?=\p{Lu})/u;
/** The word at a position. */
const WORD_AT = /^[\p{L}\p{M}]+/u;
/** A title a clause gives a person as its predicate: "is now …", "was re-elected …", "to hold the post of …". */
const HELD_ROLE = new RegExp(String.raw`\b(?:(?:is|(?:is|was|were|are|has\s+been|have\s+been)\s+(?:re-?)?(?:appointed|elected|named|assigned)`
  + String.raw`(?:\s+as)?|became)`
  + String.raw`\s+(?:now\s+|currently\s+|also\s+)?|(?:to\s+)?(?:hold(?:s|ing)?|take(?:s)?\s+up|taking\s+up)\s+the\s+(?:post|position)\s+of\s+`
  // "X took office as Deputy Minister of …", "was sworn in as", "assumed the post of".
  + String.raw`|(?:took|takes|has\s+taken|assumed|assumes|has\s+assumed)\s+(?:office|(?:the\s+)?(?:post|position|role))\s+(?:as|of)\s+`
  + String.raw`|(?:was|has\s+been)\s+sworn\s+in\s+as\s+)(?=\p{Lu})`, 'u');
/** An act that gives a person a post, right before the name (and its honorific): "appointing", "assigned", "has appointed Mr.". */
const APPOINTING_BEFORE = new RegExp(String.raw`\b(?:appoint(?:s|ed|ing)?|assign(?:s|ed|ing)?|nam(?:es|ed|ing)|promot(?:es|ed|ing)|(?:re-?)?elect(?:s|ed|ing)?`
  + String.raw`|transfer(?:s|red|ring)?)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$`);
/** The post an act gives, after the name and its apposition: ", as Deputy Minister of …", "… to take up the post of …". */
const APPOINTED_AS = /,\s+as\s+(?=\p{Lu})|\bto\s+take\s+up\s+the\s+(?:post|position)\s+of\s+/u;
/** "with X as (Secretary of …)", "elected X as (Chairman)": the post given right after the name. */
const WITH_BEFORE = /\b(?:with|elected|elects|electing|appointed|named)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/;
const AS_AFTER = /^\s+as\s+(?=\p{Lu})/u;
/** What joins a name (and its apposition) to the next one, with which it shares a predicate: "X, Chairman of …, and (Y were elected …)". */
const JOINED_TO_NEXT = /(?:^|,)\s*and\s+$/;
/** A predicate of two or more people: "(X and Y) were elected Deputy Secretaries of …". */
const PLURAL_HELD = /^\s*(?:were|are|have\s+been)\s/;
/** An honorific at the end of the stretch before the next name, with what joins it: ", and Mr. ". */
const HONORIFIC_TAIL = /(?:,?\s*(?:and\s+)?)(?:Mr|Mrs|Ms|Madam|Dr|Prof)\.?\s*$/;
/** A past title ("former Minister of …"): not a role the person holds. */
const PAST_ROLE = /^(?:former|ex-)\b/i;
/**
 * A single capitalised word standing alone: a person later called by family or given name ("Nguyen said", "Mr. Vinh").
 * The capital is matched before the look back at the character before it, so that the look back runs only at capitals.
 */
const LONE_WORD = /[\p{Lu}](?<![\p{L}\d’'-][\p{Lu}])[\p{Ll}\p{M}]+(?!\s?[\p{Lu}\d]|[\p{L}’'-])/gu;
/** Whether a sentence may hold a short name at all: a verb of saying or a title somewhere in it. */
const SAYING_ANYWHERE = new RegExp(String.raw`\b${SAYING_VERB}\b`);
const HONORIFIC_OR_TITLE_ANYWHERE = /\b(?:Mr|Mrs|Ms|Madam|Minister|Secretary|Chairman|Chairwoman|Director|Governor|Mayor)\b/;
/**
 * A participle phrase that opens a sentence before its subject: "Speaking at the session, ", "Concluding the meeting, ", "Replying to
 * delegates, "; or the speech the subject gave: "In his speech, ". As a pattern source, no group.
 */
const INTRODUCTORY = String.raw`(?:(?:Speaking|Addressing|Opening|Closing|Concluding|Presenting|Responding|Replying|Explaining|Answering)\b`
  // "In his speech, ", "In her closing remarks at the forum, ": a speech the subject gave.
  + String.raw`|(?:In|During)\s+(?:his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:speech|remarks|address)\b)[^,;]{0,80},\s*`;
/** Where a clause opens: the sentence's start, a semicolon, or after a participle phrase that opens the sentence. */
const CLAUSE_OPEN_BEFORE = new RegExp(String.raw`(?:^|;\s*|^${INTRODUCTORY})$`, 'u');
/** A verb in the past, or an auxiliary, right after a lone word ("Hang took over", "Luc has retired"). */
const VERB_AFTER = new RegExp(String.raw`^\s+(?:(?:also|then|later|since|soon|formally|officially)\s+)?(?:\p{Ll}{2,}ed|took|gave|made|became`
  + String.raw`|began|left|won|met|led|ran|held|has|had|was|will|would)\b`, 'u');
/** Pronouns and adverbs of a syllable's shape that open a clause before a verb ("They met …", "Then came …"). */
const PRONOUN = /^(?:They|Then|He|It|Each|Such|Much)$/;
/** A sentence that opens with a lone capitalised word and a verb, for the quick test before the lone words are read. */
const LONE_SUBJECT_ANYWHERE = new RegExp(String.raw`(?:^|;\s*|^${INTRODUCTORY})\p{Lu}[\p{Ll}\p{M}]+${VERB_AFTER.source.slice(1)}`, 'u');
/** A capitalised word right before: the lone word ends a longer name, unless that word is a title. */
const CAPITALISED_BEFORE = /[\p{Lu}][\p{L}’'-]*\s$/u;

/** A common noun and the preposition of a place right before a name: "(boat) owner from", "(farmers) in", "(a school) at". */
// (Not a verb's particle: "(took) over from Lò Văn Khánh".)
const PLACE_AFTER_NOUN = /\b(?!(?:over|away|back|off|out|down|aside|apart)\s)\p{Ll}{3,}s?\s+(?:from|in|at)\s+$/u;
/** How far back PLACE_AFTER_NOUN looks. */
const PLACE_NOUN_REACH = 30;
/** What stands between a person's name and the place they are from: " of ", " from ". */
const OF_PLACE = /^\s+(?:of|from)\s+$/;

/** A place a person is from, right after the name and before an apposition: " of Hưng Yên" (", Standing Member of …"). */
const FROM_PLACE = /^\s+(?:of|from)\s+\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,2}(?=,)/u;

/** Academic honorifics and ranks at the end of the text before a name ("Assoc. Prof. Dr.", "…, Colonel"). */
// (And "Comrade", as an official text puts it between a title and the name: "The Chairman of …, Comrade Đinh Văn Lưu, told me".)
// (Or a judge's grade, "Senior Judge", which is no post: "Senior Judge X, Chief Justice of …".)
// (Or the sentence may open with them: "Senior Judge X, …".)
const ACADEMIC_BEFORE = new RegExp(String.raw`(?:(?:^|\s+)(?:Assoc\.\s*Prof|Prof|Dr|Professor|Doctor|Academician|PhD|MSc|Comrade`
  + String.raw`|(?:Senior|Intermediate|Elementary)\s+Judge`
  + String.raw`|(?:Senior\s+)?(?:Lieutenant\s+|Major\s+)?(?:(?<!\b(?:Director|Secretary|Inspector|Auditor|Consul|Governor)\s+)General|Colonel))\.?,?)+\s*$`);

/** People in a sentence: names by their shape, with the titles around them as roles. */
export const personParser: Parser = {
  name: 'ENPersonParser',
  parse(sentence: Sentence): Mention[] {
    const { text } = sentence;
    // A name of any shape after a title whose body ends in a body's noun ("Estonian Minister of Foreign Affairs Kristjan Lepp"):
    // the body's own capitalised words end there, so the words after it are the name.
    const titled = (start: number) => TITLE_OR_HONORIFIC_BEFORE.test(text.slice(Math.max(0, start - 40), start))
      || ((BODY_END.test(text.slice(Math.max(0, start - 20), start))
        || (ACRONYM_END.test(text.slice(Math.max(0, start - 8), start)) && !isNameSyllable(WORD_AT.exec(text.slice(start, start + 20))?.[0] ?? '')))
        && rolesBefore(text.slice(Math.max(0, start - TITLE_REACH), start)).length > 0);
    // A name of any shape with a title in apposition after it ("Helena Marsh, Resident Representative in Vietnam").
    const apposed = (end: number) => {
      const after = text.slice(end, end + APPOSITION_REACH);
      return mayHoldRole(after) && rolesAfter(after).length > 0;
    };
    // "deputy Bùi Đức Thịnh of Hưng Yên, Standing Member of …": a name right after another's "of" is where that person is from.
    // "A boat owner from Thạch Kim said …": a name after a common noun's "from", "in" or "at" is the place the noun is of, unless a title
    // stands around it.
    const names = findNames(text, titled, apposed).filter((n, i, all) => !(i > 0 && OF_PLACE.test(text.slice(all[i - 1]!.end, n.start)))
      && !(PLACE_AFTER_NOUN.test(text.slice(Math.max(0, n.start - PLACE_NOUN_REACH), n.start)) && !titled(n.start) && !apposed(n.end)
        && !WHO_AFTER.test(text.slice(n.end))));
    const speakers = subjectsOfActs(text, names);
    const mentions: Mention[] = [];
    let clauseRoles: string[] = [];
    let clauseStart = -1;
    // The semicolons around each name, found by one pass over the sentence's semicolons for all its
    // names (in order), where searching the text from each name would read a long sentence once per name.
    const semicolons = allMatches(/;/g, text).map((m) => m.index);
    let upToStart = 0;
    let beforeEnd = 0;
    names.forEach((name, i) => {
      while (upToStart < semicolons.length && semicolons[upToStart]! <= name.start) upToStart++;
      while (beforeEnd < semicolons.length && semicolons[beforeEnd]! < name.end) beforeEnd++;
      const semicolon = semicolons[upToStart - 1] ?? -1;
      // "Former directors: X (2025–2028); Y (2028–2030).": an item that is only a name, and an aside, goes on the label's list.
      const listed = LIST_ITEM.test(text.slice(semicolon + 1, name.start)) && ASIDE_TO_END.test(text.slice(name.end, semicolons[beforeEnd] ?? text.length));
      if (semicolon !== clauseStart) { clauseStart = semicolon; if (!listed) clauseRoles = []; }
      const from = Math.max(semicolon + 1, names[i - 1]?.end ?? 0);
      let before = text.slice(from, name.start);
      const signer = SIGNER_BEFORE.test(before);
      // "Contact: Ms. X, Legal Affairs Department, tel. …": a media contact is the page's chrome, not a person of the text.
      if (CONTACT_BEFORE.test(before)) return;
      // "Reporter Hoàng Lan Anh reports from Hà Nội", "Photographer X": the outlet's own staff are its credits, not people of the text.
      if (MEDIA_STAFF_BEFORE.test(before)) return;
      // "Ms. Lê Thị Hồng (Phú Xuân ward) wrote: Please …": a reader who comments or asks, by the place in brackets and the colon after.
      // (Not an official with a title before the name: "Deputy Lê Thị Hồng (Huế City): I propose …" is a deputy's question.)
      if (COMMENTER_AFTER.test(text.slice(name.end, name.end + COMMENTER_REACH)) && !OFFICIAL_BEFORE.test(before)) return;
      const colon = before.lastIndexOf(':');
      if (colon !== -1) {
        clauseRoles = rolesOfLabel(before.slice(before.lastIndexOf(':', colon - 1) + 1, colon));
        before = before.slice(colon + 1);
      }
      const next = names[i + 1];
      const clauseEnd = semicolons[beforeEnd] ?? -1;
      const end = Math.min(next?.start ?? text.length, clauseEnd === -1 ? text.length : clauseEnd);
      // "X, Standing Deputy Secretary of …, and Mr. Y": an honorific before the next name ends the title, which is X's own.
      // (Past where the person is from: "X of Hưng Yên, Standing Member of …".)
      const stretch = text.slice(name.end, end).replace(FROM_PLACE, '');
      const honoured = HONORIFIC_TAIL.exec(stretch);
      const apposition = rolesAfter(honoured ? stretch.slice(0, honoured.index) : stretch, !honoured && next !== undefined && next.start === end);
      // "Rector Assoc. Prof. Dr. X": academic honorifics stand between a title and its name.
      const own = rolesBefore(before.replace(ACADEMIC_BEFORE, ' '), text.slice(0, from), i > 0 && from === names[i - 1]!.end);
      // "X, former Secretary of …, is now Deputy Head of …", "… assigning X … to hold the post of Secretary of …".
      // "appointing X, Director General of …, as Deputy Minister of …": the title after "as" is the one the act gives; the one in
      // apposition is the one it ends.
      const appointed = (APPOINTING_BEFORE.test(before) ? APPOINTED_AS.exec(text.slice(name.end, end)) : null)
        ?? (WITH_BEFORE.test(before) ? AS_AFTER.exec(text.slice(name.end, end)) : null);
      const held = appointed ?? HELD_ROLE.exec(text.slice(name.end, end));
      // "X, Chairman of …, and Y were elected Deputy Secretaries of …": the predicate after the next name is X's too.
      const shared = !held && next && JOINED_TO_NEXT.test(text.slice(name.end, next.start).replace(/,[^,]*,\s*and\s+$/, ', and '))
        ? predicateAfter(text, next.end) : [];
      const predicate = held ? rolesAfter(`, ${text.slice(name.end + held.index + held[0].length, end)}`) : shared;
      // "X was elected Deputy Secretary of …; he is also Chairman of …": the next clause's "he" is X, when no name stands between.
      const pronounClause = clauseEnd !== -1 && (next === undefined || next.start > clauseEnd) ? ALSO_HOLDS.exec(text.slice(clauseEnd, clauseEnd + 40)) : null;
      const also = pronounClause ? rolesAfter(`, ${text.slice(clauseEnd + pronounClause[0].length).split(/[;.]\s/)[0]}`) : [];
      // "Chair: Mr. X, Vice Chairman of …": a meeting's function, which the post in apposition holds, is no post of X's.
      const labelled = apposition.length > 0 ? clauseRoles.filter((r) => !MEETING_FUNCTION.test(r)) : clauseRoles;
      const titles = [...new Set([...labelled, ...own, ...(appointed && predicate.length > 0 ? [] : apposition), ...predicate, ...also])];
      const roles = titles.filter((role) => !PAST_ROLE.test(role));
      const honorific = HONORIFICS.test(before.trim().split(/\s+/).at(-1) ?? '') || /\b(?:Prof|Dr)\.\s*$/.test(before);
      const speaks = speakers[i]!;
      mentions.push({
        type: 'person', key: fold(name.text), name: name.text,
        block: sentence.block, start: sentence.start + name.start, end: sentence.start + name.end, text: name.text,
        sentence, roles, via: 'name',
        // (Or a relative named by kin: "his eldest son, Lưu Minh Quân".)
        certain: titles.length > 0 || honorific || speaks || signer || KIN_BEFORE.test(before) || AGENT_APPOSITION.test(text.slice(name.end))
          || WHO_AFTER.test(text.slice(name.end))
          || AGE_AFTER.test(text.slice(name.end)) || PERSON_APPOSITION.test(text.slice(name.end)),
      });
    });
    return [...mentions, ...shortNames(sentence, names)];
  },
};

/** The titles a plural predicate right after a name gives ("… were elected Deputy Secretaries of X"), up to the clause's end. */
function predicateAfter(text: string, at: number): string[] {
  const after = textAfter(text, at);
  if (!PLURAL_HELD.test(after)) return [];
  const held = HELD_ROLE.exec(after);
  if (!held || held.index > 12) return [];
  const rest = after.slice(held.index + held[0].length);
  return rolesAfter(`, ${rest.slice(0, rest.search(/[;]|$/))}`);
}

/** Nothing before a name in a clause after a semicolon but blanks: an item of a list. */
const LIST_ITEM = /^\s*$/;
/** Nothing after a name up to its clause's end but an aside in brackets and the end's stop: " (2025–2028)", " (2028–2030).". */
const ASIDE_TO_END = /^\s*(?:\([^()]*\))?\s*\.?\s*$/;

/** A bracketed aside: "(materials science)". */
const ASIDE = /\s*\([^)]*\)/g;
/** "X and Y": nothing but "and" between two names, once asides are set apart. */
const AND_ONLY = /^\s*,?\s*and\s+$/;
/** A verb of speech or act after the comma that closes an apposition the names stand in ("Two researchers, X and Y, received …"). */
const ACT_AFTER_COMMA = new RegExp(String.raw`^,\s*(?:${SAYING_VERB}|${ACTS})\b`);

/**
 * Which names are the subject of a verb of speech or of a person's act, asides set apart: "X said", "X (materials science)
 * and Y (imaging), received …", where both X and Y are subjects.
 */
function subjectsOfActs(text: string, names: { start: number; end: number }[]): boolean[] {
  const speaks = names.map(() => false);
  for (let i = names.length - 1; i >= 0; i--) {
    const next = names[i + 1];
    // Read within REACH of the name (the patterns are anchored at its end): a sentence of many names is not copied once per name.
    const rest = textAfter(text, names[i]!.end);
    const bare = rest.includes('(') ? rest.replace(ASIDE, '') : rest;
    speaks[i] = SPEECH_VERB.test(rest) || SPEECH_VERB.test(bare) || ACT_AFTER_COMMA.test(bare)
      || (next !== undefined && speaks[i + 1]! && AND_ONLY.test(text.slice(names[i]!.end, next.start).replace(ASIDE, '')));
  }
  return speaks;
}

/** A relative clause right after a name that gives a title held besides: ", who is also (Deputy Secretary of …)". */
const WHO_IS_ALSO = /^\s*,\s+who\s+is\s+also\s/;

/**
 * A person the text names again by one word, family or given name, as the subject of a verb of
 * saying or after an honorific or title ("Nguyen said", "Nhung said", "Mr. Vinh", "Acting Minister
 * Khoa"). Keyed `short:<word>` and uncertain: the short-name refiner resolves it to the person of
 * the same document it abbreviates, or drops it. Its title is a short form of one the text gave
 * with the full name, so it adds no role; only a relative clause may (WHO_IS_ALSO).
 */
function shortNames(sentence: Sentence, names: { start: number; end: number }[]): Mention[] {
  const { text } = sentence;
  const out: Mention[] = [];
  const saying = SAYING_ANYWHERE.test(text) || HONORIFIC_OR_TITLE_ANYWHERE.test(text);
  if (!saying && !LONE_SUBJECT_ANYWHERE.test(text)) return out;
  // Names and lone words both come in order, and names do not overlap: the only name a word can
  // overlap is the first that ends after the word starts.
  let next = 0;
  for (const m of allMatches(LONE_WORD, text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (next < names.length && names[next]!.end <= start) next++;
    const inName = next < names.length && names[next]!.start < end;
    if (inName) continue;
    const before = text.slice(Math.max(0, start - 60), start);
    const titled = TITLE_OR_HONORIFIC_BEFORE.test(before);
    // A family name of another shape only right after a title or before a verb of saying ("Ambassador Kang said", "Choi said"), and
    // no word of a title itself ("the Prime Minister, Minister of …"): the refiner keeps it when it is a word of a full name the text
    // gives ("Kang Ji-won").
    if (!isNameSyllable(m[0]) && (TITLE_WORDS.has(m[0]) || !((titled && !/,\s*$/.test(before)) || (saying && SAID_AFTER.test(text.slice(end)))))) continue;
    // "Hang took over in February …": a lone word that opens a clause before a verb (the refiner keeps it only when it
    // abbreviates a person of the text).
    const subject = !titled && !PRONOUN.test(m[0]) && CLAUSE_OPEN_BEFORE.test(before) && VERB_AFTER.test(text.slice(end, end + 40));
    if (!titled && !subject && (CAPITALISED_BEFORE.test(before) || !saying || !SAID_AFTER.test(text.slice(end)))) continue;
    // (Unless a relative clause gives one it holds besides: "Sơn, who is also Deputy Secretary of the … Party Committee, said".)
    const besides = WHO_IS_ALSO.test(text.slice(end)) ? rolesAfter(text.slice(end).split(/[;.]\s/)[0]!) : [];
    out.push({
      type: 'person', key: `short:${fold(m[0])}`, name: m[0], block: sentence.block,
      start: sentence.start + start, end: sentence.start + end, text: m[0], sentence,
      roles: besides, via: 'name', certain: false,
    });
  }
  return out;
}

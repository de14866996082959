import type { Block } from '../types.ts';
import { instrumentParser } from './instrument-parser.ts';
import { lawParser } from './law-parser.ts';
import { HEAD, organizationParser } from './organization-parser.ts';
import { personParser } from './person-parser.ts';
import { confirmedNameRefiner, overlapRemovalRefiner, provinceRefiner, shortNameRefiner, titleReferenceRefiner } from './refiners.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { titleCase } from './name-grammar.ts';
import { isRole, normalizeRole, rolesAfter, rolesOfLabel } from './roles.ts';
import { fold } from './fold.ts';
import { once } from '../once.ts';
import { firstAtLeast } from '../sorted-spans.ts';
import { FIRM_OFFICER_TITLE, withBodiesOfContext } from './context-bodies.ts';
import { isVietnameseName } from './lexicon/surnames.ts';
import { SALUTATION } from '../metadata.ts';
import { titleReferenceParser } from './title-reference-parser.ts';
import type { Mention, Parser, Refiner } from './types.ts';

/** Parsers, run on every sentence. */
export const PARSERS: Parser[] = [instrumentParser, lawParser, organizationParser, personParser, titleReferenceParser];
/** Refiners, folded over a document's mentions in this order. */
export const REFINERS: Refiner[] = [overlapRemovalRefiner, provinceRefiner, shortNameRefiner, titleReferenceRefiner, confirmedNameRefiner];

/** The sentences of a document's blocks (list items joined by newlines split like sentences). */
export function documentSentences(blocks: Block[]): Sentence[] {
  return blocks.flatMap((block, i) => (block.kind === 'list' ? splitItems(block.text, i) : splitSentences(block.text, i)));
}

function splitItems(text: string, block: number): Sentence[] {
  let offset = 0;
  return text.split('\n').flatMap((item) => {
    const sentences = splitSentences(item, block).map((s) => ({ ...s, start: s.start + offset, end: s.end + offset }));
    offset += item.length + 1;
    return sentences;
  });
}

/**
 * Every mention in a document: all parsers over all sentences, then the refiners in order. The title, when known, names the
 * firm a text is about, whose officers its bare titles name (see `withBodiesOfContext`).
 */
export function extractMentions(
  blocks: Block[], parsers = PARSERS, refiners = REFINERS, sentences = documentSentences(blocks), title?: string,
): Mention[] {
  const proposed: Mention[] = [];
  for (const sentence of sentences) for (const parser of parsers) for (const mention of parser.parse(sentence)) proposed.push(mention);
  const refined = refiners.reduce((mentions, refiner) => refiner.refine(mentions), proposed);
  const titled = withDefinedAcronyms(
    withCaptionedSpeakers(withProfilePositions(withLetterSigner(withAuthor(withFirmTitles(withSignedTitles(refined, blocks)), blocks, sentences),
      blocks, sentences), blocks, sentences), blocks, sentences), blocks, sentences);
  return withTitleRoles(withBodiesOfContext(withoutContacts(titled, blocks), title, blocks), title, parsers);
}

/**
 * People the text names by a bare title ("the speech by Minister Lương Thế Khoa") whose whole title the document's title gives ("Full text
 * of the speech by Minister of Science and Technology Lương Thế Khoa at …"): the whole title is theirs, as the title writes it.
 */
function withTitleRoles(mentions: Mention[], title: string | undefined, parsers: readonly Parser[]): Mention[] {
  if (!title || !mentions.some((m) => m.type === 'person' && (m.roles ?? []).some((r) => BARE_ROLE.test(r)))) return mentions;
  const block = { kind: 'paragraph', text: title, line: 0, start: 0, end: title.length } as Block;
  const titled = new Map<string, string[]>();
  for (const sentence of documentSentences([block])) {
    for (const parser of parsers) for (const m of parser.parse(sentence)) if (m.type === 'person' && m.roles?.length) titled.set(m.key, m.roles);
  }
  if (titled.size === 0) return mentions;
  return mentions.map((m) => {
    const whole = m.type === 'person' ? titled.get(m.key) : undefined;
    const roles = whole && m.roles?.length && m.roles.every((r) => BARE_ROLE.test(r) && whole.some((w) => w.startsWith(`${r} of `)))
      ? m.roles.map((r) => whole.find((w) => w.startsWith(`${r} of `))!) : undefined;
    return roles ? { ...m, roles } : m;
  });
}
/** A title with no body of its own: "Minister", "Deputy Minister", "Director". */
const BARE_ROLE = /^(?:Deputy\s+|Vice\s+|Acting\s+)?\p{Lu}\p{Ll}+$/u;

/** A contact's details after a name: "Tel: 0221 3 86x xxx", "Email: x@y.gov.vn", "Hotline: 1900 …". */
const CONTACT_DETAILS = /\b(?:tel|phone|mobile|fax|hotline|e-?mail|điện thoại)\s*\.?\s*:\s*(?:\+?\d|\S+@)/iu;
/** How long a paragraph of contact details may be. */
const CONTACT_LENGTH = 300;

/**
 * People named in a short paragraph that gives their telephone or email after the name ("Ms X, Head of the … Division, …. Tel: …"):
 * the page's contact, as a media contact is, not a person the text is about.
 */
function withoutContacts(mentions: Mention[], blocks: readonly Block[]): Mention[] {
  const contact = (m: Mention) => {
    const text = blocks[m.block]?.text ?? '';
    return text.length <= CONTACT_LENGTH && CONTACT_DETAILS.test(text.slice(m.end));
  };
  return mentions.some((m) => m.type === 'person') ? mentions.filter((m) => m.type !== 'person' || !contact(m)) : mentions;
}

/**
 * A firm's officer named at the opening of a sentence by title alone: "Its chief executive, X, …", "Co-founders X and Y said …"; after
 * "its", the head of any body: "Its president, Dr X, said the school …". Groups: the title, after "its" or alone; a plural's "s".
 */
const FIRM_TITLE_OPENING = new RegExp(String.raw`^(?:(?:Its|Their)\s+(${FIRM_OFFICER_TITLE}|president|rector|director|chairman|chairwoman|principal`
  + String.raw`|dean)|(${FIRM_OFFICER_TITLE}))(s?)(?:,\s+|\s+)(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?$`, 'i');
/** How far into its sentence a name may start after such a title (the second of a pair, "Co-founders X and Y"). */
const OPENING_REACH = 100;

/**
 * A firm's officer whose title, at the opening of the sentence, names no firm: the firm is the last organization the paragraph
 * named before the sentence ("… such as SiliconLotus, a Hanoi-based design house. Its chief executive, X, says …").
 */
function withFirmTitles(mentions: Mention[]): Mention[] {
  // The organizations of the paragraph read so far, in order (mentions come in document order).
  let orgs: Mention[] = [];
  return mentions.map((m, i) => {
    if (orgs[0] && orgs[0].block !== m.block) orgs = [];
    if (m.type === 'organization') orgs.push(m);
    // (Only a name near its sentence's opening: a sentence of thousands of names is not read up to each of them.)
    if (m.type !== 'person' || (m.roles?.length ?? 0) > 1 || m.start - m.sentence.start > OPENING_REACH) return m;
    const opening = m.sentence.text.slice(0, m.start - m.sentence.start);
    // "Co-founders X and Y": the second name of the pair holds the same title.
    const pair = /^(.*?)\s+and\s+$/.exec(opening);
    const previous = mentions[i - 1];
    const before = pair && previous?.type === 'person' && previous.sentence === m.sentence ? pair[1]!.slice(0, previous.start - m.sentence.start) : opening;
    const title = FIRM_TITLE_OPENING.exec(before);
    // A plural title names a pair: "Co-founders X and Y", not "Founder X and a partner".
    const paired = pair !== null || /\s+and\s/.test(m.sentence.text.slice(m.end - m.sentence.start, m.end - m.sentence.start + 6));
    if (!title || (title[3] === 's') !== paired) return m;
    const firm = orgs.findLast((o) => o.end <= m.sentence.start);
    return firm ? { ...m, roles: [`${(title[1] ?? title[2])!.toLowerCase()} of ${firm.name}`], certain: true } : m;
  });
}

/**
 * A signed article's author block: a Vietnamese name printed in capitals on its own line ("PHẠM HỒNG SƠN"), then a line that is only
 * titles ("Member of the Party Central Committee, Secretary of …"). The author is a person of the text, with those titles; a bare
 * byline, with no titles under it, is not.
 */
function withAuthor(mentions: Mention[], blocks: Block[], sentences: Sentence[]): Mention[] {
  const authors: Mention[] = [];
  blocks.forEach((block, i) => {
    const line = block.text.trim();
    const next = blocks[i + 1]?.text.trim() ?? '';
    if (!CAPITALS_LINE.test(line) || !/^\S+(?:\s+\S+){1,3}$/.test(line) || next === '' || mentions.some((m) => m.block === i)) return;
    const name = titleCase(line);
    const words = name.split(/\s+/);
    if (!isVietnameseName(words)) return;
    const roles = rolesOfLabel(next);
    const sentence = sentences.find((s) => s.block === i);
    if (roles.length === 0 || !sentence) return;
    const start = block.text.indexOf(line);
    authors.push({
      type: 'person', key: fold(name), name, block: i, start, end: start + line.length, text: line, sentence, roles, via: 'name', certain: true,
    });
  });
  // Each author before the first mention of a later block (its own block has none).
  return inOrder(mentions, authors);
}

/** A letter's closing on a line of its own: "Warm regards,", "Yours sincerely,", "Best wishes,". */
const CLOSING = new RegExp(String.raw`^(?:(?:warm|best|kind|warmest)\s+)?regards,?$|^(?:yours\s+)?(?:sincerely|faithfully|truly)(?:\s+yours)?,?$`
  + String.raw`|^(?:with\s+)?(?:best|warm)\s+wishes,?$`, 'i');
/** A name of two to four capitalised words alone on its line, in any language ("Henrik Aaltonen", "Nguyễn Thị Lan"). */
const NAME_LINE = /^\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,3}$/u;

/** How many blocks above a letter's last paragraph its salutation ("Dear investors,") may stand. */
const LETTER_BLOCKS = 12;

/**
 * A letter's signer: the name on its own line under its closing ("Warm regards, / Henrik Aaltonen / Chairman, Vietnam–Nordic Chamber
 * of Commerce"), or under the last sentence of a letter that opens "Dear …," ("A MESSAGE FROM OUR CHAIRWOMAN / Dear investors, / … /
 * I invite you to visit us. / Trịnh Thị Mai Phương / Chairwoman of the Board of Directors, …"), with the titles printed under it; a
 * name the text named there already gets those titles.
 */
function withLetterSigner(mentions: Mention[], blocks: Block[], sentences: Sentence[]): Mention[] {
  const signers: Mention[] = [];
  const titled = new Map<number, string[]>();
  const letterEnd = (i: number) => /[.!?]["”]?$/.test(blocks[i - 1]!.text.trim())
    && blocks.slice(Math.max(0, i - LETTER_BLOCKS), i - 1).some((b) => SALUTATION.test(b.text.trim()));
  blocks.forEach((block, i) => {
    const line = block.text.trim();
    if (i === 0 || !NAME_LINE.test(line) || !(CLOSING.test(blocks[i - 1]!.text.trim()) || letterEnd(i))) return;
    const roles = rolesAfter(`, ${blocks[i + 1]?.text.trim() ?? ''}`);
    const sentence = sentences.find((s) => s.block === i);
    if (roles.length === 0 || !sentence) return;
    if (mentions.some((m) => m.block === i)) { titled.set(i, roles); return; }
    const start = block.text.indexOf(line);
    signers.push({
      type: 'person', key: fold(line), name: line, block: i, start, end: start + line.length, text: line, sentence, roles, via: 'name', certain: true,
    });
  });
  const named = titled.size === 0 ? mentions : mentions.map((m) => (m.type === 'person' && (m.roles?.length ?? 0) === 0 && titled.has(m.block)
    ? { ...m, roles: titled.get(m.block)!, certain: true } : m));
  return signers.length === 0 ? named : inOrder(named, signers);
}

/** A profile's field with the person's name: "Full name: Mạc Đình Khiêm". Group: the name. */
const FULL_NAME = /^(?:Full\s+name|Name)\s*:\s*(\p{Lu}[\p{L}\p{M}'’ -]{2,60})$/u;
/** A profile's heading over the posts its person holds: "CURRENT POSITIONS", "Positions held:". */
const POSITIONS_HEADING = /^(?:current\s+)?(?:positions?|posts?|offices?)(?:\s+held)?\s*:?$/i;
/** A profile's field of the post its person holds: "Current position: Deputy Director of …". Group: the post. */
const POSITION_FIELD = /^(?:current\s+)?(?:positions?|posts?|job\s+title)\s*:\s*(\p{Lu}.{2,160})$/iu;
/** How many blocks open a profile, where its "Full name:" field stands. */
const PROFILE_FIELDS = 20;
/** A block's fields, a row of them set apart by bars ("Full name: … | Gender: … | Year of birth: …"), each trimmed. */
const fieldsOf = (text: string) => text.split(/\s+\|\s+/).map((f) => f.trim());

/**
 * An official's or a candidate's profile page: the posts listed under its "CURRENT POSITIONS" heading, or its "Current position:"
 * field, are those of the person its "Full name:" field names, alone on its line or in a row of fields; given to that mention, or to
 * one made there when no reader named the person in a field ("Full name: Mạc Đình Khiêm" … "CURRENT POSITIONS / - Deputy Minister of
 * … / - Member of the Party Committee of …"; "Full name: Đặng Thị Ngọc Thủy | Gender: Female" … "Current position: Deputy Director of
 * …").
 */
function withProfilePositions(mentions: Mention[], blocks: Block[], sentences: Sentence[]): Mention[] {
  const opening = blocks.slice(0, PROFILE_FIELDS);
  const names = opening.map((b) => fieldsOf(b.text).map((f) => FULL_NAME.exec(f)?.[1]?.trim()).find((n) => n !== undefined));
  const field = names.findIndex((n) => n !== undefined);
  const name = names[field];
  if (!name) return mentions;
  const heading = blocks.findIndex((b) => POSITIONS_HEADING.test(b.text.trim()));
  const list = heading >= 0 && blocks[heading + 1]?.kind === 'list' ? blocks[heading + 1]!.text.split('\n') : [];
  const fields = opening.flatMap((b) => fieldsOf(b.text)).map((f) => POSITION_FIELD.exec(f)?.[1]).filter((f): f is string => f !== undefined);
  const posts = [...list, ...fields].map((line) => normalizeRole(line.replace(/^\s*[-•*–]\s*/, '').replace(/[.;]\s*$/, '').trim())).filter(isRole);
  if (posts.length === 0) return mentions;
  const key = fold(name);
  const named = (m: Mention) => m.type === 'person' && m.block === field && m.key === key;
  if (mentions.some(named)) return mentions.map((m) => (named(m) ? { ...m, roles: [...new Set([...(m.roles ?? []), ...posts])], certain: true } : m));
  const sentence = sentences.find((x) => x.block === field && x.text.includes(name));
  if (!sentence || !isVietnameseName(name.split(/\s+/))) return mentions;
  const start = sentence.start + sentence.text.indexOf(name);
  return inOrder(mentions, [{
    type: 'person', key, name, block: field, start, end: start + name.length, text: name, sentence, roles: [...new Set(posts)], via: 'name', certain: true,
  }]);
}

/**
 * A speaker captioned in a transcript: a name in capitals, then titles, then a colon, at the opening of a paragraph (after its
 * time code): "[06:02:05] ĐOÀN MINH HIỂN, Chairman of the Bắc Ninh Provincial People's Committee: The province will …". Groups:
 * the name, the titles. A credit ("ANCHOR (Minh Thư):", "REPORTER:") has no titles after a comma.
 */
const CAPTIONED = /^(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*)?(\p{Lu}[\p{Lu}\p{M}’'-]*(?:\s\p{Lu}[\p{Lu}\p{M}’'-]*){1,4}),\s+([^:]{3,160}):\s/u;

/**
 * A caption whose title comes first, in capitals too, before the name and a note in brackets: "[08:01] VICE CHAIRMAN OF THE NATIONAL
 * ASSEMBLY ĐINH QUANG TRƯỜNG (chairing):". Read as CAPTIONED's groups (the name, the title as a sentence writes it), when the title
 * names the body it is held at; the name is the words at its end that a Vietnamese name is made of, its surname first.
 */
const TITLED_CAPTION = /^(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*)?([\p{Lu}\p{M}’' -]{8,160}?)(?:\s*\([^()]{1,40}\))?:\s/u;
/** How many words a captioned name has at most. */
const NAME_WORDS = 5;

function titledCaption(text: string): RegExpExecArray | null {
  const m = TITLED_CAPTION.exec(text);
  if (!m) return null;
  const words = m[1]!.trim().split(/\s+/);
  for (let k = Math.min(NAME_WORDS, words.length - 2); k >= 2; k--) {
    const name = words.slice(-k);
    const cased = name.map((w) => titleCase(w));
    if (!isVietnameseName(cased)) continue;
    const title = normalizeRole(titleCase(words.slice(0, -k).join(' ')).replace(/\s(?:Of|The|And|For|On|In|At)(?=\s)/g, (w) => w.toLowerCase()));
    if (!/\s(?:of|at)\s/.test(title) || !isRole(title)) return null;
    return Object.assign([m[0], name.join(' '), title], { index: m.index, input: text }) as unknown as RegExpExecArray;
  }
  return null;
}

/** The speakers a transcript captions (see CAPTIONED), each with the titles of the caption, where no parser found them. */
function withCaptionedSpeakers(mentions: Mention[], blocks: Block[], sentences: Sentence[]): Mention[] {
  const captioned: Mention[] = [];
  // The people each block names, and its sentences: grouped once, when a caption is first found.
  const peopleOf = once(() => Map.groupBy(mentions.filter((x) => x.type === 'person'), (x) => x.block));
  const sentencesOf = once(() => Map.groupBy(sentences, (x) => x.block));
  blocks.forEach((block, i) => {
    const m = block.kind === 'paragraph' ? CAPTIONED.exec(block.text) ?? titledCaption(block.text) : null;
    if (!m || peopleOf().get(i)?.some((x) => x.start < m[0].length)) return;
    const roles = rolesOfLabel(m[2]!);
    const start = m.index + m[0].indexOf(m[1]!);
    const sentence = sentencesOf().get(i)?.find((x) => x.start <= start && start < x.end);
    if (roles.length === 0 || !sentence) return;
    const name = titleCase(m[1]!);
    captioned.push({
      type: 'person', key: fold(name), name, block: i, start, end: start + m[1]!.length, text: m[1]!, sentence, roles, via: 'name', certain: true,
    });
  });
  // Each caption before the later mentions of its block and of the blocks after it.
  return inOrder(mentions, captioned);
}

/** A short name in brackets right after a body's name, which defines it: " (TSTel)", " (SVT)". Group: the short name. */
const DEFINES = /^\s*\((\p{Lu}[\p{L}\d&]{1,9})\)/u;

/**
 * The later mentions of a body by the short name a text defines for it ("Truong Son Telecommunications Group (TSTel) …", then
 * "TSTel opened …"): each a mention of that body, where no other mention covers it. A short name defined for two bodies names
 * neither.
 */
function withDefinedAcronyms(mentions: Mention[], blocks: Block[], sentences: Sentence[]): Mention[] {
  const defined = new Map<string, Mention | null>();
  for (const m of mentions) {
    const short = m.type === 'organization' ? DEFINES.exec(blocks[m.block]?.text.slice(m.end) ?? '')?.[1] : undefined;
    if (!short || fold(short) === m.key) continue;
    // The first definition counts; another of the same body changes nothing, one of another body undoes it.
    if (!defined.has(short)) defined.set(short, m);
    else if (defined.get(short)?.key !== m.key) defined.set(short, null);
  }
  const body = new Map([...defined].filter((d): d is [string, Mention] => d[1] !== null));
  if (body.size === 0) return mentions;
  const word = new RegExp(String.raw`(?<![\p{L}\d&(-])(?:${[...body.keys()].join('|')})(?![\p{L}\d&)-])`, 'gu');
  const covered = Map.groupBy(mentions, (m) => m.block);
  const sentencesOf = Map.groupBy(sentences, (x) => x.block);
  const added: Mention[] = [];
  blocks.forEach((block, i) => {
    for (const w of block.text.matchAll(word)) {
      const start = w.index;
      const end = start + w[0].length;
      const def = body.get(w[0])!;
      // Only after the definition, and not inside another mention ("TSTel Cloud Services").
      if (i < def.block || (i === def.block && start < def.end)) continue;
      // (Mentions and sentences come in order: the one before the first that starts at or after the end is the only one to check.)
      const inBlock = covered.get(i) ?? [];
      const before = inBlock[firstAtLeast(inBlock, end, (m) => m.start) - 1];
      if (before && before.end > start) continue;
      const blockSentences = sentencesOf.get(i) ?? [];
      const sentence = blockSentences[firstAtLeast(blockSentences, start + 1, (x) => x.end)];
      if (!sentence || sentence.start > start) continue;
      added.push({ ...def, block: i, start, end, text: w[0], sentence, via: 'name', certain: true });
    }
  });
  return inOrder(mentions, added);
}

/**
 * Mentions in document order with others added (in document order too): each added one before the first mention that comes
 * after it, by block and offset. One pass over both, where a search of the whole list for each added one was quadratic.
 */
function inOrder(mentions: Mention[], added: Mention[]): Mention[] {
  if (added.length === 0) return mentions;
  const out: Mention[] = [];
  let k = 0;
  for (const m of mentions) {
    while (k < added.length && (m.block > added[k]!.block || (m.block === added[k]!.block && m.start > added[k]!.start))) out.push(added[k++]!);
    out.push(m);
  }
  while (k < added.length) out.push(added[k++]!);
  return out;
}

/** A line of a signature block: "(signed)", "(Signed and sealed)", "[signed]", "(Đã ký)". */
const SIGNED_LINE = /^[([]\s*(?:signed|đã\s+ký)[^)\]]{0,30}[)\]]$/iu;
/** How many blocks above a name its signature block may take. */
const SIGNATURE_BLOCKS = 4;
/** A level of local government in a body's name. */
const LEVEL = /\b(?:PROVINCIAL|CITY|MUNICIPAL|COMMUNE|WARD|DISTRICT)\b/;
/** The place's name before a body's level in its heading ("AN GIANG " in "AN GIANG PROVINCIAL PEOPLE'S COUNCIL"). */
const BEFORE_LEVEL = new RegExp(String.raw`^.*?(?=${LEVEL.source}\s)`, 'u');
/** A body of a place in a heading, the place's kind last: "PEOPLE'S COMMITTEE OF NGHE AN PROVINCE". Groups: the body, the kind. */
const BODY_OF_PLACE = /^((?:THE\s+)?[\p{Lu}'’\s]+?(?:COMMITTEE|COUNCIL))\s+OF\s+[\p{Lu}\p{M}\s]+?\s+(PROVINCE|CITY)$/u;
/** A heading's body of a place with its level before it: "PEOPLE'S COMMITTEE OF NGHE AN PROVINCE" → "PROVINCIAL PEOPLE'S COMMITTEE". */
function withLevel(cell: string): string {
  const m = BODY_OF_PLACE.exec(cell.trim());
  return m ? `${m[2] === 'PROVINCE' ? 'PROVINCIAL' : 'CITY'} ${m[1]!.replace(/^THE\s+/, '')}` : cell;
}

/** The words of a Vietnamese signature block or heading, in the English that the rest of the block is read in. */
const VIETNAMESE_SIGNATURE: [RegExp, string][] = [
  [/^TM\.\s*/u, 'ON BEHALF OF THE '], [/^KT\.\s*/u, 'PP. '],
  // A body's level goes before its name; the place after it is left out ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI" → "PROVINCIAL PEOPLE'S COMMITTEE").
  [/^(.*?)(ỦY|UỶ) BAN NHÂN DÂN\s+(TỈNH|THÀNH PHỐ|XÃ|PHƯỜNG)(?![\p{L}\p{M}]).*$/u, '$1$3 PEOPLE\'S COMMITTEE'],
  [/^(.*?)HỘI ĐỒNG NHÂN DÂN\s+(TỈNH|THÀNH PHỐ|XÃ|PHƯỜNG)(?![\p{L}\p{M}]).*$/u, '$1$2 PEOPLE\'S COUNCIL'],
  [/(ỦY|UỶ) BAN NHÂN DÂN/u, 'PEOPLE\'S COMMITTEE'], [/HỘI ĐỒNG NHÂN DÂN/u, 'PEOPLE\'S COUNCIL'],
  [/\bTỈNH PEOPLE/u, 'PROVINCIAL PEOPLE'], [/\bTHÀNH PHỐ PEOPLE/u, 'CITY PEOPLE'], [/\bXÃ PEOPLE/u, 'COMMUNE PEOPLE'], [/\bPHƯỜNG PEOPLE/u, 'WARD PEOPLE'],
  [/PHÓ CHỦ TỊCH/u, 'VICE CHAIRMAN'], [/CHỦ TỊCH/u, 'CHAIRMAN'], [/THỨ TRƯỞNG/u, 'DEPUTY MINISTER'], [/BỘ TRƯỞNG/u, 'MINISTER'],
  [/PHÓ GIÁM ĐỐC/u, 'DEPUTY DIRECTOR'], [/GIÁM ĐỐC/u, 'DIRECTOR'],
];

/**
 * The lines of a block as a signature block reads them: its cells set apart with bars, each read in English when it is Vietnamese
 * ("TM. ỦY BAN NHÂN DÂN" → "ON BEHALF OF THE PEOPLE'S COMMITTEE", "KT. CHỦ TỊCH" → "PP. CHAIRMAN").
 */
// (A cell in two languages, in capitals, is two lines: "PHÓ THỦ TƯỚNG / DEPUTY PRIME MINISTER".)
function signatureCells(text: string): string[] {
  return text.split('|').flatMap((cell) => (BILINGUAL_CELL.test(cell.trim()) ? cell.split(/\s\/\s/) : [cell]))
    .map((cell) => VIETNAMESE_SIGNATURE.reduce((t, [from, to]) => t.replace(from, to), cell.trim())).filter((c) => c !== '');
}
/** A signature block's cell in two languages, in capitals, set apart by a slash: "KT. CHI CỤC TRƯỞNG / FOR THE HEAD". */
const BILINGUAL_CELL = /^[\p{Lu}\p{M}\s.'’-]{2,80}\s\/\s[\p{Lu}\p{M}\s.'’-]{2,80}$/u;
/** Whom a signature block signs for: "FOR THE PRIME MINISTER", "ON BEHALF OF THE PROVINCIAL PEOPLE'S COUNCIL". Group: who, without "the". */
const BEHALF = /^(?:FOR|ON\s+BEHALF\s+OF)\s+(?:THE\s+)?(.+)$/u;
/**
 * A line that signs for a body's head, under the body's line: "PP. CHAIRMAN", "KT. CHỦ TỊCH", "P.P. THE MINISTER", and "KT. CHỦ TỊCH"
 * in English, "FOR THE CHAIRMAN" (a head's title, not a body; "FOR THE MINISTER" names the ministry, see withSignedTitles).
 */
// (Or the head of the body it names: "FOR THE HEAD OF THE COMMISSION / DEPUTY HEAD".)
const FOR_HEAD = new RegExp(String.raw`^(?:(?:P\.?\s?P\.|KT\.|TL\.|TUQ\.)\s*\p{Lu}|FOR\s+THE\s+(?:CHAIRMAN|CHAIRWOMAN|CHAIRPERSON|DIRECTOR|PRESIDENT`
  + String.raw`|HEAD|RECTOR)(?:\s+OF\s+THE\s+\p{Lu}[\p{Lu}\s'’-]*)?$)`, 'u');
/** A legal-database page's field naming the issuing body: "Nơi ban hành / Issuing body: …", "Issued by: …". Group: the body. */
const ISSUING_FIELD = /(?:^|\/\s*)(?:Issuing\s+(?:body|agency|authority)|Issued\s+by)\s*:\s*(\p{Lu}[^|;]{3,120})$/u;
/** A body's name by its head noun, in capitals: "… PEOPLE'S COUNCIL", "… COMMITTEE" (not "PRIME MINISTER"). */
const BODY_END = new RegExp(`(?:${HEAD})$`, 'i');
/** A body's name in capitals with its field after its head noun: "NATIONAL FOUNDATION FOR SCIENCE AND TECHNOLOGY DEVELOPMENT". */
const BODY_FOR = new RegExp(String.raw`\b(?:${HEAD})\s+(?:OF|FOR|ON)\s+\p{Lu}[\p{Lu}\p{M}\s'’-]*$`, 'iu');
/** A body's name in capitals as prose writes it: "National Foundation for Science and Technology Development". */
const bodyCase = (name: string) => titleCase(name).replace(/(?<=\s)(?:Of|For|On|And|The|In)(?=\s)/g, (w) => w.toLowerCase());
/** How many characters of spaces a name's own line may have around it. */
const ALONE_SLACK = 8;
/** How many opening blocks may hold the heading of the body that issues a document. */
const ISSUER_REACH = 20;
/** How many words a title printed on its own line under a signer's name may have. */
const TITLE_LINE_WORDS = 14;
/** A line that ends as a sentence or a label does. */
const ENDS_CLAUSE = /[.!?;:]$/;
/** Academic honorifics opening a signer's line: "Assoc. Prof. Dr. ", "Prof. Dr. ", "Dr. ", "PGS.TS. ". */
const ACADEMIC_LINE = /^\s*(?:(?:Assoc\.?\s*Prof\.?|Prof\.?|Dr\.?|PGS\.?|GS\.?|TS\.?)\s*)+(?=\p{Lu})/u;
/** A title printed in capitals on its own line: "DEPUTY PRIME MINISTER". */
const CAPITALS_LINE = /^[\p{Lu}\p{M}\s'’-]{4,80}$/u;

/**
 * A decision's signature block: "FOR THE PRIME MINISTER / DEPUTY PRIME MINISTER / (signed) / <name>": the name on its own line
 * after "(signed)", or right under its title ("CHAIRMAN / Chau Van Loi"), holds the title printed in capitals above it.
 */
function withSignedTitles(mentions: Mention[], blocks: Block[]): Mention[] {
  // The body whose heading opens the document ("AN GIANG PROVINCIAL PEOPLE'S COUNCIL"), which a title signed without one is held at.
  // (By its level, as the document's own text names it: "the Provincial People's Council"; a heading may set it apart with a bar,
  // or print it in Vietnamese: "ỦY BAN NHÂN DÂN TỈNH LÀO CAI | CỘNG HÒA …".)
  // (Or by the place it is of: "PEOPLE'S COMMITTEE OF NGHE AN PROVINCE" is the Provincial People's Committee.)
  // (Not the signature's own "ON BEHALF OF THE PEOPLE'S COMMITTEE", in a short text's first blocks.)
  // (A name with its field after its head noun only when none ends with one: "PROVINCIAL PEOPLE'S COMMITTEE OF QUANG TRI / PROVINCIAL
  // INSPECTORATE" is issued by the inspectorate, under the committee; "NATIONAL FOUNDATION FOR SCIENCE AND TECHNOLOGY DEVELOPMENT".)
  const issuer = once(() => {
    const lines = blocks.slice(0, ISSUER_REACH).flatMap((b) => signatureCells(b.text)).map(withLevel)
      .filter((t) => CAPITALS_LINE.test(t) && !BEHALF.test(t));
    return (lines.find((t) => BODY_END.test(t)) ?? lines.find((t) => BODY_FOR.test(t)))?.replace(BEFORE_LEVEL, '');
  });
  // Or the body a legal-database page's field names, as it writes it: "Issuing body: Hà Tĩnh Provincial People's Committee".
  const issuingField = once(() => blocks.slice(0, ISSUER_REACH).map((b) => ISSUING_FIELD.exec(b.text)?.[1]?.trim()).find((t) => t));
  // A body signed for without its level ("FOR THE PEOPLE'S COMMITTEE") is the issuer's, when the issuer is one of its kind.
  const leveled = (body: string) => (LEVEL.test(body) ? body : issuer()?.endsWith(` ${body}`) ? issuer()!
    : issuingField()?.toUpperCase().endsWith(` ${body}`) ? issuingField()! : body);
  return mentions.map((m) => {
    // (A name alone on its line: its block is no longer than the name, which is checked before the block is trimmed.)
    // (Past academic honorifics before it: "Assoc. Prof. Dr. Vũ Đình Thắng".)
    const line = blocks[m.block]?.text.replace(ACADEMIC_LINE, '');
    if (m.type !== 'person' || (m.roles?.length ?? 0) > 0 || !line || line.length > m.text.length + ALONE_SLACK || line.trim() !== m.text) return m;
    // The lines of the blocks above the name, nearest last: a line of cells set apart with bars is a line each ("TM. ỦY BAN NHÂN DÂN |
    // KT. CHỦ TỊCH | PHÓ CHỦ TỊCH").
    const above = blocks.slice(Math.max(0, m.block - SIGNATURE_BLOCKS), m.block).flatMap((b) => signatureCells(b.text));
    let i = above.length - 1;
    const signed = SIGNED_LINE.test(above[i] ?? '');
    // "HEAD OF THE PROCURING ENTITY / Đặng Quốc Vinh / Director of the Lào Cai Provincial Digital Transformation Centre": under a
    // signature's line in capitals, a title printed under the name is the signer's own.
    const under = blocks[m.block + 1]?.text.trim() ?? '';
    const own = (signed || CAPITALS_LINE.test(above[i] ?? '')) && !CAPITALS_LINE.test(under) && !ENDS_CLAUSE.test(under)
      && under.split(/\s+/).length <= TITLE_LINE_WORDS ? normalizeRole(under) : '';
    if (own && isRole(own)) return { ...m, roles: [own], certain: true };
    if (!signed && !(CAPITALS_LINE.test(above[i] ?? '') && isRole(normalizeRole(titleCase(above[i]!))))) return m;
    for (i -= signed ? 1 : 0; i >= 0 && CAPITALS_LINE.test(above[i]!); i--) {
      // "FOR THE PRIME MINISTER", "ON BEHALF OF …": whom the signer signs for, not the signer's title.
      if (BEHALF.test(above[i]!)) continue;
      const title = normalizeRole(titleCase(above[i]!));
      if (!isRole(title)) continue;
      // "ON BEHALF OF THE PROVINCIAL PEOPLE'S COUNCIL / CHAIRMAN": a title without a body is held at the body signed for.
      // Past a line that signs for the head ("ON BEHALF OF THE PROVINCIAL PEOPLE'S COMMITTEE / PP. CHAIRMAN / VICE CHAIRMAN").
      const behalf = FOR_HEAD.test(above[i - 1] ?? '') ? i - 2 : i - 1;
      // (A line that signs for the minister names the minister's ministry: "KT. BỘ TRƯỞNG / THỨ TRƯỞNG", "PP. MINISTER / DEPUTY MINISTER".)
      const signedFor = BEHALF.exec(above[behalf] ?? '')?.[1] ?? (/^(?:P\.?\s?P\.|KT\.)\s*MINISTER$/u.test(above[i - 1] ?? '') ? 'MINISTER' : undefined);
      const body = /\s(?:of|at)\s/.test(title) ? undefined : signedFor !== undefined ? leveled(signedFor) : signed ? undefined : issuer();
      // "FOR THE MINISTER / DEPUTY MINISTER": a minister's deputy at the ministry the document names first.
      const ministry = !body || !/^MINISTER$/.test(body) || !/\bMinister$/.test(title) ? undefined
        : mentions.find((x) => x.type === 'organization' && /^Ministry\s+of\s/.test(x.name))?.name.replace(/^Ministry\s+/, '');
      const named = body && (BODY_END.test(body) || BODY_FOR.test(body)) ? `${title} of the ${CAPITALS_LINE.test(body) ? bodyCase(body) : body}`
        : ministry ? `${title} ${ministry}` : title;
      return { ...m, roles: [named], certain: true };
    }
    return m;
  });
}

import { dayBetween, longDate, numeric, type Day } from './calendar.ts';
import { provinceOrder, provincePoolSize, unitOf, type Province } from './places.ts';
import { rngFor, type Rng } from './prng.ts';

/** A numbered legal or Party instrument. */
export interface Instrument {
  id: string;
  /** Word that names it: Resolution, Decision, Directive, Decree, Conclusion, Plan. */
  kind: string;
  number: number;
  /** Code after the number, "@" for Đ/D: "-NQ/TW", "/Q@-TTg", "/2025/N@-CP". */
  code: string;
  date: Day;
  /** Issuer, "@" for the unit of its province. */
  issuer: string;
  subject: string;
  place?: Province;
}

/** The instruments real texts cite over and over. */
export const FREQUENT: Instrument[] = [
  {
    id: 'f57', kind: 'Resolution', number: 57, code: '-NQ/TW', date: { year: 2024, month: 12, day: 22 }, issuer: 'the Politburo',
    subject: 'on breakthroughs in science, technology, innovation and national digital transformation',
  },
  {
    id: 'f03', kind: 'Resolution', number: 3, code: '/NQ-CP', date: { year: 2025, month: 1, day: 9 }, issuer: 'the Government',
    subject: 'on the Government’s action program to carry out the Politburo’s resolution on science and technology breakthroughs',
  },
  {
    id: 'f1131', kind: 'Decision', number: 1131, code: '/Q@-TTg', date: { year: 2024, month: 10, day: 12 }, issuer: 'the Prime Minister',
    subject: 'on the list of strategic technologies and strategic technology products',
  },
  {
    id: 'f45', kind: 'Resolution', number: 45, code: '-NQ/TW', date: { year: 2023, month: 11, day: 24 }, issuer: 'the 13th Party Central Committee',
    subject: 'on building and promoting the role of intellectuals in the new period',
  },
  {
    id: 'f66', kind: 'Resolution', number: 66, code: '-NQ/TW', date: { year: 2025, month: 4, day: 30 }, issuer: 'the Politburo',
    subject: 'on reforming the making and enforcement of laws',
  },
  {
    id: 'f68', kind: 'Resolution', number: 68, code: '-NQ/TW', date: { year: 2025, month: 5, day: 4 }, issuer: 'the Politburo',
    subject: 'on developing the private economy',
  },
];

/** Kinds of generated instruments: word, code pattern ("#" number, "Y" year), number range, issuer, weight. */
const KINDS: [kind: string, code: string, max: number, issuer: string, weight: number][] = [
  ['Resolution', '/NQ-CP', 250, 'the Government', 14],
  ['Decision', '/Q@-TTg', 1600, 'the Prime Minister', 20],
  ['Decree', '/Y/N@-CP', 350, 'the Government', 10],
  ['Directive', '/CT-TTg', 40, 'the Prime Minister', 7],
  ['Conclusion', '-KL/TW', 200, 'the Politburo', 7],
  ['Decision', '/Q@-BKHCN', 3000, 'the Ministry of Science and Technology', 8],
  ['Plan', '/KH-UBND', 400, 'the @ People’s Committee', 16],
  ['Decision', '/Q@-UBND', 4000, 'the @ People’s Committee', 10],
  ['Resolution', '-NQ/TU', 30, 'the @ Party Committee', 5],
];

const SUBJECTS = [
  'on developing the digital technology industry', 'approving the national digital transformation program to 2030',
  'on the action plan to develop the semiconductor industry', 'on piloting a controlled testing mechanism for financial technology',
  'on building the national data center', 'approving the strategy for research and application of artificial intelligence',
  'on the master plan for information and communications infrastructure', 'on supporting the national innovative startup ecosystem',
  'on training high-quality human resources for the semiconductor industry', 'on the digital transformation of administrative procedures',
  'on carrying out the resolution on science, technology and innovation breakthroughs', 'on autonomy of public science and technology organizations',
  'on developing shared digital platforms for state agencies', 'on promoting cashless payments', 'on the open data program of state agencies',
  'on the criteria for smart cities', 'on funding mechanisms for strategic technology research', 'on digital skills for all citizens',
  'on developing a network of innovation centers', 'on streamlining procedures for scientific research',
];

/** How many generated instruments the texts up to index i cite: about 20 + i/10. */
export const instrumentPoolSize = (i: number): number => 20 + Math.floor(i / 10);

/** Generated instrument k of a corpus. */
export function instrumentAt(seed: number, k: number): Instrument {
  const rng = rngFor(seed, 'instrument', k);
  const [kind, pattern, max, issuer] = weighted(rng);
  const date = dayBetween(rng.next, { year: 2023, month: 3, day: 1 }, { year: 2026, month: 9, day: 30 });
  const local = issuer.includes('@');
  return {
    id: `g${k}`, kind, number: rng.int(1, max), code: pattern.replace('Y', String(date.year)), date, issuer, subject: rng.pick(SUBJECTS),
    ...(local ? { place: provinceOrder(seed)[rng.int(0, provincePoolSize(Math.max(0, 10 * (k - 19))) - 1)]! } : {}),
  };
}

function weighted(rng: Rng): (typeof KINDS)[number] {
  let roll = rng.next() * KINDS.reduce((s, k) => s + k[4], 0);
  for (const kind of KINDS) if ((roll -= kind[4]) < 0) return kind;
  return KINDS[0]!;
}

/** How a text writes an instrument. */
export interface InstrumentWriting {
  diacritics: boolean;
  /** Write "Đ" in codes ("QĐ-TTg") rather than "D". */
  dWithStroke: boolean;
}

/** "Resolution No. 57-NQ/TW", "Decision 1131/QĐ-TTg", "Resolution No.57-NQ/TW". */
export function codeName(i: Instrument, w: InstrumentWriting, rng: Rng): string {
  const code = `${i.number < 10 && i.code.startsWith('/') ? `0${i.number}` : i.number}${i.code.replace('@', w.dWithStroke ? 'Đ' : 'D')}`;
  return `${i.kind} ${rng.pick(['No. ', 'No. ', 'No.', ''])}${code}`;
}

/** "Resolution 57": the number alone. */
export const shortName = (i: Instrument): string => `${i.kind} ${i.number}`;

/** The issuer as written. */
export const issuerOf = (i: Instrument, w: InstrumentWriting): string => (i.place ? i.issuer.replace('@', unitOf(i.place, w.diacritics)) : i.issuer);

/** A full citation: "Resolution No. 57-NQ/TW dated December 22, 2024 of the Politburo on …". */
export function citation(i: Instrument, w: InstrumentWriting, rng: Rng): string {
  const date = rng.chance(0.8) ? longDate(i.date) : numeric(i.date);
  const subject = /^on\b/.test(i.subject) ? ` ${i.subject}` : `, ${i.subject}`;
  return `${codeName(i, w, rng)} dated ${date} of ${issuerOf(i, w)}${rng.chance(0.85) ? subject : ''}`;
}

/** Laws the texts name. */
export const LAWS = [
  'Law on Science, Technology and Innovation', 'Law on Digital Technology Industry', 'Law on Personal Data Protection', 'Law on Enterprises',
  'Law on Investment', 'Law on Telecommunications', 'Law on Electronic Transactions', 'Law on Cybersecurity', 'Law on Technology Transfer',
  'Law on Intellectual Property', 'Law on High Technology', 'Law on Public Investment', 'Data Law', 'Law on the State Budget',
  'Law on Promulgation of Legal Documents', 'Law on Standards and Technical Regulations',
];

/** Programmes and projects the texts name. */
export const PROGRAMMES = [
  'National Digital Transformation Program', 'Project 06', 'National Innovative Startup Support Program', 'National Strategy on Artificial Intelligence',
  'Semiconductor Human Resource Development Program', 'National Data Strategy', 'Power Development Plan VIII', 'National Technology Innovation Program',
];

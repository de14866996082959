import { compareDays, dayBetween, type Day } from './calendar.ts';
import { FREQUENT, type Instrument } from './instruments.ts';
import { peoplePoolSize, PRIME_MINISTER, provincialOfficeId, TO_LAM } from './people.ts';
import { provinceOrder, provincePoolSize, type Province } from './places.ts';
import { rngFor } from './prng.ts';
import { FIELDS, THEMES } from './vocab.ts';

/** A gathering on a fixed day, reported by many outlets. */
export interface Meeting {
  id: number;
  date: Day;
  part: 'morning' | 'afternoon';
  kind: 'national' | 'government' | 'steering' | 'forum' | 'provincial' | 'working' | 'scientists';
  /** What was held, without article: "national conference on breakthroughs in …". */
  title: string;
  /** Its head noun: "conference", "meeting", "forum". */
  noun: string;
  /** Who held it: "the Politburo and the Secretariat"; "@" for the unit of its province. */
  organizer: string;
  chair: number;
  guests: number[];
  /** Where, with its preposition: "at the National Convention Center", "in Hanoi". */
  place: string;
  province?: Province;
  /** Index of the province in the seed's order. */
  provinceIndex?: number;
  /** Connection points of an online conference. */
  points?: number;
  delegates: number;
  /** The instrument it reviewed. */
  instrument?: Instrument;
}

/** How many meetings the texts up to index i report: about 10 + i/20. */
export const meetingPoolSize = (i: number): number => 10 + Math.floor(i / 20);
/** The first text index whose pool holds meeting k. */
const firstText = (k: number) => Math.max(0, (k - 9) * 20);

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];

/** Meeting k of a corpus. */
export function meetingAt(seed: number, k: number): Meeting {
  const rng = rngFor(seed, 'meeting', k);
  const date = dayBetween(rng.next, { year: 2024, month: 6, day: 1 }, { year: 2026, month: 10, day: 28 });
  const people = peoplePoolSize(firstText(k));
  const p = rng.int(0, provincePoolSize(firstText(k)) - 1);
  const province = provinceOrder(seed)[p]!;
  const guests = rng.sample(Array.from({ length: people - 2 }, (_, n) => n + 2), rng.int(3, 7));
  const instrument = [...FREQUENT].reverse().find((i) => compareDays(i.date, date) < 0 && (i.id === 'f57' || rng.chance(0.3)));
  const theme = rng.pick(THEMES);
  const field = rng.pick(FIELDS);
  const base = {
    id: k, date, part: rng.chance(0.6) ? 'morning' as const : 'afternoon' as const, guests, delegates: rng.int(12, 95) * 10,
    ...(instrument ? { instrument } : {}),
  };
  const roll = rng.next();
  if (roll < 0.18) {
    return { ...base, kind: 'national', title: `national conference on ${theme}`, noun: 'conference', organizer: 'the Politburo and the Secretariat',
      chair: TO_LAM, place: rng.pick(['at Dien Hong Hall, National Assembly House', 'at the National Convention Center', 'at the Central Party Headquarters']),
      points: rng.int(9000, 19000), delegates: rng.int(300, 990) * 1000 + rng.int(0, 999) };
  }
  if (roll < 0.34) {
    return { ...base, kind: 'government', title: `online conference with localities on ${theme}`, noun: 'conference', organizer: 'the Government',
      chair: PRIME_MINISTER, place: 'at the Government headquarters', points: rng.int(63, 700) };
  }
  if (roll < 0.46) {
    const chair = rng.chance(0.6) ? TO_LAM : PRIME_MINISTER;
    const body = chair === TO_LAM
      ? 'Central Steering Committee for the development of science, technology, innovation and digital transformation'
      : 'Government Steering Committee for science, technology development, innovation, digital transformation and Project 06';
    return { ...base, kind: 'steering', title: `${rng.pick(ORDINALS)} meeting of the ${body}`, noun: 'meeting', organizer: `the ${body.split(' for ')[0]}`,
      chair, place: chair === TO_LAM ? 'at the Central Party Headquarters' : 'at the Government headquarters' };
  }
  if (roll < 0.6) {
    const chair = rng.int(4, 7);
    return { ...base, kind: 'forum', title: `national forum on ${field}`, noun: 'forum', organizer: 'the Ministry of Science and Technology',
      chair, place: rng.pick(['in Hanoi', 'at the National Innovation Center in Hoa Lac', 'in Ho Chi Minh City', 'in Da Nang city']) };
  }
  if (roll < 0.8) {
    const secretary = provincialOfficeId(p, 0);
    const chair = secretary < people ? secretary : rng.int(4, 7);
    const title = rng.pick([
      `conference to launch the provincial program on ${theme}`, `conference to review the implementation of the resolution on ${theme}`,
      `provincial forum on ${field}`,
    ]);
    return {
      ...base, kind: 'provincial', province, provinceIndex: p, title, noun: title.includes('forum') ? 'forum' : 'conference',
      organizer: 'the @ Party Committee', chair, place: 'at the provincial Political and Administrative Center',
    };
  }
  if (roll < 0.92) {
    const chair = rng.chance(0.6) ? TO_LAM : PRIME_MINISTER;
    return {
      ...base, kind: 'working', province, provinceIndex: p, title: 'working session with the Standing Board of the @ Party Committee',
      noun: 'working session', organizer: 'the @ Party Committee', chair, place: 'at the provincial Party Committee headquarters',
    };
  }
  return { ...base, kind: 'scientists', title: `meeting with ${rng.int(10, 30) * 10} outstanding intellectuals and scientists`, noun: 'meeting',
    organizer: 'the Party Central Committee Office', chair: TO_LAM, place: 'at the Central Party Headquarters' };
}

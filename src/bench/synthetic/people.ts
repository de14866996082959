import { fromVietnamese, vietnameseName, type PersonName } from './names.ts';
import { ASSOCIATIONS, corporation, INSTITUTES, MINISTRIES, UNIVERSITIES } from './organizations.ts';
import { provinceOrder, provincePoolSize, unitOf, type Province } from './places.ts';
import { rngFor } from './prng.ts';

/** A person the corpus names, with the office a text gives them. */
export interface Person {
  id: number;
  name: PersonName;
  /** Title written before the name; "@" stands for the unit ("Bac Ninh Provincial"). */
  title: string;
  /** Membership written before the title in lists ("Politburo member"). */
  rank?: string;
  /** The office named alone ("the Prime Minister"). */
  short: string;
  /** Academic honorific ("Prof. Dr."). */
  honorific?: string;
  /** The province or city the office belongs to. */
  place?: Province;
  kind: 'leader' | 'national' | 'provincial' | 'expert' | 'business';
}

/** The few leaders that real corpora name thousands of times. */
export const TO_LAM = 0;
export const PRIME_MINISTER = 1;
const LEADERS: Omit<Person, 'id'>[] = [
  { name: fromVietnamese('Tô Lâm', false), title: 'General Secretary', short: 'the General Secretary', kind: 'leader' },
  { name: fromVietnamese('Phạm Minh Chính', false), title: 'Prime Minister', rank: 'Politburo member', short: 'the Prime Minister', kind: 'leader' },
  { name: fromVietnamese('Lương Cường', false), title: 'President', rank: 'Politburo member', short: 'the State President', kind: 'leader' },
  {
    name: fromVietnamese('Trần Thanh Mẫn', false), title: 'National Assembly Chairman', rank: 'Politburo member',
    short: 'the National Assembly Chairman', kind: 'leader',
  },
];

/** National offices with one holder each, filled by generated names (ids 4 to 29). */
const NATIONAL_OFFICES: [title: string, short: string][] = [
  ...Array.from({ length: 4 }, (): [string, string] => ['Deputy Prime Minister', 'the Deputy Prime Minister']),
  ...MINISTRIES.map((m): [string, string] => [`Minister of ${m}`, `the Minister of ${m}`]),
  ['Head of the Central Economic Commission', 'the Head of the Commission'],
  ['Head of the Central Organization Commission', 'the Head of the Commission'],
  ['Head of the Central Propaganda and Mass Mobilization Commission', 'the Head of the Commission'],
  ['Chief of the Party Central Committee Office', 'the Chief of the Office'],
  ['President of the Vietnam Academy of Science and Technology', 'the President of the Academy'],
  ['Chairman of the National Assembly’s Committee for Science, Technology and Environment', 'the Chairman of the Committee'],
  ['Director of the National Innovation Center', 'the Director'],
  ['Governor of the State Bank of Vietnam', 'the Governor'],
];
/** First id of generated people beyond the fixed offices. */
export const FIRST_GENERATED = LEADERS.length + NATIONAL_OFFICES.length;

/** Offices of a province, one holder each; the unit replaces "@". */
export const PROVINCIAL_OFFICES = [
  'Secretary of the @ Party Committee', 'Chairman of the @ People’s Committee', 'Chairman of the @ People’s Council',
  'Director of the @ Department of Science and Technology', 'Deputy Secretary of the @ Party Committee',
  'Vice Chairman of the @ People’s Committee', 'Director of the @ Department of Information and Communications',
  'Director of the @ Department of Home Affairs',
];
const PROVINCES = 63;

/** How many people the texts up to index i draw from: about 40 + i/8. */
export const peoplePoolSize = (i: number): number => 40 + Math.floor(i / 8);

/** The id of the holder of provincial office r of province p (in the seed's province order). */
export const provincialOfficeId = (p: number, r: number): number => FIRST_GENERATED + 2 * (r * PROVINCES + p);

const cache = new Map<number, Person[]>();

/** Person k of a corpus: the same for a seed whatever the corpus size. */
export function personAt(seed: number, k: number): Person {
  let people = cache.get(seed);
  if (!people) cache.set(seed, (people = []));
  while (people.length <= k) people.push(makePerson(seed, people.length));
  return people[k]!;
}

function makePerson(seed: number, id: number): Person {
  const leader = LEADERS[id];
  if (leader) return { id, ...leader };
  const rng = rngFor(seed, 'person', id);
  const name = vietnameseName(rng);
  const chair = (title: string) => (name.female && rng.chance(0.5) ? title.replace('Chairman', 'Chairwoman') : title);
  const office = NATIONAL_OFFICES[id - LEADERS.length];
  if (office) {
    const member = id >= 8 && rng.chance(0.4);
    return { id, name, title: chair(office[0]), short: office[1], kind: 'national', ...(member ? { rank: 'Party Central Committee member' } : {}) };
  }
  const slot = id - FIRST_GENERATED;
  if (slot % 2 === 0) {
    const q = slot / 2;
    const place = provinceOrder(seed)[q % PROVINCES]!;
    const r = Math.floor(q / PROVINCES);
    const title = r < PROVINCIAL_OFFICES.length
      ? PROVINCIAL_OFFICES[r]!
      : `Deputy Director of the @ Department of ${rng.pick(['Finance', 'Planning and Investment', 'Industry and Trade'])}`;
    return { id, name, title: chair(title), short: shortOf(title), place, kind: 'provincial' };
  }
  return otherPerson(seed, id, name, rng);
}

/** People of the odd slots: deputies, scientists, rectors, heads of associations and enterprises. */
function otherPerson(seed: number, id: number, name: PersonName, rng: ReturnType<typeof rngFor>): Person {
  const roll = rng.next();
  const academic = rng.pick(['Prof. Dr.', 'Assoc. Prof. Dr.', 'Dr.']);
  if (roll < 0.2) return { id, name, title: `Deputy Minister of ${rng.pick(MINISTRIES)}`, short: 'the Deputy Minister', kind: 'national' };
  if (roll < 0.38) return { id, name, title: `Director of the ${rng.pick(INSTITUTES)}`, short: 'the Director', honorific: academic, kind: 'expert' };
  if (roll < 0.48) return { id, name, title: `Rector of ${rng.pick(UNIVERSITIES)}`, short: 'the Rector', honorific: academic, kind: 'expert' };
  if (roll < 0.58) return { id, name, title: `President of the ${rng.pick(ASSOCIATIONS)}`, short: 'the President of the Association', kind: 'expert' };
  if (roll < 0.72) {
    const title = rng.chance(0.5) ? `Chairman of ${corporation(rng.int(0, 71))}` : `CEO of ${corporation(rng.int(0, 71))}`;
    return { id, name, title, short: 'the company’s leader', kind: 'business' };
  }
  if (roll < 0.8) return {
    id, name,
    title: rng.pick([
      'Deputy Head of the Central Economic Commission', 'Deputy Head of the Central Organization Commission', 'Deputy Chief of the Government Office',
    ]),
    short: 'the Deputy Head', kind: 'national',
  };
  const place = provinceOrder(seed)[rng.int(0, provincePoolSize(Math.max(0, 8 * (id - 39))) - 1)]!;
  const title = rng.pick([
    'Vice Chairman of the @ People’s Committee', 'Deputy Director of the @ Department of Science and Technology',
    'Head of the @ Party Committee’s Commission for Propaganda and Mass Mobilization',
  ]);
  return { id, name, title, short: shortOf(title), place, kind: 'provincial' };
}

/** "Chairman of the @ People’s Committee" → "the Chairman of the Provincial People’s Committee" is too long: "the Chairman". */
function shortOf(title: string): string {
  return `the ${title.split(' of ')[0]!}`;
}

/** The person's title as a text writes it, the unit filled in. */
export function titleOf(person: Person, diacritics: boolean): string {
  return person.place ? person.title.replace('@', unitOf(person.place, diacritics)) : person.title;
}

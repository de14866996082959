import { roundish } from '../local-targets.ts';
import type { Rng } from '../prng.ts';
import { thousands } from '../text.ts';
import type { Aim } from './targets.ts';

/** What a reported figure can count, with the range of its values. */
const COUNTED: [unit: string, min: number, max: number][] = [
  ['digital technology enterprises', 200, 3000], ['innovative startups', 20, 300], ['5G base stations', 500, 8000],
  ['science and technology enterprises', 30, 500], ['patent applications', 100, 900], ['digital technology experts', 1000, 20000],
];
/** What a reported share can count. */
const CONNECTED = ['administrative procedures', 'hospitals', 'schools', 'communes', 'enterprises', 'civil servants'];

/**
 * A figure reported as reached, without a deadline: "In 2024, the digital economy reached 14.2% of
 * GRDP". Each is dated in the past, so that no deadline stated before it makes it a target.
 */
export function fact(rng: Rng, aim: Aim, pastYear: number): string {
  const place = aim.local ? 'the province' : 'the country';
  const base = aim.local ? 'GRDP' : 'GDP';
  const [unit, min, max] = rng.pick(COUNTED);
  switch (rng.int(0, 5)) {
    case 0: return `In ${pastYear}, the digital economy of ${place} reached ${rng.float(8, 25, 1)}% of ${base}.`;
    case 1: return `As of the end of ${pastYear}, ${rng.float(60, 99.9, 1)}% of ${rng.pick(CONNECTED)} had been connected to the shared platform.`;
    case 2: return `Last year, the rate of online dossiers reached ${rng.float(70, 99.9, 1)}%, `
      + `${rng.pick(['up', 'an increase of'])} ${rng.float(2, 9.9, 1)} percentage points over the previous year.`;
    case 3: return `At the end of ${pastYear}, ${lower(aim.subject)} had ${thousands(roundish(rng.int(min, max)))} ${unit}, `
      + `${rng.pick(['a sharp increase', 'a modest rise', 'double the figure'])} compared with a year earlier.`;
    case 4: {
      const tasks = rng.int(12, 98);
      return `Last year, ${tasks} research tasks were accepted and ${rng.int(5, tasks)} of them were applied in production.`;
    }
    default: return `In ${pastYear}, total social investment in research and development was estimated at ${rng.float(0.3, 1.5, 2)}% of ${base}.`;
  }
}

const lower = (subject: string) => subject.replace(/^The /, 'the ');

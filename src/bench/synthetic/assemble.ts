import { addDays, dayBetween, isoDay, type Day } from './calendar.ts';
import { footer, header } from './chrome.ts';
import { createContext, type TextContext } from './context.ts';
import { feature } from './kinds/feature.ts';
import { instrumentNews } from './kinds/instrument-news.ts';
import { localReport } from './kinds/local-report.ts';
import { meetingReport, type Piece } from './kinds/meeting-report.ts';
import { speech } from './kinds/speech.ts';
import { meetingAt, meetingPoolSize } from './meetings.ts';
import { outletAt, outletPoolSize } from './outlets.ts';
import { leaderParagraph } from './paragraphs.ts';
import { rngFor } from './prng.ts';
import { VIETNAMESE_HEADLINES } from './sentences/headlines.ts';
import { slugOf } from './text.ts';

/** One generated input: a text file, and sometimes its metadata sidecar. */
export interface SyntheticText {
  /** `seeds/<outlet>/<year>/<nnnnn>-<slug>.txt`. */
  path: string;
  text: string;
  sidecar?: { path: string; text: string };
}

const FIRST_DAY: Day = { year: 2024, month: 6, day: 1 };
const LAST_DAY: Day = { year: 2026, month: 10, day: 31 };
const BULLET = /^\s+•\s/;
const IMAGE = /^(?:!\[\]\(\) \||\.jpg\))$/;

/** Text i of a corpus: depends only on the seed and i. */
export function syntheticText(seed: number, i: number): SyntheticText {
  const rng = rngFor(seed, 'text', i);
  const outlet = outletAt(seed, rng.skewed(outletPoolSize(i), 1.4));
  const roll = rng.next();
  const meeting = roll < 0.33 ? meetingAt(seed, rng.skewed(meetingPoolSize(i), 1.6)) : undefined;
  const pub = meeting ? addDays(meeting.date, rng.chance(0.6) ? 0 : 1) : dayBetween(rng.next, FIRST_DAY, LAST_DAY);
  const ctx = createContext(seed, i, rng, pub, outlet);
  const short = () => (rng.chance(0.68) ? rng.int(2000, 7500) : rng.int(7500, 12500));
  let piece: Piece;
  if (meeting && roll < 0.15) piece = speech(ctx, meeting, rng.int(15000, 39000));
  else if (meeting) piece = meetingReport(ctx, meeting, short());
  else if (roll < 0.63) piece = localReport(ctx, short());
  else if (roll < 0.83) piece = instrumentNews(ctx, short());
  else piece = feature(ctx, short());
  if (rng.chance(0.25)) {
    let at = rng.int(1, piece.body.length - 1);
    while (at < piece.body.length && (BULLET.test(piece.body[at]!) || IMAGE.test(piece.body[at - 1]!))) at++;
    piece.body.splice(at, 0, leaderParagraph(ctx));
  }
  const alternate = rng.chance(0.08) ? rng.pick(VIETNAMESE_HEADLINES) : undefined;
  const text = [...header(ctx, piece.title, alternate), ...layout(ctx, piece.body), ...footer(ctx)].join('\n').replace(/\n{3,}/g, '\n\n');
  const base = `seeds/${outlet.slug}/${pub.year}/${String(i).padStart(5, '0')}-${slugOf(piece.title)}`;
  return {
    path: `${base}.txt`, text: `${text}\n`,
    ...(rng.chance(0.1) ? { sidecar: { path: `${base}.meta.json`, text: sidecar(ctx, piece.title, base) } } : {}),
  };
}

/** Body lines as the outlet prints them: blank lines between paragraphs or not; lists and image markup kept tight. */
function layout(ctx: TextContext, body: string[]): string[] {
  if (!ctx.outlet.spaced) return body;
  return body.flatMap((line, n) => {
    const next = body[n + 1] ?? '';
    const tight = IMAGE.test(line) || (BULLET.test(line) && BULLET.test(next)) || (/:$/.test(line) && BULLET.test(next));
    return tight ? [line] : [line, ''];
  });
}

/** A metadata sidecar with the fields a scraper records. */
function sidecar(ctx: TextContext, title: string, base: string): string {
  const { rng, outlet, pub } = ctx;
  const slug = base.slice(base.lastIndexOf('/') + 1);
  const data: Record<string, string> = { title, date: rng.chance(0.9) ? isoDay(pub) : isoDay(pub).slice(0, 7), source: outlet.name };
  if (rng.chance(0.7)) data.url = `https://${outlet.domain}/${slug}.html`;
  if (rng.chance(0.5)) data.language = 'en';
  return `${JSON.stringify(data, null, 2)}\n`;
}

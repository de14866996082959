import { monthDay, numeric } from './calendar.ts';
import { instrumentRef, listed, nameOf, subject, type TextContext } from './context.ts';
import type { Meeting } from './meetings.ts';
import { personAt, titleOf } from './people.ts';
import { placePhrase, unitOf } from './places.ts';
import { thousands } from './text.ts';

/** The meeting's title with its province filled in. */
export const meetingTitle = (ctx: TextContext, m: Meeting): string => (m.province ? m.title.replace('@', unitOf(m.province, ctx.writing.diacritics)) : m.title);
/** Who held it, with its province filled in. */
export const organizerOf = (
  ctx: TextContext, m: Meeting,
): string => (m.province ? m.organizer.replace('@', unitOf(m.province, ctx.writing.diacritics)) : m.organizer);

/** The lead of a report on a meeting: the day, the place, who held or chaired it. */
export function meetingLead(ctx: TextContext, m: Meeting): string {
  const { rng } = ctx;
  const chair = personAt(ctx.seed, m.chair);
  const title = meetingTitle(ctx, m);
  const day = rng.chance(0.8) ? `the ${m.part} of ${monthDay(m.date)}` : numeric(m.date);
  const place = m.province && m.kind !== 'working' ? `${m.place} of ${placePhrase(m.province, ctx.writing.diacritics)}` : m.place;
  const online = m.points
    ? ` The ${m.noun} was connected online to ${thousands(m.points)} points ${rng.pick(['across the country', 'nationwide', 'in provinces and cities'])}.`
    : '';
  if (m.kind === 'scientists') return `On ${day}, ${place}, ${subject(ctx, chair)} met with ${title.replace(/^meeting with /, '')} `
    + `working in research, education and training.`;
  if (m.kind === 'working') {
    const session = `On ${day}, ${subject(ctx, chair)} chaired a working session with the Standing Board of the `
      + `${unitOf(m.province!, ctx.writing.diacritics)} Party Committee`;
    const topic = rng.chance(0.5) ? ` on ${rng.pick([
      'the implementation of the resolution on science and technology', 'the province’s socio-economic development', 'digital transformation',
    ])}` : '';
    return `${session}${topic}.`;
  }
  switch (rng.int(0, 3)) {
    case 0: return `On ${day}, ${place}, ${organizerOf(ctx, m)} held the ${title}.${online}`;
    case 1: return `On ${day}, ${subject(ctx, chair)} chaired the ${title} ${place}.${online}`;
    case 2: return `The ${title} was held on ${day} ${place}, ${rng.pick(['with the participation of', 'attended by'])} `
      + `${thousands(m.delegates)} delegates.${online}`;
    default: return `${ctx.outlet.name} - On ${day}, ${organizerOf(ctx, m)} held the ${title} ${place}.${online}`;
  }
}

/** Who else attended: a list of titled names, as national or provincial news write it. */
export function attendees(ctx: TextContext, m: Meeting): string {
  const { rng } = ctx;
  const guests = m.guests.filter((id) => id < ctx.peoplePool).map((id) => personAt(ctx.seed, id));
  const chair = personAt(ctx.seed, m.chair);
  if (guests.length === 0) return `${capitalizeName(subject(ctx, chair))} attended and ${rng.pick(['directed', 'addressed', 'spoke at'])} the ${m.noun}.`;
  const dashed = rng.chance(0.35);
  const list = guests.map((p) => listed(ctx, p, dashed)).join('; ');
  return rng.pick([
    `Also attending were: ${list}.`,
    `Attending the ${m.noun} were ${list}; representatives of ministries, branches and localities.`,
    `The ${m.noun} was attended by comrades: ${list}.`,
  ]);
}

/** What the meeting was for, citing the instrument it reviewed. */
export function meetingPurpose(ctx: TextContext, m: Meeting): string {
  const ref = m.instrument ? instrumentRef(ctx, m.instrument) : 'the resolutions of the Party on science and technology';
  return ctx.rng.pick([
    `The ${m.noun} aimed to review the implementation of ${ref}, and to agree on tasks for the coming period.`,
    `The ${m.noun} focused on assessing the results of carrying out ${ref} and on removing the obstacles that localities reported.`,
    `Participants discussed how to put ${ref} into practice faster and more effectively.`,
  ]);
}

/** A report presented at the meeting by one of the guests. */
export function presentedReport(ctx: TextContext, m: Meeting): string {
  const id = ctx.rng.pick(m.guests.filter((g) => g < ctx.peoplePool).concat([m.chair]));
  const p = personAt(ctx.seed, id);
  const title = titleOf(p, ctx.writing.diacritics);
  const report = ctx.rng.pick(['summary report', 'draft report', 'report']);
  const presenter = `${title} ${nameOf(ctx, p)}`;
  const finding = ctx.rng.pick([
    'many tasks had been completed ahead of schedule', 'the legal framework had been largely completed',
    'ministries and localities had issued their action plans', 'the number of online public services had risen sharply',
  ]);
  return `Presenting the ${report} at the ${m.noun}, ${presenter} said that ${finding}.`;
}

const capitalizeName = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

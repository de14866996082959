import { FIELDS, THEMES } from '../vocab.ts';
import { image } from '../chrome.ts';
import { chooseFocus, nameOf, pickPerson, type TextContext } from '../context.ts';
import { attendees, meetingLead, meetingPurpose, meetingTitle, presentedReport } from '../meeting-lines.ts';
import type { Meeting } from '../meetings.ts';
import { citingParagraph, factParagraph, framedTargets, policyParagraph, statement, targetParagraph, taskList } from '../paragraphs.ts';
import { personAt, titleOf } from '../people.ts';
import { provinceName } from '../places.ts';
import { MEETING_HEADLINES } from '../sentences/headlines.ts';
import { capitalize, fill, type Slots } from '../text.ts';
import { grow } from './grow.ts';

/** A written piece: its title, an optional second title in Vietnamese, and its body lines. */
export interface Piece {
  title: string;
  alternate?: string;
  body: string[];
}

/** Slots for headlines and captions about a meeting. */
export function meetingSlots(ctx: TextContext, m: Meeting): Slots {
  const chair = personAt(ctx.seed, m.chair);
  const office = titleOf(chair, ctx.writing.diacritics);
  return {
    leader: `${office} ${nameOf(ctx, chair)}`, office: office.split(' of the ')[0]!, meeting: meetingTitle(ctx, m),
    P: m.province ? provinceName(m.province, ctx.writing.diacritics) : 'Hanoi',
    field: () => ctx.rng.pick(FIELDS), theme: () => ctx.rng.pick(THEMES),
  };
}

/** A headline from the templates, or a short one when it would be too long for a title line. */
export function headline(ctx: TextContext, templates: readonly string[], slots: Slots, m: Meeting): string {
  const title = capitalize(fill(ctx.rng.pick(templates), slots, ctx.rng));
  return title.length <= 160 && title.split(' ').length <= 26
    ? title
    : capitalize(`${slots.leader as string} speaks at the ${m.noun} on ${ctx.rng.pick(FIELDS)}`);
}

/** A news report on a meeting that many outlets cover: lead, attendees, purpose, statements, targets. */
export function meetingReport(ctx: TextContext, m: Meeting, chars: number): Piece {
  const { rng } = ctx;
  const slots = meetingSlots(ctx, m);
  const chair = personAt(ctx.seed, m.chair);
  if (m.provinceIndex !== undefined) chooseFocus(ctx, m.provinceIndex);
  const title = headline(ctx, MEETING_HEADLINES, slots, m);
  const body = [meetingLead(ctx, m)];
  if (rng.chance(0.7)) body.push(attendees(ctx, m));
  if (rng.chance(0.6)) body.push(...image(ctx, slots));
  body.push(meetingPurpose(ctx, m));
  if (rng.chance(0.5)) body.push(presentedReport(ctx, m));
  const guest = () => personAt(ctx.seed, rng.pick(m.guests.filter((g) => g < ctx.peoplePool).concat([m.chair])));
  grow(ctx, body, chars, [
    [(c) => statement(c, chair, m.noun), 4],
    [(c) => statement(c, rng.chance(0.6) ? guest() : pickPerson(c), m.noun), 2],
    [policyParagraph, 3],
    [targetParagraph, 2],
    [factParagraph, 0.4],
    [citingParagraph, 1],
    [framedTargets, 0.5],
    [taskList, 0.5],
    [(c) => image(c, slots), 0.7],
  ]);
  body.push(rng.pick([
    `On this occasion, delegates visited booths showcasing products in ${rng.pick(FIELDS)} made by domestic scientists and enterprises.`,
    `At the end of the ${m.noun}, participants agreed to send the proposals to the competent authorities.`,
    `The ${m.noun} closed the same ${m.part} after ${rng.pick(['three', 'four', 'nearly five'])} hours of `
      + `${rng.pick(['discussion', 'frank and open discussion', 'work'])}, with ${rng.int(8, 40)} speeches and written contributions.`,
    `Concluding the ${m.noun}, ${titleOf(chair, ctx.writing.diacritics)} ${nameOf(ctx, chair)} thanked the delegates for their contributions.`,
  ]));
  return { title, body };
}

import { image } from '../chrome.ts';
import { nameOf, type TextContext } from '../context.ts';
import { meetingLead, meetingTitle } from '../meeting-lines.ts';
import type { Meeting } from '../meetings.ts';
import { citingParagraph, factParagraph, framedTargets, policyParagraph, prose, targetParagraph, taskList } from '../paragraphs.ts';
import { personAt, titleOf } from '../people.ts';
import { SPEECH_HEADLINES } from '../sentences/headlines.ts';
import { SPEECH_POLICY } from '../sentences/policy.ts';
import { TASKS } from '../vocab.ts';
import { grow } from './grow.ts';
import { headline, meetingSlots, type Piece } from './meeting-report.ts';

const ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth'];
const HEADINGS = [
  'On institutions and policies', 'On human resources', 'On infrastructure and data', 'On the role of enterprises', 'On organizing implementation',
  'On international cooperation',
];

/** The full text of a speech at a meeting, introduced by a short report: long, in the first person. */
export function speech(ctx: TextContext, m: Meeting, chars: number): Piece {
  const { rng } = ctx;
  const speaker = personAt(ctx.seed, m.chair);
  const slots = meetingSlots(ctx, m);
  const title = headline(ctx, SPEECH_HEADLINES, slots, m);
  const office = titleOf(speaker, ctx.writing.diacritics);
  const body = [meetingLead(ctx, m)];
  if (rng.chance(0.5)) body.push(...image(ctx, slots));
  body.push(rng.pick([
    `${ctx.outlet.name} respectfully introduces the full text of the speech by ${office} ${nameOf(ctx, speaker)} at the ${meetingTitle(ctx, m)}.`,
    `We are pleased to present the full text of ${office} ${nameOf(ctx, speaker)}’s speech at the ${m.noun}.`,
    `Below is the full text of the speech delivered by ${office} ${nameOf(ctx, speaker)}.`,
  ]));
  body.push(rng.pick(['Dear comrades,', 'Dear comrades, distinguished guests and delegates,', 'Dear delegates, scientists and entrepreneurs,']));
  body.push(prose(ctx, SPEECH_POLICY, rng.int(3, 5), true), policyParagraph(ctx));
  let section = 0;
  grow(ctx, body, chars - 120, [
    [(c) => prose(c, SPEECH_POLICY, rng.int(2, 5), true), 5],
    [policyParagraph, 3],
    [
      (c) => (`${ORDINALS[section++ % ORDINALS.length]}, ${rng.pick(['we must', 'it is necessary to', 'all levels must'])} `
        + `${rng.pick(TASKS)}. ${prose(c, SPEECH_POLICY, rng.int(1, 3), true)}`),
      3,
    ],
    [targetParagraph, 2],
    [factParagraph, 0.3],
    [citingParagraph, 1.5],
    [framedTargets, 0.5],
    [taskList, 0.6],
    [() => rng.pick(HEADINGS), 0.4],
  ]);
  if (HEADINGS.includes(body.at(-1)!)) body.pop();
  body.push(
    'Dear comrades,',
    rng.pick(['I wish you good health, happiness and success.', 'Thank you very much.', 'I wish the conference great success. Thank you.']),
  );
  return { title, body };
}

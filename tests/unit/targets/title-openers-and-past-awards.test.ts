import { describe, expect, it } from 'vitest';
import { leadPlace } from '../../../src/pipeline/targets/scope.ts';
import { timelineOf } from '../events/helpers.ts';

const text = (date: string, title: string, ...lines: string[]) => [title, `Tin tứcTin tức${date}`, ...lines].join('\n');
/** The targets the pipeline finds in one such text. */
const targetsOf = (date: string, title: string, ...lines: string[]) => timelineOf({ 'seeds/a.txt': text(date, title, ...lines) }).targets;

describe('a title that opens with a plural noun, ranks that were awarded, examples after a subject, and durations', () => {
  it('takes a title\'s first words for the text\'s place only when they are a listed place', () => {
    expect(leadPlace('Start-ups set for a busy year\nThe provincial People\'s Committee said …')).toBeNull();
    expect(leadPlace('Targets set for science and innovation\nThe provincial People\'s Committee said …')).toBeNull();
    expect(leadPlace('Tra Vinh sets targets for science\nThe provincial People\'s Committee said …')).toBe('Tra Vinh');
    // (So is a listed place before a name of its own: "Hưng Yên Job Fair 2030", not a name that only starts like one.)
    expect(leadPlace('Hưng Yên Job Fair 2030: 4,200 vacancies from 86 employers\nSome 86 employers have registered.')).toBe('Hung Yen');
    expect(leadPlace('Long Range Radar Station opens\nSome 86 engineers work there.')).toBeNull();
    // (Nor an outlet's name set off by a dash: "Hà Giang Today – …" is no text about Hà Giang.)
    expect(leadPlace('Hà Giang Today – Broadband reaches every school\nSome 86 schools were connected.')).toBeNull();
  });

  it('reads no target in degrees or prizes handed to the top of a class, even after a deadline stated before', () => {
    const targets = targetsOf('28/07/2025', 'University holds its graduation ceremony',
      'Speaking at the ceremony, the Deputy Minister asked the university to open a chip design programme by 2027.',
      'The valedictorian thanked her teachers.',
      'The rector then presented degrees to the top 20 graduates and awarded prizes to the 3 best theses.');
    expect(targets).toEqual([]);
  });

  it('names a target by its subject, not by the examples given after it', () => {
    const targets = targetsOf('27/04/2026', 'Telecom group sets its plan',
      'By 2030 the group wants digital services such as cloud computing, data centres and AI solutions to account for between 45 and 50% '
      + 'of its revenue.');
    expect(targets.map((t) => [t.metric, t.value, t.max])).toEqual([['digital services share of its revenue', 45, 50]]);
  });

  it('reads a duration to be reached as a target, in number words too, and a duration reported as none', () => {
    const targets = targetsOf('27/04/2026', 'Ministry sets its reform plan',
      'The ministry aims to cut patent examination time to no more than nine months by 2028.',
      'The average waiting time at service desks is to be brought under 15 minutes by 2027.',
      'Processing time for business registration fell to 3 days in 2025.');
    expect(targets.map((t) => [t.metric, t.comparator, t.value, t.unit, t.deadline])).toEqual([
      ['average waiting time at service desks', '<', 15, 'minutes', 2027], ['patent examination time', '<=', 9, 'months', 2028],
    ]);
  });

  it('reads every one of a listed whole as a share of 100%', () => {
    const targets = targetsOf('27/04/2026', 'City sets its smart city plan',
      'All wards, communes and special zones are to be linked to the data hub by the end of 2026.');
    expect(targets.map((t) => [t.metric, t.value, t.unit, t.deadline])).toEqual([
      ['wards, communes and special zones linked to the data hub', 100, '% of wards, communes and special zones', 2026],
    ]);
  });

  it('reads a count between two numbers without a qualifier as a range', () => {
    const targets = targetsOf('27/04/2026', 'Province sets its start-up plan',
      'For enterprises, we want between 1,000 and 1,200 firms to adopt digital platforms by 2027.');
    expect(targets.map((t) => [t.comparator, t.value, t.max, t.unit, t.deadline])).toEqual([['=', 1000, 1200, 'firms', 2027]]);
  });

  it('reads "every village should have …" and "to cover all wards" as every one of a whole, each object by its deadline', () => {
    const targets = targetsOf('27/04/2026', 'Ministry sets its network plan',
      'Every village nationwide should have mobile broadband by 2026 and fibre-optic broadband by 2028.',
      'By 2027, 5G is to cover all urban wards.', 'Every unit under the ministry must issue its own plan by June 30.');
    expect(targets.map((t) => [t.metric, t.value, t.unit, t.deadline])).toEqual([
      ['villages with mobile broadband', 100, '% of villages', 2026], ['5G coverage of urban wards', 100, '% of urban wards', 2027],
      ['villages with fibre-optic broadband', 100, '% of villages', 2028],
    ]);
  });

  it('reads "to cover all communes of the former X" as every one of a place\'s whole, and "all costs of the project" as none', () => {
    const targets = targetsOf('27/04/2026', 'Province sets its network plan',
      'The province aims for 5G to cover all communes of the former Bắc Kạn by the end of 2027.',
      'The operator will cover all costs of the project.');
    expect(targets.map((t) => [t.metric, t.value, t.unit, t.deadline])).toEqual([['5G coverage of communes', 100, '% of communes', 2027]]);
  });

  it('names "that share" by the figure the same sentence reported before it', () => {
    const targets = targetsOf('27/04/2026', 'Ministry reviews the portal',
      'About 52% of administrative records were processed online this year, she said, and the ministry wants that share to reach 80% by 2027.');
    expect(targets.map((t) => [t.metric, t.value, t.deadline])).toEqual([['administrative records', 80, 2027]]);
  });

  it('keeps a list item whose baseline in brackets names a past year', () => {
    const { targets } = timelineOf({
      'seeds/a.txt': [['SITE NEWS', '19/01/2026 08:30'].join('\n'), 'Park plan', 'Under the plan, Bắc Ninh aims by 2030:',
        '- for high-tech industries to account for 45-50% of the province\'s industrial output (2025: 31.4%);'].join('\n\n'),
    });
    expect(targets.map((t) => [t.value, t.max, t.deadline])).toEqual([[45, 50, 2030]]);
  });

  it('reads no target in a count that has "already" happened, nor in a prize told in apposition', () => {
    const targets = targetsOf('27/04/2026', 'Province sets its traceability plan',
      'The province aims to have 50,000 households on the traceability platform by 2027. Around 23,000 farm households have already registered.',
      'Third prize, VND150 million, went to BlueFin Robotics for an underwater drone.');
    expect(targets.map((t) => [t.metric, t.value])).toEqual([['households on the traceability platform', 50000]]);
  });
});


import { describe, expect, it } from 'vitest';
import { timelineOf } from '../events/helpers.ts';

/** The targets of one notice: deadline, metric, comparator, value, unit and scope. */
const targetsOf = (...lines: string[]) => timelineOf({ 'a.txt': ['Notice on online services', 'Posted: 20/05/2031', ...lines].join('\n\n') })
  .targets.map((t) => [t.deadline, t.metric, t.comparator, t.value, t.unit, t.scope]);

describe('a body that serves the public, and the times it sets itself', () => {
  it('reads an exchange\'s aims for itself, a machine\'s time and requests whose they are', () => {
    expect(targetsOf(
      'The Hanoi Stock Exchange has set itself two aims for the end of 2032: to process an order in no more than 40 microseconds; and to answer '
        + 'brokers\' technical questions within 2 working hours.',
    )).toEqual([
      [2032, 'time to answer brokers\' technical questions', '<=', 2, 'working hours', 'Hanoi Stock Exchange'],
      [2032, 'time to process an order', '<=', 40, 'microseconds', 'Hanoi Stock Exchange'],
    ]);
  });

  it('reads what a named body aims to do by a year as its own, a payment to whom and a wait kept at a level', () => {
    expect(targetsOf(
      'The office is in Phổ Yên ward, in what was Thái Nguyên province before the 2025 mergers, now part of Bắc Kạn\'s neighbour.',
      'By the end of 2032, the Thái Nguyên Social Relief Society aims to pay emergency aid to registered families within 48 hours of a '
        + 'landslide being declared.',
      'By the end of 2031, the Thái Nguyên Passport Service Centre 12-04B aims to keep the average wait at no more than 15 minutes.',
    )).toEqual([
      [2031, 'average wait', '<=', 15, 'minutes', 'Thái Nguyên Passport Service Centre 12-04B'],
      [2032, 'time to pay emergency aid to registered families', '<=', 48, 'hours', 'Thái Nguyên Social Relief Society'],
    ]);
  });

  it('reads a thing to be had and registered as no report', () => {
    expect(targetsOf(
      'Plan 2210 of Thái Nguyên aims for all 92 communes and wards to have a rescue team registered in the app by 2032, and for 55 percent of '
        + 'households in landslide-prone communes to register their phone numbers by 2033.',
    ).map((t) => [t[0], t[3], t[5]])).toEqual([[2032, 100, 'Thai Nguyen'], [2033, 55, 'Thai Nguyen']]);
  });
});

describe('a company\'s notice about no place, under a province\'s own plan', () => {
  it('is about the province whose plan it names, for the plan\'s figures; the company\'s own aims stay its own', () => {
    const found = timelineOf({ 'a.txt': ['Notice on the warning system for water releases', 'Posted: 09/06/2031',
      'Under Notice No. 2290/TB-SCH, Sông Chảy Hydropower Joint Stock Company informs residents below the dam that from 1 July every release '
        + 'will be announced by text message.',
      'The system was built under Hà Giang\'s Plan No. 5120/KH-UBND on disaster warning.',
      'By the end of 2031, Sông Chảy Hydropower Joint Stock Company aims to send every warning within 10 minutes of a release decision.',
      'Plan 5120 aims for 75 percent of households in the communes below the dam to receive warnings on their phones by 2033.',
    ].join('\n\n') }).targets.map((t) => [t.deadline, t.value, t.scope]);
    expect(found).toEqual([[2031, 10, 'Sông Chảy Hydropower'], [2033, 75, 'Ha Giang']]);
  });
});

describe('a figure a body expects at about a level', () => {
  it('is an estimate, no target; one it expects at a level is still read', () => {
    expect(targetsOf('The provincial data centre expects about 70% of land procedures to be online by the end of the first quarter.')).toEqual([]);
    expect(targetsOf('The provincial data centre expects 70% of land procedures to be online by 2033.').map((t) => [t[0], t[3]])).toEqual([[2033, 70]]);
  });
});

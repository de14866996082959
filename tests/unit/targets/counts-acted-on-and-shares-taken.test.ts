import { describe, expect, it } from 'vitest';
import { amountParser } from '../../../src/pipeline/targets/amount-parser.ts';
import { timelineOf } from '../events/helpers.ts';

/** The targets of one text: deadline, metric, value and unit. */
const targetsOf = (...lines: string[]) => timelineOf({ 'a.txt': ['Gia Lai passes a support programme', 'Posted: 12/12/2031', ...lines].join('\n\n') })
  .targets.map((t) => [t.deadline, t.metric, t.value, t.unit]);
const read = (text: string) => amountParser.propose(text).map((p) => [p.metric, p.value, p.max, p.unit]);

describe('a count of what a verb of doing acts on', () => {
  it('names the count with the verb, after an aim set or a modal', () => {
    expect(read('The school has set itself two goals for 2034: to admit no fewer than 900 trainees a year in welding and robotics'))
      .toEqual([['trainees a year admitted in welding and robotics', 900, null, 'trainees']]);
    expect(read('The library has set itself an aim by the end of 2032: to scan at least 1.8 million pages in total'))
      .toEqual([['pages scanned in total', 1_800_000, null, 'pages']]);
    expect(read('The hospital will train at least 600 nurses in telehealth.')).toEqual([['nurses trained in telehealth', 600, null, 'nurses']]);
  });

  it('names what does it when that is a thing, not a body that is the target\'s scope', () => {
    expect(read('As a first step, a demonstration line for lithium cells is to produce at least 300 tonnes a year by the end of 2034.'))
      .toEqual([['tonnes a year produced by the demonstration line for lithium cells', 300, null, 'tonnes']]);
    expect(read('The college will enrol 300 students in chip design.')).toEqual([['students enrolled in chip design', 300, null, 'students']]);
  });

  it('closes a list of things counted with the verb', () => {
    expect(read('The fund aims to serve at least 1,500 farming cooperatives and family farms by 2031.'))
      .toEqual([['farming cooperatives and family farms served', 1500, null, 'farms']]);
  });

  it('leaves a count after a verb of having or reaching as it was', () => {
    expect(read('The province aims to have 120 digital technology firms by 2030.')).toEqual([['digital technology firms', 120, null, 'firms']]);
  });
});

describe('a share a thing is to take of a whole', () => {
  it('reads "for X to take N percent of Y" as X\'s share of Y, range and all', () => {
    expect(read('- for local assembly to take 55 to 60 percent of the electric buses sold;'))
      .toEqual([['local assembly share of electric buses sold', 55, 60, '% of electric buses sold']]);
  });
});

describe('what a programme permits and a box of key figures', () => {
  it('reads no target in a second support level joined by ", and", nor in a quota that "may" be given', () => {
    expect(targetsOf('The programme runs to 2035. Under it, cooperatives may receive 40 percent of the cost of cold-storage sensors, up to '
      + 'VND 300 million each, and 60 percent of the cost of traceability software in its first year.',
    'No more than 25 cooperatives a year may receive sensor support.')).toEqual([]);
  });

  it('still reads a share after ", and" that has a verb of its own', () => {
    expect(targetsOf('By 2035, cooperatives may apply online, and 70 percent of them are to sell through the provincial e-market.')
      .map(([deadline, , value]) => [deadline, value])).toEqual([[2035, 70]]);
  });

  it('reads no target in a strip of labelled key figures', () => {
    expect(targetsOf('By 2035 the programme aims for 300 cooperatives to trace their produce.',
      'Delegates: 52 | Present: 50 | Resolutions passed: 3 | Budget 2031–2035: VND 90 billion | Draft figure: 250 → 300'))
      .toEqual([[2035, 'cooperatives to trace their produce', 300, 'cooperatives']]);
  });
});

describe('every one of a whole that is to do a thing online', () => {
  it('reads an item "every X with Y to send Z online to a system" as all of them, the head noun in the plural', () => {
    expect(read('- every fish farm with a processing shed to send its water-quality readings online to the provincial monitoring system.'))
      .toEqual([['fish farms with a processing shed send its water-quality readings online to the provincial monitoring system', 100, null,
        '% of fish farms with a processing shed']]);
  });
});

describe('how often a thing is to be done', () => {
  it('reads "will update X at least four times a day" as a target in times a day, and "twice a day" with no number', () => {
    expect(read('From 2032, the centre will update the flood-risk level on its public map at least four times a day in the rainy season.'))
      .toEqual([['flood-risk level on its public map updated', 4, null, 'times a day']]);
    expect(read('The station will publish its air-quality index at least twice a day.')).toEqual([['air-quality index published', 2, null, 'times a day']]);
  });
});

describe('items of a list of what the reader must do', () => {
  it('reads no target in a minimum balance under "What drivers must do", and still reads the aims after it', () => {
    expect(targetsOf('1. What drivers must do', '- Fit a working tag before 1 March 2032.', '- Keep a balance of at least VND 150,000 in the account.',
      '2. Our aims', 'The company aims to refund every wrongly charged toll within 3 working days by the end of 2032.'))
      .toEqual([[2032, 'time to refund every wrongly charged toll', 3, 'working days']]);
  });
});

describe('wholes acted on, and the time to handle things done a way', () => {
  it('reads "- connect every X that does Y to Z" as every one of them, in the plural, connected to Z', () => {
    expect(read('- connect every depot that stores fuel to the port\'s digital fire-alarm system by the end of 2033;'))
      .toEqual([['depots that store fuel connected to the port\'s digital fire-alarm system', 100, null, '% of depots']]);
  });

  it('reads "- to have all 86 communes and wards pay X" as all of them, the things ending at their verb', () => {
    expect(read('- to have all 86 communes and wards pay land rent through the provincial e-payment platform;').map(([, v, , u]) => [v, u]))
      .toEqual([[100, '% of communes and wards']]);
  });

  it('reads a pledge to settle things "fully online within" a time', () => {
    expect(read('From 2032, the park\'s management board will settle construction permits fully online within 12 working days.'))
      .toEqual([['time to settle construction permits fully online', 12, null, 'working days']]);
  });

  it('reads a range after a possessive of a plural, and a benchmark after the figure\'s own deadline', () => {
    expect(read('and, by 2033, cut the time from a landslide sensor\'s trigger to an alert on villagers\' phones to no more than 5 minutes.'))
      .toEqual([['time from a landslide sensor\'s trigger to an alert on villagers\' phones', 5, null, 'minutes']]);
    const text = ['Gia Lai passes a support programme', 'Posted: 12/12/2031', 'The plan aims for 55 percent of fishing boats registered in the '
      + 'province to carry satellite trackers linked to the port system by 2033 (national target: 45 percent).'].join('\n\n');
    expect(timelineOf({ 'a.txt': text }).targets.map((t) => [t.deadline, t.value, t.benchmark?.value])).toEqual([[2033, 55, 45]]);
  });

  it('reads no target in what a plan is costed at', () => {
    expect(targetsOf('By 2033 the plan aims to train 800 rangers. The plan is costed at about VND 240 billion.'))
      .toEqual([[2033, 'rangers trained', 800, 'rangers']]);
  });
});

describe('what every one of a count is to have', () => {
  it('reads ", all of them with X" after a count as every one of it with X, beside the count', () => {
    expect(read('The plan aims for 900 fishing boats fitted with trackers by 2032 (Bình Định: 1,200), all of them with electronic logbooks.')
      .map(([metric, value, , unit]) => [metric, value, unit])).toEqual([
      ['fishing boats fitted with trackers', 900, 'boats'],
      ['fishing boats fitted with trackers with electronic logbooks', 100, '% of fishing boats fitted with trackers'],
    ]);
  });
});

describe('every one of a whole in a target\'s labelled sentence, and a goal of taking all of a thing online', () => {
  it('reads "Interim target: by …, all X of grade I and above do Y" in the present as all of them', () => {
    expect(read('Interim target: by the end of 2033, all public clinics of grade II and above keep electronic health records only.')
      .map(([metric, value, , unit]) => [metric, value, unit])).toEqual([['public clinics keep electronic health records only', 100, '% of public clinics']]);
  });

  it('reads "the goal, under Plan No. …, of taking all X online by YEAR" as all of it taken online', () => {
    expect(read('These aims serve the province\'s goal, under Plan No. 5210/KH-UBND, of taking all land-use registration online by 2031.')
      .map(([metric, value, , unit]) => [metric, value, unit])).toEqual([['land-use registration taken online', 100, '% of land-use registration']]);
  });

  it('still reads no target in a present "all X do Y" with no label, a task of each', () => {
    expect(read('All units under the department issue their own implementation plans.')).toEqual([]);
  });
});

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
      .toEqual([['trainees admitted a year in welding and robotics', 900, null, 'trainees']]);
    expect(read('The library has set itself an aim by the end of 2032: to scan at least 1.8 million pages in total'))
      .toEqual([['pages scanned in total', 1_800_000, null, 'pages']]);
    expect(read('The hospital will train at least 600 nurses in telehealth.')).toEqual([['nurses trained in telehealth', 600, null, 'nurses']]);
  });

  it('names what does it when that is a thing, not a body that is the target\'s scope', () => {
    expect(read('As a first step, a demonstration line for lithium cells is to produce at least 300 tonnes a year by the end of 2034.'))
      .toEqual([['tonnes produced a year by the demonstration line for lithium cells', 300, null, 'tonnes']]);
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

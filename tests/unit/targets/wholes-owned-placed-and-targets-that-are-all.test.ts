import { describe, expect, it } from 'vitest';
import { timelineOf } from '../events/helpers.ts';
import { amountParser } from '../../../src/pipeline/targets/amount-parser.ts';

/** The targets of one text: deadline, metric, value, unit and scope, in a fixed order. */
const targetsOf = (...lines: string[]) => timelineOf({ 'a.txt': ['Kon Tum reviews its half year', 'Posted: 10/07/2030', ...lines].join('\n\n') })
  .targets.map((t) => [t.deadline, t.metric, t.value, t.unit, t.scope]).sort((a, b) => String(a).localeCompare(String(b)));

describe('every one of a whole', () => {
  it('is counted by its head noun, the place after it kept: "every household in the commune" is "households in the commune"', () => {
    expect(targetsOf('The Đăk Tô commune People\'s Committee met village heads.',
      'By the end of 2031, every household in the commune should have at least one smartphone.').map((t) => t[1]))
      .toEqual(['households in the commune with at least one smartphone']);
  });

  it('drops its owner\'s words, and needs no number when an aim handles it online "by the end of this year"', () => {
    expect(targetsOf('The Kon Tum Department of Science and Technology held a press conference.',
      'The department itself aims to process all of its own dossiers online by the end of this year.'))
      .toEqual([[2030, 'dossiers processed online', 100, '% of dossiers', 'Kon Tum Department of Science and Technology']]);
  });

  it('is a target when "the target is all" of what a count before it measured', () => {
    expect(targetsOf('The Kon Tum Provincial People\'s Committee held a press conference.',
      'The province\'s report says 61 of the 86 communes now have 5G coverage; the target is all communes by the end of 2031.'))
      .toEqual([[2031, 'communes with 5G coverage', 100, '% of communes', 'Kon Tum']]);
  });
});

describe('every one of a whole to work online, and a whole counted in millions', () => {
  it('reads "every commune and ward is to handle its procedures fully online" as all of them, but not a task each is to do', () => {
    expect(targetsOf('By 2031, every commune and ward is to handle its land procedures fully online.'))
      .toEqual([[2031, 'communes and wards handle its land procedures fully online', 100, '% of communes and wards', 'Kon Tum']]);
    expect(targetsOf('By 2031, every commune and ward is to issue its own digital plan.')).toEqual([]);
  });

  it('reads "all 2.4 million land records it keeps are to be digitised" as every record, its count no target', () => {
    expect(targetsOf('The Kon Tum Department of Agriculture and Environment will report each quarter: all 2.4 million land records it keeps '
      + 'are to be digitised by the end of 2031.').map((t) => t.slice(0, 4)))
      .toEqual([[2031, 'land records digitised', 100, '% of land records']]);
  });

  it('scopes the aims a department "has set for its own work" as the department\'s', () => {
    expect(targetsOf('The Kon Tum Department of Agriculture and Environment has set an aim for its own work: all 2.4 million land records it '
      + 'keeps are to be digitised by the end of 2031.').map((t) => t[4])).toEqual(['Kon Tum Department of Agriculture and Environment']);
  });
});

describe('every one of a whole, where it is, what picks it out and whose it is', () => {
  it('reads an item "every procedure at the … border gates to be handled online" with its place', () => {
    expect(targetsOf('By 2032, the province aims for:', '- every procedure at the Bờ Y and Đăk Kôi border gates to be handled online;',
      '- a logistics centre at each gate.').map((t) => t.slice(0, 4)))
      .toEqual([[2032, 'procedures at the Bờ Y and Đăk Kôi border gates handled online', 100, '% of procedures']]);
  });

  it('reads an item with a letter or a number for its marker: "c) all 1,240 tower sites of the Corporation to be monitored …"', () => {
    expect(amountParser.propose('c) all 1,240 tower sites of the Corporation to be monitored and operated remotely, by the end of 2028;')
      .map((p) => [p.metric, p.value, p.unit])).toEqual([['tower sites of the Corporation monitored and operated remotely', 100, '% of tower sites']]);
    expect(amountParser.propose('3. every commune health station to be connected to the provincial data platform;').map((p) => [p.metric, p.value]))
      .toEqual([['commune health stations connected to the provincial data platform', 100]]);
  });

  it('reads past a participle that picks the whole out: "all 31 craft villages recognised by the province under Decision … are to sell …"', () => {
    expect(targetsOf('By 2031 all 31 craft villages recognised by the province under Decision No. 1180/QĐ-UBND of 4.6.2029 are to sell on the '
      + 'platform.').map((t) => t.slice(0, 4))).toEqual([[2031, 'craft villages sell on the platform', 100, '% of craft villages']]);
  });

  it('reads whose the whole is in lower case: "all hamlets of the province\'s border communes are to have 4G coverage"', () => {
    expect(targetsOf('All hamlets of the province\'s border communes are to have 4G coverage by the end of 2031.').map((t) => t.slice(0, 4)))
      .toEqual([[2031, 'hamlets of the province\'s border communes with 4G coverage', 100, '% of hamlets of the province\'s border communes']]);
  });

  // (Its aim is the time to answer each, at most five working days, as a body's own aim to handle every one of a thing in a time is read:
  // see own-commitments-and-things-handled-in-a-time.test.ts.)
  it('reads a department\'s aim "for its part" to answer every item as the department\'s own', () => {
    expect(targetsOf('Operators must restore service within 24 hours under the circular. The Kon Tum Department of Science and Technology, for its '
      + 'part, aims to answer every telecom-related feedback item on the portal within five working days by the end of 2031.'))
      .toEqual([[2031, 'time to answer every telecom-related feedback item on the portal', 5, 'working days',
        'Kon Tum Department of Science and Technology']]);
  });
});

describe('a cooperative\'s own aims', () => {
  it('are the cooperative\'s, named in their paragraph, whether a share or every one of its own', () => {
    expect(targetsOf('The province wants 60% of craft households to accept cashless payments by 2031.',
      'Lò Thị Phấn, Director of the Pà Cò Brocade Weaving Cooperative, said the cooperative aims to sell half of its products online by 2031. '
        + 'The cooperative also aims for all 25 of its looms to take orders on the platform by the end of 2030.'))
      .toEqual([
        [2030, 'looms take orders on the platform', 100, '% of looms', 'Pà Cò Brocade Weaving Cooperative'],
        [2031, expect.stringContaining('craft households'), 60, '%', 'Kon Tum'],
        [2031, expect.stringContaining('products'), 50, '%', 'Pà Cò Brocade Weaving Cooperative'],
      ]);
  });
});

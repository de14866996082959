import { describe, expect, it } from 'vitest';
import { timelineOf } from '../events/helpers.ts';
import { leadPlace } from '../../../src/pipeline/targets/scope.ts';

const page = (title: string, date: string, ...lines: string[]) => [title, `Cập nhật lúc 08:15, ${date}`, ...lines].join('\n');
const targets = (text: string) => timelineOf({ 'seeds/a.txt': text }).targets.map((t) => [t.scope, t.metric, t.value, t.deadline]);

describe('the place a local text is about', () => {
  it('is the listed place its title opens with before a colon, or names before its body with a possessive', () => {
    expect(leadPlace('Tuyên Quang: broadband ahead of plan, online sales behind')).toBe('Tuyen Quang');
    expect(leadPlace("Hà Giang Today – Tuyên Quang's People's Committee has reported its results for the province")).toBe('Tuyen Quang');
    expect(leadPlace('Broadband: ahead of plan in every commune')).toBeNull();
  });

  it("scopes a year's list of targets the text's body sets, which names no place of its own", () => {
    expect(targets(page('Tuyên Quang: broadband ahead of plan, online sales behind', '20/12/2028',
      'The results were reported in the People\'s Committee\'s year-end report.',
      'For 2029, the People\'s Committee has set the following targets:',
      '- all 380 villages to have 4G coverage;',
      '- at least 50% of OCOP products to be sold online.',
    ))).toEqual([['Tuyen Quang', 'OCOP products sold online', 50, 2029], ['Tuyen Quang', 'villages with 4G coverage', 100, 2029]]);
  });
});

describe('a target a result went past', () => {
  it("is met, even in its own year's last weeks: no target", () => {
    expect(targets(page('Tuyên Quang: broadband ahead of plan', '20/12/2028',
      'According to the report, 96.2% of applications in the province were filed online in 2028, exceeding the 2028 target of 90%.',
      'By 2030, the share is to reach 100%.',
    )).map((t) => t[2])).toEqual([100]);
  });

  it('is met when the result beat, surpassed or topped the year\'s goal told after it', () => {
    for (const passed of ['beating', 'surpassing', 'topping']) {
      expect(targets(page('Quảng Trị beats its goals', '07/01/2030',
        `According to the report, 91.4% of dossiers were handled fully online in 2029, ${passed} the year's goal of 85%.`,
        'By 2030, the share is to reach 100%.',
      )).map((t) => t[2])).toEqual([100]);
    }
  });
});

describe('a table of a past year\'s goals and results beside the next year\'s targets', () => {
  it('reads only the columns of the text\'s year on as targets', () => {
    expect(targets(page('Quảng Trị reviews its digital plan', '07/01/2030',
      'The province reviewed its results under the plan for 2027–2030.',
      'Indicator | Goal for 2029 | Result 2029 | Target for 2030',
      'Dossiers handled fully online | 80% | 84.6% | at least 90%',
      'Small firms using cloud accounting | 5,000 | 5,840 | 8,000',
    ))).toEqual([['Quang Tri', 'dossiers handled fully online', 90, 2030], ['Quang Tri', 'small firms using cloud accounting', 8000, 2030]]);
  });
});

import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

const targetsOf = (...lines: string[]) => timelineOf({ 'a.txt': dated('15/10/2029', ...lines) }).targets
  .map((t) => [t.deadline, t.metric, t.value, t.unit]);

describe('a count after a modal, in a clause with its year', () => {
  it('reads "by the end of 2029, our department will publish 40 open datasets"', () => {
    expect(targetsOf('The director set her team a goal: by the end of 2029, our department will publish 40 open datasets on the data portal.'))
      .toEqual([[2029, 'open datasets published on the data portal', 40, 'datasets']]);
  });

  it('reads no target in a day\'s plan without a year to reach it by', () => {
    expect(targetsOf('The fair opens on 24 October in Đà Lạt and will show 80 products from local start-ups.')).toEqual([]);
  });

  it('reads what a plan asks for: "the plan asks for 30,000 fishing households to keep electronic logbooks"', () => {
    expect(targetsOf('For 2029 itself, the plan asks for 30,000 fishing households to keep electronic logbooks.'))
      .toEqual([[2029, 'fishing households to keep electronic logbooks', 30000, 'households']]);
  });
});

describe('every one of a whole, told in more ways', () => {
  it('reads a whole placed by a name ("all public clinics in Quảng Bình are to use …")', () => {
    expect(targetsOf('By 2030, all public clinics in Quảng Bình are to use electronic prescriptions in place of paper ones.'))
      .toEqual([[2030, 'public clinics use electronic prescriptions', 100, '% of public clinics']]);
  });

  it('reads what each is to be able to do ("Every ward health station is to be able to hold …")', () => {
    expect(targetsOf('Every ward health station is to be able to hold remote consultations with a city hospital by the end of 2029.'))
      .toEqual([[2029, 'ward health stations hold remote consultations with a city hospital', 100, '% of ward health stations']]);
  });

  it('reads what an aim is for ("aims by 2030 for all eligible procedures to be handled fully online")', () => {
    expect(targetsOf('Under the plan, the province aims by 2030 for all eligible licensing procedures to be handled fully online.'))
      .toEqual([[2030, 'eligible licensing procedures handled fully online', 100, '% of eligible licensing procedures']]);
  });

  it('reads an item "every ward and commune to run …" with each thing in the plural', () => {
    expect(targetsOf('The plan sets these goals for 2031:', '- every ward and commune to run its council meetings on the paperless system;',
      '- 50 start-ups to be supported.').map((t) => t.slice(1, 4)))
      .toContainEqual(['wards and communes run its council meetings on the paperless system', 100, '% of wards and communes']);
  });
});

describe('a share of those who can do a thing', () => {
  it('is a target: "can" in the relative clause that picks them out permits nothing', () => {
    expect(targetsOf('By 2031, the programme aims to:', '- raise the share of rural workers who can use basic online public services to 85%;',
      '- raise the share of fishers who can use e-payments from 30% in 2026 to 75%.').map((t) => t.slice(1, 3)).sort())
      .toEqual([['fishers who can use e-payments', 75], ['rural workers who can use basic online public services', 85]]);
    // (What a rule lets a body do is still no target: "Under the decree, a fund can cover up to 50% of the cost".)
    expect(targetsOf('Under the decree, by 2031 a provincial fund can cover up to 50% of the cost of a pilot.')).toEqual([]);
  });
});

describe('two aims of one sentence joined by "and"', () => {
  it('reads "aims by 2030 for all eligible procedures to be handled fully online and for 90% of …" as two', () => {
    expect(targetsOf('Under the plan, the province aims by 2030 for all eligible licensing procedures to be handled fully online and for 90% of '
      + 'the results to be issued as electronic documents.').map((t) => [t[1], t[2]])).toEqual([
      ['eligible licensing procedures handled fully online', 100], ['the results issued as electronic documents', 90]]);
  });

  it('ends a share\'s things before a clause of its own: "95% of dossiers are to be submitted online and the average time is to fall …"', () => {
    expect(targetsOf('By 2030, 95% of dossiers are to be submitted online and the average processing time is to fall to 5 working days.')
      .map((t) => t[1])).toContain('dossiers to be submitted online');
  });
});

describe('every one of a whole a plan is to ensure', () => {
  it('reads "ensure that every industrial park and industrial cluster in the province has a consulting point", with no number', () => {
    expect(targetsOf('The resolution sets the following tasks for 2031:', 'a) train 300 officials in data skills;',
      'c) ensure that every industrial park and industrial cluster in the province has a digital transformation consulting point.')
      .map((t) => [t[1], t[2], t[3]])).toContainEqual(['industrial parks and industrial clusters with a digital transformation consulting point', 100,
      '% of industrial parks and industrial clusters']);
  });
});

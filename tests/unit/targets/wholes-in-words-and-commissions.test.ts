import { describe, expect, it } from 'vitest';
import { timelineOf } from '../events/helpers.ts';

/** The targets of one text: deadline, metric, value and scope, in a fixed order. */
const targetsOf = (lines: string[]) => timelineOf({ 'a.txt': lines.join('\n\n') }).targets.map((t) => [t.deadline, t.metric, t.value, t.scope])
  .sort((a, b) => String(a).localeCompare(String(b)));
const report = (...lines: string[]) => targetsOf(['Province reviews its digital work', 'Posted: 12/05/2029',
  'The Bắc Kạn Provincial People\'s Committee reviewed the digital transformation plan on Monday.', ...lines]);

describe('every one of a whole, in words', () => {
  it('reads "all of its" things and a participle without "-ed" ("are to be run on …")', () => {
    expect(report('The department has set an aim for its own work: all of its calls for provincial projects are to be run on an online '
      + 'platform by the end of 2030.').map((t) => [t[0], t[1], t[2]]))
      .toEqual([[2030, 'calls for provincial projects run on an online platform', 100]]);
    expect(report('All commune offices are to be built with solar roofs by 2030.').map((t) => t[2])).toEqual([100]);
  });

  it('reads what an aim is for, whatever each is to do ("aims for every grassroots Party cell to discuss …")', () => {
    expect(report('The province aims for every grassroots Party cell to discuss the plan at a regular meeting by 2030.').map((t) => [t[1], t[2]]))
      .toEqual([['grassroots Party cells discuss the plan', 100]]);
    // (Not a task each must do, with no aim: "every unit must issue its own plan".)
    expect(report('Every unit must issue its own plan by 2030.')).toEqual([]);
  });
});

describe('a whole counted in words', () => {
  it('is every one of it, as one counted in digits ("build a digital twin for all six centrally run cities")', () => {
    const items = (item: string) => report('By 2035, the programme aims to:', `- ${item};`, '- train 200 urban data specialists.')
      .filter((t) => t[2] === 100).map((t) => t[1]);
    expect(items('build a digital twin for all six centrally run cities')).toEqual(['build a digital twin for all six centrally run cities']);
    expect(items('build a digital twin for all 6 centrally run cities')).toEqual(['build a digital twin for all 6 centrally run cities']);
  });

  it('is every one of what is to be ensured at all of it, past where they are, not a count of them', () => {
    expect(report('The province will ensure 4G coverage at all six border crossing points on its side of the border, by the end of 2031.'))
      .toEqual([[2031, 'border crossing points with 4G coverage', 100, 'Bac Kan']]);
  });

  it('makes no count of its own ("a review of all three licences")', () => {
    expect(report('A mid-term review of all three licences will be carried out in 2030.')).toEqual([]);
  });
});

describe('a Party committee\'s commission', () => {
  it('aims at its own work, no Party committee\'s', () => {
    const found = report('For its own work, the Commission for Propaganda and Mass Mobilisation of the Bắc Kạn Provincial Party Committee aims for '
      + 'every grassroots Party cell to discuss this outline at a regular meeting by the end of January 2030.');
    expect(found.map((t) => t[3])).toEqual(['Commission for Propaganda and Mass Mobilisation of the Bắc Kạn Provincial Party Committee']);
    // (The committee itself is a body of government: its aims are the province's.)
    expect(report('The Bắc Kạn Provincial Party Committee aims for every commune to use the platform by 2030.').map((t) => t[3])).toEqual(['Bac Kan']);
  });
});

describe('what a speaker says cannot be reached', () => {
  it('is no target ("cannot reach 90% by the end of the year"), though the same figure aimed at is one', () => {
    expect(report('The chairman said the province "cannot reach 90% of dossiers online by the end of 2030 by doing what we did in April".')).toEqual([]);
    expect(report('The chairman said the province will reach 90% of dossiers online by the end of 2030.').map((t) => t[2])).toEqual([90]);
  });
});

describe('such things', () => {
  it('are of the kind named before them ("a recognised innovation centre" … "12 such centres")', () => {
    expect(report('Resolution 47 lets a recognised innovation centre lease land for 50 years. The city aims to have at least 12 such centres '
      + 'in operation by the end of 2030.').map((t) => t[1])).toEqual(['innovation centres in operation']);
    // (As they are when nothing before names their kind.)
    expect(report('The city aims to have at least 12 such centres in operation by the end of 2030.').map((t) => t[1]))
      .toEqual(['such centres in operation']);
  });
});

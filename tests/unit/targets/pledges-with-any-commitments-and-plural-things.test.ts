import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

const targetsOf = (date: string, ...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(date, ...lines) }).targets
  .map((t) => [t.metric, t.comparator, t.value, t.unit, t.deadline, t.scope]);

describe('a time a body pledges for its own work, told in more ways', () => {
  it('reads "would from this year restore any …" (any one of a thing, a year with no commas) as the department\'s own aim', () => {
    expect(targetsOf('12/01/2030', 'Director of the Nam Định Department of Science and Technology Lê Văn Hải said the department, which '
      + 'runs the provincial data centre, would from this year restore any public service that went down within 3 hours.'))
      .toEqual([['time to restore any public service that went down', '<=', 3, 'hours', 2030, 'Nam Định Department of Science and Technology']]);
  });

  it('reads "has committed for its own work, by the end of <year>, to answer every …" beside a second aim with a share', () => {
    const found = targetsOf('12/01/2030', 'The developer, Hồng Hà Housing JSC, has committed for its own work, by the end of 2032, to answer '
      + 'every complaint within 10 days of filing and to have at least 85% of buyers sign their contracts electronically.');
    expect(found).toContainEqual(['time to answer every complaint', '<=', 10, 'days', 2032, 'Hồng Hà Housing JSC']);
  });

  it('reads "will grant or renew a …" (a second verb) and "will license … products" (things in the plural after "will")', () => {
    expect(targetsOf('12/01/2030', 'From 2031, the Ministry of Health will grant or renew a clinic\'s telemedicine code within 5 working days.'))
      .toEqual([['time to grant a clinic\'s telemedicine code', '<=', 5, 'working days', 2031, 'Ministry of Health']]);
    expect(targetsOf('12/01/2030', 'From 2031, the Ministry of Agriculture and Environment will license aerial survey products within 15 '
      + 'working days of a complete application, down from about 40 days now.'))
      .toEqual([['time to license aerial survey products', '<=', 15, 'working days', 2031, 'Ministry of Agriculture and Environment']]);
  });

  it('reads things in the plural with what they are for, the year between "will" and the verb, "projects" as a noun', () => {
    expect(targetsOf('12/01/2030', 'For its own work, the Ministry of Transport will, from 2031, appraise feasibility studies for '
      + 'projects it manages within 25 working days.'))
      .toEqual([['time to appraise feasibility studies for projects it manages', '<=', 25, 'working days', 2031, 'Ministry of Transport']]);
  });

  it('gives a centre named with a hyphenated word ("Start-up") its own pledge', () => {
    expect(targetsOf('12/01/2030', 'Under it, the Nghệ An Innovation and Start-up Centre will, from 2031, decide on each application for '
      + 'support within 12 working days.').map((t) => t[5])).toEqual(['Nghệ An Innovation and Start-up Centre']);
  });

  it('still reads a procedure\'s limit, a thing with no pledge and a time measured against a share as no time target', () => {
    expect(targetsOf('12/01/2030', 'The department will license radio equipment within 10 working days of a complete application.')).toEqual([]);
    expect(targetsOf('12/01/2030', 'Officials answer complaints within 10 days of filing, the report said.')).toEqual([]);
  });
});

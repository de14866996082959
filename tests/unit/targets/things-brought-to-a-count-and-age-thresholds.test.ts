import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

const targetsOf = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('14/09/2029', ...lines) }).targets
  .map((t) => [t.metric, t.comparator, t.value, t.unit, t.deadline, t.scope]);

describe('a thing brought to a number of people, an aim "of its own:", and an age that picks people out', () => {
  it('reads a count of those something is to be provided to, in an aim a firm has of its own', () => {
    expect(targetsOf('Lam Hồng Telecom also has an aim of its own in Vĩnh Long: to provide free e-health accounts to 150,000 farmers by the '
      + 'end of 2031, with the communes\' help.'))
      .toEqual([['farmers provided free e-health accounts', '=', 150000, 'farmers', 2031, 'Lam Hồng Telecom']]);
  });

  it('gives no target for an age that picks out whom a rule serves, its verb inside the figure\'s words', () => {
    expect(targetsOf('Until the end of 2031, residents over 65 can get a bus pass free of charge at any ward office.')).toEqual([]);
  });
});

describe('a part of a count due earlier told "of whom", and a measure each thing a share counts is to have', () => {
  it('reads "of whom at least ten thousand by 2032" as the same count by that year, its scale in words', () => {
    expect(targetsOf('By 2035, twenty thousand village health workers shall be trained in telemedicine, of whom at least eight thousand by '
      + '2032.').map(([, comparator, value, , deadline]) => `${comparator} ${value} by ${deadline}`).sort())
      .toEqual(['= 20000 by 2035', '>= 8000 by 2032']);
  });

  it('gives no target for the measure each thing is to have, after a share of them', () => {
    expect(targetsOf('By 2032, at least 85% of border posts shall have a satellite link of at least 50 Mbps.').map(([, , value, unit]) => [value, unit]))
      .toEqual([[85, '%']]);
  });
});

describe('an objective of a resolution\'s list that every one of a whole "shall" do', () => {
  it('is every one of the whole, by the list\'s deadline; a duty told with "must" is not', () => {
    expect(targetsOf('1. By 2034:', 'a) All district-level archives shall use the national digital records platform;',
      'b) At least 90% of residents shall have an e-health account;').map(([metric, , value, , deadline]) => [metric, value, deadline]))
      .toEqual([['district-level archives use the national digital records platform', 100, 2034], ['residents shall have an e-health account', 90, 2034]]);
    expect(targetsOf('1. Duties:', 'a) All levels must apply the national digital records platform;')).toEqual([]);
  });
});

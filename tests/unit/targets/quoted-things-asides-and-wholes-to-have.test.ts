import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

const targets = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('12/03/2030', ...lines) }).targets
  .map((t) => [t.metric, t.comparator, t.value, t.unit, t.deadline]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe('every one of a whole in a list item, to have a thing', () => {
  it('is a target when what each is to have is named by an adjective in -ed ("automated cameras"), not a perfect', () => {
    expect(targets('By 2033, the province aims for:',
      '- every river port and ferry landing in the province to have automated water-level sensors, by the end of 2031;',
      '- 40% of ferries to take electronic tickets.',
    )).toEqual([
      ['ferries to take electronic tickets', '=', 40, '%', 2033],
      ['river ports and ferry landings with automated water-level sensors', '=', 100, '% of river ports and ferry landings', 2031],
    ]);
  });

  it('reads a whole past an aside of what it takes in, or a list ending in a place\'s named unit', () => {
    expect(targets('By 2033, the province aims for:',
      '- all communes and wards, including those of the former Bắc Kạn province, to have a digital help desk;',
      '- all communes, wards and the Cô Tô special zone to have 5G coverage;',
      '- 40% of ferries to take electronic tickets.',
    )).toEqual([
      ['communes and wards with a digital help desk', '=', 100, '% of communes and wards', 2033],
      ['communes, wards and the Cô Tô special zone with 5G coverage', '=', 100, '% of communes, wards and the Cô Tô special zone', 2033],
      ['ferries to take electronic tickets', '=', 40, '%', 2033],
    ]);
  });

  it('reads an item whose verb acts on a whole of four words', () => {
    expect(targets('By 2033, the ministry aims to:',
      '- move all regional customs declaration records onto the cloud platform, by the end of 2031;',
      '- cut the average clearance time to no more than two hours.',
    ).map((t) => [t[2], t[3], t[4]])).toContainEqual([100, '% of regional customs declaration records', 2031]);
  });
});

describe('a count whose things are named in quotes', () => {
  it('is read as if they were not, its name without the marks', () => {
    expect(targets('By 2033, the province aims for:',
      '- 180 "smart hamlets" with free public Wi-Fi at the hamlet cultural house;',
      '- 40% of ferries to take electronic tickets.',
    )).toEqual([
      ['ferries to take electronic tickets', '=', 40, '%', 2033],
      ['smart hamlets with free public Wi-Fi at the hamlet cultural house', '=', 180, 'hamlets', 2033],
    ]);
  });
});

describe('a share of things placed somewhere, as a list item marked by a dash', () => {
  it('is named by its things and what they are to do, not by the dash', () => {
    expect(targets('By 2033, the province aims for:',
      '- 30 35% of the farms in the high-tech zone and the river valley to use at least one soil-moisture sensor;',
      '- 40% of ferries to take electronic tickets.',
    )).toContainEqual(['the farms in the high-tech zone and the river valley to use at least one soil-moisture sensor', '=', 30, '%', 2033]);
  });
});

describe('a time to be cut, measured at a place named in capitals', () => {
  it('is a duration target', () => {
    expect(targets('By 2033, the programme aims for:',
      '- the average waiting time for a truck at Lào Cai international railway station to fall to no more than 45 minutes, from about three hours now;',
      '- 40% of ferries to take electronic tickets.',
    )).toContainEqual(['average waiting time for a truck at Lào Cai international railway station to fall', '<=', 45, 'minutes', 2033]);
  });
});

describe('what a post or a rumour claims', () => {
  it('is no target, while the plan\'s own figure after it is', () => {
    expect(targets('A video shared on several pages alleges that every farm household must buy a paid weather-alert subscription by 30 June 2030,'
      + ' at a fee of VND 300,000 a year.',
      'Rumours that all fishing boats must fit a second tracking device by the end of 2031 are also false.',
      'Under the plan, 90% of farm households are to receive free weather alerts by 2032.',
    )).toEqual([['farm households to receive free weather alerts', '=', 90, '%', 2032]]);
  });
});

describe('an item marked by a letter, its own deadline first, whose thing is for all of a whole', () => {
  it('is every one of the whole, by the item\'s deadline', () => {
    expect(targets('Article 2. Targets', 'By 2035:',
      'a) at least 85% of fishing vessels to report catches electronically;',
      'b) by the end of 2033, digital permits to be issued for all dive sites in the Cù Lao Chàm marine park.',
    )).toContainEqual(['digital permits to be issued for all dive sites in the Cù Lao Chàm marine park', '=', 100, '% of dive sites', 2033]);
  });
});

describe('a plan\'s aims quoted in a tender notice', () => {
  it('reads a whole of the province a centre is to connect, and a time to answer on a numbered hotline', () => {
    expect(targets('Under the plan, the operations centre is to connect all 96 communes and wards of the province by the end of 2030.',
      'The plan also aims for the average time to answer a citizen\'s report on the 1022 hotline to fall to no more than 15 minutes by 2031.',
      'The ward cut the time needed to approve a permit from 120 days to 45 days last year.',
    )).toEqual([
      ['average time to answer a citizen\'s report on the 1022 hotline to fall', '<=', 15, 'minutes', 2031],
      ['communes and wards of the province connected', '=', 100, '% of communes and wards', 2030],
    ]);
  });
});

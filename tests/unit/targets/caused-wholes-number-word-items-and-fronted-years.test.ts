import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

const targetsOf = (date: string, ...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(date, ...lines) }).targets
  .map((t) => [t.metric, t.comparator, t.value, t.unit, t.deadline]);

describe('items of a list of aims whose verb acts on every one of a whole, or on a count in words', () => {
  it('reads "have every …", "give every …", "put all …" items as every one of the whole, 100%', () => {
    expect(targetsOf('12/03/2030', 'By 2031, the province will:', '- have every coffee cooperative label its sacks with QR codes;',
      '- give every commune and ward a public Wi-Fi zone;', '- put all farmers\' irrigation plots on the digital water map.'))
      .toEqual([
        ['give every commune and ward a public Wi-Fi zone', '=', 100, '% of communes and wards', 2031],
        ['have every coffee cooperative label its sacks with QR codes', '=', 100, '% of coffee cooperatives', 2031],
        ['put all farmers\' irrigation plots on the digital water map', '=', 100, '% of farmers\' irrigation plots', 2031],
      ]);
  });

  it('reads a count of thousands in words after an item\'s verb, not a number word as the verb', () => {
    expect(targetsOf('12/03/2030', 'By 2031, the province will:', '- help thirty thousand fishing households sell their catch online;'))
      .toEqual([['fishing households sell their catch online', '=', 30000, 'households', 2031]]);
    expect(targetsOf('12/03/2030', 'By 2031, the province aims for:', '- two hundred thousand farmers to use the Digital Farmer app;'))
      .toEqual([['farmers to use the Digital Farmer app', '=', 200000, 'farmers', 2031]]);
  });

  it('reads "give every commune, ward and special zone a …" whole, the thing given in its metric', () => {
    expect(targetsOf('12/03/2030', 'By 2031, the province will:', '- give every commune, ward and special zone a public Wi-Fi zone and a '
      + 'community digital technology team;'))
      .toEqual([['give every commune, ward and special zone a public Wi-Fi zone and a community digital technology team', '=', 100,
        '% of communes, wards and special zones', 2031]]);
  });

  it('reads "eight hundred and fifty …" opening an item as one number, never its last word alone', () => {
    expect(targetsOf('12/03/2030', 'By 2035, the province aims to:', '- eight hundred and fifty forest rangers will be trained as drone pilots;'))
      .toEqual([['forest rangers will be trained as drone pilots', '=', 850, 'rangers', 2035]]);
  });

  it('reads no whole in an item that reports what was done, or acts on a thing without "all" or "every"', () => {
    expect(targetsOf('12/03/2030', 'By 2031, the province will:', '- have a digital map of its forests;')).toEqual([]);
  });
});

describe('a year set off right after "and," dates the clause after it, not the figure before it', () => {
  it('gives the figure before it the paragraph\'s year', () => {
    expect(targetsOf('12/03/2030', 'By 2034, the digital economy should reach 25 percent of GRDP. Bình Phước also aims to rank in the top 10 '
      + 'of the Provincial Innovation Index and, by 2032, to cut the time needed to register a business to two working days.')
      .map(([metric, , value, , deadline]) => [value, deadline, /Innovation Index/.test(String(metric))]))
      .toContainEqual([10, 2034, true]);
  });

  it('gives an item\'s first figure its list\'s year and the clause after "and," its own', () => {
    expect(targetsOf('12/03/2030', 'By 2035, the Standing Board concluded, the province must:', '- put every commune on the shared data '
      + 'platform, and, by the end of 2032, connect every rice cooperative to the provincial traceability system;')
      .map(([, , value, unit, deadline]) => [value, unit, deadline]))
      .toEqual([[100, '% of rice cooperatives', 2032], [100, '% of communes', 2035]]);
  });
});

import { describe, expect, it } from 'vitest';
import { timelineOf } from '../events/helpers.ts';
import { amountParser } from '../../../src/pipeline/targets/amount-parser.ts';

/** The targets of one text: deadline, metric, value, max, unit, in a fixed order. */
const targetsOf = (...lines: string[]) => timelineOf({ 'a.txt': ['Gia Lai sets its chip scheme', 'Posted: 10/07/2029', ...lines].join('\n\n') })
  .targets.map((t) => [t.deadline, t.metric, t.value, t.max, t.unit]).sort((a, b) => String(a).localeCompare(String(b)));

describe('a range of things to gain, "from … to …" after the verb that gains them', () => {
  it('reads "Attract from 8 to 10 foreign-invested projects" as a range, not a baseline and a count', () => {
    expect(targetsOf('a) By 2030:', '- Attract from 8 to 10 foreign-invested projects in chip testing;', '- Build one shared clean room.'))
      .toEqual([[2030, 'foreign-invested projects in chip testing', 8, 10, 'projects']]);
  });
});

describe('a count after "when" that tells its year', () => {
  it('reads "An interim target is set for 2031, when 25 provinces and cities are to run …" as due that year', () => {
    expect(targetsOf('An interim target is set for 2031, when 25 provinces and cities are to run their portals on open-source platforms.')
      .map((t) => [t[0], t[2]])).toEqual([[2031, 25]]);
  });
});

describe('every one of a whole made to do a thing', () => {
  it('reads "- require every ministry to publish its source code …" under a frame as all of them', () => {
    expect(targetsOf('By 2033, the programme aims to:', '- require every ministry to publish its source code on the national repository.',
      '- hold a yearly open-source week.'))
      .toEqual([[2033, 'ministries publish its source code on the national repository', 100, null, '% of ministries']]);
  });

  it('reads "- make every <thing> (that …) accept …" under a frame as all of them, the relative clause no part of the things', () => {
    expect(targetsOf('By 2033, the programme aims to:', '- make every public service that requires a stamp accept digital seals;',
      '- hold a yearly open-source week.'))
      .toEqual([[2033, 'public services accept digital seals', 100, null, '% of public services']]);
  });

  it('reads all of a whole whose owner is named, and all that a body handles "to be available fully online"', () => {
    expect(targetsOf('By 2032, the province aims for:', '- all 2,400 relics and artefacts of the Gia Lai Provincial Museum to have 3D records;',
      '- a yearly heritage week.'))
      .toEqual([[2032, 'relics and artefacts with 3D records', 100, null, '% of relics and artefacts']]);
    expect(targetsOf('The department has set an aim for its own work: all 72 of the administrative procedures it handles are to be '
      + 'available fully online by the end of 2031. Fifty of them already are.'))
      .toEqual([[2031, 'administrative procedures available fully online', 100, null, '% of administrative procedures']]);
    // (What was available is no aim: "Last year all 72 procedures were available online.")
    expect(targetsOf('Last year all 72 of the procedures it handles were available fully online.')).toEqual([]);
  });

  it('reads all of a whole with a body\'s name before their noun, doing a thing told at length; their count is no target', () => {
    expect(targetsOf('By the end of 2031, the union aims for all 69 commune-level Front committees to use the "Digital Front" app to '
      + 'collect residents\' opinions and complaints.')).toEqual([[2031,
      'commune-level Front committees use the "Digital Front" app to collect residents\' opinions and complaints', 100, null,
      '% of commune-level Front committees']]);
  });
});

describe('counts after a verb, qualified, or a part of a whole, or the gerund of an aim', () => {
  it('reads "be home to at least 20 of the 50 strategic technology enterprises" as at least 20 enterprises', () => {
    expect(targetsOf('The province aims to be home to at least 20 of the 50 strategic technology enterprises by 2031.'))
      .toEqual([[2031, 'strategic technology enterprises', 20, null, 'enterprises']]);
  });

  it('reads "with the aim of connecting 900 laboratories by the end of 2030"', () => {
    expect(targetsOf('The ministry launched a platform for booking equipment, with the aim of connecting 900 laboratories by the end of 2030.'))
      .toEqual([[2030, 'laboratories', 900, null, 'laboratories']]);
  });

  it('ends a count\'s words before "and" and the next verb: "support at least 150 start-ups and set up 8 incubators"', () => {
    expect(targetsOf('The province aims to support at least 150 innovative start-ups and set up 8 business incubators by 2030.'))
      .toEqual([[2030, 'business incubators', 8, null, 'incubators'], [2030, 'innovative start-ups supported', 150, null, 'start-ups']]);
  });
});

describe('counts of a whole\'s members and of the places a thing is set up in', () => {
  it('reads "a workforce of 40,000 semiconductor engineers by the same date" as the engineers counted', () => {
    expect(targetsOf('The province aims for chip exports of US$5 billion by 2030 and a workforce of 40,000 semiconductor engineers by the same date.')
      .filter((t) => t[4] === 'engineers')).toEqual([[2030, 'semiconductor engineers', 40000, null, 'engineers']]);
  });

  it('reads "set up technology transfer offices in 20 public universities" as a count of the universities', () => {
    expect(targetsOf('By 2031, the ministry aims to set up technology transfer offices in 20 public universities and research institutes.'))
      .toEqual([[2031, 'technology transfer offices in public universities and research institutes', 20, null, 'institutes']]);
  });
});

describe('a count between two numbers in words, or sharing one scale word', () => {
  const range = (text: string) => amountParser.propose(text).map((p) => [p.value, p.max, p.unit]);

  it('reads "between twelve and fifteen thousand" and "between 12 and 15 thousand" as 12,000 to 15,000', () => {
    expect(range('- between twelve and fifteen thousand start-ups and small enterprises will be registered as suppliers;'))
      .toEqual([[12000, 15000, 'enterprises']]);
    expect(range('By 2035, between 12 and 15 thousand start-ups will be registered as suppliers.')).toEqual([[12000, 15000, 'start-ups']]);
    expect(range('between two and three million tourists a year')).toEqual([[2000000, 3000000, 'tourists']]);
  });

  it('keeps each end\'s own scale, and small counts in words as they are', () => {
    expect(range('between five and seven new industrial parks')).toEqual([[5, 7, 'parks']]);
    expect(range('between three thousand and 3,500 cooperatives')).toEqual([[3000, 3500, 'cooperatives']]);
  });
});

describe('a thing an aim extends from one count to another', () => {
  it('is the count it reaches, the one it starts from its baseline ("extend its … warnings from 24 to 40 mountain communes")', () => {
    const [extended] = amountParser.propose('By 2032, the station aims to extend its automated flash-flood warnings from 24 to 40 mountain communes.');
    expect(extended && [extended.metric, extended.value, extended.max, extended.unit, extended.baseline?.value])
      .toEqual(['automated flash-flood warnings', 40, null, 'communes', 24]);
    // (Not "the number of …", which names what is counted.)
    expect(amountParser.propose('The province aims to increase the number of digital villages from 24 to 40.').map((p) => p.metric))
      .not.toContain('number of digital villages');
  });
});

describe('a share after the document a clause opens under', () => {
  it('takes its words from the things after it, not from "Under Plan No. …,"', () => {
    expect(targetsOf('Under Plan No. 4172/KH-UBND on digital disaster risk management to 2030, 95% of residents in at-risk communes are to '
      + 'receive a warning on their phones.').map(([, metric, value]) => [metric, value]))
      .toEqual([['residents in at-risk communes to receive a warning on their phones', 95]]);
    expect(targetsOf('Under the plan, 95% of residents in at-risk communes are to receive a warning on their phones by 2030.')
      .map(([, metric]) => metric)).toEqual(['residents in at-risk communes to receive a warning on their phones']);
  });
});

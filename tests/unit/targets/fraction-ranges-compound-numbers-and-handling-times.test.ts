import { describe, expect, it } from 'vitest';
import { amountParser } from '../../../src/pipeline/targets/amount-parser.ts';
import { numberOf } from '../../../src/pipeline/targets/quantity.ts';
import { dated, timelineOf } from '../events/helpers.ts';

const values = (text: string) => amountParser.propose(text).map((p) => [p.comparator, p.value, p.max, p.unit]);
const targetsOf = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('14/09/2029', ...lines) }).targets
  .map((t) => [t.metric, t.comparator, t.value, t.max, t.unit, t.deadline, t.scope]);

describe('fractions in ranges, numbers of thousands and hundreds in words, shares written twice, times to handle a thing', () => {
  it('reads a range of two fractions, and fifths and tenths, as shares', () => {
    expect(values('between a fifth and a quarter of farm produce sales to go through e-commerce platforms')).toEqual([['=', 20, 25, '%']]);
    expect(values('a third to a half of communes to have a digital crop map')).toEqual([['=', 33.3, 50, '%']]);
    expect(values('two-fifths of cooperatives to sell online')).toEqual([['=', 40, null, '%']]);
    expect(values('one tenth of cooperatives to be audited')).toEqual([['=', 10, null, '%']]);
    // (Not a part of a stretch of time.)
    expect(values('In the first half of 2031 the ward trained its staff')).toEqual([]);
  });

  it('reads a number of thousands and hundreds written in words as one number', () => {
    expect(numberOf('one thousand five hundred')).toBe(1500);
    expect(numberOf('one hundred and fifty')).toBe(150);
    expect(numberOf('Two hundred thousand')).toBe(200_000);
    expect(numberOf('Fifty-five')).toBe(55);
    expect(values('One thousand five hundred engineers are to be trained in satellite data science'))
      .toEqual([['=', 1500, null, 'engineers']]);
    expect(values('the plan aims for one hundred and fifty digital technology enterprises to be operating in the province'))
      .toEqual([['=', 150, null, 'enterprises']]);
  });

  it('reads a share written twice around "to" as one range, but not a change from one level to another', () => {
    expect(values('- 75 per cent to 80 per cent of adults to hold a digital signature;')).toEqual([['=', 75, 80, '%']]);
    expect(values('By 2030 the digital economy is to make up 15 per cent to 18 per cent of GRDP.')).toEqual([['=', 15, 18, '% of GRDP']]);
    expect(values('The share is to rise from 40% to 60% by 2030.')).toEqual([['=', 60, null, '%']]);
  });

  it('reads the aims of one sentence set apart by semicolons, each after "for", with every one of a whole among them', () => {
    expect(targetsOf('By 2030, Cửa Tùng aims for the digital economy to account for 22 per cent of GRDP; for three hundred innovative '
      + 'start-ups to be operating in the province; for every one of our 64 communes and wards to be connected to fibre and 5G.')).toEqual([
      ['communes and wards connected to fibre and 5G', '=', 100, null, '% of communes and wards', 2030, 'Vietnam'],
      ['digital economy share of GRDP', '=', 22, null, '% of GRDP', 2030, 'Vietnam'],
      ['innovative start-ups to be operating in the province', '=', 300, null, 'start-ups', 2030, 'Vietnam'],
    ]);
  });

  it('reads every one of a whole "to carry" a thing, as to have it, pluralising its head before what picks it out', () => {
    expect(targetsOf('By 2032, the plan aims for:', '- every longan orchard registered for export to carry a digital growing-area code;',
      '- all fishing boats to carry a satellite beacon.')).toEqual([
      ['fishing boats carry a satellite beacon', '=', 100, null, '% of fishing boats', 2032, 'Vietnam'],
      ['longan orchards registered for export carry a digital growing-area code', '=', 100, null,
        '% of longan orchards registered for export', 2032, 'Vietnam'],
    ]);
  });

  it('reads a thing to be handled in no more than a time as the time to handle it, a department\'s own aim when it says so', () => {
    const found = targetsOf('The Hòa Bình Department of Agriculture and Environment also set an aim for its own work: it will process every '
      + 'application for a growing-area code online, in no more than 3 working days, by 2031.');
    expect(found).toEqual([['time to process every application for a growing-area code online', '<=', 3, null, 'working days', 2031,
      'Hòa Bình Department of Agriculture and Environment']]);
    // ("Within" a time is a procedure's limit, no aim.)
    expect(targetsOf('By 2030, the centre is to answer each petition within 5 days.')).toEqual([]);
  });
});

describe('a legal text\'s objectives written in the present, and a ministry\'s duty it says is its own aim', () => {
  const resolution = (...items: string[]) => targetsOf('ACTION PROGRAMME', 'I. OBJECTIVES', '1. By 2034:', ...items);

  it('reads an item that owns and operates a range, a part of it "of them" by where it is built, and all of a whole that uses a thing', () => {
    expect(resolution('a) Vietnam owns and operates four to five weather satellites, at least one of them built in Vietnam;',
      'b) All 34 provinces and centrally run cities use satellite data to map floods, by the end of 2031;')).toEqual([
      ['provinces and centrally run cities use satellite data to map floods', '=', 100, null, '% of provinces and centrally run cities', 2031,
        'Vietnam'],
      ['weather satellites', '=', 4, 5, 'satellites', 2034, 'Vietnam'],
      ['weather satellites built in Vietnam', '>=', 1, null, 'satellites', 2034, 'Vietnam'],
    ]);
    // (What a text says a place owns now is no target.)
    expect(targetsOf('By 2030 the province will train more engineers. Today it owns 3 weather radars.')).toEqual([]);
  });

  it('reads an item of a ministry\'s duties that says it is an aim for its own work as the ministry\'s', () => {
    expect(targetsOf('II. TASKS AND SOLUTIONS', '1. The Ministry of Agriculture and Environment shall:',
      'a) As an aim for its own administrative procedures, cut the time for licensing fishing ports to no more than 15 working days by 2031;',
      'b) Set up a national fisheries data centre.')).toEqual([
      ['time for licensing fishing ports', '<=', 15, null, 'days', 2031, 'Ministry of Agriculture and Environment'],
    ]);
  });
});

describe('an emulation movement\'s aims: its quoted name, what each is to build, the title things are to earn, its scorecard', () => {
  const movement = (...lines: string[]) => targetsOf('Điện Biên launches "Whole province competes in digital transformation" for 2029–2031',
    'On Tuesday morning (4/9), the Điện Biên Provincial Emulation and Commendation Council launched the movement "Whole province competes in '
      + 'digital transformation" for 2029–2031.', ...lines);

  it('reads the province its title names, not a quoted name\'s first word, and every one of a whole to build at least one thing', () => {
    expect(movement('By the end of 2031, the movement aims for:',
      '- every commune and ward to build at least one digital model in farming or tourism;',
      '- four hundred households to be recognised as "digital farming households".')).toEqual([
      ['communes and wards build at least one digital model', '=', 100, null, '% of communes and wards', 2031, 'Dien Bien'],
      ['households to be recognised as digital farming households', '=', 400, null, 'households', 2031, 'Dien Bien'],
    ]);
  });

  it('reads no target in the rules of its scorecard', () => {
    expect(movement('Each agency, commune and ward will be scored on a 100-point scorecard in 2031: 40 points for digital services, 30 for '
      + 'digital models and 30 for data.', 'By 2031, collectives scoring at least 90 points will be proposed for a Certificate of Merit.'))
      .toEqual([]);
  });
});

describe('a school\'s course notice', () => {
  it('reads its own second aim after "and to" that puts all of its courses on a platform, and no target in the notice\'s fields', () => {
    expect(targetsOf('The Cao Bằng Provincial School of Politics opens a course on AI in commune administration.',
      'The school\'s own aim is to train 900 commune officials through this course by the end of 2032, and to put all of its short courses '
        + 'on its e-learning platform by 2031.',
      'Course details for 2031:', '- Participants: 50 officials of communes and wards, nominated by their People\'s Committees',
      '- Fee: VND 2,100,000 per participant, covered by the provincial budget')).toEqual([
      ['short courses put on its e-learning platform', '=', 100, null, '% of short courses', 2031, 'Cao Bằng Provincial School of Politics'],
      ['commune officials trained through this course', '=', 900, null, 'officials', 2032, 'Cao Bằng Provincial School of Politics'],
    ]);
  });
});

describe('a service centre\'s assistant: support, a size that picks things out, and the centre\'s own aim', () => {
  it('reads no target in fee support or in a size that says who may register, and the centre\'s aim to answer questions as its own', () => {
    expect(targetsOf('The Vĩnh Long Provincial Public Administration Service Centre put its virtual assistant into service.',
      'Cooperatives taking part in the plan\'s pilot receive 100% fee support in 2029. Orchards of less than 0.5 hectares can register '
        + 'through a cooperative.',
      'The centre aims to answer 85% of questions through the assistant, without an officer, by the end of 2030.')).toEqual([
      ['questions through the assistant answered', '=', 85, null, '%', 2030, 'Vĩnh Long Provincial Public Administration Service Centre'],
    ]);
  });
});

describe('a broker\'s note on a listed company\'s own plan', () => {
  it('reads "become one of the top 3 … in Vietnam by capacity" as the company\'s rank by what ranks it, and no target in the analyst\'s view', () => {
    expect(targetsOf('Hồng Lam Data Centre JSC (HLD) runs two data centres in Hải Phòng.', 'The company\'s own plan',
      'Under Board Resolution No. 41/2030/NQ-HĐQT dated 28/2/2030, HLD\'s board approved a development plan. '
        + 'The plan aims to:', '- raise total IT load capacity to 90 MW by 2032, from 40 MW today;',
      '- become one of the top 5 colocation providers in Vietnam by capacity by 2032.',
      'In our view, roughly a third of new capacity will go to the Hải Phòng corridor by 2035.')).toEqual([
      ['colocation providers by capacity', 'top', 5, null, 'rank among colocation providers in Vietnam', 2032, 'Hồng Lam Data Centre JSC'],
      ['total IT load capacity', '=', 90, null, 'MW', 2032, 'Hồng Lam Data Centre JSC'],
    ]);
  });
});

describe('one of a thing for each target', () => {
  it('reads no target in naming one leader for each target, but one team in every union is every union with one', () => {
    expect(values('Secretary Lộc asked the Provincial People\'s Committee to name one leader responsible for each target.')).toEqual([]);
    expect(values('The union aims to set up at least one digital support team in every commune youth union by 2028.'))
      .toEqual([['=', 100, null, '% of commune youth unions']]);
  });
});

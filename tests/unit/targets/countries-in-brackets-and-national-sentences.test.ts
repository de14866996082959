import { describe, expect, it } from 'vitest';
import { amountParser } from '../../../src/pipeline/targets/amount-parser.ts';
import { timelineOf } from '../events/helpers.ts';

/** The targets of a speech at a province's conference: deadline, metric, value, unit, scope and benchmark. */
const targetsOf = (...lines: string[]) => timelineOf({ 'a.txt': ['Full text: a deputy minister\'s speech in Cần Thơ', 'Posted: 14/11/2031',
  'CẦN THƠ – The Deputy Minister of Education spoke at the Cần Thơ City Conference on Digital Schools this morning.', ...lines].join('\n\n') })
  .targets.map((t) => [t.deadline, t.metric, t.value, t.scope, t.benchmark?.value ?? null]);
const read = (text: string) => amountParser.propose(text, { ownAim: false, aimed: true }).map((p) => [p.metric, p.value, p.unit]);

describe('another country\'s figure in brackets, and a sentence about the whole country in a local text', () => {
  it('reads the country\'s figure as the benchmark, and the figures as the country\'s', () => {
    expect(targetsOf(
      'By 2034, every lower secondary school in the country is to be linked to a teacher-training college by video; at least 90 percent of '
        + 'pupils are to have a digital learning record; and AI tutoring is to be used in 20–25 percent of provincial schools (Korea: 45 percent).',
    )).toEqual([
      [2034, 'AI tutoring used in share of provincial schools', 20, 'Vietnam', 45],
      [2034, 'lower secondary schools linked to a teacher-training college by video', 100, 'Vietnam', null],
      [2034, 'pupils to have a digital learning record', 90, 'Vietnam', null],
    ]);
  });

  it('reads a place\'s figure in words as its benchmark, and a ranking\'s "nationwide" as no word of the country\'s', () => {
    expect(targetsOf('Your own plan aims for six digital schools in the city by 2033 (Hải Phòng: five).'))
      .toEqual([[2033, 'digital schools in the city', 6, 'Can Tho City', 5]]);
    expect(targetsOf('- the city is to rank in the top 3 nationwide on the Digital Transformation Index (DTI) by 2032.').map((t) => t[3]))
      .toEqual(['Can Tho City']);
  });
});

describe('what a body handles, and a share of the registered', () => {
  it('reads a mass noun a body handles within a time, an acronym before it', () => {
    expect(read('from 2032, the Ministry of Education will certify AI teaching software within 45 days of receiving a complete dossier.'))
      .toEqual([['time to certify AI teaching software', 45, 'days']]);
  });

  it('reads "of registered …" as an adjective, no report of what was registered', () => {
    expect(targetsOf('The report sets two targets for the end of 2032:', '- all schools to publish their timetables online;',
      '- and at least 35 percent of registered online tutors to issue electronic receipts.').map((t) => [t[0], t[1], t[2]]))
      .toEqual([[2032, 'registered online tutors to issue electronic receipts', 35], [2032, 'schools publish their timetables online', 100]]);
  });
});

describe('a share told in words, what a leader wants, and a thing given to a share', () => {
  it('reads "six in ten adults" as 60 percent, wanted by a year, with a benchmark in brackets', () => {
    expect(targetsOf('He also wanted seven in ten adults in Cần Thơ to hold a digital signature by 2032 (national target: 50 per cent), up from 34 '
      + 'per cent today.')).toEqual([[2032, 'adults in Cần Thơ to hold a digital signature', 70, 'Can Tho City', 50]]);
  });

  it('names what is made to reach a share, and the share of whom a thing is given to, due by a month', () => {
    expect(read('Lực asked the city to make the digital economy reach 22 per cent of GRDP by 2030.'))
      .toEqual([['digital economy share of GRDP', 22, '% of GRDP']]);
    expect(read('- provide level-2 accounts to 100 per cent of pupils aged 14 and over by December 31, 2032;'))
      .toEqual([['pupils aged 14 and over with level-2 accounts', 100, '%']]);
    expect(read('- let parents log in with e-ID for all eligible school procedures by June 2033;'))
      .toEqual([['let parents log in with e-ID for all eligible school procedures', 100, '% of eligible school procedures']]);
  });
});

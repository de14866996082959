import { describe, expect, it } from 'vitest';
import { timelineOf } from '../events/helpers.ts';

/** The targets of one text: deadline, value and scope, in a fixed order. */
const targetsOf = (lines: string[]) => timelineOf({ 'a.txt': lines.join('\n\n') }).targets.map((t) => [t.deadline, t.value, t.scope])
  .sort((a, b) => String(a).localeCompare(String(b)));

describe('a list frame of several sentences', () => {
  const frame = (opening: string) => targetsOf([
    'Gia Lai reviews its digital plan',
    'Posted: 12/05/2030',
    'The Gia Lai Provincial People\'s Committee reviewed its digital transformation plan at a meeting on Monday.',
    `The meeting reviewed Plan No. 88/KH-UBND, which carries out the Politburo's Resolution 57-NQ/TW. ${opening}`,
    '- 90% of administrative dossiers submitted online;',
    '- at least 70% of adults with a digital signature.',
  ]);

  it('gives the items to the province when the sentence that opens the list is the province\'s', () => {
    expect(frame('Under the plan, by the end of 2030 the province is to reach:').map((t) => t[2])).toEqual(['Gia Lai', 'Gia Lai']);
  });

  it('does not give them to the country for a national instrument the plan carries out, named in an earlier sentence', () => {
    expect(frame('By 2031, it aims for:').map((t) => t[2])).toEqual(['Gia Lai', 'Gia Lai']);
  });

  it('gives them to the country when that sentence is the nation\'s', () => {
    expect(frame('By 2030 the country is to reach:').map((t) => t[2])).toEqual(['Vietnam', 'Vietnam']);
  });
});

describe('places a text names in passing', () => {
  it('takes no people\'s adjective for a city: "every large Vietnamese city"', () => {
    const found = targetsOf([
      'Cities to get live models of their streets',
      'Posted: 04/06/2030',
      'HÀ NỘI – The Deputy Prime Minister signed a decision approving a programme that aims to give every large Vietnamese city a live model of its streets.',
      'By 2035, the programme aims to:',
      '- train twenty thousand urban data specialists;',
    ]);
    expect(found.map((t) => t[2])).toEqual(['Vietnam']);
  });

  it('gives a foreign province its own aim when it opens the sentence and the text names it with its kind', () => {
    const found = targetsOf([
      'Điện Biên and Huaphanh agree to link their telecom networks',
      'Posted: 20/03/2031',
      'A delegation of the Điện Biên Provincial People\'s Committee held talks with a delegation of Huaphanh province, Lao PDR.',
      'Điện Biên aims to connect 90% of its communes to 5G by 2033. Huaphanh aims to connect 80% of its villages to mobile broadband by 2032.',
    ]);
    expect(found).toEqual([[2032, 80, 'Huaphanh'], [2033, 90, 'Dien Bien']]);
  });
});

describe('a military command\'s own aims', () => {
  it('gives the items of "For its own work, the command aims … to:" to the command the text names', () => {
    const found = targetsOf([
      'Border guards take their patrol logs online',
      'Posted: 20/09/2030',
      'The Tây Ninh Provincial Border Guard Command on Thursday held a conference to review its digital transformation in border management.',
      'Under the provincial plan, by 2032 at least 95% of households in the border communes are to have electronic identification accounts.',
      'For its own work, the command aims by the end of 2031 to:',
      '- train three hundred officers and soldiers as the core digital staff of the posts;',
    ]);
    expect(found).toEqual([[2031, 300, 'Tây Ninh Provincial Border Guard Command'], [2032, 95, 'Tay Ninh']]);
  });
});

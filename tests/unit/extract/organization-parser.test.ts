import { describe, expect, it } from 'vitest';
import { organizationParser } from '../../../src/pipeline/extract/organization-parser.ts';
import { parseWith } from './helpers.ts';

const found = (text: string) => parseWith(organizationParser, text).map((m) => m.name);

describe('ENOrganizationParser', () => {
  it('reads bodies by their head noun, with an "of" complement and an enumeration', () => {
    expect(found('The Ministry of Natural Resources and Environment, the Central Steering Committee for Science, Technology, and Innovation and the Vietnam Women’s Union met.')).toEqual([
      'Ministry of Natural Resources and Environment', 'Central Steering Committee for Science, Technology, and Innovation', 'Vietnam Women’s Union',
    ]);
  });

  it('reads a body whose words before its head are a list closed by "and"', () => {
    expect(found('The council set up the Yên Bái Science, Technology and Innovation Development Fund.')).toEqual([
      'Yên Bái Science, Technology and Innovation Development Fund',
    ]);
    // (Not a comma before names that close no list: "In Yên Bái, Science Park Authority …".)
    expect(found('In Yên Bái, the Science Park Authority met.')).toEqual(['Science Park Authority']);
  });

  it('reads a firm named by its trade ("Sông Lam Semiconductor", "Hương Giang Robotics"), apart from a person joined to it by "and"', () => {
    expect(found('Sông Lam Semiconductor aims to produce chips, and Hương Giang Robotics will export robot arms.'))
      .toEqual(['Sông Lam Semiconductor', 'Hương Giang Robotics']);
    expect(found('Chairman Cao Minh Triết and Sao Mai Semiconductor signed an agreement.')).toEqual(['Sao Mai Semiconductor']);
  });

  it('reads a sub-unit whose head has its prefix: "Customs Sub-Department of Region XXVI"', () => {
    expect(found('The Customs Sub-Department of Region XIV held a dialogue.')).toEqual(['Customs Sub-Department of Region XIV']);
    // (Its head in lower case after the prefix.)
    expect(found('The Nghệ An Sub-department of Standards, Metrology and Quality informs traders.'))
      .toEqual(['Nghệ An Sub-department of Standards, Metrology and Quality']);
  });

  it('stops at "and the", and before a person named after the body', () => {
    expect(found('Head of the Central Economic Commission Tran Luu Quang, the Ministry of Justice and the State Bank of Vietnam.')).toEqual([
      'Central Economic Commission', 'Ministry of Justice', 'State Bank of Vietnam',
    ]);
  });

  it('skips a head inside a longer proper noun', () => {
    expect(found('They met at the National Assembly House and the Central Party Headquarters.')).toEqual([]);
  });

  it('qualifies a provincial body with the province its sentence names', () => {
    expect(parseWith(organizationParser, 'In Lao Cai province, the Provincial People’s Committee met.').map((m) => [m.name, m.key])).toEqual([
      ['Lao Cai Provincial People’s Committee', 'lao cai provincial people committee'],
    ]);
  });
});

describe('companies by their legal form, and names that open with a letter outside ASCII', () => {
  it('reads a company named with its legal form, which ends its name before the next one', () => {
    expect(found('In July, Hồng Hà Optics JSC shipped modules. Kim Sơn Infrastructure JSC and Hanoi University signed a deal.').toSorted())
      .toEqual(['Hanoi University', 'Hồng Hà Optics JSC', 'Kim Sơn Infrastructure JSC']);
    expect(found('Daesung Precision Co and Nexa Semicon Pte Ltd (Singapore) will invest.').toSorted()).toEqual(['Daesung Precision Co', 'Nexa Semicon Pte Ltd']);
  });

  it('keeps the first word of a name that opens with a capital outside ASCII', () => {
    expect(found('Đà Nẵng University opened a lab with Ức Trai Institute.').toSorted()).toEqual(['Đà Nẵng University', 'Ức Trai Institute']);
  });
});

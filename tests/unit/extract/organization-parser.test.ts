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

import { describe, expect, it } from 'vitest';
import { organizationParser } from '../../../src/pipeline/extract/organization-parser.ts';
import { personParser } from '../../../src/pipeline/extract/person-parser.ts';
import { parseWith, people } from './helpers.ts';

describe('the armed forces\' commands and their officers', () => {
  it('reads a command as a body: "Provincial Border Guard Command", "Border Guard High Command"', () => {
    const found = parseWith(organizationParser, 'The Gia Lai Provincial Border Guard Command carries out the Border Guard High Command\'s Directive No. 4.')
      .map((m) => m.name);
    expect(found).toEqual(['Gia Lai Provincial Border Guard Command', 'Border Guard High Command']);
  });

  it('reads a political commissar and a chief of staff with their command', () => {
    expect(people(parseWith(personParser, 'Colonel Hà Văn Toản, Political Commissar of the Gia Lai Provincial Border Guard Command, also attended.')))
      .toEqual(['Hà Văn Toản: Political Commissar of the Gia Lai Provincial Border Guard Command']);
    expect(people(parseWith(personParser, 'Lieutenant Colonel Lò Thị Mai, Chief of Staff of the Gia Lai Provincial Military Command, said so.')))
      .toEqual(['Lò Thị Mai: Chief of Staff of the Gia Lai Provincial Military Command']);
  });
});

import { describe, expect, it } from 'vitest';
import { personParser } from '../../../src/pipeline/extract/person-parser.ts';
import { parseWith, people } from './helpers.ts';

describe('past and acting titles', () => {
  it('keeps "Acting Minister of …" as written', () => {
    expect(people(parseWith(personParser, 'Acting Minister of Science and Technology Nguyen Hai Dang chaired the conference.')))
      .toEqual(['Nguyen Hai Dang: Acting Minister of Science and Technology']);
  });

  it('does not give a "former" title as a role, but still knows the name is a person', () => {
    const found = parseWith(personParser, 'It was attended by former Minister of Information and Communications Do Van Khiem.');
    expect(people(found)).toEqual(['Do Van Khiem: ']);
    expect(found[0]!.certain).toBe(true);
  });

  it('keeps the present title after "former … and now …"', () => {
    const text = 'Nguyen Huu Tam, former Minister of Science and Technology and now President of the Vietnam Union of Science and Technology Associations, called for a fund.';
    expect(people(parseWith(personParser, text))).toEqual(['Nguyen Huu Tam: President of the Vietnam Union of Science and Technology Associations']);
  });
});

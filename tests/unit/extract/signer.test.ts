import { describe, expect, it } from 'vitest';
import { personParser } from '../../../src/pipeline/extract/person-parser.ts';
import { extractFrom, parseWith, people } from './helpers.ts';

describe("a document's signer", () => {
  it('is a person, without a role, after "Signer:", "Signed by" or "(signed)"', () => {
    for (const text of ['Signer: Ho Duc Thanh', 'Signed by Pham Quoc Thinh', '(signed and sealed) Tran Hong Ha']) {
      const [m] = parseWith(personParser, text);
      expect(m).toMatchObject({ certain: true, roles: [] });
    }
  });

  it('is not certain from a bare name alone', () => {
    expect(parseWith(personParser, 'Ho Duc Thanh')[0]!.certain).toBe(false);
  });
});

describe('a signer in a table row, and a signer\'s title printed under the name', () => {
  it('reads "Signer | <name>" as a signer, as "Signer: <name>"', () => {
    const [m] = parseWith(personParser, 'Signer | Phan Văn Mãi');
    expect(m).toMatchObject({ name: 'Phan Văn Mãi', certain: true, roles: [] });
  });

  it('takes the title printed under a signer\'s name, below a line in capitals', () => {
    expect(people(extractFrom('Requests must be sent through the system no later than 10 days before bid closing.', 'HEAD OF THE PROCURING ENTITY',
      'Lương Thế Bảo', 'Director of the Sơn La Provincial Digital Transformation Centre')))
      .toEqual(['Lương Thế Bảo: Director of the Sơn La Provincial Digital Transformation Centre']);
  });
});

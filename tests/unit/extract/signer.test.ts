import { describe, expect, it } from 'vitest';
import { personParser } from '../../../src/pipeline/extract/person-parser.ts';
import { parseWith } from './helpers.ts';

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

import { describe, expect, it } from 'vitest';
import { ingest, MAX_INPUT_BYTES } from '../../../src/pipeline/ingest.ts';
import { formatMessage } from '../../../src/pipeline/diagnostics.ts';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));
const messagesOf = (input: Uint8Array, size?: number) =>
  ingest({ path: 'seeds/x.txt', bytes: input, ...(size ? { size } : {}) }).file.messages.map(formatMessage);

describe('ingest', () => {
  it('skips an empty file with a diagnostic naming it', () => {
    expect(messagesOf(bytes(''))).toEqual(['seeds/x.txt:1:1: empty file, skipped (ingest)']);
  });

  it('skips a whitespace-only file', () => {
    expect(messagesOf(bytes(' \n\t\r\n\u00a0'))).toEqual(['seeds/x.txt:1:1: empty file (whitespace only), skipped (ingest)']);
  });

  it('skips invalid UTF-8 and points at the line and column of the first bad byte', () => {
    expect(messagesOf(bytes('Hà Nội\nabc', [0xff], 'def'))).toEqual(['seeds/x.txt:2:4: not valid UTF-8, skipped (ingest)']);
  });

  it('rejects overlong encodings and truncated sequences as invalid UTF-8', () => {
    expect(messagesOf(bytes('a', [0xc0, 0xaf]))).toEqual(['seeds/x.txt:1:2: not valid UTF-8, skipped (ingest)']);
    expect(messagesOf(bytes('ab', [0xe1, 0xba]))).toEqual(['seeds/x.txt:1:3: not valid UTF-8, skipped (ingest)']);
  });

  it('skips a binary file at its first NUL byte', () => {
    expect(messagesOf(bytes('PK', [3, 4, 0, 0]))).toEqual(['seeds/x.txt:1:5: binary file (NUL byte), skipped (ingest)']);
  });

  it('skips a file over the size limit without reading it', () => {
    expect(messagesOf(new Uint8Array(0), MAX_INPUT_BYTES + 1)).toEqual([
      `seeds/x.txt:1:1: larger than the 2 MiB limit (${MAX_INPUT_BYTES + 1} bytes), skipped (ingest)`,
    ]);
  });

  it('strips a BOM, unifies line endings and composes Unicode (NFC)', () => {
    const decomposed = 'To\u0302 La\u0302m'; // "Tô Lâm" with combining circumflexes
    const { result } = ingest({ path: 'seeds/x.txt', bytes: bytes('\ufeff', `${decomposed}\r\nline two\rthree\u200b`) });
    expect(result?.text).toBe('Tô Lâm\nline two\nthree');
    expect(result?.file.messages).toEqual([]);
  });
});

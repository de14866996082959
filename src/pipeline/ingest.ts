import { VFile } from 'vfile';
import type { Ingested, RawInput } from './types.ts';
import { bytePoint, firstInvalidUtf8 } from './utf8.ts';

/** Largest text the pipeline accepts, in bytes. Longer files are reported and skipped. */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;

/** Share of control characters above which a file counts as binary. */
const CONTROL_SHARE = 0.1;
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
/** Every character `normalize` replaces or drops (BOM, CR, controls, zero-width, non-breaking spaces), and so every control character counted. */
const SPECIAL = /[\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00a0\u200b-\u200d\u2007\u202f\u2060\uFEFF]/;

/**
 * Reads one input: rejects what cannot be used (oversized, empty, binary, invalid UTF-8)
 * with a positioned message on the file, else returns NFC text with LF line endings and no BOM.
 */
export function ingest(input: RawInput): { file: VFile; result?: Ingested } {
  const file = new VFile({ path: input.path });
  const { bytes } = input;
  const skip = (reason: string, ruleId: string, place?: { line: number; column: number }) => {
    const message = file.message(`${reason}, skipped`, { place, ruleId, source: 'ingest' });
    message.fatal = true;
    return { file };
  };
  const size = input.size ?? bytes.length;
  if (size > MAX_INPUT_BYTES) {
    return skip(`larger than the ${MAX_INPUT_BYTES / 1024 / 1024} MiB limit (${size} bytes)`, 'too-large');
  }
  if (bytes.length === 0) return skip('empty file', 'empty');
  const nul = bytes.indexOf(0);
  if (nul !== -1) return skip('binary file (NUL byte)', 'binary', bytePoint(bytes, nul));
  // The native decoder checks well-formedness (as firstInvalidUtf8 does) much faster; the hand-written one says where.
  let decoded: string;
  try {
    decoded = STRICT_UTF8.decode(bytes);
  } catch {
    const invalid = firstInvalidUtf8(bytes);
    if (invalid !== -1) return skip('not valid UTF-8', 'invalid-utf8', bytePoint(bytes, invalid));
    decoded = new TextDecoder('utf-8').decode(bytes);
  }
  // Most texts hold none of the characters normalize and the control count look for: one scan says so.
  const plain = !SPECIAL.test(decoded);
  const controls = plain ? 0 : decoded.match(/[\u0000-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (controls > 0 && controls / decoded.length > CONTROL_SHARE) return skip('binary file (control characters)', 'binary');
  const text = plain ? decoded.normalize('NFC') : normalize(decoded);
  if (text.trim() === '') return skip('empty file (whitespace only)', 'empty');
  file.value = text;
  return { file, result: { file, text } };
}

/** Strips a BOM, unifies line endings, drops control and zero-width characters, applies NFC. */
export function normalize(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u200c\u200d\u2060\uFEFF]/g, '')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .normalize('NFC');
}

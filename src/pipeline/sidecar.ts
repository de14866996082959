import { parseDocument } from 'yaml';
import { VFile } from 'vfile';
import { SidecarSchema, type Sidecar } from '../schemas/sidecar.ts';
import { formatIssues } from './zod-issues.ts';

/** Sidecar file names tried next to `name.txt`, in order. */
export const SIDECAR_SUFFIXES = ['.meta.json', '.meta.yaml', '.meta.yml'];

/**
 * Parses and validates a sidecar. Problems are reported on the sidecar's own file with
 * line:column; an invalid sidecar is ignored as a whole, so the text still builds from inference.
 */
export function readSidecar(path: string, bytes: Uint8Array): { file: VFile; data?: Sidecar } {
  const file = new VFile({ path });
  const text = new TextDecoder().decode(bytes);
  const report = (reason: string, ruleId: string, place?: { line: number; column: number }) => {
    file.message(`${reason}, sidecar ignored`, { place, ruleId, source: 'sidecar' });
    return { file };
  };
  let data: unknown;
  if (path.endsWith('.json')) {
    try {
      data = JSON.parse(text);
    } catch (error) {
      const offset = Number(/position (\d+)/.exec(String(error))?.[1] ?? NaN);
      return report(`invalid JSON (${(error as Error).message})`, 'sidecar-syntax', Number.isNaN(offset) ? undefined : point(text, offset));
    }
  } else {
    const doc = parseDocument(text);
    const [error] = doc.errors;
    if (error) {
      const pos = error.linePos?.[0];
      return report(`invalid YAML (${error.message.split('\n')[0]})`, 'sidecar-syntax', pos ? { line: pos.line, column: pos.col } : undefined);
    }
    data = doc.toJS();
  }
  const parsed = SidecarSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const issues = formatIssues(parsed.error);
    return report(`invalid metadata (${issues})`, 'sidecar-schema');
  }
  return { file, data: parsed.data };
}

function point(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

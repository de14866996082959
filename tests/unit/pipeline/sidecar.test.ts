import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../src/pipeline/diagnostics.ts';
import { readSidecar } from '../../../src/pipeline/sidecar.ts';

const read = (path: string, text: string) => readSidecar(path, new TextEncoder().encode(text));

describe('sidecars', () => {
  it('reads JSON and YAML overrides', () => {
    expect(read('seeds/a.meta.json', '{"title":"T","date":"2025-01","url":"https://example.org/a"}').data).toEqual({ title: 'T', date: '2025-01', url: 'https://example.org/a' });
    expect(read('seeds/a.meta.yaml', 'source: Nhân Dân\nlanguage: vi\n').data).toEqual({ source: 'Nhân Dân', language: 'vi' });
  });

  it('reports a JSON syntax error with its line and column, and is ignored', () => {
    const { file, data } = read('seeds/a.meta.json', '{\n  "title": "T",\n  oops\n}');
    expect(data).toBeUndefined();
    expect(file.messages.map(formatMessage)[0]).toMatch(/^seeds\/a\.meta\.json:3:3: invalid JSON .*, sidecar ignored \(sidecar\)$/);
  });

  it('reports a YAML syntax error with its line and column', () => {
    const { file } = read('seeds/a.meta.yaml', 'title: "unclosed\ndate: 2025\n');
    expect(file.messages.map(formatMessage)[0]).toMatch(/^seeds\/a\.meta\.yaml:\d+:\d+: invalid YAML/);
  });

  it('reports fields that do not fit, naming them', () => {
    const { file, data } = read('seeds/a.meta.json', '{"date":"13/01/2025","colour":"red"}');
    expect(data).toBeUndefined();
    const [message] = file.messages.map(formatMessage);
    expect(message).toContain('date: expected YYYY, YYYY-MM or YYYY-MM-DD');
    expect(message).toContain('colour');
  });
});

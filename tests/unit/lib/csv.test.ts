import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../src/lib/csv.ts';

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks', () => {
    expect(toCsv(['a', 'b'], [['x, y', 'say "hi"'], ['line\nbreak', null]])).toBe('a,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",\r\n');
  });

  it('keeps spreadsheet formulas in source text from running', () => {
    expect(['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)'].map(csvField)).toEqual(['"\'=HYPERLINK(""x"")"', "'+1", "'-2", "'@SUM(A1)"]);
    expect(csvField(-2)).toBe('-2');
  });
});

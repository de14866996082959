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

  it('neutralizes a text that starts with a tab or a carriage return, inside its quotes when it needs them', () => {
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('\r=1+1')).toBe('"\'\r=1+1"');
    expect(csvField('=1,2')).toBe('"\'=1,2"');
  });

  it('keeps numbers as numbers, negative ones too, and leaves texts that only contain a sign alone', () => {
    expect([-5, -0.25, 1e21].map(csvField)).toEqual(['-5', '-0.25', '1e+21']);
    expect(['a-b', 'x = y', 'mail@example.org', ''].map(csvField)).toEqual(['a-b', 'x = y', 'mail@example.org', '']);
  });
});

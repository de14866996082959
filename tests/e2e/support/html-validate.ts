import { readFileSync } from 'node:fs';
import { type ConfigData, HtmlValidate, type Report, StaticConfigLoader } from 'html-validate';

/**
 * html-validate with the repository's .htmlvalidate.json (the standard preset), loaded once by name:
 * looking it up beside each file would miss it for markup named by a URL and fall back to another preset.
 */
const validator = new HtmlValidate(new StaticConfigLoader(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData));

/** Every error and warning of a report, one line each: `file:line:column message (rule)`. */
const lines = (report: Report): string[] => report.results.flatMap((r) =>
  r.messages.map((m) => `${r.filePath}:${m.line}:${m.column} ${m.message} (${m.ruleId})`));

/** What html-validate reports on a built file. */
export async function htmlProblemsInFile(file: string): Promise<string[]> {
  return lines(await validator.validateFile(file));
}

/** What html-validate reports on markup fetched from the site, named by its URL in the report. */
export async function htmlProblemsInMarkup(markup: string, url: string): Promise<string[]> {
  return lines(await validator.validateString(markup, url));
}

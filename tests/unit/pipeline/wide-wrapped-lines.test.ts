import { describe, expect, it } from 'vitest';
import { logicalLines } from '../../../src/pipeline/clean/lines.ts';
import { timelineOf } from '../events/helpers.ts';

/** A paragraph wrapped at a width: its words on lines of at most `width` characters. */
function wrap(paragraph: string, width: number): string {
  const lines: string[] = [];
  for (const word of paragraph.split(' ')) {
    if (lines.length > 0 && `${lines.at(-1)} ${word}`.length <= width) lines[lines.length - 1] += ` ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

const PARAGRAPHS = [
  'The Red River Digital Index put the country 18th of 40 economies this year, up from 24th, the report released in Singapore on Tuesday said.',
  '"The jump comes mainly from the 5G roll-out and the shift of public services online," said Anika Raman, Research Director of the Harbour Policy Institute.',
  'Under the Government\'s plan, broadband speeds are to reach at least 300 Mbps by 2028 and the country aims to train 40,000 data specialists by the same year.',
  'The country also aims to have at least 30 national innovation centres by 2030, the plan says, against 12 at the end of last year.',
];

describe('a text wrapped wider than a hundred characters', () => {
  const text = ['DIGITAL ASIA NEWS', '16/09/2026', '', 'Vietnam climbs six places in regional digital index', '',
    ...PARAGRAPHS.flatMap((p) => [wrap(p, 130), ''])].join('\n');

  it('joins the lines of each paragraph, and keeps the header\'s lines apart', () => {
    const lines = logicalLines(text).map((l) => l.text);
    expect(lines.slice(0, 3)).toEqual(['DIGITAL ASIA NEWS', '16/09/2026', 'Vietnam climbs six places in regional digital index']);
    expect(lines.slice(3)).toEqual(PARAGRAPHS);
  });

  it('finds the person and the targets a line break cut', () => {
    const built = timelineOf({ 'seeds/a.txt': text });
    const raman = built.entities.find((e) => e.type === 'person' && e.name === 'Anika Raman');
    expect(raman && 'roles' in raman ? raman.roles?.map((r) => r.title) : raman).toEqual(['Research Director of the Harbour Policy Institute']);
    expect(built.targets.map((t) => [t.value, t.deadline]).sort()).toEqual([[30, 2030], [300, 2028], [40000, 2028]]);
  });

  it('leaves apart long headlines in a row that each start with a capital, in a text of one-line paragraphs', () => {
    // Each headline runs to more than three quarters of the widest line.
    const related = ['Related news', 'Provinces race to connect their land and population databases before the national deadline set for the end of next year',
      'Three ministries publish the first shared catalogue of open data sets for small firms, start-ups and researchers to use freely',
      'Central bank widens its sandbox for digital lending to cover small firms in the country\'s industrial parks and export zones',
      'Universities add two hundred places in chip design as the first graduates of the new programmes find well-paid jobs quickly'];
    expect(logicalLines(['Title of the text', '', ...PARAGRAPHS.flatMap((p) => [p, '']), ...related].join('\n')).map((l) => l.text))
      .toEqual(['Title of the text', ...PARAGRAPHS, ...related]);
  });

  it('keeps a long menu above a headline apart from it', () => {
    const menu = 'Home | Education | Admissions | Study Abroad | Campus Life | Opinion | Science | Technology | Tiếng Việt | English';
    expect(logicalLines([menu, 'ADMISSIONS 2026', '', ...PARAGRAPHS.flatMap((p) => [wrap(p, 130), ''])].join('\n')).map((l) => l.text).slice(0, 2))
      .toEqual([menu, 'ADMISSIONS 2026']);
  });

  it('leaves one-line paragraphs apart, and the lines of a text that breaks after each sentence', () => {
    const sentences = ['The forum opened on Monday.', 'Delegates from 12 provinces attended it.', 'Its report is due in March.'];
    expect(logicalLines(['Title of the text', '', ...PARAGRAPHS.flatMap((p) => [p, '']), ...sentences].join('\n')).map((l) => l.text))
      .toEqual(['Title of the text', ...PARAGRAPHS, ...sentences]);
  });
});

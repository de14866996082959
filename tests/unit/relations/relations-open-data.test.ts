import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/lib/csv.ts';
import { RELATIONS_TABLE, relationRecord } from '../../../src/lib/open-data.ts';
import { DATASETS } from '../../../src/schemas/open-data.ts';
import { writeOpenData } from '../../../scripts/lib/write-open-data.ts';
import { corpusOf, news } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'relations-open-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('relations.json and relations.csv in the open data', () => {
  it('are written beside the other files, records valid against their JSON Schema\'s zod source, with names and page paths', async () => {
    const { files, ...built } = corpusOf(
      news("The Provincial People's Committee has issued Plan No. 142/KH-UBND to concretise Resolution No. 57-NQ/TW of the Politburo."),
      news('Intro.', 'Report No. 305/BC-UBND covers Plan No. 142/KH-UBND on carrying out Resolution No. 45-NQ/TW of the Politburo.'),
    );
    const written = await writeOpenData(dir, built, '/kb/');
    expect(written.map((f) => f.name)).toEqual(expect.arrayContaining(['relations.json', 'relations.csv']));
    const records = DATASETS.find((d) => d.name === 'relations')!.schema.parse(JSON.parse(readFileSync(join(dir, 'relations.json'), 'utf8')));
    expect(records.map((r) => [r.fromName, r.kind, r.toName, r.fromPath, r.conflicts])).toEqual([
      ['Plan 142/KH-UBND', 'implements', 'Resolution 45-NQ/TW', '/kb/entities/plan/142-kh-ubnd/', ['plan-142-kh-ubnd--implements--resolution-57-nq-tw']],
      ['Plan 142/KH-UBND', 'implements', 'Resolution 57-NQ/TW', '/kb/entities/plan/142-kh-ubnd/', ['plan-142-kh-ubnd--implements--resolution-45-nq-tw']],
    ]);
    const csv = readFileSync(join(dir, 'relations.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toBe('id,kind,from,fromName,to,toName,body,bodyEntity,conflict,conflicts,documents,sources,cues');
    expect(csv[2]).toBe('plan-142-kh-ubnd--implements--resolution-57-nq-tw,implements,plan/142-kh-ubnd,Plan 142/KH-UBND,resolution/57-nq-tw,Resolution 57-NQ/TW,,,'
      + 'also said to implement Resolution 45-NQ/TW (party),plan-142-kh-ubnd--implements--resolution-45-nq-tw,text-0,text-0#p-1,to concretise');
  });

  it('keep a text cell that a spreadsheet would run as a formula from running', () => {
    const record = relationRecord({
      id: 'decision-1--establishes--plan-2', from: 'decision/1', to: 'plan/2', kind: 'establishes', body: '=HYPERLINK("x")', bodyEntity: null,
      sources: [], conflict: '-1 reason', conflicts: [],
    }, (id) => `@${id}`, (id) => `/entities/${id}/`);
    const [, row] = toCsv(RELATIONS_TABLE.columns, RELATIONS_TABLE.rows(record)).split('\r\n');
    expect(row).toBe('decision-1--establishes--plan-2,establishes,decision/1,\'@decision/1,plan/2,\'@plan/2,"\'=HYPERLINK(""x"")",,\'-1 reason,,,,');
  });
});

/** dist/data/facts.json: every fact record. */
import { factRecords, respond } from './_records.ts';

export const GET = async () => respond(`${JSON.stringify(await factRecords(), null, 1)}\n`, 'application/json');

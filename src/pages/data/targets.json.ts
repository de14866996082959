/** dist/data/targets.json: every target record. */
import { targetRecords, respond } from './_records.ts';

export const GET = async () => respond(`${JSON.stringify(await targetRecords(), null, 1)}\n`, 'application/json');

/** dist/data/entities.json: every entity record, mentions included. */
import { entityRecords, respond } from './_records.ts';

export const GET = async () => respond(`${JSON.stringify(await entityRecords(), null, 1)}\n`, 'application/json');

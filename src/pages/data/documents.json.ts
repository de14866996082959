/** dist/data/documents.json: every document record. */
import { documentRecords, respond } from './_records.ts';

export const GET = async () => respond(`${JSON.stringify(await documentRecords(), null, 1)}\n`, 'application/json');

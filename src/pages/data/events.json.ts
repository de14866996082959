/** dist/data/events.json: every event record. */
import { eventRecords, respond } from './_records.ts';

export const GET = async () => respond(`${JSON.stringify(await eventRecords(), null, 1)}\n`, 'application/json');

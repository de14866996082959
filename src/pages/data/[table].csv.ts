/** dist/data/<table>.csv: flat tables of the open data, for spreadsheets. */
import { documentsCsv, entitiesCsv, eventsCsv, factsCsv, mentionsCsv, rolesCsv, statementsCsv, targetsCsv } from '../../lib/open-data.ts';
import { documentRecords, entityRecords, eventRecords, factRecords, respond, targetRecords } from './_records.ts';

const TABLES = {
  documents: async () => documentsCsv(await documentRecords()),
  entities: async () => entitiesCsv(await entityRecords()),
  mentions: async () => mentionsCsv(await entityRecords()),
  roles: async () => rolesCsv(await entityRecords()),
  statements: async () => statementsCsv(await entityRecords()),
  events: async () => eventsCsv(await eventRecords()),
  targets: async () => targetsCsv(await targetRecords()),
  facts: async () => factsCsv(await factRecords()),
};

export const getStaticPaths = () => Object.keys(TABLES).map((table) => ({ params: { table } }));

export const GET = async ({ params }: { params: { table: keyof typeof TABLES } }) => respond(await TABLES[params.table](), 'text/csv');

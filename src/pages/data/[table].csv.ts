/** dist/data/<table>.csv: flat tables of the open data, for spreadsheets. */
import { documentsCsv, entitiesCsv, mentionsCsv, rolesCsv, statementsCsv } from '../../lib/open-data.ts';
import { documentRecords, entityRecords, respond } from './_records.ts';

const TABLES = {
  documents: async () => documentsCsv(await documentRecords()),
  entities: async () => entitiesCsv(await entityRecords()),
  mentions: async () => mentionsCsv(await entityRecords()),
  roles: async () => rolesCsv(await entityRecords()),
  statements: async () => statementsCsv(await entityRecords()),
};

export const getStaticPaths = () => Object.keys(TABLES).map((table) => ({ params: { table } }));

export const GET = async ({ params }: { params: { table: keyof typeof TABLES } }) => respond(await TABLES[params.table](), 'text/csv');

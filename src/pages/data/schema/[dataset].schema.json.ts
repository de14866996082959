/** dist/data/schema/<dataset>.schema.json: the JSON Schema of each open-data file. */
import { z } from 'zod';
import { DATASETS } from '../../../schemas/open-data.ts';

export const getStaticPaths = () => DATASETS.map((d) => ({ params: { dataset: d.name }, props: { dataset: d } }));

export const GET = ({ props }: { props: { dataset: (typeof DATASETS)[number] } }) => {
  const schema = { ...z.toJSONSchema(props.dataset.schema), title: `${props.dataset.name}.json`, description: props.dataset.about };
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};

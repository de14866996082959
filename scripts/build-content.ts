/**
 * Builds content/ from the texts under seeds/: reads the files, runs the pipeline, writes one
 * MDX page per text and a report, prints diagnostics. Exit code 0 unless --strict and a problem.
 * Usage: node scripts/build-content.ts [--strict] [--input seeds] [--out content] [--known data/known-entities.yaml]
 */
import { parseArgs } from 'node:util';
import { normalizeBase } from '../src/lib/base-path.ts';
import { buildCorpus } from '../src/pipeline/build.ts';
import { formatMessage } from '../src/pipeline/diagnostics.ts';
import { readInputs } from './lib/read-inputs.ts';
import { readKnownEntities } from './lib/read-known.ts';
import { writeContent } from './lib/write-content.ts';

const { values } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    input: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'content' },
    known: { type: 'string', default: 'data/known-entities.yaml' },
  },
});

const started = performance.now();
const { inputs, files: readFiles } = await readInputs(values.input);
const { known, file: knownFile } = await readKnownEntities(values.known);
readFiles.push(knownFile);
const { files, ...built } = buildCorpus(inputs, { known });
const { documents, entities, events, targets } = built;
await writeContent(values.out, built, [...readFiles, ...files], normalizeBase(process.env.BASE_PATH));

const messages = [...readFiles, ...files].flatMap((file) => file.messages);
for (const message of messages) console.error(formatMessage(message));
const skipped = messages.filter((m) => m.fatal).length;
console.log(
  `Built ${documents.length} document(s), ${entities.length} entities, ${events.length} events and milestones and ${targets.length} targets from ${inputs.length} text(s) in ${Math.round(performance.now() - started)} ms; ` +
  `${skipped} skipped, ${messages.length - skipped} warning(s).`,
);
if (values.strict && messages.length > 0) process.exitCode = 1;

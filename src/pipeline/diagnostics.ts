import type { VFile } from 'vfile';

/** A message attached to a file by a pipeline stage. */
export type Message = VFile['messages'][number];

/** One line per message: `seeds/x.txt:1:1: not valid UTF-8, skipped (ingest)`. */
export function formatMessage(message: Message): string {
  return `${String(message)}${message.source ? ` (${message.source})` : ''}`;
}

import { z } from 'zod';

/** One downloadable file under /data/, as the content build wrote it (content/data-files.json). */
export const DataFileSchema = z.object({
  name: z.string().describe('File name under /data/, e.g. `mentions.csv`.'),
  bytes: z.number().int().nonnegative().describe('Size in bytes.'),
  gzipBytes: z.number().int().nonnegative().nullable().describe('Size of the gzip copy (`<name>.gz`), offered for large files; null when there is none.'),
});
/** A downloadable file. */
export type DataFile = z.infer<typeof DataFileSchema>;

import { z } from 'zod';

/** Optional metadata next to a text (`<name>.meta.json` or `.meta.yaml`), overriding what the pipeline infers. */
export const SidecarSchema = z.strictObject({
  /** Title to show instead of the inferred one. */
  title: z.string().trim().min(1).optional(),
  /** Publication date, ISO 8601 as precise as known: `2025`, `2025-01` or `2025-01-13`. */
  date: z.union([z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'), z.date()]).optional(),
  /** Outlet or source name. */
  source: z.string().trim().min(1).optional(),
  /** Original URL of the text. */
  url: z.string().url().optional(),
  /** Main language of the text (BCP 47, e.g. `en`, `vi`). */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/).optional(),
});
/** A validated sidecar. */
export type Sidecar = z.infer<typeof SidecarSchema>;

import { z } from 'zod';

/** How precisely a date is known. */
export const DatePrecisionSchema = z.enum(['day', 'month', 'year']);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

/** Frontmatter of one generated document page (`content/documents/**\/*.mdx`). */
export const DocumentSchema = z.object({
  /** Stable id and URL path under /documents/, derived from the file path under seeds/. */
  id: z.string().regex(/^[a-z0-9]+(?:[-/][a-z0-9]+)*$/),
  /** Path of the source text, relative to the project root (e.g. `seeds/000_x.txt`). */
  file: z.string(),
  /** Title shown to readers. */
  title: z.string().min(1),
  /** Where the title came from: an explicit title line, the sidecar, or inferred from the lead. */
  titleSource: z.enum(['explicit', 'sidecar', 'inferred']),
  /** Other title lines, e.g. the Vietnamese original of an English headline. */
  alternateTitles: z.array(z.object({ text: z.string(), lang: z.string() })),
  /** Publication date as ISO 8601, as precise as known (`2025-01-13`, `2025-01`, `2025`); null when unknown. */
  date: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/).nullable(),
  /** Precision of `date`; null when the date is unknown. */
  datePrecision: DatePrecisionSchema.nullable(),
  /** Where the date came from. */
  dateSource: z.enum(['header', 'sidecar', 'text', 'none']),
  /** One sentence saying how the date was found or reasoned, for readers and researchers. */
  dateNote: z.string(),
  /** Outlet or source the text came from; null when unknown. */
  source: z.string().nullable(),
  /** Original URL, when known (sidecar or text). */
  url: z.string().url().nullable(),
  /** Main language (BCP 47). */
  language: z.string(),
  /** Every language detected in the text, main language first. */
  languages: z.array(z.string()),
  /** First body paragraph, plain text, for listings and previews. */
  excerpt: z.string(),
  /** Number of body blocks (paragraphs, headings, captions, lists), each with id `p-N`. */
  blockCount: z.number().int().nonnegative(),
  /** Number of words in the cleaned body. */
  wordCount: z.number().int().nonnegative(),
});
/** A generated document's frontmatter. */
export type DocumentData = z.infer<typeof DocumentSchema>;

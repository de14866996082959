import type { z } from 'zod';

/**
 * A zod error as one readable line for a diagnostic: `path: message` per issue, joined by `; `
 * (an issue about the whole value says `(root)`), so every schema failure reads the same way.
 */
export function formatIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}

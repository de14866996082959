/** Where build:content wrote what the site reads: `content/`, or the CONTENT_DIR environment variable (for benchmarks and tests). */
export const contentDir = (): string => process.env.CONTENT_DIR || 'content';

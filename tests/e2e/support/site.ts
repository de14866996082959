/** Base path the end-to-end build is served under: a sub-path, to catch links that ignore it. */
export const BASE_PATH = '/kb/sub/';

/** Output folder of the end-to-end build (gitignored). */
export const OUT_DIR = '.test-dist';

/** Output folder of a second build at the host's root (`/`), crawled for broken links only (gitignored). */
export const ROOT_OUT_DIR = '.test-dist-root';

/** The texts of the end-to-end build (gitignored): the seeds, and tests/e2e/texts/ under `lineage/`. */
export const INPUT_DIR = '.test-seeds';

/**
 * Texts written for the end-to-end tests, in the style of the seeds: a chain of instruments the seeds
 * lack (Resolution 57, the Government's resolution under it, a ministry plan and a provincial plan
 * under that, a decision setting up a steering committee under the plan, a plan amending it, one text
 * naming another resolution as the plan's: a conflict) and reports of the plan's target's progress.
 */
export const E2E_TEXTS = 'tests/e2e/texts';

/** Base path the end-to-end build is served under: a sub-path, to catch links that ignore it. */
export const BASE_PATH = '/kb/sub/';

/** Output folder of the end-to-end build (gitignored). */
export const OUT_DIR = '.test-dist';

/** Output folder of a second build at the host's root (`/`), crawled for broken links only (gitignored). */
export const ROOT_OUT_DIR = '.test-dist-root';

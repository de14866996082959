/** Where progress goes: a stream that may be a terminal (process.stderr by default). */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): boolean;
}

/** Reports how far a long step has got; `end` clears the line so the summary that follows stands alone. */
export interface Progress {
  /** `done` of `total` items of `step` are finished; a total of 0 is not known yet. */
  update(step: string, done: number, total: number): void;
  end(): void;
}

/** How often a terminal's progress line is redrawn, at most. */
const REDRAW_MS = 100;
/** Off a terminal, the fractions of a step that get a line of their own. */
const MILESTONES = [0.25, 0.5, 0.75];
/** Off a terminal, a step whose total is not known gets a line every so many items. */
const EVERY = 5000;

/**
 * A progress line for the long steps of a build. On a terminal it overwrites one line; in a log
 * (CI, a file, a test) it prints a line at a quarter, half and three quarters of a step that has
 * at least `quiet` items, so that a small build prints only its summary and a large one shows it
 * is alive without flooding the log (a step of unknown length: a line every 5,000 items).
 */
export function progress(stream: ProgressStream = process.stderr, { quiet = 1000 }: { quiet?: number } = {}): Progress {
  let shown = '';
  let drawn = 0;
  let passed = new Map<string, number>();
  return {
    update(step, done, total) {
      if (stream.isTTY) {
        const now = performance.now();
        if (done < total && now - drawn < REDRAW_MS) return;
        drawn = now;
        shown = total ? `${step}: ${done}/${total}` : `${step}: ${done}`;
        stream.write(`\r\x1b[2K${shown}`);
        return;
      }
      if (!total) {
        if (done > 0 && done % EVERY === 0) stream.write(`${step}: ${done}\n`);
        return;
      }
      if (total < quiet) return;
      const reached = MILESTONES.filter((m) => done >= m * total).length;
      if (reached > (passed.get(step) ?? 0)) {
        passed.set(step, reached);
        stream.write(`${step}: ${done}/${total}\n`);
      }
    },
    end() {
      if (stream.isTTY && shown) stream.write('\r\x1b[2K');
      shown = '';
      passed = new Map();
    },
  };
}

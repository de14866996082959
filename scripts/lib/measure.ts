import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

/** What one measured command did: wall time, the peak memory of its whole process tree, exit code, and the tail of its output. */
export interface Measured {
  ms: number;
  peakBytes: number;
  code: number | null;
  tail: string;
}

/** Resident memory of a process and all its descendants, in bytes, from /proc (0 where /proc is missing). */
async function treeRss(root: number): Promise<number> {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  let pids: string[];
  try { pids = (await readdir('/proc')).filter((p) => /^\d+$/.test(p)); } catch { return 0; }
  await Promise.all(pids.map(async (p) => {
    try {
      const status = await readFile(`/proc/${p}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      rss.set(Number(p), Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(p)]);
    } catch { /* the process ended meanwhile */ }
  }));
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Runs a command to its end, sampling the resident memory of its process tree every 200 ms
 * (the peak of the sum, which is what a machine must have), and keeps the last lines it printed.
 */
export function measure(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Measured> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    const keep = (chunk: Buffer) => { tail = (tail + chunk.toString()).slice(-8000); };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peakBytes = 0;
    const timer = setInterval(() => {
      if (child.pid) void treeRss(child.pid).then((bytes) => { peakBytes = Math.max(peakBytes, bytes); });
    }, 200);
    child.on('error', (error) => { clearInterval(timer); fail(error); });
    child.on('close', (code) => {
      clearInterval(timer);
      done({ ms: performance.now() - started, peakBytes, code, tail });
    });
  });
}

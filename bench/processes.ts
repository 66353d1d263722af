/**
 * The benchmark's processes: the sandbox and each server under test run as child processes of the driver, so the
 * load generator's CPU and memory are never in their figures. Each prints one JSON line when ready.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
const START_TIMEOUT_MS = 90_000;
/** What a child prints before its JSON ready line (its log may also write JSON lines to stdout). */
export const READY = 'bench-ready ';

export interface Child<T> {
  child: ChildProcess;
  pid: number;
  ready: T;
  stop(): Promise<void>;
}

/** Starts `node [nodeArgs] --import tsx script` (or a plain node script) and waits for its JSON ready line. */
export async function startChild<T>(
  script: string,
  env: Record<string, string>,
  options: { nodeArgs?: string[]; tsx?: boolean; cwd?: string } = {},
): Promise<Child<T>> {
  const args = [...(options.nodeArgs ?? []), ...(options.tsx === false ? [] : ['--import', 'tsx']), script];
  const child = spawn(process.execPath, args, { cwd: options.cwd ?? ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = await new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} printed no ready line within ${START_TIMEOUT_MS / 1000} s: ${stderr}`));
    }, START_TIMEOUT_MS);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (!line.startsWith(READY)) return;
      clearTimeout(timer);
      lines.removeAllListeners('line');
      child.stdout!.resume();
      resolve(JSON.parse(line.slice(READY.length)) as T);
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code} before it was ready: ${stderr}`));
    });
  });
  return {
    child,
    pid: child.pid!,
    ready,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The process's peak resident set (VmHWM) in bytes since the last resetPeak. Linux only; undefined elsewhere. */
export function peakRss(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Resets VmHWM to the current RSS (writing 5 to /proc/<pid>/clear_refs), so the next peak is this cell's own. */
export function resetPeak(pid: number): void {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // Not Linux, or not allowed: the peak then covers the process's life so far (the figures say so).
  }
}

/** CPU time (user + system) the process has used, all its threads, in ms, from /proc/<pid>/stat; undefined off Linux. */
export function cpuMs(pid: number): number | undefined {
  return cpuMsOf(`/proc/${pid}/stat`);
}

/**
 * CPU time of the process's main thread alone (the event loop: JavaScript, and the garbage collector's share it runs
 * itself), from /proc/<pid>/task/<pid>/stat. The rest of cpuMs is V8's helper threads (parallel and concurrent
 * collection, compilation) and libuv's thread pool (file writes).
 */
export function mainThreadCpuMs(pid: number): number | undefined {
  return cpuMsOf(`/proc/${pid}/task/${pid}/stat`);
}

function cpuMsOf(path: string): number | undefined {
  try {
    const stat = readFileSync(path, 'utf8');
    // Fields after the command name (which may hold spaces, in parentheses): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
/** USER_HZ: 100 on every Linux the project runs on (getconf CLK_TCK). */
const CLOCK_TICKS = 100;

/** The process's resident set now, in bytes. */
export function rss(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

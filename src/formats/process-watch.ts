// Watches a child process from outside: its resident memory and CPU time, read from
// /proc every few milliseconds, and the child killed the moment it crosses a limit.
// The V8 heap limit alone does not hold: inflated parts are Buffers, outside the heap.
import { readFileSync } from "node:fs";

const PAGE = 4096;
// Linux counts CPU time in clock ticks of 1/100 s (USER_HZ) on every platform Node runs on.
const TICK_MS = 10;

/** The part of `ProcessLimits` (src/domain/limits.ts) a watch needs. */
export interface WatchLimits {
  maxRssMb: number;
  maxCpuMs: number;
  sampleMs: number;
}

export interface ProcessSample {
  rssMb: number;
  cpuMs: number;
}

/** The process's resident memory and CPU time so far; null when it is gone (or there is no /proc). */
export function sampleProcess(pid: number): ProcessSample | null {
  try {
    const rssPages = Number(readFileSync(`/proc/${pid}/statm`, "latin1").split(" ")[1]);
    const stat = readFileSync(`/proc/${pid}/stat`, "latin1");
    // Fields after the command name (which may hold spaces), from field 3: utime is 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { rssMb: (rssPages * PAGE) / 1024 / 1024, cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS };
  } catch {
    return null;
  }
}

/** A watch on one process: `check` looks now (true once a limit was passed), `stop` ends it. */
export interface ProcessWatch {
  check(): boolean;
  stop(): void;
  /**
   * Whether the process, out of wall time, had less than half a CPU for the time it ran: the machine is busy, not the
   * file heavy. Such a file is answered "send it again in a moment", never "too complex", which would send its sender
   * to cut it.
   */
  slowedDown(): boolean;
}

/**
 * Calls `over` (once) when the process passes its memory limit, or spends more CPU time
 * than its limit from now on: every `sampleMs`, and whenever `check` is called (a caller
 * checks before it accepts an answer, so a fast process cannot answer between samples).
 */
export function watchProcess(
  pid: number,
  limits: WatchLimits,
  over: (what: "memory" | "cpu", sample: ProcessSample) => void,
): ProcessWatch {
  const start = sampleProcess(pid);
  let passed = false;
  const check = () => {
    if (passed) return true;
    const now = sampleProcess(pid);
    if (!now || !start) return false;
    const what = now.rssMb > limits.maxRssMb ? "memory" : now.cpuMs - start.cpuMs > limits.maxCpuMs ? "cpu" : null;
    if (!what) return false;
    passed = true;
    clearInterval(timer);
    over(what, now);
    return true;
  };
  const timer = setInterval(check, limits.sampleMs);
  timer.unref();
  const started = Date.now();
  const slowedDown = () => {
    const now = sampleProcess(pid);
    // CPU time is counted in ticks: one tick more is no sign of work.
    return !!now && !!start && now.cpuMs - start.cpuMs - TICK_MS < (Date.now() - started) / 2;
  };
  return { check, stop: () => clearInterval(timer), slowedDown };
}

// CPU clocks for the bench and the time-growth tests, in ms. Neither counts a busy machine's waits.
import { readFileSync } from 'node:fs';

/** The whole process's CPU time: the main thread plus V8's garbage-collector and compiler threads. */
export function processCpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * The calling thread's CPU time: how long the engine blocked the thread that answers the editor.
 * Linux's /proc/thread-self/schedstat gives it to the nanosecond; elsewhere, process CPU time.
 */
export const threadCpuMs: () => number = (() => {
  const read = (): number => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  try {
    return read() > 0 ? read : processCpuMs;
  } catch {
    return processCpuMs;
  }
})();

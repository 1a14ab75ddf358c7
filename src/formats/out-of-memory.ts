// A worker given a small heap may run out of it in two ways: V8 ends the process (SIGABRT),
// or an allocation outside the heap fails and throws ("Array buffer allocation failed"),
// which code reading a file would otherwise take for a broken file. Both mean the file is
// too much for the worker's limits, never that it is corrupt.

/** Whether `error` is memory running out rather than something wrong in the file. */
export function isOutOfMemory(error: unknown): boolean {
  return error instanceof RangeError && /allocation failed|out of memory/i.test(error.message);
}

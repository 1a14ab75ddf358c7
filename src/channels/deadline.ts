// A signal for one call: aborted when the caller's signal is, or when `ms` have passed.
// Unlike AbortSignal.any, it leaves no listener on the caller's signal once `done` is
// called, so a long-lived signal (a poller's) does not collect one per call.
export interface Deadline {
  signal: AbortSignal;
  /** True once the time ran out (rather than the caller aborting). */
  readonly expired: boolean;
  done(): void;
}

export function deadline(ms: number, outer?: AbortSignal): Deadline {
  const controller = new AbortController();
  let expired = false;
  const onAbort = () => controller.abort(outer?.reason);
  outer?.addEventListener("abort", onAbort, { once: true });
  if (outer?.aborted) onAbort();
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new DOMException(`no answer within ${ms} ms`, "TimeoutError"));
  }, ms);
  return {
    signal: controller.signal,
    get expired() {
      return expired;
    },
    done() {
      clearTimeout(timer);
      outer?.removeEventListener("abort", onAbort);
    },
  };
}

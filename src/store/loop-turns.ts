// Turns of the event loop shared by every long job on the bot's thread (storing a list's
// rows, putting its findings in words). On SQLite the driver runs on this thread and a
// whole chain of queries resolves in microtasks, so a job that merely awaited setImmediate
// between its slices would, with ten lists stored at once, run ten slices in one turn of
// the loop: its waiters all wake in the same check phase. Here the waiters queue, and one
// is woken per turn, so a turn holds one slice however many jobs are running, and the
// timers and I/O of every other chat are served between any two slices.
const waiting: (() => void)[] = [];
let waking = false;

function wakeNext(): void {
  const next = waiting.shift();
  if (!next) {
    waking = false;
    return;
  }
  // Its slice runs in the microtasks after this callback; the next waiter wakes in the
  // next turn (an immediate set during the check phase runs in the following one).
  next();
  setImmediate(wakeNext);
}

/** Resolves in a turn of the event loop of its own, after the jobs that asked before it. */
export function loopTurn(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    if (!waking) {
      waking = true;
      setImmediate(wakeNext);
    }
  });
}

// A chain of queries on SQLite (a command's dozen reads, a list's bookkeeping after it is
// stored) resolves in microtasks: awaited one after another, they never give the loop back.
// So each plain query first checks how long this turn has been running queries, and past
// the budget waits for the next turn: however long the chain, other chats' timers and I/O
// are served every few milliseconds of it. The turn is counted from its first query.
const QUERY_BUDGET_MS = 12;
let turnStart = 0;
let counting = false;

function elapsedInTurn(): number {
  const now = performance.now();
  if (!counting) {
    counting = true;
    turnStart = now;
    setImmediate(() => {
      counting = false;
    });
  }
  return now - turnStart;
}

/** Resolves at once while this turn has run queries for less than the budget, else in the next turn. */
export function paceQuery(): Promise<void> | undefined {
  if (elapsedInTurn() < QUERY_BUDGET_MS) return undefined;
  return new Promise((resolve) => setImmediate(resolve));
}

// Starts a child process that reads a user's file (a plan, a list) beside the bot.
import { fork, type ChildProcess } from "node:child_process";
import { getPriority, setPriority } from "node:os";

// The bot's own thread answers chats; a file being read can wait a few milliseconds more.
// A worker runs at a lower priority (a nice value ten above the bot's, which any process
// may set on its children), so that with every core busy the bot's turns come first.
const NICER = 10;
const LOWEST = 19;

/** A child process running `script` with a V8 heap of `heapMb`, messages in the advanced serialisation. */
export function forkWorker(script: string, heapMb: number): ChildProcess {
  const worker = fork(script, [], {
    execArgv: [`--max-old-space-size=${heapMb}`],
    serialization: "advanced",
    // Its own output (an out-of-memory report) is not the bot's log.
    stdio: ["ignore", "ignore", "ignore", "ipc"],
  });
  worker.on("error", () => {});
  try {
    if (worker.pid) setPriority(worker.pid, Math.min(LOWEST, getPriority() + NICER));
  } catch {
    // A platform without priorities reads the file all the same.
  }
  return worker;
}

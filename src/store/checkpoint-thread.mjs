// A thread of its own that moves the write-ahead log of the bot's SQLite file into the
// database (a checkpoint). A checkpoint syncs the log and the file to disk, which takes tens
// of milliseconds on a busy disk: run on the bot's thread, as SQLite does by default at the
// commit that fills the log, it held every chat's turn that long. Here the bot's commits
// only append to the log, and the disk waits happen on this thread. Plain JavaScript, so that
// the thread starts in milliseconds without a TypeScript loader (scripts/build.mjs copies it).
import { clearInterval, setInterval } from "node:timers";
import { parentPort, workerData } from "node:worker_threads";
import Sqlite from "better-sqlite3";

const { path, everyMs } = workerData;
const db = new Sqlite(path, { fileMustExist: true });

// PASSIVE never waits for a reader or writer: what it cannot move now, it moves next time.
const timer = setInterval(() => {
  try {
    db.pragma("wal_checkpoint(PASSIVE)");
  } catch {
    // Busy with another checkpointer (a second instance on the file): its turn, not ours.
  }
}, everyMs);

parentPort.once("message", () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});

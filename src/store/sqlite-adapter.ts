// Prisma's better-sqlite3 adapter, made safe for several processes on one file (the bot,
// the CLI, a second instance): transactions start with BEGIN IMMEDIATE. The adapter's plain
// BEGIN is deferred, and a deferred transaction that read first and then writes while
// another process wrote gets SQLITE_BUSY at once, without waiting out the busy timeout
// (SQLite does so to avoid a deadlock); taking the write lock at BEGIN makes writers queue
// on the timeout instead.
//
// The journal is a write-ahead log with `synchronous = NORMAL`: a commit appends to the log
// and does not wait for the disk, readers never wait for a writer, and only a checkpoint
// syncs. The bot moves its checkpoints to a thread of its own (checkpoint-thread.mjs), so its
// chats never wait on the disk; a process that dies loses no commit, and a power cut at most
// those of the last checkpoint interval (README "Database").
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlQuery } from "@prisma/driver-adapter-utils";
import { Worker } from "node:worker_threads";
import { paceQuery } from "./loop-turns.ts";

interface SqliteConnection {
  prepare(sql: string): unknown;
  pragma(sql: string): unknown;
}

type FactoryConfig = ConstructorParameters<typeof PrismaBetterSqlite3>[0] & { url: string };

/** How often the bot's checkpoint thread moves the log into the database. */
export const CHECKPOINT_EVERY_MS = 1000;

function connectionOf(adapter: SqlDriverAdapter): SqliteConnection {
  const client = (adapter as unknown as { client?: SqliteConnection }).client;
  if (!client || typeof client.prepare !== "function") {
    // The adapter's internals changed: fail at start, not under contention later.
    throw new Error(
      "@prisma/adapter-better-sqlite3 no longer exposes its connection: check src/store/sqlite-adapter.ts",
    );
  }
  return client;
}

/** Every statement the adapter prepares on `connection` goes through `change` first. */
function rewrite(connection: SqliteConnection, change: (sql: string) => string): void {
  const prepare = connection.prepare.bind(connection);
  connection.prepare = (sql: string) => prepare(change(sql));
}

export class SharedSqliteAdapterFactory extends PrismaBetterSqlite3 {
  constructor(
    private readonly settings: FactoryConfig,
    private readonly checkpoints: "inline" | "thread" = "inline",
  ) {
    super(settings);
  }

  override async connect(): Promise<SqlDriverAdapter> {
    const adapter = await super.connect();
    const connection = connectionOf(adapter);
    connection.pragma("journal_mode = WAL");
    connection.pragma("synchronous = NORMAL");
    // After a burst the log is cut back to this size when it starts over.
    connection.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
    if (this.checkpoints === "thread" && this.settings.url !== ":memory:")
      checkpointInThread(adapter, connection, this.settings.url);
    rewrite(connection, (sql) => (sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql));
    ordered(adapter);
    return adapter;
  }
}

/**
 * The schema engine asks for `locking_mode = EXCLUSIVE` before it migrates; on a write-ahead
 * log that lock cannot be had while any other connection (the bot, the CLI, the client that
 * found the migration pending) has the file open, so migrations and `db check` failed as
 * "busy". Each migration runs in a transaction of its own, which is all the safety it needs.
 */
export class SchemaEngineSqliteAdapterFactory extends PrismaBetterSqlite3 {
  override async connect(): Promise<SqlDriverAdapter> {
    const adapter = await super.connect();
    rewrite(connectionOf(adapter), (sql) =>
      /^PRAGMA main\.locking_mode\s*=\s*EXCLUSIVE$/i.test(sql) ? "SELECT 1" : sql,
    );
    return adapter;
  }
}

/** Checkpoints leave the connection's thread; if the thread ever stops, they come back. */
function checkpointInThread(adapter: SqlDriverAdapter, connection: SqliteConnection, path: string): void {
  connection.pragma("wal_autocheckpoint = 0");
  const worker = new Worker(new URL("./checkpoint-thread.mjs", import.meta.url), {
    workerData: { path, everyMs: CHECKPOINT_EVERY_MS },
  });
  worker.unref();
  let closing = false;
  worker.on("error", () => {});
  worker.on("exit", () => {
    if (!closing) connection.pragma("wal_autocheckpoint = 1000");
  });
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    closing = true;
    worker.ref();
    worker.postMessage("stop");
    // A thread that does not stop within a second is stopped: closing never hangs on it.
    const exited = new Promise((resolve) => worker.once("exit", resolve));
    const late = setTimeout(() => void worker.terminate(), 1000);
    await exited;
    clearTimeout(late);
    return dispose();
  };
}

/**
 * Plain queries never run inside another's transaction, and give the loop back. The adapter
 * has one connection and serialises transactions only: a read from another chat, made while a
 * plan import's transaction was open, ran inside it and answered with rows that might still be
 * rolled back. Here it waits for the transaction to end. It also waits for the next turn of
 * the event loop once this one has run queries long enough (loop-turns.ts). A transaction's
 * own queries are not paced: it holds the write lock, and spreading it over turns would hold
 * every other writer longer.
 */
function ordered(adapter: SqlDriverAdapter): void {
  let open: Promise<void> | null = null;
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const transaction = await startTransaction(isolationLevel);
    let end!: () => void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    open = ended;
    const finish = () => {
      if (open === ended) open = null;
      end();
    };
    const commit = transaction.commit.bind(transaction);
    const rollback = transaction.rollback.bind(transaction);
    transaction.commit = () => commit().finally(finish);
    transaction.rollback = () => rollback().finally(finish);
    return transaction;
  };
  const turn = async () => {
    while (open) await open;
    await paceQuery();
  };
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.queryRaw = async (query: SqlQuery) => {
    await turn();
    return queryRaw(query);
  };
  adapter.executeRaw = async (query: SqlQuery) => {
    await turn();
    return executeRaw(query);
  };
}

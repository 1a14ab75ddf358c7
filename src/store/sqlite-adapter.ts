// Prisma's better-sqlite3 adapter, made safe for several processes on one file (the bot,
// the CLI, a second instance): transactions start with BEGIN IMMEDIATE. The adapter's plain
// BEGIN is deferred, and a deferred transaction that read first and then writes while
// another process wrote gets SQLITE_BUSY at once, without waiting out the busy timeout
// (SQLite does so to avoid a deadlock); taking the write lock at BEGIN makes writers queue
// on the timeout instead. (The journal stays SQLite's default: in write-ahead-log mode
// Prisma's schema engine finds the file busy while the client has it open.)
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlQuery } from "@prisma/driver-adapter-utils";
import { paceQuery } from "./loop-turns.ts";

interface SqliteConnection {
  prepare(sql: string): unknown;
}

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

export class SharedSqliteAdapterFactory extends PrismaBetterSqlite3 {
  override async connect(): Promise<SqlDriverAdapter> {
    const adapter = await super.connect();
    const connection = connectionOf(adapter);
    const prepare = connection.prepare.bind(connection);
    connection.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
    ordered(adapter);
    return adapter;
  }
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

// One Prisma schema, two engines: SQLite in a file by default, PostgreSQL when several
// instances share the work. Prisma generates one client per provider (its query
// compiler is provider-specific); both have the same model API, so the rest of the
// code sees one PrismaClient type.
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { directStatements, type DirectExecute } from "./direct-statements.ts";
import type { PrismaClient } from "./generated/sqlite/client.ts";

export type { PrismaClient };

/**
 * Values per `IN (…)` list, and rows per batched write: Prisma refuses a condition listing
 * more than 999 values on SQLite (createMany it splits itself by the engine's limit).
 */
export const CHUNK = 500;
export type Provider = "sqlite" | "postgresql";

export interface Database {
  provider: Provider;
  url: string;
  client: PrismaClient;
  /** A fresh adapter factory, for the schema engine (migrations, drift checks). */
  adapterFactory(): SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

const opened = new WeakMap<object, { provider: Provider; execute: DirectExecute }>();

function openedHere(client: PrismaClient) {
  const found = opened.get(client);
  if (!found) throw new Error("a client not opened by openDatabase");
  return found;
}

/** The engine behind a client opened here, for the few statements written in SQL. */
export const clientProvider = (client: PrismaClient): Provider => openedHere(client).provider;

/** Statements on the client's own driver adapter, for values of megabytes (direct-statements.ts). */
export const directExecute = (client: PrismaClient): DirectExecute => openedHere(client).execute;

export function providerOf(url: string): Provider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(`DATABASE_URL must start with file: or postgresql://, not "${url.split(":")[0]}:"`);
}

/** Absolute path of a file: URL, relative paths taken from the working directory. */
export function sqlitePath(url: string): string {
  const path = url.slice("file:".length).split("?")[0]!;
  return path === ":memory:" ? path : resolve(path);
}

export interface OpenOptions {
  /** The bot's own connection: on SQLite, its checkpoints run in a thread of their own (sqlite-adapter.ts). */
  service?: boolean;
}

/**
 * Opens a client; Prisma and the driver are loaded here, on first use, because loading them
 * takes most of a second: commands that need no database (help, plan parse) start without.
 */
export async function openDatabase(url: string, options: OpenOptions = {}): Promise<Database> {
  const provider = providerOf(url);
  if (provider === "sqlite") {
    const [{ SchemaEngineSqliteAdapterFactory, SharedSqliteAdapterFactory }, { PrismaClient }] = await Promise.all([
      import("./sqlite-adapter.ts"),
      import("./generated/sqlite/client.ts"),
    ]);
    const path = sqlitePath(url);
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    // A busy timeout lets two processes (bot and CLI, or two instances) share the file: a
    // writer waits up to 15 s for another's transaction (a plan import) to end; see
    // sqlite-adapter.ts for why the client's transactions take the write lock at their start.
    // The schema engine keeps the adapter's own transactions: it holds several connections
    // of its own at once, and one of them taking the write lock early would block the others.
    const adapterFactory = () => new SchemaEngineSqliteAdapterFactory({ url: path, timeout: 15_000 });
    const checkpoints = options.service ? "thread" : "inline";
    const adapter = new SharedSqliteAdapterFactory({ url: path, timeout: 15_000 }, checkpoints);
    const client = new PrismaClient({ adapter });
    opened.set(client, {
      provider,
      execute: directStatements(
        adapter,
        () => "?",
        () => client.$connect(),
      ),
    });
    return { provider, url, client, adapterFactory, close: () => client.$disconnect() };
  }
  const [{ PrismaPg }, { PrismaClient: PostgresClient }, { CatalogFriendlyClient }] = await Promise.all([
    import("@prisma/adapter-pg"),
    import("./generated/postgresql/client.ts"),
    import("./pg-schema-client.ts"),
  ]);
  const adapterFactory = () => new PrismaPg({ connectionString: url, Client: CatalogFriendlyClient });
  const adapter = new PrismaPg({ connectionString: url });
  const client = new PostgresClient({ adapter }) as unknown as PrismaClient;
  opened.set(client, {
    provider,
    execute: directStatements(
      adapter,
      (i) => `$${i}`,
      () => client.$connect(),
    ),
  });
  return { provider, url, client, adapterFactory, close: () => client.$disconnect() };
}

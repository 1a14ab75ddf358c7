// Prisma's own CLI (`prisma migrate deploy`, `migrate status`, `migrate diff` …) drives
// its schema engine as a child process speaking JSON-RPC, one message a line, on stdin
// and stdout. Its native engine cannot be downloaded where dondoc is installed offline,
// so bin/prisma-schema-engine answers in its place with the same engine compiled to
// WebAssembly (the version Prisma's CLI was built with: see engineVersionMismatch), over
// the driver adapters dondoc uses itself.
import { createInterface } from "node:readline";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { openDatabase } from "./database.ts";
import { openSchemaEngine, type SchemaEngine } from "./schema-engine.ts";

interface Request {
  id: number;
  method: string;
  params?: unknown;
}

/**
 * The arguments Prisma's CLI starts its engine with: `--datamodels FILE…`, `--datasource JSON`,
 * and, for one-shot commands, `cli COMMAND` (e.g. `cli can-connect-to-database`).
 */
export function engineArguments(argv: string[]): { datamodels: string[]; url: string | null; command: string | null } {
  const datamodels: string[] = [];
  let url: string | null = null;
  let command: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--datamodels" && argv[i + 1]) datamodels.push(argv[++i]!);
    else if (argv[i] === "--datasource" && argv[i + 1]) url = (JSON.parse(argv[++i]!) as { url?: string }).url ?? null;
    else if (argv[i] === "cli" && argv[i + 1]) command = argv[++i]!;
  }
  return { datamodels, url, command };
}

/**
 * A one-shot command: connecting opens (SQLite: creates) the database, so both commands
 * the CLI sends before migrating come down to one connection. Errors are the engine's
 * JSON log lines on stderr, which the CLI reads.
 */
async function runCommand(url: string, command: string): Promise<number> {
  if (command !== "can-connect-to-database" && command !== "create-database") {
    console.error(
      JSON.stringify({ level: "ERROR", fields: { message: `the WebAssembly bridge does not run "${command}"` } }),
    );
    return 1;
  }
  const database = await openDatabase(url);
  try {
    await database.client.$queryRawUnsafe("SELECT 1");
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      JSON.stringify({ level: "ERROR", target: "schema_engine::logger", fields: { error_code: "P1001", message } }),
    );
    return 1;
  } finally {
    await database.close();
  }
}

// The RPC names the CLI uses, where they differ from the WebAssembly engine's methods.
const RENAMED: Record<string, keyof SchemaEngine> = { getDatabaseVersion: "version" };

/**
 * On a database without `_prisma_migrations`, the native engine diagnoses every migration
 * as unapplied; through an adapter the WebAssembly engine fails on the missing table
 * instead, so the bridge gives the native answer.
 */
function noMigrationsTable(request: Request, error: unknown): object | null {
  if (request.method !== "diagnoseMigrationHistory" || !String(error).includes("_prisma_migrations")) return null;
  const list = (request.params as { migrationsList?: { migrationDirectories?: { path: string }[] } }).migrationsList;
  const unappliedMigrationNames = (list?.migrationDirectories ?? []).map((d) => d.path);
  return {
    history: unappliedMigrationNames.length ? { diagnostic: "databaseIsBehind", unappliedMigrationNames } : null,
    failedMigrationNames: [],
    editedMigrationNames: [],
    hasMigrationsTable: false,
  };
}

async function answer(engine: SchemaEngine, request: Request): Promise<object> {
  const method = RENAMED[request.method] ?? (request.method as keyof SchemaEngine);
  const call = engine[method] as unknown;
  if (typeof call !== "function") {
    return { jsonrpc: "2.0", id: request.id, error: { code: -32601, message: `Method not found: ${request.method}` } };
  }
  try {
    const result = await (call as (p: unknown) => Promise<unknown>).call(engine, request.params ?? {});
    return { jsonrpc: "2.0", id: request.id, result: result ?? null };
  } catch (error) {
    const native = noMigrationsTable(request, error);
    if (native) return { jsonrpc: "2.0", id: request.id, result: native };
    const message = error instanceof Error ? error.message : String(error);
    return { jsonrpc: "2.0", id: request.id, error: { code: 4466, message, data: { message, is_panic: false } } };
  }
}

/** Runs a one-shot command, or serves the engine's JSON-RPC on stdin/stdout until the CLI closes stdin. */
export async function serveEngine(argv: string[]): Promise<number> {
  const { datamodels, url, command } = engineArguments(argv);
  if (!url) throw new Error("the datasource URL is missing: set DATABASE_URL (see prisma.config.ts)");
  if (command) return runCommand(url, command);
  const database = await openDatabase(url);
  const schema = datamodels[0] ? { path: datamodels[0], content: readFileSync(datamodels[0], "utf8") } : undefined;
  const { engine, close } = await openSchemaEngine(database.adapterFactory(), schema);
  const pending: Promise<void>[] = [];
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const request = JSON.parse(line) as Request;
    pending.push(answer(engine, request).then((reply) => void process.stdout.write(JSON.stringify(reply) + "\n")));
  }
  await Promise.all(pending);
  await close();
  await database.close();
  return 0;
}

/** Why the WebAssembly engine cannot stand in for the CLI's own, or null when it can. */
export function engineVersionMismatch(): string | null {
  const require = createRequire(import.meta.url);
  // The package does not export its package.json: read it beside its entry point.
  const entry = require.resolve("@prisma/schema-engine-wasm");
  const wasm = (JSON.parse(readFileSync(join(dirname(entry), "package.json"), "utf8")) as { version: string }).version;
  const expected = (require("@prisma/engines-version") as { enginesVersion: string }).enginesVersion;
  return wasm.endsWith(`.${expected}`)
    ? null
    : `@prisma/schema-engine-wasm ${wasm} was not built from the engines Prisma expects (${expected}): install the matching version`;
}

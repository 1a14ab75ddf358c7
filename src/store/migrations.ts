// Applies and checks the migrations in prisma/migrations (SQLite) and
// prisma/postgresql/migrations (PostgreSQL). The folders keep Prisma's standard layout,
// so `prisma migrate deploy` works too wherever the native engine is available.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import type { Provider, Database } from "./database.ts";
import type { openSchemaEngine as OpenSchemaEngine } from "./schema-engine.ts";
import { projectRoot } from "../paths.ts";

const noFilter = { externalTables: [], externalEnums: [] };

/** The schema engine (WebAssembly) is loaded only when a migration or a drift check runs. */
async function openSchemaEngine(...args: Parameters<typeof OpenSchemaEngine>) {
  return (await import("./schema-engine.ts")).openSchemaEngine(...args);
}

export function schemaFile(provider: Provider): { path: string; content: string } {
  const path =
    provider === "sqlite"
      ? join(projectRoot, "prisma", "schema.prisma")
      : join(projectRoot, "prisma", "postgresql", "schema.prisma");
  return { path, content: readFileSync(path, "utf8") };
}

export function migrationsDir(provider: Provider): string {
  return provider === "sqlite"
    ? join(projectRoot, "prisma", "migrations")
    : join(projectRoot, "prisma", "postgresql", "migrations");
}

export function readMigrations(provider: Provider): MigrationList {
  const baseDir = migrationsDir(provider);
  const lockPath = join(baseDir, "migration_lock.toml");
  const folders = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: folders.map((path) => ({
      path,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: readFileSync(join(baseDir, path, "migration.sql"), "utf8") },
      },
    })),
  };
}

/** Applies pending migrations; returns the names of those it applied. */
export async function applyMigrations(db: Pick<Database, "provider" | "adapterFactory">): Promise<string[]> {
  const { engine, close } = await openSchemaEngine(db.adapterFactory());
  try {
    const result = await engine.applyMigrations({ migrationsList: readMigrations(db.provider), filters: noFilter });
    return result.appliedMigrationNames;
  } finally {
    await close();
  }
}

/** The SQL that would bring the live database to the Prisma schema: empty when they match. */
export async function schemaDrift(db: Pick<Database, "provider" | "adapterFactory">): Promise<string> {
  const schema = schemaFile(db.provider);
  const { engine, close } = await openSchemaEngine(db.adapterFactory(), schema);
  try {
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files: [schema], configDir: projectRoot },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      filters: noFilter,
      exitCode: null,
    });
    return (result.stdout ?? "").replace(/^-- This is an empty migration\.\s*$/m, "").trim();
  } finally {
    await close();
  }
}

/** Migrations in the folder that the database has not applied (all of them when it has none). */
export async function pendingMigrations(db: Pick<Database, "provider" | "client">): Promise<string[]> {
  const folders = readMigrations(db.provider).migrationDirectories.map((d) => d.path);
  const applied = await db.client.$queryRawUnsafe<{ migration_name: string }[]>(
    'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
  );
  const done = new Set(applied.map((row) => row.migration_name));
  return folders.filter((name) => !done.has(name));
}

/**
 * Brings the database up to date, starting the schema engine (seconds of WebAssembly) only
 * when a migration is pending: a restarted instance is back at work sooner.
 */
export async function migrate(db: Pick<Database, "provider" | "client" | "adapterFactory">): Promise<string[]> {
  const pending = await pendingMigrations(db).catch(() => null);
  return pending?.length === 0 ? [] : applyMigrations(db);
}

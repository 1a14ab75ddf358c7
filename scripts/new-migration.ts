// Writes the next migration for both engines from the change in prisma/schema.prisma:
//   npm run db:migration -- add_invitations
// The committed migrations are applied to a scratch database (a temporary SQLite file;
// a temporary database on POSTGRES_URL, default the local server), and the migration is
// what still separates that database from the schema.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openDatabase } from "../src/store/database.ts";
import { applyMigrations, migrationsDir, schemaDrift } from "../src/store/migrations.ts";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- NAME (lowercase letters, digits and _)");
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);

async function write(url: string): Promise<void> {
  const db = await openDatabase(url);
  await applyMigrations(db);
  const sql = await schemaDrift(db);
  await db.close();
  if (!sql) return console.log(`${db.provider}: schema and migrations already agree`);
  const dir = join(migrationsDir(db.provider), `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "migration.sql"), sql + "\n");
  console.log(`${db.provider}: wrote ${dir}/migration.sql`);
}

const scratch = mkdtempSync(join(tmpdir(), "dondoc-migration-"));
await write(`file:${join(scratch, "scratch.db")}`);
rmSync(scratch, { recursive: true, force: true });

const server = process.env.POSTGRES_URL ?? `postgresql://${userInfo().username}@127.0.0.1:5432/test`;
const database = `dondoc_migration_${process.pid}`;
const admin = new pg.Client(server);
await admin.connect();
await admin.query(`CREATE DATABASE "${database}"`);
try {
  const url = new URL(server);
  url.pathname = `/${database}`;
  await write(url.toString());
} finally {
  await admin.query(`DROP DATABASE "${database}" WITH (FORCE)`);
  await admin.end();
}

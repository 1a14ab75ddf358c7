// Writes the next migration for both engines from the change in prisma/schema.prisma:
//   npm run db:migration -- add_invitations
// SQLite diffs against an in-memory shadow database; PostgreSQL against a temporary
// database on POSTGRES_URL (default: the local server), created and dropped by Prisma.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openDatabase } from "../src/store/database.ts";
import { migrationsDir, pendingMigrationSql } from "../src/store/migrations.ts";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- NAME (lowercase letters, digits and _)");
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const targets = ["file::memory:", process.env.POSTGRES_URL ?? "postgresql://127.0.0.1:5432/test"];
for (const url of targets) {
  const db = openDatabase(url);
  const sql = await pendingMigrationSql(db);
  await db.close();
  if (!sql) {
    console.log(`${db.provider}: schema and migrations already agree`);
    continue;
  }
  const dir = join(migrationsDir(db.provider), `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "migration.sql"), sql + "\n");
  console.log(`${db.provider}: wrote ${dir}/migration.sql`);
}

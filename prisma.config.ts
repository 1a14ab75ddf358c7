// Lets Prisma's own CLI work beside dondoc's migrator: `npx prisma migrate status`,
// `npx prisma migrate deploy` use the same schema, migrations and DATABASE_URL as dondoc
// (SQLite by default, the PostgreSQL variant for postgresql:// URLs). Prisma's native
// schema engine cannot be downloaded offline, so unless PRISMA_SCHEMA_ENGINE_BINARY names
// one, the CLI runs bin/prisma-schema-engine.js: Prisma's engine compiled to WebAssembly.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { defineConfig } from "prisma/config";

if (existsSync(".env")) process.loadEnvFile(".env");
const url = process.env.DATABASE_URL ?? "file:./data/dondoc.db";
const folder = url.startsWith("file:") ? "prisma" : join("prisma", "postgresql");
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= join(import.meta.dirname, "bin", "prisma-schema-engine.js");

export default defineConfig({
  schema: join(folder, "schema.prisma"),
  migrations: { path: join(folder, "migrations") },
  datasource: { url },
});

// Runs after `npm install`: derives the PostgreSQL schema from the SQLite one and
// generates both Prisma clients. Prisma's CLI wants its native schema engine only to
// validate; no network is needed when PRISMA_SCHEMA_ENGINE_BINARY names any
// executable, because generation itself runs on the WASM parts shipped in npm.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const sqliteSchema = join(root, "prisma", "schema.prisma");
const postgresSchema = join(root, "prisma", "postgresql", "schema.prisma");

export function derivePostgresSchema(source) {
  return source
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('"../src/store/generated/sqlite"', '"../../src/store/generated/postgresql"')
    .replace(
      /^\/\/ dondoc's one schema[\s\S]*?\n\n/m,
      "// GENERATED from ../schema.prisma by scripts/prisma-generate.mjs: edit that file.\n\n",
    );
}

function generate(schema) {
  execFileSync(
    process.execPath,
    [join(root, "node_modules", "prisma", "build", "index.js"), "generate", "--schema", schema],
    {
      stdio: "inherit",
      env: {
        ...process.env,
        PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
      },
    },
  );
}

mkdirSync(dirname(postgresSchema), { recursive: true });
writeFileSync(postgresSchema, derivePostgresSchema(readFileSync(sqliteSchema, "utf8")));
generate(sqliteSchema);
generate(postgresSchema);

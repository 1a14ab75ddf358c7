// Prisma's own CLI beside dondoc's migrator: `prisma migrate deploy` and `migrate status`
// run as an operator would type them (prisma.config.ts picks the schema, the migrations
// and DATABASE_URL; the WebAssembly bridge stands in for the native engine) and agree
// with dondoc about which migrations a database has.
import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { engineVersionMismatch } from "../../src/store/engine-bridge.ts";
import { applyMigrations, migrationsDir, schemaDrift } from "../../src/store/migrations.ts";
import { projectRoot } from "../../src/paths.ts";
import { describeEngines, freshDatabase } from "../support/databases.ts";

const run = promisify(execFile);

async function prisma(args: string[], url: string): Promise<{ code: number; out: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  };
  delete env.PRISMA_SCHEMA_ENGINE_BINARY;
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [join(projectRoot, "node_modules/prisma/build/index.js"), ...args],
      {
        cwd: projectRoot,
        env,
      },
    );
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

it("uses a WebAssembly engine built from the engines this Prisma expects", () => {
  expect(engineVersionMismatch()).toBeNull();
});

describeEngines("prisma migrate on %s", (engine) => {
  const names = readdirSync(migrationsDir(engine), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);

  it("reports every migration unapplied on an empty database, applies them, then reports none", async () => {
    const db = await freshDatabase(engine, { migrate: false });
    try {
      const before = await prisma(["migrate", "status"], db.url);
      expect(before.code).toBe(1);
      expect(before.out).toContain(`Following migrations have not yet been applied:\n${names.join("\n")}`);
      const deploy = await prisma(["migrate", "deploy"], db.url);
      expect(deploy.code).toBe(0);
      expect(deploy.out).toContain("All migrations have been successfully applied.");
      expect(await prisma(["migrate", "status"], db.url)).toMatchObject({
        code: 0,
        out: expect.stringContaining("Database schema is up to date!"),
      });
      expect(await applyMigrations(db)).toEqual([]);
      expect(await schemaDrift(db)).toBe("");
    } finally {
      await db.drop();
    }
  });

  it("finds up to date a database dondoc migrated", async () => {
    const db = await freshDatabase(engine);
    try {
      const status = await prisma(["migrate", "status"], db.url);
      expect(status.out).toContain(`${names.length} migrations found`);
      expect(status).toMatchObject({ code: 0, out: expect.stringContaining("Database schema is up to date!") });
    } finally {
      await db.drop();
    }
  });
});

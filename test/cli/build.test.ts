// The compiled CLI (scripts/build.mjs, what `dondoc` runs after `npm install`) answers as
// the TypeScript sources do, and starts without Prisma for commands that need no database.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/paths.ts";
import { dondoc } from "../support/cli.ts";

// @ts-expect-error: a plain JavaScript module without types
const { buildDist } = await import("../../scripts/build.mjs");

const out = join(projectRoot, `.dist-test-${process.pid}`);
const plan = join(projectRoot, "fixtures", "plans", "plan-thai-nguyen-2019-par-index.txt");

/**
 * Runs the compiled CLI in a fresh process. Whether Prisma was loaded: its generated client
 * sets globalThis.__dirname when loaded. Whether the database was opened: its file exists.
 */
async function compiled(args: string[]) {
  const file = join(mkdtempSync(join(tmpdir(), "dondoc-build-")), "cli.db");
  const env = { DATABASE_URL: `file:${file}` };
  const script = `
    const { runCli } = await import(${JSON.stringify(join(out, "cli", "main.js"))});
    const out = [];
    const io = { out: (s) => out.push(s), err: (s) => out.push(s), env: ${JSON.stringify(env)} };
    const code = await runCli(${JSON.stringify(args)}, io);
    console.log(JSON.stringify({ code, out: out.join("\\n"), prisma: "__dirname" in globalThis }));`;
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script], {
    cwd: projectRoot,
  });
  return { ...(JSON.parse(stdout) as { code: number; out: string; prisma: boolean }), database: existsSync(file) };
}

beforeAll(async () => {
  await buildDist(out);
}, 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("the compiled CLI", () => {
  it("prints the same help as the sources, without loading Prisma", async () => {
    const source = await dondoc(["--help"]);
    const run = await compiled(["--help"]);
    expect(run).toEqual({ code: 0, out: source.out, prisma: false, database: false });
    expect(run.out).toContain("plan");
  });

  it("parses a plan file without opening the database", async () => {
    const source = await dondoc(["plan", "parse", plan]);
    const run = await compiled(["plan", "parse", plan]);
    expect(run).toEqual({ code: 0, out: source.out, prisma: false, database: false });
    expect(run.out).toMatch(/^Kế hoạch số 115\/KH-UBND/);
  });
});

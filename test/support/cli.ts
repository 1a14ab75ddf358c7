import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main.ts";

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `dondoc ARGS` in this process against the given environment. */
export async function dondoc(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s), env });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** An environment with its own SQLite file. */
export function sqliteEnv(): NodeJS.ProcessEnv {
  return { DATABASE_URL: `file:${join(mkdtempSync(join(tmpdir(), "dondoc-cli-")), "cli.db")}` };
}

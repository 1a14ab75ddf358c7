// dondoc instances as real child processes (`npm start`), for what only a real process
// shows: being killed, two instances on one database, a restart. Each gets a free HTTP port
// and QUIET_HOURS=off (tests run at any hour); its logs are kept for a failing test to show.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { projectRoot } from "../../src/paths.ts";

export interface Instance {
  child: ChildProcess;
  pid: number;
  port: number;
  exited: Promise<number | null>;
  /** The process's log lines (JSON, pino). */
  logs: string[];
  url(path: string): string;
  /** Resolves once /healthz answers. */
  ready(timeoutMs?: number): Promise<void>;
  kill(signal: NodeJS.Signals): Promise<number | null>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function startInstance(env: Record<string, string>): Promise<Instance> {
  const dir = mkdtempSync(join(tmpdir(), "dondoc-instance-"));
  const port = env.HTTP_PORT ? Number(env.HTTP_PORT) : await freePort();
  const tsx = pathToFileURL(join(projectRoot, "node_modules", "tsx", "dist", "loader.mjs")).href;
  const child = spawn(process.execPath, ["--import", tsx, join(projectRoot, "src", "main.ts")], {
    cwd: dir,
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: `file:${join(dir, "dondoc.db")}`,
      LOG_LEVEL: "info",
      QUIET_HOURS: "off",
      ...env,
      HTTP_PORT: String(port),
    },
  });
  const logs: string[] = [];
  for (const stream of [child.stdout, child.stderr]) stream.on("data", (chunk: Buffer) => logs.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const url = (path: string) => `http://127.0.0.1:${port}${path}`;
  return {
    child,
    pid: child.pid!,
    port,
    exited,
    logs,
    url,
    async ready(timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (child.exitCode !== null) throw new Error(`instance exited (${child.exitCode}): ${logs.join("")}`);
        const answer = await fetch(url("/healthz")).catch(() => null);
        if (answer?.ok) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`instance not ready within ${timeoutMs} ms: ${logs.join("")}`);
    },
    async kill(signal) {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** The pid of the process holding a lease ("poll:telegram", "send:telegram"), from its holder's name. */
export function holderPid(holder: string | null | undefined): number | null {
  const pid = holder?.split(":")[1];
  return pid ? Number(pid) : null;
}

#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `dondoc` works without a build step.
import { existsSync } from "node:fs";
import { register } from "tsx/esm/api";

// `dondoc … | head` closes the pipe early; that is not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
register();
const { runCli } = await import("../src/cli/main.ts");
if (existsSync(".env")) process.loadEnvFile(".env");
process.exitCode = await runCli(process.argv.slice(2), {
  out: (s) => console.log(s),
  err: (s) => console.error(s),
  env: process.env,
  ...(process.stderr.isTTY
    ? { status: (line) => process.stderr.write(line === null ? "\r\x1b[K" : `\r\x1b[K${line}`) }
    : {}),
});

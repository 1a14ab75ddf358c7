#!/usr/bin/env node
// `dondoc`: the CLI, compiled when dist/ is up to date, else through tsx (bin/entry.js).
import { existsSync } from "node:fs";
import { loadEntry } from "./entry.js";

// `dondoc … | head` closes the pipe early; that is not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
const { runCli } = await loadEntry("cli/main");
if (existsSync(".env")) process.loadEnvFile(".env");
process.exitCode = await runCli(process.argv.slice(2), {
  out: (s) => console.log(s),
  err: (s) => console.error(s),
  env: process.env,
  ...(process.stderr.isTTY
    ? { status: (line) => process.stderr.write(line === null ? "\r\x1b[K" : `\r\x1b[K${line}`) }
    : {}),
});

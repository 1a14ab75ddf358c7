#!/usr/bin/env node
// Stands in for Prisma's native schema engine when its CLI runs (prisma.config.ts points
// the CLI here): the same engine, compiled to WebAssembly. See src/store/engine-bridge.ts.
import { register } from "tsx/esm/api";

register();
const { engineVersionMismatch, serveEngine } = await import("../src/store/engine-bridge.ts");
if (process.argv.includes("--version")) {
  console.log("schema-engine-cli (WebAssembly bridge)");
  process.exit(0);
}
const mismatch = engineVersionMismatch();
if (mismatch) {
  console.error(JSON.stringify({ level: "ERROR", fields: { message: mismatch } }));
  process.exit(1);
}
process.exitCode = await serveEngine(process.argv.slice(2));

// Child process of `npm run bench`: reads one plan file and prints what it cost, so that
// the peak memory measured is that of reading the plan (the process does nothing else).
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { readPlan } from "../src/plan/read-plan.ts";

const file = readFileSync(process.argv[2]!);
const before = process.memoryUsage().rss;
const start = performance.now();
const cpu = process.cpuUsage();
const result = await readPlan(file);
const ms = performance.now() - start;
const used = process.cpuUsage(cpu);
const peak = process.resourceUsage().maxRSS * 1024;
console.log(
  JSON.stringify({
    ms,
    // CPU time says what wall time says on a machine that other work does not share.
    cpuMs: (used.user + used.system) / 1000,
    peakMb: peak / 1024 / 1024,
    growthMb: Math.max(0, peak - before) / 1024 / 1024,
    outcome: result.ok ? `${result.document.blocks.length} blocks` : result.error.code,
  }),
);

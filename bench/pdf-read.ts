// Child of bench/pdf.ts: reads one PDF plan in a fresh process (cold: pdf.js loaded by the
// first read), then five times more (warm), and prints the times and the process's peak memory
// during the first read.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { readPdfPlan } from "../src/plan/read-pdf.ts";

const buffer = readFileSync(process.argv[2]!);
const rssBefore = process.memoryUsage().rss;
const times: number[] = [];
let blocks = 0;
let peakAfterFirst = 0;
for (let run = 0; run < 6; run++) {
  const start = performance.now();
  const read = await readPdfPlan(buffer);
  times.push(performance.now() - start);
  if (!read.ok) throw new Error(read.error.code);
  blocks = read.document.blocks.length;
  if (run === 0) peakAfterFirst = process.resourceUsage().maxRSS;
}
const warm = times.slice(1).sort((a, b) => a - b);
console.log(
  JSON.stringify({
    blocks,
    coldMs: times[0],
    warmMs: warm[Math.floor(warm.length / 2)],
    rssBeforeMb: rssBefore / 1024 / 1024,
    peakRssMb: peakAfterFirst / 1024,
  }),
);

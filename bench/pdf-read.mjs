// Child of bench/pdf.ts: reads one PDF plan in a fresh process, as a plan worker does
// (src/plan/plan-worker.ts): the compiled reader from dist/ when it is up to date, as
// `npm start` runs it, else the sources through tsx (bin/entry.js, as the worker does then).
// It prints the first read (cold: pdf.js loaded with it) and the median of five more (warm),
// with their CPU time, and the process's peak memory during the first read. With
// "preloaded", pdf.js is loaded before the first read, as the worker the bot starts ahead
// of the first plan does while it waits (src/plan/plan-process.ts).
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { distIsFresh, loadEntry } from "../bin/entry.js";

const compiled = distIsFresh();
const { readPdfPlan } = await loadEntry("plan/read-pdf");
if (process.argv[3] === "preloaded") await (await loadEntry("plan/pdf/extract")).loadPdfReader();
const buffer = readFileSync(process.argv[2]);
const rssBefore = process.memoryUsage().rss;
const runs = [];
let blocks = 0;
let peakAfterFirst = 0;
for (let run = 0; run < 6; run++) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const read = await readPdfPlan(buffer);
  const used = process.cpuUsage(cpu);
  runs.push({ ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 });
  if (!read.ok) throw new Error(read.error.code);
  blocks = read.document.blocks.length;
  if (run === 0) peakAfterFirst = process.resourceUsage().maxRSS;
}
const warm = runs.slice(1).sort((a, b) => a.ms - b.ms)[2];
console.log(
  JSON.stringify({
    compiled,
    blocks,
    cold: runs[0],
    warm,
    rssBeforeMb: rssBefore / 1024 / 1024,
    peakRssMb: peakAfterFirst / 1024,
  }),
);

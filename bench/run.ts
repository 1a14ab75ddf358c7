// `npm run bench`: figures, not pass/fail. Each benchmark prints what it measured and,
// where a goal or a baseline exists, the ratio to it.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parsePlanBuffer, importPlan, shippedCalendar, shippedDirectories } from "../src/services/plan-service.ts";
import { readPlan } from "../src/plan/read-plan.ts";
import { openDatabase } from "../src/store/database.ts";
import { applyMigrations } from "../src/store/migrations.ts";
import { projectRoot } from "../src/paths.ts";
import { directoryBenchmarks } from "./directory.ts";
import { hostileBenchmarks } from "./hostile.ts";
import { intakeBenchmark } from "./intake.ts";
import { intakeBurstBenchmark } from "./intake-burst.ts";
import { largeInputBenchmarks } from "./large-inputs.ts";
import { pdfBenchmark } from "./pdf.ts";
import { planFileBenchmarks } from "./plan-files.ts";
import { progressBenchmark } from "./progress.ts";
import { reminderBenchmarks } from "./reminders.ts";
import { scaleBenchmarks } from "./scale.ts";
import { POSTGRES_URL, postgresReachable } from "../test/support/fresh-database.ts";
import { serviceBenchmarks } from "./service.ts";

const PLANS = [
  "plan-thai-nguyen-2019-par-index.txt",
  "plan-bac-kan-2023-par-index.txt",
  "plan-thai-nguyen-2024-sipas-par-index.txt",
];

async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

async function planBenchmarks(): Promise<void> {
  console.log("plan reading (median of 50 runs)");
  for (const name of PLANS) {
    const buffer = readFileSync(join(projectRoot, "fixtures", "plans", name));
    const read = await median(50, () => readPlan(buffer));
    const parse = await median(50, () =>
      parsePlanBuffer(buffer, { directories: shippedDirectories, calendar: shippedCalendar }),
    );
    console.log(
      `  ${name}: read ${read.toFixed(2)} ms, read+parse ${parse.toFixed(2)} ms (parse is ${(parse / read).toFixed(1)}x the read)`,
    );
  }
}

async function importBenchmark(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "dondoc-bench-"));
  const db = await openDatabase(`file:${join(dir, "bench.db")}`);
  await applyMigrations(db);
  const buffer = readFileSync(join(projectRoot, "fixtures", "plans", PLANS[2]!));
  const first = await median(1, () => importPlan(db.client, buffer, "bench"));
  const again = await median(10, () => importPlan(db.client, buffer, "bench"));
  console.log("plan import into SQLite (Thái Nguyên 2024, 19 tasks, ~400 assignments)");
  console.log(`  first import ${first.toFixed(0)} ms, re-import ${again.toFixed(0)} ms (median of 10)`);
  await db.close();
  rmSync(dir, { recursive: true, force: true });
}

await planBenchmarks();
await planFileBenchmarks();
await largeInputBenchmarks();
await pdfBenchmark();
await importBenchmark();
await directoryBenchmarks();
await reminderBenchmarks();
await progressBenchmark();
await intakeBenchmark();
await intakeBurstBenchmark();
await hostileBenchmarks();
await serviceBenchmarks();
await scaleBenchmarks();
// The same province on PostgreSQL, the engine several instances share (skipped, said so, without a server).
if (await postgresReachable()) {
  await intakeBurstBenchmark("postgresql");
  await scaleBenchmarks(undefined, "postgresql");
} else console.log(`lists at once and scale on PostgreSQL: skipped, no server at ${POSTGRES_URL}`);

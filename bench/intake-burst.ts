// Ten 10,000-row lists sent at once by ten units through the chat core (issue 18), against
// the same ten sent one after another: the total time and its ratio (goal ≤ 1.2×), the
// extra resident memory of the bot and its list workers (goal ≤ 600 MB), `/tasks` from
// another chat asked every 100 ms throughout (goal p99 ≤ 200 ms), the event loop's longest
// stall and how many turns of the loop took over 50 ms (wall clock, and the bot thread's own time on
// a core, which waiting for a core on a shared machine leaves out), and the CPU time of the bot and of
// its workers, which depends less on how loaded the machine is than the wall time does.
// Alone: `npx tsx bench/intake-burst.ts [--postgresql]`.
import { readdirSync, readFileSync } from "node:fs";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { sampleProcess } from "../src/formats/process-watch.ts";
import type { Sender } from "../src/services/chat/types.ts";
import { chatWorld, type ChatWorld, focalSender } from "../test/support/chat.ts";
import type { EngineName } from "../test/support/fresh-database.ts";
import { appendixI, xlsx } from "../test/support/lists.ts";

const UNITS = [
  "Sở Xây dựng",
  "Sở Tư pháp",
  "Sở Ngoại vụ",
  "Sở Khoa học và Công nghệ",
  "Sở Thông tin và Truyền thông",
  "Sở Y tế",
  "Sở Lao động - Thương binh và Xã hội",
  "Sở Tài chính",
  "Sở Công Thương",
  "Sở Giáo dục và Đào tạo",
];
const ROWS = 10_000;

const focal = focalSender;

/** A unit's Phụ lục I of `ROWS` people, one row in a hundred with a wrong phone. */
function list(unit: number): Promise<Buffer> {
  const rows = Array.from({ length: ROWS }, (_, i) => [
    i + 1,
    `Nguyễn Văn An ${i + 1}`,
    "Chuyên viên",
    i % 2 ? "x" : null,
    i % 2 ? null : "x",
    i % 100 === 99 ? "12345" : `09${unit}${String(i).padStart(7, "0")}`,
  ]);
  return xlsx(appendixI(rows, { titleRows: false }));
}

/** The bot's child processes (the list workers), from /proc (Linux). */
function children(): number[] {
  try {
    return readdirSync(`/proc/${process.pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${process.pid}/task/${task}/children`, "utf8").split(" ").filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/** The bot's main thread's time on a core so far (Linux; 0 elsewhere), which a busy machine does not inflate. */
function threadCpuMs(): number {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, "latin1").split(" ")[0]) / 1e6;
  } catch {
    return 0;
  }
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))] ?? 0;

interface Run {
  ms: number;
  answered: number;
  extraMb: number;
  tasks: number[];
  loopMaxMs: number;
  /** Turns of the event loop that took over 50 ms (a 5 ms timer late by more than that). */
  stalls: number;
  /** The longest turn counting only the bot's thread's own time on a core, which waiting for one leaves out. */
  loopCpuMaxMs: number;
  /** Turns with over 50 ms of that time. */
  cpuStalls: number;
  botCpuS: number;
  workerCpuS: number;
}

/** Runs `send` while sampling memory and CPU, asking `/tasks` from another chat every 100 ms. */
async function measured(world: ChatWorld, probe: Sender, send: () => Promise<string[]>): Promise<Run> {
  global.gc?.();
  const rss = () => [process.pid, ...children()].reduce((sum, pid) => sum + (sampleProcess(pid)?.rssMb ?? 0), 0);
  const workerCpu = new Map<number, { start: number; last: number }>();
  const sampleWorkers = () => {
    for (const pid of children()) {
      const cpu = sampleProcess(pid)?.cpuMs;
      if (cpu === undefined) continue;
      const seen = workerCpu.get(pid);
      workerCpu.set(pid, { start: seen?.start ?? cpu, last: cpu });
    }
  };
  sampleWorkers();
  const base = rss();
  let peak = base;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rss());
    sampleWorkers();
  }, 50);
  const tasks: number[] = [];
  let probing = true;
  const prober = (async () => {
    while (probing) {
      const start = performance.now();
      const reply = await world.core.handle({ from: probe, text: "/tasks" });
      if (!reply.replies[0]?.text) throw new Error("/tasks did not answer");
      tasks.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  let stalls = 0;
  let cpuStalls = 0;
  let loopCpuMaxMs = 0;
  let tick = performance.now();
  let tickCpu = threadCpuMs();
  const stallProbe = setInterval(() => {
    const now = performance.now();
    const cpu = threadCpuMs();
    if (now - tick > 55) stalls++;
    if (cpu - tickCpu > 50) cpuStalls++;
    loopCpuMaxMs = Math.max(loopCpuMaxMs, cpu - tickCpu);
    tick = now;
    tickCpu = cpu;
  }, 5);
  const cpu = process.cpuUsage();
  const start = performance.now();
  const answers = await send();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  loop.disable();
  clearInterval(stallProbe);
  probing = false;
  await prober;
  clearInterval(sampler);
  sampleWorkers();
  const workerMs = [...workerCpu.values()].reduce((sum, w) => sum + w.last - w.start, 0);
  return {
    ms,
    answered: answers.filter((a) => a.startsWith("Đã nhận")).length,
    extraMb: peak - base,
    tasks,
    loopMaxMs: loop.max / 1e6,
    stalls,
    loopCpuMaxMs,
    cpuStalls,
    botCpuS: (used.user + used.system) / 1e6,
    workerCpuS: workerMs / 1000,
  };
}

function print(name: string, run: Run): void {
  console.log(
    `  ${name}: ${(run.ms / 1000).toFixed(1)} s, ${run.answered}/${UNITS.length} lists stored; ` +
      `extra memory ${run.extraMb.toFixed(0)} MB; /tasks (${run.tasks.length} asked) p50 ${percentile(run.tasks, 50).toFixed(0)} / ` +
      `p99 ${percentile(run.tasks, 99).toFixed(0)} / max ${Math.max(0, ...run.tasks).toFixed(0)} ms; ` +
      `event loop stalled at most ${run.loopMaxMs.toFixed(0)} ms (${run.stalls} turns over 50 ms), ` +
      `on the bot's thread's own CPU at most ${run.loopCpuMaxMs.toFixed(0)} ms (${run.cpuStalls} turns over 50 ms); CPU: bot ${run.botCpuS.toFixed(1)} s, workers ${run.workerCpuS.toFixed(1)} s`,
  );
}

export async function intakeBurstBenchmark(engine: EngineName = "sqlite"): Promise<void> {
  console.log(
    `ten ${ROWS.toLocaleString("en")}-row lists from ten units through the chat core on ${engine === "sqlite" ? "SQLite" : "PostgreSQL"} (issue 18; goals: ≤ 1.2× one after another, ≤ 600 MB extra, /tasks p99 ≤ 200 ms)`,
  );
  const world = await chatWorld({ today: "2019-11-26", engine, service: true });
  try {
    const senders = UNITS.map((_, i) => focal(String(7100 + i)));
    for (const [i, unit] of UNITS.entries())
      await world.core.handle({ from: senders[i]!, text: `/start ${await world.invite(unit)}` });
    const probe = focal("7199");
    await world.core.handle({ from: probe, text: `/start ${await world.invite("Sở Nội vụ")}` });
    const files = await Promise.all(UNITS.map((_, i) => list(i)));
    const send = (i: number) =>
      world.core
        .handle({ from: senders[i]!, file: { name: "ds.xlsx", size: files[i]!.length, read: async () => files[i]! } })
        .then((r) => r.replies[0]?.text ?? "");
    await send(0); // warm-up: the worker, Prisma's query compiler
    const oneByOne = await measured(world, probe, async () => {
      const answers: string[] = [];
      for (let i = 0; i < UNITS.length; i++) answers.push(await send(i));
      return answers;
    });
    const atOnce = await measured(world, probe, () => Promise.all(UNITS.map((_, i) => send(i))));
    print("one after another", oneByOne);
    print("all at once", atOnce);
    console.log(
      `  at once / one after another: ${(atOnce.ms / oneByOne.ms).toFixed(2)}x (goal ≤ 1.2x). Wall times and /tasks ` +
        "latencies include waiting for a core when the machine runs other work; the bot thread's own CPU does not.",
    );
  } finally {
    await world.db.drop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  await intakeBurstBenchmark(process.argv.includes("--postgresql") ? "postgresql" : "sqlite");

// The hostile files of issue 12, each timed as the bot meets it: wall time, the bot's own
// CPU time and peak resident memory, the workers' peak resident memory, the longest stall
// of the bot's event loop, and the answer. Issue 12's bounds: 30 s of wall time, 1.5 GiB a
// process, 8 s of CPU in the bot's process. The bot's peak includes the files this bench
// built beforehand (hundreds of MB of them): its growth is printed beside it.
import { readdirSync, readFileSync } from "node:fs";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { readPlanIsolated } from "../src/plan/plan-process.ts";
import { bombDocx, hugeMergeXlsx, manyParagraphsDocx } from "../test/support/hostile-plans.ts";
import {
  hugeValue,
  lyingDirectory,
  repeatedSharedString,
  unclosedTags,
  wholeSheetMerges,
} from "../test/support/hostile-lists.ts";
import { check } from "../test/support/intake.ts";

const vmRss = (pid: number) => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
};

/** The bot's child processes (list and plan workers), from /proc (Linux). */
function children(pid = process.pid): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(" ").filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

async function measure(name: string, run: () => Promise<string>): Promise<void> {
  const botBase = vmRss(process.pid);
  let botPeak = botBase;
  let workerPeak = 0;
  const sample = () => {
    botPeak = Math.max(botPeak, vmRss(process.pid));
    workerPeak = Math.max(workerPeak, ...children().map(vmRss), 0);
  };
  const timer = setInterval(sample, 20);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const answer = await run();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  loop.disable();
  clearInterval(timer);
  sample();
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
  console.log(
    `  ${name}: ${answer}; ${(ms / 1000).toFixed(1)} s, bot CPU ${((used.user + used.system) / 1e6).toFixed(1)} s, ` +
      `bot peak ${mb(botPeak)} MB (+${mb(botPeak - botBase)}), worker peak ${mb(workerPeak)} MB, event loop stalled at most ${(loop.max / 1e6).toFixed(0)} ms`,
  );
}

const listAnswer = async (file: Buffer) => {
  const result = await check(file);
  if (!result.ok) return result.error.code;
  const long = result.value.check.findings.filter((f) => f.code === "value-too-long").length;
  return `read, ${result.value.check.counts.total} rows, ${long} value-too-long`;
};
const planAnswer = async (file: Buffer) => {
  const read = await readPlanIsolated(file);
  return read.ok ? `read, ${read.document.blocks.length} blocks` : read.error.code;
};

export async function hostileBenchmarks(): Promise<void> {
  console.log("hostile files (issue 12): each as the bot meets it, files built here beforehand");
  const lists: [string, Buffer][] = [
    ["2,000 names of one 32,000-character shared string", repeatedSharedString(2_000)],
    ["one 50,000,000-character name", hugeValue(50_000_000)],
    ["directory lying about a 200 MB sheet", lyingDirectory(200 * 1024 * 1024)],
    ["20,000 merged ranges A1:XFD1048576", wholeSheetMerges(20_000)],
    ["50,000 unclosed rows and cells", unclosedTags(50_000)],
  ];
  const plans: [string, Buffer][] = [
    ["4 KB workbook with one huge merge", await hugeMergeXlsx()],
    ["2 MB .docx bomb declaring 4 KB", bombDocx(4096)],
    ["400,000-task .docx", await manyParagraphsDocx(400_000)],
  ];
  for (const [name, file] of lists) await measure(`list, ${name}`, () => listAnswer(file));
  for (const [name, file] of plans) await measure(`plan, ${name}`, () => planAnswer(file));
}

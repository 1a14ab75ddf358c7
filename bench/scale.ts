// dondoc for a whole country (issue 18): a province of 100, 1,000 and 10,000 units built
// through the paths an admin uses (a directory workbook through `units import`, Word plans
// through `plan import`, the 19-task one assigning a task to every commune and the 794-task
// one naming every commune), a focal point per unit, done marks from 10% of the units; then
// the chat commands and reports timed at each size, and the start-up of the command line.
// Goals: /progress and /export ≤ 1 s at 10,000 units (≤ 150 ms at 1,000), directory import
// ≤ 3 s, 794-task import ≤ 2 s, /score and /tasks p99 ≤ 20 ms, `dondoc --help` ≤ 0.3 s and
// `plan parse` ≤ 0.8 s to first output.
// `npx tsx bench/scale.ts [sizes…]` runs it alone, e.g. `npx tsx bench/scale.ts 100 1000`.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { translator } from "../src/i18n/index.ts";
import { silentLogger } from "../src/logger.ts";
import { projectRoot } from "../src/paths.ts";
import { createChatCore, type ChatCore } from "../src/services/chat/core.ts";
import type { Sender } from "../src/services/chat/types.ts";
import { setDone } from "../src/services/completion-service.ts";
import { planReminders } from "../src/services/reminder-service.ts";
import type { Access } from "../src/services/membership-service.ts";
import { databaseDirectories, importPlan, parsePlanBuffer } from "../src/services/plan-service.ts";
import { workCalendar } from "../src/services/calendar-service.ts";
import { importDirectory } from "../src/services/units-service.ts";
import type { Database } from "../src/store/database.ts";
import { freshDatabase, POSTGRES_URL, type EngineName } from "../test/support/fresh-database.ts";
import { docxFromText } from "../test/support/documents.ts";
// @ts-expect-error: a plain JavaScript module without types
import { distIsFresh } from "../bin/entry.js";
import { chatServices } from "../src/services/chat-services.ts";

const PROVINCE = "Tỉnh Thử Nghiệm";
const DEPARTMENTS = 20;
const TODAY = "2026-03-02";
const t = translator("vi");

interface Province {
  departments: string[];
  communes: string[];
}

/** 20 departments, a district for every 100 units, communes for the rest. */
function province(size: number): Province & { districts: string[] } {
  const districts = Array.from({ length: Math.max(1, Math.round(size / 100)) }, (_, d) => `UBND huyện Đông ${d + 1}`);
  const departments = Array.from({ length: DEPARTMENTS }, (_, i) => `Sở Chuyên ngành ${i + 1}`);
  const communes = Array.from({ length: size - DEPARTMENTS - districts.length }, (_, c) => `UBND xã An Bình ${c + 1}`);
  return { departments, districts, communes };
}

/** The directory as an admin fills the workbook `units export` gives (no ids: all new). */
async function directoryWorkbook(p: ReturnType<typeof province>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t("directory-sheet-name"));
  const columns = ["id", "name", "kind", "parent", "abbreviations", "aliases"];
  sheet.addRow(columns.map((c) => t(`directory-column-${c}`)));
  const kind = (k: string) => t(`unit-kind-${k}`);
  for (const name of p.departments) sheet.addRow(["", name, kind("department"), "", "", ""]);
  for (const name of p.districts) sheet.addRow(["", name, kind("district"), "", "", ""]);
  p.communes.forEach((name, c) =>
    sheet.addRow(["", name, kind("commune"), p.districts[c % p.districts.length], "", ""]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const DUTY = "Triển khai tự đánh giá, chấm điểm Chỉ số cải cách hành chính và gửi tài liệu kiểm chứng";

/** A Word plan with its task table: heading, then one row per task (TT, task, deadline, lead, partners). */
function planDocx(number: number, issued: string, rows: [string, string][]): Promise<Buffer> {
  const [y, m, d] = issued.split("-");
  const lines = [
    `Số: ${number}/KH-UBND`,
    `${PROVINCE}, ngày ${d} tháng ${m} năm ${y}`,
    "KẾ HOẠCH",
    `Triển khai xác định Chỉ số cải cách hành chính năm ${y} của các cơ quan, đơn vị, địa phương`,
    "II. NHIỆM VỤ, TIẾN ĐỘ",
    "TT\tNhiệm vụ\tThời gian hoàn thành\tCơ quan chủ trì\tCơ quan phối hợp",
    ...rows.map(([lead, partners], i) => {
      const due = `Trước ngày ${(i % 27) + 1}/${(i % 12) + 1}/${y}`;
      return `${i + 1}\t${DUTY} (nội dung ${i + 1})\t${due}\t${lead}\t${partners}`;
    }),
    "Nơi nhận:",
    "- Lưu: VT, NC.",
  ];
  return docxFromText(lines.join("\n"));
}

/** 19 tasks: the communes lead one together and support two; departments lead the others. */
function nineteenTasks(p: Province): Promise<Buffer> {
  const rows = Array.from({ length: 19 }, (_, i): [string, string] => {
    if (i === 0) return ["UBND cấp xã", p.departments[0]!];
    return [p.departments[i % p.departments.length]!, i <= 2 ? "UBND cấp xã" : p.departments[0]!];
  });
  return planDocx(20, "2026-01-05", rows);
}

/** 794 tasks; each commune is named as the lead of one of them. */
function sevenHundredTasks(p: Province): Promise<Buffer> {
  const rows = Array.from({ length: 794 }, (_, i): [string, string] => {
    const communes = p.communes.filter((_, c) => c % 794 === i);
    return [communes.length ? communes.join(", ") : p.departments[i % p.departments.length]!, p.departments[0]!];
  });
  return planDocx(19, "2025-12-01", rows);
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

const percentile = (times: number[], p: number) =>
  [...times].sort((a, b) => a - b)[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;

/**
 * A focal point for every unit, the rows redeeming an invitation leaves, written at once:
 * 10,000 invitations redeemed one by one would time the invitations, not the province.
 */
async function focalPoints(db: Database, units: { id: number }[]): Promise<Sender[]> {
  const senders = units.map((u): Sender => ({
    channel: "telegram",
    chatId: String(500_000 + u.id),
    chatKind: "private",
    userId: String(500_000 + u.id),
    name: `Đầu mối ${u.id}`,
  }));
  for (let i = 0; i < senders.length; i += 1000) {
    await db.client.chat.createMany({
      data: senders.slice(i, i + 1000).map((s) => ({ channel: s.channel, chatId: s.chatId, kind: "private" })),
    });
  }
  const chats = new Map(
    (await db.client.chat.findMany({ select: { id: true, chatId: true } })).map((c) => [c.chatId, c.id]),
  );
  for (let i = 0; i < units.length; i += 1000) {
    await db.client.focalPoint.createMany({
      data: units.slice(i, i + 1000).map((u, k) => ({
        unitId: u.id,
        chatRef: chats.get(senders[i + k]!.chatId)!,
        userId: senders[i + k]!.userId,
        name: senders[i + k]!.name,
      })),
    });
  }
  return senders;
}

interface SizeFigures {
  size: number;
  directory: number;
  plan794: number;
  /** Of which reading and parsing the file (what is left is writing). */
  parse794: number;
  plan19: number;
  assignments: number;
  score: ChatTimes;
  tasks: ChatTimes;
  progress: number;
  export: number;
  /** The day's reminder planning (dry run): every unit's states, then its digest. */
  planner: number;
}

/** A command's p50 and p99 once the process has run it, and apart the first run after a start. */
interface ChatTimes {
  p50: number;
  p99: number;
  first: number;
}

/** The first run compiles the command's queries (Prisma, the JIT): timed apart from the others. */
async function chatTimes(core: ChatCore, senders: Sender[], command: string, runs: number): Promise<ChatTimes> {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const from = senders[(i * 7919) % senders.length]!;
    const [ms, response] = await timed(() => core.handle({ from, text: command }));
    if (response.replies.length === 0) throw new Error(`${command}: no reply`);
    times.push(ms);
  }
  const [first, ...rest] = times;
  return { p50: percentile(rest, 50), p99: percentile(rest, 99), first: first! };
}

async function plannerTime(db: Database, access: Access, at: Date): Promise<number> {
  const [ms, planned] = await timed(() => planReminders(db.client, access, at, { dryRun: true }));
  if (!planned.ran) throw new Error(`reminder planning did not run: ${planned.reason}`);
  return ms;
}

async function measureSize(size: number, engine: EngineName): Promise<SizeFigures> {
  const db = await freshDatabase(engine, { service: true });
  try {
    const p = province(size);
    const workbook = await directoryWorkbook(p);
    const [directory, imported] = await timed(() => importDirectory(db.client, PROVINCE, workbook));
    if (!imported.ok) throw new Error(`directory import failed: ${JSON.stringify(imported.error).slice(0, 300)}`);
    const big = await sevenHundredTasks(p);
    const calendar = await workCalendar(db.client);
    const [parse794] = await timed(() =>
      parsePlanBuffer(big, { province: PROVINCE, directories: databaseDirectories(db.client), calendar }),
    );
    const [plan794, bigPlan] = await timed(() => importPlan(db.client, big, "bench-794", PROVINCE));
    if (!bigPlan.ok) throw new Error(`794-task plan: ${bigPlan.error.code}`);
    const small = await nineteenTasks(p);
    const [plan19, smallPlan] = await timed(() => importPlan(db.client, small, "bench-19", PROVINCE));
    if (!smallPlan.ok) throw new Error(`19-task plan: ${smallPlan.error.code}`);

    const units = await db.client.unit.findMany({
      where: { resolved: true },
      select: { id: true, name: true, provinceId: true },
    });
    const senders = await focalPoints(db, units);
    // 10% of the units mark their task of the plan in force done.
    const leads = await db.client.assignment.findMany({
      where: { role: "lead", task: { planId: smallPlan.value.saved.planId } },
      select: { unitId: true, task: { select: { ref: true } } },
    });
    const names = new Map(units.map((u) => [u.id, u]));
    const at = new Date(`${TODAY}T09:00:00+07:00`);
    for (const lead of leads.filter((_, i) => i % 10 === 0)) {
      const unit = names.get(lead.unitId)!;
      await setDone(
        db.client,
        { unitId: unit.id, unitName: unit.name, provinceId: unit.provinceId },
        { ref: lead.task.ref },
        "focal",
        "bench",
        at,
      );
    }

    const access: Access = { admins: { telegram: ["1"] }, province: PROVINCE, invitationDays: 7 };
    const core = createChatCore({
      services: chatServices(db.client),
      access,
      now: () => at,
      log: silentLogger,
      publicUrl: null,
      inviteLink: () => null,
    });
    const admin: Sender = { channel: "telegram", chatId: "1", chatKind: "private", userId: "1", name: "Quản trị" };
    const reportRuns = size >= 10_000 ? 1 : 3;
    const report = async (command: string) => {
      const times: number[] = [];
      for (let i = 0; i < reportRuns; i++)
        times.push((await timed(() => core.handle({ from: admin, text: command })))[0]);
      return percentile(times, 50);
    };
    return {
      size,
      directory,
      plan794,
      parse794,
      plan19,
      assignments: await db.client.assignment.count(),
      score: await chatTimes(core, senders, "/score", 200),
      tasks: await chatTimes(core, senders, "/tasks", 200),
      progress: await report("/progress"),
      export: await report("/export"),
      planner: await plannerTime(db, access, at),
    };
  } finally {
    await db.drop();
  }
}

interface Start {
  /** From process start to the first output. */
  ms: number;
  /** CPU time used until then. */
  cpuMs: number;
}

/** Runs `node args` with bench/start-probe.mjs, which reports when the first output came. */
function firstOutput(args: string[], env: NodeJS.ProcessEnv): Promise<Start> {
  const probe = pathToFileURL(join(projectRoot, "bench", "start-probe.mjs")).href;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", probe, ...args], {
      cwd: projectRoot,
      env: { ...process.env, ...env },
    });
    let err = "";
    child.stdout.resume();
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on("error", reject);
    child.on("exit", (code) => {
      const report = /start-probe (.*)/.exec(err)?.[1];
      if (code !== 0 || !report) return reject(new Error(`${args.join(" ")}: exit ${code}\n${err}`));
      resolve(JSON.parse(report) as Start);
    });
  });
}

async function medianOf5(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ ms: number; text: string }> {
  const runs: Start[] = [];
  for (let i = 0; i < 5; i++) runs.push(await firstOutput(args, env));
  const ms = percentile(
    runs.map((r) => r.ms),
    50,
  );
  const cpu = percentile(
    runs.map((r) => r.cpuMs),
    50,
  );
  return { ms, text: `${ms.toFixed(0)} ms (${cpu.toFixed(0)} ms CPU)` };
}

export async function startTimes(): Promise<void> {
  const dondoc = join(projectRoot, "bin", "dondoc.js");
  const plan = join(projectRoot, "fixtures", "plans", "plan-thai-nguyen-2019-par-index.txt");
  const dir = mkdtempSync(join(tmpdir(), "dondoc-start-"));
  const cases: [string, string[], number?][] = [
    ["dondoc --help", ["--help"], 300],
    ["dondoc plan parse (demo plan)", ["plan", "parse", plan], 800],
    ["dondoc plan list (migrated database, no plan)", ["plan", "list"]],
  ];
  // The machine's own start: a loaded machine slows every figure alike.
  const bare = await medianOf5(["-e", "console.log(1)"]);
  console.log("  process start to first output, median of 5 (goals: --help ≤ 300 ms, plan parse ≤ 800 ms)");
  console.log(`    bare node: ${bare.text}`);
  if (!distIsFresh())
    console.log("    (dist/ is missing or older than src/: run `npm run build` for the compiled figures)");
  for (const [label, args, goal] of cases) {
    const env = (build: string) => ({ DONDOC_BUILD: build, DATABASE_URL: `file:${join(dir, `${build}.db`)}` });
    const compiled = await medianOf5([dondoc, ...args], env("on"));
    const sources = await medianOf5([dondoc, ...args], env("off"));
    const ratio = goal ? ` (${(compiled.ms / goal).toFixed(2)}× the goal of ${goal} ms)` : "";
    console.log(`    ${label}: compiled ${compiled.text}${ratio}; through tsx ${sources.text}`);
  }
  rmSync(dir, { recursive: true, force: true });
}

/** Issue 18's goal for a figure at a size (ms), where it sets one. */
type Goal = (size: number) => number | undefined;
const everySize =
  (ms: number): Goal =>
  () =>
    ms;
const atSizes =
  (goals: Record<number, number>): Goal =>
  (size) =>
    goals[size];
const REPORT_GOAL = atSizes({ 1_000: 150, 10_000: 1_000 });

/** A figure in ms, with its ratio to the goal where one applies at that size. */
function against(ms: number, size: number, goal: Goal, digits = 0): string {
  const target = goal(size);
  const figure = ms.toFixed(digits);
  return target === undefined ? figure : `${figure} (${(ms / target).toFixed(2)}× goal)`;
}

function table(rows: SizeFigures[]): void {
  const head = ["what", "goal", ...rows.map((r) => `${r.size.toLocaleString("en")} units`)];
  const p99 = (figure: ChatTimes, size: number) =>
    `${figure.p50.toFixed(1)} / ${against(figure.p99, size, everySize(20), 1)}`;
  const firsts = (r: SizeFigures) => `${r.score.first.toFixed(1)} / ${r.tasks.first.toFixed(1)}`;
  const lines: string[][] = [
    ["assignments stored", "", ...rows.map((r) => String(r.assignments))],
    ["/score p50 / p99 ms", "p99 ≤ 20", ...rows.map((r) => p99(r.score, r.size))],
    ["/tasks p50 / p99 ms", "p99 ≤ 20", ...rows.map((r) => p99(r.tasks, r.size))],
    ["/score, /tasks first after start ms", "", ...rows.map(firsts)],
    ["/progress ms", "≤ 150 at 1,000, ≤ 1,000 at 10,000", ...rows.map((r) => against(r.progress, r.size, REPORT_GOAL))],
    ["/export ms", "≤ 150 at 1,000, ≤ 1,000 at 10,000", ...rows.map((r) => against(r.export, r.size, REPORT_GOAL))],
    ["reminder planning ms", "", ...rows.map((r) => r.planner.toFixed(0))],
    [
      "directory import ms",
      "≤ 3,000 at 10,000",
      ...rows.map((r) => against(r.directory, r.size, atSizes({ 10_000: 3_000 }))),
    ],
    ["plan import, 19 tasks ms", "", ...rows.map((r) => r.plan19.toFixed(0))],
    [
      "plan import, 794 tasks ms",
      "≤ 2,000 at 10,000",
      ...rows.map((r) => against(r.plan794, r.size, atSizes({ 10_000: 2_000 }))),
    ],
    ["  of which reading, parsing", "", ...rows.map((r) => r.parse794.toFixed(0))],
  ];
  const widths = head.map((_, c) => Math.max(...[head, ...lines].map((l) => l[c]!.length)));
  for (const line of [head, ...lines]) console.log(`  ${line.map((cell, c) => cell.padEnd(widths[c]!)).join("  ")}`);
}

export async function scaleBenchmarks(sizes = [100, 1_000, 10_000], engine: EngineName = "sqlite"): Promise<void> {
  const where = engine === "sqlite" ? "SQLite" : `PostgreSQL at ${POSTGRES_URL}`;
  console.log(`scale (${where}; a province built through units import and plan import, ${TODAY})`);
  if (engine === "sqlite") await startTimes();
  const rows: SizeFigures[] = [];
  for (const size of sizes) rows.push(await measureSize(size, engine));
  table(rows);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const engine: EngineName = args.includes("--postgresql") ? "postgresql" : "sqlite";
  const sizes = args.filter((a) => a !== "--postgresql").map(Number);
  await scaleBenchmarks(sizes.length ? sizes : undefined, engine);
}

// Intake time and peak memory for lists of 1k, 10k and 50k rows, against exceljs
// loading the same file (the floor any exceljs-based intake stands on).
// Goals (issue 4): under 1.3x that load, under 300 MB peak at 50k rows.
import { readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { translator } from "../src/i18n/index.ts";
import { NO_CONTEXT, runIntake } from "../src/services/intake-service.ts";

async function list(rows: number, errorEvery: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Danh sách");
  sheet.addRow(["SỞ XÂY DỰNG"]);
  sheet.addRow([
    "STT",
    "Họ và tên cá nhân, tổ chức đã giải quyết TTHC và đã trả kết quả",
    "Địa chỉ liên hệ",
    "Tên lĩnh vực/thủ tục yêu cầu giải quyết",
    "Ngày nhận hồ sơ",
    "Ngày trả kết quả thực tế",
    "Số điện thoại",
    "Ghi chú",
  ]);
  for (let i = 1; i <= rows; i++) {
    const phone = i % errorEvery === 0 ? "12345" : `09${String(10000000 + i)}`;
    sheet.addRow([
      i,
      `Nguyễn Văn An ${i}`,
      "Tổ 3, phường Tân Thịnh, thành phố Thái Nguyên",
      "Cấp giấy phép xây dựng",
      "02/10/2019",
      "15/10/2019",
      phone,
      null,
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Resident memory of this process and its children (the list workers), from /proc (Linux). */
function treeRss(pid = process.pid): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const own = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(" ").filter(Boolean).map(Number),
    );
    return own + children.reduce((sum, child) => sum + treeRss(child), 0);
  } catch {
    return pid === process.pid ? process.memoryUsage().rss : 0;
  }
}

/** Runs fn while sampling the resident memory of the bot and its list workers. */
async function measured<T>(fn: () => Promise<T>): Promise<{ ms: number; peakMb: number; value: T }> {
  const base = treeRss();
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss())), 10);
  const start = performance.now();
  const value = await fn();
  const ms = performance.now() - start;
  clearInterval(timer);
  peak = Math.max(peak, treeRss());
  return { ms, peakMb: (peak - base) / 1024 / 1024, value };
}

export async function intakeBenchmark(): Promise<void> {
  const t = translator("vi");
  console.log(
    "list intake (Phụ lục III, 1% of rows with an invalid phone; median of 3 runs; memory = peak growth of the",
  );
  console.log(
    "  resident memory of the process and its list workers; an idle worker waits for each file, as in the running bot)",
  );
  await runIntake(
    { name: "warm-up.xlsx", content: await list(10, 100) },
    { t, at: new Date(), context: async () => NO_CONTEXT },
  );
  for (const rows of [1_000, 10_000, 50_000]) {
    const file = await list(rows, 100);
    const loads: { ms: number; peakMb: number }[] = [];
    const intakes: { ms: number; peakMb: number; findings: number }[] = [];
    for (let run = 0; run < 3; run++) {
      global.gc?.();
      loads.push(await measured(async () => new ExcelJS.Workbook().xlsx.load(file as unknown as ArrayBuffer)));
      global.gc?.();
      const intake = await measured(() =>
        runIntake({ name: "list.xlsx", content: file }, { t, at: new Date(), context: async () => NO_CONTEXT }),
      );
      if (!intake.value.ok) throw new Error(`intake refused the list: ${intake.value.error.code}`);
      intakes.push({ ...intake, findings: intake.value.value.check.findings.length });
    }
    const median = <T extends { ms: number }>(runs: T[]) => [...runs].sort((a, b) => a.ms - b.ms)[1]!;
    const load = { ms: median(loads).ms, peakMb: Math.max(...loads.map((l) => l.peakMb)) };
    const intake = { ms: median(intakes).ms, peakMb: Math.max(...intakes.map((i) => i.peakMb)) };
    const findings = intakes[0]!.findings;
    console.log(
      `  ${String(rows).padStart(6)} rows (${(file.length / 1024).toFixed(0)} KB): exceljs load ${load.ms.toFixed(0)} ms, ${load.peakMb.toFixed(0)} MB; ` +
        `intake ${intake.ms.toFixed(0)} ms, ${intake.peakMb.toFixed(0)} MB, ${findings} findings; ratio ${(intake.ms / load.ms).toFixed(2)}x`,
    );
  }
}

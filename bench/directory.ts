// The unit directory at the size of a merged province or a ministry (issue 18): the
// resolver built for 10,000 communes and resolving 10,000 names, and `units import` of
// 1,000 and 10,000 communes into SQLite. Goal: the 10,000-unit import ≤ 3 s.
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { THAI_NGUYEN_2025 } from "../src/domain/directories/thai-nguyen.ts";
import { createResolver } from "../src/domain/resolve-units.ts";
import type { Directory, UnitEntry } from "../src/domain/units.ts";
import { importDirectory } from "../src/services/units-service.ts";
import { openDatabase } from "../src/store/database.ts";
import { ensureProvince } from "../src/store/directory-store.ts";
import { applyMigrations } from "../src/store/migrations.ts";

const SYLLABLES = "An Bình Cao Đồng Hà Hòa Kim La Minh Nam Phú Quang Sơn Tân Thanh Trung Vân Xuân Yên".split(" ");

/** "Hòa Minh 12": two syllables and a number, distinct for every i. */
function communeName(i: number): string {
  return `${SYLLABLES[i % SYLLABLES.length]} ${SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length]} ${i}`;
}

function communes(count: number): UnitEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `UBND xã ${communeName(i)}`,
    kind: "commune" as const,
    abbreviations: [],
    aliases: [`xã ${communeName(i)}`],
  }));
}

function resolverBenchmark(): void {
  const directory: Directory = { ...THAI_NGUYEN_2025, units: [...THAI_NGUYEN_2025.units, ...communes(10_000)] };
  const build = performance.now();
  const buildCpu = process.cpuUsage();
  const resolver = createResolver(directory);
  const built = performance.now() - build;
  const builtCpu = cpuMs(buildCpu);
  const names = Array.from(
    { length: 10_000 },
    (_, i) =>
      [
        `UBND xã ${communeName((i * 7919) % 10_000)}`,
        `xã ${communeName(i)}, Sở Nông nghiệp và PTNT`,
        "Các Sở, ngành: Tài chính; Lao động - TBXH; KH&ĐT; Thanh tra tỉnh, Công an tỉnh",
        `Ban Chỉ đạo số ${i} của tỉnh`,
      ][i % 4]!,
  );
  const start = performance.now();
  const startCpu = process.cpuUsage();
  let found = 0;
  for (const name of names) found += resolver.resolveList(name).length;
  const ms = performance.now() - start;
  const msCpu = cpuMs(startCpu);
  const group = performance.now();
  const everyCommune = resolver.resolveList("UBND các xã, phường, thị trấn").length;
  const groupMs = performance.now() - group;
  console.log("unit resolver, 10,000 communes and Thái Nguyên's 2025 directory");
  console.log(
    `  build ${built.toFixed(0)} ms (CPU ${builtCpu.toFixed(0)} ms); resolving 10,000 names and lists ${ms.toFixed(0)} ms (CPU ${msCpu.toFixed(0)} ms, ${((ms * 1000) / names.length).toFixed(0)} µs each, ${found} units found)`,
  );
  console.log(`  "UBND các xã, phường, thị trấn" → ${everyCommune} units in ${groupMs.toFixed(1)} ms`);
  longListBenchmark(resolver);
}

/**
 * One cell listing a name thousands of times (a hostile plan): resolving must stay linear in the list's length, so
 * the time for 16,000 names is about 4 times that for 4,000 (a quadratic step would make it 16).
 */
function longListBenchmark(resolver: ReturnType<typeof createResolver>): void {
  const time = (count: number) => {
    const list = Array.from({ length: count }, (_, i) => ["Hội Nông dân tỉnh", "Ban Quản lý dự án số " + i][i % 2]);
    const start = performance.now();
    resolver.resolveList(list.join(", "));
    return performance.now() - start;
  };
  time(1_000);
  const [small, large] = [time(4_000), time(16_000)];
  console.log(
    `  one list of 4,000 names ${small.toFixed(0)} ms, of 16,000 ${large.toFixed(0)} ms: ratio ${(large / small).toFixed(1)} for 4 times the names (linear ≈ 4)`,
  );
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const spent = process.cpuUsage(since);
  return (spent.user + spent.system) / 1000;
}

/** Wall and CPU time of one call: on a shared machine the CPU time says more about the code. */
function timed<T>(fn: () => Promise<T>): { result: Promise<T>; ms(): [number, number] } {
  const start = performance.now();
  const cpu = process.cpuUsage();
  let wall = 0;
  let used = 0;
  const result = fn().then((value) => {
    wall = performance.now() - start;
    used = cpuMs(cpu);
    return value;
  });
  return { result, ms: () => [wall, used] };
}

async function sheet(count: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const rows = workbook.addWorksheet("Danh mục");
  rows.addRow(["Tên đơn vị", "Loại", "Tên gọi khác", "Hiệu lực từ"]);
  for (const unit of communes(count)) rows.addRow([unit.name, "Cấp xã", unit.aliases[0], "01/07/2025"]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function importBenchmark(): Promise<void> {
  console.log("units import into SQLite (new communes, then the same file again; goal at 10,000: ≤ 3 s)");
  for (const count of [1_000, 10_000]) {
    const dir = mkdtempSync(join(tmpdir(), "dondoc-bench-"));
    const db = await openDatabase(`file:${join(dir, "bench.db")}`);
    await applyMigrations(db);
    const buffer = await sheet(count);
    await ensureProvince(db.client, "Thái Nguyên"); // the shipped directory, before the clock starts
    const first = timed(() => importDirectory(db.client, "Thái Nguyên", buffer));
    const created = await first.result;
    const again = timed(() => importDirectory(db.client, "Thái Nguyên", buffer));
    await again.result;
    if (!created.ok) throw new Error(`import failed: ${JSON.stringify(created.error)}`);
    const [firstMs, firstCpu] = first.ms();
    const [againMs, againCpu] = again.ms();
    const goal = count === 10_000 ? ` (${(firstMs / 3000).toFixed(2)}x the goal)` : "";
    console.log(
      `  ${count.toLocaleString("en")} units: ${firstMs.toFixed(0)} ms${goal}, CPU ${firstCpu.toFixed(0)} ms, ${created.value.created} created; same file again ${againMs.toFixed(0)} ms, CPU ${againCpu.toFixed(0)} ms`,
    );
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function directoryBenchmarks(): Promise<void> {
  resolverBenchmark();
  await importBenchmark();
}

// /progress and /export read every unit's task states at once (issue 18's goal: ≤150 ms at
// 1,000 units, ≤1 s at 10,000). The province is written straight into SQLite: units, a plan
// of a list task (Phụ lục I, III) and a report for every unit, quotas, and for one unit in
// ten its two lists and a report declared done. Wall time and CPU time, median of 5.
import { performance } from "node:perf_hooks";
import { planProgress } from "../src/services/progress-service.ts";
import type { PrismaClient } from "../src/store/database.ts";
import { freshDatabase } from "../test/support/databases.ts";

const GOALS: Record<number, number> = { 1000: 150, 10000: 1000 };

async function province(db: PrismaClient, units: number): Promise<void> {
  const { id: provinceId } = await db.province.create({ data: { name: "Tỉnh Thử" } });
  await db.unit.createMany({
    data: Array.from({ length: units }, (_, i) => ({ provinceId, name: `UBND xã Thử ${i + 1}`, kind: "commune" })),
  });
  const ids = (await db.unit.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((u) => u.id);
  const plan = await db.plan.create({ data: { provinceId, key: "bench", title: "Kế hoạch thử", source: "bench" } });
  const task = (position: number, ref: string, title: string, templates: string[]) =>
    db.task.create({
      data: {
        planId: plan.id,
        ref,
        position,
        title,
        due: "2019-11-29",
        effectiveDue: "2019-11-29",
        templates: JSON.stringify(templates),
      },
    });
  const lists = await task(0, "1", "Lập danh sách theo phụ lục số I, III, gửi về Sở Nội vụ", ["I", "III"]);
  const report = await task(1, "2", "Xây dựng báo cáo, gửi kèm tài liệu kiểm chứng", []);
  for (let i = 0; i < ids.length; i += 5000) {
    const some = ids.slice(i, i + 5000);
    await db.assignment.createMany({
      data: some.flatMap((unitId) => [lists, report].map((t) => ({ taskId: t.id, unitId, role: "lead" }))),
    });
    await db.quota.createMany({
      data: some.map((unitId) => ({
        planId: plan.id,
        unitId,
        official: 20,
        reserve: 10,
        requiredOfficial: 20,
        requiredReserve: 10,
      })),
    });
  }
  const active = ids.filter((_, i) => i % 10 === 0);
  const counts = { rowsTotal: 30, rowsValid: 30, official: 20, reserve: 10, findings: "[]" };
  await db.submission.createMany({
    data: active.flatMap((unitId) =>
      ["I", "III"].map((template) => ({
        ...counts,
        unitId,
        planId: plan.id,
        template,
        fileName: "ds.xlsx",
        receivedAt: new Date("2019-11-25T09:00:00+07:00"),
        submittedBy: "bench",
        complete: true,
      })),
    ),
  });
  await db.completion.createMany({
    data: active.map((unitId) => ({
      taskId: report.id,
      unitId,
      doneAt: new Date("2019-11-26T09:00:00+07:00"),
      source: "focal",
      by: "bench",
    })),
  });
}

export async function progressBenchmark(): Promise<void> {
  console.log("/progress and /export states of every unit (planProgress, SQLite, median of 5)");
  for (const units of [100, 1000, 10000]) {
    const db = await freshDatabase("sqlite");
    try {
      await province(db.client, units);
      const times: number[] = [];
      const cpu: number[] = [];
      for (let i = 0; i < 5; i++) {
        const [start, startCpu] = [performance.now(), process.cpuUsage()];
        const progress = await planProgress(db.client, "Tỉnh Thử", "2019-12-02");
        const used = process.cpuUsage(startCpu);
        times.push(performance.now() - start);
        cpu.push((used.user + used.system) / 1000);
        if (progress?.ranking.length !== units) throw new Error("every unit must be ranked");
      }
      const median = (xs: number[]) => xs.sort((a, b) => a - b)[2]!;
      const goal = GOALS[units];
      const ratio = goal ? ` (goal ≤${goal} ms: ${(median(times) / goal).toFixed(2)}x)` : "";
      // CPU time (SQLite runs in this process) tells the work apart from a busy machine's waiting.
      console.log(`  ${units} units: ${median(times).toFixed(0)} ms, CPU ${median(cpu).toFixed(0)} ms${ratio}`);
    } finally {
      await db.drop();
    }
  }
}

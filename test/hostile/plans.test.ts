// Plan files made to hurt, read as the bot reads them (in a process of their own): each
// is refused with a code, the bot's process never opens them, and an honest plan reads
// exactly as it does in process.
import { describe, expect, it } from "vitest";
import { PROCESS_LIMITS } from "../../src/domain/limits.ts";
import { readPlanIsolated, warmUpPlanWorker } from "../../src/plan/plan-process.ts";
import { blockText } from "../../src/plan/document.ts";
import { readPlan } from "../../src/plan/read-plan.ts";
import { docxFromText } from "../support/documents.ts";
import { bombDocx, hugeMergeXlsx, manyParagraphsDocx } from "../support/hostile-plans.ts";
import { pdfFrom } from "../support/pdf-documents.ts";

// Workers start cold and this machine may be shared: a generous bound, not a timing goal.
const HEAVY = 180_000;

const code = async (buffer: Buffer, limits = PROCESS_LIMITS) => {
  const read = await readPlanIsolated(buffer, limits);
  if (read.ok) throw new Error("the file was read");
  return read.error.code;
};

describe("plans read in their own process", { timeout: HEAVY }, () => {
  it("reads an honest plan as the bot's own process would", async () => {
    const plan = await docxFromText("KẾ HOẠCH\nI. MỤC ĐÍCH\n1. Nhiệm vụ một\n2. Nhiệm vụ hai");
    expect(await readPlanIsolated(plan)).toEqual(await readPlan(plan));
  });

  it("reads a PDF in the worker started ahead of it (loading pdf.js while it waited) as the bot's own process would", async () => {
    warmUpPlanWorker();
    const plan = await pdfFrom([
      { kind: "paragraph", text: "KẾ HOẠCH", bold: true, center: true },
      { kind: "paragraph", text: "1. Sở Nội vụ chủ trì rà soát thủ tục hành chính, hoàn thành trước ngày 30/6/2026." },
    ]);
    const read = await readPlanIsolated(plan);
    expect(read).toEqual(await readPlan(plan));
    expect(read.ok && read.document.blocks.map(blockText)).toContain(
      "1. Sở Nội vụ chủ trì rà soát thủ tục hành chính, hoàn thành trước ngày 30/6/2026.",
    );
  });

  it("refuses a 2 MB .docx bomb, a 4 KB workbook with one huge merge and a 400,000-task .docx", async () => {
    const rssBefore = process.memoryUsage().rss;
    expect(await code(bombDocx(4096))).toBe("unreadable-docx");
    expect(await code(bombDocx())).toBe("plan-too-large");
    expect(await code(await hugeMergeXlsx())).toBe("plan-too-complex");
    expect(await code(await manyParagraphsDocx(400_000))).toBe("plan-too-complex");
    // None of it was inflated here: the test's own process grew by the files it built, not by gigabytes.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(400 * 1024 * 1024);
  });

  it("ends a reader past its memory or CPU time, seen from outside", async () => {
    const plan = await manyParagraphsDocx(20_000);
    expect(await code(plan, { ...PROCESS_LIMITS, maxRssMb: 1 })).toBe("plan-too-complex");
    expect(await code(plan, { ...PROCESS_LIMITS, maxCpuMs: 0 })).toBe("plan-too-complex");
  });

  it("answers a plan out of wall time before spending half its CPU time as a busy machine's, to send again", async () => {
    const plan = await manyParagraphsDocx(20_000);
    const read = await readPlanIsolated(plan, PROCESS_LIMITS, 1);
    expect(read).toMatchObject({ ok: false, error: { code: "plan-busy" } });
  });
});

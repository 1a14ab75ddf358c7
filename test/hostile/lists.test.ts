// Lists made to stall or flood the bot (issue 12), each built here: each is refused with a
// code, or read with its long values cut and reported, and the next list is still read.
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, PROCESS_LIMITS, QUOTE_CHARS } from "../../src/domain/limits.ts";
import { sampleProcess } from "../../src/formats/process-watch.ts";
import { openList } from "../../src/sheets/read-list.ts";
import { check, t } from "../support/intake.ts";
import {
  hugeValue,
  lyingDirectory,
  repeatedSharedString,
  unclosedTags,
  wholeSheetMerges,
} from "../support/hostile-lists.ts";
import { appendixI, xlsx } from "../support/lists.ts";

// Workers start cold and this machine may be shared: a generous bound, not a timing goal.
const HEAVY = 180_000;

const refusal = async (content: Buffer) => {
  const result = await check(content);
  if (result.ok) throw new Error("the file was accepted");
  return result.error.code;
};

/** The next honest list is read as usual: the worker (or a new one) still serves. */
async function stillServes(): Promise<void> {
  const next = await check(await xlsx(appendixI([[1, "Nguyễn Văn An", "Chuyên viên", "x", null, "0912345678"]])));
  expect(next.ok).toBe(true);
}

describe("values longer than a cell may be", { timeout: HEAVY }, () => {
  it("reads a list whose names all repeat one 32,000-character shared string, quoting 60 characters of it", async () => {
    const file = repeatedSharedString(2_000);
    expect(file.length).toBeLessThan(200 * 1024);
    const result = await check(file);
    if (!result.ok) throw new Error(result.error.code);
    const { message } = result.value;
    const long = result.value.check.findings.filter((f) => f.code === "value-too-long");
    expect(long).toHaveLength(2_000);
    expect(long[0]).toMatchObject({ row: 2, column: "Họ và Tên", args: { length: 32_000 } });
    expect(message(long[0]!)).toMatch(/^Dòng 2, cột "Họ và Tên": giá trị dài 32\.000 ký tự, quá dài cho một ô/);
    for (const f of result.value.check.findings) expect(f.value.length).toBeLessThanOrEqual(QUOTE_CHARS);
    for (const f of result.value.check.findings) expect(message(f).length).toBeLessThan(300);
    expect(result.value.check.counts).toMatchObject({ total: 2_000, valid: 0 });
    await stillServes();
  });

  it("reads a 50,000,000-character name as a finding with its length, never the value", async () => {
    const file = hugeValue(50_000_000);
    expect(file.length).toBeLessThan(DEFAULT_LIMITS.maxBytes);
    const result = await check(file);
    if (!result.ok) throw new Error(result.error.code);
    const [long] = result.value.check.findings.filter((f) => f.code === "value-too-long");
    expect(long).toMatchObject({ row: 2, args: { length: 50_000_000 } });
    expect(result.value.message(long!)).toContain("50.000.000 ký tự");
    expect(result.value.message(long!).length).toBeLessThan(300);
    expect(result.value.check.counts).toMatchObject({ total: 2, valid: 1 });
  });
});

describe("files that lie or never end", { timeout: HEAVY }, () => {
  it("refuses a zip whose directory declares a sheet far smaller than it inflates to", async () => {
    expect(await refusal(lyingDirectory(20 * 1024 * 1024))).toBe("corrupt-file");
    await stillServes();
  });

  it("refuses 20,000 merged ranges over the whole sheet, and reads a list with a few of them", async () => {
    expect(await refusal(wholeSheetMerges(20_000))).toBe("file-too-complex");
    expect(t("error-file-too-complex")).toContain("quá phức tạp");
    // A few such ranges are clamped to the columns read: the list is then read (a merged
    // range keeps its value in its first cell only, so the header is that of A1).
    expect(await refusal(wholeSheetMerges(50))).toBe("unknown-template");
    await stillServes();
  });

  it("answers a sheet of 50,000 cells and rows never closed, and goes on serving", async () => {
    // A value inside a tag never closed is no value: the header is read, and no row.
    const result = await check(unclosedTags(50_000));
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.check.counts.total).toBe(0);
    await stillServes();
  });
});

describe("the list worker watched from outside", { timeout: HEAVY }, () => {
  it("ends a worker past its resident memory or CPU time and refuses the file, then serves the next", async () => {
    const file = repeatedSharedString(2_000);
    for (const limits of [
      { ...PROCESS_LIMITS, maxRssMb: 1 },
      { ...PROCESS_LIMITS, maxCpuMs: 0 },
    ])
      expect(await openList(file, "xlsx", DEFAULT_LIMITS, { process: limits })).toMatchObject({
        code: "file-too-complex",
      });
    await stillServes();
  });

  it("reads a process's memory and CPU time from /proc", () => {
    const sample = sampleProcess(process.pid)!;
    expect(sample.rssMb).toBeGreaterThan(10);
    expect(sample.cpuMs).toBeGreaterThan(0);
    expect(sampleProcess(2 ** 22 + 1)).toBeNull();
  });
});

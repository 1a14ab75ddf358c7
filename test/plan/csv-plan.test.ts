// A task table saved as CSV (a task system's "Xuất CSV", Excel's "Save as CSV"): every line as many fields as the
// others, with commas or, in a locale whose list separator is one, semicolons; fields holding the separator, a quote
// or a line break quoted. It reads as the same sheet copied out of Excel reads.
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN_2025 } from "../../src/domain/directories/thai-nguyen.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import { readPlan } from "../../src/plan/read-plan.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";
import { tasks } from "../support/text-plans.ts";

/** A CSV line of five fields, quoted as Excel quotes them, padded with empty fields as Excel pads its range. */
const line = (separator: string, ...fields: string[]) =>
  `${[...fields, "", "", "", "", ""]
    .slice(0, 5)
    .map((f) => (f.includes(separator) || /[\n"]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f))
    .join(separator)}\r\n`;

const sheet = (separator: string, rows: number) =>
  "\uFEFF" +
  line(separator, "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN") +
  line(separator, "Số: 77/KH-UBND", "", "Thái Nguyên, ngày 20 tháng 02 năm 2026") +
  line(separator, "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026") +
  line(separator) +
  line(separator, "STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn") +
  Array.from({ length: rows }, (_, k) =>
    line(
      separator,
      String(k + 1),
      `Rà soát, công bố thủ tục hành chính nhóm ${k + 1}\n(lĩnh vực "đất đai")`,
      "Sở Tư pháp",
      "Sở Nội vụ, Sở Tài chính",
      "31/3/2026",
    ),
  ).join("");

async function read(text: string) {
  const result = await readPlan(Buffer.from(text));
  if (!result.ok) throw new Error(result.error.code);
  const parsed = parsePlan(result.document, THAI_NGUYEN_2025, shippedCalendar);
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.plan;
}

const EXPECTED = ["2", "2026-03-31", ["Sở Tư pháp"], ["Sở Nội vụ", "Sở Tài chính"]];

describe("a task table saved as CSV", () => {
  it("reads with commas, its quoted fields whole", async () => {
    const plan = await read(sheet(",", 3));
    expect(tasks(plan)).toHaveLength(3);
    expect(tasks(plan)[1]).toEqual(EXPECTED);
    expect(plan.tasks.find((t) => t.ref === "2")!.title).toBe(
      'Rà soát, công bố thủ tục hành chính nhóm 2 (lĩnh vực "đất đai")',
    );
    expect(plan.plan.number).toBe("77/KH-UBND");
  });

  it("reads with semicolons, the commas in its fields left alone", async () => {
    const plan = await read(sheet(";", 3));
    expect(tasks(plan)[1]).toEqual(EXPECTED);
  });

  it("leaves prose with commas as prose", async () => {
    const prose = [
      "1. Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ, Sở Tài chính rà soát thủ tục, hoàn thành trước ngày 31/3/2026.",
      "2. Sở Nội vụ, Sở Tài chính, Văn phòng UBND tỉnh tổng hợp, báo cáo trước ngày 30/4/2026.",
      "3. Sở Tài chính bố trí kinh phí, hướng dẫn thanh quyết toán, xong trong tháng 5/2026.",
    ].join("\n");
    const plan = await read(`KẾ HOẠCH\n\n${prose}\n`);
    // Paragraphs pasted into a chat, parted by empty lines, each its own count of commas; and lines of as many commas
    // each but no field a number or a date alone: prose still.
    const chat = await read(prose.replace(/\n/g, "\n\n"));
    expect(tasks(chat).map((t) => t.slice(0, 2))).toEqual(tasks(plan).map((t) => t.slice(0, 2)));
    const even = "Sở Tư pháp chủ trì, phối hợp rà soát, xong trước ngày 31/3/2026.";
    const lines = await read(`1. ${even}\n2. ${even}\n3. ${even}\n`);
    expect(tasks(lines).map((t) => t.slice(0, 2))).toEqual([
      ["1", "2026-03-30"],
      ["2", "2026-03-30"],
      ["3", "2026-03-30"],
    ]);
    expect(tasks(plan).map((t) => t.slice(0, 2))).toEqual([
      ["1", "2026-03-30"],
      ["2", "2026-04-29"],
      ["3", "2026-05-31"],
    ]);
  });

  it("reads thousands of rows", async () => {
    const plan = await read(sheet(";", 3000));
    expect(tasks(plan)).toHaveLength(3000);
    expect(tasks(plan).at(-1)).toEqual(["3000", ...EXPECTED.slice(1)]);
  });
});

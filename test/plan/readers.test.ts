// The same plan reads the same whether it comes as text, Word or Excel: a Word version
// made as offices make it gives exactly the blocks of the text, hence its tasks and quotas.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import { readDocxPlan } from "../../src/plan/read-docx.ts";
import { readTextPlan } from "../../src/plan/read-text.ts";
import { docxFromText, xlsxFromText } from "../support/documents.ts";
import { wordVersion } from "../support/word-plans.ts";
import { PLANS, planText } from "../support/fixtures.ts";

const parse = (buffer: Buffer) =>
  parsePlanBuffer(buffer, { directories: shippedDirectories, calendar: shippedCalendar });

describe.each(Object.entries(PLANS))("%s", (_, path) => {
  const same = async (docx: Buffer) => {
    const fromText = await parse(readFileSync(path));
    const fromDocx = await parse(docx);
    if (!fromText.ok || !fromDocx.ok) throw new Error("both should read");
    expect(fromDocx.value.tasks).toEqual(fromText.value.tasks);
    expect(fromDocx.value.quotas).toEqual(fromText.value.quotas);
    expect(fromDocx.value.plan).toEqual(fromText.value.plan);
  };

  it("reads as .docx with typed numbers exactly as it reads as text", async () => {
    await same(await docxFromText(planText(path)));
  });

  it("reads as an office's .docx (automatic numbering, merged cells, layout tables) block for block as the text", async () => {
    const text = readTextPlan(planText(path));
    if (!text.ok) throw new Error("the text should read");
    const word = await wordVersion(text.document.blocks);
    const read = readDocxPlan(word);
    if (!read.ok) throw new Error("the Word file should read");
    // Its one footnote goes with the paragraph whose mark points to it (which has a date of its own).
    const noted = read.document.blocks.flatMap((b) => (b.notes ? [b.notes] : []));
    expect(noted.length).toBeLessThanOrEqual(1);
    for (const notes of noted)
      expect(notes).toEqual(["Sở Nội vụ tổng hợp, thời gian hoàn thành trước ngày 01/01/2030."]);
    const blocks = read.document.blocks.map(({ notes: _, ...block }) => block);
    expect(blocks).toEqual(text.document.blocks);
    await same(word);
  });
});

describe.each([
  ["bacKan2023", PLANS.bacKan2023],
  ["thaiNguyen2024", PLANS.thaiNguyen2024],
])("%s as an .xlsx task table", (_, path) => {
  it("gives the same tasks as the text", async () => {
    const fromText = await parse(readFileSync(path));
    const fromXlsx = await parse(await xlsxFromText(planText(path)));
    if (!fromText.ok || !fromXlsx.ok) throw new Error("both should read");
    expect(fromXlsx.value.tasks).toEqual(fromText.value.tasks);
  });
});

describe("files that are not plans", () => {
  it.each([
    ["an empty file", Buffer.from("  \n"), "empty-file"],
    ["binary data", Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x00, 0x10]), "not-a-plan"],
    ["a text that is no plan", Buffer.from('{"name":"dondoc","version":"1.0.0"}'), "not-a-plan"],
    [
      "a zip that is neither Word nor Excel",
      Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(64)]),
      "not-a-plan",
    ],
    [
      "a broken .docx",
      Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.from("word/document.xml"), Buffer.alloc(64)]),
      "unreadable-docx",
    ],
    [
      "a broken .xlsx",
      Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.from("xl/workbook.xml"), Buffer.alloc(64)]),
      "unreadable-xlsx",
    ],
    [
      "a plan of a province dondoc does not know",
      Buffer.from("KẾ HOẠCH\nNhiệm vụ của tỉnh Hà Giang\n"),
      "province-not-detected",
    ],
    ["a plan without tasks", Buffer.from("KẾ HOẠCH\nTriển khai nhiệm vụ năm 2024 của tỉnh Thái Nguyên\n"), "no-tasks"],
  ])("%s is refused with a code", async (_, buffer, code) => {
    expect(await parse(buffer)).toMatchObject({ ok: false, error: { code } });
  });

  it("answers a plan it reads no task from, though lines of it give deadlines, with those lines", async () => {
    const plan = [
      "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN",
      "Số: 12/KH-UBND",
      "Thái Nguyên, ngày 05 tháng 3 năm 2024",
      "KẾ HOẠCH",
      "Tiêm chủng mở rộng năm 2024",
      "I. MỤC ĐÍCH, YÊU CẦU",
      "1. Bảo đảm trên 95% trẻ em được tiêm đủ mũi, hoàn thành trước ngày 30/6/2024.",
      "2. Không để xảy ra sai sót chuyên môn.",
    ].join("\n");
    expect(await parse(Buffer.from(plan))).toEqual({
      ok: false,
      error: {
        code: "no-tasks-dated",
        args: {
          count: 1,
          lines: "• 1. Bảo đảm trên 95% trẻ em được tiêm đủ mũi, hoàn thành trước ngày 30/6/2024.",
          more: 0,
        },
      },
    });
  });
});

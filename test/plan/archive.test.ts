// Plans sent inside an archive (a document-management system's "download all" .zip, a WinRAR file): the one plan
// file a zip holds is read as if sent alone; any other archive is answered with what to send.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { PLAN_LIMITS } from "../../src/domain/limits.ts";
import { readPlan } from "../../src/plan/read-plan.ts";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import { paragraph, rawDocx } from "../support/ooxml.ts";

const PLAN = [
  "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU",
  "Số: 41/KH-UBND",
  "Lai Châu, ngày 12 tháng 3 năm 2026",
  "KẾ HOẠCH",
  "1. Sở Nội vụ rà soát danh mục hồ sơ trước ngày 30/4/2026.",
];

const zip = async (files: Record<string, Buffer | string>, compression: "STORE" | "DEFLATE" = "DEFLATE") => {
  const archive = new JSZip();
  for (const [name, data] of Object.entries(files)) archive.file(name, data);
  return archive.generateAsync({ type: "nodebuffer", compression });
};

const docx = () => rawDocx({ body: PLAN.map((line) => paragraph(line)).join("") });

describe("a plan sent inside an archive", () => {
  it("reads the one Word file a zip holds, stored or deflated, beside the archiver's own entries", async () => {
    for (const compression of ["STORE", "DEFLATE"] as const) {
      const file = await zip(
        { "KH 41/": "", "KH 41/KH41.docx": await docx(), "__MACOSX/._KH41.docx": "x" },
        compression,
      );
      const parsed = await parsePlanBuffer(file, { directories: shippedDirectories, calendar: shippedCalendar });
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
      expect(parsed.value.plan.number).toBe("41/KH-UBND");
      expect(parsed.value.tasks.map((t) => [t.lead.map((u) => u.name).join(), t.deadline?.due])).toEqual([
        ["Sở Nội vụ", "2026-04-29"],
      ]);
    }
  });

  it("names the files of a zip holding several, and asks for the plan itself", async () => {
    const file = await zip({ "KH41.docx": await docx(), "KH41.pdf": "%PDF-1.4", "PhuLuc.xlsx": "x", "anh.png": "x" });
    expect(await readPlan(file)).toEqual({
      ok: false,
      error: { code: "archive-several-files", args: { files: "KH41.docx, KH41.pdf, PhuLuc.xlsx" } },
    });
  });

  it("answers a zip of no plan file, a RAR and a 7-Zip file as archives, and never opens an archive in an archive", async () => {
    const rar = Buffer.concat([Buffer.from("Rar!\x1a\x07\x01\x00", "latin1"), Buffer.alloc(64)]);
    const sevenZip = Buffer.concat([Buffer.from("7z\xbc\xaf\x27\x1c", "latin1"), Buffer.alloc(64)]);
    const nested = await zip({ "trong.zip": await zip({ "KH41.docx": await docx() }) });
    const inner = await zip({ "KH41.txt": await zip({ "KH41.docx": await docx() }) });
    for (const file of [await zip({ "anh.jpg": "x" }), rar, sevenZip, nested, inner])
      expect(await readPlan(file)).toMatchObject({ ok: false, error: { code: "archive-file" } });
  });

  it("keeps Word files as what they are, and names a presentation or a binary workbook for what it is", async () => {
    expect(await readPlan(await docx())).toMatchObject({ ok: true });
    const pptx = await zip({ "[Content_Types].xml": "<Types/>", "ppt/presentation.xml": "<p:presentation/>" });
    const xlsb = await zip({ "[Content_Types].xml": "<Types/>", "xl/workbook.bin": "x" }, "STORE");
    for (const file of [pptx, xlsb])
      expect(await readPlan(file)).toEqual({ ok: false, error: { code: "office-file" } });
    // A Word file missing its content types is a broken Word file, not an archive.
    const broken = await zip({ "word/document.xml": "<w:document" });
    expect(await readPlan(broken)).toMatchObject({ ok: false, error: { code: "unreadable-docx" } });
  });

  it("refuses a file in a zip larger than a plan may be before inflating it", async () => {
    const big = Buffer.alloc(PLAN_LIMITS.maxBytes + 1, 0x20);
    expect(await readPlan(await zip({ "KH41.txt": big }))).toMatchObject({
      ok: false,
      error: { code: "plan-too-large" },
    });
  });

  it("reads a zipped plan of thousands of paragraphs", async () => {
    const lines = Array.from(
      { length: 2000 },
      (_, i) => `${i + 1}. Sở Nội vụ rà soát hồ sơ số ${i + 1} trước ngày 30/4/2026.`,
    );
    const text = [...PLAN.slice(0, 4), ...lines].join("\n\n");
    const parsed = await parsePlanBuffer(await zip({ "KH41.txt": text }), {
      directories: shippedDirectories,
      calendar: shippedCalendar,
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.tasks).toHaveLength(2000);
  });
});

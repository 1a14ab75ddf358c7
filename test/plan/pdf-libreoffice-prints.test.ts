// LibreOffice's PDF prints of four corpus and held-out documents whose PDFs came from other printers
// (test/plan/pdf/libreoffice-*.pdf, each `soffice --convert-to pdf` of the document's plan-auto.docx): read as their
// Word files are.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { readPdfPlan } from "../../src/plan/read-pdf.ts";
import { type Line } from "../../src/plan/pdf/lines.ts";
import { paragraphsOf } from "../../src/plan/pdf/paragraphs.ts";
import { pageRegions } from "../../src/plan/pdf/columns.ts";
import type { TextRun } from "../../src/plan/pdf/geometry.ts";
import { findTables, placeRun, tableRows } from "../../src/plan/pdf/tables.ts";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import { tasks } from "../support/text-plans.ts";

const file = (name: string) => readFile(new URL(`pdf/libreoffice-${name}.pdf`, import.meta.url));

async function texts(name: string): Promise<string[]> {
  const read = await readPdfPlan(await file(name));
  if (!read.ok) throw new Error(read.error.code);
  return read.document.blocks.map((b) => (b.type === "text" ? b.text : b.cells.join(" | ")));
}

async function parsed(name: string) {
  const read = await parsePlanBuffer(await file(name), { directories: shippedDirectories, calendar: shippedCalendar });
  if (!read.ok) throw new Error(read.error.code);
  return tasks(read.value);
}

/** The tasks of the held-out document's Word file (numbered by Word, merged cells), which the print was made from. */
async function parsedWord(folder: string) {
  const buffer = await readFile(new URL(`../${folder}/plan-auto.docx`, import.meta.url));
  const read = await parsePlanBuffer(buffer, { directories: shippedDirectories, calendar: shippedCalendar });
  if (!read.ok) throw new Error(read.error.code);
  return tasks(read.value);
}

describe("a section in two columns begun at the foot of a page, under the signature", () => {
  it("reads the signature, then the appendix in its columns, its details each a paragraph", async () => {
    const read = await texts("columns-from-page-foot");
    const at = (start: string) => read.findIndex((t) => t.startsWith(start));
    expect(at("Lò Văn Hùng")).toBeGreaterThan(at("KT. GIÁM ĐỐC"));
    expect(at("PHỤ LỤC")).toBe(at("Lò Văn Hùng") + 1);
    // The abbreviations run down the left column, up the right one and on over the page, one paragraph.
    expect(read[at("Viết tắt")]).toMatch(/P\.TCBC - Phòng Tổ chức, biên chế .* CCVC - công chức, viên chức\.$/);
    expect(read).toContain("Hạn: từ 08/5 đến 19/5");
    const rows = await parsed("columns-from-page-foot");
    expect(rows.find(([ref]) => ref === "8")?.[1]).toBe("2023-05-19");
    expect(rows).toEqual(await parsedWord("plan-heldout-9/06-lai-chau-2023-department-abbreviations-two-columns"));
  });
});

describe("a time merged over two rows, the page breaking between them", () => {
  it("keeps the row numbered on at the top of the next page a row of its own", async () => {
    const rows = await parsed("merged-time-over-page-break");
    expect(rows).toEqual(await parsedWord("plan-heldout-10/08-lai-chau-2026-timeline-first-column-portal-page"));
    expect(rows.filter(([ref]) => ref === "10" || ref === "11").map(([ref, due]) => [ref, due])).toEqual([
      ["10", "2026-03-30"],
      ["11", "2026-03-30"],
    ]);
  });
});

describe("a unit's name wrapped in a narrow cell", () => {
  it("is read with its space: no word breaks before a capital after a small letter", async () => {
    const rows = await parsed("narrow-unit-cells");
    expect(rows).toEqual(await parsedWord("plan-heldout-6/01-lai-chau-2026-assignment-matrix-ct-ph"));
    expect(rows.find(([ref]) => ref === "1")?.[2]).toEqual(["Sở Nội vụ"]);
    // A grid of one row and three columns; "Sở" fills the first cell's line, as far as "Nội" would not fit after it.
    const rules = [
      ...[100, 160].map((y) => ({ x1: 50, y1: y, x2: 420, y2: y })),
      ...[50, 200, 300, 420].map((x) => ({ x1: x, y1: 100, x2: x, y2: 160 })),
    ];
    const [table] = findTables(rules);
    const run = (text: string, x: number, y: number, width: number): TextRun => ({
      text,
      x,
      y,
      width,
      size: 12,
      font: "F",
    });
    [run("Sở", 56, 115, 135), run("Nội vụ", 56, 129, 40)].forEach((r) => placeRun(table!, r));
    expect(tableRows(table!, 0)).toEqual([["Sở Nội vụ", "", ""]]);
  });
});

describe("a task's details on lines of their own", () => {
  it("opens a paragraph at a detail's label under one opened by another, however full the line above", () => {
    const line = (text: string, y: number, right: number): Line => ({
      pieces: [{ text, x: 85, right, size: 12, font: "" }],
      x: 85,
      right,
      y,
      size: 12,
      page: 0,
    });
    const margins = { left: 85, right: 300, limit: 300, pitch: 1.2 };
    const lines = [
      line("CT: Phòng Cải cách hành chính; PH: Thanh tra", 100, 299),
      line("Hạn: từ 08/5 đến 19/5", 114.4, 200),
    ];
    expect(paragraphsOf(lines, () => margins).map((p) => p.text)).toEqual([
      "CT: Phòng Cải cách hành chính; PH: Thanh tra",
      "Hạn: từ 08/5 đến 19/5",
    ]);
  });
});

describe("rows at a page's foot leading into the columns the next page opens with", () => {
  const run = (text: string, x: number, y: number, width = 150): TextRun => ({
    text,
    x,
    y,
    width,
    size: 11,
    font: "F",
  });
  const leading = {
    columns: [
      { left: 85, right: 300 },
      { left: 320, right: 535 },
    ] as [{ left: number; right: number }, { left: number; right: number }],
    size: 11,
    indents: [0],
  };
  const page = [
    run("Nơi nhận:", 85, 500, 60),
    run("KT. GIÁM ĐỐC", 380, 500, 90),
    run("Lò Văn Hùng", 390, 560, 70),
    run("PHỤ LỤC", 160, 600, 60),
    run("- Phòng Tổ chức, biên chế", 320, 600),
    run("PHÂN CÔNG NHIỆM VỤ", 120, 614, 140),
    run("chính phủ; P.CCVC - Phòng", 320, 614),
    run("Viết tắt: CT - chủ trì", 85, 628),
    run("Công chức, viên chức", 320, 628),
  ];
  it("reads them as those columns, the signature above them across the page", () => {
    const { regions } = pageRegions(page, [], null, leading);
    expect(regions.map((r) => r.runs.map((x) => x.text))).toEqual([
      ["Nơi nhận:", "KT. GIÁM ĐỐC", "Lò Văn Hùng"],
      ["PHỤ LỤC", "PHÂN CÔNG NHIỆM VỤ", "Viết tắt: CT - chủ trì"],
      ["- Phòng Tổ chức, biên chế", "chính phủ; P.CCVC - Phòng", "Công chức, viên chức"],
    ]);
  });

  it("reads a page across when no column opens the next, and leads a thousand rows into them", () => {
    expect(pageRegions(page, []).regions).toHaveLength(1);
    const many = Array.from({ length: 1000 }, (_, i) => [
      run(`trái ${i}`, 85, 700 + 12 * i),
      run(`phải ${i}`, 320, 700 + 12 * i),
    ]).flat();
    const { regions } = pageRegions([...page, ...many], [], null, leading);
    expect(regions.at(-1)!.runs).toHaveLength(1003);
  });
});

describe("a numbered heading whose number a tab sets apart, a letter of its name in the fallback font", () => {
  // "1.<tab>Văn phòng UBND tỉnh": LibreOffice draws "ỉ" in DejaVu Serif after the line's Liberation Serif glyphs, and
  // the tab is no space of the font: the word after it was put just before the "ỉ", over the words after it.
  it("reads the heading's words in their order, and its units lead the items under it", async () => {
    const read = await texts("fallback-letter-after-tab");
    expect(read).toContain("1. Văn phòng UBND tỉnh");
    expect(await parsed("fallback-letter-after-tab")).toEqual(
      await parsedWord("plan-corpus/15-bac-kan-2021-par-annual-roman"),
    );
  });
});

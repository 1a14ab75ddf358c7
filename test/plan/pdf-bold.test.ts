// Bold in a PDF's table: the text layer names no weight, the fonts do. Under a note saying the unit in bold leads,
// a units cell's bold names lead in a PDF as in its Word file. bold-lead-cells.pdf is LibreOffice's export of the
// .html next to it (soffice --convert-to docx, then --convert-to pdf): LiberationSerif-Bold among its fonts, one bold
// name wrapped over two lines, one bold passage naming two units.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { THAI_NGUYEN_2025 } from "../../src/domain/directories/thai-nguyen.ts";
import { parsePlan } from "../../src/plan/parse-plan.ts";
import { boldPassages, markBold } from "../../src/plan/pdf/bold.ts";
import type { TextRun } from "../../src/plan/pdf/geometry.ts";
import { readPdfPlan } from "../../src/plan/read-pdf.ts";
import { shippedCalendar } from "../../src/services/plan-service.ts";
import { tasks } from "../support/text-plans.ts";

describe("a PDF table whose lead is in bold, as a note says", () => {
  it("reads the bold units as leads, a name wrapped over two lines and a passage of two names alike", async () => {
    const read = await readPdfPlan(await readFile(new URL("pdf/bold-lead-cells.pdf", import.meta.url)));
    if (!read.ok) throw new Error(read.error.code);
    const parsed = parsePlan(read.document, THAI_NGUYEN_2025, shippedCalendar);
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(tasks(parsed.plan)).toEqual([
      ["1", "2027-04-30", ["Sở Nông nghiệp và Môi trường"], ["Sở Y tế", "Công an tỉnh"]],
      ["2", "2027-06-30", ["Sở Khoa học và Công nghệ", "Sở Nội vụ"], ["Sở Tư pháp"]],
      // No bold in the cell: read as any cell of several units, all lead.
      ["3", "2027-09-30", ["Sở Tài chính", "Thanh tra tỉnh"], []],
    ]);
  });
});

const run = (text: string, x: number, y: number, font = "f1"): TextRun => ({
  text,
  x,
  y,
  width: text.length * 5,
  size: 10,
  font,
});

describe("bold faces and passages", () => {
  it("knows a bold face by its font's name, as writers name them", () => {
    const names: Record<string, string> = {
      a: "BAAAAA+LiberationSerif-Bold",
      b: "TimesNewRomanPS-BoldMT",
      c: "Arial,Bold",
      d: "ABCDEF+Calibri",
      e: "TimesNewRomanPSMT",
    };
    const marked = markBold(
      Object.keys(names).map((font) => run(font, 0, 0, font)),
      (id) => names[id],
    );
    expect(marked.map((r) => r.bold === true)).toEqual([true, true, true, false, false]);
  });

  it("gives none from a cell bold whole or plain, and goes on across a wrapped line", () => {
    const bold = (r: TextRun): TextRun => ({ ...r, bold: true });
    expect(boldPassages([bold(run("Sở Y tế", 0, 100))], 0)).toEqual([]);
    expect(boldPassages([run("Sở Y tế", 0, 100)], 0)).toEqual([]);
    const cell = [run("Sở Tư pháp;", 0, 100), bold(run("Sở Nông nghiệp và", 60, 100)), bold(run("Môi trường", 0, 112))];
    expect(boldPassages(cell, 0)).toEqual(["Sở Nông nghiệp và Môi trường"]);
  });

  it("reads the passages of a cell of ten thousand lines", () => {
    const n = 10_000;
    const cell = Array.from({ length: n }, (_, i) => {
      const line = run(`Sở số ${i};`, 0, 12 * i);
      return i % 2 ? { ...line, bold: true as const } : line;
    });
    expect(boldPassages(cell, 0)).toHaveLength(n / 2);
  });
});

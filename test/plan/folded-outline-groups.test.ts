// Sub-task rows grouped in Excel's outline under their task, the groups folded (their rows hidden) to show the plan's
// headings on one screen: folding hides rows from view, not from the plan. A row hidden on its own, outside any group
// or inside a group left open, is still left out, as the sheet shows and prints it.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readPlan } from "../../src/plan/read-plan.ts";
import { rowsInFoldedGroups } from "../../src/plan/sheet/outline.ts";
import { compoundFile } from "./doc/word-file.ts";
import { cell, ods, row } from "./ods/ods-file.ts";
import * as biff from "./xls/biff.ts";

const blocksOf = async (file: Buffer) => {
  const read = await readPlan(file);
  if (!read.ok) throw new Error(`${read.error.code}: ${read.error.detail}`);
  // The sheets' tab names over their rows (unit-tabs.ts) are no rows of the outline.
  return read.document.blocks
    .filter((b) => b.type !== "text" || !b.tab)
    .map((b) => (b.type === "row" ? b.cells[0] : b.text));
};

/** Each row: its cells, its outline level, hidden or not. */
const ROWS: [string[], number, boolean][] = [
  [["STT", "Nhiệm vụ", "Thời hạn"], 0, false],
  [["1", "Rà soát văn bản quy phạm pháp luật", ""], 0, false],
  [["1.1", "Rà soát văn bản do HĐND tỉnh ban hành", "31/3/2026"], 1, true],
  [["1.2", "Công bố danh mục văn bản hết hiệu lực", "20/5/2026"], 1, true],
  [["2", "Cải cách thủ tục hành chính", ""], 0, false],
  [["2.1", "Niêm yết thủ tục hành chính", "15/4/2026"], 1, false],
  [["2.2", "Dòng nháp ẩn trong nhóm đang mở", "30/4/2026"], 1, true],
  [["x", "Hạn cũ, ẩn riêng", "31/1/2026"], 0, true],
  [["3", "Hiện đại hóa hành chính", ""], 0, false],
  [["3.1", "Nâng cấp hệ thống văn bản điều hành", ""], 1, false],
  [["3.1.1", "Kết nối liên thông đến các xã", "30/10/2026"], 2, true],
  [["3.1.2", "Ký số văn bản điều hành", "10/11/2026"], 2, true],
];
const READ = ["STT", "1", "1.1", "1.2", "2", "2.1", "3", "3.1", "3.1.1", "3.1.2"];

async function xlsx(rows: [string[], number, boolean][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("KH");
  for (const [cells, level, hidden] of rows) {
    const added = sheet.addRow(cells);
    added.outlineLevel = level;
    added.hidden = hidden;
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

function xls(rows: [string[], number, boolean][]): Buffer {
  const records = rows.flatMap(([cells, level, hidden], r) => [
    biff.rowRecord(r, level, hidden),
    ...cells.flatMap((text, c) => (text ? [biff.label(r, c, text)] : [])),
  ]);
  return compoundFile({ Workbook: biff.workbook([biff.xf(0)], [{ name: "KH", records }]) });
}

/** Calc's rows: a group a table:table-row-group, display="false" when folded, its rows then visibility="collapse". */
function odsTable(rows: [string[], number, boolean][], folded: (at: number) => boolean): string {
  let xml = "";
  let depth = 0;
  rows.forEach(([cells, level, hidden], at) => {
    for (; depth > level; depth--) xml += "</table:table-row-group>";
    for (; depth < level; depth++) xml += `<table:table-row-group${folded(at) ? ' table:display="false"' : ""}>`;
    xml += row(cells.map((c) => cell(c)).join(""), hidden ? ' table:visibility="collapse"' : "");
  });
  return `<table:table table:name="KH">${xml}${"</table:table-row-group>".repeat(depth)}</table:table>`;
}

describe("rows folded away in Excel's outline", () => {
  it("are the runs of a level whose rows are all hidden, a group inside a group too", () => {
    const levels = new Map(ROWS.map(([, level], at) => [at + 1, level]));
    const hidden = new Set(ROWS.flatMap(([, , h], at) => (h ? [at + 1] : [])));
    expect([...rowsInFoldedGroups(levels, hidden)].sort((a, b) => a - b)).toEqual([3, 4, 11, 12]);
    // The outer group folded hides the inner one's rows with its own: all are its.
    expect([
      ...rowsInFoldedGroups(
        new Map([
          [2, 1],
          [3, 2],
          [4, 2],
          [5, 1],
        ]),
        new Set([2, 3, 4, 5]),
      ),
    ]).toEqual([2, 3, 4, 5]);
    // A level past Excel's seventh is read as the seventh.
    expect([...rowsInFoldedGroups(new Map([[2, 99]]), new Set([2]))]).toEqual([2]);
  });

  it("are read in an .xlsx, where a row hidden on its own is not", async () => {
    expect(await blocksOf(await xlsx(ROWS))).toEqual(READ);
  });

  it("are read in an .xls", async () => {
    expect(await blocksOf(xls(ROWS))).toEqual(READ);
  });

  it("are read in an .ods, whose folded groups say so", async () => {
    // The rows of 1 and of 3.1 are in groups folded; 2.2 is hidden by hand in group 2, left open.
    const folded = (at: number) => at === 2 || at === 10;
    expect(await blocksOf(await ods(odsTable(ROWS, folded)))).toEqual(READ);
  });

  it("reads thousands of folded groups", async () => {
    const rows: [string[], number, boolean][] = [[["STT", "Nhiệm vụ", "Thời hạn"], 0, false]];
    for (let k = 1; k <= 1_500; k++)
      rows.push(
        [[String(k), `Nhóm nhiệm vụ ${k}`, ""], 0, false],
        [[`${k}.1`, `Nhiệm vụ ${k}.1`, "30/6/2026"], 1, true],
        [[`${k}.2`, `Nhiệm vụ ${k}.2`, "30/9/2026"], 1, true],
      );
    for (const file of [await xlsx(rows), xls(rows), await ods(odsTable(rows, () => true))])
      expect(await blocksOf(file)).toHaveLength(4_501);
  });
});

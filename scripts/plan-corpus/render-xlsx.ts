// plan.xlsx: the tables marked `xlsx=Sheet_name`, each on its sheet as an office sends a
// task table by e-mail: the title lines above the table in merged rows, the header with its
// merged cells, body cells merged where the Word table merges them.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { plainText, type Block, type Cell, type Source, type TableBlock } from "./source.ts";
import { stableZip } from "./word-xml.ts";

function titles(blocks: Block[], index: number): string[] {
  const out: string[] = [];
  for (let i = index - 1; i >= 0 && out.length < 3; i--) {
    const block = blocks[i]!;
    if (block.type !== "para") break;
    out.unshift(plainText(block.inlines));
  }
  return out;
}

function writeRows(sheet: ExcelJS.Worksheet, rows: Cell[][], first: number, header: boolean): void {
  rows.forEach((row, r) => {
    const line = first + r;
    row.forEach((cell, c) => {
      const target = sheet.getCell(line, c + 1);
      if (!cell.merge) target.value = /^\d+$/.test(cell.raw) && c > 1 ? Number(cell.raw) : plainText(cell.inlines);
      target.alignment = { wrapText: true, vertical: "middle", horizontal: header ? "center" : undefined };
      target.border = {
        top: { style: "thin" },
        bottom: { style: "thin" },
        left: { style: "thin" },
        right: { style: "thin" },
      };
      if (header) target.font = { bold: true };
    });
  });
  // Merges: a run of "<<" after a cell, a run of "^^" under it.
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell.merge) return;
      let right = c;
      while (row[right + 1]?.merge === "left") right++;
      let down = r;
      while (rows[down + 1]?.[c]?.merge === "up") down++;
      if (right > c || down > r) sheet.mergeCells(first + r, c + 1, first + down, right + 1);
    });
  });
}

function addSheet(workbook: ExcelJS.Workbook, table: TableBlock, title: string[]): void {
  const sheet = workbook.addWorksheet(table.xlsxSheet!);
  const width = Math.max(...[...table.header, ...table.body].map((r) => r.length));
  title.forEach((text, i) => {
    sheet.getCell(i + 1, 1).value = text;
    sheet.getCell(i + 1, 1).alignment = { horizontal: "center", wrapText: true };
    sheet.getCell(i + 1, 1).font = { bold: i === 0 };
    sheet.mergeCells(i + 1, 1, i + 1, width);
  });
  const start = title.length + 2;
  writeRows(sheet, table.header, start, true);
  writeRows(sheet, table.body, start + table.header.length, false);
  sheet.columns.forEach((column, k) => (column.width = k === 1 ? 60 : k === 0 ? 6 : 22));
}

export async function renderXlsx(source: Source): Promise<Buffer | null> {
  const workbook = new ExcelJS.Workbook();
  const stamp = `${source.settings.date ?? "2025-01-01"}T08:00:00Z`;
  workbook.created = workbook.modified = new Date(stamp);
  source.blocks.forEach((block, i) => {
    if (block.type === "table" && block.xlsxSheet) addSheet(workbook, block, titles(source.blocks, i));
  });
  if (!workbook.worksheets.length) return null;
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  return stableZip(zip, stamp, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
}

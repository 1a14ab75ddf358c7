// .xlsx task tables: every sheet's rows in order; a row with a single filled cell is a
// paragraph (titles, notes), any other row a table row.
import ExcelJS from "exceljs";
import { clean } from "../domain/text.ts";
import type { Block, PlanDocument } from "./document.ts";

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    const d = value;
    return `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
  }
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value) return String(value.text);
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    return "";
  }
  return String(value);
}

export async function readXlsxPlan(buffer: Buffer): Promise<PlanDocument> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const blocks: Block[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) {
        const cell = row.getCell(c);
        // A merged cell's value lives in its master; the others read as empty.
        cells.push(cell.isMerged && cell.master !== cell ? "" : clean(cellText(cell.value)));
      }
      const filled = cells.filter((c) => c);
      if (filled.length === 1 && cells[0]) blocks.push({ type: "text", text: filled[0]! });
      else if (filled.length > 0) blocks.push({ type: "row", cells });
    });
  });
  return { blocks };
}

// author13b: the appendix tables of a plan as an Excel workbook, one sheet per table, as an office types it:
// title rows merged across, a bold header row, group rows merged across, money columns as numbers.
import ExcelJS from "exceljs";

const cellOf = (c) => (typeof c === "string" ? { text: c } : c);
// "30.000.000" -> 30000000; "35,5" -> 35.5; anything else stays text.
function money(text) {
  if (!/^\d{1,3}(\.\d{3})*(,\d+)?$/.test(text)) return null;
  return Number(text.replace(/\./g, "").replace(",", "."));
}

const FONT = { name: "Times New Roman", size: 12 };

// The plan's body as typed into a sheet: each paragraph one wrapped row merged across the sheet; the borderless
// header and signature tables put their left cell in columns A-B and their right cell across the rest.
function bodySheet(ws, blocks, cols) {
  let r = 1;
  const put = (c1, c2, text, opts = {}) => {
    if (c2 > c1) ws.mergeCells(r, c1, r, c2);
    const cell = ws.getCell(r, c1);
    cell.value = text;
    cell.font = { ...FONT, bold: !!opts.bold, italic: !!opts.italic };
    cell.alignment = { wrapText: true, vertical: "top", horizontal: opts.align === "center" ? "center" : "left" };
  };
  for (const b of blocks) {
    if (b.t === "table") {
      for (const row of b.rows) {
        const [left, right] = row.map(cellOf);
        put(1, 2, left.text, left);
        if (right) put(3, cols, right.text, right);
        const lines = Math.max(...row.map((c) => cellOf(c).text.split("\n").length));
        ws.getRow(r).height = 16 * lines;
        r++;
      }
    } else {
      const text = (b.num ? b.num + " " : "") + b.text;
      put(1, cols, text, b);
      ws.getRow(r).height = 16 * Math.max(1, Math.ceil(text.length / 150)) * text.split("\n").length;
      r++;
    }
  }
}

export async function writeWorkbook(file, sheets) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Microsoft Office User";
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { pageSetup: { orientation: "landscape", paperSize: 9, fitToWidth: 1 } });
    const cols = s.widths.length;
    s.widths.forEach((w, i) => { ws.getColumn(i + 1).width = w; });
    if (s.blocks) {
      bodySheet(ws, s.blocks, cols);
      continue;
    }
    let r = 1;
    for (const [i, line] of s.title.entries()) {
      ws.mergeCells(r, 1, r, cols);
      const c = ws.getCell(r, 1);
      c.value = line;
      c.font = { ...FONT, bold: i < 3, italic: i >= 3 };
      c.alignment = { horizontal: i === 0 ? "left" : "center" };
      r++;
    }
    r++;
    for (const [ri, row] of s.rows.entries()) {
      let col = 1;
      for (const raw of row) {
        const c = cellOf(raw);
        const span = c.span ?? 1;
        if (span > 1) ws.mergeCells(r, col, r, col + span - 1);
        const cell = ws.getCell(r, col);
        const n = ri > 0 && s.money.includes(col - 1) ? money(c.text) : null;
        cell.value = n ?? (c.text === "" ? null : c.text);
        if (n !== null) cell.numFmt = Number.isInteger(n) && n >= 1000 ? "#,##0" : "#,##0.0";
        cell.font = { ...FONT, bold: ri === 0 || !!c.bold };
        cell.alignment = { wrapText: true, vertical: "top", horizontal: ri === 0 ? "center" : undefined };
        for (let k = col; k < col + span; k++) {
          ws.getCell(r, k).border = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" },
            right: { style: "thin" } };
        }
        col += span;
      }
      r++;
    }
  }
  await wb.xlsx.writeFile(file);
}

// Held-out set 8, document 06: UBND tỉnh Lai Châu's task list for Kế hoạch 62/KH-UBND (05/02/2026) kept as an
// Excel workbook with ONE SHEET PER GROUP OF UNITS (A. departments, B. central agencies and companies with the
// unit column first, C. communes with no lead column), merged title rows, section rows, cells merged down, real
// Excel dates. Writes plan.xlsx (exceljs), plan.txt (the sheets copied one after another), plan-auto.docx and
// plan-typed.docx (the same tables in Word, landscape), plan.pdf (LibreOffice Calc's export of plan.xlsx) and
// communes.json. Run from the scratch folder (README.md).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { P, PAGE, T, libreOfficePdf, numbering, require, writeWordAndText } from "./lib.mjs";
import { COMMUNES, SHEETS, TITLE } from "./06-data.mjs";

const ExcelJS = require("exceljs");
const FOLDER = "06-lai-chau-2026-workbook-sheet-per-unit-group";

const dmy = (iso) => iso.split("-").reverse().join("/");
const shown = (c) => (c === null ? null : typeof c === "string" ? c : c.date ? dmy(c.date) : c.v);
const isGroup = (r) => !Array.isArray(r);

// ---- plan.xlsx ----------------------------------------------------------------------------
const thin = { style: "thin" };
const BOX = { top: thin, left: thin, bottom: thin, right: thin };

function writeSheet(wb, sheet) {
  const n = sheet.head.length;
  const ws = wb.addWorksheet(sheet.name, {
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: "&CTrang &P/&N" },
    views: [{ state: "frozen", ySplit: 7 }],
  });
  ws.columns = sheet.widths.map((width) => ({ width }));
  const title = (r, text, font, from = 1, to = n, align = "center") => {
    ws.mergeCells(r, from, r, to);
    const cell = ws.getCell(r, from);
    cell.value = text;
    cell.font = { name: "Times New Roman", size: 12, ...font };
    cell.alignment = { horizontal: align, vertical: "middle", wrapText: true };
  };
  title(1, TITLE[0], { bold: true }, 1, 3);
  title(2, TITLE[1], { bold: true });
  title(3, TITLE[2], { bold: true });
  title(4, TITLE[3], { italic: true });
  title(6, sheet.part, { bold: true }, 1, n, "left");
  const head = ws.getRow(7);
  head.values = sheet.head;
  head.height = 32;
  head.eachCell((c) => {
    c.font = { name: "Times New Roman", size: 12, bold: true };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    c.border = BOX;
  });
  ws.pageSetup.printTitlesRow = "7:7";
  let r = 8;
  let stt = 0;
  for (const row of sheet.rows) {
    if (isGroup(row)) {
      ws.getCell(r, 1).value = row.group;
      ws.mergeCells(r, 2, r, n);
      ws.getCell(r, 2).value = row.title;
      ws.getRow(r).font = { name: "Times New Roman", size: 12, bold: true };
    } else {
      stt += 1;
      ws.getCell(r, 1).value = stt;
      row.forEach((c, k) => {
        const cell = ws.getCell(r, k + 2);
        if (c === null) return;
        if (typeof c === "string") cell.value = c;
        else if (c.date) {
          const [y, m, d] = c.date.split("-").map(Number);
          cell.value = new Date(Date.UTC(y, m - 1, d));
          cell.numFmt = "dd/mm/yyyy";
        } else {
          cell.value = c.v;
          ws.mergeCells(r, k + 2, r + c.down - 1, k + 2);
        }
      });
      ws.getRow(r).font = { name: "Times New Roman", size: 12 };
    }
    ws.getRow(r).height = rowHeight(sheet, row);
    for (let k = 1; k <= n; k++) {
      const cell = ws.getCell(r, k);
      cell.border = BOX;
      cell.alignment = { vertical: "middle", wrapText: true, horizontal: k === 1 ? "center" : undefined };
    }
    r += 1;
  }
  for (const note of sheet.notes) {
    r += 1;
    title(r, note, { italic: true }, 1, n, "left");
    ws.getRow(r).height = 34;
  }
}

// Excel fits a wrapped row's height when it is edited; a file written by a program must say it
function rowHeight(sheet, row) {
  const texts = isGroup(row)
    ? [
        ["", 0],
        [row.title, 1],
      ]
    : row.map((c, k) => [shown(c) ?? "", k + 1]);
  const width = (k) => (isGroup(row) && k === 1 ? sheet.widths.slice(1).reduce((a, b) => a + b, 0) : sheet.widths[k]);
  const lines = texts.map(([t, k]) => Math.ceil((String(t).length * 1.1) / Math.max(width(k) - 1, 1)) || 1);
  return 16 * Math.max(...lines) + 4;
}

async function writeXlsx(dir) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Sở Nội vụ tỉnh Lai Châu";
  wb.created = new Date(Date.UTC(2026, 1, 5, 8, 0, 0));
  for (const sheet of SHEETS) writeSheet(wb, sheet);
  await wb.xlsx.writeFile(join(dir, "plan.xlsx"));
}

// ---- the same sheets as Word tables (and plan.txt) ---------------------------------------------
const TWIPS = 14570; // a landscape A4 page between margins of 2 cm

function sheetBlocks(sheet, index) {
  const n = sheet.head.length;
  const total = sheet.widths.reduce((a, b) => a + b, 0);
  const widths = sheet.widths.map((w) => Math.round((w / total) * TWIPS));
  const rows = [sheet.head.map((h) => ({ t: h, b: true, align: "center" }))];
  let stt = 0;
  for (const row of sheet.rows) {
    if (isGroup(row)) {
      rows.push([
        { t: row.group, b: true, align: "center" },
        { t: row.title, b: true, colSpan: n - 1 },
      ]);
      continue;
    }
    stt += 1;
    const num = { label: String(stt), list: "stt", level: 0, instance: index + 1 };
    const cells = [{ t: "", num, align: "center" }];
    for (const c of row) {
      if (c === null) continue; // covered by the cell merged down above
      const o = typeof c === "object" && c.down ? { rowSpan: c.down } : {};
      cells.push({ t: shown(c), ...o });
    }
    rows.push(cells);
  }
  return [
    P({ b: TITLE[0] }, { align: "left", noIndent: true, before: 0, after: 0 }),
    ...TITLE.slice(1).map((t, k) => P(k === 2 ? { i: t } : { b: t }, { align: "center", before: 0, after: 0 })),
    P({ b: sheet.part }, { align: "left", noIndent: true, before: 200 }),
    T(widths, rows, { headerRows: 1, size: 24, cantSplit: true }),
    ...sheet.notes.map((note) => P({ i: note }, { noIndent: true, before: 120 })),
  ];
}

const blocks = SHEETS.flatMap((sheet, k) => [...(k ? [PAGE] : []), ...sheetBlocks(sheet, k)]);

const dir = await writeWordAndText(FOLDER, {
  blocks,
  numbering: [numbering("stt", [["DECIMAL", "%1", { left: 0 }]])],
  first: {
    landscape: true,
    title: "Phụ lục Kế hoạch 62/KH-UBND",
    creator: "Sở Nội vụ",
    margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
  },
});
await writeXlsx(dir);
writeFileSync(join(dir, "communes.json"), JSON.stringify(COMMUNES, null, 2) + "\n");
libreOfficePdf(dir, "plan.xlsx");
console.log(`wrote ${dir}`);

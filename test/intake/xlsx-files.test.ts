// The .xlsx reader and the annotated copy, on files whose parts differ from what exceljs
// writes for a plain list: every kind of cell value, title sheets, merged cells, rich
// text; styled cells highlighted without losing their style; prefixed XML (x:row) read
// and annotated through the exceljs fallback; one worker serving files in turn.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { openXlsx } from "../../src/sheets/xlsx-read.ts";
import { readEntry, rezip, zipEntries } from "../../src/formats/zip.ts";
import { DEFAULT_LIMITS } from "../../src/domain/limits.ts";
import { appendixI, xlsx, type Row } from "../support/lists.ts";
import { check, codes } from "../support/intake.ts";

async function rowsOf(workbook: ExcelJS.Workbook) {
  const opened = openXlsx(Buffer.from(await workbook.xlsx.writeBuffer()), DEFAULT_LIMITS);
  if (opened.type !== "sheet") throw new Error(opened.type);
  return { rows: [...opened.rows], merges: opened.merges, book: opened.book };
}

const person = (n: number, phone = `091234${String(5000 + n)}`): Row => [
  n,
  "Nguyễn Văn An",
  "Chuyên viên",
  "x",
  null,
  phone,
  null,
];

describe("reading .xlsx files", () => {
  it("gives every kind of cell the value exceljs would give", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Ghi chú").addRow(["Hướng dẫn điền"]);
    const sheet = workbook.addWorksheet("Danh sách");
    sheet.addRow(["chữ", 12.5, true, new Date(Date.UTC(2019, 9, 2)), null, "  "]);
    sheet.getCell("A2").value = { richText: [{ text: "Nguyễn " }, { font: { bold: true }, text: "Văn & <An>" }] };
    sheet.getCell("B2").value = { formula: 'A1&"!"', result: "chữ!" };
    sheet.getCell("C2").value = { formula: "1+1", result: 2 };
    sheet.getCell("D2").value = 43740;
    sheet.getCell("D2").numFmt = "dd/mm/yyyy";
    sheet.getCell("E2").value = { error: "#N/A" };
    sheet.getCell("A4").value = "sau dòng trống";
    sheet.mergeCells("A5:C5");
    sheet.getCell("A5").value = "gộp";
    const { rows, merges } = await rowsOf(workbook);
    expect(rows).toEqual([
      { number: 1, cells: ["chữ", 12.5, true, new Date(Date.UTC(2019, 9, 2)), null, "  "] },
      { number: 2, cells: ["Nguyễn Văn & <An>", "chữ!", 2, new Date(Date.UTC(2019, 9, 2))] },
      { number: 4, cells: ["sau dòng trống"] },
      { number: 5, cells: ["gộp"] },
    ]);
    expect(merges).toEqual([{ top: 5, left: 1, bottom: 5, right: 3 }]);
  });

  it("reads a list whose parts use a namespace prefix (x:row); its feedback comes back even if no copy can be annotated", async () => {
    const original = await xlsx(appendixI([person(1), person(2, "12345")]));
    const part = readEntry(
      original,
      zipEntries(original)!.find((e) => e.name === "xl/worksheets/sheet1.xml")!,
    );
    if (!part.ok) throw new Error(part.problem);
    const sheet = part.data.toString("utf8");
    const xml = sheet
      .replace(/<(\/?)(?!\?)([a-zA-Z]+)([\s>/])/g, "<$1x:$2$3")
      .replace('<x:worksheet xmlns="', '<x:worksheet xmlns:x="');
    const prefixed = rezip(original, new Map([["xl/worksheets/sheet1.xml", Buffer.from(xml)]]))!;
    const result = await check(prefixed);
    expect(codes(result)).toEqual([[8, "invalid-phone"]]);
    // exceljs cannot read prefixed parts either: the user gets the findings without the copy.
    expect(result.ok && result.value.annotated).toBeNull();
  });
});

describe("the annotated copy, patched into the user's own file", () => {
  it("keeps every other sheet and every cell's own style, adding the fill", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Hướng dẫn").addRow(["Điền theo mẫu"]);
    const sheet = workbook.addWorksheet("Danh sách");
    const file = appendixI([person(1), person(2, "12345")], { titleRows: false });
    for (const row of [...file.header, ...file.rows]) sheet.addRow(row);
    for (const range of file.merges ?? []) sheet.mergeCells(range);
    sheet.getCell("F4").numFmt = "@";
    sheet.getCell("F4").border = { bottom: { style: "thin" } };
    const result = await check(Buffer.from(await workbook.xlsx.writeBuffer()));
    if (!result.ok || !result.value.annotated) throw new Error("expected an annotated copy");
    const annotated = new ExcelJS.Workbook();
    await annotated.xlsx.load(result.value.annotated as unknown as ArrayBuffer);
    expect(annotated.worksheets.map((s) => s.name)).toEqual(["Hướng dẫn", "Danh sách", "Danh sách lỗi"]);
    expect(annotated.getWorksheet("Hướng dẫn")!.getCell("A1").value).toBe("Điền theo mẫu");
    const list = annotated.getWorksheet("Danh sách")!;
    const phone = list.getCell("F4");
    expect(phone.value).toBe("12345");
    expect((phone.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");
    expect(phone.numFmt).toBe("@");
    expect(phone.border?.bottom?.style).toBe("thin");
    expect(list.getCell("H1").value).toBe("Lỗi cần sửa (dondoc)");
    expect(list.getCell("H1").font?.bold).toBe(true);
    expect(list.getColumn(8).width).toBe(60);
    // The copy is a list dondoc reads again, with the same rows.
    const again = openXlsx(result.value.annotated, DEFAULT_LIMITS);
    expect(again.type === "sheet" && [...again.rows].filter((r) => r.number > 2).map((r) => r.cells[5])).toEqual([
      "0912345001",
      "12345",
    ]);
  });

  it("serves one file after another from the same worker, each on its own", async () => {
    const first = await check(await xlsx(appendixI([person(1), person(2, "12345")])));
    const second = await check(await xlsx(appendixI([person(3)])));
    expect(codes(first)).toEqual([[8, "invalid-phone"]]);
    expect(codes(second)).toEqual([]);
    expect(second.ok && second.value.check.counts.total).toBe(1);
  });
});

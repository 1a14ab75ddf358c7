// Excel task tables read as the cells show them: refs typed as numbers keep their
// places in the sequence (1.10 is not 1.1), dates read as dates, merged cells give every
// row its value, every visible sheet is read, and only the columns and rows the sheet shows.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { readXlsxPlan } from "../../src/plan/read-xlsx.ts";
import { formatValue } from "../../src/plan/sheet/number-format.ts";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import { blocksOf } from "../support/ooxml.ts";

const read = (buffer: Buffer) => blocksOf(readXlsxPlan(buffer));
const HEADER = ["TT", "Nhiệm vụ", "Thời gian", "Cơ quan chủ trì", "Cơ quan phối hợp"];

async function workbook(fill: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  fill(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe("cells read as Excel shows them", () => {
  it("reads refs typed as numbers as the sequence means them, and dates as days", async () => {
    const buffer = await workbook((book) => {
      const sheet = book.addWorksheet("Biểu");
      sheet.addRow(HEADER);
      for (let i = 1; i <= 10; i++) sheet.addRow([Number(`1.${i}`), `Nhiệm vụ ${i}`, "Tháng 10/2025", "Sở Nội vụ"]);
      sheet.addRow([1.2, "Nhiệm vụ 20 sau 1.19?", "", ""]);
      sheet.addRow([2.1, "Nhóm hai", new Date(Date.UTC(2025, 10, 15)), "Sở Tư pháp"]).getCell(3).numFmt = "dd/mm/yyyy";
      const formatted = sheet.addRow([2.2, "Ref có định dạng", new Date(Date.UTC(2025, 0, 5)), "Sở Tài chính"]);
      formatted.getCell(1).numFmt = "0.00";
      formatted.getCell(3).numFmt = "d/m/yyyy";
      sheet.addRow(["3.1", "Ref là chữ", 12, "Sở Y tế"]).getCell(3).numFmt = '"Quý "0';
    });
    const rows = read(buffer);
    expect(rows.map((r) => (r as string[])[0])).toEqual([
      "TT",
      ...["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10"],
      "1.2",
      "2.1",
      "2.20",
      "3.1",
    ]);
    expect(rows.slice(-3).map((r) => (r as string[])[2])).toEqual(["15/11/2025", "5/1/2025", "Quý 12"]);
  });

  it("gives the tasks their own refs, so 1.10 is no second 1.1", async () => {
    const buffer = await workbook((book) => {
      const sheet = book.addWorksheet("Biểu phân công");
      sheet.addRow(["KẾ HOẠCH thực hiện nhiệm vụ cải cách hành chính tỉnh Thái Nguyên"]);
      sheet.addRow(HEADER);
      sheet.addRow(["I", "Nhóm nhiệm vụ"]);
      for (let i = 1; i <= 10; i++) sheet.addRow([Number(`1.${i}`), `Nhiệm vụ số ${i}`, "Tháng 11/2025", "Sở Nội vụ"]);
    });
    const parsed = await parsePlanBuffer(buffer, { directories: shippedDirectories, calendar: shippedCalendar });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.tasks.map((t) => t.ref)).toEqual(["I", ...Array.from({ length: 10 }, (_, i) => `1.${i + 1}`)]);
  });

  it.each([
    [1.1, "General", "1.1"],
    [1.1, "0.00", "1.10"],
    [1234.5, "#,##0", "1235"],
    [0.25, "0%", "25%"],
    [7, "00", "07"],
    [-3, "0;(0)", "(3)"],
    [45976, "dd/mm/yyyy", "15/11/2025"],
    [45976, "mmm-yy", "11-25"],
    [45976.5, "dd/mm/yyyy hh:mm", "15/11/2025 12:00"],
    // A weekday shows as a Vietnamese workbook shows it, as the .xls and .ods copies hold it (15/11/2025, a Saturday).
    [45976, "[$-42A]dddd, dd/mm/yyyy", "Thứ Bảy, 15/11/2025"],
    [45976, "ddd dd/mm/yyyy", "T7 15/11/2025"],
    [45978, "dddd dd/mm", "Thứ Hai 17/11"],
    [4, '"Quý "0', "Quý 4"],
    [12, "@", "12"],
  ])("%s shown with %s reads %s", (value, format, shown) => {
    expect(formatValue(value, format, false)).toBe(shown);
  });
});

describe("merged cells and sheets", () => {
  it("gives a range merged down to each row it covers, and keeps columns under a range merged across", async () => {
    const buffer = await workbook((book) => {
      const sheet = book.addWorksheet("Biểu");
      sheet.addRow(HEADER);
      sheet.addRow(["I", "Đo lường sự hài lòng"]);
      sheet.mergeCells("B2:E2");
      sheet.addRow([1, "Xây dựng phương án", "Quý IV năm 2025", "Sở Nội vụ", "Các sở"]);
      sheet.addRow([2, "Điều tra xã hội học", null, null, "UBND cấp xã"]);
      sheet.addRow([3, "Tổng hợp", null, null, ""]);
      sheet.mergeCells("C3:C5");
      sheet.mergeCells("D3:D4");
    });
    expect(read(buffer)).toEqual([
      HEADER,
      ["I", "Đo lường sự hài lòng"],
      ["1", "Xây dựng phương án", "Quý IV năm 2025", "Sở Nội vụ", "Các sở"],
      ["2", "Điều tra xã hội học", "Quý IV năm 2025", "Sở Nội vụ", "UBND cấp xã"],
      ["3", "Tổng hợp", "Quý IV năm 2025"],
    ]);
  });

  it("shows a two-row header's labels once", async () => {
    const buffer = await workbook((book) => {
      const sheet = book.addWorksheet("Phụ lục VI");
      sheet.addRow(["TT", "Tên đơn vị", "Số mẫu được phân bổ", null, "Số lượng mẫu phải lập"]);
      sheet.addRow([null, null, "Chính thức", "Dự phòng", "Chính thức", "Dự phòng"]);
      sheet.addRow([1, "Sở Tư pháp", 20, 10, 20, 10]);
      sheet.mergeCells("A1:A2");
      sheet.mergeCells("B1:B2");
      sheet.mergeCells("C1:D1");
      sheet.mergeCells("E1:F1");
    });
    expect(read(buffer)).toEqual([
      ["TT", "Tên đơn vị", "Số mẫu được phân bổ", "", "Số lượng mẫu phải lập"],
      ["", "", "Chính thức", "Dự phòng", "Chính thức", "Dự phòng"],
      ["1", "Sở Tư pháp", "20", "10", "20", "10"],
    ]);
  });

  it("reads every visible sheet in order, and not the hidden ones", async () => {
    const buffer = await workbook((book) => {
      book.addWorksheet("Kế hoạch").addRow(["KẾ HOẠCH năm 2025"]);
      book.addWorksheet("Nháp", { state: "hidden" }).addRow(["9.9", "Nhiệm vụ nháp", "Tháng 1/2025", "Sở Nội vụ"]);
      book.addWorksheet("Biểu").addRow(["1", "Nhiệm vụ", "Tháng 2/2025", "Sở Nội vụ"]);
    });
    expect(read(buffer)).toEqual(["KẾ HOẠCH năm 2025", ["1", "Nhiệm vụ", "Tháng 2/2025", "Sở Nội vụ"]]);
  });

  it("reads neither hidden columns nor hidden rows, as the sheet shows and prints them", async () => {
    const buffer = await workbook((book) => {
      const sheet = book.addWorksheet("Biểu");
      sheet.addRow(["TT", "Mã", "Nhiệm vụ", "Hạn cũ", "Thời gian", "Cơ quan chủ trì"]);
      sheet.addRow(["1", "NV-01", "Rà soát", 45000, "Tháng 2/2025", "Sở Nội vụ"]).getCell(4).numFmt = "General";
      sheet.addRow(["2", "NV-02", "Nhiệm vụ đã bỏ", "", "Tháng 3/2025", "Sở Tư pháp"]).hidden = true;
      sheet.getColumn(2).hidden = true;
      sheet.getColumn(4).hidden = true;
    });
    expect(read(buffer)).toEqual([
      ["TT", "Nhiệm vụ", "Thời gian", "Cơ quan chủ trì"],
      ["1", "Rà soát", "Tháng 2/2025", "Sở Nội vụ"],
    ]);
  });

  it("reads inline strings, formula results and booleans as shown", async () => {
    const buffer = await workbook((book) => book.addWorksheet("Biểu").addRow(["x"]));
    const zip = await JSZip.loadAsync(buffer);
    const sheet = (await zip.file("xl/worksheets/sheet1.xml")!.async("string")).replace(
      /<sheetData>[\s\S]*<\/sheetData>/,
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><r><t>Sở Nội </t></r><r><t>vụ</t></r><rPh><t>ふりがな</t></rPh></is></c><c r="B1" t="str"><f>A1</f><v>Tháng 10/2025</v></c><c r="C1" t="b"><v>1</v></c></row></sheetData>',
    );
    zip.file("xl/worksheets/sheet1.xml", sheet);
    expect(read(await zip.generateAsync({ type: "nodebuffer" }))).toEqual([["Sở Nội vụ", "Tháng 10/2025", "TRUE"]]);
  });
});

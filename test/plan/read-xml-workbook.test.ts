// Excel 2003 XML Spreadsheets, which reporting tools export and offices send named .xls or .xml: read by content as
// the workbook Excel opens, into the blocks the other workbook readers give for the same sheet.
import { describe, expect, it } from "vitest";
import { PLAN_LIMITS } from "../../src/domain/limits.ts";
import { readPlan } from "../../src/plan/read-plan.ts";
import { isXmlWorkbook, shownXmlCell } from "../../src/plan/read-xml-workbook.ts";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";

const NS =
  'xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"';
const X = 'xmlns:x="urn:schemas-microsoft-com:office:excel"';

const workbook = (styles: string, ...sheets: string[]) =>
  Buffer.from(
    `<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook ${NS} ${X}>` +
      `<Styles><Style ss:ID="Default" ss:Name="Normal"/>${styles}</Styles>${sheets.join("")}</Workbook>`,
  );
const sheet = (name: string, rows: string, options = "") =>
  `<Worksheet ss:Name="${name}"><Table>${rows}</Table>${options}</Worksheet>`;
const text = (value: string, attrs = "") => `<Cell${attrs}><Data ss:Type="String">${value}</Data></Cell>`;

async function blocksOf(file: Buffer) {
  const read = await readPlan(file);
  if (!read.ok) throw new Error(`${read.error.code}: ${read.error.detail}`);
  return read.document.blocks;
}

describe("an Excel 2003 XML Spreadsheet", () => {
  it("is told by its Workbook root in the spreadsheet namespace, not by a web page of Excel's", () => {
    expect(isXmlWorkbook(workbook(""))).toBe(true);
    const prefixed = `<?xml version="1.0"?><ss:Workbook xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"/>`;
    expect(isXmlWorkbook(Buffer.from(prefixed))).toBe(true);
    const page = `<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table></table></body></html>`;
    expect(isXmlWorkbook(Buffer.from(page))).toBe(false);
    expect(isXmlWorkbook(Buffer.from("Workbook: urn:schemas-microsoft-com:office:spreadsheet"))).toBe(false);
  });

  it("places cells by their Index after merged ones, spreads a range merged down, shows dates by their format", async () => {
    const styles = `<Style ss:ID="d"><NumberFormat ss:Format="dd/mm/yyyy"/></Style><Style ss:ID="n"><NumberFormat ss:Format="0"/></Style>`;
    const rows =
      `<Row>${text("Báo cáo tiến độ", ' ss:MergeAcross="3"')}</Row>` +
      `<Row ss:Index="3">${text("TT")}${text("Việc")}${text("Đơn vị")}${text("Hạn")}</Row>` +
      `<Row><Cell ss:StyleID="n"><Data ss:Type="Number">1</Data></Cell>${text("Rà soát hồ sơ")}` +
      `${text("Phòng Tư pháp", ' ss:MergeDown="1"')}<Cell ss:StyleID="d"><Data ss:Type="DateTime">2025-05-20T00:00:00.000</Data></Cell></Row>` +
      `<Row><Cell ss:StyleID="n"><Data ss:Type="Number">2</Data></Cell>${text("Lập danh sách")}` +
      `${text("Quý II/2025", ' ss:Index="4"')}</Row>`;
    expect(await blocksOf(workbook(styles, sheet("Biểu 1", rows)))).toEqual([
      { type: "text", text: "Biểu 1", tab: true },
      { type: "text", text: "Báo cáo tiến độ" },
      { type: "row", cells: ["TT", "Việc", "Đơn vị", "Hạn"] },
      { type: "row", cells: ["1", "Rà soát hồ sơ", "Phòng Tư pháp", "20/05/2025"] },
      { type: "row", cells: ["2", "Lập danh sách", "Phòng Tư pháp", "Quý II/2025"] },
    ]);
  });

  it("leaves out hidden rows, hidden columns, hidden sheets and comments; reads the visible sheets in order", async () => {
    const first = sheet(
      "A",
      `<Column/><Column ss:Hidden="1"/>` +
        `<Row>${text("1")}${text("mã 07")}${text("Kiểm tra <B>an toàn</B> thực phẩm")}${text("Tháng 6")}</Row>` +
        `<Row ss:Hidden="1">${text("2")}${text("x")}${text("Việc đã bỏ")}${text("Tháng 7")}</Row>` +
        `<Row><Cell><Data ss:Type="Number">3</Data></Cell>` +
        `<Cell ss:Index="3"><Data ss:Type="String">Tổng kết</Data><Comment><Data>ghi chú của người soạn</Data></Comment></Cell>` +
        `${text("Tháng 12")}</Row>`,
    );
    const hidden = sheet(
      "B",
      `<Row>${text("9")}${text("Việc trên trang ẩn")}</Row>`,
      `<x:WorksheetOptions><x:Visible>SheetHidden</x:Visible></x:WorksheetOptions>`,
    );
    const last = sheet("C", `<Row>${text("4")}${text("Báo cáo năm")}${text("31/12/2025")}</Row>`);
    expect(await blocksOf(workbook("", first, hidden, last))).toEqual([
      { type: "text", text: "A", tab: true },
      { type: "row", cells: ["1", "Kiểm tra an toàn thực phẩm", "Tháng 6"] },
      { type: "row", cells: ["3", "Tổng kết", "Tháng 12"] },
      { type: "text", text: "C", tab: true },
      { type: "row", cells: ["4", "Báo cáo năm", "31/12/2025"] },
    ]);
  });

  it("shows a cell as Excel does: named formats, a DateTime in General as its day, booleans", () => {
    expect(shownXmlCell("DateTime", "2024-06-30T00:00:00.000", "Short Date").text).toBe("30/06/2024");
    expect(shownXmlCell("DateTime", "2024-06-30T00:00:00.000", "").text).toBe("30/06/2024");
    expect(shownXmlCell("DateTime", "2024-06-30T00:00:00.000", "d/m/yyyy").text).toBe("30/6/2024");
    expect(shownXmlCell("Number", "1.1", "")).toEqual({ text: "1.1", generalNumber: true });
    expect(shownXmlCell("Number", "1250", "Fixed").text).toBe("1250.00");
    expect(shownXmlCell("Boolean", "1", "").text).toBe("TRUE");
  });

  it("refuses a DOCTYPE, and a sheet past the limits, with a code", async () => {
    const doctype = Buffer.from(
      `<?xml version="1.0"?><!DOCTYPE Workbook [<!ENTITY a "aaaa">]><Workbook ${NS}><Worksheet><Table><Row>${text("&a;")}</Row></Table></Worksheet></Workbook>`,
    );
    expect(await readPlan(doctype)).toMatchObject({ ok: false, error: { code: "unreadable-xls" } });
    const wide = workbook("", sheet("A", `<Row>${text("x", ` ss:Index="${PLAN_LIMITS.maxColumns + 1}"`)}</Row>`));
    expect(await readPlan(wide)).toMatchObject({ ok: false, error: { code: "plan-too-complex" } });
  });

  it("reads a sheet of thousands of rows, each merged down over the next", async () => {
    const n = 4000;
    const rows = Array.from(
      { length: n },
      (_, i) =>
        `<Row>${text(String(i + 1))}${text(`Việc ${i + 1}`)}` +
        (i % 2 === 0 ? text(`Đơn vị ${i + 1}`, ' ss:MergeDown="1"') : "") +
        `</Row>`,
    ).join("");
    const blocks = await blocksOf(workbook("", sheet("A", rows)));
    expect(blocks).toHaveLength(n + 1);
    expect(blocks[n]).toEqual({ type: "row", cells: [String(n), `Việc ${n}`, `Đơn vị ${n - 1}`] });
  });

  it("gives each sheet's rows under its tab's name, as an .xlsx does, so a tab naming a unit leads its rows", async () => {
    const header = `<Row>${text("STT")}${text("Nội dung công việc")}${text("Đơn vị phối hợp")}${text("Thời hạn")}</Row>`;
    const task = (n: number, title: string) =>
      `<Row>${text(String(n))}${text(title)}${text("")}${text("30/6/2024")}</Row>`;
    const head =
      `<Row>${text("ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN")}</Row>` +
      `<Row>${text("Số: 7/KH-UBND")}${text("")}${text("Thái Nguyên, ngày 05 tháng 3 năm 2024")}</Row>`;
    const file = workbook(
      "",
      sheet("Sheet1", head),
      sheet("Sở Y tế", header + task(1, "Rà soát cơ sở khám bệnh tư nhân")),
      sheet("Sở Tài chính", header + task(1, "Lập dự toán kinh phí năm sau")),
    );
    const parsed = await parsePlanBuffer(file, { directories: shippedDirectories, calendar: shippedCalendar });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.tasks.map((t) => [t.title, t.lead.map((u) => u.name)])).toEqual([
      ["Rà soát cơ sở khám bệnh tư nhân", ["Sở Y tế"]],
      ["Lập dự toán kinh phí năm sau", ["Sở Tài chính"]],
    ]);
  });
});

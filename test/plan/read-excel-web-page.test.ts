// The "Excel" file a task system, a portal or Excel's "Save as Web Page" writes: an HTML table under an .xls name
// (ProgId Excel.Sheet). Excel opens it as a sheet; dondoc reads it as it reads a workbook's sheet.
import { describe, expect, it } from "vitest";
import { readPlan } from "../../src/plan/read-plan.ts";
import { parsePlanBuffer, shippedCalendar, shippedDirectories } from "../../src/services/plan-service.ts";
import { blocksOf } from "../support/ooxml.ts";

const excelPage = (body: string, progId = "Excel.Sheet") =>
  Buffer.from(`<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">
<head><meta charset="utf-8"><meta content="${progId}" name="ProgId">
<style>td { mso-number-format: General; } .t { mso-number-format: "\\@"; }</style></head>
<body>${body}</body></html>`);

const SHEET = excelPage(`<div>BẢNG THEO DÕI</div>
<table border=0><col width=30><col style='display:none'><col span=4 width=120>
<tr><td colspan=3>UBND TỈNH LAI CHÂU<br>SỞ NỘI VỤ</td><td colspan=3>Số: 8/KH-SNV</td></tr>
<tr><td colspan=6>Nhiệm vụ quý II<br style='mso-data-placement:same-cell'>năm 2025</td></tr>
<tr><th>TT</th><th>Mã</th><th>Việc</th><th>Chủ trì</th><th>Phối hợp</th><th>Hạn</th></tr>
<tr><td>1</td><td>NV-01</td><td>Rà soát hồ sơ</td><td rowspan=3>Sở Nội vụ</td>
  <td>Sở Tư pháp<br style="mso-data-placement: same-cell">Sở Tài chính</td><td class=t>30/04/2025</td></tr>
<tr style='display:none'><td>x</td><td>NV-00</td><td>Việc đã hủy</td><td>Sở Y tế</td><td class=t>01/01/2025</td></tr>
<tr><td>2</td><td>NV-02</td><td>Cập nhật dữ liệu</td><td>Công an tỉnh</td><td class=t>15/05/2025</td></tr>
</table>`);

describe("an Excel web page read as the sheet Excel opens", () => {
  it("places cells by rows and columns: plain <br> a new row, same-cell <br> a break in the cell, merges spread", async () => {
    expect(blocksOf(await readPlan(SHEET))).toEqual([
      "BẢNG THEO DÕI",
      ["UBND TỈNH LAI CHÂU", "", "Số: 8/KH-SNV"],
      "SỞ NỘI VỤ",
      "Nhiệm vụ quý II năm 2025",
      ["TT", "Việc", "Chủ trì", "Phối hợp", "Hạn"],
      ["1", "Rà soát hồ sơ", "Sở Nội vụ", "Sở Tư pháp Sở Tài chính", "30/04/2025"],
      ["2", "Cập nhật dữ liệu", "Sở Nội vụ", "Công an tỉnh", "15/05/2025"],
    ]);
  });

  it("gives the dated tasks a user sees (the page read as a document gave none)", async () => {
    const parsed = await parsePlanBuffer(SHEET, { directories: shippedDirectories, calendar: shippedCalendar });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const tasks = parsed.value.tasks.filter((t) => t.kind === "task");
    expect(tasks.map((t) => [t.ref, t.lead.map((u) => u.name).join(), t.deadline?.due])).toEqual([
      ["1", "Sở Nội vụ", "2025-04-30"],
      ["2", "Sở Nội vụ", "2025-05-15"],
    ]);
  });

  it("reads a page no program names whose words stand in tables as a sheet: a spreadsheet's, a system's plain table", async () => {
    // LibreOffice Calc's "Save as HTML", or a web system's table sent as .xls: the header block in the table's first
    // rows, borderless; read as a document, it was page layout and every cell a paragraph.
    const page = Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head><body>
<h1>Sheet1</h1><table cellspacing="0" border="0">
<tr><td colspan=2>UBND TỈNH LAI CHÂU</td><td colspan=2>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</td></tr>
<tr><td colspan=2>Số: 8/KH-UBND</td><td colspan=2>Lai Châu, ngày 05 tháng 3 năm 2025</td></tr>
<tr><td>STT</td><td>Nhiệm vụ</td><td>Chủ trì</td><td>Thời hạn</td></tr>
<tr><td>1</td><td>Rà soát hồ sơ</td><td>Sở Nội vụ</td><td>30/04/2025</td></tr>
<tr><td>2</td><td>Cập nhật dữ liệu</td><td>Công an tỉnh</td><td>15/05/2025</td></tr></table></body></html>`);
    const parsed = await parsePlanBuffer(page, { directories: shippedDirectories, calendar: shippedCalendar });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const tasks = parsed.value.tasks.filter((t) => t.kind === "task");
    expect(parsed.value.plan.number).toBe("8/KH-UBND");
    expect(tasks.map((t) => [t.ref, t.lead.map((u) => u.name).join(), t.deadline?.due])).toEqual([
      ["1", "Sở Nội vụ", "2025-04-30"],
      ["2", "Công an tỉnh", "2025-05-15"],
    ]);
    // A page whose paragraphs stand outside its table is a document's, as before.
    const article = Buffer.from(
      `<html><body><p>Kế hoạch số 8/KH-UBND triển khai các nhiệm vụ sau đây trong năm 2025.</p>
<p>Các sở, ngành thực hiện nghiêm túc, báo cáo kết quả về Sở Nội vụ.</p><table><tr><td>a<br>b</td></tr></table></body></html>`,
    );
    expect(blocksOf(await readPlan(article)).slice(2)).toEqual(["a", "b"]);
  });

  it("reads a Word page as a document even when it declares Excel's namespace", async () => {
    const word = excelPage("<p>Số: 8/KH-SNV</p><table><tr><td>a<br>b</td><td>c</td></tr></table>", "Word.Document");
    expect(blocksOf(await readPlan(word))).toEqual(["Số: 8/KH-SNV", "a", "b", "c"]);
  });

  it("reads thousands of rows, rowspans and breaks", async () => {
    const rows = Array.from(
      { length: 3000 },
      (_, i) =>
        `<tr><td>${i + 1}</td><td>Việc ${i + 1}</td>${i % 2 === 0 ? "<td rowspan=2>Sở Nội vụ</td>" : ""}` +
        `<td>Sở Tư pháp<br style='mso-data-placement:same-cell'>Sở Y tế</td><td>${i % 28 || 1}/03/2025</td></tr>`,
    );
    const blocks = blocksOf(await readPlan(excelPage(`<table>${rows.join("")}</table>`)));
    expect(blocks).toHaveLength(3000);
    expect(blocks[2999]).toEqual(["3000", "Việc 3000", "Sở Nội vụ", "Sở Tư pháp Sở Y tế", "3/03/2025"]);
  });
});

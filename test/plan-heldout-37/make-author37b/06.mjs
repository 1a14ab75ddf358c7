// 06: Thái Nguyên 2026 (after the reorganisation: merged departments, no districts), UBND tỉnh, Kế hoạch
// 41/KH-UBND, 05/3/2026 — cải cách hành chính năm 2026, a WORKBOOK WITH EXCEL OUTLINE GROUPING: sub-task rows
// (outlineLevel 1) grouped under their task row, Excel's default outline settings (summary row below: the +/- and
// the collapsed="1" flag on the row after the group); groups 2, 4 and 6 COLLAPSED (their rows hidden). Deadline
// cells are real dates shown with the
// custom format "dd/mm" (the year only in the title); a "Tiến độ" column. Writes plan.xlsx (exceljs, then its sheet
// XML patched for the collapsed flags), plan.xls / plan.ods / plan.pdf (LibreOffice; the PDF printed with every
// group expanded, as published; hidden rows
// stay hidden in the workbooks), plan.txt (Excel's clipboard copy of ALL rows: tab-separated, CRLF), expected.json.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { task } from "../../plan-corpus/author-kit/lib.mjs";

const ID = "06-thai-nguyen-2026-workbook-outline-grouped-subtask-rows-collapsed-hidden-dd-mm-dates-tien-do-column";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const d = (m, day) => new Date(Date.UTC(2026, m - 1, day));
const XA = "UBND cấp xã";

// groups: [stt, title, collapsed, subs | null, single-row [lead, co, time, progress]]
// sub: [stt, content, lead, co, time (Date or text), progress]
const G = [
  ["1", "Cải cách thể chế", false, [
    ["1.1", "Rà soát các văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành trước khi sắp xếp đơn vị hành chính",
      "Sở Tư pháp", "Các sở, ban, ngành", d(3, 31), "Đang triển khai"],
    ["1.2", "Xây dựng dự thảo Quyết định bãi bỏ các văn bản quy phạm pháp luật không còn phù hợp",
      "Sở Tư pháp", "Văn phòng UBND tỉnh", d(4, 30), "Chưa triển khai"],
    ["1.3", "Công bố danh mục văn bản quy phạm pháp luật hết hiệu lực toàn bộ hoặc một phần năm 2025",
      "Sở Tư pháp", "", d(5, 20), "Chưa triển khai"],
  ]],
  ["2", "Cải cách thủ tục hành chính", true, [
    ["2.1", "Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết của cấp tỉnh",
      "Văn phòng UBND tỉnh", "Các sở, ban, ngành", d(6, 30), "Đang triển khai"],
    ["2.2", "Tái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công tỉnh",
      "Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh", d(7, 31), "10%"],
    ["2.3", "Niêm yết, công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công các xã, phường",
      XA, "Văn phòng UBND tỉnh", d(4, 15), "Chưa triển khai"],
  ]],
  ["3", "Kiện toàn tổ chức bộ máy các cơ quan chuyên môn, đơn vị sự nghiệp công lập sau sắp xếp", false, null,
    ["Sở Nội vụ", "Các sở, ban, ngành", d(9, 30), "Đang triển khai"]],
  ["4", "Cải cách chế độ công vụ", true, [
    ["4.1", "Hoàn thiện đề án vị trí việc làm của các cơ quan hành chính cấp tỉnh và cấp xã",
      "Sở Nội vụ", XA, d(5, 31), "20%"],
    ["4.2", "Tổ chức tuyển dụng công chức cấp xã theo chỉ tiêu biên chế được giao năm 2026",
      "Sở Nội vụ", "", d(8, 31), "Chưa triển khai"],
    ["4.3", "Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2026",
      "Các sở, ban, ngành", "Sở Nội vụ", d(12, 15), "Chưa triển khai"],
  ]],
  ["5", "Cải cách tài chính công", false, [
    ["5.1", "Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập giai đoạn 2026-2030",
      "Sở Tài chính", "Sở Nội vụ", d(6, 30), "Đang triển khai"],
    ["5.2", "Công khai dự toán ngân sách nhà nước năm 2026 đã được HĐND tỉnh quyết định",
      "Sở Tài chính", "", d(3, 25), "Đang triển khai"],
    ["5.3", "Kiểm tra việc quản lý, sử dụng tài sản công tại các cơ quan, đơn vị",
      "Sở Tài chính", "Thanh tra tỉnh", "Thường xuyên", "—"],
  ]],
  ["6", "Xây dựng chính quyền điện tử, chính quyền số", true, [
    ["6.1", "Nâng cấp Hệ thống quản lý văn bản và điều hành, kết nối liên thông đến các xã, phường",
      "Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh", d(10, 30), "Chưa triển khai"],
    ["6.2", "Tự đánh giá, báo cáo Chỉ số chuyển đổi số của tỉnh năm 2026",
      "Sở Khoa học và Công nghệ", "Các sở, ban, ngành; UBND cấp xã", d(11, 10), "Chưa triển khai"],
  ]],
  ["7", "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch cải cách hành chính năm 2026", false, null,
    ["Sở Nội vụ", "", d(12, 14), "Chưa triển khai"]],
];

const FONT = { name: "Times New Roman", size: 12 };
const thin = { style: "thin", color: { argb: "FF000000" } };
const BOX = { top: thin, left: thin, bottom: thin, right: thin };
const W = [7, 60, 22, 24, 11, 16];
const wb = new ExcelJS.Workbook();
wb.creator = "Hoang Thu Trang";
wb.created = new Date("2026-03-02T02:00:00Z");
wb.modified = new Date("2026-03-05T08:40:00Z");
const ws = wb.addWorksheet("KH CCHC 2026", {
  views: [{ showGridLines: false }],
  properties: { outlineLevelRow: 1 },
  pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0,
    margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
});
ws.columns = W.map((width) => ({ width }));
const shown = (v) => (v instanceof Date ? `${String(v.getUTCDate()).padStart(2, "0")}/${String(v.getUTCMonth() + 1).padStart(2, "0")}` : String(v ?? ""));
const lines = [];
const collapsedRows = [];
function add(values, o = {}) {
  const r = ws.addRow(values.map((v) => (typeof v === "string" ? (v === "" ? null : v.normalize("NFC")) : v)));
  r.eachCell({ includeEmpty: true }, (c) => { c.font = { ...FONT, bold: !!o.bold, italic: !!o.italic }; });
  for (const [a, z] of o.merge ?? []) ws.mergeCells(r.number, a, r.number, z);
  if (o.center) r.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  if (o.box) {
    r.eachCell({ includeEmpty: true }, (c, col) => {
      c.border = BOX;
      c.alignment = { vertical: "top", horizontal: col === 1 || col >= 5 ? "center" : "left", wrapText: true };
    });
    const nl = Math.max(...values.map((v, i) => Math.ceil(shown(v).length / (W[i] - 2)) || 1));
    r.height = 16 * nl + 3;
  }
  values.forEach((v, i) => { if (v instanceof Date) r.getCell(i + 1).numFmt = "dd/mm"; });
  if (o.level) r.outlineLevel = o.level;
  if (o.hidden) r.hidden = true;
  lines.push(values.map(shown).join("\t"));
  return r;
}
const blank = (v) => [v, "", "", "", "", ""];
add(["ỦY BAN NHÂN DÂN", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", "", ""], { bold: true, center: true, merge: [[1, 2], [3, 6]] });
add(["TỈNH THÁI NGUYÊN", "", "Độc lập - Tự do - Hạnh phúc", "", "", ""], { bold: true, center: true, merge: [[1, 2], [3, 6]] });
add(["Số: 41/KH-UBND", "", "Thái Nguyên, ngày 05 tháng 3 năm 2026", "", "", ""], { center: true, merge: [[1, 2], [3, 6]] })
  .getCell(3).font = { ...FONT, italic: true };
add(blank(""));
add(blank("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"), { bold: true, center: true, merge: [[1, 6]] });
add(blank("Biểu phân công nhiệm vụ (thời hạn ghi theo ngày/tháng của năm 2026)"), { italic: true, center: true, merge: [[1, 6]] });
const hr = add(["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn", "Tiến độ"], { bold: true, center: true, box: true });
ws.pageSetup.printTitlesRow = `${hr.number}:${hr.number}`;
for (const [stt, title, collapsed, subs, single] of G) {
  if (!subs) {
    add([stt, title, ...single], { box: true });
    continue;
  }
  add([stt, title, "", "", "", ""], { box: true, bold: true });
  let last;
  for (const s of subs) last = add(s, { box: true, level: 1, hidden: collapsed });
  // Excel's default outline (summary rows below detail): the +/- button and the collapsed flag sit on the row
  // AFTER the group, though the clerk's own heading row is the one above it.
  if (collapsed) collapsedRows.push(last.number + 1);
}
add(blank(""));
add(["", "Ghi chú: Nhóm nhiệm vụ được thu gọn (dấu +) vẫn phải thực hiện; bấm dấu + bên trái để xem chi tiết.", "", "", "", ""], { italic: true });

fs.mkdirSync(DIR, { recursive: true });
const file = path.join(DIR, "plan.xlsx");
await wb.xlsx.writeFile(file);
// Excel marks the summary row of a collapsed group (with the default summaryBelow, the row after it) collapsed="1".
{
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const name = "xl/worksheets/sheet1.xml";
  // exceljs writes collapsed="1" on every row of outlineLevel >= outlineLevelRow: Excel writes it on the summary row
  // only.
  let xml = (await zip.file(name).async("string")).replace(/(<row [^>]*?) collapsed="1"/g, "$1");
  for (const n of collapsedRows) xml = xml.replace(new RegExp(`<row r="${n}"([^>]*)>`), (m, a) => `<row r="${n}"${a} collapsed="1">`);
  zip.file(name, xml);
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}
fs.writeFileSync(path.join(DIR, "plan.txt"), (lines.join("\r\n") + "\r\n").normalize("NFC"));
const LO = ["-env:UserInstallation=file:///tmp/lo-author37b", "--headless", "--convert-to"];
for (const to of ["xls", "ods"]) execFileSync("soffice", [...LO, to, "--outdir", DIR, file], { stdio: "ignore" });
// The PDF as the office published it: printed with every group expanded (a print of the collapsed workbook would
// leave the hidden rows out, and no reader of that PDF could find them). Added by the set's editor after authoring.
{
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const name = "xl/worksheets/sheet1.xml";
  zip.file(name, (await zip.file(name).async("string")).replace(/ (hidden|collapsed)="1"/g, ""));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "author37b-06-"));
  fs.writeFileSync(path.join(tmp, "plan.xlsx"), await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  execFileSync("soffice", [...LO, "pdf", "--outdir", tmp, path.join(tmp, "plan.xlsx")], { stdio: "ignore" });
  fs.copyFileSync(path.join(tmp, "plan.pdf"), path.join(DIR, "plan.pdf"));
}

const iso = (v) => v.toISOString().slice(0, 10);
const tasks = [];
for (const [stt, title, , subs, single] of G) {
  const rows = subs ?? [[stt, title, ...single]];
  for (const [ref, content, lead, co, time] of rows) {
    if (!(time instanceof Date)) continue;
    const L = lead === "Các sở, ban, ngành" ? "@departments" : lead;
    const C = co.split("; ").filter(Boolean).map((c) => (c === "Các sở, ban, ngành" ? "@departments" : c));
    tasks.push(task(ref, content, iso(time), [L], C));
  }
}
const expected = {
  id: ID,
  style: "Kế hoạch 41/KH-UBND of UBND tỉnh Thái Nguyên, 05/3/2026 (after the reorganisation: merged departments, " +
    "no districts; 'Các sở, ban, ngành' = @departments; 'UBND cấp xã' unresolved as the kit writes it), cải cách " +
    "hành chính năm 2026, kept as a WORKBOOK (plan.xlsx by exceljs; plan.xls, plan.ods, plan.pdf by LibreOffice; " +
    "plan.txt = Excel's clipboard copy of ALL rows of the sheet, hidden ones included, tab-separated, CRLF, merged " +
    "cells' value in their first cell, dates as displayed). One sheet: header rows, title 'KẾ HOẠCH CẢI CÁCH HÀNH " +
    "CHÍNH NĂM 2026', table STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời hạn | Tiến độ. HABIT: EXCEL OUTLINE GROUPING: " +
    "bold task rows 1, 2, 4, 5, 6 are group summary rows (no unit, no date: no tasks) with their sub-task rows " +
    "1.1 … 6.2 under them at outlineLevel 1 (Excel's default outline settings, summary below: the collapsed='1' " +
    "flag and the +/- button sit on the row AFTER each group, rows 3, 5 and 7); groups 2, 4 and 6 are COLLAPSED " +
    "(their rows hidden); collapsed rows are still tasks. " +
    "Rows 3 and 7 are single task rows. ref = the STT as written ('1.2', '3'). Deadline cells are real Excel dates " +
    "with the custom format 'dd/mm' (year 2026 only in the title): due = that day of 2026. 'Tiến độ' (progress: " +
    "'Chưa triển khai', 'Đang triển khai', '10%') is no deadline. Row 5.3 'Thường xuyên' is no task. Dates (2026): " +
    "1.1 31/3 Tue; 1.2 30/4 holiday, 1/5 holiday, weekend -> 4/5; 1.3 20/5 Wed; 2.1 30/6 Tue; 2.2 31/7 Fri; 2.3 " +
    "15/4 Wed; 3 30/9 Wed; 4.1 31/5 Sun -> 1/6; 4.2 31/8 Mon; 4.3 15/12 Tue; 5.1 30/6; 5.2 25/3 Wed; 6.1 30/10 " +
    "Fri; 6.2 10/11 Tue; 7 14/12 Mon. plan.pdf: LibreOffice's print of the workbook with every group expanded, as " +
    "the office published it.",
  province: "Thái Nguyên",
  plan: { number: "41/KH-UBND", date: "2026-03-05" },
  tasks,
  unresolved: [XA],
  successors: [],
};
fs.writeFileSync(path.join(DIR, "expected.json"), JSON.stringify(expected, null, 2).normalize("NFC") + "\n");

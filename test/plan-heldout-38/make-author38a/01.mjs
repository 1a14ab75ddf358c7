// 01: Thái Nguyên (after the reorganisation), the province's task-tracking system's "Xuất Excel" of the tasks of
// Kế hoạch 35/KH-UBND, 10/02/2026 (Đề án 06: dữ liệu dân cư, định danh và xác thực điện tử, năm 2026).
// Habit: plan.xls IS AN HTML PAGE, as many Vietnamese web systems export "Excel" (served as application/vnd.ms-excel):
// <html xmlns:o xmlns:x>, http-equiv utf-8, the x:ExcelWorkbook block, ONE <table> holding the header block, the
// title (colspan over the table), the task rows and the total; mso-number-format:"\@" on the date cells (text
// dd/mm/yyyy), <br style='mso-data-placement:same-cell'> between units in a cell, plain <br> in the header cells
// (Excel puts what follows on the next row), rowspan on a lead cell (2 and 3 rows) and on a time cell (2 rows).
// plan.xlsx = the clerk's re-save in Excel (real cells, merges); plan.ods by LibreOffice; plan.pdf Chromium's print
// of the page; plan.txt Excel's copy of the sheet. plan.xls is written AFTER office-copies (replacing LibreOffice's).
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import ExcelJS from "exceljs";
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { clipboard, layout, toWorksheet, writeText } from "./grid.mjs";

const ID = "01-thai-nguyen-2026-task-system-xuat-excel-xls-really-html-table-mso-number-format-text-dates-rowspan";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const CA = "Công an tỉnh", KH = "Sở Khoa học và Công nghệ", TP = "Sở Tư pháp", VP = "Văn phòng UBND tỉnh";
const XA = "UBND các xã, phường", SN = "Các sở, ban, ngành", TC = "Sở Tài chính";
const BAO = "Báo và Phát thanh, Truyền hình Thái Nguyên", BH = "Bảo hiểm xã hội tỉnh";
const g = (n) => (n === SN ? "@departments" : n === XA ? "@communes" : n);

// [content, lead cell (string | [text, rows] | null = merged above), coord units, time (string | [text, rows] |
//  null = merged above), due of this row, status, lead[]]
const R = [
  ["Rà soát, làm sạch dữ liệu dân cư bảo đảm đúng, đủ, sạch, sống trên địa bàn tỉnh", [CA, 2], [XA], "31/03/2026",
    "2026-03-31", "Đang thực hiện"],
  ["Đẩy mạnh cấp căn cước và tài khoản định danh điện tử mức độ 2 cho công dân", null, [XA, "Bưu điện tỉnh"],
    "30/06/2026", "2026-06-30", "Đang thực hiện"],
  ["Tích hợp, đồng bộ dữ liệu hộ tịch điện tử với Cơ sở dữ liệu quốc gia về dân cư", TP, [CA], "15/04/2026",
    "2026-04-15", "Chưa thực hiện"],
  ["Kết nối Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh với Cơ sở dữ liệu quốc gia về dân cư",
    [KH, 3], [VP, CA], ["30/04/2026", 2], "2026-04-30", "Đang thực hiện"],
  ["Triển khai xác thực người dùng bằng tài khoản VNeID trên Cổng Dịch vụ công của tỉnh", null, [CA], null,
    "2026-04-30", "Chưa thực hiện"],
  ["Bảo đảm an toàn thông tin cho các hệ thống kết nối, khai thác dữ liệu dân cư", null, [CA], "30/09/2026",
    "2026-09-30", "Chưa thực hiện"],
  ["Sử dụng căn cước thay thẻ bảo hiểm y tế, triển khai sổ sức khỏe điện tử tại các cơ sở khám, chữa bệnh",
    "Sở Y tế", [BH], "31/05/2026", "2026-05-31", "Đang thực hiện"],
  ["Chi trả trợ cấp an sinh xã hội không dùng tiền mặt qua tài khoản của người thụ hưởng", "Sở Nội vụ", [TC, XA],
    "31/07/2026", "2026-07-31", "Chưa thực hiện"],
  ["Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công", VP, [SN, XA],
    "Thường xuyên", null, "Đang thực hiện"],
  ["Tuyên truyền tiện ích của ứng dụng VNeID và thẻ căn cước đến người dân", BAO, [XA], "15/10/2026", "2026-10-15",
    "Chưa thực hiện"],
  ["Cắt giảm giấy tờ công dân trong hồ sơ thủ tục hành chính đã được khai thác từ dữ liệu dân cư", VP, [SN],
    "20/08/2026", "2026-08-20", "Chưa thực hiện"],
  ["Tham mưu bố trí kinh phí thực hiện Đề án 06 trong dự toán ngân sách năm 2027", TC, [CA], "15/11/2026",
    "2026-11-15", "Chưa thực hiện"],
  ["Xây dựng mô hình xã, phường điện tử gắn với thực hiện Đề án 06 tại cơ sở", XA, [CA], "30/11/2026",
    "2026-11-30", "Chưa thực hiện"],
  ["Sơ kết 6 tháng thực hiện Kế hoạch, gửi báo cáo về Công an tỉnh (Tổ công tác Đề án 06 tỉnh)", `${SN}\n${XA}`,
    [], "05/06/2026", "2026-06-05", "Chưa thực hiện"],
  ["Tổng kết, đánh giá kết quả thực hiện Đề án 06 năm 2026 trên địa bàn tỉnh", CA, [SN], "10/12/2026",
    "2026-12-10", "Chưa thực hiện"],
];

const NUM = "35/KH-UBND", DATE = "10/02/2026";
const TITLE = "DANH SÁCH NHIỆM VỤ";
const SUB = `Triển khai Kế hoạch số ${NUM} ngày ${DATE} của UBND tỉnh Thái Nguyên về thực hiện Đề án phát triển ` +
  "ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử (Đề án 06) năm 2026";
const STAMP = "(Dữ liệu xuất từ Hệ thống theo dõi nhiệm vụ lúc 08:47 ngày 12/02/2026)";
const HEAD = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành", "Trạng thái"];
const WIDTHS = [6, 58, 24, 26, 14, 16];

// The sheet as Excel re-saves the page: the header cells' plain <br> became two rows.
const C = (v, o = {}) => ({ v, ...o });
const rows = [
  { cells: [C("ỦY BAN NHÂN DÂN", { across: 1, bold: true, align: "center" }),
    C("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { across: 3, bold: true, align: "center" })] },
  { cells: [C("TỈNH THÁI NGUYÊN", { across: 1, bold: true, align: "center" }),
    C("Độc lập - Tự do - Hạnh phúc", { across: 3, bold: true, align: "center" })] },
  { cells: [C("", { across: 5 })], box: false },
  { cells: [C(`${TITLE}\n${SUB}`, { across: 5, bold: true, align: "center", size: 13 })], height: 54 },
  { cells: [C(STAMP, { across: 5, italic: true, align: "center" })] },
  { cells: HEAD.map((h) => C(h, { bold: true, align: "center" })), head: true },
];
const FIRST = rows.length;
const tasks = [];
R.forEach(([content, lead, co, time, due, status], i) => {
  const cells = [C(i + 1, { align: "center" }), C(content)];
  if (lead !== null) cells.push(Array.isArray(lead) ? C(lead[0], { down: lead[1] - 1 }) : C(lead));
  cells.push(C(co.join("\n")));
  if (time !== null) cells.push(Array.isArray(time) ? C(time[0], { down: time[1] - 1, align: "center", fmt: "@" }) :
    C(time, { align: "center", fmt: "@" }));
  cells.push(C(status, { align: "center" }));
  rows.push({ cells });
  // the lead of a row under a merged lead cell is the merged cell's
  let L = lead;
  for (let k = i; L === null; k--) L = R[k - 1][1];
  const leads = (Array.isArray(L) ? L[0] : L).split("\n").map(g);
  if (due) tasks.push(task(String(i + 1), content, due, leads, co.map(g)));
});
rows.push({ cells: [C(`Tổng số: ${R.length} nhiệm vụ`, { across: 5, bold: true })], box: false });
const sheet = { name: "DanhSachNhiemVu", widths: WIDTHS, rows };

// ---- the system's page, served as plan.xls ----
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const BR = "<br style='mso-data-placement:same-cell'>";
function page() {
  const out = [];
  out.push(`<tr height=40 style='height:30.0pt'>
<td colspan=2 class=hdr>ỦY BAN NHÂN DÂN<br>TỈNH THÁI NGUYÊN</td>
<td colspan=4 class=hdr>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</td>
</tr>`);
  out.push("<tr><td colspan=6 class=blank></td></tr>");
  out.push(`<tr height=72 style='height:54.0pt'>
<td colspan=6 class=title>${TITLE}${BR}${esc(SUB)}</td>
</tr>`);
  out.push(`<tr><td colspan=6 class=stamp>${esc(STAMP)}</td></tr>`);
  out.push("<tr>" + HEAD.map((h) => `<td class=th>${esc(h)}</td>`).join("") + "</tr>");
  for (const placed of layout(sheet).slice(FIRST, -1)) {
    out.push("<tr>\n" + placed.map((c) => {
      const span = c.down ? ` rowspan=${c.down + 1}` : "";
      const cls = c.fmt === "@" ? "date" : typeof c.v === "number" ? "stt" : c.col === 6 ? "ctr" : "txt";
      return ` <td${span} class=${cls}>${String(c.v).split("\n").map(esc).join(BR)}</td>`;
    }).join("\n") + "\n</tr>");
  }
  out.push(`<tr><td colspan=6 class=total>Tổng số: ${R.length} nhiệm vụ</td></tr>`);
  return `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" ` +
    `xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name=ProgId content=Excel.Sheet>
<title>DanhSachNhiemVu_35-KH-UBND</title>
<!--[if gte mso 9]><xml>
<x:ExcelWorkbook>
<x:ExcelWorksheets>
<x:ExcelWorksheet>
<x:Name>DanhSachNhiemVu</x:Name>
<x:WorksheetOptions>
<x:Print><x:ValidPrinterInfo/><x:PaperSizeIndex>9</x:PaperSizeIndex></x:Print>
<x:PageSetup><x:Layout x:Orientation="Landscape"/></x:PageSetup>
<x:Selected/>
</x:WorksheetOptions>
</x:ExcelWorksheet>
</x:ExcelWorksheets>
</x:ExcelWorkbook>
</xml><![endif]-->
<style>
@page { size: A4 landscape; margin: 1.2cm 1cm; mso-page-orientation: landscape; }
table { border-collapse: collapse; }
td { font-family: "Times New Roman", serif; font-size: 12.0pt; vertical-align: top; mso-number-format: General; }
.hdr { text-align: center; font-weight: 700; }
.title { text-align: center; font-weight: 700; font-size: 13.0pt; vertical-align: middle; white-space: normal; }
.stamp { text-align: center; font-style: italic; }
.th { border: .5pt solid windowtext; text-align: center; vertical-align: middle; font-weight: 700;
  background: #D9E1F2; white-space: normal; }
.stt { border: .5pt solid windowtext; text-align: center; mso-number-format: "0"; }
.txt { border: .5pt solid windowtext; white-space: normal; }
.ctr { border: .5pt solid windowtext; text-align: center; white-space: normal; }
.date { border: .5pt solid windowtext; text-align: center; mso-number-format: "\\@"; }
.total { font-weight: 700; }
</style>
</head>
<body>
<table border=0 cellpadding=4 cellspacing=0 width=1100>
<col width=40><col width=420><col width=170><col width=190><col width=105><col width=115>
${out.join("\n")}
</table>
</body>
</html>
`;
}

fs.mkdirSync(DIR, { recursive: true });
const HTML = page();
const wb = new ExcelJS.Workbook();
wb.creator = "vanthu.vpubnd";
wb.created = new Date("2026-02-12T01:47:00Z");
wb.modified = new Date("2026-02-12T02:05:00Z");
const ws = toWorksheet(wb, sheet, { boxFrom: FIRST });
ws.pageSetup.printTitlesRow = `${FIRST}:${FIRST}`;
await wb.xlsx.writeFile(path.join(DIR, "plan.xlsx"));
writeText(path.join(DIR, "plan.txt"), clipboard([sheet]));
const tmp = "/tmp/author38a-01-DanhSachNhiemVu.html";
fs.writeFileSync(tmp, HTML);
execFileSync("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
  "--user-data-dir=/tmp/author38a-chrome", `--print-to-pdf=${path.join(DIR, "plan.pdf")}`, "file://" + tmp],
{ stdio: "ignore" });

const expected = {
  id: ID,
  style: `The tasks of Kế hoạch ${NUM} of UBND tỉnh Thái Nguyên, ${DATE} (after the reorganisation: merged ` +
    "departments, communes; 'UBND các xã, phường' = @communes, 'Các sở, ban, ngành' = @departments; Báo và Phát " +
    "thanh, Truyền hình Thái Nguyên the merged press), Đề án 06 năm 2026, as the province's task-tracking system " +
    "exports them with 'Xuất Excel'. HABIT: plan.xls IS AN HTML PAGE, no Excel file: <html xmlns:o xmlns:x>, " +
    "http-equiv charset utf-8, ProgId Excel.Sheet, the x:ExcelWorkbook block, ONE <table> holding the header block " +
    "(its cells broken by plain <br>, which Excel turns into a second row), the title 'DANH SÁCH NHIỆM VỤ' with the " +
    "plan's number and date (colspan=6, a <br style='mso-data-placement:same-cell'>), the export stamp (12/02/2026 is " +
    "no deadline), the header STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn hoàn thành | " +
    "Trạng thái, 15 rows and 'Tổng số'. Units in a cell are separated by same-cell <br>s. Deadline cells are TEXT " +
    "dd/mm/yyyy (class with mso-number-format:\"\\@\"). Merges (rowspan): lead 'Công an tỉnh' over rows 1-2, lead " +
    "'Sở Khoa học và Công nghệ' over rows 4-6, time '30/04/2026' over rows 4-5 (each row has that date, not " +
    "inherited). plan.xlsx = the clerk's re-save (real cells, merged cells, dates kept as text); plan.ods by " +
    "LibreOffice; plan.txt = Excel's copy of the sheet (tab-separated, CRLF, multi-line cells quoted). ref = STT. " +
    "'Trạng thái' is no date. Dates (2026): 1 31/3 Tue; 2 30/6 Tue; 3 15/4 Wed; 4-5 30/4 holiday, 1/5 holiday, " +
    "weekend -> 4/5 Mon; 6 30/9 Wed; 7 31/5 Sun -> 1/6; 8 31/7 Fri; 9 'Thường xuyên' no task; 10 15/10 Thu; 11 " +
    "20/8 Thu; 12 15/11 Sun -> 16/11; 13 30/11 Mon (UBND các xã, phường lead); 14 5/6 Fri (leads @departments and " +
    "@communes; 'gửi báo cáo về Công an tỉnh' a recipient, no coordinator); 15 10/12 Thu. plan.pdf: Chromium's " +
    "print of the page.",
  province: "Thái Nguyên",
  plan: { number: NUM, date: "2026-02-10" },
  tasks,
  unresolved: [],
  successors: [],
};
fs.writeFileSync(path.join(DIR, "expected.json"), JSON.stringify(expected, null, 2).normalize("NFC") + "\n");
execFileSync("npx", ["tsx", "scripts/plan-corpus/office-copies.ts", DIR, "--xls", "--ods"], { stdio: "inherit",
  cwd: path.resolve(DIR, "../../..") });
fs.writeFileSync(path.join(DIR, "plan.xls"), HTML.replace(/\n/g, "\r\n"));

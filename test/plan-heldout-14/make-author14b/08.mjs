// 08: Thái Nguyên 2026 — an annual CCHC task table in which rows noted "Nhiệm vụ chuyển tiếp từ năm 2025" keep their
// 2025 deadline (and sometimes the old department name); the PDF is printed from the Excel sheet by LibreOffice,
// not fitted to the page, so the last columns fall on pages of their own.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import ExcelJS from "exceljs";
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "08-thai-nguyen-2026-carried-over-2025-rows-excel-print";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const X = "UBND cấp xã";
const NV = "Sở Nội vụ";
const TP = "Sở Tư pháp";
const VP = "Văn phòng UBND tỉnh";
const KH = "Sở Khoa học và Công nghệ";
const TT = "Trung tâm Phục vụ hành chính công tỉnh";
const TC = "Trường Chính trị tỉnh";
const CT = "Nhiệm vụ chuyển tiếp từ năm 2025";
const XA = "UBND các xã, phường";
const S = "Các sở, ban, ngành";
// section: string; row: [content, lead text, coord text, time, note, due | null, lead[], coord[]]
const R = [
  "I. CẢI CÁCH THỂ CHẾ",
  ["Rà soát, đề xuất bãi bỏ văn bản quy phạm pháp luật do HĐND, UBND các huyện ban hành không còn phù hợp sau " +
    "sắp xếp đơn vị hành chính", TP, S, "30/11/2025", CT, "2025-11-30", [TP], ["@departments"]],
  ["Xây dựng Quy chế phối hợp giữa các sở và UBND cấp xã trong quản lý nhà nước", TP, XA, "Tháng 3/2026", "",
    "2026-03-31", [TP], [X]],
  ["Kiểm tra công tác theo dõi tình hình thi hành pháp luật", TP, "", "Quý III/2026", "", "2026-09-30", [TP], []],
  "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
  ["Công bố danh mục thủ tục hành chính tiếp nhận không phụ thuộc địa giới hành chính trong phạm vi tỉnh", VP, S,
    "Trước 15/3/2026", "", "2026-03-14", [VP], ["@departments"]],
  ["Tái cấu trúc quy trình, số hóa biểu mẫu điện tử tương tác cho thủ tục hành chính", "Sở Thông tin và Truyền " +
    "thông", VP, "31/12/2025", CT, "2025-12-31", [KH], [VP]],
  ["Đánh giá chất lượng phục vụ tại Trung tâm Phục vụ hành chính công tỉnh", VP, TT, "6 tháng đầu năm 2026", "",
    "2026-06-30", [VP], [TT]],
  "III. CẢI CÁCH TỔ CHỨC BỘ MÁY",
  ["Hoàn thiện đề án vị trí việc làm của UBND cấp xã sau sắp xếp", NV, XA, "30/9/2025", CT, "2025-09-30", [NV],
    [X]],
  ["Sắp xếp các đơn vị sự nghiệp công lập trực thuộc sở", NV, S, "Quý II/2026", "", "2026-06-30", [NV],
    ["@departments"]],
  ["Sơ kết một năm vận hành chính quyền địa phương hai cấp", NV, XA, "Trước ngày 01/7/2026", "", "2026-06-30",
    [NV], [X]],
  "IV. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ",
  ["Tổ chức thi tuyển công chức cấp xã năm 2026", NV, XA, "Tháng 8/2026", "", "2026-08-31", [NV], [X]],
  ["Bồi dưỡng kỹ năng quản lý nhà nước cho công chức cấp xã mới được bố trí", NV, TC, "15/10/2025", CT,
    "2025-10-15", [NV], [TC]],
  "V. CẢI CÁCH TÀI CHÍNH CÔNG",
  ["Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập giai đoạn 2026-2030", "Sở Tài chính", NV,
    "31/3/2026", "", "2026-03-31", ["Sở Tài chính"], [NV]],
  ["Thẩm tra, phê duyệt quyết toán các dự án hoàn thành sử dụng vốn ngân sách còn tồn đọng",
    "Sở Kế hoạch và Đầu tư", "Kho bạc Nhà nước tỉnh", "31/10/2025", CT, "2025-10-31", ["Sở Tài chính"],
    ["Kho bạc Nhà nước tỉnh"]],
  "VI. XÂY DỰNG, PHÁT TRIỂN CHÍNH QUYỀN SỐ",
  ["Hoàn thành Kho dữ liệu số hóa dùng chung của tỉnh", KH, VP, "Tiếp tục thực hiện, hoàn thành trước 31/3/2026",
    CT, "2026-03-30", [KH], [VP]],
  ["Duy trì nền tảng họp trực tuyến đến cấp xã", KH, XA, "Thường xuyên", "", null],
  ["Đo lường sự hài lòng của người dân, tổ chức (SIPAS) năm 2026", NV, "Bưu điện tỉnh", "Tháng 11/2026", "",
    "2026-11-30", [NV], ["Bưu điện tỉnh"]],
];
const HEAD = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Ghi chú"];
const rows = [HEAD];
const tasks = [];
let n = 0;
for (const r of R) {
  if (typeof r === "string") {
    rows.push([{ text: r, span: 6, bold: true }]);
    continue;
  }
  n += 1;
  const [content, leadText, coordText, time, note, due, lead, coord] = r;
  rows.push([String(n), content, leadText, coordText, time, note]);
  if (due) tasks.push(task(String(n), content, due, lead, coord));
}
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 18/KH-UBND", "Thái Nguyên, ngày 20 tháng 01 năm 2026",
    "KẾ HOẠCH", "Cải cách hành chính tỉnh Thái Nguyên năm 2026"),
  { t: "p", text: "UBND tỉnh ban hành Kế hoạch cải cách hành chính năm 2026, gồm các nhiệm vụ mới và các nhiệm vụ " +
    "của Kế hoạch năm 2025 chưa hoàn thành được chuyển tiếp (ghi chú tại cột Ghi chú), cụ thể như sau:" },
  { t: "table", widths: [600, 3200, 1500, 1500, 1500, 1400], header: 1, rows },
  { t: "p", text: "Các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở Nội vụ định kỳ hằng quý, trước ngày 15 của " +
    "tháng cuối quý." },
  ...sign(["Bộ Nội vụ (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh", "Các sở, ban, ngành", "UBND các xã, phường"],
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Phạm Hoàng Sơn"),
];
const style = "Kế hoạch 18/KH-UBND Thái Nguyên 20/01/2026 (after 1/7/2025). plan.pdf = plan.xlsx printed by " +
  "LibreOffice, not fitted: the last columns (Ghi chú) fall on pages of their own. Table STT | Nội dung | Chủ trì " +
  "| Phối hợp | Thời gian hoàn thành | Ghi chú, section rows I-VI, STT 1-16 = ref. Rows noted 'Nhiệm vụ chuyển " +
  "tiếp từ năm 2025' keep their 2025 deadline (1: 30/11/2025 Sun -> 01/12; 5, 7, 11, 13); row 14 'Tiếp tục thực " +
  "hiện, hoàn thành trước 31/3/2026' -> 30/3/2026. Carried rows keep old names: Sở Thông tin và Truyền thông -> " +
  "Sở Khoa học và Công nghệ, Sở Kế hoạch và Đầu tư -> Sở Tài chính (successors). 'Trước 15/3/2026' -> 14/3 Sat " +
  "-> 16/3; 'Trước ngày 01/7/2026' -> 30/6. Row 15 'Thường xuyên' and the quarterly report left out. 'Các sở, " +
  "ban, ngành' = @departments; 'UBND các xã, phường' = UBND cấp xã (unresolved).";
await build(DIR, { blocks, printer: "libreoffice", expected: { id: ID, style, province: "Thái Nguyên",
  plan: { number: "18/KH-UBND", date: "2026-01-20" }, tasks, quotas: [], unresolved: [X, TT, TC],
  successors: [{ written: "Sở Thông tin và Truyền thông", unit: KH },
    { written: "Sở Kế hoạch và Đầu tư", unit: "Sở Tài chính" }] } });

// The workbook: title lines, then the table with borders; printed as it is (no fit-to-page).
const wb = new ExcelJS.Workbook();
const ws = wb.addWorksheet("KH CCHC 2026");
const WIDTHS = [6, 48, 24, 24, 22, 30];
ws.columns = WIDTHS.map((width) => ({ width }));
const top = [["UBND TỈNH THÁI NGUYÊN"], ["PHỤ LỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
  ["(Kèm theo Kế hoạch số 18/KH-UBND ngày 20/01/2026 của UBND tỉnh Thái Nguyên)"], []];
for (const t of top) ws.addRow(t).font = { bold: true, name: "Times New Roman", size: 12 };
const thin = { style: "thin" };
for (const row of rows) {
  const values = row.map((c) => (typeof c === "string" ? c : c.text));
  const xr = ws.addRow(values);
  if (values.length === 1) ws.mergeCells(xr.number, 1, xr.number, 6);
  else xr.height = 17 * Math.max(...values.map((v, i) => Math.ceil(v.length / (WIDTHS[i] - 3)) || 1));
  xr.eachCell({ includeEmpty: true }, (cell) => {
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
    cell.alignment = { wrapText: true, vertical: "top" };
    cell.font = { name: "Times New Roman", size: 12, bold: values.length === 1 || row === HEAD };
  });
}
ws.pageSetup = { paperSize: 9, orientation: "portrait", printTitlesRow: "5:5",
  margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } };
const xlsx = path.join(DIR, "plan.xlsx");
await wb.xlsx.writeFile(xlsx);
const tmp = fs.mkdtempSync("/tmp/author14b-x-");
execFileSync("soffice", ["-env:UserInstallation=file:///tmp/author14b-lo-profile", "--headless", "--convert-to", "pdf",
  "--outdir", tmp, xlsx], { stdio: "ignore" });
fs.copyFileSync(path.join(tmp, "plan.pdf"), path.join(DIR, "plan.pdf"));

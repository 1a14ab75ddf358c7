// 08 Lai Châu 2026: the task table an office attaches as an Excel workbook (plan.xlsx), with
// merged title and section rows, a lead cell merged down two rows, deadlines typed as text or
// stored as real dates, communes named in the unit cells; plan.txt is the sheet pasted as text.
import ExcelJS from "exceljs";
import { writeFileSync, mkdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const dir = join(dirname(fileURLToPath(import.meta.url)), "..", "08-lai-chau-2026-excel-communes");
const date = (d, m, y) => new Date(Date.UTC(y, m - 1, d));

const titles = [
  "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU",
  "PHỤ LỤC",
  "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ CẤP XÃ, PHƯỜNG NĂM 2026",
  "(Kèm theo Kế hoạch số 58/KH-UBND ngày 20/3/2026 của UBND tỉnh Lai Châu)",
];
const head = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Ghi chú"];
// [no, task, lead (null = merged from above), coordinators, time, note]; a string alone is a section row.
const rows = [
  "I. HẠ TẦNG SỐ, NỀN TẢNG SỐ",
  [
    "1",
    "Phủ sóng di động 4G đến các thôn, bản chưa có sóng hoặc sóng yếu",
    "Sở Khoa học và Công nghệ",
    "UBND các xã: Mường Tè, Nậm Nhùn, Pa Tần; Viễn thông Lai Châu",
    "Quý III/2026",
    "32 thôn, bản vùng lõm sóng",
  ],
  [
    "2",
    "Trang bị máy tính, máy quét cho Bộ phận Một cửa cấp xã bảo đảm tiếp nhận hồ sơ điện tử",
    "UBND các xã, phường",
    "Sở Tài chính",
    date(30, 6, 2026),
    "",
  ],
  [
    "3",
    "Triển khai hệ thống hội nghị truyền hình đến 100% xã, phường",
    "Sở Khoa học và Công nghệ",
    "Công an tỉnh",
    "Tháng 5/2026",
    "",
  ],
  "II. DỮ LIỆU SỐ, DỊCH VỤ CÔNG TRỰC TUYẾN",
  [
    "4",
    "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa cấp xã",
    "Văn phòng UBND tỉnh",
    "UBND các xã, phường",
    "Trước 30/9/2026",
    "",
  ],
  [
    "5",
    "Đánh giá chất lượng cung cấp dịch vụ công trực tuyến toàn trình của cấp xã",
    null,
    "Sở Khoa học và Công nghệ",
    "Tháng 11/2026",
    "",
  ],
  [
    "6",
    "Làm sạch dữ liệu đất đai, kết nối Cơ sở dữ liệu quốc gia về đất đai",
    "Sở Nông nghiệp và Môi trường",
    "UBND phường Tân Phong; UBND phường Đoàn Kết",
    "15/8/2026",
    "Sau sắp xếp đơn vị hành chính",
  ],
  [
    "7",
    "Thí điểm cấp chứng thư chữ ký số cá nhân miễn phí cho người dân",
    "UBND phường Tân Phong, UBND phường Đoàn Kết",
    "Công an tỉnh",
    "Quý II/2026",
    "Thí điểm",
  ],
  "III. KỸ NĂNG SỐ, TUYÊN TRUYỀN",
  [
    "8",
    "Duy trì hoạt động Tổ công nghệ số cộng đồng tại thôn, bản, tổ dân phố",
    "UBND các xã, phường",
    "Tỉnh đoàn",
    "Thường xuyên",
    "",
  ],
  [
    "9",
    "Bồi dưỡng kỹ năng số cho công chức cấp xã",
    "Sở Nội vụ",
    "Sở Khoa học và Công nghệ",
    date(25, 7, 2026),
    "02 lớp",
  ],
  [
    "10",
    "Tuyên truyền chuyển đổi số cấp xã trên báo in, báo điện tử, phát thanh, truyền hình",
    "Báo và Phát thanh, Truyền hình Lai Châu",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Năm 2026",
    "",
  ],
  [
    "11",
    "Sơ kết mô hình xã điểm chuyển đổi số, báo cáo UBND tỉnh",
    "UBND các xã: Bình Lư, Tam Đường, Phong Thổ",
    "Sở Khoa học và Công nghệ",
    "Trước 15/12/2026",
    "Xã điểm",
  ],
];

const wb = new ExcelJS.Workbook();
wb.creator = "Văn phòng UBND tỉnh Lai Châu";
const ws = wb.addWorksheet("Phu luc");
ws.columns = [6, 48, 26, 30, 16, 18].map((width) => ({ width }));
const font = { name: "Times New Roman", size: 12 };
const border = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
titles.forEach((t, i) => {
  const r = ws.addRow([t]);
  ws.mergeCells(r.number, 1, r.number, 6);
  r.getCell(1).font = { ...font, bold: i < 3, italic: i === 3 };
  r.getCell(1).alignment = { horizontal: i === 0 ? "left" : "center" };
});
ws.addRow([]);
const hr = ws.addRow(head);
hr.eachCell((c) =>
  Object.assign(c, {
    font: { ...font, bold: true },
    border,
    alignment: { horizontal: "center", vertical: "middle", wrapText: true },
  }),
);
let mergeFrom = 0;
for (const row of rows) {
  if (typeof row === "string") {
    const r = ws.addRow([row]);
    ws.mergeCells(r.number, 1, r.number, 6);
    r.getCell(1).font = { ...font, bold: true };
    r.getCell(1).border = border;
    continue;
  }
  const r = ws.addRow(row.map((v, k) => (k === 0 ? Number(v) : (v ?? "")))); // STT typed as numbers
  for (let k = 1; k <= 6; k++) {
    const cell = r.getCell(k);
    cell.font = font;
    cell.border = border;
    cell.alignment = { vertical: "middle", wrapText: true, horizontal: k === 2 || k === 4 ? "left" : "center" };
    if (row[k - 1] instanceof Date) cell.numFmt = "dd/mm/yyyy";
  }
  if (row[2] === null) ws.mergeCells(mergeFrom, 3, r.number, 3);
  else mergeFrom = r.number;
}
mkdirSync(dir, { recursive: true });
await wb.xlsx.writeFile(join(dir, "plan.xlsx"));

const shown = (v) =>
  v instanceof Date
    ? `${String(v.getUTCDate()).padStart(2, "0")}/${String(v.getUTCMonth() + 1).padStart(2, "0")}/${v.getUTCFullYear()}`
    : (v ?? "");
const text = [
  ...titles,
  "",
  head.join("\t"),
  ...rows.map((r) => (typeof r === "string" ? r : r.map(shown).join("\t"))),
];
writeFileSync(join(dir, "plan.txt"), text.join("\n") + "\n");

// 01: Thái Nguyên 2026 (after the reorganisation: merged departments, no districts), UBND tỉnh, Kế hoạch 21/KH-UBND,
// 16/01/2026, chuyển đổi số năm 2026, kept as a GANTT CHART in Excel: columns STT | Nội dung | Chủ trì | Phối hợp |
// T1 … T12 under a merged "Năm 2026"; a task's time is ONLY the solid fill of its month cells (no text in them); a
// legend line above the table ("Ô tô màu: thời gian thực hiện" beside a filled sample cell). The deadline is the
// last day of the last filled month. Group rows (I. … IV.) are unfilled; task 8 is filled orange, not blue, and is
// still a bar. plan.xlsx (exceljs fills), plan.xls / plan.ods by office-copies, plan.pdf LibreOffice's print of
// the .xlsx (the fills show). NO plan.txt: a text copy of the sheet holds no colour, so no deadline.
import path from "node:path";
import ExcelJS from "exceljs";
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { printAndCopy, ready, toWorksheet, writeJson } from "./sheet.mjs";

const ID = "01-thai-nguyen-2026-gantt-chart-workbook-month-cells-fill-colour-only-no-text-copy";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const KC = "Sở Khoa học và Công nghệ", VP = "Văn phòng UBND tỉnh", NV = "Sở Nội vụ", CA = "Công an tỉnh";
const YT = "Sở Y tế", GD = "Sở Giáo dục và Đào tạo", SN = "Các sở, ban, ngành", TC = "Sở Tài chính";
const BAO = "Báo và Phát thanh, Truyền hình Thái Nguyên";
const g = (n) => (n === SN ? "@departments" : n);
const BLUE = "FF5B9BD5", ORANGE = "FFFFC000";
const NUM = "21/KH-UBND";

// group: [roman, title]; task: [content, lead, coordinators, first month, last month, fill]
const ROWS = [
  ["I", "PHÁT TRIỂN HẠ TẦNG SỐ, NỀN TẢNG SỐ"],
  ["Kết nối Trục liên thông văn bản của tỉnh với các xã, phường sau sắp xếp đơn vị hành chính", KC, [VP], 1, 3],
  ["Nâng cấp Trung tâm dữ liệu tỉnh, bảo đảm an toàn hệ thống thông tin theo cấp độ 3", KC, [CA], 3, 9],
  ["Rà soát, cập nhật Kiến trúc Chính quyền điện tử tỉnh Thái Nguyên phiên bản 4.0", KC, [SN], 5, 5],
  ["II", "PHÁT TRIỂN CHÍNH QUYỀN SỐ"],
  ["Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực tại Trung tâm Phục vụ hành chính công", VP,
    [NV, KC], 2, 6],
  ["Duy trì vận hành Hệ thống quản lý văn bản và điều hành thông suốt từ tỉnh đến cấp xã", VP, [KC], 1, 12],
  ["Cấp chứng thư số chuyên dùng cho cán bộ, công chức cấp xã sau sắp xếp", NV, [KC, CA], 4, 4],
  ["Xây dựng cơ sở dữ liệu cán bộ, công chức, viên chức của tỉnh kết nối cơ sở dữ liệu quốc gia", NV, [TC], 6, 10],
  ["III", "PHÁT TRIỂN KINH TẾ SỐ, XÃ HỘI SỐ"],
  ["Triển khai thanh toán không dùng tiền mặt tại bệnh viện, trường học trên địa bàn tỉnh", YT, [GD], 7, 8, ORANGE],
  ["Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số, đưa sản phẩm OCOP lên sàn thương mại điện tử", "Sở Công Thương",
    ["Sở Nông nghiệp và Môi trường"], 9, 11],
  ["Triển khai hồ sơ sức khỏe điện tử trên ứng dụng VNeID cho người dân", YT, ["Bảo hiểm xã hội tỉnh", CA], 2, 2],
  ["Số hóa học bạ, văn bằng, chứng chỉ của học sinh các cấp học", GD, [KC], 1, 7],
  ["IV", "BẢO ĐẢM AN TOÀN THÔNG TIN VÀ TỔ CHỨC THỰC HIỆN"],
  ["Tổ chức diễn tập thực chiến bảo đảm an toàn thông tin mạng năm 2026", CA, [KC], 10, 10],
  ["Mở chuyên mục tuyên truyền về chuyển đổi số, Đề án 06 và các nền tảng số dùng chung", BAO, [KC], 1, 1],
  ["Sơ kết, đánh giá kết quả thực hiện Kế hoạch năm 2026, báo cáo UBND tỉnh", KC, [SN], 12, 12],
];

const last = (m) => new Date(Date.UTC(2026, m, 0)).toISOString().slice(0, 10);
const C = (v, o = {}) => ({ v, ...o });
const W = [5, 46, 22, 24, ...Array(12).fill(4.6)];
const top = (a, b, o = {}) => ({ cells: [C(a, { across: 2, align: "center", bold: true, ...o.a }),
  C(b, { across: 12, align: "center", bold: true, ...o.b })] });
const T = (v, o = {}) => ({ cells: [C(v, { across: 15, align: "center", bold: true, ...o })] });
const rows = [
  top("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
  top("TỈNH THÁI NGUYÊN", "Độc lập - Tự do - Hạnh phúc"),
  top(`Số: ${NUM}`, "Thái Nguyên, ngày 16 tháng 01 năm 2026", { a: { bold: false }, b: { bold: false, italic: true } }),
  { cells: [] },
  T("KẾ HOẠCH"),
  T("Chuyển đổi số, phát triển chính quyền số tỉnh Thái Nguyên năm 2026"),
  T("BIỂU TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ", { bold: false, italic: true }),
  { cells: [C("", { fill: BLUE }), C("Ô tô màu: thời gian thực hiện", { italic: true })], height: 18 },
  { cells: [C("STT", { down: 1 }), C("Nội dung", { down: 1 }), C("Chủ trì", { down: 1 }), C("Phối hợp", { down: 1 }),
    C("Năm 2026", { across: 11 })].map((c) => ({ ...c, bold: true, align: "center", valign: "middle" })) },
  { cells: Array.from({ length: 12 }, (_, i) => C(`T${i + 1}`, { bold: true, align: "center" })) },
];
const HEAD = rows.length - 1;
const tasks = [];
let stt = 0;
for (const r of ROWS) {
  if (r.length === 2) {
    rows.push({ cells: [C(r[0], { bold: true, align: "center" }), C(r[1], { bold: true, across: 2 }),
      ...Array(12).fill("").map(() => C(""))] });
    continue;
  }
  const [content, lead, co, from, to, fill = BLUE] = r;
  stt++;
  const months = Array.from({ length: 12 }, (_, i) => C("", i + 1 >= from && i + 1 <= to ? { fill } : {}));
  rows.push({ cells: [C(stt, { align: "center" }), C(content), C(lead), C(co.join(";\n")), ...months] });
  tasks.push(task(String(stt), content, last(to), [g(lead)], co.map(g)));
}
const sheet = { name: "Tien do 2026", widths: W, rows, boxFrom: HEAD };

ready(DIR);
const wb = new ExcelJS.Workbook();
wb.creator = "Nguyen Thi Lan";
wb.created = new Date("2026-01-14T08:12:00Z");
wb.modified = new Date("2026-01-16T03:40:00Z");
toWorksheet(wb, sheet, { size: 11 });
await wb.xlsx.writeFile(path.join(DIR, "plan.xlsx"));
printAndCopy(DIR);

const expected = {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Thái Nguyên, 16/01/2026 (after the reorganisation: merged departments, no ` +
    "districts; 'Các sở, ban, ngành' = @departments), chuyển đổi số 2026, kept as a GANTT CHART workbook: header " +
    "block in merged cells, title rows, a legend line (a blue sample cell beside 'Ô tô màu: thời gian thực hiện'), " +
    "then STT | Nội dung | Chủ trì | Phối hợp | T1 … T12 (two header rows, 'Năm 2026' merged over the months). A " +
    "task's time is ONLY the solid fill of its month cells, which hold no text; group rows I-IV are unfilled. The " +
    "deadline is the last day of the last filled month. ref = STT (1-14, running across groups). Task 8 is filled " +
    "ORANGE (the others blue) and is a bar all the same. Dates: 1 T1-T3 31/3 Tue; 2 T3-T9 30/9 Wed; 3 T5 31/5 Sun " +
    "-> 1/6; 4 T2-T6 30/6 Tue; 5 T1-T12 31/12 Thu; 6 T4 30/4 holiday, 1/5 holiday -> 4/5; 7 T6-T10 31/10 Sat -> " +
    "2/11; 8 T7-T8 (orange) 31/8 Mon; 9 T9-T11 30/11 Mon; 10 T2 28/2 Sat -> 2/3; 11 T1-T7 31/7 Fri; 12 T10 31/10 " +
    "-> 2/11; 13 T1 31/1 Sat -> 2/2; 14 T12 31/12 (UBND tỉnh a recipient). Phối hợp cells list units one a line. " +
    "plan.xlsx (exceljs, solid pattern fills), plan.xls and plan.ods LibreOffice's copies, plan.pdf LibreOffice's " +
    "print of plan.xlsx (the fills show). NO plan.txt: a text copy of the sheet loses the colours and with them " +
    "every deadline, so that format cannot carry this plan and is not written.",
  province: "Thái Nguyên",
  plan: { number: NUM, date: "2026-01-16" },
  tasks,
  unresolved: [],
  successors: [],
};
writeJson(path.join(DIR, "expected.json"), expected);

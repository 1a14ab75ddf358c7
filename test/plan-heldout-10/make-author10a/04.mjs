// 04: Thái Nguyên 2025 (after the merger) — Kế hoạch whose Phụ lục is the table exported from the province's
// task-management system (Mã nhiệm vụ, Tên nhiệm vụ, Đơn vị chủ trì, Đơn vị phối hợp, Ngày bắt đầu, Ngày kết thúc,
// Trạng thái), with the system's stale unit catalogue (old department names). plan.xlsx holds real Excel dates.
// PDF: LibreOffice tagged-PDF export of plan-auto.docx.
import ExcelJS from "exceljs";
import { BASE_CSS, headerBlock, signBlock, writeAll } from "./lib.mjs";

const OUT = new URL("../04-thai-nguyen-2025-task-system-export-workbook/", import.meta.url).pathname;
const SNV = "Sở Nội vụ";
const VP = "Văn phòng UBND tỉnh";
const TTTT = "Sở Thông tin và Truyền thông";
const KHDT = "Sở Kế hoạch và Đầu tư";
const XA = "UBND các xã, phường";
const SO = "Các sở, ban, ngành";
const MAP = {
  [TTTT]: "Sở Khoa học và Công nghệ", [KHDT]: "Sở Tài chính", "Sở Giao thông vận tải": "Sở Xây dựng",
  "Sở Lao động - Thương binh và Xã hội": SNV, [XA]: "UBND cấp xã", [SO]: "@departments",
};
const OLD = [TTTT, KHDT, "Sở Giao thông vận tải", "Sở Lao động - Thương binh và Xã hội"];

// [code, name, leads, coordinators, start, end | null, status, effectiveDue]
const ROWS = [
  ["CCHC.25.101", "Rà soát, kiện toàn Bộ phận Một cửa cấp xã sau sắp xếp", [SNV], [VP, XA], "2025-09-25", "2025-10-15",
    "Đang thực hiện", "2025-10-15"],
  ["CCHC.25.102", "Cập nhật danh mục thủ tục hành chính cấp xã trên Hệ thống thông tin giải quyết TTHC", [VP], [TTTT],
    "2025-09-25", "2025-10-10", "Hoàn thành", "2025-10-10"],
  ["CĐS.25.031", "Nâng cấp hạ tầng mạng kết nối trụ sở các xã, phường mới", [TTTT], ["Bưu điện tỉnh", XA], "2025-10-01",
    "2025-10-31", "Đang thực hiện", "2025-10-31"],
  ["CCHC.25.103", "Hướng dẫn xác định vị trí việc làm của công chức cấp xã", [SNV], [], "2025-10-01", "2025-10-30",
    "Chưa thực hiện", "2025-10-30"],
  ["CCHC.25.104", "Tổng hợp nhu cầu kinh phí thực hiện nhiệm vụ cải cách hành chính năm 2026", [KHDT],
    ["Sở Tài chính", SNV], "2025-10-01", "2025-11-12", "Chưa thực hiện", "2025-11-12"],
  ["CĐS.25.032", "Chuyển đổi, tích hợp dữ liệu hồ sơ TTHC của UBND các huyện (cũ) về cấp xã", [TTTT], [VP],
    "2025-09-22", "2025-11-30", "Đang thực hiện", "2025-12-01"],
  ["CCHC.25.105", "Khảo sát sự hài lòng của người dân, tổ chức (SIPAS) năm 2025", [SNV], ["Bưu điện tỉnh"],
    "2025-10-01", "2025-11-20", "Chưa thực hiện", "2025-11-20"],
  ["CCHC.25.106", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025", [SO], [], "2025-11-01", "2025-12-15",
    "Chưa thực hiện", "2025-12-15"],
  ["CCHC.25.107", "Tuyên truyền về vận hành mô hình chính quyền địa phương hai cấp",
    ["Báo và Phát thanh, Truyền hình Thái Nguyên"], [SNV], "2025-09-22", "2025-12-31", "Đang thực hiện", "2025-12-31"],
  ["CCHC.25.108", "Rà soát quy trình nội bộ giải quyết TTHC lĩnh vực giao thông", ["Sở Giao thông vận tải"], [VP],
    "2025-10-01", "2025-11-14", "Chưa thực hiện", "2025-11-14"],
  ["CCHC.25.109", "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính tại các xã, phường", [SNV], ["Thanh tra tỉnh", VP],
    "2025-10-15", "2025-12-12", "Chưa thực hiện", "2025-12-12"],
  ["CĐS.25.033", "Triển khai thanh toán trực tuyến phí, lệ phí giải quyết TTHC", ["Sở Tài chính"],
    ["Thuế tỉnh", "Bưu điện tỉnh"], "2025-10-01", "2025-11-28", "Đang thực hiện", "2025-11-28"],
  ["CCHC.25.110", "Xây dựng Kế hoạch cải cách hành chính năm 2026", [SNV], [SO], "2025-11-01", "2025-12-26",
    "Chưa thực hiện", "2025-12-26"],
  ["CĐS.25.034", "Xây dựng Kế hoạch chuyển đổi số năm 2026", [TTTT], [SO], "2025-11-01", "2025-12-27",
    "Chưa thực hiện", "2025-12-29"],
  ["CCHC.25.111", "Bồi dưỡng kỹ năng cho công chức Bộ phận Một cửa cấp xã", [SNV], [XA], "2025-10-15", "2025-10-25",
    "Chưa thực hiện", "2025-10-27"],
  ["CCHC.25.112", "Công bố TTHC lĩnh vực lao động, người có công sau hợp nhất", ["Sở Lao động - Thương binh và Xã hội"],
    [VP], "2025-09-22", "2025-10-10", "Hoàn thành", "2025-10-10"],
  ["CCHC.25.113", "Hướng dẫn triển khai Đề án 06 tại cấp xã", ["Công an tỉnh"], [XA], "2025-09-22", null,
    "Đang thực hiện"],
  ["CCHC.26.001", "Sơ kết 6 tháng vận hành chính quyền địa phương hai cấp", [SNV], [VP], "2025-12-01", "2026-01-15",
    "Chưa thực hiện", "2026-01-15"],
  ["CĐS.25.035", "Số hóa kết quả giải quyết TTHC còn hiệu lực", [XA], [TTTT], "2025-10-01", "2026-01-31",
    "Đang thực hiện", "2026-02-02"],
  ["CCHC.25.114", "Báo cáo kết quả cải cách hành chính năm 2025", [SO, XA], [], "2025-12-01", "2025-12-10",
    "Chưa thực hiện", "2025-12-10"],
  ["CCHC.25.115", "Tổng hợp báo cáo cải cách hành chính năm 2025 trình UBND tỉnh", [SNV], [], "2025-12-10",
    "2025-12-20", "Chưa thực hiện", "2025-12-22"],
  ["CCHC.25.116", "Duy trì chuyên mục cải cách hành chính trên Cổng Thông tin điện tử tỉnh", [VP], [], "2025-09-22",
    null, "Thường xuyên"],
  ["CCHC.26.002", "Rà soát, đề xuất cắt giảm TTHC lĩnh vực đầu tư", [KHDT], ["Sở Xây dựng"], "2025-11-01",
    "2026-02-15", "Chưa thực hiện", "2026-02-23"],
  ["CĐS.26.001", "Kiểm tra việc sử dụng chữ ký số trong cơ quan nhà nước", [TTTT], ["Công an tỉnh"], "2026-02-01",
    "2026-03-13", "Chưa thực hiện", "2026-03-13"],
  ["CĐS.26.002", "Đánh giá Chỉ số chuyển đổi số (DTI) năm 2025", [TTTT], [SNV], "2026-01-15", "2026-03-31",
    "Chưa thực hiện", "2026-03-31"],
  ["CCHC.25.117", "Kiện toàn Tổ công tác cải cách hành chính của tỉnh", [SNV], [], "2025-09-22", "2025-09-30",
    "Hoàn thành", "2025-09-30"],
  ["CCHC.25.118", "Rà soát TTHC lĩnh vực nông nghiệp, môi trường sau sắp xếp", ["Sở Nông nghiệp và Môi trường"],
    ["Sở Xây dựng"], "2025-10-01", "2025-12-30", "Chưa thực hiện", "2025-12-30"],
];

const vn = (iso) => iso ? iso.split("-").reverse().join("/") : "";
const HEAD = ["STT", "Mã nhiệm vụ", "Tên nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Ngày bắt đầu",
  "Ngày kết thúc", "Trạng thái"];
const P = (text, o = {}) => ({ t: "p", text, align: "justify", ...o });
const rows = [HEAD.map((t) => ({ paras: [{ text: t, bold: true, align: "center" }] }))];
const expected = [];
const used = new Set();
ROWS.forEach((r, i) => {
  const [code, name, leads, coords, start, end, status, eff] = r;
  rows.push([String(i + 1), code, name, leads.join("; "), coords.join("; "), vn(start), vn(end), status]);
  if (!end) return;
  [...leads, ...coords].filter((u) => OLD.includes(u)).forEach((u) => used.add(u));
  const lead = leads.map((u) => MAP[u] ?? u);
  const coordinators = coords.map((u) => MAP[u] ?? u).filter((u) => !lead.includes(u));
  expected.push({ ref: String(i + 1), title: name, due: end, effectiveDue: eff, inherited: false, lead, coordinators });
});

const blocks = [
  headerBlock({ issuerTop: "", issuer: "ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", number: "Số: 203/KH-UBND",
    placeDate: "Thái Nguyên, ngày 22 tháng 9 năm 2025" }),
  P("KẾ HOẠCH", { bold: true, align: "center", indent: false }),
  P("Triển khai nhiệm vụ cải cách hành chính, chuyển đổi số những tháng cuối năm 2025 và quý I năm 2026",
    { bold: true, align: "center", indent: false }),
  P("Thực hiện Kết luận số 183-KL/TU ngày 05/9/2025 của Ban Thường vụ Tỉnh ủy và để bảo đảm vận hành thông suốt "
    + "chính quyền địa phương hai cấp từ ngày 01/7/2025, UBND tỉnh ban hành Kế hoạch như sau:"),
  P("MỤC ĐÍCH, YÊU CẦU", { num: "I.", bold: true, list: { kind: "roman", inst: 1 } }),
  P("Giao nhiệm vụ cụ thể, có thời hạn, theo dõi tiến độ trên Hệ thống quản lý văn bản và điều hành của tỉnh (phân hệ "
    + "Giao việc); 100% nhiệm vụ được cập nhật trạng thái trên Hệ thống."),
  P("NHIỆM VỤ", { num: "II.", bold: true, list: { kind: "roman", inst: 1 } }),
  P("Danh mục nhiệm vụ tại Phụ lục kèm theo, trích xuất từ Hệ thống ngày 22/9/2025. Thời hạn hoàn thành là ngày ghi "
    + "tại cột \u201cNgày kết thúc\u201d; nhiệm vụ chưa có ngày kết thúc thực hiện thường xuyên."),
  P("Tên một số cơ quan tại Phụ lục là tên trong danh mục đơn vị của Hệ thống, chưa được cập nhật sau sắp xếp; cơ quan "
    + "kế thừa chức năng, nhiệm vụ có trách nhiệm thực hiện."),
  P("TỔ CHỨC THỰC HIỆN", { num: "III.", bold: true, list: { kind: "roman", inst: 1 } }),
  P("Các cơ quan, đơn vị cập nhật tiến độ, kết quả thực hiện nhiệm vụ trên Hệ thống trước ngày 25 hằng tháng. Văn "
    + "phòng UBND tỉnh theo dõi, đôn đốc; Sở Nội vụ tổng hợp, báo cáo UBND tỉnh./."),
  signBlock(["Bộ Nội vụ;", "TT Tỉnh ủy, TT HĐND tỉnh;", "CT, các PCT UBND tỉnh;", "Các sở, ban, ngành;",
    "UBND các xã, phường;", "Lưu: VT, KGVX."], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
  "Đặng Xuân Trường"),
  { t: "landscape" },
  P("Phụ lục", { bold: true, align: "center", indent: false }),
  P("DANH MỤC NHIỆM VỤ (trích xuất từ Hệ thống quản lý văn bản và điều hành, ngày 22/09/2025 10:15)",
    { bold: true, align: "center", indent: false }),
  P("(Kèm theo Kế hoạch số 203/KH-UBND ngày 22/9/2025 của UBND tỉnh)", { italic: true, align: "center", indent: false }),
  { t: "table", widths: [650, 1650, 4000, 2300, 2700, 1250, 1250, 1250], header: 1, size: 22, rows },
];

const STYLE = "Kế hoạch 203/KH-UBND, Thái Nguyên (merged), 22/9/2025; PDF: LibreOffice tagged-PDF export of "
  + "plan-auto.docx. Tasks only in a landscape Phụ lục exported from the task-management system: STT | Mã nhiệm vụ "
  + "| Tên nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Ngày bắt đầu | Ngày kết thúc | Trạng thái "
  + "ref = STT (the code is not the ref); due = Ngày kết thúc, Ngày bắt đầu is no deadline; 'Hoàn thành' rows are "
  + "still tasks; rows 17, 22 without end date undated. plan.xlsx: same table, real Excel dates (dd/mm/yyyy) under 4 "
  + "export header rows. The system's catalogue keeps old names: Sở TT&TT -> "
  + "Sở KH&CN, Sở KH&ĐT -> Sở Tài chính (row 5: Sở Tài chính also coordinator, dropped as it is the lead), Sở GTVT -> "
  + "Sở Xây dựng, Sở LĐ-TB&XH -> Sở Nội vụ. 'UBND các xã, phường' = UBND cấp xã. Holidays: 1/1/2026, Tết 14-22/2/2026 "
  + "(15/2 -> 23/2); weekends 30/11, 27/12, 20/12, 25/10, 31/1 -> next Monday. Dates 05/9/2025, 01/7/2025, export "
  + "time, 'trước ngày 25 hằng tháng' are no deadlines.";

await writeAll(OUT, blocks, {
  id: "04-thai-nguyen-2025-task-system-export-workbook",
  style: STYLE,
  province: "Thái Nguyên",
  plan: { number: "203/KH-UBND", date: "2025-09-22" },
  tasks: expected,
  quotas: [],
  unresolved: [],
  successors: OLD.filter((u) => used.has(u)).map((u) => ({ written: u, unit: MAP[u] })),
}, { printer: "libreoffice", css: BASE_CSS });

// The workbook as the system exports it.
const wb = new ExcelJS.Workbook();
wb.creator = "He thong QLVB&DH";
const ws = wb.addWorksheet("DanhSachNhiemVu");
ws.addRow(["HỆ THỐNG QUẢN LÝ VĂN BẢN VÀ ĐIỀU HÀNH TỈNH THÁI NGUYÊN - PHÂN HỆ GIAO VIỆC"]);
ws.addRow(["Danh sách nhiệm vụ theo văn bản: Kế hoạch số 203/KH-UBND ngày 22/9/2025 của UBND tỉnh"]);
ws.addRow(["Ngày xuất:", new Date(Date.UTC(2025, 8, 22, 10, 15))]);
ws.addRow([]);
const hr = ws.addRow(HEAD);
hr.font = { bold: true };
const d = (iso) => (iso ? new Date(iso + "T00:00:00Z") : null);
ROWS.forEach((r, i) => ws.addRow([i + 1, r[0], r[1], r[2].join("; "), r[3].join("; "), d(r[4]), d(r[5]), r[6]]));
ws.getCell("B3").numFmt = "dd/mm/yyyy hh:mm";
ws.getColumn(6).numFmt = "dd/mm/yyyy";
ws.getColumn(7).numFmt = "dd/mm/yyyy";
[6, 14, 60, 34, 40, 13, 13, 16].forEach((w, i) => { ws.getColumn(i + 1).width = w; });
ws.autoFilter = { from: "A5", to: "H5" };
await wb.xlsx.writeFile(OUT + "plan.xlsx");
console.log("04:", expected.length, "tasks");

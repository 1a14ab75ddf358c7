// 11: Bắc Kạn 2024, before the reorganisation. Kế hoạch số 27/KH-UBND ngày 26/01/2024 of UBND tỉnh Bắc Kạn (chuyển
// đổi số năm 2024) typed whole in one sheet, its "Thời gian" column a mix of the SHORT FORMS a clerk types to keep a
// narrow column on one line ("Q1/2024", "T6/2024", "6T đầu năm", "6T cuối năm", "Cả năm", "T8", "Q4", "Trước 15/6",
// "Trước 10/12", the year left out when it is the plan's) beside REAL DATE CELLS (dd/mm/yyyy); one "Thường xuyên".
// The note under the table gives the abbreviations ("T: tháng; Q: quý").
import { C, H, D, answerUnits, headerRows, note, saveBook, signRows, task, title, when, writeExpected } from "./common.mjs";

const ID = "11-bac-kan-2024-time-column-short-forms-q1-t6-6t-dau-nam-ca-nam-truoc-15-6-yearless-beside-real-date-cells";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "27/KH-UBND";
const TT = "Sở Thông tin và Truyền thông", VP = "Văn phòng UBND tỉnh", NV = "Sở Nội vụ", GD = "Sở Giáo dục và Đào tạo";
const YT = "Sở Y tế", TN = "Sở Tài nguyên và Môi trường", CA = "Công an tỉnh", BD = "Bưu điện tỉnh";
const SBN = "Các sở, ban, ngành", HUYEN = "UBND các huyện, thành phố", NHNN = "Ngân hàng Nhà nước chi nhánh tỉnh Bắc Kạn";
const MAP = { [SBN]: ["@departments"], [HUYEN]: ["@districts"] };
const ans = (names) => answerUnits(names, MAP);

// [TT, task, leads, partners, time (Date | text), due | null, why, product]
const R = [
  ["1", "Xây dựng, ban hành Kế hoạch chuyển đổi số năm 2024 của cơ quan, đơn vị", [SBN, HUYEN], [TT], "Q1/2024",
    "2024-03-31", "'Q' = quý: the quarter's last day", "Kế hoạch được ban hành"],
  ["2", "Cập nhật Kiến trúc Chính quyền điện tử tỉnh Bắc Kạn phiên bản 3.0 (Chính quyền số)", [TT], [SBN], "T6/2024",
    "2024-06-30", "'T' = tháng: the month's last day", "Quyết định phê duyệt"],
  ["3", "Triển khai số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công và Bộ " +
    "phận Một cửa cấp huyện", [VP], [TT, HUYEN], D(2024, 4, 30), "2024-04-30", "", "Hồ sơ được số hóa"],
  ["4", "Tuyên truyền, nâng cao nhận thức về chuyển đổi số trên các phương tiện thông tin đại chúng", [TT],
    ["Báo Bắc Kạn", "Đài Phát thanh - Truyền hình tỉnh"], "Cả năm", "2024-12-31", "the whole year: its end",
    "Chuyên trang, chuyên mục"],
  ["5", "Bồi dưỡng kiến thức, kỹ năng số cho cán bộ, công chức, viên chức", [NV], [TT], "6T đầu năm", "2024-06-30",
    "the first six months of the plan's year: 30/6", "Lớp bồi dưỡng"],
  ["6", "Nâng cấp mạng nội bộ (LAN), trang thiết bị công nghệ thông tin cho UBND cấp xã", [HUYEN], [TT], "Q3/2024",
    "2024-09-30", "the quarter's last day", "Hạ tầng được nâng cấp"],
  ["7", "Triển khai thanh toán không dùng tiền mặt đối với học phí, các khoản thu trong trường học", [GD], [NHNN],
    "T8", "2024-08-31", "'T8' in the plan's year", "Tỷ lệ trường thực hiện"],
  ["8", "Báo cáo kết quả chuyển đổi số 6 tháng đầu năm 2024, gửi Sở Thông tin và Truyền thông tổng hợp", [SBN, HUYEN],
    [], "Trước 15/6", "2024-06-14", "'Trước X' = X - 1, the plan's year", "Báo cáo"],
  ["9", "Tổ chức đánh giá, xếp hạng mức độ chuyển đổi số (DTI) của các sở, ban, ngành, UBND các huyện, thành phố",
    [TT], [SBN, HUYEN], "T11/2024", "2024-11-30", "the month's last day", "Quyết định công bố kết quả"],
  ["10", "Kiểm tra, đánh giá an toàn thông tin đối với hệ thống thông tin của các cơ quan nhà nước", [TT], [CA],
    D(2024, 10, 25), "2024-10-25", "", "Báo cáo kiểm tra"],
  ["11", "Xây dựng cơ sở dữ liệu ngành y tế, kết nối với Cơ sở dữ liệu quốc gia về dân cư", [YT], [TT, CA],
    D(2024, 8, 15), "2024-08-15", "", "Cơ sở dữ liệu"],
  ["12", "Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia (10/10) trên địa bàn tỉnh", [TT], [SBN, HUYEN],
    D(2024, 10, 10), "2024-10-10", "", "Chuỗi hoạt động"],
  ["13", "Cập nhật, chỉnh lý cơ sở dữ liệu đất đai cấp huyện, kết nối liên thông với cơ sở dữ liệu quốc gia", [TN],
    [HUYEN], "Q4", "2024-12-31", "'Q4' in the plan's year", "Cơ sở dữ liệu đất đai"],
  ["14", "Khảo sát mức độ hài lòng của người dân khi sử dụng dịch vụ công trực tuyến", [TT], [BD], "6T cuối năm",
    "2024-12-31", "the last six months: 31/12", "Báo cáo khảo sát"],
  ["15", "Báo cáo kết quả chuyển đổi số năm 2024, gửi Sở Thông tin và Truyền thông tổng hợp", [SBN, HUYEN], [],
    "Trước 10/12", "2024-12-09", "'Trước X' = X - 1", "Báo cáo"],
  ["16", "Duy trì vận hành Hệ thống quản lý văn bản và điều hành, chữ ký số trong xử lý văn bản", [VP], [TT],
    "Thường xuyên", null, "", "Văn bản điện tử"],
];

const N = 6;
const rows = [
  ...headerRows({ up: "ỦY BAN NHÂN DÂN", agency: "TỈNH BẮC KẠN", number: NUM,
    place: "Bắc Kạn, ngày 26 tháng 01 năm 2024" }, N),
  title("KẾ HOẠCH", N),
  title("Chuyển đổi số tỉnh Bắc Kạn năm 2024", N),
  { cells: [C("", { across: N - 1 })], box: false },
  { cells: ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian", "Kết quả/sản phẩm"].map((h) => C(h, H)) },
];
const HEAD = rows.length;
for (const r of R) {
  const time = r[4] instanceof Date ? C(r[4], { align: "center", fmt: "dd/mm/yyyy" }) : C(r[4], { align: "center" });
  rows.push({ cells: [C(r[0], { align: "center" }), r[1], r[2].join(";\n"), r[3].join(";\n"), time, r[7]] });
}
rows.push({ cells: [C("", { across: N - 1 })], box: false });
rows.push(note("Ghi chú: T: tháng; Q: quý.", N, { italic: true, size: 11 }));
rows.push(...signRows(["- Bộ Thông tin và Truyền thông (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
  "- CT, các PCT UBND tỉnh;", "- Các sở, ban, ngành;", "- UBND các huyện, thành phố;", "- LĐVP;", "- Lưu: VT, Tùng."],
["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Đỗ Thị Minh Hoa"], N));

const sheet = {
  name: "KH CDS 2024", widths: [5, 54, 26, 28, 12, 22], boxFrom: HEAD, size: 12, rows,
  setup(ws) { ws.pageSetup.printTitlesRow = `${HEAD}:${HEAD}`; },
};
await saveBook(DIR, [sheet], { creator: "Phong BCVT-CNTT", created: "2024-01-18T01:40:00Z",
  modified: "2024-01-26T08:00:00Z", size: 12 });

const tasks = [];
const lines = [];
for (const r of R) {
  if (!r[5]) { lines.push(`${r[0]} '${r[4]}' no task`); continue; }
  tasks.push(task(r[0], r[1], r[5], ans(r[2]), ans(r[3])));
  lines.push(when(r[0], r[4] instanceof Date ? null : r[4], r[5]) + (r[6] ? ` (${r[6]})` : ""));
}
writeExpected(DIR, {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Bắc Kạn, 26/01/2024 (chuyển đổi số năm 2024, before 1/7/2025), typed whole in ` +
    "one sheet. The 'Thời gian' column mixes SHORT FORMS (the note: 'T: tháng; Q: quý'; '6T' = 6 tháng; no year = " +
    "the plan's 2024) with real date cells dd/mm/yyyy: " + lines.join("; ") + ". ref = TT. Units one a line; " +
    "'Các sở, ban, ngành' = @departments, 'UBND các huyện, thành phố' = @districts; 'gửi Sở " +
    "Thông tin và Truyền thông tổng hợp' names the recipient; 'Ngân hàng Nhà nước chi nhánh tỉnh Bắc Kạn' is in no " +
    "directory (unresolved). '(10/10)' in 12's words names the national day, no deadline. plan.xlsx (exceljs), " +
    ".xls/.ods LibreOffice's copies, plan.pdf LibreOffice's print, plan.txt Excel's copy.",
  province: "Bắc Kạn",
  plan: { number: NUM, date: "2024-01-26" },
  tasks,
  unresolved: [NHNN],
  successors: [],
});

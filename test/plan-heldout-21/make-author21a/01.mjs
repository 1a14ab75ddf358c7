// 01: Thái Nguyên 2026 (after the reorganisation) — a Sở Giáo dục và Đào tạo plan for the school year, sent to its
// own offices, the upper-secondary schools and the communes/wards (which now run the lower schools). Part II has one
// small table per objective: a bold caption "Mục tiêu n: …" with its targets, then STT | Nhiệm vụ | Đơn vị chủ trì |
// Đơn vị phối hợp | Thời gian hoàn thành, STT "n.1, n.2 …" (plan-auto.docx: a cell list "n.%1" per table). Rows that
// are ongoing ("Cả năm học", "Hằng tháng") or already running sit among the dated ones. plan.pdf: LibreOffice.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "01-thai-nguyen-2026-sgddt-table-per-objective-dotted-stt";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const dash = (inst) => (text) => ({ t: "p", num: "-", text, list: { kind: "dash", inst } });
const d1 = dash("I"), d3 = dash("III");
const cap = (text) => ({ t: "p", text, bold: true, italic: false });
const note = (text) => ({ t: "p", text, italic: true });
const HDR = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"];
const W = [800, 3700, 1700, 1800, 1400];
const tbl = (n, rows) => ({ t: "table", widths: W, header: 1, rows: [HDR, ...rows.map((r) =>
  [{ text: r[0], align: "center", list: { kind: `o${n}cell`, inst: "T" + n } }, r[1], r[2], r[3],
    { text: r[4], align: "center" }])] });

const PT = "Phòng Giáo dục phổ thông", KT = "Phòng Kế hoạch - Tài chính", VP = "Văn phòng Sở";
const QL = "Phòng Quản lý chất lượng", TC = "Phòng Tổ chức cán bộ";
const THPT = "Các trường THPT, Trung tâm GDNN-GDTX";

const blocks = [
  ...head("UBND TỈNH THÁI NGUYÊN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 2134/KH-SGDĐT",
    "Thái Nguyên, ngày 15 tháng 9 năm 2026", "KẾ HOẠCH",
    "Thực hiện chuyển đổi số ngành Giáo dục năm học 2026 - 2027"),
  { t: "p", text: "Căn cứ Quyết định số 131/QĐ-TTg ngày 25/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án \"Tăng " +
    "cường ứng dụng công nghệ thông tin và chuyển đổi số trong giáo dục và đào tạo giai đoạn 2022 - 2025, định hướng " +
    "đến năm 2030\"; căn cứ hướng dẫn của Bộ Giáo dục và Đào tạo về nhiệm vụ công nghệ thông tin, chuyển đổi số năm " +
    "học 2026 - 2027, Sở Giáo dục và Đào tạo ban hành Kế hoạch như sau:" },
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  d1("Xác định rõ nhiệm vụ, đơn vị chủ trì, thời hạn hoàn thành để các phòng chuyên môn thuộc Sở, các cơ sở " +
    "giáo dục trực thuộc và UBND các xã, phường chủ động triển khai."),
  d1("Việc triển khai bảo đảm đồng bộ, không phát sinh thêm hồ sơ, sổ sách đối với giáo viên."),
  sec("II.", "MỤC TIÊU VÀ NHIỆM VỤ CỤ THỂ"),
  cap("Mục tiêu 1: Hạ tầng số và học liệu số. Chỉ tiêu: 100% trường THPT có đường truyền Internet cáp quang tốc " +
    "độ tối thiểu 100 Mbps; 70% môn học cấp THPT có học liệu số dùng chung."),
  tbl(1, [
    ["1.1", "Rà soát, thống kê hiện trạng thiết bị công nghệ thông tin, đường truyền của các cơ sở giáo dục trực " +
      "thuộc Sở", KT, THPT, "Trước ngày 15/10/2026"],
    ["1.2", "Xây dựng kho học liệu số dùng chung của ngành, đưa lên hệ thống quản lý học tập (LMS) của Sở", PT,
      "Các trường THPT", "Tháng 12/2026"],
    ["1.3", "Tập huấn khai thác, sử dụng kho học liệu số cho giáo viên cốt cán các môn học", PT, VP,
      "Quý I/2027"],
    ["1.4", "Cập nhật dữ liệu học sinh, giáo viên, cơ sở vật chất lên Cơ sở dữ liệu ngành", THPT, VP,
      "Hằng tháng"],
  ]),
  cap("Mục tiêu 2: Quản trị nhà trường trên môi trường số. Chỉ tiêu: 100% trường THPT sử dụng học bạ số; 100% " +
    "khoản thu dịch vụ giáo dục được thanh toán không dùng tiền mặt."),
  tbl(2, [
    ["2.1", "Triển khai học bạ số đối với học sinh các khối lớp 10, 11, 12", PT, "Các trường THPT",
      "Chậm nhất ngày 30/11/2026"],
    ["2.2", "Kết nối, đồng bộ Cơ sở dữ liệu ngành với Cơ sở dữ liệu quốc gia về dân cư", VP,
      PT + "; UBND các xã, phường", "Trước ngày 01/11/2026"],
    ["2.3", "Thanh toán không dùng tiền mặt đối với các khoản thu dịch vụ giáo dục (đã triển khai từ năm học " +
      "2025 - 2026, tiếp tục duy trì)", "Các trường THPT", KT, "Cả năm học"],
    ["2.4", "Ban hành Quy chế quản lý, vận hành hệ thống quản trị trường học trực tuyến", VP, QL,
      "Trước ngày 20/10/2026"],
  ]),
  cap("Mục tiêu 3: Năng lực số của đội ngũ và đánh giá mức độ chuyển đổi số. Chỉ tiêu: 100% cán bộ quản lý các " +
    "trường THPT được bồi dưỡng kỹ năng số."),
  tbl(3, [
    ["3.1", "Tổ chức bồi dưỡng kỹ năng số cho cán bộ quản lý các trường THPT", TC, PT, "Tháng 11/2026"],
    ["3.2", "Hướng dẫn đánh giá mức độ chuyển đổi số của các trường mầm non, tiểu học, trung học cơ sở", QL,
      "UBND các xã, phường", "Quý I/2027"],
    ["3.3", "Tổ chức đánh giá mức độ chuyển đổi số của các trường mầm non, tiểu học, trung học cơ sở trên địa " +
      "bàn, gửi kết quả về Sở Giáo dục và Đào tạo (qua Phòng Quản lý chất lượng)", "UBND các xã, phường",
      "Các trường mầm non, tiểu học, trung học cơ sở", "Trước ngày 15/4/2027"],
    ["3.4", "Sơ kết, đánh giá kết quả thực hiện Kế hoạch; đề xuất nhiệm vụ năm học 2027 - 2028", VP,
      "Các phòng chuyên môn thuộc Sở", "Tháng 6/2027"],
  ]),
  note("Ghi chú: Thời gian hoàn thành ghi \"Trước ngày\" là thời điểm phải xong trước ngày đó."),
  sec("III.", "TỔ CHỨC THỰC HIỆN"),
  d3("Các phòng chuyên môn thuộc Sở căn cứ nhiệm vụ được giao tại Mục II chủ động triển khai; Văn phòng Sở là đầu " +
    "mối theo dõi, đôn đốc."),
  d3("Các trường THPT, Trung tâm GDNN-GDTX báo cáo kết quả thực hiện hằng quý về Sở (qua Văn phòng Sở) trước ngày " +
    "20 của tháng cuối quý."),
  d3("Đề nghị UBND các xã, phường chỉ đạo các trường mầm non, tiểu học, trung học cơ sở trên địa bàn phối hợp " +
    "thực hiện các nhiệm vụ có liên quan tại Kế hoạch này."),
  { t: "p", text: "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Sở Giáo dục và Đào tạo " +
    "(qua Văn phòng Sở, điện thoại 0208.3856.xxx) để được hướng dẫn./." },
  ...sign(["UBND tỉnh (b/c)", "Giám đốc, các PGĐ Sở", "Các phòng chuyên môn thuộc Sở", "Các trường THPT, " +
    "Trung tâm GDNN-GDTX", "UBND các xã, phường"], "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Thị Thu Hà"),
];

const XA = "UBND cấp xã";
const tasks = [
  task("1.1", "Rà soát, thống kê hiện trạng thiết bị công nghệ thông tin, đường truyền của các cơ sở giáo dục " +
    "trực thuộc Sở", "2026-10-14", [KT], ["Các trường THPT", "Trung tâm GDNN-GDTX"]),
  task("1.2", "Xây dựng kho học liệu số dùng chung của ngành, đưa lên hệ thống LMS của Sở", "2026-12-31", [PT],
    ["Các trường THPT"]),
  task("1.3", "Tập huấn khai thác, sử dụng kho học liệu số cho giáo viên cốt cán các môn học", "2027-03-31", [PT],
    [VP]),
  task("2.1", "Triển khai học bạ số đối với học sinh các khối lớp 10, 11, 12", "2026-11-30", [PT],
    ["Các trường THPT"]),
  task("2.2", "Kết nối, đồng bộ Cơ sở dữ liệu ngành với Cơ sở dữ liệu quốc gia về dân cư", "2026-10-31", [VP],
    [PT, XA]),
  task("2.4", "Ban hành Quy chế quản lý, vận hành hệ thống quản trị trường học trực tuyến", "2026-10-19", [VP], [QL]),
  task("3.1", "Tổ chức bồi dưỡng kỹ năng số cho cán bộ quản lý các trường THPT", "2026-11-30", [TC], [PT]),
  task("3.2", "Hướng dẫn đánh giá mức độ chuyển đổi số của các trường mầm non, tiểu học, trung học cơ sở",
    "2027-03-31", [QL], [XA]),
  task("3.3", "Tổ chức đánh giá mức độ chuyển đổi số của các trường mầm non, tiểu học, THCS trên địa bàn, gửi kết " +
    "quả về Sở", "2027-04-14", [XA], ["Các trường mầm non, tiểu học, trung học cơ sở"]),
  task("3.4", "Sơ kết, đánh giá kết quả thực hiện Kế hoạch; đề xuất nhiệm vụ năm học 2027 - 2028", "2027-06-30",
    [VP], ["Các phòng chuyên môn thuộc Sở"]),
];

await build(DIR, {
  blocks, printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 2134/KH-SGDĐT of the Sở Giáo dục và Đào tạo Thái Nguyên, 15/9/2026 (after the reorganisation: " +
      "communes/wards, no districts), digital transformation for the school year 2026-2027, sent to the Sở's own " +
      "offices, the upper-secondary schools and UBND các xã, phường. Part II is one table per objective: a bold " +
      "caption line 'Mục tiêu n: … Chỉ tiêu: …' (targets, no tasks) then STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị " +
      "phối hợp | Thời gian hoàn thành; STT 'n.1 …' restarts per table and is the ref as written (plan-auto.docx " +
      "numbers it with a cell list 'n.%1'). Left out: 1.4 (Hằng tháng), 2.3 (already running, 'Cả năm học'), part " +
      "III's quarterly reports and the undated request to the communes. 'Trước ngày X' = X-1 (the note under the " +
      "tables says so too): 15/10 -> 14/10, 01/11 -> 31/10 (Sat -> Mon 2/11), 20/10 -> 19/10, 15/4/2027 -> 14/4; " +
      "'Chậm nhất ngày 30/11/2026' = 30/11; 'Tháng 12/2026' = 31/12, 'Tháng 11/2026' = 30/11, 'Tháng 6/2027' = 30/6; " +
      "'Quý I/2027' = 31/3/2027. A cell with two units separated by ',' or ';' gives two units ('Các trường THPT, " +
      "Trung tâm GDNN-GDTX' -> two coordinators). 'UBND các xã, phường' -> UBND cấp xã. 'gửi kết quả về Sở' in 3.3 " +
      "is a recipient. The Sở's offices (Phòng Giáo dục phổ thông, Phòng Kế hoạch - Tài chính, Văn phòng Sở, Phòng " +
      "Quản lý chất lượng, Phòng Tổ chức cán bộ) and schools are unresolved, as written. PDF: LibreOffice.",
    province: "Thái Nguyên",
    plan: { number: "2134/KH-SGDĐT", date: "2026-09-15" },
    tasks,
    unresolved: [PT, KT, VP, QL, TC, "Các trường THPT", "Trung tâm GDNN-GDTX", "Các phòng chuyên môn thuộc Sở",
      "Các trường mầm non, tiểu học, trung học cơ sở"],
    successors: [],
  },
});

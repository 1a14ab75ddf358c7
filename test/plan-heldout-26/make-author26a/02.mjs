// 02: Thái Nguyên after the reorganisation (05/02/2026) — UBND tỉnh's plan for a catch-up measles-rubella (MR)
// vaccination campaign for children aged 1-5. III is ONE table STT | Hoạt động | Đơn vị thực hiện | Thời gian,
// split by full-width phase rows "A. TRƯỚC CHIẾN DỊCH", "B. TRIỂN KHAI CHIẾN DỊCH (16/3–27/3/2026)", "C. SAU
// CHIẾN DỊCH" (gridSpan); STT restarts in each phase. The unit cell has two labelled lines "Chủ trì: …" /
// "Phối hợp: …". Times: weeks of a month ("Trong tuần thứ hai của tháng 3/2026"), en-dash ranges, "hạn cuối",
// "trước 17 giờ ngày …", "QII/2026", "Hằng ngày" and "Trong thời gian chiến dịch". plan.pdf: Chromium.
import { assertWeek, build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "02-thai-nguyen-2026-vaccination-campaign-phase-group-rows-labelled-lead-lines-week-times";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const YT = "Sở Y tế";
const CDC = "Trung tâm Kiểm soát bệnh tật tỉnh";
const XA = "UBND cấp xã";
const TC = "Sở Tài chính";
const GD = "Sở Giáo dục và Đào tạo";
const TRAM = "Trạm Y tế các xã, phường";
const CSGD = "Các cơ sở giáo dục mầm non trên địa bàn";
const BAO = "Báo và Phát thanh, Truyền hình Thái Nguyên";

const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const item = (inst, kind) => (num, text, extra = {}) => ({ t: "p", num, text, list: { kind, inst }, ...extra });
const n1 = item("I", "decimal");
const n2 = item("II", "decimal");
const n4 = item("IV", "decimal");
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });
const C = (text) => ({ text, align: "center" });
const who = (lead, co) => "Chủ trì: " + lead + (co ? "\nPhối hợp: " + co : "");
const phase = (text) => [{ text, span: 4, bold: true }];
// STT cells: a Word list per phase in the auto docx (numbering restarts in each phase).
let ph = "";
const S = (text) => ({ text, align: "center", list: { kind: "cell", inst: "P" + ph } });
const P = (text) => { ph = text[0]; return phase(text); };

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 31/KH-UBND", "Thái Nguyên, ngày 05 tháng 02 năm 2026",
    "KẾ HOẠCH", "Triển khai chiến dịch tiêm bổ sung vắc xin sởi - rubella cho trẻ em từ 1 đến 5 tuổi năm 2026 " +
    "trên địa bàn tỉnh Thái Nguyên"),
  plain("Thực hiện Kế hoạch số 112/KH-BYT ngày 20/01/2026 của Bộ Y tế về tiêm bổ sung vắc xin sởi - rubella (MR) " +
    "cho trẻ em tại các địa phương có nguy cơ cao; xét đề nghị của Sở Y tế tại Tờ trình số 25/TTr-SYT ngày " +
    "30/01/2026, UBND tỉnh ban hành Kế hoạch như sau:"),
  sec("I.", "MỤC TIÊU"),
  n1("1.", "Trên 95% trẻ em từ 1 đến 5 tuổi trong diện được tiêm 01 liều vắc xin MR; bảo đảm an toàn tiêm chủng, " +
    "không để xảy ra sai sót chuyên môn."),
  n1("2.", "Chủ động ngăn chặn dịch sởi bùng phát trong mùa đông xuân năm 2026 tại các xã, phường có tỷ lệ tiêm " +
    "chủng thấp."),
  sec("II.", "PHẠM VI, ĐỐI TƯỢNG VÀ HÌNH THỨC"),
  n2("1.", "Phạm vi: 92 xã, phường của tỉnh; ưu tiên các xã vùng cao thuộc khu vực Bắc Kạn cũ và các phường có " +
    "khu công nghiệp."),
  n2("2.", "Hình thức: tiêm chủng chiến dịch tại trạm y tế và điểm tiêm tại trường mầm non; đợt chính từ ngày " +
    "16/3 đến ngày 27/3/2026, tiêm vét trong tuần đầu tháng 4/2026 (phân công tại Mục III)."),
  sec("III.", "HOẠT ĐỘNG, PHÂN CÔNG VÀ THỜI GIAN"),
  { t: "table", widths: [650, 4100, 2850, 1950], header: 1, rows: [
    [C("STT"), C("Hoạt động"), C("Đơn vị thực hiện"), C("Thời gian")],
    P("A. TRƯỚC CHIẾN DỊCH"),
    [S("1"), "Điều tra, lập danh sách trẻ từ 1 đến 5 tuổi chưa tiêm đủ mũi vắc xin có thành phần sởi tại từng " +
      "thôn, tổ dân phố", who("UBND các xã, phường", "Trạm Y tế các xã, phường"),
    "Trong tuần thứ hai của tháng 02/2026"],
    [S("2"), "Tổng hợp đối tượng, dự trù vắc xin, bơm kim tiêm, hộp an toàn; gửi Viện Vệ sinh dịch tễ Trung ương",
      who(CDC), "Chậm nhất là ngày 27/02/2026"],
    [S("3"), "Bố trí kinh phí địa phương cho vận chuyển, bảo quản vắc xin và truyền thông chiến dịch",
      who(TC, YT), "Hạn cuối 25/02/2026"],
    [S("4"), "Rà soát danh sách trẻ tại các trường mầm non; bố trí phòng làm điểm tiêm tại trường",
      who(GD, "UBND các xã, phường"), "Trong tuần đầu tháng 3/2026"],
    [S("5"), "Tập huấn cho cán bộ y tế tuyến xã về khám sàng lọc, tiêm chủng an toàn, xử trí phản ứng sau tiêm",
      who(YT, CDC), "Trong tuần thứ hai của tháng 3/2026"],
    [S("6"), "Tiếp nhận, phân bổ vắc xin và vật tư tiêm chủng cho các xã, phường", who(CDC),
      "Trước 17 giờ ngày 12/3/2026"],
    [S("7"), "Tuyên truyền lợi ích của tiêm vắc xin trên báo, đài và hệ thống loa truyền thanh cơ sở",
      who(BAO, "UBND các xã, phường"), "Thường xuyên trước và trong chiến dịch"],
    P("B. TRIỂN KHAI CHIẾN DỊCH (16/3–27/3/2026)"),
    [S("1"), "Tổ chức tiêm vắc xin MR tại trạm y tế và điểm tiêm tại trường mầm non",
      who("UBND các xã, phường", "Trạm Y tế các xã, phường; các cơ sở giáo dục mầm non trên địa bàn"),
    "16/3–27/3/2026"],
    [S("2"), "Giám sát, hỗ trợ kỹ thuật tại các điểm tiêm; bố trí đội cấp cứu lưu động", who(YT, CDC),
      "Trong thời gian chiến dịch"],
    [S("3"), "Báo cáo nhanh số trẻ được tiêm, số trường hợp phản ứng sau tiêm", who("Trạm Y tế các xã, phường"),
      "Hằng ngày, trước 16 giờ"],
    [S("4"), "Tiêm vét cho trẻ vắng mặt, tạm hoãn trong đợt chính", who("Trạm Y tế các xã, phường"),
      "Trong tuần đầu tháng 4/2026"],
    P("C. SAU CHIẾN DỊCH"),
    [S("1"), "Cập nhật kết quả tiêm lên Hệ thống thông tin tiêm chủng quốc gia", who("Trạm Y tế các xã, phường"),
      "Ngay sau mỗi buổi tiêm"],
    [S("2"), "Tổng hợp kết quả chiến dịch trên địa bàn, báo cáo Sở Y tế", who("UBND các xã, phường"),
      "Chậm nhất là ngày 17/4/2026"],
    [S("3"), "Đánh giá, tổng kết chiến dịch, báo cáo UBND tỉnh và Bộ Y tế", who(YT, CDC + ", " + GD), "QII/2026"],
    [S("4"), "Quyết toán kinh phí chiến dịch theo quy định", who(YT, TC), "Trước ngày 30 tháng 6 năm 2026"],
  ] },
  sec("IV.", "TỔ CHỨC THỰC HIỆN"),
  n4("1.", "Sở Y tế là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp tiến độ báo cáo " +
    "UBND tỉnh hằng tuần trong thời gian chiến dịch."),
  n4("2.", "Kinh phí thực hiện từ nguồn Chương trình tiêm chủng mở rộng quốc gia và ngân sách tỉnh năm 2026 đã " +
    "giao cho Sở Y tế."),
  n4("3.", "Chủ tịch UBND các xã, phường chịu trách nhiệm trước Chủ tịch UBND tỉnh về tỷ lệ trẻ được tiêm trên " +
    "địa bàn./."),
  ...sign(["Bộ Y tế (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh",
    "Sở Y tế, Sở Tài chính, Sở GD&ĐT", "UBND các xã, phường", "Trung tâm KSBT tỉnh"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Thị Loan"),
];

assertWeek("2026-02-13", 2026, 2, 2);
assertWeek("2026-03-06", 2026, 3, 1);
assertWeek("2026-03-13", 2026, 3, 2);
assertWeek("2026-04-07", 2026, 4, 1);
const tasks = [
  task("III.A.1", "Điều tra, lập danh sách trẻ từ 1 đến 5 tuổi chưa tiêm đủ mũi vắc xin có thành phần sởi tại " +
    "từng thôn, tổ dân phố", "2026-02-13", [XA], [TRAM]),
  task("III.A.2", "Tổng hợp đối tượng, dự trù vắc xin, bơm kim tiêm, hộp an toàn; gửi Viện Vệ sinh dịch tễ Trung " +
    "ương", "2026-02-27", [CDC]),
  task("III.A.3", "Bố trí kinh phí địa phương cho vận chuyển, bảo quản vắc xin và truyền thông chiến dịch",
    "2026-02-25", [TC], [YT]),
  task("III.A.4", "Rà soát danh sách trẻ tại các trường mầm non; bố trí phòng làm điểm tiêm tại trường",
    "2026-03-06", [GD], [XA]),
  task("III.A.5", "Tập huấn cho cán bộ y tế tuyến xã về khám sàng lọc, tiêm chủng an toàn, xử trí phản ứng sau " +
    "tiêm", "2026-03-13", [YT], [CDC]),
  task("III.A.6", "Tiếp nhận, phân bổ vắc xin và vật tư tiêm chủng cho các xã, phường", "2026-03-12", [CDC]),
  task("III.B.1", "Tổ chức tiêm vắc xin MR tại trạm y tế và điểm tiêm tại trường mầm non", "2026-03-27", [XA],
    [TRAM, CSGD]),
  task("III.B.2", "Giám sát, hỗ trợ kỹ thuật tại các điểm tiêm; bố trí đội cấp cứu lưu động", "2026-03-27", [YT],
    [CDC], true),
  task("III.B.4", "Tiêm vét cho trẻ vắng mặt, tạm hoãn trong đợt chính", "2026-04-07", [TRAM]),
  task("III.C.2", "Tổng hợp kết quả chiến dịch trên địa bàn, báo cáo Sở Y tế", "2026-04-17", [XA]),
  task("III.C.3", "Đánh giá, tổng kết chiến dịch, báo cáo UBND tỉnh và Bộ Y tế", "2026-06-30", [YT], [CDC, GD]),
  task("III.C.4", "Quyết toán kinh phí chiến dịch theo quy định", "2026-06-29", [YT], [TC]),
];

await build(DIR, {
  blocks, printer: "chromium",
  css: "td[colspan]{background:#eee}",
  expected: {
    id: ID,
    style: "Kế hoạch 31/KH-UBND of UBND tỉnh Thái Nguyên, 05/02/2026 (after the reorganisation: merged departments, " +
      "UBND các xã, phường), catch-up measles-rubella (MR) vaccination for children 1-5. I, II numbered prose (the " +
      "campaign dates in II.2 are repeated in III: no tasks there). III one table STT | Hoạt động | Đơn vị thực " +
      "hiện | Thời gian, split by full-width phase rows 'A. TRƯỚC CHIẾN DỊCH', 'B. TRIỂN KHAI CHIẾN DỊCH " +
      "(16/3–27/3/2026)', 'C. SAU CHIẾN DỊCH'; STT restarts per phase, so ref = III.<phase letter>.<STT>. The " +
      "unit cell has labelled lines 'Chủ trì: X' (lead) / 'Phối hợp: Y, Z' (coordinators). Week rule: 'tuần thứ n " +
      "(của) tháng M' = days 7(n-1)+1..7n of the month, due = the LAST WORKING DAY in that block: 'tuần thứ hai " +
      "của tháng 02/2026' -> Fri 13/2; 'tuần đầu tháng 3/2026' -> Fri 6/3; 'tuần thứ hai của tháng 3/2026' -> Fri " +
      "13/3; 'tuần đầu tháng 4/2026' (1-7/4) -> Tue 7/4. Other times: 'Chậm nhất là ngày 27/02' -> 27/2; 'Hạn " +
      "cuối 25/02' -> 25/2; 'Trước 17 giờ ngày 12/3' -> 12/3 (an hour on that day, not the day before); " +
      "'16/3–27/3/2026' (en dash) -> 27/3; 'QII/2026' -> 30/6; 'Trước ngày 30 tháng 6 năm 2026' -> 29/6. B.2 'Trong " +
      "thời gian chiến dịch' takes the end of the campaign written in phase row B (27/3, inherited true). Left out: " +
      "A.7 (thường xuyên), B.3 (hằng ngày), C.1 ('Ngay sau mỗi buổi tiêm': no date), IV (hằng tuần, undated). " +
      "'gửi Viện …', 'báo cáo Sở Y tế / UBND tỉnh và Bộ Y tế' are recipients. 'UBND các xã, phường' = UBND cấp " +
      "xã; Trung tâm Kiểm soát bệnh tật tỉnh, Trạm Y tế các xã, phường and the kindergartens are not in the " +
      "directory (as written). PDF: Chromium from the HTML.",
    province: "Thái Nguyên",
    plan: { number: "31/KH-UBND", date: "2026-02-05" },
    tasks,
    unresolved: [CDC, XA, TRAM, CSGD],
    successors: [],
  },
});

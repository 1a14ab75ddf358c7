// 07: Bắc Kạn 2023 (old departments, districts), UBND tỉnh, Kế hoạch 52/KH-UBND, 16/02/2023 — tuyên truyền cải
// cách hành chính năm 2023. Habit: UPPERCASE AND SPACING: unit names typed in capitals in the prose and in the unit
// columns ("SỞ NỘI VỤ chủ trì", "UBND CÁC HUYỆN, THÀNH PHỐ", "VĂN PHÒNG UBND TỈNH"), headings in capitals, and dates
// typed with stray spaces ("15 / 3 /2023", "31/3/ 2023", "30 /4/2023", "tháng 6 / 2023"). Prose (II, IV) with a
// task table (III). plan.pdf: Chromium.
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";

const ID = "07-bac-kan-2023-uppercase-unit-names-caps-headings-stray-spaces-in-dates-prose-and-table-chromium";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;

const h = (num, text) => ({ t: "p", num, text, bold: true, list: { kind: "roman", inst: "r" } });
const n = (num, text, inst, o = {}) => ({ t: "p", num, text, list: { kind: "decimal", inst }, ...o });
const l = (num, text, inst) => ({ t: "p", num, text, list: { kind: "letter", inst } });

// table III: [content, lead, co, time]
const T = [
  ["Sản xuất, phát sóng phóng sự chuyên đề về cải cách hành chính vì người dân, doanh nghiệp",
    "ĐÀI PHÁT THANH - TRUYỀN HÌNH TỈNH", "SỞ NỘI VỤ", "Quý II / 2023"],
  ["Đăng tải tin, bài trên chuyên mục Cải cách hành chính của báo in và báo điện tử",
    "BÁO BẮC KẠN", "", "Hằng tháng"],
  ["In, phát hành tờ gấp hỏi đáp về dịch vụ công trực tuyến tới Bộ phận một cửa các cấp",
    "SỞ NỘI VỤ", "VĂN PHÒNG UBND TỈNH", "15 /5/2023"],
  ["Tuyên truyền về thủ tục hành chính, dịch vụ công trên hệ thống loa truyền thanh cơ sở",
    "UBND CÁC HUYỆN, THÀNH PHỐ", "", "Tháng 8 / 2023"],
  ["Xây dựng video clip hướng dẫn người dân nộp hồ sơ, thanh toán trực tuyến",
    "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "VĂN PHÒNG UBND TỈNH", "30 / 9/2023"],
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 52/KH-UBND", "Bắc Kạn, ngày 16 tháng 02 năm 2023", "KẾ HOẠCH",
    "TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH TỈNH BẮC KẠN NĂM 2023"),
  { t: "p", text: "Căn cứ Kế hoạch cải cách hành chính nhà nước tỉnh Bắc Kạn năm 2023, ỦY BAN NHÂN DÂN TỈNH ban hành " +
    "Kế hoạch tuyên truyền cải cách hành chính năm 2023, cụ thể như sau:" },
  h("I.", "MỤC ĐÍCH, YÊU CẦU"),
  { t: "p", text: "Nâng cao nhận thức của cán bộ, công chức, viên chức và Nhân dân về cải cách hành chính; tạo sự " +
    "đồng thuận, tham gia giám sát của người dân, doanh nghiệp đối với hoạt động của cơ quan hành chính nhà nước. " +
    "Hình thức tuyên truyền đa dạng, phù hợp với từng nhóm đối tượng, nhất là đồng bào vùng sâu, vùng xa." },
  h("II.", "NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN"),
  n("1.", "SỞ NỘI VỤ chủ trì, phối hợp với SỞ THÔNG TIN VÀ TRUYỀN THÔNG xây dựng đề cương tuyên truyền cải cách " +
    "hành chính năm 2023, gửi các cơ quan, đơn vị, hoàn thành trước ngày 15 / 3 /2023.", "ii"),
  n("2.", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG chủ trì, phối hợp với BÁO BẮC KẠN, ĐÀI PHÁT THANH - TRUYỀN HÌNH TỈNH hướng " +
    "dẫn các cơ quan báo chí mở chuyên trang, chuyên mục về cải cách hành chính, chậm nhất ngày 31/3/ 2023.", "ii"),
  n("3.", "VĂN PHÒNG UBND TỈNH chủ trì tổ chức Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với doanh nghiệp về " +
    "giải quyết thủ tục hành chính, thực hiện trong tháng 6 / 2023.", "ii"),
  n("4.", "SỞ TƯ PHÁP phối hợp với SỞ NỘI VỤ tổ chức Cuộc thi trực tuyến tìm hiểu pháp luật về cải cách hành " +
    "chính, từ tháng 7 đến tháng 9 / 2023.", "ii"),
  n("5.", "UBND CÁC HUYỆN, THÀNH PHỐ:", "ii", { bold: true }),
  l("a)", "Chỉ đạo UBND các xã, phường, thị trấn niêm yết công khai bộ thủ tục hành chính và số điện thoại đường " +
    "dây nóng tại Bộ phận một cửa, hoàn thành trước 30 /4/2023;", "p5"),
  l("b)", "Tổng hợp kết quả tuyên truyền 6 tháng đầu năm 2023 trên địa bàn, gửi SỞ NỘI VỤ trước ngày 10 / 6/ 2023.",
    "p5"),
  n("6.", "CÁC SỞ, BAN, NGÀNH rà soát, cập nhật chuyên mục cải cách hành chính trên Trang thông tin điện tử của cơ " +
    "quan mình, xong trong tháng 4 /2023.", "ii"),
  n("7.", "CÁC SỞ, BAN, NGÀNH và UBND CÁC HUYỆN, THÀNH PHỐ lồng ghép nội dung cải cách hành chính trong các hội " +
    "nghị, sinh hoạt chuyên đề của cơ quan, đơn vị.", "ii"),
  h("III.", "PHÂN CÔNG TUYÊN TRUYỀN TRÊN CÁC PHƯƠNG TIỆN THÔNG TIN"),
  { t: "table", widths: [600, 3600, 1900, 1600, 1800], header: 1, rows: [
    ["TT", "NỘI DUNG", "CƠ QUAN CHỦ TRÌ", "CƠ QUAN PHỐI HỢP", "THỜI GIAN"].map((text) => ({ text, bold: true, align: "center" })),
    ...T.map((r, i) => [{ text: String(i + 1), align: "center", list: { kind: "cell", inst: "tt" } }, ...r]),
  ] },
  h("IV.", "TỔ CHỨC THỰC HIỆN"),
  n("1.", "SỞ NỘI VỤ theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả tuyên truyền cải cách hành chính " +
    "năm 2023, báo cáo UBND TỈNH trước ngày 15/12 /2023.", "iv"),
  n("2.", "SỞ TÀI CHÍNH tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định; các cơ quan, đơn vị chủ động " +
    "sử dụng kinh phí trong dự toán được giao./.", "iv"),
  ...sign(["Bộ Nội vụ (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh", "CÁC SỞ, BAN, NGÀNH",
    "UBND CÁC HUYỆN, THÀNH PHỐ"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đinh Quang Tuyên"),
];

const NV = "Sở Nội vụ";
const TT = "Sở Thông tin và Truyền thông";
const VP = "Văn phòng UBND tỉnh";
const tasks = [
  task("II.1", "Xây dựng đề cương tuyên truyền cải cách hành chính năm 2023", "2023-03-14", [NV], [TT]),
  task("II.2", "Hướng dẫn các cơ quan báo chí mở chuyên trang, chuyên mục về cải cách hành chính", "2023-03-31", [TT],
    ["Báo Bắc Kạn", "Đài Phát thanh - Truyền hình tỉnh"]),
  task("II.3", "Tổ chức Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với doanh nghiệp về giải quyết thủ tục hành chính",
    "2023-06-30", [VP]),
  task("II.4", "Tổ chức Cuộc thi trực tuyến tìm hiểu pháp luật về cải cách hành chính", "2023-09-30", ["Sở Tư pháp"],
    [NV]),
  task("II.5.a", "Chỉ đạo UBND các xã, phường, thị trấn niêm yết công khai bộ thủ tục hành chính", "2023-04-29",
    ["@districts"]),
  task("II.5.b", "Tổng hợp kết quả tuyên truyền 6 tháng đầu năm 2023 trên địa bàn", "2023-06-09", ["@districts"]),
  task("II.6", "Rà soát, cập nhật chuyên mục cải cách hành chính trên Trang thông tin điện tử của cơ quan mình",
    "2023-04-30", ["@departments"]),
  task("1", T[0][0], "2023-06-30", ["Đài Phát thanh - Truyền hình tỉnh"], [NV]),
  task("3", T[2][0], "2023-05-15", [NV], [VP]),
  task("4", T[3][0], "2023-08-31", ["@districts"]),
  task("5", T[4][0], "2023-09-30", [TT], [VP]),
  task("IV.1", "Tổng hợp kết quả tuyên truyền cải cách hành chính năm 2023", "2023-12-14", [NV]),
];

await build(DIR, {
  blocks, printer: "chromium",
  expected: {
    id: ID,
    style: "Kế hoạch 52/KH-UBND of UBND tỉnh Bắc Kạn, 16/02/2023 (before the reorganisation: old departments, " +
      "districts), tuyên truyền cải cách hành chính 2023. HABIT: UPPERCASE AND SPACING: unit names typed in " +
      "capitals in the prose and in the table's unit columns ('SỞ NỘI VỤ chủ trì', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', " +
      "'VĂN PHÒNG UBND TỈNH', 'UBND CÁC HUYỆN, THÀNH PHỐ' = @districts, 'CÁC SỞ, BAN, NGÀNH' = @departments, 'BÁO " +
      "BẮC KẠN', 'ĐÀI PHÁT THANH - TRUYỀN HÌNH TỈNH'): read as the directory's names; headings and the title in " +
      "capitals; dates typed with stray spaces ('15 / 3 /2023', '31/3/ 2023', 'tháng 6 / 2023', '30 /4/2023', " +
      "'10 / 6/ 2023', 'tháng 4 /2023', 'Quý II / 2023', '15 /5/2023', 'Tháng 8 / 2023', '30 / 9/2023', " +
      "'15/12 /2023'): read as if typed without them. Refs: prose II.1-II.7 (II.5 a bold unit heading with a), b): " +
      "II.5.a, II.5.b, lead the heading's @districts), IV.1; the table in III (TT | NỘI DUNG | CƠ QUAN CHỦ TRÌ | CƠ " +
      "QUAN PHỐI HỢP | THỜI GIAN) by its own TT '1'-'5'. II.4 'SỞ TƯ PHÁP phối hợp với SỞ NỘI VỤ tổ chức …': the " +
      "subject leads, Sở Nội vụ coordinates. Recipients ('gửi SỞ NỘI VỤ', 'báo cáo UBND TỈNH', 'gửi các cơ quan') " +
      "are no units of the task; 'UBND các xã, phường, thị trấn' in II.5.a is the object of 'Chỉ đạo', no lead. No " +
      "task: II.7 (undated), table 2 'Hằng tháng', IV.2 (undated). Dates (2023): II.1 'trước ngày 15 / 3 /2023' -> " +
      "14/3 Tue; II.2 'chậm nhất ngày 31/3/ 2023' Fri; II.3 'trong tháng 6 / 2023' 30/6 Fri; II.4 'từ tháng 7 đến " +
      "tháng 9 / 2023' 30/9 Sat -> 2/10; II.5.a 'trước 30 /4/2023' -> 29/4 Sat, 30/4 Sun, 1-3/5 off -> 4/5; II.5.b " +
      "'trước ngày 10 / 6/ 2023' -> 9/6 Fri; II.6 'trong tháng 4 /2023' 30/4 Sun -> 4/5; table 1 'Quý II / 2023' " +
      "30/6; 3 '15 /5/2023' Mon; 4 'Tháng 8 / 2023' 31/8 Thu; 5 '30 / 9/2023' Sat -> 2/10; IV.1 'trước ngày " +
      "15/12 /2023' -> 14/12 Thu. plan.pdf: Chromium (HTML print).",
    province: "Bắc Kạn",
    plan: { number: "52/KH-UBND", date: "2023-02-16" },
    tasks,
    unresolved: [],
    successors: [],
  },
});

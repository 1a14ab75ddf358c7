// 02: Bắc Kạn (before the reorganisation), UBND tỉnh, Kế hoạch 245/KH-UBND, 22/4/2024 — cải thiện Chỉ số năng lực
// cạnh tranh cấp tỉnh (PCI) năm 2024. Task table STT | Nội dung nhiệm vụ | Cơ quan tham mưu, chủ trì | Cơ quan phối
// hợp | Thời hạn hoàn thành (trước ngày): the time column's HEADER carries the "trước ngày", its cells hold bare dates
// (a cell "15/5/2024" = due 14/5/2024); a few cells spell their own wording ("Trong tháng 6/2024", "Quý IV/2024",
// "Thường xuyên") and read as written. Group rows A, B, C; STT runs on across groups. plan.pdf: Chromium.
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";

const ID = "02-bac-kan-2024-time-header-truoc-ngay-bare-date-cells-tham-muu-chu-tri-column";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const KH = "Sở Kế hoạch và Đầu tư", TN = "Sở Tài nguyên và Môi trường", VP = "Văn phòng UBND tỉnh";
const HH = "Hiệp hội Doanh nghiệp tỉnh", SBN = "Các sở, ban, ngành", H = "UBND các huyện, thành phố";
const NH = "Ngân hàng Nhà nước chi nhánh tỉnh Bắc Kạn";

const g = (l, text) => [{ text: l, bold: true, align: "center" }, { text, bold: true, span: 4 }];
const r = (stt, text, lead, coord, time) => [{ text: stt, align: "center" }, text, lead, coord,
  { text: time, align: "center" }];
const rows = [
  [{ text: "STT", bold: true, align: "center" }, { text: "Nội dung nhiệm vụ", bold: true, align: "center" },
    { text: "Cơ quan tham mưu, chủ trì", bold: true, align: "center" },
    { text: "Cơ quan phối hợp", bold: true, align: "center" },
    { text: "Thời hạn hoàn thành\n(trước ngày)", bold: true, align: "center" }],
  g("A", "NHIỆM VỤ CHUNG"),
  r("1", "Xây dựng, ban hành kế hoạch cải thiện các chỉ số thành phần PCI thuộc lĩnh vực, địa bàn quản lý",
    `${SBN}; ${H}`, "", "15/5/2024"),
  r("2", "Tổ chức Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với cộng đồng doanh nghiệp năm 2024", KH,
    `${HH}; ${VP}`, "Trong tháng 6/2024"),
  r("3", "Khảo sát mức độ hài lòng của doanh nghiệp đối với chất lượng giải quyết thủ tục hành chính", KH, HH,
    "03/9/2024"),
  g("B", "NHIỆM VỤ CẢI THIỆN CÁC CHỈ SỐ THÀNH PHẦN"),
  r("4", "Rà soát, công khai quy hoạch, kế hoạch sử dụng đất năm 2024 của các huyện, thành phố", TN, H, "01/7/2024"),
  r("5", "Rút ngắn thời gian giải quyết thủ tục cấp Giấy chứng nhận quyền sử dụng đất cho tổ chức, doanh nghiệp", TN,
    VP, "20/5/2024"),
  r("6", "Cập nhật, công khai thủ tục hành chính, phí, lệ phí trên Cổng thông tin điện tử tỉnh", VP,
    "Sở Thông tin và Truyền thông", "Thường xuyên"),
  r("7", "Rà soát kế hoạch thanh tra, kiểm tra doanh nghiệp năm 2024, bảo đảm không chồng chéo, trùng lặp",
    "Thanh tra tỉnh", SBN, "31/7/2024"),
  r("8", "Tập huấn kỹ năng giao tiếp, hỗ trợ doanh nghiệp cho công chức Bộ phận Một cửa các cấp", "Sở Nội vụ", KH,
    "30/8/2024"),
  r("9", "Đẩy mạnh nộp thuế điện tử, thanh toán không dùng tiền mặt đối với doanh nghiệp", "Cục Thuế tỉnh", NH,
    "16/9/2024"),
  r("10", "Hỗ trợ doanh nghiệp nhỏ và vừa tiếp cận nguồn vốn tín dụng ưu đãi", NH, `${KH}; ${HH}`, "Quý IV/2024"),
  g("C", "CHẾ ĐỘ BÁO CÁO, SƠ KẾT, TỔNG KẾT"),
  r("11", "Báo cáo kết quả thực hiện Kế hoạch năm 2024 gửi Sở Kế hoạch và Đầu tư tổng hợp", `${SBN}; ${H}`, "",
    "05/12/2024"),
  r("12", "Tham mưu UBND tỉnh tổng kết, đánh giá kết quả thực hiện Kế hoạch cải thiện PCI năm 2024", KH, SBN,
    "31/12/2024"),
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 245/KH-UBND", "Bắc Kạn, ngày 22 tháng 4 năm 2024", "KẾ HOẠCH",
    "Cải thiện Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) tỉnh Bắc Kạn năm 2024"),
  { t: "p", align: "justify", text: "Căn cứ kết quả Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2023 do Liên đoàn " +
    "Thương mại và Công nghiệp Việt Nam công bố, UBND tỉnh Bắc Kạn ban hành Kế hoạch cải thiện Chỉ số PCI năm 2024 " +
    "như sau:" },
  { t: "p", num: "I.", text: "MỤC ĐÍCH, YÊU CẦU", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Cải thiện thứ hạng PCI của tỉnh, tập trung vào các chỉ số thành phần giảm điểm: " +
    "tiếp cận đất đai, chi phí thời gian, tính năng động của chính quyền; xác định rõ cơ quan chủ trì, thời hạn " +
    "hoàn thành của từng nhiệm vụ." },
  { t: "p", num: "II.", text: "NHIỆM VỤ CỤ THỂ", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "table", widths: [600, 3900, 1900, 1900, 1400], header: 1, rows },
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố chịu trách " +
    "nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện nhiệm vụ được giao. Sở Kế hoạch và Đầu tư theo dõi, đôn đốc, " +
    "tổng hợp, báo cáo UBND tỉnh." },
  ...sign(["Văn phòng Chính phủ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, PCT UBND tỉnh", SBN, H,
    "Hiệp hội Doanh nghiệp tỉnh"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Phạm Duy Hưng"),
];

const D = ["@departments"], Q = ["@districts"];
const T = (i) => rows.filter((x) => x.length === 5)[i][1];
const tasks = [
  task("1", T(1), "2024-05-14", [...D, ...Q]),
  task("2", T(2), "2024-06-30", [KH], [HH, VP]),
  task("3", T(3), "2024-09-02", [KH], [HH]),
  task("4", T(4), "2024-06-30", [TN], Q),
  task("5", T(5), "2024-05-19", [TN], [VP]),
  task("7", T(7), "2024-07-30", ["Thanh tra tỉnh"], D),
  task("8", T(8), "2024-08-29", ["Sở Nội vụ"], [KH]),
  task("9", T(9), "2024-09-15", ["Cục Thuế tỉnh"], [NH]),
  task("10", T(10), "2024-12-31", [NH], [KH, HH]),
  task("11", "Báo cáo kết quả thực hiện Kế hoạch năm 2024", "2024-12-04", [...D, ...Q]),
  task("12", T(12), "2024-12-30", [KH], D),
];

await build(DIR, {
  blocks, printer: "chromium",
  expected: {
    id: ID,
    style: "Kế hoạch 245/KH-UBND of UBND tỉnh Bắc Kạn, 22/4/2024 (before the reorganisation: old departments, " +
      "'UBND các huyện, thành phố' = @districts, 'Các sở, ban, ngành' = @departments), cải thiện PCI 2024. One table " +
      "STT | Nội dung nhiệm vụ | Cơ quan tham mưu, chủ trì (= the lead) | Cơ quan phối hợp | Thời hạn hoàn thành " +
      "(trước ngày). The time column's HEADER says '(trước ngày)': its bare date cells are read 'trước ngày X', so " +
      "due = X minus one day; cells that spell their own wording read as written. Group rows A, B, C (no tasks); STT " +
      "runs on 1-12; ref = STT. Dates (2024): 1 '15/5' -> 14/5 Tue; 2 'Trong tháng 6/2024' 30/6 Sun -> 1/7; 3 " +
      "'03/9' -> 2/9 (holiday), 3/9 off -> 4/9; 4 '01/7' -> 30/6 Sun -> 1/7; 5 '20/5' -> 19/5 Sun -> 20/5; 6 " +
      "'Thường xuyên' none; 7 '31/7' -> 30/7 Tue; 8 '30/8' -> 29/8 Thu; 9 '16/9' -> 15/9 Sun -> 16/9; 10 'Quý " +
      "IV/2024' 31/12 Tue (as written); 11 '05/12' -> 4/12 Wed (Sở KH&ĐT the recipient, no coordinator); 12 " +
      "'31/12' -> 30/12 Mon. Ngân hàng Nhà nước chi nhánh tỉnh Bắc Kạn is unresolved. Word files from the kit; " +
      "plan.pdf printed by Chromium from HTML (the header's line break kept).",
    province: "Bắc Kạn",
    plan: { number: "245/KH-UBND", date: "2024-04-22" },
    tasks,
    unresolved: [NH],
    successors: [],
  },
});

// 05: Lai Châu, UBND tỉnh, 12/3/2024 — cải cách hành chính năm 2024. Landscape task table whose narrow column
// headers are written bottom to top (Word text direction btLr: "Chủ trì", "Phối hợp", "Thời hạn", "Sản phẩm");
// under each task row one row merged across all six columns, "Sản phẩm: …; Kết quả cần đạt: …", which describes
// the row above and is no task. plan-auto: STT as a Word list in the cell. plan.pdf: LibreOffice.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "05-lai-chau-2024-vertical-btlr-headers-full-width-product-result-subrows";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ";
const TT = "Sở Thông tin và Truyền thông";
const VP = "Văn phòng UBND tỉnh";
const H = ["@districts"];

const v = (text) => ({ text, dir: "btLr", bold: true, align: "center" });
let n = 0;
const r = (text, lead, coord, time, product, sub) => [
  [{ text: String(++n), align: "center", list: { kind: "cell", inst: "s" } }, text, lead, coord, time, product],
  [{ text: sub, span: 6, italic: true }],
];
const rows = [
  [{ text: "STT", bold: true, align: "center" }, { text: "Nhiệm vụ", bold: true, align: "center" }, v("Chủ trì"),
    v("Phối hợp"), v("Thời hạn"), v("Sản phẩm")],
  ...r("Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024", NV, "Sở TT&TT", "Trước ngày 25/3/2024",
    "Kế hoạch", "Sản phẩm: Kế hoạch của Sở Nội vụ; Kết quả cần đạt: 100% cơ quan, đơn vị triển khai tuyên truyền " +
    "trong năm 2024"),
  ...r("Rà soát, công bố danh mục thủ tục hành chính đủ điều kiện cung cấp dịch vụ công trực tuyến toàn trình", VP,
    "Các sở, ban, ngành", "Quý II/2024", "Quyết định", "Sản phẩm: Quyết định công bố của Chủ tịch UBND tỉnh; Kết " +
    "quả cần đạt: tối thiểu 80% thủ tục đủ điều kiện được cung cấp toàn trình"),
  ...r("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực", "Các sở, ban, ngành; UBND các huyện, " +
    "thành phố", VP, "Tháng 9/2024", "Dữ liệu", "Sản phẩm: dữ liệu số trên Hệ thống thông tin giải quyết TTHC; " +
    "Kết quả cần đạt: 100% hồ sơ tiếp nhận từ ngày 01/7/2024 được số hóa"),
  ...r("Tổ chức khảo sát mức độ hài lòng của người dân, tổ chức (SIPAS) năm 2024", NV, "UBND các huyện, thành phố",
    "Từ ngày 01/8 đến ngày 31/8/2024", "Phiếu khảo sát", "Sản phẩm: phiếu khảo sát đã thu về; Kết quả cần đạt: thu " +
    "về tối thiểu 95% số phiếu phát ra"),
  ...r("Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị", NV, "Thanh tra tỉnh, Sở Tư pháp",
    "Quý III/2024", "Thông báo kết luận", "Sản phẩm: thông báo kết luận kiểm tra; Kết quả cần đạt: kiểm tra ít nhất " +
    "08 sở, ngành và 03 huyện"),
  ...r("Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, kết nối Cổng Dịch vụ công quốc gia", TT, VP,
    "Chậm nhất ngày 31/10/2024", "Hệ thống", "Sản phẩm: hệ thống được nâng cấp, vận hành; Kết quả cần đạt: kết " +
    "nối, đồng bộ 100% hồ sơ"),
  ...r("Tuyên truyền cải cách hành chính trên báo, đài và Cổng thông tin điện tử tỉnh", "Báo Lai Châu; Đài Phát " +
    "thanh - Truyền hình tỉnh", NV, "Thường xuyên", "Tin, bài", "Sản phẩm: chuyên mục, tin, bài; Kết quả cần " +
    "đạt: mỗi quý ít nhất 01 chuyên mục"),
  ...r("Thẩm định, công bố kết quả Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành và UBND các huyện, " +
    "thành phố", NV, "Hội đồng thẩm định", "Tháng 4/2024", "Quyết định", "Sản phẩm: Quyết định phê duyệt kết quả " +
    "Chỉ số CCHC năm 2023; Kết quả cần đạt: công bố công khai trên Cổng thông tin điện tử tỉnh"),
  ...r("Rà soát chức năng, nhiệm vụ, cơ cấu tổ chức của các cơ quan chuyên môn thuộc UBND tỉnh", NV,
    "Các sở, ban, ngành", "6 tháng đầu năm 2024", "Báo cáo", "Sản phẩm: báo cáo rà soát; Kết quả cần đạt: đề xuất " +
    "sắp xếp, kiện toàn tổ chức bộ máy"),
  ...r("Báo cáo kết quả thực hiện nhiệm vụ cải cách hành chính năm 2024, gửi Sở Nội vụ tổng hợp",
    "Các sở, ban, ngành; UBND các huyện, thành phố", "", "Trước ngày 05/12/2024", "Báo cáo", "Sản phẩm: báo cáo " +
    "năm của cơ quan, đơn vị; Kết quả cần đạt: đúng đề cương, số liệu tính đến ngày 30/11/2024"),
  ...r("Tổng hợp, báo cáo UBND tỉnh, Bộ Nội vụ kết quả cải cách hành chính năm 2024 của tỉnh", NV, "",
    "Trước ngày 15/12/2024", "Báo cáo", "Sản phẩm: báo cáo của UBND tỉnh; Kết quả cần đạt: gửi Bộ Nội vụ đúng " +
    "thời hạn quy định"),
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 65/KH-UBND", "Lai Châu, ngày 12 tháng 3 năm 2024", "KẾ HOẠCH",
    "Triển khai nhiệm vụ cải cách hành chính năm 2024 trên địa bàn tỉnh Lai Châu"),
  { t: "p", align: "justify", text: "Thực hiện Kế hoạch cải cách hành chính giai đoạn 2021-2025 của tỉnh, UBND " +
    "tỉnh ban hành Kế hoạch triển khai nhiệm vụ cải cách hành chính năm 2024 như sau:" },
  { t: "p", num: "I.", text: "MỤC ĐÍCH, YÊU CẦU", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Xác định cụ thể nhiệm vụ, cơ quan chủ trì, phối hợp, thời hạn và sản phẩm " +
    "của từng nhiệm vụ; mỗi nhiệm vụ có kết quả cần đạt để làm căn cứ đánh giá." },
  { t: "p", num: "II.", text: "NHIỆM VỤ, PHÂN CÔNG THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "table", widths: [700, 6400, 2300, 2500, 1500, 1170], header: 1, headHeight: 1500, rows },
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố chịu trách " +
    "nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện nhiệm vụ được giao. Sở Nội vụ theo dõi, đôn đốc, tổng hợp." },
  ...sign(["Bộ Nội vụ (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành", "UBND các huyện, thành phố"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Hà Trọng Hải"),
];

const tasks = [
  task("1", "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024", "2024-03-24", [NV], [TT]),
  task("2", "Rà soát, công bố danh mục thủ tục hành chính đủ điều kiện cung cấp dịch vụ công trực tuyến toàn trình",
    "2024-06-30", [VP], ["@departments"]),
  task("3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực", "2024-09-30",
    ["@departments", ...H], [VP]),
  task("4", "Tổ chức khảo sát mức độ hài lòng của người dân, tổ chức (SIPAS) năm 2024", "2024-08-31", [NV], H),
  task("5", "Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị", "2024-09-30", [NV],
    ["Thanh tra tỉnh", "Sở Tư pháp"]),
  task("6", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, kết nối Cổng Dịch vụ công quốc gia",
    "2024-10-31", [TT], [VP]),
  task("8", "Thẩm định, công bố kết quả Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành và UBND các " +
    "huyện, thành phố", "2024-04-30", [NV], ["Hội đồng thẩm định"]),
  task("9", "Rà soát chức năng, nhiệm vụ, cơ cấu tổ chức của các cơ quan chuyên môn thuộc UBND tỉnh",
    "2024-06-30", [NV], ["@departments"]),
  task("10", "Báo cáo kết quả thực hiện nhiệm vụ cải cách hành chính năm 2024", "2024-12-04",
    ["@departments", ...H]),
  task("11", "Tổng hợp, báo cáo kết quả cải cách hành chính năm 2024 của tỉnh", "2024-12-14", [NV]),
];

await build(DIR, {
  blocks, printer: "libreoffice", landscape: true,
  expected: {
    id: ID,
    style: "Kế hoạch 65/KH-UBND of UBND tỉnh Lai Châu, 12/3/2024 (before the reorganisation: districts, old " +
      "departments), CCHC 2024. Landscape page; table STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời hạn | Sản phẩm " +
      "whose four narrow headers are written bottom to top (w:textDirection btLr in the header cells; in plan.txt " +
      "the words as usual). Under every task row one row merged across all six columns (gridSpan 6, italic): " +
      "'Sản phẩm: …; Kết quả cần đạt: …' describes the row above and is no task, its dates ('trong năm 2024', " +
      "'từ ngày 01/7/2024', 'đến ngày 30/11/2024') are no deadlines. ref = STT (plan-auto: a Word list in the cell). " +
      "Dates (2024): 1 'Trước 25/3' -> 24/3 Sun -> 25/3; 2 'Quý II' 30/6 Sun -> 1/7; 3 'Tháng 9' 30/9 Mon (lead " +
      "@departments + @districts); 4 'Từ 01/8 đến 31/8' 31/8 Sat -> 2/9, 3/9 off -> 4/9; 5 'Quý III' 30/9; 6 " +
      "'Chậm nhất 31/10' Thu; 7 'Thường xuyên' no task; 8 'Tháng 4' 30/4 (29/4-1/5 off) -> 2/5; 9 '6 tháng đầu " +
      "năm' 30/6 -> 1/7; 10 'Trước 05/12' -> 4/12 Wed (Sở Nội vụ the recipient, not a coordinator); 11 'Trước " +
      "15/12' -> 14/12 Sat -> 16/12 (UBND tỉnh, Bộ Nội vụ recipients). 'Sở TT&TT' = Sở Thông tin và Truyền thông.",
    province: "Lai Châu",
    plan: { number: "65/KH-UBND", date: "2024-03-12" },
    tasks,
    unresolved: [],
    successors: [],
  },
});

// 01: Thái Nguyên (the merged province, after 1/7/2025), UBND tỉnh, 05/01/2026 — mừng Đảng, mừng Xuân Bính Ngọ 2026.
// Every deadline is written in the LUNAR calendar: some with the solar day in brackets ("trước ngày 20 tháng Chạp
// năm Ất Tỵ (ngày 07/02/2026)"), some lunar only ("chậm nhất ngày 25 tháng Chạp", "trước ngày mùng 5 tháng Giêng
// năm Bính Ngọ"). Expected dues are the solar days, typed by hand and checked here against amlich.mjs (Hồ Ngọc
// Đức's algorithm, UTC+7); the script stops if a hand value and the algorithm disagree.
// plan.pdf: LibreOffice (plan-auto).
import assert from "node:assert";
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";
import { lunarToSolar } from "./amlich.mjs";

const ID = "01-thai-nguyen-2026-tet-plan-lunar-dates";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;

// Known facts: Tết Bính Ngọ (1 tháng Giêng) = 17/02/2026; ông Công ông Táo (23 tháng Chạp Ất Tỵ) = 10/02/2026;
// Tết Ất Tỵ = 29/01/2025; Giỗ Tổ (10/3 âm) 2026 = 26/04/2026.
assert.equal(lunarToSolar(1, 1, 2026), "2026-02-17");
assert.equal(lunarToSolar(23, 12, 2025), "2026-02-10");
assert.equal(lunarToSolar(1, 1, 2025), "2025-01-29");
assert.equal(lunarToSolar(10, 3, 2026), "2026-04-26");
// [lunar day, month, lunar year, "trước" (minus one day), the hand-worked solar due]
const check = (d, m, y, before, due) => {
  const s = new Date(lunarToSolar(d, m, y) + "T00:00:00Z");
  if (before) s.setUTCDate(s.getUTCDate() - 1);
  assert.equal(s.toISOString().slice(0, 10), due, `${d}/${m}/${y}`);
  return due;
};

const VH = "Sở Văn hóa, Thể thao và Du lịch";
const CT = "Sở Công Thương";
const NM = "Sở Nông nghiệp và Môi trường";
const XA = "UBND cấp xã";
const BAO = "Báo và Phát thanh, Truyền hình Thái Nguyên";

const PARAS = [
  ["", "Căn cứ Chỉ thị số 45-CT/TW ngày 12/11/2025 của Ban Bí thư về tổ chức Tết Bính Ngọ năm 2026; Chỉ thị số " +
    "29/CT-TTg ngày 28/11/2025 của Thủ tướng Chính phủ về việc tăng cường các biện pháp bảo đảm đón Tết Bính Ngọ " +
    "vui tươi, lành mạnh, an toàn, tiết kiệm; UBND tỉnh ban hành Kế hoạch tổ chức các hoạt động mừng Đảng, mừng " +
    "Xuân Bính Ngọ năm 2026 như sau:"],
  ["I.", "MỤC ĐÍCH, YÊU CẦU", "r"],
  ["", "Bảo đảm mọi người, mọi nhà đều được đón Tết; chăm lo tốt đời sống vật chất, tinh thần của Nhân dân, nhất là " +
    "gia đình chính sách, hộ nghèo, người lao động có hoàn cảnh khó khăn; giữ vững an ninh chính trị, trật tự, an " +
    "toàn xã hội trước, trong và sau Tết. Các mốc thời gian trong Kế hoạch được tính theo âm lịch; ngày dương lịch " +
    "ghi trong ngoặc (nếu có) để các cơ quan, đơn vị thuận tiện theo dõi."],
  ["II.", "NHIỆM VỤ CỤ THỂ", "r"],
  ["1.", "Bảo đảm hàng hóa, thị trường dịp Tết", "d", "s1"],
  ["a)", "Sở Công Thương chủ trì, phối hợp với Sở Tài chính xây dựng kế hoạch bảo đảm cân đối cung cầu, bình ổn giá " +
    "các mặt hàng thiết yếu; tổ chức các điểm bán hàng Việt phục vụ Tết tại các xã, phường vùng cao; hoàn thành " +
    "trước ngày 15 tháng Chạp năm Ất Tỵ (ngày 02/02/2026).", "l", "a1"],
  ["b)", "Sở Nông nghiệp và Môi trường kiểm soát dịch bệnh trên đàn gia súc, gia cầm, kiểm tra an toàn thực phẩm " +
    "đối với nông sản, thủy sản đưa ra thị trường dịp Tết; xong đợt kiểm tra chậm nhất ngày 25 tháng Chạp.", "l",
  "a1"],
  ["2.", "Công tác an sinh xã hội", "d", "s1"],
  ["a)", "Sở Nội vụ chủ trì, phối hợp với UBND các xã, phường tham mưu tổ chức thăm, tặng quà gia đình chính sách, " +
    "người có công với cách mạng, thân nhân liệt sĩ; hoàn thành trước ngày 20 tháng Chạp năm Ất Tỵ (ngày " +
    "07/02/2026).", "l", "a2"],
  ["b)", "Sở Tài chính tham mưu UBND tỉnh bố trí kinh phí tặng quà Tết từ ngân sách tỉnh; trình UBND tỉnh trước " +
    "ngày 10 tháng Chạp năm Ất Tỵ.", "l", "a2"],
  ["c)", "UBND các xã, phường rà soát, tổ chức thăm hỏi, chúc Tết hộ nghèo, hộ cận nghèo, người cao tuổi cô đơn " +
    "trên địa bàn, không để hộ nào thiếu đói trong dịp Tết; hoàn thành trước ngày 27 tháng Chạp năm Ất Tỵ.", "l",
  "a2"],
  ["3.", "Bảo đảm an ninh, trật tự, giao thông và y tế", "d", "s1"],
  ["a)", "Công an tỉnh chủ trì, phối hợp với Bộ Chỉ huy Quân sự tỉnh triển khai đợt cao điểm tấn công, trấn áp tội " +
    "phạm, phòng, chống pháo nổ; thời gian từ ngày 15 tháng Chạp năm Ất Tỵ đến hết ngày 15 tháng Giêng năm Bính " +
    "Ngọ.", "l", "a3"],
  ["b)", "Sở Xây dựng ban hành phương án tăng cường phương tiện vận tải hành khách, bảo đảm người dân đi lại thuận " +
    "lợi dịp Tết; ban hành trước ngày 18 tháng Chạp (ngày 05/02/2026).", "l", "a3"],
  ["c)", "Sở Y tế xây dựng phương án trực cấp cứu, khám chữa bệnh, dự trữ thuốc trong những ngày nghỉ Tết, gửi Văn " +
    "phòng UBND tỉnh trước ngày 23 tháng Chạp năm Ất Tỵ (ngày 10/02/2026) để theo dõi.", "l", "a3"],
  ["4.", "Hoạt động văn hóa, thông tin, tuyên truyền", "d", "s1"],
  ["a)", "Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Thái Nguyên trang " +
    "trí cổ động trực quan, treo cờ, băng rôn tại các tuyến phố chính, trụ sở cơ quan; hoàn thành trước ngày 25 " +
    "tháng Chạp năm Ất Tỵ (ngày 12/02/2026).", "l", "a4"],
  ["b)", "Sở Văn hóa, Thể thao và Du lịch tổ chức khai mạc Hội Xuân Bính Ngọ tại Quảng trường trung tâm tỉnh vào " +
    "ngày mùng 8 tháng Giêng năm Bính Ngọ.", "l", "a4"],
  ["c)", "Báo và Phát thanh, Truyền hình Thái Nguyên sản xuất, phát sóng chuyên mục “Xuân Bính Ngọ - Thái Nguyên " +
    "vươn mình”; hoàn thành phát sóng loạt phóng sự trước ngày mùng 5 tháng Giêng năm Bính Ngọ.", "l", "a4"],
  ["III.", "TỔ CHỨC THỰC HIỆN", "r"],
  ["1.", "Các sở, ban, ngành tỉnh, UBND các xã, phường thường xuyên theo dõi, nắm tình hình đời sống Nhân dân; báo " +
    "cáo kết quả tổ chức Tết gửi Sở Văn hóa, Thể thao và Du lịch trước ngày mùng 10 tháng Giêng năm Bính Ngọ.", "d",
  "s2"],
  ["2.", "Sở Văn hóa, Thể thao và Du lịch tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch chậm nhất ngày 15 " +
    "tháng Giêng (ngày 03/3/2026).", "d", "s2"],
  ["3.", "Công an tỉnh, Sở Y tế duy trì chế độ trực 24/24 giờ; khi có tình huống đột xuất báo cáo ngay Chủ tịch " +
    "UBND tỉnh.", "d", "s2"],
];
const KIND = { r: "roman", d: "decimal", l: "letter" };
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 05/KH-UBND", "Thái Nguyên, ngày 05 tháng 01 năm 2026",
    "KẾ HOẠCH", "Tổ chức các hoạt động mừng Đảng, mừng Xuân Bính Ngọ năm 2026"),
  ...PARAS.map(([num, text, k, inst]) => ({ t: "p", text, num: num || undefined, bold: k === "r" || k === "d" &&
    text.length < 60, align: "justify", list: k ? { kind: KIND[k], inst: k === "r" ? "r" : inst } : undefined })),
  ...sign(["Văn phòng Chính phủ (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các xã, phường"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Đặng Xuân Trường"),
];

const tasks = [
  task("II.1.a", "Xây dựng kế hoạch bảo đảm cân đối cung cầu, bình ổn giá các mặt hàng thiết yếu; tổ chức các điểm " +
    "bán hàng Việt phục vụ Tết tại các xã, phường vùng cao", check(15, 12, 2025, true, "2026-02-01"), [CT],
  ["Sở Tài chính"]),
  task("II.1.b", "Kiểm soát dịch bệnh trên đàn gia súc, gia cầm, kiểm tra an toàn thực phẩm đối với nông sản, thủy " +
    "sản đưa ra thị trường dịp Tết", check(25, 12, 2025, false, "2026-02-12"), [NM]),
  task("II.2.a", "Tham mưu tổ chức thăm, tặng quà gia đình chính sách, người có công với cách mạng, thân nhân liệt " +
    "sĩ", check(20, 12, 2025, true, "2026-02-06"), ["Sở Nội vụ"], [XA]),
  task("II.2.b", "Tham mưu UBND tỉnh bố trí kinh phí tặng quà Tết từ ngân sách tỉnh", check(10, 12, 2025, true,
    "2026-01-27"), ["Sở Tài chính"]),
  task("II.2.c", "Rà soát, tổ chức thăm hỏi, chúc Tết hộ nghèo, hộ cận nghèo, người cao tuổi cô đơn trên địa bàn",
    check(27, 12, 2025, true, "2026-02-13"), [XA]),
  task("II.3.a", "Triển khai đợt cao điểm tấn công, trấn áp tội phạm, phòng, chống pháo nổ", check(15, 1, 2026,
    false, "2026-03-03"), ["Công an tỉnh"], ["Bộ Chỉ huy Quân sự tỉnh"]),
  task("II.3.b", "Ban hành phương án tăng cường phương tiện vận tải hành khách, bảo đảm người dân đi lại thuận lợi " +
    "dịp Tết", check(18, 12, 2025, true, "2026-02-04"), ["Sở Xây dựng"]),
  task("II.3.c", "Xây dựng phương án trực cấp cứu, khám chữa bệnh, dự trữ thuốc trong những ngày nghỉ Tết",
    check(23, 12, 2025, true, "2026-02-09"), ["Sở Y tế"]),
  task("II.4.a", "Trang trí cổ động trực quan, treo cờ, băng rôn tại các tuyến phố chính, trụ sở cơ quan",
    check(25, 12, 2025, true, "2026-02-11"), [VH], [BAO]),
  task("II.4.b", "Tổ chức khai mạc Hội Xuân Bính Ngọ tại Quảng trường trung tâm tỉnh", check(8, 1, 2026, false,
    "2026-02-24"), [VH]),
  task("II.4.c", "Sản xuất, phát sóng chuyên mục “Xuân Bính Ngọ - Thái Nguyên vươn mình”", check(5, 1, 2026, true,
    "2026-02-20"), [BAO]),
  task("III.1", "Báo cáo kết quả tổ chức Tết", check(10, 1, 2026, true, "2026-02-25"), ["@departments", XA]),
  task("III.2", "Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch", check(15, 1, 2026, false, "2026-03-03"),
    [VH]),
];

await build(DIR, {
  blocks, printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 05/KH-UBND of UBND tỉnh Thái Nguyên (the merged province), 05/01/2026, Tết Bính Ngọ 2026; " +
      "outline I./II./1./a), prose. EVERY deadline is LUNAR: with the solar day in brackets ('trước ngày 20 tháng " +
      "Chạp năm Ất Tỵ (ngày 07/02/2026)') or lunar only ('chậm nhất ngày 25 tháng Chạp', 'trước ngày mùng 5 tháng " +
      "Giêng năm Bính Ngọ'). Reading: the lunar day is converted to its solar day (Hồ Ngọc Đức's amlich algorithm, " +
      "UTC+7; 1 tháng Giêng Bính Ngọ = 17/02/2026, tháng Chạp Ất Tỵ runs 19/01-16/02/2026, 29 days, no 30 Chạp), " +
      "then the corpus rules apply: 'trước X' = the solar day before X, 'chậm nhất', a bare day, 'đến hết X' = X; " +
      "a bracketed solar day is X itself (so 'trước … (ngày 07/02/2026)' = 06/02). A year-less 'tháng Chạp' is Ất Tỵ's " +
      "(2025 lunar), a year-less 'tháng Giêng' Bính Ngọ's. Dates: II.1.a 15 Chạp = 2/2 -> 1/2 Sun -> eff 2/2; " +
      "II.1.b chậm nhất 25 Chạp = 12/2 Thu; II.2.a 20 Chạp = 7/2 -> 6/2; II.2.b trước 10 Chạp (28/1) -> 27/1 " +
      "(trình: UBND tỉnh recipient); II.2.c trước 27 Chạp (14/2) -> 13/2; II.3.a 'từ 15 Chạp đến hết 15 Giêng' -> " +
      "15 Giêng = 3/3; II.3.b 18 Chạp = 5/2 -> 4/2; II.3.c 23 Chạp = 10/2 -> 9/2 (Văn phòng UBND tỉnh recipient); " +
      "II.4.a trước 25 Chạp -> 11/2 (vs II.1.b chậm nhất 25 Chạp = 12/2); II.4.b mùng 8 Giêng = 24/2; II.4.c " +
      "trước mùng 5 Giêng (21/2) -> 20/2, a Tết day off -> eff 23/2; III.1 trước mùng 10 Giêng (26/2) -> 25/2, " +
      "lead @departments + UBND các xã, phường = UBND cấp xã (unresolved), Sở VHTTDL recipient; III.2 15 Giêng = " +
      "3/3; III.3 (trực 24/24, khi có tình huống) undated, no task. Legal-basis dates no tasks. Tết days off 2026: " +
      "16-20/2.",
    province: "Thái Nguyên",
    plan: { number: "05/KH-UBND", date: "2026-01-05" },
    tasks,
    unresolved: [XA],
    successors: [],
  },
});

// 02: Thái Nguyên before the reorganisation (18/3/2025) — Công an tỉnh's plan for cleaning population data and
// issuing identity cards. One table (STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian) whose time
// cell often carries TWO dates ("Dự thảo: 31/3; Ban hành: 10/4/2025"); IV has recurring items only.
// plan.pdf: Chromium.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "02-thai-nguyen-2025-police-identity-data-table-two-date-time-cells";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const PC06 = "Phòng Cảnh sát quản lý hành chính về trật tự xã hội";
const CAH = "Công an các huyện, thành phố";

const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const item = (inst, kind) => (num, text, extra = {}) => ({ t: "p", num, text, list: { kind, inst }, ...extra });
const d1 = item("I", "dash");
const d4 = item("IV", "dash");
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });
const C = (text) => ({ text, align: "center" });

const ROWS = [
  ["Xây dựng, ban hành Hướng dẫn quy trình rà soát, làm sạch dữ liệu dân cư áp dụng thống nhất trong Công an " +
    "tỉnh", "Phòng PC06", "Sở Tư pháp", "Dự thảo: 31/3;\nBan hành: 10/4/2025"],
  ["Rà soát, đối chiếu dữ liệu hộ tịch điện tử với Cơ sở dữ liệu quốc gia về dân cư", "Sở Tư pháp",
    "Phòng PC06; UBND các huyện, thành phố", "Từ 01/4 đến 30/5/2025"],
  ["Thu nhận hồ sơ cấp thẻ căn cước cho trẻ em dưới 14 tuổi tại các trường học", CAH,
    "Sở Giáo dục và Đào tạo", "Quý II/2025"],
  ["Xây dựng Quy chế phối hợp chia sẻ, khai thác dữ liệu dân cư giữa Công an tỉnh và các sở, ngành",
    "Phòng PC06", "Văn phòng UBND tỉnh; Sở Thông tin và Truyền thông", "Dự thảo: 15/4;\nBan hành: 30/4/2025"],
  ["Đồng bộ dữ liệu thẻ bảo hiểm y tế với dữ liệu dân cư, xử lý các trường hợp sai lệch thông tin",
    "Bảo hiểm xã hội tỉnh", "Phòng PC06; Sở Y tế", "Trước 15/5/2025"],
  ["Cập nhật thông tin người có công, đối tượng bảo trợ xã hội vào Cơ sở dữ liệu quốc gia về dân cư",
    "Sở Lao động - Thương binh và Xã hội", CAH, "Tháng 5/2025"],
  ["Tuyên truyền lợi ích của tài khoản định danh điện tử mức độ 2", "Báo Thái Nguyên; Đài Phát thanh - Truyền " +
    "hình tỉnh", "Phòng PC06", "Thường xuyên"],
  ["Tổ chức cấp thẻ căn cước lưu động tại các xóm vùng sâu, vùng xa", "Công an các huyện: Võ Nhai, Định Hóa, " +
    "Đại Từ", "UBND các huyện: Võ Nhai, Định Hóa, Đại Từ", "Bắt đầu: 20/5;\nHoàn thành: 20/6/2025"],
  ["Tổng hợp kết quả làm sạch dữ liệu, báo cáo Bộ Công an (qua Cục C06)", "Phòng PC06", "",
    "Dự thảo báo cáo: 20/6;\nGửi Bộ: 25/6/2025"],
  ["Kiểm tra công tác cấp căn cước tại Công an cấp xã đợt 1", "Phòng PC06", "Thanh tra Công an tỉnh",
    "Đã hoàn thành (tháng 02/2025)"],
  ["Xây dựng bộ tiêu chí đánh giá kết quả làm sạch dữ liệu dân cư của các huyện, thành phố", "Phòng PC06",
    "Sở Nội vụ", "Dự thảo: giữa tháng 6;\nBan hành: cuối tháng 6/2025"],
];

const blocks = [
  ...head("UBND TỈNH THÁI NGUYÊN\nCÔNG AN TỈNH", "Số: 215/KH-CAT-PC06", "Thái Nguyên, ngày 18 tháng 3 năm 2025",
    "KẾ HOẠCH", "Làm sạch dữ liệu dân cư và cấp thẻ căn cước trên địa bàn tỉnh Thái Nguyên năm 2025"),
  plain("Thực hiện Luật Căn cước năm 2023 và chỉ đạo của Bộ Công an về làm giàu, làm sạch Cơ sở dữ liệu quốc gia " +
    "về dân cư, Công an tỉnh Thái Nguyên xây dựng Kế hoạch như sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  d1("-", "Bảo đảm dữ liệu dân cư “đúng, đủ, sạch, sống”; 100% công dân đủ điều kiện được cấp thẻ căn cước."),
  d1("-", "Phòng Cảnh sát quản lý hành chính về trật tự xã hội (sau đây viết tắt là Phòng PC06) là đơn vị " +
    "thường trực, giúp Giám đốc Công an tỉnh theo dõi, đôn đốc thực hiện."),
  sec("II.", "CHỈ TIÊU"),
  d1("-", "Thu nhận hồ sơ cấp thẻ căn cước cho ít nhất 95% trẻ em dưới 14 tuổi có nhu cầu."),
  sec("III.", "NHIỆM VỤ, PHÂN CÔNG THỰC HIỆN"),
  { t: "table", widths: [600, 3800, 1800, 2000, 1700], header: 1, rows: [
    [C("STT"), C("Nội dung"), C("Đơn vị chủ trì"), C("Đơn vị phối hợp"), C("Thời gian")],
    ...ROWS.map((r, i) => [{ text: String(i + 1), align: "center", list: { kind: "cell", inst: "T" } }, ...r]),
  ] },
  sec("IV.", "CHẾ ĐỘ BÁO CÁO"),
  d4("-", "Công an các huyện, thành phố báo cáo tiến độ về Công an tỉnh (qua Phòng PC06) vào thứ Sáu hằng tuần."),
  d4("-", "Các sở, ngành phối hợp gửi kết quả thực hiện về Công an tỉnh trước ngày 25 hằng tháng./."),
  ...sign(["Bộ Công an (C06) (b/c)", "UBND tỉnh (b/c)", "Các sở, ngành liên quan", "UBND các huyện, thành phố",
    "Các phòng, Công an các huyện, thành phố"], "GIÁM ĐỐC", "Đại tá Nguyễn Văn Hưng"),
];

const t = (n, due, lead, co = []) => task(String(n), ROWS[n - 1][0], due, lead, co);
const H = ["UBND huyện Võ Nhai", "UBND huyện Định Hóa", "UBND huyện Đại Từ"];
const CAH3 = "Công an các huyện: Võ Nhai, Định Hóa, Đại Từ";
const tasks = [
  t(1, "2025-04-10", [PC06], ["Sở Tư pháp"]),
  t(2, "2025-05-30", ["Sở Tư pháp"], [PC06, "@districts"]),
  t(3, "2025-06-30", [CAH], ["Sở Giáo dục và Đào tạo"]),
  t(4, "2025-04-30", [PC06], ["Văn phòng UBND tỉnh", "Sở Thông tin và Truyền thông"]),
  t(5, "2025-05-14", ["Bảo hiểm xã hội tỉnh"], [PC06, "Sở Y tế"]),
  t(6, "2025-05-31", ["Sở Lao động - Thương binh và Xã hội"], [CAH]),
  t(8, "2025-06-20", [CAH3], H),
  t(9, "2025-06-25", [PC06]),
  t(11, "2025-06-30", [PC06], ["Sở Nội vụ"]),
];

await build(DIR, {
  blocks, printer: "chromium",
  expected: {
    id: ID,
    style: "Kế hoạch 215/KH-CAT-PC06 of Công an tỉnh Thái Nguyên, 18/3/2025 (before the reorganisation: districts), " +
      "cleaning population data and issuing identity cards. I, II dashes (no tasks); III one table STT | Nội dung " +
      "| Đơn vị chủ trì | Đơn vị phối hợp | Thời gian (STT a Word cell list in the auto docx); IV recurring " +
      "reports. ref = the table's own STT ('1' … '11'), the plan's one task table. Lead = Đơn vị chủ trì, " +
      "coordinators = Đơn vị phối hợp (split at ';' and ','). 'Phòng PC06' is defined in I as Phòng Cảnh sát quản " +
      "lý hành chính về trật tự xã hội and written out (not a directory unit: unresolved); 'Công an các huyện, " +
      "thành phố' and 'Công an các huyện: Võ Nhai, Định Hóa, Đại Từ' are kept as written (unresolved); 'UBND các " +
      "huyện: Võ Nhai, Định Hóa, Đại Từ' = the three district UBNDs; 'UBND các huyện, thành phố' = @districts. " +
      "Two-date time cells: due = the LAST date (the first is a step: draft, start, draft report): 'Dự thảo: 31/3; " +
      "Ban hành: 10/4/2025' -> 10/4; 'Dự thảo: 15/4; Ban hành: 30/4/2025' -> 30/4 (30/4-2/5 off, weekend) -> 5/5; " +
      "'Bắt đầu: 20/5; Hoàn thành: 20/6/2025' -> 20/6; 'Dự thảo báo cáo: 20/6; Gửi Bộ: 25/6/2025' -> 25/6; 'Dự " +
      "thảo: giữa tháng 6; Ban hành: cuối tháng 6/2025' -> 30/6 (cuối tháng = month end). Other times: 'Từ 01/4 " +
      "đến 30/5/2025' -> 30/5; 'Quý II/2025' -> 30/6; 'Trước 15/5/2025' -> 14/5; 'Tháng 5/2025' -> 31/5 Sat -> 2/6. " +
      "Left out: row 7 (thường xuyên), row 10 (done), IV (hằng tuần, hằng tháng). 'báo cáo Bộ Công an (qua Cục " +
      "C06)' is a recipient. PDF: Chromium from HTML.",
    province: "Thái Nguyên",
    plan: { number: "215/KH-CAT-PC06", date: "2025-03-18" },
    tasks,
    unresolved: [PC06, CAH, CAH3],
    successors: [],
  },
});

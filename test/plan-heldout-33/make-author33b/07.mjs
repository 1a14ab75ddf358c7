// 07: Thái Nguyên (merged with Bắc Kạn, no districts), UBND tỉnh, 24/02/2026 — cải cách hành chính năm 2026.
// The task table's deadlines are abbreviated ("T3/2026", "Q2/2026", "6T đầu năm", "N2026", "Tuần 2/T4", "TX"),
// with a legend of the abbreviations under the table. "UBND các xã, phường" = UBND cấp xã (unresolved).
// plan.pdf: WeasyPrint from HTML.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "07-thai-nguyen-2026-abbreviated-deadline-codes-legend-under-table";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ";
const VP = "Văn phòng UBND tỉnh";
const XA = "UBND cấp xã";
const XP = "UBND các xã, phường";

let n = 0;
const r = (text, lead, coord, time) => [{ text: String(++n), align: "center", list: { kind: "cell", inst: "s" } },
  text, lead, coord, { text: time, align: "center" }];
const rows = [
  ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn (*)"],
  r("Rà soát, kiện toàn Bộ phận Một cửa, bố trí công chức tiếp nhận và trả kết quả giải quyết thủ tục hành chính",
    XP, NV, "T3/2026"),
  r("Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026", NV,
    "Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Thái Nguyên", "Tuần 2/T4"),
  r("Công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của các cấp chính quyền sau sắp xếp", VP,
    "Các sở, ban, ngành", "Q2/2026"),
  r("Tái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến toàn trình đối với các thủ tục đủ điều kiện",
    "Sở Khoa học và Công nghệ", `${VP}; ${XP}`, "6T đầu năm"),
  r("Số hóa, cập nhật cơ sở dữ liệu đất đai của các xã, phường", "Sở Nông nghiệp và Môi trường", XP, "N2026"),
  r("Tuyên truyền, phổ biến các mô hình, sáng kiến cải cách hành chính",
    "Báo và Phát thanh, Truyền hình Thái Nguyên", NV, "TX"),
  r("Rà soát văn bản quy phạm pháp luật do HĐND, UBND tỉnh Bắc Kạn và tỉnh Thái Nguyên (cũ) ban hành", "Sở Tư pháp",
    "Các sở, ban, ngành", "T5/2026"),
  r("Triển khai thanh toán trực tuyến phí, lệ phí trong giải quyết thủ tục hành chính", "Sở Tài chính",
    "Bưu điện tỉnh", "Tuần 3/T8"),
  r("Đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính (SIPAS)", NV, XP,
    "Q3/2026"),
  r("Kiểm tra công tác cải cách hành chính, kỷ luật, kỷ cương hành chính", NV, "Thanh tra tỉnh", "T10/2026"),
  r("Báo cáo kết quả cải cách hành chính năm 2026 gửi Sở Nội vụ", `Các sở, ban, ngành; ${XP}`, "", "Tuần 1/T12"),
  r("Tổng hợp, báo cáo UBND tỉnh kết quả cải cách hành chính năm 2026", NV, "", "Tuần 3/T12"),
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 42/KH-UBND", "Thái Nguyên, ngày 24 tháng 02 năm 2026",
    "KẾ HOẠCH", "Cải cách hành chính tỉnh Thái Nguyên năm 2026"),
  { t: "p", align: "justify", text: "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương " +
    "trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030; UBND tỉnh ban hành Kế hoạch cải cách hành " +
    "chính năm 2026 như sau:" },
  { t: "p", num: "I.", text: "MỤC ĐÍCH, YÊU CẦU", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Bảo đảm chính quyền hai cấp vận hành thông suốt; phân công rõ cơ quan chủ " +
    "trì, phối hợp và thời hạn hoàn thành từng nhiệm vụ." },
  { t: "p", num: "II.", text: "NHIỆM VỤ VÀ PHÂN CÔNG", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "table", widths: [600, 4000, 1800, 1800, 1300], header: 1, rows },
  { t: "p", italic: true, indent: false, text: "(*) Ghi chú các ký hiệu thời hạn:" },
  { t: "p", italic: true, text: "- T3/2026: hoàn thành trong tháng 3 năm 2026 (T5/2026, T10/2026 tương tự);" },
  { t: "p", italic: true, text: "- Q2/2026: hoàn thành trong quý II năm 2026 (Q3/2026: quý III năm 2026);" },
  { t: "p", italic: true, text: "- 6T đầu năm: hoàn thành trong 6 tháng đầu năm 2026;" },
  { t: "p", italic: true, text: "- N2026: hoàn thành trong năm 2026;" },
  { t: "p", italic: true, text: "- Tuần 2/T4: hoàn thành trong tuần thứ hai của tháng 4 năm 2026 (Tuần 3/T8, " +
    "Tuần 1/T12, Tuần 3/T12 tương tự);" },
  { t: "p", italic: true, text: "- TX: thực hiện thường xuyên trong năm." },
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường triển khai thực " +
    "hiện; Sở Nội vụ theo dõi, đôn đốc, tổng hợp, báo cáo UBND tỉnh." },
  ...sign(["Bộ Nội vụ (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành", XP], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đặng Xuân Trường"),
];

const tasks = [
  task("1", "Rà soát, kiện toàn Bộ phận Một cửa, bố trí công chức tiếp nhận và trả kết quả giải quyết thủ tục hành " +
    "chính", "2026-03-31", [XA], [NV]),
  task("2", "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026", "2026-04-14", [NV],
    ["Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình Thái Nguyên"]),
  task("3", "Công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của các cấp chính quyền sau sắp xếp",
    "2026-06-30", [VP], ["@departments"]),
  task("4", "Tái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến toàn trình đối với các thủ tục đủ điều kiện",
    "2026-06-30", ["Sở Khoa học và Công nghệ"], [VP, XA]),
  task("5", "Số hóa, cập nhật cơ sở dữ liệu đất đai của các xã, phường", "2026-12-31",
    ["Sở Nông nghiệp và Môi trường"], [XA]),
  task("7", "Rà soát văn bản quy phạm pháp luật do HĐND, UBND tỉnh Bắc Kạn và tỉnh Thái Nguyên (cũ) ban hành",
    "2026-05-31", ["Sở Tư pháp"], ["@departments"]),
  task("8", "Triển khai thanh toán trực tuyến phí, lệ phí trong giải quyết thủ tục hành chính", "2026-08-21",
    ["Sở Tài chính"], ["Bưu điện tỉnh"]),
  task("9", "Đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính (SIPAS)",
    "2026-09-30", [NV], [XA]),
  task("10", "Kiểm tra công tác cải cách hành chính, kỷ luật, kỷ cương hành chính", "2026-10-31", [NV],
    ["Thanh tra tỉnh"]),
  task("11", "Báo cáo kết quả cải cách hành chính năm 2026", "2026-12-07", ["@departments", XA]),
  task("12", "Tổng hợp, báo cáo kết quả cải cách hành chính năm 2026", "2026-12-21", [NV]),
];

await build(DIR, {
  blocks, printer: "weasyprint",
  expected: {
    id: ID,
    style: "Kế hoạch 42/KH-UBND of UBND tỉnh Thái Nguyên (merged with Bắc Kạn; no districts, xã and phường under " +
      "the province), 24/02/2026, CCHC 2026. Table TT | Nhiệm vụ | Chủ trì | Phối hợp | Thời hạn (*), ref = TT. The " +
      "time cells hold abbreviations explained only in a legend of italic dash lines under the table: 'Tn/2026' = " +
      "month n (its last day), 'Qn/2026' = quarter n, '6T đầu năm' = 6 tháng đầu năm (30/6), 'N2026' = năm 2026 " +
      "(31/12), 'Tuần k/Tm' = tuần thứ k tháng m = day 7k, 'TX' = thường xuyên (no task). Dates (2026): 1 'T3/2026' " +
      "31/3 Tue; 2 'Tuần 2/T4' 14/4 Tue; 3 'Q2/2026' 30/6 Tue; 4 '6T đầu năm' 30/6; 5 'N2026' 31/12 Thu; 6 'TX' no " +
      "task; 7 'T5/2026' 31/5 Sun -> 1/6; 8 'Tuần 3/T8' 21/8 Fri; 9 'Q3/2026' 30/9 Wed; 10 'T10/2026' 31/10 Sat " +
      "-> 2/11; 11 'Tuần 1/T12' 7/12 Mon (Sở Nội vụ the recipient); 12 'Tuần 3/T12' 21/12 Mon (UBND tỉnh the " +
      "recipient). 'UBND các xã, phường' (lead of 1, 11; coordinator of 4, 5, 9) = UBND cấp xã, unresolved; 'Các " +
      "sở, ban, ngành' = @departments. Báo và Phát thanh, Truyền hình Thái Nguyên is the merged press body.",
    province: "Thái Nguyên",
    plan: { number: "42/KH-UBND", date: "2026-02-24" },
    tasks,
    unresolved: [XA],
    successors: [],
  },
});

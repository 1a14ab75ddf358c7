// 04: Thái Nguyên, UBND tỉnh, Quyết định 2145/QĐ-UBND ngày 22/8/2025 (after the reorganisation: merged departments,
// communes and wards, no district), giao chỉ tiêu dịch vụ công trực tuyến, thanh toán trực tuyến, số hóa năm 2025.
// Habit: a QUYẾT ĐỊNH GIAO CHỈ TIÊU: "Căn cứ …" lines, "QUYẾT ĐỊNH:", Điều 1 (targets given "chi tiết tại Phụ lục"),
// Điều 2 (Tổ chức thực hiện, numbered 1.-5., three of them dated), Điều 3 (in force), Điều 4 (who executes), then
// after the signature a PHỤ LỤC table of targets PER UNIT GROUP (I. sở, ban, ngành; II. xã, phường; III. cơ quan
// ngành dọc): STT restarting per group, three percentage columns and a "Thời hạn hoàn thành" cell MERGED over each
// group's rows in the Word file (typed once per row in the typed copy); each unit's row is its own task.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, buildDoc, lister } from "./common.mjs";

const ID = "04-thai-nguyen-2025-quyet-dinh-giao-chi-tieu-dieu-1-4-phu-luc-targets-per-unit-group-merged-thoi-han-per-group";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const KC = "Sở Khoa học và Công nghệ", VP = "Văn phòng UBND tỉnh", NV = "Sở Nội vụ", TC = "Sở Tài chính";
const TP = "Sở Tư pháp", NM = "Sở Nông nghiệp và Môi trường", XD = "Sở Xây dựng", CT = "Sở Công Thương";
const YT = "Sở Y tế", CA = "Công an tỉnh", BH = "Bảo hiểm xã hội tỉnh", TH = "Thuế tỉnh";
const PDP = "UBND phường Phan Đình Phùng", DX = "UBND phường Đức Xuân", DT = "UBND xã Đại Từ";
const BT = "UBND xã Bạch Thông";
const TITLE = "chỉ tiêu dịch vụ công trực tuyến, thanh toán trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ " +
  "tục hành chính năm 2025";

const D2 = lister("decimal", "d2");
const bold = (t) => P(t, { bold: true, indent: false, align: "center" });

// [group roman, title, time, units [name, a, b, c]]
const GROUPS = [
  ["I", "CÁC SỞ, BAN, NGÀNH", "Trước ngày 30/11/2025", [[TP, 95, 85, 100], [NM, 80, 70, 90], [XD, 85, 75, 95],
    [CT, 90, 80, 100], [YT, 85, 75, 95]]],
  ["II", "UBND CÁC XÃ, PHƯỜNG", "Trước ngày 15/12/2025", [[PDP, 80, 60, 100], [DX, 75, 55, 100], [DT, 70, 50, 95],
    [BT, 60, 45, 90]]],
  ["III", "CÁC CƠ QUAN NGÀNH DỌC", "Quý IV/2025", [[CA, 90, 80, 100], [BH, 95, 90, 100], [TH, 95, 95, 100]]],
];

function annex(auto) {
  const H = (text) => ({ text, bold: true, align: "center" });
  const rows = [[H("STT"), H("Cơ quan, đơn vị"), H("Hồ sơ trực tuyến toàn trình (%)"), H("Thanh toán trực " +
    "tuyến (%)"), H("Số hóa hồ sơ, kết quả (%)"), H("Thời hạn hoàn thành")]];
  for (const [roman, title, time, units] of GROUPS) {
    rows.push([H(roman), { text: title, bold: true, span: 5 }]);
    units.forEach(([name, a, b, c], i) => {
      const when = !auto ? { text: time, align: "center" } : i === 0 ? { text: time, align: "center", vm: "restart" }
        : { text: "", vm: "continue" };
      rows.push([{ text: String(i + 1), align: "center" }, name, ...[a, b, c].map((v) => ({ text: String(v),
        align: "center" })), when]);
    });
  }
  return { t: "table", widths: [700, 3100, 1500, 1400, 1400, 1400], header: 1, rows };
}

const blocks = (auto) => [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 2145/QĐ-UBND", "Thái Nguyên, ngày 22 tháng 8 năm 2025",
    "QUYẾT ĐỊNH", "Về việc giao chỉ tiêu dịch vụ công trực tuyến, thanh toán trực tuyến và số hóa hồ sơ, kết quả " +
    "giải quyết thủ tục hành chính năm 2025"),
  bold("ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN"),
  P("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", { italic: true }),
  P("Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính " +
    "theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;", { italic: true }),
  P("Theo đề nghị của Chánh Văn phòng UBND tỉnh tại Tờ trình số 186/TTr-VPUBND ngày 18 tháng 8 năm 2025.",
    { italic: true }),
  bold("QUYẾT ĐỊNH:"),
  P("Điều 1. Giao " + TITLE + " cho các sở, ban, ngành, UBND các xã, phường và các cơ quan ngành dọc trên địa " +
    "bàn tỉnh (chi tiết tại Phụ lục kèm theo)."),
  P("Điều 2. Tổ chức thực hiện"),
  D2("1.", "Các cơ quan, đơn vị được giao chỉ tiêu: quán triệt, phân công cụ thể, bảo đảm đạt chỉ tiêu trong thời " +
    "hạn tại Phụ lục; định kỳ hằng tháng cập nhật kết quả trên Hệ thống thông tin giải quyết thủ tục hành chính " +
    "của tỉnh."),
  D2("2.", "Sở Khoa học và Công nghệ: hoàn thành nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, " +
    "tích hợp thanh toán trực tuyến cho 100% thủ tục có phí, lệ phí trước ngày 30/9/2025."),
  D2("3.", "Văn phòng UBND tỉnh: chủ trì, phối hợp với Sở Nội vụ theo dõi, công khai kết quả thực hiện chỉ tiêu " +
    "hằng tháng; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện năm 2025 trước ngày 25/12/2025."),
  D2("4.", "Sở Nội vụ: sử dụng kết quả thực hiện chỉ tiêu làm căn cứ đánh giá, chấm điểm Chỉ số cải cách hành " +
    "chính năm 2025 của các cơ quan, đơn vị."),
  D2("5.", "Sở Tài chính: tham mưu bố trí kinh phí số hóa hồ sơ cho các xã, phường còn khó khăn, hoàn thành trong " +
    "tháng 9/2025."),
  P("Điều 3. Quyết định này có hiệu lực kể từ ngày ký."),
  P("Điều 4. Chánh Văn phòng UBND tỉnh; Giám đốc các sở, Thủ trưởng các ban, ngành; Giám đốc Công an tỉnh, Giám " +
    "đốc Bảo hiểm xã hội tỉnh, Trưởng Thuế tỉnh; Chủ tịch UBND các xã, phường và các cơ quan, đơn vị có liên quan " +
    "chịu trách nhiệm thi hành Quyết định này./."),
  ...sign(["Như Điều 4", "Văn phòng Chính phủ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Trung tâm Thông tin tỉnh", "LĐVP, KSTT"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Huy Dũng"),
  { t: "br" },
  { t: "p", text: "PHỤ LỤC", bold: true, align: "center", indent: false, tight: true },
  { t: "p", text: "CHỈ TIÊU DỊCH VỤ CÔNG TRỰC TUYẾN, THANH TOÁN TRỰC TUYẾN VÀ SỐ HÓA HỒ SƠ NĂM 2025", bold: true,
    align: "center", indent: false, tight: true },
  { t: "p", text: "(Kèm theo Quyết định số 2145/QĐ-UBND ngày 22/8/2025 của UBND tỉnh Thái Nguyên)", italic: true,
    align: "center", indent: false },
  annex(auto),
];

const tasks = [];
for (const [roman, , , units] of GROUPS) {
  const due = { I: "2025-11-29", II: "2025-12-14", III: "2025-12-31" }[roman];
  units.forEach(([name], i) => tasks.push(task(`${roman}.${i + 1}`, TITLE, due, [name])));
}
tasks.push(
  task("Điều 2.2", "hoàn thành nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh", "2025-09-29",
    [KC]),
  task("Điều 2.3", "tổng hợp, báo cáo UBND tỉnh kết quả thực hiện năm 2025", "2025-12-24", [VP], [NV]),
  task("Điều 2.5", "tham mưu bố trí kinh phí số hóa hồ sơ cho các xã, phường còn khó khăn", "2025-09-30", [TC]),
);

const WORK = "Phụ lục: each unit's row is a task (the unit leads; the targets are its content, so its title is " +
  "Điều 1's 'chỉ tiêu …' phrase); ref = group + STT ('I.3'), STT restarting per group. The 'Thời hạn hoàn thành' " +
  "cell is merged over each group's rows in the Word file (repeated per row in the typed copy): a merged cell, not " +
  "a heading, so inherited false. I (5 departments) 'Trước ngày 30/11/2025' 29/11 Sat -> 01/12; II (two wards, two " +
  "communes: unresolved as written) 'Trước ngày 15/12/2025' 14/12 Sun -> 15/12; III Công an tỉnh, Bảo hiểm xã hội " +
  "tỉnh, Thuế tỉnh 'Quý IV/2025' 31/12. Điều 2 (ref 'Điều 2.n'): 2.1 monthly, its deadline is the Phụ lục's: no " +
  "task of its own; 2.2 Sở KH&CN 'trước ngày 30/9/2025' 29/9; 2.3 VP UBND tỉnh with Sở Nội vụ 'trước ngày " +
  "25/12/2025' 24/12 (the monthly publishing undated); 2.4 undated; 2.5 Sở Tài chính 'hoàn thành trong tháng " +
  "9/2025' 30/9. Điều 3 (in force on signing) and Điều 4 (executors) give no task; Căn cứ dates are no deadlines.";

await buildDoc(DIR, {
  typed: blocks(false),
  auto: blocks(true),
  expected: {
    id: ID,
    style: "Quyết định 2145/QĐ-UBND of UBND tỉnh Thái Nguyên, 22/8/2025 (after the reorganisation), giao chỉ tiêu " +
      "dịch vụ công trực tuyến. HABIT: A QUYẾT ĐỊNH GIAO CHỈ TIÊU, Điều 1-4, with a PHỤ LỤC of targets per unit " +
      "group and one merged time cell per group. " + WORK + " PDF: LibreOffice.",
    province: "Thái Nguyên",
    plan: { number: "2145/QĐ-UBND", date: "2025-08-22" },
    tasks,
    unresolved: [PDP, DX, DT, BT],
    successors: [],
  },
});

// 01: Lai Châu, UBND xã Bình Lư, 09/3/2026 — the commune's plan for natural-disaster prevention in 2026. Its task
// "table" is no Word table: the clerk typed it with spaces, a header line "STT  Nội dung công việc … Chủ trì …
// Phối hợp … Thời gian", a dashed rule, then each row with its columns lined up by runs of spaces; a long cell
// wraps onto the next line(s) and goes on under its own column. Word: one paragraph per line, Courier New 9 pt
// (both Word files; plan-auto numbers only the prose around it). plan.txt keeps the same lines.
// plan.pdf: LibreOffice from plan-auto.docx.
import { build, task, toText } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "01-lai-chau-2026-commune-task-table-typed-with-spaces-wrapped-cells";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const VP = "Văn phòng HĐND và UBND xã";
const KT = "Phòng Kinh tế";
const VH = "Phòng Văn hóa - Xã hội";
const CA = "Công an xã";
const QS = "Ban Chỉ huy quân sự xã";
const YT = "Trạm Y tế xã";
const DTN = "Đoàn Thanh niên xã";
const MT = "Ủy ban MTTQ Việt Nam xã";
const THON = "Trưởng các thôn, bản";
const TRUONG = "Các trường học trên địa bàn xã";

// [STT, content, lead cell, coordinator cell, time cell, due | null, L, C]
const ROWS = [
  ["Kiện toàn Ban Chỉ huy phòng thủ dân sự xã; phân công thành viên phụ trách từng thôn, bản", VP,
    "Công an xã; Ban Chỉ huy quân sự xã", "Trước 20/3/2026", "2026-03-19", [VP], [CA, QS]],
  ["Xây dựng, ban hành Phương án ứng phó thiên tai theo cấp độ rủi ro trên địa bàn xã năm 2026", KT,
    "Ban Chỉ huy quân sự xã; Công an xã", "Trước 15/4/2026", "2026-04-14", [KT], [QS, CA]],
  ["Cắm biển cảnh báo tại các ngầm tràn, điểm có nguy cơ sạt lở đất trên các tuyến đường liên thôn", KT,
    "Công an xã; Trưởng các thôn, bản", "Trước ngày 30/4/2026", "2026-04-29", [KT], [CA, THON]],
  ["Rà soát, thống kê hộ dân sinh sống ở khu vực có nguy cơ cao xảy ra lũ quét, sạt lở đất; lập danh sách hộ " +
    "phải di dời khẩn cấp", KT, "Trưởng các thôn, bản", "Tháng 4/2026", "2026-04-30", [KT], [THON]],
  ["Chuẩn bị vật tư, phương tiện, lương thực, thuốc men dự phòng theo phương châm \"bốn tại chỗ\"", QS,
    "Phòng Kinh tế; Trạm Y tế xã", "Tháng 5/2026", "2026-05-31", [QS], [KT, YT]],
  ["Kiểm tra, nạo vét kênh mương, cống thoát nước; gia cố các điểm xung yếu trước mùa mưa lũ", KT, "-",
    "Xong trước 31/5/2026", "2026-05-30", [KT], []],
  ["Tập huấn kỹ năng sơ cấp cứu, cứu nạn cho lực lượng xung kích các thôn, bản", YT, "Ban Chỉ huy quân sự xã",
    "Từ 01/6 đến 15/6/2026", "2026-06-15", [YT], [QS]],
  ["Diễn tập ứng phó lũ quét, sạt lở đất tại bản Hon", QS, "Công an xã; Trạm Y tế xã; Đoàn Thanh niên xã",
    "Quý II/2026", "2026-06-30", [QS], [CA, YT, DTN]],
  ["Tuyên truyền kiến thức phòng, chống thiên tai trên hệ thống loa truyền thanh và nhóm Zalo của các thôn, bản",
    VH, "Trưởng các thôn, bản", "Thường xuyên", null],
  ["Kiểm tra mức độ an toàn các điểm trường, lớp học ở khu vực có nguy cơ sạt lở trước năm học mới", VH,
    "Các trường học trên địa bàn xã", "Trước 20/8/2026", "2026-08-19", [VH], [TRUONG]],
  ["Ra quân vệ sinh môi trường, phun khử khuẩn tại các khu vực bị ngập úng sau mưa lũ", YT,
    "Ủy ban MTTQ Việt Nam xã; Đoàn Thanh niên xã", "Tháng 9/2026", "2026-09-30", [YT], [MT, DTN]],
  ["Thống kê thiệt hại, hỗ trợ Nhân dân khắc phục hậu quả thiên tai; đề xuất mức hỗ trợ theo quy định", KT,
    "Văn phòng HĐND và UBND xã; Trưởng các thôn, bản", "Khi có thiên tai xảy ra", null],
  ["Tổng kết công tác phòng, chống thiên tai năm 2026; xây dựng kế hoạch năm 2027", VP,
    "Phòng Kinh tế; Ban Chỉ huy quân sự xã", "Cuối tháng 11/2026", "2026-11-30", [VP], [KT, QS]],
];

// Column starts and wrap widths of the typed "table" (characters; Courier New 9 pt fits 85 on the A4 line).
const COLS = [0, 5, 40, 56, 72];
const WRAP = [4, 33, 14, 14, 14];
function wrap(text, width) {
  const lines = [];
  let cur = "";
  for (const w of text.split(" ")) {
    if (cur && (cur + " " + w).length > width) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? cur + " " + w : w;
  }
  if (cur) lines.push(cur);
  return lines;
}
function typedRow(cells) {
  const wrapped = cells.map((c, i) => wrap(c, WRAP[i]));
  const n = Math.max(...wrapped.map((w) => w.length));
  const out = [];
  for (let k = 0; k < n; k++) {
    let line = "";
    wrapped.forEach((w, i) => {
      if (!w[k]) return;
      line = line.padEnd(COLS[i], " ") + w[k];
    });
    out.push(line);
  }
  return out;
}
const L = (text) => ({ t: "p", text, font: "Courier New", size: 18, tight: true, indent: false, align: "left" });
const lines = [
  typedRow(["STT", "Nội dung công việc", "Chủ trì", "Phối hợp", "Thời gian"]).join(""),
  "-".repeat(85),
];
const tasks = [];
ROWS.forEach(([text, lead, co, time, due, Ls, Cs], i) => {
  const stt = `${i + 1}.`;
  lines.push(...typedRow([stt, text, lead, co, time]));
  if (due) tasks.push(task(String(i + 1), text, due, Ls, Cs));
});
lines.push("-".repeat(85));

const P = (text, more = {}) => ({ t: "p", text, align: "justify", ...more });
const R = (num, text, inst) => P(text, { num, bold: true, indent: false, list: { kind: "roman", inst } });
const D = (num, text, inst) => P(text, { num, list: { kind: "decimal", inst } });
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nXÃ BÌNH LƯ", "Số: 38/KH-UBND", "Bình Lư, ngày 09 tháng 3 năm 2026", "KẾ HOẠCH",
    "Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026 trên địa bàn xã Bình Lư"),
  P("Căn cứ Luật Phòng, chống thiên tai năm 2013; Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên " +
    "tai và Luật Đê điều năm 2020; căn cứ Kế hoạch phòng, chống thiên tai năm 2026 của UBND tỉnh Lai Châu, UBND " +
    "xã Bình Lư ban hành Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026 như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU", "r"),
  D("1.", "Chủ động phòng ngừa, ứng phó kịp thời, khắc phục khẩn trương, hiệu quả hậu quả thiên tai; giảm đến mức " +
    "thấp nhất thiệt hại về người và tài sản của Nhân dân, Nhà nước.", "d1"),
  D("2.", "Phân công cụ thể cơ quan chủ trì, phối hợp và thời gian thực hiện; các cơ quan, đơn vị, thôn, bản " +
    "nghiêm túc triển khai, không chủ quan, lơ là trong mùa mưa lũ.", "d1"),
  R("II.", "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", "r"),
  P("Các nhiệm vụ cụ thể, cơ quan chủ trì, phối hợp và thời gian thực hiện như sau:"),
  ...lines.map(L),
  P("", { tight: false }),
  R("III.", "TỔ CHỨC THỰC HIỆN", "r"),
  D("1.", "Các cơ quan, đơn vị được phân công chủ trì chủ động triển khai nhiệm vụ; trong quá trình thực hiện có " +
    "khó khăn, vướng mắc báo cáo Chủ tịch UBND xã (qua Văn phòng HĐND và UBND xã) để chỉ đạo.", "d3"),
  D("2.", "Văn phòng HĐND và UBND xã theo dõi, tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND tỉnh (qua Sở " +
    "Nông nghiệp và Môi trường) trước ngày 10/12/2026.", "d3"),
  D("3.", "Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể vận động hội viên, đoàn viên và Nhân dân tham gia " +
    "phòng, chống thiên tai; giám sát việc thực hiện chính sách hỗ trợ khắc phục hậu quả thiên tai.", "d3"),
  ...sign(["UBND tỉnh (b/c)", "Sở Nông nghiệp và Môi trường (b/c)", "TT Đảng ủy, TT HĐND xã", "CT, các PCT UBND xã",
    "Các cơ quan, đơn vị, thôn, bản"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lò Văn Thắng"),
];
tasks.push(task("III.2", "Theo dõi, tổng hợp kết quả thực hiện Kế hoạch", "2026-12-09", [VP]));

const txt = toText(blocks).split("\n").map((l) => l.trimEnd()).join("\n");
await build(DIR, {
  blocks, printer: "libreoffice", txt,
  expected: {
    id: ID,
    style: "Kế hoạch 38/KH-UBND of UBND xã Bình Lư (Lai Châu, after the reorganisation), 09/3/2026, natural-disaster " +
      "prevention 2026; header 'ỦY BAN NHÂN DÂN / XÃ BÌNH LƯ', signed TM. UBND / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH. I aims, " +
      "II the tasks, III prose. II's task table is NOT a Word table: it is typed with spaces (one paragraph per " +
      "line, Courier New 9 pt, the same lines in plan.txt): header line 'STT  Nội dung công việc  Chủ trì  Phối hợp " +
      " Thời gian', a dashed rule, rows '1.' … '13.' whose columns are lined up by runs of spaces; a long cell wraps " +
      "onto the next lines and goes on under its own column (lead 'Văn phòng HĐND' / 'và UBND xã', time 'Từ 01/6 " +
      "đến' / '15/6/2026'). ref = STT without its dot. Out: 9 'Thường xuyên', 12 'Khi có thiên tai xảy ra'. Dates " +
      "(2026): 1 'Trước 20/3' -> 19/3; 2 'Trước 15/4' -> 14/4; 3 'Trước ngày 30/4' -> 29/4; 4 'Tháng 4' -> 30/4 " +
      "(30/4, 1/5 off, weekend) -> 4/5; 5 'Tháng 5' -> 31/5 Sun -> 1/6; 6 'Xong trước 31/5' -> 30/5 Sat -> 1/6; 7 " +
      "'Từ 01/6 đến 15/6' -> 15/6; 8 'Quý II' -> 30/6; 10 'Trước 20/8' -> 19/8; 11 'Tháng 9' -> 30/9; 13 'Cuối " +
      "tháng 11' -> 30/11. III.2: the Văn phòng reports 'UBND tỉnh (qua Sở Nông nghiệp và Môi trường) trước ngày " +
      "10/12/2026' -> 9/12 (recipients, not units). III.1 and III.3 undated. '-' in a Phối hợp cell = none. All " +
      "units are the commune's own (unresolved, as written); coordinator cells list units separated by ';'.",
    province: "Lai Châu",
    plan: { number: "38/KH-UBND", date: "2026-03-09" },
    tasks,
    unresolved: [VP, CA, QS, KT, THON, YT, DTN, VH, TRUONG, MT],
    successors: [],
  },
});

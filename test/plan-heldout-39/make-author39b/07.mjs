// 07: Thái Nguyên (after the reorganisation, Bắc Kạn merged in), UBND tỉnh, Kế hoạch 27/KH-UBND ngày 23/01/2026,
// phát triển du lịch năm 2026. Habit: a GANTT TABLE IN WORD whose bars are CELL SHADING ONLY (w:shd w:fill on
// empty cells): STT | Nhiệm vụ | Chủ trì | Phối hợp | T1 … T12 (2026), a legend paragraph (a shaded run) saying
// a task is done within the last shaded month. The deadline is nowhere in the text, so there is NO plan.txt (the
// generator deletes the kit's); plan-typed.docx, plan-auto.docx (both shaded), plan.pdf (LibreOffice's print of
// plan-auto.docx, shading printed); office-copies then writes .doc/.odt/.rtf (shading kept: checked by hand).
import fs from "node:fs";
import path from "node:path";
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";

const ID = "07-thai-nguyen-2026-gantt-table-in-word-month-bars-cell-shading-only-no-dates-in-text-legend";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const VH = "Sở Văn hóa, Thể thao và Du lịch", TC = "Sở Tài chính", XD = "Sở Xây dựng";
const NM = "Sở Nông nghiệp và Môi trường", KC = "Sở Khoa học và Công nghệ", CA = "Công an tỉnh";
const BAO = "Báo và Phát thanh, Truyền hình Thái Nguyên", XA = "UBND cấp xã";
const FILL = "F4B083";
const LAST = ["", "01-31", "02-28", "03-31", "04-30", "05-31", "06-30", "07-31", "08-31", "09-30", "10-31", "11-30",
  "12-31"];

// ["G", roman, heading] | [title, lead cell, coord cell, months shaded, lead, coordinators]
const data = [
  ["G", "I", "PHÁT TRIỂN HẠ TẦNG VÀ SẢN PHẨM DU LỊCH"],
  ["Khảo sát, lập danh mục điểm du lịch cộng đồng mới ở các thôn, bản vùng hồ Ba Bể", VH, "UBND xã Ba Bể",
    [1, 2, 3], [VH], ["UBND xã Ba Bể"]],
  ["Hoàn thiện hồ sơ đề nghị công nhận Khu du lịch quốc gia Hồ Núi Cốc", VH, `${NM};\n${XD}`, [2, 3, 4, 5, 6], [VH],
    [NM, XD]],
  ["Cải tạo, nâng cấp đường vào Khu di tích lịch sử ATK Định Hóa", XD, `${TC};\nUBND xã Định Hóa`,
    [4, 5, 6, 7, 8, 9], [XD], [TC, "UBND xã Định Hóa"]],
  ["Bố trí vốn đầu tư công cho các dự án hạ tầng du lịch năm 2026", TC, VH, [1, 2], [TC], [VH]],
  ["G", "II", "QUẢNG BÁ, XÚC TIẾN DU LỊCH"],
  ["Tổ chức Tuần Văn hóa - Du lịch Trà Thái Nguyên năm 2026", VH, `Sở Công Thương;\n${NM}`, [10, 11], [VH],
    ["Sở Công Thương", NM]],
  ["Xây dựng bản đồ du lịch số, tích hợp trên ứng dụng công dân số của tỉnh", KC, VH, [3, 4, 5], [KC], [VH]],
  ["Mở chuyên mục quảng bá du lịch trên sóng phát thanh, truyền hình và báo điện tử", BAO, VH, [2, 3, 7, 8], [BAO],
    [VH]],
  ["Tham gia Hội chợ Du lịch quốc tế VITM Hà Nội năm 2026", VH, "Hiệp hội Du lịch tỉnh", [4], [VH],
    ["Hiệp hội Du lịch tỉnh"]],
  ["G", "III", "QUẢN LÝ NHÀ NƯỚC VỀ DU LỊCH"],
  ["Kiểm tra điều kiện kinh doanh của các cơ sở lưu trú du lịch", VH, CA, [6, 7], [VH], [CA]],
  ["Bảo đảm an ninh, trật tự tại các khu, điểm du lịch trong cao điểm du lịch hè", CA, XA, [6, 7, 8], [CA], [XA]],
  ["Bồi dưỡng nghiệp vụ cho hướng dẫn viên, người làm du lịch cộng đồng", VH, "Sở Nội vụ", [9, 10], [VH],
    ["Sở Nội vụ"]],
  ["Tổng kết, đánh giá kết quả thực hiện Kế hoạch năm 2026, báo cáo UBND tỉnh", VH, "Các sở, ban, ngành", [12], [VH],
    ["@departments"]],
];

const M = Array.from({ length: 12 }, (_, i) => i + 1);
const rows = [
  [{ paras: [{ text: "STT", size: 20, align: "center" }], vm: "restart" }, { text: "Nhiệm vụ", vm: "restart", align: "center" },
    { text: "Chủ trì", vm: "restart", align: "center" }, { text: "Phối hợp", vm: "restart", align: "center" },
    { text: "Thời gian thực hiện năm 2026", span: 12, align: "center" }],
  [{ text: "", vm: "continue" }, { text: "", vm: "continue" }, { text: "", vm: "continue" },
    { text: "", vm: "continue" }, ...M.map((m) => ({ paras: [{ text: `T${m}`, size: 18, align: "center" }] }))],
];
const tasks = [];
let stt = 0;
for (const r of data) {
  if (r[0] === "G") {
    rows.push([{ text: r[1], bold: true, align: "center" }, { text: r[2], bold: true, span: 15 }]);
    continue;
  }
  const [title, lc, cc, months, lead, co] = r;
  stt++;
  rows.push([{ text: String(stt), align: "center", list: { kind: "cell", inst: "stt" } }, title, lc, cc,
    ...M.map((m) => (months.includes(m) ? { text: "", shade: FILL } : ""))]);
  tasks.push(task(String(stt), title, `2026-${LAST[Math.max(...months)]}`, lead, co));
}

const blocks = [
  { t: "table", borders: false, widths: [5200, 9300], rows: [
    [{ text: "ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", bold: true, align: "center" },
      { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold: true, align: "center" }],
    [{ text: "Số: 27/KH-UBND", align: "center" }, { text: "Thái Nguyên, ngày 23 tháng 01 năm 2026", italic: true,
      align: "center" }],
  ] },
  { t: "p", text: "KẾ HOẠCH", bold: true, align: "center", indent: false },
  { t: "p", text: "Phát triển du lịch tỉnh Thái Nguyên năm 2026", bold: true, align: "center", indent: false },
  { t: "p", num: "I.", text: "MỤC ĐÍCH, YÊU CẦU", bold: true },
  { t: "p", align: "justify", text: "Khai thác hiệu quả tiềm năng du lịch của tỉnh sau hợp nhất, gắn kết các sản phẩm " +
    "du lịch hồ Ba Bể, Hồ Núi Cốc, ATK Định Hóa và vùng chè; phấn đấu năm 2026 đón 5,5 triệu lượt khách." },
  { t: "p", num: "II.", text: "NHIỆM VỤ VÀ TIẾN ĐỘ THỰC HIỆN", bold: true },
  { t: "p", italic: true, indent: false, text: "Ghi chú: ⟦LEG⟧ ô tô màu là thời gian thực hiện nhiệm vụ; nhiệm vụ " +
    "phải hoàn thành chậm nhất vào ngày cuối cùng của tháng cuối cùng được tô màu." },
  { t: "table", widths: [640, 3800, 1750, 1870, ...M.map(() => 540)], header: 2, rows },
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true },
  { t: "p", align: "justify", text: "Sở Văn hóa, Thể thao và Du lịch là cơ quan thường trực, theo dõi, đôn đốc các " +
    "cơ quan, đơn vị thực hiện Kế hoạch; các cơ quan, đơn vị định kỳ 6 tháng, năm báo cáo kết quả về Sở Văn hóa, " +
    "Thể thao và Du lịch để tổng hợp, báo cáo UBND tỉnh." },
  { t: "table", borders: false, widths: [6000, 8500], rows: [[
    { text: "Nơi nhận:\n- Bộ VHTTDL (b/c);\n- TT Tỉnh ủy, TT HĐND tỉnh;\n- Các sở, ban, ngành;\n- UBND các xã, phường;" +
      "\n- Lưu: VT, KGVX.", align: "left" },
    { text: "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nNguyễn Thanh Bình", bold: true, align: "center" }]] },
];
const legend = (xml) => xml.replace("⟦LEG⟧", `</w:t></w:r><w:r><w:rPr><w:shd w:val="clear" w:color="auto" ` +
  `w:fill="${FILL}"/><w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">          </w:t></w:r><w:r><w:rPr><w:i/>` +
  `<w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">`);

const DATES = "Dates (last shaded month's last day, 2026): 1 T1-T3 31/3 Tue; 2 T2-T6 30/6 Tue; 3 T4-T9 30/9 Wed; 4 " +
  "T1-T2 28/2 Sat -> 2/3 Mon; 5 T10-T11 30/11 Mon; 6 T3-T5 31/5 Sun -> 1/6 Mon; 7 two bars T2-T3 and T7-T8: the " +
  "last 31/8 Mon; 8 T4 30/4 Thu holiday -> 4/5 Mon; 9 T6-T7 31/7 Fri; 10 T6-T8 31/8 Mon; 11 T9-T10 31/10 Sat -> " +
  "2/11 Mon; 12 T12 31/12 Thu ('báo cáo UBND tỉnh' a recipient).";

await build(DIR, {
  blocks, printer: "libreoffice", landscape: true, extra: { transform: legend },
  expected: {
    id: ID,
    style: "Kế hoạch 27/KH-UBND of UBND tỉnh Thái Nguyên, 23/01/2026 (after the reorganisation, Bắc Kạn merged in: " +
      "merged departments, communes, 'Báo và Phát thanh, Truyền hình Thái Nguyên'), phát triển du lịch năm 2026. " +
      "HABIT: a GANTT TABLE IN WORD, landscape: STT | Nhiệm vụ | Chủ trì | Phối hợp | 'Thời gian thực hiện năm 2026' " +
      "over T1 … T12 (two header rows, the first four cells merged down); the bars are CELL SHADING ONLY (w:shd " +
      `w:fill ${FILL} on empty cells, no text, no symbol); a legend paragraph under II (a shaded run then 'ô tô màu ` +
      "là thời gian thực hiện … hoàn thành chậm nhất vào ngày cuối cùng của tháng cuối cùng được tô màu'); group " +
      "rows I-III spanning the table, STT 1-12 running on. Deadline = last day of the last shaded month. " + DATES +
      " 'UBND xã Ba Bể', 'UBND xã Định Hóa', 'Hiệp hội Du lịch tỉnh', 'UBND cấp xã' unresolved; 'Các sở, ban, " +
      "ngành' = @departments. NO plan.txt: a text copy loses the shading, the only carrier of the deadlines. " +
      "plan.pdf LibreOffice's print of plan-auto.docx (bars printed); .doc/.odt/.rtf by office-copies keep the fills.",
    province: "Thái Nguyên",
    plan: { number: "27/KH-UBND", date: "2026-01-23" },
    tasks, unresolved: ["UBND xã Ba Bể", "UBND xã Định Hóa", "Hiệp hội Du lịch tỉnh", XA], successors: [],
  },
});
fs.rmSync(path.join(DIR, "plan.txt"));

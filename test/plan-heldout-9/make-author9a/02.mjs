// 02: Lai Châu, 3/2025 (before the reorganisation) — a plan whose Phụ lục is a Gantt table: week columns
// "Tuần 1 … Tuần 4" under each month (3-6/2025), shaded cells marked "x"; printed by WeasyPrint from HTML.
import { fillRowspans, headerBlock, signBlock, toHtml, weasyPrintPdf, writeWordAndText } from "./model.mjs";
import { GROUPS, weeks } from "./02-data.mjs";

const SLUG = "02-lai-chau-2025-gantt-week-columns";
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"];
const MONTHS = [3, 4, 5, 6];
const WEEK_W = 380;
const WIDTHS = [520, 3500, 1500, 1700, ...Array(16).fill(WEEK_W), 1300];
const SHADE = "BFBFBF";

const small = (text, o = {}) => ({ text, size: 18, ...o });

function ganttRows() {
  const head = (text) => small(text, { bold: true, align: "center", valign: "center" });
  const rows = [
    [
      { ...head("STT"), vMerge: "restart" },
      { ...head("Nhiệm vụ"), vMerge: "restart" },
      { ...head("Cơ quan chủ trì"), vMerge: "restart" },
      { ...head("Cơ quan phối hợp"), vMerge: "restart" },
      ...MONTHS.map((m) => ({ ...head(`Tháng ${m}/2025`), span: 4 })),
      { ...head("Ghi chú"), vMerge: "restart" },
    ],
    [
      { vMerge: "continue" },
      { vMerge: "continue" },
      { vMerge: "continue" },
      { vMerge: "continue" },
      ...MONTHS.flatMap(() => [1, 2, 3, 4].map((w) => small(`Tuần ${w}`, { bold: true, align: "center", size: 14 }))),
      { vMerge: "continue" },
    ],
  ];
  GROUPS.forEach(([title, tasks], g) => {
    rows.push([small(ROMAN[g], { bold: true, align: "center" }), small(title, { bold: true, span: 20 })]);
    tasks.forEach(([task, lead, partners, spec, note], i) => {
      const marked = weeks(spec);
      rows.push([
        small(String(i + 1), { align: "center" }),
        small(task),
        small(lead),
        small(partners),
        ...Array.from({ length: 16 }, (_, w) =>
          marked.has(w) ? small("x", { align: "center", shade: SHADE, bold: true }) : small(""),
        ),
        small(note, { italic: true }),
      ]);
    });
  });
  return fillRowspans(rows);
}

const P = (text, o = {}) => ({ text, indent: 709, align: "justify", ...o });
const N = (label, text, inst, o = {}) => ({ label, text, list: { kind: "decimal", inst }, indent: 709, bold: true, ...o });
const A = (label, text, inst) => ({ label, text, list: { kind: "letter", inst }, indent: 709, align: "justify" });
const D = (text, inst) => ({ label: "-", text, list: { kind: "dash", inst }, indent: 709, align: "justify" });

const BLOCKS = [
  ...headerBlock({
    issuer: "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU",
    number: "Số: 52/KH-UBND",
    place: "Lai Châu, ngày 03 tháng 3 năm 2025",
  }),
  { text: "KẾ HOẠCH", bold: true, align: "center", before: 240 },
  {
    text: "Triển khai các giải pháp nâng cao Chỉ số cải cách hành chính (PAR INDEX),\nChỉ số hài lòng về sự phục vụ hành chính (SIPAS) của tỉnh 6 tháng đầu năm 2025",
    bold: true,
    align: "center",
    after: 240,
  },
  P("Thực hiện Quyết định số 1179/QĐ-BNV ngày 31/12/2024 của Bộ Nội vụ phê duyệt Đề án xác định Chỉ số CCHC; căn cứ " +
    "kết quả Chỉ số CCHC năm 2023 của tỉnh được công bố ngày 16/4/2024 (xếp thứ 45/63), UBND tỉnh ban hành Kế hoạch như sau:"),
  N("1.", "Mục đích, yêu cầu", "top"),
  D("Khắc phục tồn tại, hạn chế của các chỉ số thành phần có điểm thấp; phấn đấu Chỉ số CCHC năm 2025 tăng ít nhất 05 bậc.", "d1"),
  D("Phân công cụ thể, có tiến độ theo tuần; các cơ quan, đơn vị chủ động tổ chức thực hiện bảo đảm chất lượng.", "d1"),
  N("2.", "Nhiệm vụ, giải pháp và tiến độ thực hiện", "top"),
  P("Chi tiết nhiệm vụ, cơ quan chủ trì, phối hợp và tiến độ theo tuần tại Phụ lục kèm theo. Cách đọc tiến độ: Tuần 1 " +
    "từ ngày 01 đến ngày 07; Tuần 2 từ ngày 08 đến ngày 14; Tuần 3 từ ngày 15 đến ngày 21; Tuần 4 từ ngày 22 đến hết tháng. " +
    "Ô đánh dấu (x) là tuần thực hiện; thời hạn hoàn thành là ngày cuối cùng của tuần được đánh dấu sau cùng, trừ nhiệm vụ " +
    "có thời hạn cụ thể ghi tại cột Ghi chú."),
  N("3.", "Tổ chức thực hiện", "top"),
  A("a)", "Các sở, ban, ngành, UBND các huyện, thành phố căn cứ Kế hoạch này triển khai thực hiện; báo cáo kết quả " +
    "thực hiện (lồng ghép trong báo cáo CCHC 6 tháng đầu năm) gửi Sở Nội vụ trước ngày 10/6/2025.", "a3"),
  A("b)", "Sở Nội vụ theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND tỉnh trước ngày 20/6/2025.", "a3"),
  A("c)", "Sở Tài chính bảo đảm kinh phí thực hiện theo dự toán năm 2025 đã giao.", "a3"),
  P("Quá trình thực hiện có vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh xem xét, quyết định./."),
  signBlock({
    recipients: ["- Bộ Nội vụ (b/c);", "- TT. Tỉnh ủy; TT. HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
      "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thành phố;", "- Lưu: VT, NC."],
    signer: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Tống Thanh Hải"],
  }),
  { t: "section", landscape: true },
  { text: "PHỤ LỤC", bold: true, align: "center" },
  { text: "TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ NÂNG CAO CHỈ SỐ PAR INDEX, SIPAS 6 THÁNG ĐẦU NĂM 2025", bold: true, align: "center" },
  { text: "(Kèm theo Kế hoạch số 52/KH-UBND ngày 03/3/2025 của UBND tỉnh Lai Châu)", italic: true, align: "center", after: 160 },
  { t: "table", widths: WIDTHS, header: 2, rows: ganttRows(), cls: "gantt" },
];

const CSS = `
@page { size: A4; margin: 2cm 2cm 2cm 3cm; @top-center { content: counter(page); font-size: 10pt; } }
@page land { size: A4 landscape; margin: 1.5cm 1.2cm; @top-center { content: counter(page); font-size: 10pt; } }
.landscape { page: land; }
body { font-family: "DejaVu Serif", serif; font-size: 11.5pt; line-height: 1.3; }
p { margin: 0 0 4pt 0; text-align: justify; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.plain td { border: none; text-align: center; vertical-align: top; }
table.grid td { border: 0.6pt solid #000; padding: 1pt 2pt; vertical-align: middle; }
table.gantt { font-size: 7.5pt; }
table.gantt tr.head td { font-weight: bold; text-align: center; }
td div { margin: 0; }
tr { break-inside: avoid; }
`;

const dir = await writeWordAndText(SLUG, BLOCKS, "Kế hoạch 52/KH-UBND");
weasyPrintPdf(dir, toHtml(BLOCKS, CSS));
console.log("wrote", dir);

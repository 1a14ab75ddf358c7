// 07: Bắc Kạn, 2/2025 — the appendix is a matrix: tasks as rows, UNITS AS COLUMNS ("C" chủ trì / "P" phối hợp),
// the columns grouped three times under a DEADLINE in the group header ("Hoàn thành trước 31/3/2025" …); a task's
// marks sit under one group only. Ghi chú may carry an earlier own date. plan.pdf by WeasyPrint.
import { fillRowspans, headerBlock, signBlock, toHtml, weasyPrintPdf, writeWordAndText } from "./model.mjs";

const SLUG = "07-bac-kan-2025-unit-columns-deadline-column-groups";
const UNITS = ["SNV", "VP", "STP", "TT&TT", "KH&ĐT", "UBND H"];
const GROUPS = ["Hoàn thành trước 31/3/2025", "Hoàn thành trước 30/6/2025", "Hoàn thành trước 30/11/2025"];
// [area or null, text, group index, {unit: "C"|"P"}, note]
const TASKS = [
  ["A", "CẢI CÁCH THỂ CHẾ"],
  ["Rà soát quy định về thủ tục hành chính trong các văn bản quy phạm pháp luật của tỉnh", 0, { STP: "C", VP: "P",
    SNV: "P" }, ""],
  ["Xây dựng dự thảo Quyết định quy định phân cấp giải quyết thủ tục hành chính", 1, { VP: "C", STP: "P" }, ""],
  ["B", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"],
  ["Công bố danh mục TTHC tiếp nhận hồ sơ trực tuyến toàn trình, một phần", 0, { VP: "C", "TT&TT": "P" }, ""],
  ["Rà soát, đơn giản hóa thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước", 1,
    { VP: "C", SNV: "P", STP: "P", "UBND H": "P" }, ""],
  ["Niêm yết, công khai TTHC tại Bộ phận Một cửa cấp huyện, cấp xã", 0, { "UBND H": "C", VP: "P" },
    "Trước 15/3/2025"],
  ["Đánh giá chất lượng giải quyết TTHC theo Bộ chỉ số phục vụ người dân, doanh nghiệp", 2, { VP: "C", "TT&TT": "P" },
    ""],
  ["Khảo sát sự hài lòng của người dân, tổ chức (SIPAS)", 2, { SNV: "C", "UBND H": "P" }, "Phối hợp Bưu điện tỉnh"],
  ["C", "CHUYỂN ĐỔI SỐ TRONG GIẢI QUYẾT TTHC"],
  ["Tích hợp, đồng bộ Hệ thống thông tin giải quyết TTHC tỉnh với Cổng Dịch vụ công quốc gia", 1,
    { "TT&TT": "C", VP: "P" }, ""],
  ["Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", 2, { "TT&TT": "C", VP: "C", "UBND H": "P" }, ""],
  ["Đăng ký doanh nghiệp qua mạng điện tử; hướng dẫn doanh nghiệp nộp hồ sơ trực tuyến", 1,
    { "KH&ĐT": "C", "TT&TT": "P" }, ""],
  ["Cấp chữ ký số cho cán bộ, công chức cấp xã", 0, { "TT&TT": "C", SNV: "P", "UBND H": "P" }, ""],
  ["Bồi dưỡng kỹ năng số cho công chức làm việc tại Bộ phận Một cửa", 1, { SNV: "C", "TT&TT": "P" }, ""],
  ["D", "KIỂM TRA, BÁO CÁO"],
  ["Kiểm tra việc giải quyết TTHC tại UBND các huyện, thành phố", 2, { VP: "C", SNV: "P", STP: "P" }, ""],
  ["Báo cáo kết quả cải cách TTHC 6 tháng đầu năm gửi Văn phòng UBND tỉnh", 1, { "UBND H": "C" }, ""],
];

const s = (text, o = {}) => ({ text, size: 18, ...o });
const P = (text, o = {}) => ({ text, indent: 709, align: "justify", ...o });
const R = (label, text) => ({ label, text, list: { kind: "roman", inst: "top" }, bold: true, indent: 709 });
const N = (label, text, inst) => ({ label, text, list: { kind: "decimal", inst }, indent: 709, align: "justify" });

function matrix() {
  const h = (t, o = {}) => s(t, { bold: true, align: "center", valign: "center", ...o });
  const rows = [
    [h("STT", { vMerge: "restart" }), h("Nội dung nhiệm vụ", { vMerge: "restart" }),
      ...GROUPS.map((g) => h(g, { span: UNITS.length })), h("Ghi chú", { vMerge: "restart" })],
    [{ vMerge: "continue" }, { vMerge: "continue" }, ...GROUPS.flatMap(() => UNITS.map((u) => h(u))),
      { vMerge: "continue" }],
  ];
  let n = 0;
  for (const t of TASKS) {
    if (t.length === 2) {
      rows.push([s(t[0], { bold: true, align: "center" }), s(t[1], { bold: true, span: 2 + 3 * UNITS.length })]);
      continue;
    }
    n += 1;
    const [text, group, marks, note] = t;
    const cells = GROUPS.flatMap((_, gi) =>
      UNITS.map((u) => s(gi === group ? (marks[u] ?? "") : "", { align: "center", shade: gi === group ? "F2F2F2" : "" })));
    rows.push([s(String(n), { align: "center" }), s(text), ...cells, s(note, { italic: true })]);
  }
  fillRowspans(rows);
  return { t: "table", widths: [500, 4100, ...Array(18).fill(480), 1800], header: 2, rows };
}

const blocks = [
  ...headerBlock({
    issuer: "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN",
    number: "Số: 28/KH-UBND",
    place: "Bắc Kạn, ngày 17 tháng 02 năm 2025",
  }),
  { text: "KẾ HOẠCH", bold: true, align: "center", before: 240 },
  { text: "Cải cách thủ tục hành chính và chuyển đổi số\ntrong giải quyết thủ tục hành chính năm 2025", bold: true,
    align: "center", after: 240 },
  P("Căn cứ Quyết định số 2156/QĐ-UBND ngày 20/12/2024 của UBND tỉnh ban hành Kế hoạch cải cách hành chính năm " +
    "2025; Kế hoạch số 915/KH-UBND ngày 31/12/2024 về kiểm soát thủ tục hành chính năm 2025, UBND tỉnh ban hành " +
    "Kế hoạch như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  N("1.", "Đẩy mạnh cải cách thủ tục hành chính, gắn với chuyển đổi số trong tiếp nhận, giải quyết TTHC.", "i"),
  N("2.", "Phạm vi thực hiện: từ ngày 01/01/2025 đến ngày 31/12/2025 tại các cơ quan hành chính nhà nước của tỉnh.",
    "i"),
  R("II.", "NHIỆM VỤ CỤ THỂ"),
  P("Chi tiết tại Phụ lục kèm theo. Trong Phụ lục, mỗi nhóm cột ghi thời hạn hoàn thành của các nhiệm vụ có đánh dấu " +
    "trong nhóm cột đó; ký hiệu \"C\" là cơ quan chủ trì, \"P\" là cơ quan phối hợp. Trường hợp cột Ghi chú ghi thời " +
    "hạn riêng thì thực hiện theo thời hạn ghi tại cột Ghi chú."),
  P("Chữ viết tắt: SNV - Sở Nội vụ; VP - Văn phòng UBND tỉnh; STP - Sở Tư pháp; TT&TT - Sở Thông tin và Truyền " +
    "thông; KH&ĐT - Sở Kế hoạch và Đầu tư; UBND H - UBND các huyện, thành phố.", { italic: true }),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  N("1.", "Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Nội vụ theo dõi, đôn đốc; tổng hợp, báo cáo UBND tỉnh kết " +
    "quả thực hiện năm 2025 trước ngày 10/12/2025.", "iii"),
  N("2.", "Các sở, ban, ngành, UBND các huyện, thành phố báo cáo kết quả định kỳ hằng quý trước ngày 15 của tháng " +
    "cuối quý, lồng ghép trong báo cáo công tác cải cách hành chính.", "iii"),
  N("3.", "Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định./.", "iii"),
  signBlock({
    recipients: ["- Văn phòng Chính phủ (Cục KSTTHC);", "- TT. Tỉnh ủy; TT. HĐND tỉnh;", "- CT, PCT UBND tỉnh;",
      "- Các sở, ban, ngành;", "- UBND các huyện, thành phố;", "- Lưu: VT, KSTT."],
    signer: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Nguyễn Đăng Bình"],
  }),
  { t: "section", landscape: true },
  { text: "PHỤ LỤC", bold: true, align: "center" },
  { text: "PHÂN CÔNG NHIỆM VỤ VÀ THỜI HẠN HOÀN THÀNH", bold: true, align: "center" },
  { text: "(Kèm theo Kế hoạch số 28/KH-UBND ngày 17/02/2025 của UBND tỉnh Bắc Kạn)", italic: true, align: "center" },
  matrix(),
  { text: "C: chủ trì; P: phối hợp.", italic: true, size: 20 },
];

const CSS = `@page{size:A4;margin:2cm 1.5cm 2cm 3cm}@page land{size:A4 landscape;margin:1.5cm}
.landscape{page:land}body{font-family:"Liberation Serif","DejaVu Serif",serif;font-size:13pt}
p{margin:0 0 4pt;text-align:justify}table{border-collapse:collapse;width:100%;margin:4pt 0}
table.grid td{border:0.6pt solid #000;padding:1pt 2pt;font-size:9pt;vertical-align:middle}
table.plain td{vertical-align:top;text-align:center}tr.head td{font-weight:bold;text-align:center}`;

const dir = await writeWordAndText(SLUG, blocks, "Kế hoạch 28/KH-UBND");
weasyPrintPdf(dir, toHtml(blocks, CSS).replace(/<\/body>/, "</div></body>"));
console.log("wrote", dir);

// 07: Thái Nguyên, UBND tỉnh (after the reorganisation), 16/01/2026 — legal education (PBGDPL) 2026. II is ONE
// table in its own LANDSCAPE section: one row per unit (STT | Đơn vị chủ trì) and one column per quarter (Quý I …
// Quý IV under a two-row header "Nhiệm vụ, thời gian thực hiện"); the work sits in the quarter's cell as numbered
// paragraphs "<row>.<n>." with "(trước dd/mm)" and "(PH: …)" in brackets; a cell may span two quarters, a row's
// cell may span all four (recurring). III prose. plan.pdf: Chromium from HTML (named landscape page).
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "07-thai-nguyen-2026-unit-rows-quarter-cells-row-dot-item-numbers-merged-quarters-landscape-section";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const TP = "Sở Tư pháp";
const GD = "Sở Giáo dục và Đào tạo";
const XA = "UBND cấp xã";
const QEND = ["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"];
// item: [text, title, due | null (= end of the cell's last quarter), co[]]
// row: [unit written, lead, cells]; a cell: {q: first quarter 0-3, span, items} | {q, span, text} (no number)
const ROWS = [
  ["Sở Tư pháp (cơ quan thường trực Hội đồng phối hợp PBGDPL tỉnh)", [TP], [
    { q: 0, items: [
      ["Tham mưu ban hành Kế hoạch hoạt động của Hội đồng phối hợp PBGDPL tỉnh năm 2026 (trước 15/02)",
        "Tham mưu ban hành Kế hoạch hoạt động của Hội đồng phối hợp PBGDPL tỉnh năm 2026", "2026-02-14", []],
      ["Cập nhật tài liệu phổ biến các luật có hiệu lực từ 01/01/2026 lên Cổng Phổ biến, giáo dục pháp luật tỉnh",
        null, null, []]] },
    { q: 1, items: [["Tổ chức hội nghị phổ biến các luật, nghị quyết mới được Quốc hội thông qua (PH: Sở Nội vụ)",
      "Tổ chức hội nghị phổ biến các luật, nghị quyết mới được Quốc hội thông qua", null, ["Sở Nội vụ"]]] },
    { q: 2, items: [["Tổ chức Cuộc thi trực tuyến “Tìm hiểu pháp luật” trên địa bàn tỉnh (PH: Tỉnh đoàn, Sở Giáo " +
      "dục và Đào tạo)", "Tổ chức Cuộc thi trực tuyến “Tìm hiểu pháp luật” trên địa bàn tỉnh", null,
    ["Tỉnh đoàn", GD]]] },
    { q: 3, items: [
      ["Tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam năm 2026 (PH: các sở, ban, ngành)",
        "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam năm 2026", null, ["@departments"]],
      ["Tổng kết công tác PBGDPL năm 2026, báo cáo UBND tỉnh (trước 10/12)", "Tổng kết công tác PBGDPL năm 2026",
        "2026-12-09", []]] },
  ]],
  ["Công an tỉnh", ["Công an tỉnh"], [
    { q: 0, items: [["Phổ biến Luật Trật tự, an toàn giao thông đường bộ cho học sinh trung học phổ thông (PH: Sở " +
      "Giáo dục và Đào tạo)", "Phổ biến Luật Trật tự, an toàn giao thông đường bộ cho học sinh trung học phổ thông",
    null, [GD]]] },
    { q: 1, span: 2, items: [["Tuyên truyền pháp luật về phòng, chống ma túy, mua bán người tại các xã vùng cao " +
      "(PH: Sở Dân tộc và Tôn giáo; thực hiện trong quý II và quý III)", "Tuyên truyền pháp luật về phòng, chống ma túy, mua bán người tại các xã " +
      "vùng cao", null, ["Sở Dân tộc và Tôn giáo"]]] },
    { q: 3, text: "-" },
  ]],
  ["Sở Giáo dục và Đào tạo", [GD], [
    { q: 0, text: "-" },
    { q: 1, items: [["Tổng kết việc lồng ghép giáo dục pháp luật trong các môn học năm học 2025-2026 (trước " +
      "31/5)", "Tổng kết việc lồng ghép giáo dục pháp luật trong các môn học năm học 2025-2026", "2026-05-30", []]] },
    { q: 2, items: [["Bồi dưỡng kiến thức pháp luật cho giáo viên dạy môn Giáo dục kinh tế và pháp luật",
      null, null, []]] },
    { q: 3, text: "Thực hiện thường xuyên" },
  ]],
  ["Sở Nông nghiệp và Môi trường", ["Sở Nông nghiệp và Môi trường"], [
    { q: 0, items: [["Phổ biến Luật Đất đai và các văn bản hướng dẫn cho công chức địa chính cấp xã (PH: UBND các " +
      "xã, phường)", "Phổ biến Luật Đất đai và các văn bản hướng dẫn cho công chức địa chính cấp xã", null, [XA]]] },
    { q: 1, items: [["Phổ biến Luật Tài nguyên nước cho các doanh nghiệp khai thác khoáng sản (trong tháng 5)",
      "Phổ biến Luật Tài nguyên nước cho các doanh nghiệp khai thác khoáng sản", "2026-05-31", []]] },
    { q: 2, items: [["Tuyên truyền pháp luật về lâm nghiệp, phòng cháy, chữa cháy rừng cho người dân sống gần rừng",
      null, null, []]] },
    { q: 3, text: "-" },
  ]],
  ["Báo và Phát thanh, Truyền hình Thái Nguyên", ["Báo và Phát thanh, Truyền hình Thái Nguyên"], [
    { q: 0, span: 4, text: "Duy trì chuyên mục “Pháp luật và đời sống” phát sóng hằng tuần" },
  ]],
  ["Các sở, ban, ngành", ["@departments"], [
    { q: 0, items: [["Ban hành kế hoạch PBGDPL năm 2026 của cơ quan, đơn vị (trước 28/02)",
      "Ban hành kế hoạch PBGDPL năm 2026 của cơ quan, đơn vị", "2026-02-27", []]] },
    { q: 1, items: [["Báo cáo kết quả công tác PBGDPL 6 tháng đầu năm, gửi Sở Tư pháp (trước 15/6)",
      "Báo cáo kết quả công tác PBGDPL 6 tháng đầu năm", "2026-06-14", []]] },
    { q: 2, text: "-" },
    { q: 3, items: [["Báo cáo kết quả công tác PBGDPL năm 2026, gửi Sở Tư pháp (trước 15/11)",
      "Báo cáo kết quả công tác PBGDPL năm 2026", "2026-11-14", []]] },
  ]],
  ["UBND các xã, phường", [XA], [
    { q: 0, items: [["Kiện toàn đội ngũ hòa giải viên ở cơ sở sau sắp xếp thôn, tổ dân phố", null, null, []]] },
    { q: 1, items: [["Phổ biến pháp luật bằng tiếng dân tộc tại các thôn, bản vùng sâu, vùng xa", null, null, []]] },
    { q: 2, text: "-" },
    { q: 3, items: [["Đánh giá, công nhận xã, phường đạt chuẩn tiếp cận pháp luật năm 2026 (PH: Sở Tư pháp)",
      "Đánh giá, công nhận xã, phường đạt chuẩn tiếp cận pháp luật năm 2026", null, [TP]]] },
  ]],
];

const tasks = [];
const trows = ROWS.map(([unit, lead, cells], ri) => {
  let n = 0;
  const out = [{ text: String(ri + 1), align: "center", list: { kind: "cell", inst: "stt" } }, unit];
  for (const c of cells) {
    const cell = c.span ? { span: c.span } : {};
    if (c.text) out.push({ ...cell, text: c.text, align: c.text === "-" ? "center" : undefined });
    else {
      out.push({ ...cell, paras: c.items.map(([text, title, due, co]) => {
        const num = `${ri + 1}.${++n}.`;
        const d = due ?? QEND[c.q + (c.span ?? 1) - 1];
        tasks.push(task(num.slice(0, -1), title ?? text, d, lead, co));
        return { num, text };
      }) });
    }
  }
  return out;
});
tasks.sort((a, b) => a.ref.localeCompare(b.ref, "en", { numeric: true }));
tasks.push(task("III.2", "Bố trí kinh phí thực hiện công tác PBGDPL năm 2026", "2026-03-31", ["Sở Tài chính"]));

const W = [700, 2500, 2840, 2840, 2840, 2840];
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 09/KH-UBND", "Thái Nguyên, ngày 16 tháng 01 năm 2026",
    "KẾ HOẠCH", "Phổ biến, giáo dục pháp luật trên địa bàn tỉnh Thái Nguyên năm 2026"),
  { t: "p", text: "I. MỤC ĐÍCH, YÊU CẦU", bold: true },
  { t: "p", text: "1. Đưa các luật, nghị quyết mới đến với cán bộ, công chức và Nhân dân kịp thời, nhất là các văn " +
    "bản liên quan đến tổ chức chính quyền địa phương hai cấp." },
  { t: "p", text: "2. Phân công cụ thể nhiệm vụ của từng cơ quan, đơn vị theo từng quý; lồng ghép hoạt động phổ " +
    "biến pháp luật với các nhiệm vụ chính trị của địa phương." },
  { t: "p", text: "II. NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ THEO QUÝ", bold: true },
  { t: "p", text: "Thời hạn của mỗi nhiệm vụ là ngày cuối cùng của quý ghi nhiệm vụ, trừ nhiệm vụ có ghi thời hạn " +
    "riêng trong ngoặc đơn.", italic: true },
  { t: "sect" },
  { t: "table", widths: W, header: 2, rows: [
    [{ text: "STT", vm: "restart", rows: 2 }, { text: "Đơn vị chủ trì", vm: "restart", rows: 2 },
      { text: "Nhiệm vụ, thời gian thực hiện", span: 4 }],
    [{ text: "", vm: "continue" }, { text: "", vm: "continue" }, "Quý I", "Quý II", "Quý III", "Quý IV"],
    ...trows,
  ] },
  { t: "sect", landscape: true },
  { t: "p", text: "III. TỔ CHỨC THỰC HIỆN", bold: true },
  { t: "p", text: "1. Sở Tư pháp theo dõi, hướng dẫn, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch; tổng hợp, báo " +
    "cáo UBND tỉnh theo quy định." },
  { t: "p", text: "2. Sở Tài chính tham mưu bố trí kinh phí thực hiện công tác PBGDPL năm 2026 trong dự toán của các " +
    "cơ quan, đơn vị, hoàn thành trong quý I/2026." },
  { t: "p", text: "3. Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp tuyên truyền " +
    "trong đoàn viên, hội viên." },
  ...sign(["Bộ Tư pháp (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành tỉnh",
    "UBND các xã, phường", "Báo và PT, TH Thái Nguyên"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Đỗ Minh Hằng"),
];

const css = "@page{size:A4;margin:2cm 1.5cm 2cm 2.5cm}@page land{size:A4 landscape;margin:1.5cm}" +
  ".sec-1{page:land}.sec-2{padding-top:6pt}table.bd th{border:1px solid #000;font-size:11.5pt}table.bd td:first-child{text-align:center}" +
  "table.nb td:first-child{text-align:left;font-size:11pt}table.bd tr{break-inside:avoid}";
await build(DIR, {
  blocks, printer: "chromium", css,
  expected: {
    id: ID,
    style: "Kế hoạch 09/KH-UBND of UBND tỉnh Thái Nguyên (after the reorganisation: merged departments, UBND các " +
      "xã, phường), 16/01/2026, legal education 2026. I aims. II one table in its own LANDSCAPE section (portrait " +
      "before and after): STT | Đơn vị chủ trì | 'Nhiệm vụ, thời gian thực hiện' spanning Quý I | Quý II | Quý III " +
      "| Quý IV (two-row header, merged cells). ONE ROW PER UNIT; the work is written in the quarter's cell as " +
      "numbered paragraphs '<row>.<n>.' (1.1.-1.6., 2.1. …): ref = that number ('1.4'), the row's unit leads " +
      "(row 1's bracket '(cơ quan thường trực …)' is its role, dropped; 'Các sở, ban, ngành' = @departments; " +
      "'UBND các xã, phường' = UBND cấp xã, unresolved), '(PH: …)' coordinates. II's italic note: due = the last " +
      "day of the cell's quarter unless the item brackets its own: 'trước 15/02' -> 14/2 (Sat; Tết 16-20/2) -> " +
      "23/2; 'trước 10/12' -> 9/12; 'trước 31/5' -> 30/5 Sat -> 1/6; 'trong tháng 5' -> 31/5 Sun -> 1/6; 'trước " +
      "28/02' -> 27/2; 'trước 15/6' -> 14/6 Sun -> 15/6; 'trước 15/11' -> 14/11 Sat -> 16/11 (years: 2026). Quarter " +
      "ends 31/3, 30/6, 30/9, 31/12 2026. Row 2's 2.2 cell spans Quý II-III (its bracket says so too, for plan.txt where a merged cell is one cell) -> 30/9. Left out: '-' cells, 3's Quý " +
      "IV 'Thực hiện thường xuyên', row 5's cell over all four quarters 'hằng tuần' (no number). 1.2 '01/01/2026' " +
      "is a law's start, not a deadline. 'báo cáo UBND tỉnh', 'gửi Sở Tư pháp' recipients. III.2 'trong quý " +
      "I/2026' -> 31/3; III.1 and III.3 undated.",
    province: "Thái Nguyên",
    plan: { number: "09/KH-UBND", date: "2026-01-16" },
    tasks,
    unresolved: [XA],
    successors: [],
  },
});

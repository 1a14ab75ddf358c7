// 03: Bắc Kạn, UBND tỉnh, Kế hoạch 215/KH-UBND, 08/4/2024 — Chương trình OCOP năm 2024. Habit: HIDDEN TEXT
// (w:vanish) left in the Word file by the drafters: drafting notes inside cells ("[Đề nghị VP kiểm tra lại]"), the OLD
// deadline hidden right before the new one in the same time cell, a coordinator hidden inside a unit cell, a whole
// hidden table row (a task dropped at the last reading: w:trPr/w:hidden, every run and paragraph mark vanished) and a
// hidden paragraph in section III with its own date. What counts is what prints: plan.pdf (LibreOffice) shows no
// hidden text, plan.txt has none. Markers: ⟦H:…⟧ hidden text (dropped from plan.txt by the kit), ⟦HROW⟧ / ⟦HPARA⟧ a
// hidden row / paragraph (also left out of plan.txt).
import { build, task, toText } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";

const ID = "03-bac-kan-2024-table-hidden-text-vanish-old-deadline-drafting-notes-hidden-row-and-paragraph";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NN = "Sở Nông nghiệp và Phát triển nông thôn", CT = "Sở Công Thương", KHCN = "Sở Khoa học và Công nghệ";
const TC = "Sở Tài chính", KH = "Sở Kế hoạch và Đầu tư", VH = "Sở Văn hóa, Thể thao và Du lịch", YT = "Sở Y tế";
const TT = "Sở Thông tin và Truyền thông", H = "UBND các huyện, thành phố", VPDP = "Văn phòng Điều phối nông thôn mới tỉnh";

// [content, lead cell, coord cell, time cell, due|null, lead[], coord[]]; "HIDDEN" first = the dropped row
const rowsData = [
  ["Rà soát, đánh giá lại các sản phẩm OCOP hết thời hạn chứng nhận trong năm 2024⟦H: [Đề nghị VP kiểm tra lại]⟧", NN, H,
    "Trước ngày 31/5/2024", "2024-05-30", [NN], ["@districts"]],
  ["Tập huấn kiến thức về Chương trình OCOP, kỹ năng xây dựng hồ sơ sản phẩm cho các chủ thể sản xuất", VPDP, CT,
    "⟦H:Tháng 5/2024 ⟧Tháng 6/2024", "2024-06-30", [VPDP], [CT]],
  ["Hỗ trợ xây dựng tiêu chuẩn cơ sở, truy xuất nguồn gốc, bảo hộ nhãn hiệu cho sản phẩm OCOP", KHCN, `${NN}; ${H}`,
    "Quý III/2024", "2024-09-30", [KHCN], [NN, "@districts"]],
  ["Tổ chức Hội chợ sản phẩm OCOP và nông sản tiêu biểu tỉnh Bắc Kạn năm 2024", CT,
    `${NN}; ⟦H:${VH}; ⟧UBND thành phố Bắc Kạn`, "⟦H:Trước ngày 30/9/2024 ⟧Chậm nhất ngày 15/10/2024", "2024-10-15",
    [CT], [NN, "UBND thành phố Bắc Kạn"]],
  ["Thẩm định, bố trí kinh phí hỗ trợ các chủ thể OCOP theo Nghị quyết của HĐND tỉnh", TC, NN, "Tháng 7/2024",
    "2024-07-31", [TC], [NN]],
  ["HIDDEN", "Xây dựng phần mềm quản lý, giới thiệu sản phẩm OCOP của tỉnh", TT, NN, "Quý II/2024"],
  ["Quảng bá sản phẩm OCOP trên Cổng thông tin điện tử tỉnh và các sàn thương mại điện tử", TT, CT, "Thường xuyên", null],
  ["Kiểm tra điều kiện bảo đảm an toàn thực phẩm đối với sản phẩm OCOP thuộc nhóm thực phẩm⟦H: (Sở Y tế chưa có ý kiến)⟧",
    YT, `${NN}; ${CT}`, "Quý IV/2024", "2024-12-31", [YT], [NN, CT]],
  ["Gắn phát triển sản phẩm OCOP với du lịch cộng đồng vùng Hồ Ba Bể", "UBND huyện Ba Bể", VH, "Tháng 9/2024",
    "2024-09-30", ["UBND huyện Ba Bể"], [VH]],
  ["Đánh giá, phân hạng sản phẩm OCOP cấp huyện đợt 1 năm 2024", H, VPDP, "⟦H:Tháng 7/2024 ⟧Trước ngày 20/8/2024",
    "2024-08-19", ["@districts"], [VPDP]],
  ["Tổ chức đánh giá, phân hạng sản phẩm OCOP cấp tỉnh năm 2024", NN, `${CT}; ${KHCN}; ${YT}`, "Tháng 11/2024",
    "2024-11-30", [NN], [CT, KHCN, YT]],
  ["Hỗ trợ phụ nữ khởi nghiệp, phát triển sản phẩm OCOP", "Hội Liên hiệp Phụ nữ tỉnh", NN, "Hằng năm", null],
  ["Tham mưu bố trí vốn đầu tư phát triển cho hạ tầng phục vụ sản xuất sản phẩm OCOP năm 2025", KH, TC,
    "⟦H:Quý III/2024 ⟧Trước ngày 10/11/2024", "2024-11-09", [KH], [TC]],
  ["Tổng kết thực hiện Chương trình OCOP năm 2024, báo cáo UBND tỉnh", NN, H, "Đến ngày 20/12/2024", "2024-12-20",
    [NN], ["@districts"]],
];

const rows = [["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"]];
const printedRows = [rows[0]];
const tasks = [];
let stt = 0;
for (const r of rowsData) {
  if (r[0] === "HIDDEN") {
    // the dropped task: its typed number 6 and every cell hidden (the visible rows were renumbered by the list)
    rows.push([{ text: `⟦HROW⟧⟦H:${stt + 1}⟧`, align: "center" }, ...r.slice(1).map((t) => `⟦H:${t}⟧`)]);
    continue;
  }
  const [content, lc, cc, time, due, lead, coord] = r;
  stt++;
  const row = [{ text: String(stt), align: "center", list: { kind: "cell", inst: "stt" } }, content, lc, cc, time];
  rows.push(row);
  printedRows.push(row);
  if (due) tasks.push(task(String(stt), content.replace(/⟦[^⟧]*⟧/g, ""), due, lead, coord));
}

const TABLE = (rs) => ({ t: "table", widths: [600, 3600, 1800, 2000, 1400], header: 1, rows: rs });
const HIDDEN_PARA = { t: "p", num: "3.", text: "⟦HPARA⟧⟦H:UBND các huyện, thành phố gửi báo cáo sơ kết 6 tháng thực hiện " +
  "Chương trình OCOP về Sở Nông nghiệp và Phát triển nông thôn trước ngày 15/6/2024.⟧", align: "justify" };
const blocksOf = (table, hidden) => [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 215/KH-UBND", "Bắc Kạn, ngày 08 tháng 4 năm 2024", "KẾ HOẠCH",
    "Thực hiện Chương trình Mỗi xã một sản phẩm (OCOP) tỉnh Bắc Kạn năm 2024"),
  { t: "p", align: "justify", text: "Căn cứ Quyết định của Thủ tướng Chính phủ phê duyệt Chương trình Mỗi xã một sản phẩm " +
    "giai đoạn 2021-2025;⟦H: (bổ sung số, ngày Quyết định)⟧ nhằm tiếp tục nâng cao chất lượng, giá trị và sức cạnh " +
    "tranh của sản phẩm OCOP, Ủy ban nhân dân tỉnh Bắc Kạn ban hành Kế hoạch năm 2024 như sau:" },
  { t: "p", num: "I.", text: "MỤC TIÊU", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Phấn đấu năm 2024 có thêm ít nhất 30 sản phẩm đạt từ 3 sao trở lên; 100% sản phẩm " +
    "OCOP được quảng bá trên các sàn thương mại điện tử.⟦H: Số liệu theo báo cáo năm 2023 của VPĐP.⟧" },
  { t: "p", num: "II.", text: "NHIỆM VỤ, PHÂN CÔNG THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  table,
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", num: "1.", text: "Sở Nông nghiệp và Phát triển nông thôn là cơ quan thường trực, theo dõi, đôn đốc các cơ " +
    "quan, đơn vị thực hiện Kế hoạch; tổng hợp khó khăn, vướng mắc, báo cáo UBND tỉnh.", align: "justify",
    list: { kind: "decimal", inst: "o" } },
  { t: "p", num: "2.", text: "Các sở, ban, ngành, UBND các huyện, thành phố chủ động bố trí nguồn lực, lồng ghép các " +
    "chương trình, dự án để thực hiện có hiệu quả các nhiệm vụ được giao.", align: "justify",
    list: { kind: "decimal", inst: "o" } },
  ...(hidden ? [HIDDEN_PARA] : []),
  ...sign(["Văn phòng Điều phối NTM Trung ương (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "CT, các PCT UBND tỉnh",
    "Các sở, ban, ngành", H], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đỗ Thị Minh Hoa"),
];
const blocks = blocksOf(TABLE(rows), true);
const txt = toText(blocksOf(TABLE(printedRows), false));

// Word XML: ⟦HROW⟧ row -> w:trPr/w:hidden and vanished paragraph marks; ⟦HPARA⟧ paragraph -> vanished mark;
// ⟦H:…⟧ -> its own run with w:vanish.
const VANISH_MARK = "<w:rPr><w:vanish/></w:rPr></w:pPr>";
function transform(doc) {
  doc = doc.replace(/<w:tr>(?:(?!<\/w:tr>).)*<\/w:tr>/gs, (tr) => !tr.includes("⟦HROW⟧") ? tr :
    tr.replace("⟦HROW⟧", "").replace(/^<w:tr>/, "<w:tr><w:trPr><w:hidden/></w:trPr>").replace(/<\/w:pPr>/g, VANISH_MARK));
  doc = doc.replace(/<w:p>(?:(?!<\/w:p>).)*<\/w:p>/gs, (p) => !p.includes("⟦HPARA⟧") ? p :
    p.replace("⟦HPARA⟧", "").replace("</w:pPr>", VANISH_MARK)
      .replace(/<w:r><w:rPr>(.*?)<\/w:rPr><w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r>/g, (_, rpr, t) =>
        `<w:r><w:rPr>${rpr.replace("<w:sz", "<w:vanish/><w:sz")}</w:rPr><w:t xml:space="preserve">${t}</w:t></w:r>`));
  return doc.replace(/<w:r><w:rPr>((?:(?!<\/w:rPr>).)*)<\/w:rPr><w:t xml:space="preserve">([^<]*⟦H:[^<]*)<\/w:t><\/w:r>/g,
    (_, rpr, t) => t.split(/(⟦H:[^⟧]*⟧)/).filter(Boolean).map((part) => {
      const m = /^⟦H:([^⟧]*)⟧$/.exec(part);
      const pr = m && !rpr.includes("<w:vanish/>") ? rpr.replace("<w:sz", "<w:vanish/><w:sz") : rpr;
      return `<w:r><w:rPr>${pr}</w:rPr><w:t xml:space="preserve">${m ? m[1] : part}</w:t></w:r>`;
    }).join(""));
}

await build(DIR, {
  blocks, txt, printer: "libreoffice", extra: { transform },
  expected: {
    id: ID,
    style: "Kế hoạch 215/KH-UBND of UBND tỉnh Bắc Kạn, 08/4/2024 (old departments, districts: 'UBND các huyện, thành " +
      "phố' = @districts; UBND huyện Ba Bể, UBND thành phố Bắc Kạn by name; Văn phòng Điều phối nông thôn mới tỉnh " +
      "unresolved), Chương trình OCOP 2024. Habit: HIDDEN TEXT (w:vanish) in both Word files; the answer is what prints. " +
      "Hidden: drafting notes in cells 1 and 7 ('[Đề nghị VP kiểm tra lại]', '(Sở Y tế chưa có ý kiến)'), in the Căn cứ " +
      "and in I; OLD deadlines hidden before the new ones in the same time cell (2: hidden 'Tháng 5/2024' + 'Tháng " +
      "6/2024'; 4: hidden 'Trước ngày 30/9/2024' + 'Chậm nhất ngày 15/10/2024'; 9: hidden 'Tháng 7/2024' + 'Trước ngày " +
      "20/8/2024'; 12: hidden 'Quý III/2024' + 'Trước ngày 10/11/2024'); a hidden coordinator in row 4 (Sở Văn hóa, " +
      "Thể thao và Du lịch, not a coordinator); a whole HIDDEN ROW after row 5 (typed STT 6, 'Xây dựng phần mềm quản lý, " +
      "giới thiệu sản phẩm OCOP …', Sở TT&TT, Quý II/2024: w:trPr/w:hidden, all runs and marks vanished: no task; the " +
      "visible rows run 1-13 in the Word list); a hidden paragraph III.3 ('… trước ngày 15/6/2024'): no task. Table STT " +
      "| Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn hoàn thành, ref = STT. Dates: 1 'Trước ngày " +
      "31/5/2024' -> 30/5 Thu; 2 'Tháng 6/2024' 30/6 Sun -> 1/7 Mon; 3 'Quý III/2024' 30/9 Mon; 4 'Chậm nhất ngày " +
      "15/10/2024' Tue; 5 'Tháng 7/2024' 31/7 Wed; 6 'Thường xuyên' no task; 7 'Quý IV/2024' 31/12 Tue; 8 'Tháng 9/2024' " +
      "30/9; 9 'Trước ngày 20/8/2024' -> 19/8 Mon; 10 'Tháng 11/2024' 30/11 Sat -> 2/12 Mon; 11 'Hằng năm' no task; 12 " +
      "'Trước ngày 10/11/2024' -> 9/11 Sat -> 11/11 Mon; 13 'Đến ngày 20/12/2024' Fri ('báo cáo UBND tỉnh' a recipient). " +
      "plan.pdf: LibreOffice (hidden text not printed).",
    province: "Bắc Kạn",
    plan: { number: "215/KH-UBND", date: "2024-04-08" },
    tasks, unresolved: [VPDP], successors: [],
  },
});

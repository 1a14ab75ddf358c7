// Document 05: Thái Nguyên 2026 checklist matrix; plan.pdf by LibreOffice Writer from plan-auto.docx.
import { P, T, SECTION, headerBlock, signatureBlock, writeWordAndText, writeExpected, libreOfficePdf } from "./lib.mjs";
import { COLUMNS, GROUPS, STYLE, FN_REPORT } from "./05-data.mjs";

const FOLDER = "05-thai-nguyen-2026-checklist-matrix-glyphs";
const BOX = { sym: ["Wingdings", "F0A8"], uni: "☐" };
// the marks that carry data are Unicode (typed through Insert > Symbol, font "Segoe UI Symbol")
const LEAD = "●";
const HELP = "○";

const head = (t) => ({ t, b: true, align: "center", fill: "D9D9D9" });
const widths = [400, 520, 3900, ...COLUMNS.map(() => 680), 1900, 2400];

function row(r) {
  const [ref, title, marks, other, deadline] = r;
  const m = Object.fromEntries(marks.split(" ").map((x) => x.split(":")));
  const cells = COLUMNS.map(([abbr]) => {
    const mk = m[abbr];
    return { t: mk === "●" ? [LEAD] : mk === "○" ? [HELP] : "", align: "center" };
  });
  return [{ t: [BOX], align: "center" }, { t: ref, align: "center" }, title, ...cells, other, { t: deadline }];
}

const rows = [
  [head([BOX]), head("TT"), head("Nhiệm vụ"), ...COLUMNS.map(([a]) => head(a)), head("Đơn vị khác"), head("Thời hạn")],
];
for (const [name, tasks] of GROUPS) {
  rows.push([{ t: name, b: true, colSpan: widths.length, fill: "F2F2F2" }]);
  for (const r of tasks) rows.push(row(r));
}

const blocks = [
  headerBlock(["UBND TỈNH THÁI NGUYÊN", "_______"], "Số: 41/KH-UBND", "Thái Nguyên, ngày 10 tháng 3 năm 2026"),
  P({ b: "KẾ HOẠCH" }, { align: "center", before: 240 }),
  P({ b: "Thực hiện các nhiệm vụ cải thiện Chỉ số CCHC, Chỉ số SIPAS năm 2026" }, { align: "center" }),
  P({ b: "(kèm Bảng kiểm nhiệm vụ)" }, { align: "center", after: 200 }),
  P([
    "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính ",
    "nhà nước giai đoạn 2021 - 2030;",
  ]),
  P(["Căn cứ chế độ báo cáo định kỳ của cơ quan hành chính nhà nước", { fn: FN_REPORT }, ";"]),
  P(
    "Căn cứ Kế hoạch số 12/KH-UBND ngày 20/01/2026 của UBND tỉnh về cải cách hành chính năm 2026; kết quả Chỉ số " +
      "CCHC năm 2024 của tỉnh do Bộ Nội vụ công bố ngày 20/5/2025,",
  ),
  P("UBND tỉnh ban hành Kế hoạch thực hiện các nhiệm vụ cải thiện Chỉ số CCHC, Chỉ số SIPAS năm 2026 như sau:"),
  P({ b: "I. MỤC ĐÍCH, YÊU CẦU" }),
  P(
    "1. Cụ thể hóa nhiệm vụ thành bảng kiểm để từng cơ quan, đơn vị tự theo dõi, đánh dấu khi hoàn thành; phấn đấu " +
      "Chỉ số CCHC năm 2026 của tỉnh tăng ít nhất 03 bậc so với năm 2025.",
  ),
  P("2. Mỗi nhiệm vụ có đơn vị chủ trì, thời hạn rõ ràng; kết quả là căn cứ chấm điểm tiêu chí thực hiện kế hoạch."),
  P({ b: "II. BẢNG KIỂM NHIỆM VỤ" }),
  P([
    "Ký hiệu: ",
    LEAD,
    " đơn vị chủ trì; ",
    HELP,
    " đơn vị phối hợp; ",
    BOX,
    " ô đơn vị đánh dấu khi đã hoàn thành. (CT): chủ trì; (PH): phối hợp.",
  ]),
  P(
    "Chữ viết tắt: SNV - Sở Nội vụ; VP - Văn phòng UBND tỉnh; STC - Sở Tài chính; KHCN - Sở Khoa học và Công " +
      "nghệ; STP - Sở Tư pháp; CAT - Công an tỉnh; SBN - các sở, ban, ngành tỉnh; XP - UBND các xã, phường; " +
      "CCHC - cải cách hành chính; TTHC - thủ tục hành chính.",
    { italic: true },
  ),
  SECTION({ landscape: true, margin: { top: 1000, bottom: 1000, left: 1134, right: 1134 } }),
  T(widths, rows, { size: 20, headerRows: 1 }),
  SECTION({ margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } }),
  P({ b: "III. TỔ CHỨC THỰC HIỆN" }),
  P(
    "1. Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường đánh dấu vào ô ☐ các nhiệm vụ đã hoàn thành, " +
      "gửi Bảng kiểm về Sở Nội vụ kèm báo cáo quý; nhiệm vụ chậm tiến độ phải nêu rõ nguyên nhân.",
  ),
  P(
    "2. Sở Nội vụ theo dõi, đôn đốc, tổng hợp kết quả thực hiện Bảng kiểm; tham mưu UBND tỉnh xử lý trách nhiệm " +
      "người đứng đầu cơ quan, đơn vị không hoàn thành nhiệm vụ được giao.",
  ),
  P(
    "3. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán của các cơ quan, đơn vị theo phân cấp " +
      "ngân sách hiện hành.",
  ),
  P("Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh./."),
  signatureBlock(
    ["- Bộ Nội vụ (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "- Chủ tịch, các PCT UBND tỉnh;",
      "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;", "- Lưu: VT, NC."],
    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Nguyễn Thị Hương Giang"],
  ),
];

const tasks = [];
for (const [, group] of GROUPS) {
  for (const [ref, title, , , , exp] of group) {
    if (!exp) continue;
    const [due, effectiveDue, lead, coordinators] = exp;
    tasks.push({ ref, title, due, effectiveDue, inherited: false, lead, coordinators });
  }
}

const dir = await writeWordAndText(FOLDER, { blocks, first: { title: "Kế hoạch 41/KH-UBND" } });
writeExpected(FOLDER, {
  style: STYLE,
  province: "Thái Nguyên",
  plan: { number: "41/KH-UBND", date: "2026-03-10" },
  unresolved: ["Trung tâm Phục vụ hành chính công tỉnh", "UBND cấp xã"],
  successors: [],
  tasks,
});
if (!process.argv.includes("--no-pdf")) libreOfficePdf(dir);

// 06: Thái Nguyên 2026 (after the reorganisation, Bắc Kạn merged in), UBND tỉnh, Quyết định 812/QĐ-UBND, 14/5/2026
// — điều chỉnh, bổ sung the task list of Kế hoạch 31/KH-UBND (PCI 2026), the Phụ lục RE-ISSUED WHOLE: rows that are
// dropped stay in the table STRUCK THROUGH (w:strike on every run) with "(Bãi bỏ)" / "Bãi bỏ theo Công văn số …" in
// Ghi chú; added rows at the end in red italics, Ghi chú "(Bổ sung)"; changed deadlines show the new date only
// (Ghi chú "Điều chỉnh thời hạn"). plan.txt is a clerk's copy (the strike is lost, the notes kept). Own transform
// of the Word XML: ⟦S⟧ in a paragraph -> every run struck; ⟦B⟧ -> every run italic and red. plan.pdf: LibreOffice
// then Ghostscript pdfwrite (the kit's "ghostscript" printer).
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";

const ID = "06-thai-nguyen-2026-reissued-table-struck-bai-bo-rows-red-italic-bo-sung-rows-new-deadline-only";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const TC = "Sở Tài chính";
const VP = "Văn phòng UBND tỉnh";
const HH = "Hiệp hội Doanh nghiệp tỉnh";
const XA = "UBND cấp xã";

// [mark ("" | "S" struck | "B" added), task, lead, coordinators, time, note]
const R = [
  ["", "Rà soát, công bố danh mục thủ tục hành chính lĩnh vực đầu tư, đất đai, xây dựng được cắt giảm thời gian giải quyết",
    TC, VP, "Trước 31/5/2026", ""],
  ["S", "Tổ chức Hội nghị đối thoại với doanh nghiệp, nhà đầu tư quý I năm 2026", TC, HH, "Tháng 3/2026", "(Bãi bỏ)"],
  ["", "Xây dựng Bộ chỉ số đánh giá năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI) của tỉnh", TC,
    `${HH}; ${VP}`, "Quý III/2026", "Điều chỉnh thời hạn"],
  ["", "Công khai quy hoạch, kế hoạch sử dụng đất cấp xã trên Cổng thông tin điện tử tỉnh",
    "Sở Nông nghiệp và Môi trường", XA, "30/6/2026", ""],
  ["S", "Rút ngắn thời gian thẩm định thiết kế cơ sở các dự án sử dụng vốn ngoài ngân sách xuống còn 20 ngày",
    "Sở Xây dựng", "", "Quý II/2026", "Bãi bỏ theo Công văn số 1520/UBND-KT ngày 08/5/2026 của UBND tỉnh"],
  ["", "Giải quyết thủ tục cấp giấy phép xây dựng trực tuyến toàn trình tại Trung tâm Phục vụ hành chính công",
    "Sở Xây dựng", VP, "Tháng 7/2026", ""],
  ["", "Tổ chức Hội nghị gặp mặt, đối thoại doanh nghiệp 6 tháng cuối năm 2026", TC, `${HH}; ${VP}`,
    "Tháng 10/2026", "Điều chỉnh thời hạn"],
  ["", "Hướng dẫn doanh nghiệp nhỏ và vừa tiếp cận các chương trình hỗ trợ xúc tiến thương mại, chuyển đổi số",
    "Sở Công Thương", TC, "Quý II/2026", ""],
  ["", "Thực hiện thanh tra, kiểm tra doanh nghiệp theo kế hoạch được duyệt, không chồng chéo", "Thanh tra tỉnh",
    "Các sở, ban, ngành", "Thường xuyên", ""],
  ["S", "Tập huấn kỹ năng số cho hộ kinh doanh chuyển đổi lên doanh nghiệp", "Sở Khoa học và Công nghệ", XA,
    "Tháng 6/2026", "(Bãi bỏ)"],
  ["", "Đánh giá, công bố kết quả DDCI năm 2026 đối với các sở, ban, ngành và UBND cấp xã", TC, "", "Trước 15/12/2026",
    "Điều chỉnh thời hạn"],
  ["", "Báo cáo kết quả thực hiện nhiệm vụ cải thiện chỉ số PCI năm 2026 (gửi Sở Tài chính tổng hợp)",
    `Các sở, ban, ngành; ${XA}`, "", "Trước ngày 20/11/2026", ""],
  ["B", "Triển khai hệ thống tiếp nhận, xử lý phản ánh, kiến nghị của doanh nghiệp trên nền tảng số của tỉnh",
    "Sở Khoa học và Công nghệ", VP, "Tháng 9/2026", "(Bổ sung)"],
  ["B", "Rà soát, đề xuất bãi bỏ các điều kiện kinh doanh không cần thiết trong văn bản quy phạm pháp luật của tỉnh",
    "Sở Tư pháp", "Các sở, ban, ngành", "15/8/2026", "(Bổ sung)"],
];

const mk = (m, s) => (m ? `⟦${m}⟧` : "") + s;
const rows = [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành", "Ghi chú"]
  .map((text) => ({ text, bold: true, align: "center" })),
  ...R.map(([m, ...c], i) => [{ text: mk(m, String(i + 1)), align: "center", list: { kind: "cell", inst: "stt" } },
    ...c.map((s, j) => (j === 3 ? { text: mk(m, s), align: "center" } : mk(m, s)))])];

const transform = (xml) => xml.replace(/<w:p[ >](?:(?!<\/w:p>).)*<\/w:p>/gs, (p) => {
  if (p.includes("⟦S⟧")) return p.replace(/⟦S⟧/g, "").replace(/<w:sz w:val=/g, "<w:strike/><w:sz w:val=");
  if (p.includes("⟦B⟧")) return p.replace(/⟦B⟧/g, "").replace(/<w:rPr>/g, "<w:rPr><w:i/>")
    .replace(/<w:sz w:val=/g, '<w:color w:val="FF0000"/><w:sz w:val=');
  return p;
});

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 812/QĐ-UBND", "Thái Nguyên, ngày 14 tháng 5 năm 2026", "QUYẾT ĐỊNH",
    "Điều chỉnh, bổ sung Danh mục nhiệm vụ ban hành kèm theo Kế hoạch số 31/KH-UBND ngày 10/02/2026 của UBND tỉnh " +
    "về cải thiện môi trường đầu tư kinh doanh, nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2026"),
  { t: "p", text: "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN", bold: true, align: "center", indent: false },
  { t: "p", italic: true, text: "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;" },
  { t: "p", italic: true, text: "Căn cứ Kế hoạch số 31/KH-UBND ngày 10/02/2026 của UBND tỉnh về cải thiện môi trường " +
    "đầu tư kinh doanh, nâng cao Chỉ số PCI năm 2026;" },
  { t: "p", italic: true, text: "Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 466/TTr-STC ngày 06/5/2026." },
  { t: "p", text: "QUYẾT ĐỊNH:", bold: true, align: "center", indent: false },
  { t: "p", text: "Điều 1. Điều chỉnh, bổ sung Danh mục nhiệm vụ ban hành kèm theo Kế hoạch số 31/KH-UBND ngày " +
    "10/02/2026 của UBND tỉnh. Danh mục nhiệm vụ được ban hành lại toàn bộ tại Phụ lục kèm theo Quyết định này; các " +
    "nhiệm vụ bị gạch ngang là nhiệm vụ bãi bỏ, các nhiệm vụ in nghiêng màu đỏ là nhiệm vụ bổ sung; thời hạn tại " +
    "cột \"Thời hạn hoàn thành\" là thời hạn đã điều chỉnh." },
  { t: "p", text: "Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Các nội dung khác của Kế hoạch số 31/KH-UBND giữ " +
    "nguyên hiệu lực." },
  { t: "p", text: "Điều 3. Chánh Văn phòng UBND tỉnh; Thủ trưởng các sở, ban, ngành; Chủ tịch UBND cấp xã và các cơ quan, " +
    "đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./." },
  ...sign(["Như Điều 3", "Bộ Tài chính (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Hiệp hội Doanh nghiệp tỉnh"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đặng Xuân Trường"),
  { t: "br" },
  { t: "p", text: "PHỤ LỤC", bold: true, align: "center", indent: false },
  { t: "p", text: "DANH MỤC NHIỆM VỤ CẢI THIỆN MÔI TRƯỜNG ĐẦU TƯ KINH DOANH, NÂNG CAO CHỈ SỐ PCI NĂM 2026 (ĐIỀU CHỈNH, " +
    "BỔ SUNG)", bold: true, align: "center", indent: false },
  { t: "p", text: "(Kèm theo Quyết định số 812/QĐ-UBND ngày 14/5/2026 của UBND tỉnh Thái Nguyên)", italic: true,
    align: "center", indent: false },
  { t: "table", widths: [620, 3000, 1450, 1500, 1430, 1400], header: 1, rows },
];

const D = "@departments";
const t = (n, due, lead, co = []) => task(String(n), R[n - 1][1], due, lead, co);
const tasks = [
  t(1, "2026-05-30", [TC], [VP]),
  t(3, "2026-09-30", [TC], [HH, VP]),
  t(4, "2026-06-30", ["Sở Nông nghiệp và Môi trường"], [XA]),
  t(6, "2026-07-31", ["Sở Xây dựng"], [VP]),
  t(7, "2026-10-31", [TC], [HH, VP]),
  t(8, "2026-06-30", ["Sở Công Thương"], [TC]),
  t(11, "2026-12-14", [TC]),
  task("12", "Báo cáo kết quả thực hiện nhiệm vụ cải thiện chỉ số PCI năm 2026", "2026-11-19", [D, XA]),
  t(13, "2026-09-30", ["Sở Khoa học và Công nghệ"], [VP]),
  t(14, "2026-08-15", ["Sở Tư pháp"], [D]),
];

await build(DIR, {
  blocks, printer: "ghostscript", extra: { transform },
  expected: {
    id: ID,
    style: "Quyết định 812/QĐ-UBND of UBND tỉnh Thái Nguyên, 14/5/2026 (after the reorganisation: merged departments, " +
      "no districts), điều chỉnh, bổ sung the task list of Kế hoạch 31/KH-UBND (PCI 2026): the Phụ lục is RE-ISSUED " +
      "WHOLE as one table STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn hoàn thành | Ghi chú. Habits: " +
      "dropped rows stay in the table STRUCK THROUGH (w:strike on every run of the row in the Word files, crossed " +
      "out in the PDF) with Ghi chú '(Bãi bỏ)' (rows 2, 10) or 'Bãi bỏ theo Công văn số 1520/UBND-KT ngày " +
      "08/5/2026 của UBND tỉnh' (row 5): those are NO tasks though they carry units and times; rows added at the end " +
      "(13, 14) are in red italics with Ghi chú '(Bổ sung)': tasks like the others; changed deadlines show the NEW " +
      "date only, Ghi chú 'Điều chỉnh thời hạn' (rows 3, 7, 11) — no old date anywhere. plan.txt is a clerk's copy " +
      "of the Word file: the strike is lost, the Ghi chú notes are what tell the dropped rows. Row 9 'Thường " +
      "xuyên' is no task. ref = STT (kept from the original list, dropped rows still numbered). 'Các sở, ban, ngành' " +
      "= @departments; 'UBND cấp xã' unresolved; '(gửi Sở Tài chính tổng hợp)' of row 12 is a recipient (title " +
      "without it). Dates: 1 'Trước 31/5/2026' -> 30/5 Sat -> 1/6; 3 'Quý III/2026' 30/9 Wed; 4 '30/6/2026' Tue; 6 " +
      "'Tháng 7/2026' 31/7 Fri; 7 'Tháng 10/2026' 31/10 Sat -> 2/11; 8 'Quý II/2026' 30/6; 11 'Trước 15/12/2026' -> " +
      "14/12 Mon; 12 'Trước ngày 20/11/2026' -> 19/11 Thu; 13 'Tháng 9/2026' 30/9; 14 '15/8/2026' Sat -> 17/8. " +
      "plan.pdf: LibreOffice then Ghostscript pdfwrite.",
    province: "Thái Nguyên",
    plan: { number: "812/QĐ-UBND", date: "2026-05-14" },
    tasks,
    unresolved: [XA],
    successors: [],
  },
});

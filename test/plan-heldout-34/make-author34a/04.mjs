// 04: Thái Nguyên (before the reorganisation), Sở Tư pháp, 20/02/2025 — phổ biến, giáo dục pháp luật năm 2025, typed
// in LibreOffice Writer. The ORIGINAL is plan.odt, written here (odt.mjs): headings numbered by the outline style
// (I., 1.), items by a list style (a), -), a task table whose time cells span rows (table:number-rows-spanned and
// covered cells). plan-auto.docx is LibreOffice's own conversion of plan.odt (soffice --convert-to docx);
// plan-typed.docx and plan.txt come from the kit with typed numbers; plan.pdf: LibreOffice --print-to-file (its
// generic printer writes a PDF job, no PostScript), distilled by Ghostscript pdfwrite (see printer).
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { writeOdt } from "./odt.mjs";

const ID = "04-thai-nguyen-2025-writer-odt-outline-headings-rows-spanned-print-to-file";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const TP = "Sở Tư pháp";
const NV = "Sở Nội vụ";
const TT = "Sở Thông tin và Truyền thông";
const H = "UBND các huyện, thành phố";

const h1 = (num, text) => ({ t: "p", h: 1, num, text, bold: true, list: { kind: "roman", inst: "h1" } });
const h2 = (num, text, inst) => ({ t: "p", h: 2, num, text, bold: true, list: { kind: "decimal", inst } });
const li = (num, text, kind = "letter", inst = "a") => ({ t: "p", num, text, align: "justify",
  list: { kind, inst } });
const c = (x) => ({ text: x, align: "center" });
const rows = [
  ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
  [c("1"), "Tổ chức Hội nghị phổ biến các luật, nghị quyết được Quốc hội thông qua tại Kỳ họp bất thường lần thứ " +
    "9", TP, NV, "Tháng 3/2025"],
  [c("2"), "Biên soạn, phát hành tài liệu hỏi - đáp pháp luật bằng tiếng dân tộc thiểu số", TP, "Ban Dân tộc tỉnh",
    { text: "Quý II/2025", vm: "restart" }],
  [c("3"), "Tập huấn kỹ năng, nghiệp vụ cho báo cáo viên pháp luật cấp huyện", TP, H, { text: "", vm: "continue" }],
  [c("4"), "Tổ chức Cuộc thi trực tuyến \"Tìm hiểu pháp luật về phòng, chống ma túy\"", TP,
    "Công an tỉnh; Tỉnh đoàn", "Từ ngày 01/4 đến ngày 30/4/2025"],
  [c("5"), "Duy trì chuyên mục \"Pháp luật và đời sống\" trên Báo Thái Nguyên", "Báo Thái Nguyên", TP,
    "Thường xuyên"],
  [c("6"), "Kiểm tra công tác hòa giải ở cơ sở tại huyện Đại Từ, huyện Võ Nhai", TP,
    "UBND huyện Đại Từ; UBND huyện Võ Nhai", { text: "Tháng 5/2025", vm: "restart" }],
  [c("7"), "Đánh giá, công nhận xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật năm 2024", H, TP,
    { text: "", vm: "continue" }],
  [c("8"), "Sơ kết 6 tháng công tác phổ biến, giáo dục pháp luật, gửi Sở Tư pháp tổng hợp",
    `Các sở, ban, ngành; ${H}`, "", "Trước ngày 10/6/2025"],
];

const blocks = [
  ...head(["UBND TỈNH THÁI NGUYÊN", "SỞ TƯ PHÁP"], "Số: 35/KH-STP", "Thái Nguyên, ngày 20 tháng 02 năm 2025",
    "KẾ HOẠCH", "Phổ biến, giáo dục pháp luật và hòa giải ở cơ sở năm 2025"),
  { t: "p", align: "justify", text: "Thực hiện Kế hoạch công tác tư pháp năm 2025 của UBND tỉnh, Sở Tư pháp xây " +
    "dựng Kế hoạch phổ biến, giáo dục pháp luật và hòa giải ở cơ sở năm 2025 như sau:" },
  h1("I.", "MỤC ĐÍCH, YÊU CẦU"),
  { t: "p", align: "justify", text: "Đưa các luật mới được thông qua đến cán bộ và Nhân dân kịp thời; nâng cao " +
    "chất lượng đội ngũ báo cáo viên, hòa giải viên; gắn trách nhiệm người đứng đầu với từng nhiệm vụ." },
  h1("II.", "NHIỆM VỤ CỤ THỂ"),
  h2("1.", "Công tác tham mưu, chỉ đạo", "h2a"),
  li("a)", "Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ tham mưu UBND tỉnh kiện toàn Hội đồng phối hợp phổ biến, " +
    "giáo dục pháp luật tỉnh; xong trước ngày 15/3/2025."),
  li("b)", "Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Tư pháp cập nhật văn bản quy phạm pháp luật " +
    "của tỉnh lên Trang thông tin điện tử phổ biến pháp luật, hoàn thành trước ngày 30/4/2025."),
  li("c)", "Các cơ quan, đơn vị chủ động lồng ghép phổ biến pháp luật trong hoạt động chuyên môn."),
  h2("2.", "Các hoạt động trọng tâm", "h2a"),
  { t: "table", widths: [650, 3650, 1700, 1900, 1450], header: 1, rows },
  h1("III.", "TỔ CHỨC THỰC HIỆN"),
  li("-", "Phòng Phổ biến, giáo dục pháp luật là đầu mối theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch.",
    "dash", "d"),
  li("-", "Kinh phí thực hiện từ dự toán ngân sách năm 2025 đã giao cho các cơ quan, đơn vị.", "dash", "d"),
  ...sign(["UBND tỉnh (b/c)", "Hội đồng phối hợp PBGDPL tỉnh", "Các sở, ban, ngành", H, "Lãnh đạo Sở"],
    "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Đỗ Thị Minh Phương"),
];

// plan.odt first (the original), then plan-auto.docx and plan.pdf from it. Runs as build's printer, after the
// kit wrote its own plan-auto.docx, which LibreOffice's conversion replaces.
const LO = "-env:UserInstallation=file:///tmp/make-author34a-lo";
async function printer(out) {
  const odt = path.join(DIR, "plan.odt");
  await writeOdt(odt, blocks, { title: "Kế hoạch PBGDPL năm 2025", creator: "Phòng PBGDPL" });
  const tmp = fs.mkdtempSync("/tmp/make-author34a-");
  execFileSync("soffice", [LO, "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", tmp, odt],
    { stdio: "ignore" });
  fs.copyFileSync(path.join(tmp, "plan.docx"), path.join(DIR, "plan-auto.docx"));
  // LibreOffice's print to file (LibreOffice 7.4 has no PostScript output left: its generic printer writes a PDF
  // job), distilled by Ghostscript as a virtual PDF printer does. A PostScript round trip (gs ps2write or
  // pdftocairo -ps, then ps2pdf) was tried: Ghostscript 10.00 then drops the Vietnamese letters' text, so no.
  execFileSync("soffice", [LO, "--headless", "--print-to-file", "--outdir", tmp, odt], { stdio: "ignore" });
  execFileSync("gs", ["-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.4",
    "-dPDFSETTINGS=/printer", "-sPAPERSIZE=a4", "-o", out, path.join(tmp, "plan.pdf")], { stdio: "ignore" });
}

const tasks = [
  task("II.1.a", "Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ tham mưu UBND tỉnh kiện toàn Hội đồng phối hợp phổ " +
    "biến, giáo dục pháp luật tỉnh", "2025-03-14", [TP], [NV]),
  task("II.1.b", "Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Tư pháp cập nhật văn bản quy phạm pháp " +
    "luật của tỉnh lên Trang thông tin điện tử phổ biến pháp luật", "2025-04-29", [TT], [TP]),
  task("1", "Tổ chức Hội nghị phổ biến các luật, nghị quyết được Quốc hội thông qua tại Kỳ họp bất thường lần thứ 9",
    "2025-03-31", [TP], [NV]),
  task("2", "Biên soạn, phát hành tài liệu hỏi - đáp pháp luật bằng tiếng dân tộc thiểu số", "2025-06-30", [TP],
    ["Ban Dân tộc tỉnh"]),
  task("3", "Tập huấn kỹ năng, nghiệp vụ cho báo cáo viên pháp luật cấp huyện", "2025-06-30", [TP], ["@districts"]),
  task("4", "Tổ chức Cuộc thi trực tuyến \"Tìm hiểu pháp luật về phòng, chống ma túy\"", "2025-04-30", [TP],
    ["Công an tỉnh", "Tỉnh đoàn"]),
  task("6", "Kiểm tra công tác hòa giải ở cơ sở tại huyện Đại Từ, huyện Võ Nhai", "2025-05-31", [TP],
    ["UBND huyện Đại Từ", "UBND huyện Võ Nhai"]),
  task("7", "Đánh giá, công nhận xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật năm 2024", "2025-05-31",
    ["@districts"], [TP]),
  task("8", "Sơ kết 6 tháng công tác phổ biến, giáo dục pháp luật", "2025-06-09", ["@departments", "@districts"]),
];

await build(DIR, {
  blocks, printer,
  expected: {
    id: ID,
    style: "Kế hoạch 35/KH-STP of Sở Tư pháp tỉnh Thái Nguyên, 20/02/2025 (BEFORE the reorganisation: old " +
      "departments, districts, 'UBND các huyện, thành phố' = @districts), PBGDPL 2025, typed in LibreOffice " +
      "Writer. plan.odt is the original: headings text:h numbered by text:outline-style (I., II., III.; 1., 2. " +
      "restarting under II), items a), b), c) and '-' by text:list styles (numbers not in the text), a task " +
      "table whose 'Thời gian' cells span rows (table:number-rows-spanned=2 + table:covered-table-cell: rows 2-3 " +
      "'Quý II/2025', rows 6-7 'Tháng 5/2025'; each row's own date, inherited false). plan-auto.docx is " +
      "LibreOffice's conversion of plan.odt; plan-typed.docx and plan.txt carry typed numbers. plan.pdf: " +
      "LibreOffice print to file (a PDF job) distilled by Ghostscript pdfwrite. ref: list items II.1.a, II.1.b (II.1.c undated, no " +
      "task); table rows by STT. Dates (2025): II.1.a 'xong trước ngày 15/3' -> 14/3 Fri (lead Sở Tư pháp, " +
      "'phối hợp với Sở Nội vụ'; UBND tỉnh is whom it advises, no unit); II.1.b 'hoàn thành trước ngày 30/4' -> " +
      "29/4 Tue; 1 'Tháng 3' 31/3 Mon; 2, 3 'Quý II' 30/6 Mon; 4 'Từ 01/4 đến 30/4' 30/4 off (30/4-2/5) -> 5/5 " +
      "Mon; 5 'Thường xuyên' no task; 6, 7 'Tháng 5' 31/5 Sat -> 2/6; 8 'Trước 10/6' -> 9/6 Mon (Sở Tư pháp the " +
      "recipient). Section III is undated (its Phòng is no task's lead).",
    province: "Thái Nguyên",
    plan: { number: "35/KH-STP", date: "2025-02-20" },
    tasks,
    unresolved: [],
    successors: [],
  },
});

// 02: Lai Châu (after the reorganisation), UBND tỉnh, 18/9/2025 — khoa học, công nghệ, đổi mới sáng tạo và chuyển
// đổi số. Two task tables whose column ORDER differs: Phần I "STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
// Thời hạn"; Phần II "STT | Thời hạn hoàn thành | Nội dung công việc | Cơ quan thực hiện", where one cell names
// several units and a note under the table title says the unit in bold leads (bold runs in Word, <b> in the PDF,
// **…** in plan.txt as a copy from Word to Markdown writes it, its note saying so). plan.pdf: Chromium.
import fs from "node:fs";
import { execFileSync } from "node:child_process";
import { build, task, toHtml, toText } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";

const ID = "02-lai-chau-2025-two-tables-swapped-column-order-bold-lead-in-units-cell";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const KH = "Sở Khoa học và Công nghệ";
const TC = "Sở Tài chính";
const NV = "Sở Nội vụ";
const VP = "Văn phòng UBND tỉnh";
const CA = "Công an tỉnh";
const XA = "UBND cấp xã";
const XP = "UBND các xã, phường";

const b = (u) => `⟦b⟧${u}⟦/b⟧`;
const c = (x) => ({ text: x, align: "center" });
const t1 = [
  ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"],
  [c("1"), "Rà soát, đề xuất sửa đổi các quy định của tỉnh về khoa học, công nghệ không còn phù hợp với mô hình " +
    "chính quyền địa phương hai cấp", KH, "Sở Tư pháp", "Trước ngày 15/10/2025"],
  [c("2"), "Xây dựng Đề án phát triển hạ tầng số tỉnh Lai Châu đến năm 2030", KH, `${TC}; Sở Xây dựng`,
    "Quý IV/2025"],
  [c("3"), "Phủ sóng di động 4G, 5G đến các thôn, bản chưa có sóng", KH, XP, "Tháng 12/2025"],
  [c("4"), "Bố trí kinh phí sự nghiệp khoa học, công nghệ và chuyển đổi số năm 2026", TC, KH,
    "Chậm nhất ngày 30/11/2025"],
  [c("5"), "Tuyên truyền về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
    "Báo và Phát thanh, Truyền hình Lai Châu", KH, "Thường xuyên"],
  [c("6"), "Tổ chức Tuần lễ đổi mới sáng tạo và khởi nghiệp tỉnh Lai Châu năm 2025", KH, "Tỉnh đoàn",
    "Từ ngày 10/11 đến ngày 14/11/2025"],
];
const t2 = [
  ["STT", "Thời hạn hoàn thành", "Nội dung công việc", "Cơ quan thực hiện"],
  [c("1"), "31/10/2025", "Làm sạch dữ liệu dân cư, đất đai phục vụ giải quyết thủ tục hành chính",
    `${b(CA)}; Sở Nông nghiệp và Môi trường; ${XP}`],
  [c("2"), "Tháng 11/2025", "Vận hành Trung tâm Phục vụ hành chính công tỉnh trên nền tảng số dùng chung",
    `${KH}; ${b(VP)}`],
  [c("3"), "Trước ngày 20/12/2025", "Cấp chứng thư chữ ký số cho cán bộ, công chức cấp xã",
    `${KH}; ${b(NV)}; ${XA}`],
  [c("4"), "Quý I/2026", "Triển khai Hệ thống thông tin báo cáo của tỉnh kết nối Hệ thống thông tin báo cáo Chính " +
    "phủ", `${b(VP)}; các sở, ban, ngành`],
  [c("5"), "15/01/2026", "Đánh giá, xếp hạng mức độ chuyển đổi số của các sở, ngành và xã, phường năm 2025",
    `${b(KH)}; ${NV}`],
  [c("6"), "Hằng năm", "Cập nhật danh mục cơ sở dữ liệu dùng chung của tỉnh", `${b(KH)}; các sở, ban, ngành`],
  [c("7"), "Trước ngày 25/12/2025", "Báo cáo kết quả thực hiện năm 2025, gửi Sở Khoa học và Công nghệ tổng hợp",
    `${b("Các sở, ban, ngành")}; ${b(XP)}`],
];

const NOTE = "(Cơ quan in đậm là cơ quan chủ trì; các cơ quan còn lại là cơ quan phối hợp)";
const blocks = (note) => [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 214/KH-UBND", "Lai Châu, ngày 18 tháng 9 năm 2025", "KẾ HOẠCH",
    "Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Lai Châu năm 2025 và Quý I năm 2026"),
  { t: "p", align: "justify", text: "Để bảo đảm vận hành thông suốt chính quyền địa phương hai cấp trên môi " +
    "trường số, UBND tỉnh ban hành Kế hoạch với các nhiệm vụ chia thành hai phần như sau:" },
  { t: "p", text: "Phần I. NHIỆM VỤ VỀ THỂ CHẾ, HẠ TẦNG VÀ NGUỒN LỰC", bold: true },
  { t: "table", widths: [600, 3900, 1700, 1800, 1400], header: 1, rows: t1 },
  { t: "p", text: "Phần II. NHIỆM VỤ VỀ DỮ LIỆU VÀ DỊCH VỤ SỐ", bold: true },
  { t: "p", text: note, italic: true, align: "center", indent: false },
  { t: "table", widths: [600, 1500, 4300, 3000], header: 1, rows: t2 },
  { t: "p", text: "Phần III. TỔ CHỨC THỰC HIỆN", bold: true },
  { t: "p", align: "justify", text: "Sở Khoa học và Công nghệ là cơ quan thường trực, hướng dẫn, đôn đốc các cơ " +
    "quan, đơn vị triển khai Kế hoạch; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện. Các cơ quan chủ trì chịu " +
    "trách nhiệm về tiến độ, chất lượng nhiệm vụ được giao." },
  ...sign(["Bộ Khoa học và Công nghệ (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành", XP], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Tống Thanh Hải"),
];

// Word: the marked units become bold runs of the cell (size 24).
const rPr = (bold) => `<w:rPr>${bold ? "<w:b/>" : ""}<w:sz w:val="24"/></w:rPr>`;
const T = '<w:t xml:space="preserve">';
const transform = (body) => body
  .replace(/⟦b⟧/g, `</w:t></w:r><w:r>${rPr(true)}${T}`).replace(/⟦\/b⟧/g, `</w:t></w:r><w:r>${rPr(false)}${T}`)
  .replace(/<w:r><w:rPr>(?:<w:b\/>)?<w:sz w:val="24"\/><\/w:rPr><w:t xml:space="preserve"><\/w:t><\/w:r>/g, "");

// plan.txt: copied from Word to Markdown, bold kept as **…**, the note saying so.
const md = (s) => s.replace(/⟦b⟧/g, "**").replace(/⟦\/b⟧/g, "**");
const txt = toText(blocks("(Cơ quan in đậm, trong bản này đánh dấu **…**, là cơ quan chủ trì; các cơ quan còn " +
  "lại là cơ quan phối hợp)").map((x) => (x.t !== "table" ? x : { ...x, rows: x.rows.map((row) =>
  row.map((y) => (typeof y === "string" ? md(y) : y))) })));

function printer(out) {
  const html = toHtml(blocks(NOTE).map((x) => (x.t !== "table" ? x : { ...x, rows: x.rows.map((row) =>
    row.map((y) => (typeof y === "string" ? y.replace(/⟦b⟧/g, "\uE000").replace(/⟦\/b⟧/g, "\uE001") : y))) })),
  "table.bd th{font-size:11pt}").replace(/\uE000/g, "<b>").replace(/\uE001/g, "</b>");
  const file = "/tmp/make-author34a-02.html";
  fs.writeFileSync(file, html);
  execFileSync("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
    "--user-data-dir=/tmp/make-author34a-chrome", `--print-to-pdf=${out}`, "file://" + file], { stdio: "ignore" });
}

const tasks = [
  task("I.1", "Rà soát, đề xuất sửa đổi các quy định của tỉnh về khoa học, công nghệ không còn phù hợp",
    "2025-10-14", [KH], ["Sở Tư pháp"]),
  task("I.2", "Xây dựng Đề án phát triển hạ tầng số tỉnh Lai Châu đến năm 2030", "2025-12-31", [KH],
    [TC, "Sở Xây dựng"]),
  task("I.3", "Phủ sóng di động 4G, 5G đến các thôn, bản chưa có sóng", "2025-12-31", [KH], [XA]),
  task("I.4", "Bố trí kinh phí sự nghiệp khoa học, công nghệ và chuyển đổi số năm 2026", "2025-11-30", [TC], [KH]),
  task("I.6", "Tổ chức Tuần lễ đổi mới sáng tạo và khởi nghiệp tỉnh Lai Châu năm 2025", "2025-11-14", [KH],
    ["Tỉnh đoàn"]),
  task("II.1", "Làm sạch dữ liệu dân cư, đất đai phục vụ giải quyết thủ tục hành chính", "2025-10-31", [CA],
    ["Sở Nông nghiệp và Môi trường", XA]),
  task("II.2", "Vận hành Trung tâm Phục vụ hành chính công tỉnh trên nền tảng số dùng chung", "2025-11-30", [VP],
    [KH]),
  task("II.3", "Cấp chứng thư chữ ký số cho cán bộ, công chức cấp xã", "2025-12-19", [NV], [KH, XA]),
  task("II.4", "Triển khai Hệ thống thông tin báo cáo của tỉnh kết nối Hệ thống thông tin báo cáo Chính phủ",
    "2026-03-31", [VP], ["@departments"]),
  task("II.5", "Đánh giá, xếp hạng mức độ chuyển đổi số của các sở, ngành và xã, phường năm 2025", "2026-01-15",
    [KH], [NV]),
  task("II.7", "Báo cáo kết quả thực hiện năm 2025", "2025-12-24", ["@departments", XA]),
];

await build(DIR, {
  blocks: blocks(NOTE), printer, txt, extra: { transform },
  expected: {
    id: ID,
    style: "Kế hoạch 214/KH-UBND of UBND tỉnh Lai Châu, 18/9/2025 (after the reorganisation: merged departments, " +
      "no districts; 'UBND các xã, phường' = UBND cấp xã, unresolved), KHCN, ĐMST và CĐS. Two task tables, STT " +
      "restarting in each, ref = Phần + STT (I.n, II.n). Phần I: STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối " +
      "hợp | Thời hạn. Phần II has another column ORDER: STT | Thời hạn hoàn thành | Nội dung công việc | Cơ quan " +
      "thực hiện; the date comes second, the task third, and one cell names all units: a note under the part's " +
      "title says the unit in bold is the lead, the others coordinate (Word: bold runs; PDF: bold; plan.txt: " +
      "**…**, its note saying so). Row II.7 has two bold units, both lead. 'Báo và Phát thanh, Truyền hình Lai " +
      "Châu' is the merged press (I.5 'Thường xuyên', no task); II.6 'Hằng năm' no task. Dates: I.1 'Trước " +
      "15/10/2025' -> 14/10 Tue; I.2 'Quý IV/2025' 31/12 Wed; I.3 'Tháng 12/2025' 31/12; I.4 'Chậm nhất " +
      "30/11/2025' Sun -> 1/12; I.6 'Từ 10/11 đến 14/11/2025' 14/11 Fri; II.1 '31/10/2025' Fri; II.2 'Tháng " +
      "11/2025' 30/11 Sun -> 1/12; II.3 'Trước 20/12/2025' -> 19/12 Fri; II.4 'Quý I/2026' 31/3/2026 Tue; II.5 " +
      "'15/01/2026' Thu; II.7 'Trước 25/12/2025' -> 24/12 Wed (Sở KH&CN the recipient, not a unit of the row). " +
      "'các sở, ban, ngành' in a cell = @departments. Printed by Chromium from HTML.",
    province: "Lai Châu",
    plan: { number: "214/KH-UBND", date: "2025-09-18" },
    tasks,
    unresolved: [XA],
    successors: [],
  },
});

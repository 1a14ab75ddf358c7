// 07: Thái Nguyên (after the reorganisation), UBND tỉnh, 08/4/2026 — tourism development plan 2026 whose task table
// was KEPT IN EXCEL AND PRINTED TO PDF: the sheet (written here with exceljs) is too wide for an A4 portrait page, so
// LibreOffice Calc prints columns A-D (STT, Nhiệm vụ, Chủ trì, Phối hợp) on the first pages and E-G (Thời hạn, Sản
// phẩm, Ghi chú) on later pages for the same rows (page order "down, then over"), gridlines printed, no repeated
// rows; a title block in the sheet's first rows. The Word files hold the same plan as a normal Word plan with that
// table (landscape; plan-auto: group rows spanning the content columns, Chủ trì cells merged vertically (vMerge)
// inside a group; plan-typed repeats the unit in every row). plan.txt: the text copied from plan-auto.docx.
import fs from "node:fs";
import { execFileSync } from "node:child_process";
import ExcelJS from "exceljs";
import { build, task, textWidth, toDocx, toText } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "07-thai-nguyen-2026-spreadsheet-print-wide-table-pages-over";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const VH = "Sở Văn hóa, Thể thao và Du lịch";
const NM = "Sở Nông nghiệp và Môi trường";
const XW = "UBND các xã, phường";
const XA = "UBND cấp xã";
const HH = "Hiệp hội Du lịch tỉnh";
const DHO = "UBND xã Định Hóa";
const PDP = "UBND phường Phan Đình Phùng";
const BPT = "Báo và Phát thanh, Truyền hình Thái Nguyên";

// [stt, task, lead, coordinators, time, product, note, group?, merge of the lead ("r" restart, "c" continue)]
const ROWS = [
  ["1", "QUY HOẠCH, CƠ CHẾ, CHÍNH SÁCH", "", "", "", "", "", true],
  ["1.1", "Rà soát, đề xuất điều chỉnh danh mục khu, điểm du lịch của tỉnh sau hợp nhất", VH,
    "Sở Nông nghiệp và Môi trường; Sở Xây dựng", "Quý II/2026", "Quyết định của UBND tỉnh", "", false, "r"],
  ["1.2", "Tham mưu dự thảo Nghị quyết của HĐND tỉnh quy định chính sách hỗ trợ phát triển du lịch cộng đồng", VH,
    "Sở Tài chính; Sở Tư pháp", "Trước ngày 15/6/2026", "Tờ trình, dự thảo Nghị quyết",
    "Theo Văn bản số 512/UBND-KGVX ngày 20/3/2026 của UBND tỉnh", false, "c"],
  ["1.3", "Xây dựng Đề án phát triển du lịch hồ Ba Bể - hồ Núi Cốc giai đoạn 2026-2030", VH, NM, "Tháng 9/2026",
    "Đề án", "Nhiệm vụ chuyển tiếp từ năm 2025", false, "c"],
  ["2", "PHÁT TRIỂN SẢN PHẨM, XÚC TIẾN, QUẢNG BÁ", "", "", "", "", "", true],
  ["2.1", "Tổ chức Festival Trà Thái Nguyên lần thứ nhất sau hợp nhất tỉnh", VH, `Sở Công Thương; ${PDP}`,
    "Từ ngày 27/11 đến ngày 29/11/2026", "Kế hoạch, báo cáo kết quả", "Kinh phí xã hội hóa một phần", false, "r"],
  ["2.2", "Xây dựng bộ nhận diện thương hiệu du lịch Thái Nguyên", VH, "Sở Khoa học và Công nghệ",
    "Trước ngày 31/5/2026", "Bộ nhận diện thương hiệu", "", false, "c"],
  ["2.3", "Tham gia Hội chợ Du lịch quốc tế Việt Nam (VITM Hà Nội) năm 2026", VH, HH, "Tháng 4/2026",
    "Gian hàng, ấn phẩm quảng bá", "", false, "c"],
  ["2.4", "Phát triển sản phẩm OCOP gắn với điểm du lịch nông thôn", NM, `Sở Công Thương; ${XW}`, "Quý III/2026",
    "Danh mục sản phẩm", ""],
  ["3", "HẠ TẦNG DU LỊCH, CHUYỂN ĐỔI SỐ", "", "", "", "", "", true],
  ["3.1", "Nâng cấp tuyến đường vào Khu di tích lịch sử ATK Định Hóa", "Sở Xây dựng", DHO, "Ngày 30/10/2026",
    "Công trình hoàn thành", "Vốn đầu tư công năm 2026"],
  ["3.2", "Triển khai bản đồ số du lịch, ứng dụng du lịch thông minh trên thiết bị di động", VH,
    "Sở Khoa học và Công nghệ", "Tháng 8/2026", "Ứng dụng vận hành", ""],
  ["3.3", "Cập nhật thông tin cơ sở lưu trú lên hệ thống quản lý lưu trú", "Công an tỉnh", VH, "Thường xuyên",
    "Dữ liệu cập nhật", ""],
  ["4", "NGUỒN NHÂN LỰC, MÔI TRƯỜNG DU LỊCH", "", "", "Năm 2026", "", "", true],
  ["4.1", "Bồi dưỡng nghiệp vụ cho người làm du lịch cộng đồng tại các xã vùng hồ Ba Bể", VH, XW,
    "Đầu tháng 7/2026", "Lớp bồi dưỡng", ""],
  ["4.2", "Kiểm tra điều kiện kinh doanh dịch vụ lưu trú, lữ hành", VH, "Công an tỉnh; Sở Y tế", "",
    "Báo cáo kết quả kiểm tra", ""],
  ["4.3", "Tuyên truyền, quảng bá hình ảnh du lịch Thái Nguyên trên báo chí", BPT, VH, "Tuần thứ 2 tháng 5/2026",
    "Chuyên mục, phóng sự", ""],
  ["5", "TỔ CHỨC THỰC HIỆN", "", "", "", "", "", true],
  ["5.1", "Sơ kết 6 tháng thực hiện Kế hoạch", VH, "Các sở, ban, ngành", "Trước ngày 10/7/2026", "Báo cáo sơ kết",
    "Báo cáo UBND tỉnh"],
  ["5.2", "Tổng kết thực hiện Kế hoạch năm 2026", VH, `Các sở, ban, ngành; ${XW}`, "Trước ngày 15/12/2026",
    "Báo cáo tổng kết", "Báo cáo UBND tỉnh"],
  ["5.3", "Thẩm định, bố trí kinh phí thực hiện Kế hoạch", "Sở Tài chính", VH, "Trước ngày 20/4/2026",
    "Quyết định giao dự toán", ""],
];
const HEAD = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Sản phẩm", "Ghi chú"];

const byRef = Object.fromEntries(ROWS.map((r) => [r[0], r]));
const t = (ref, due, lead, co, inh = false) => task(ref, byRef[ref][1], due, lead, co, inh);
const tasks = [
  t("1.1", "2026-06-30", [VH], [NM, "Sở Xây dựng"]),
  t("1.2", "2026-06-14", [VH], ["Sở Tài chính", "Sở Tư pháp"]),
  t("1.3", "2026-09-30", [VH], [NM]),
  t("2.1", "2026-11-29", [VH], ["Sở Công Thương", PDP]),
  t("2.2", "2026-05-30", [VH], ["Sở Khoa học và Công nghệ"]),
  t("2.3", "2026-04-30", [VH], [HH]),
  t("2.4", "2026-09-30", [NM], ["Sở Công Thương", XA]),
  t("3.1", "2026-10-30", ["Sở Xây dựng"], [DHO]),
  t("3.2", "2026-08-31", [VH], ["Sở Khoa học và Công nghệ"]),
  t("4.1", "2026-07-10", [VH], [XA]),
  t("4.2", "2026-12-31", [VH], ["Công an tỉnh", "Sở Y tế"], true),
  t("4.3", "2026-05-14", [BPT], [VH]),
  t("5.1", "2026-07-09", [VH], ["@departments"]),
  t("5.2", "2026-12-14", [VH], ["@departments", XA]),
  t("5.3", "2026-04-19", ["Sở Tài chính"], [VH]),
];

// ---- Word ----
const wordRows = (auto) => [HEAD, ...ROWS.map(([stt, text, lead, co, time, prod, note, group, m]) => group ?
  [{ text: stt, bold: true, align: "center" }, { text, bold: true, span: 3 }, { text: time, bold: true, align: "center" },
    "", ""] :
  [{ text: stt, align: "center" }, text, auto && m ? { text: m === "c" ? "" : lead, vm: m === "r" ? "restart" :
    "continue" } : lead, co, { text: time, align: "center" }, prod, note])];
const blocks = (auto) => [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 95/KH-UBND", "Thái Nguyên, ngày 08 tháng 4 năm 2026", "KẾ HOẠCH",
    "Phát triển du lịch tỉnh Thái Nguyên năm 2026"),
  { t: "p", text: "Căn cứ Nghị quyết số 82-NQ/TW ngày 18/5/2023 của Bộ Chính trị về tiếp tục định hướng phát triển du " +
    "lịch trở thành ngành kinh tế mũi nhọn; Nghị quyết số 20/NQ-CP ngày 28/02/2024 của Chính phủ; UBND tỉnh ban " +
    "hành Kế hoạch phát triển du lịch tỉnh Thái Nguyên năm 2026 như sau:", align: "justify" },
  { t: "p", text: "MỤC TIÊU", num: "I.", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", text: "Khai thác hiệu quả tiềm năng du lịch của tỉnh sau hợp nhất, gắn du lịch hồ Ba Bể, hồ Núi Cốc, " +
    "Khu di tích ATK Định Hóa với văn hóa trà; phấn đấu đón 5,2 triệu lượt khách, tổng thu từ khách du lịch đạt " +
    "6.500 tỷ đồng.", align: "justify" },
  { t: "p", text: "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", num: "II.", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", text: "(Chi tiết tại bảng phân công dưới đây)", italic: true, align: "center", indent: false },
  { t: "table", widths: [600, 4300, 1900, 2200, 1700, 2100, 1770], header: 1, rows: wordRows(auto) },
  { t: "p", text: "TỔ CHỨC THỰC HIỆN", num: "III.", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", text: "Sở Văn hóa, Thể thao và Du lịch là cơ quan thường trực, theo dõi, đôn đốc, tổng hợp kết quả thực " +
    "hiện Kế hoạch. Các cơ quan, đơn vị được giao nhiệm vụ chủ động triển khai, báo cáo định kỳ hằng quý về Sở Văn " +
    "hóa, Thể thao và Du lịch.", align: "justify" },
  ...sign(["Bộ Văn hóa, Thể thao và Du lịch (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành", "UBND các xã, phường"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Thanh Bình"),
];

// ---- Excel, printed by LibreOffice Calc ----
async function printSheet(pdfOut) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("PhanCong", { pageSetup: { paperSize: 9, orientation: "portrait", pageOrder:
    "downThenOver", showGridLines: true, fitToPage: false, scale: 100, horizontalCentered: false,
  margins: { left: 0.45, right: 0.45, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } } });
  const WID = [5, 33, 18, 19, 15, 24, 22];
  ws.columns = WID.map((width) => ({ width }));
  // LibreOffice keeps the heights written; wrapped cells get a height from an estimate of their printed lines
  const fit = (row, vals) => {
    const lines = Math.max(1, ...vals.map((v, i) => Math.ceil(textWidth(v ?? "", 11, row < 6) / (WID[i] * 5.3 - 8))));
    ws.getRow(row).height = lines * 14 + 3;
  };
  const font = { name: "Times New Roman", size: 11 };
  const put = (r, c, v, o = {}) => {
    const cell = ws.getCell(r, c);
    cell.value = v;
    cell.font = { ...font, bold: o.bold, italic: o.italic };
    cell.alignment = { wrapText: true, vertical: "top", horizontal: o.h ?? "left" };
  };
  put(1, 1, "UBND TỈNH THÁI NGUYÊN", { bold: true, h: "left" });
  ws.mergeCells(1, 1, 1, 2);
  put(2, 1, "BẢNG PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN DU LỊCH NĂM 2026", { bold: true, h: "center" });
  ws.mergeCells(2, 1, 2, 4);
  put(3, 1, "(Kèm theo Kế hoạch số 95/KH-UBND ngày 08/4/2026 của UBND tỉnh Thái Nguyên)", { italic: true, h: "center" });
  ws.mergeCells(3, 1, 3, 4);
  HEAD.forEach((h, i) => put(5, i + 1, h, { bold: true, h: "center" }));
  fit(5, HEAD);
  ws.getRow(2).height = 32;
  let r = 6;
  let mergeStart = 0;
  for (const [stt, text, lead, co, time, prod, note, group, m] of ROWS) {
    const vals = [stt, text, lead, co, time, prod, note];
    vals.forEach((v, i) => put(r, i + 1, v || null, { bold: group, h: i === 0 || i === 4 ? "center" : "left" }));
    fit(r, vals);
    if (m === "r") mergeStart = r;
    if (m === "c" && byRef[String(Number(stt.split(".")[0]) + "." + (Number(stt.split(".")[1]) + 1))]?.[8] !== "c") {
      ws.mergeCells(mergeStart, 3, r, 3);
    }
    r++;
  }
  const tmp = fs.mkdtempSync("/tmp/author31b-");
  await wb.xlsx.writeFile(tmp + "/bang-phan-cong.xlsx");
  execFileSync("soffice", ["-env:UserInstallation=file:///tmp/author31b-lo", "--headless", "--convert-to", "pdf",
    "--outdir", tmp, tmp + "/bang-phan-cong.xlsx"], { stdio: "ignore" });
  fs.copyFileSync(tmp + "/bang-phan-cong.pdf", pdfOut);
  fs.copyFileSync(tmp + "/bang-phan-cong.xlsx", "/tmp/author31b-07.xlsx");
}

let pdfDone;
await build(DIR, {
  blocks: blocks(true), landscape: true, txt: toText(blocks(true)), printer: (out) => { pdfDone = printSheet(out); },
  expected: {
    id: ID,
    style: "Kế hoạch 95/KH-UBND of UBND tỉnh Thái Nguyên (after the reorganisation), 08/4/2026, tourism 2026. " +
      "plan.pdf is the task table KEPT IN EXCEL and printed by LibreOffice Calc: too wide for A4 portrait, so " +
      "columns A-D (STT, Nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp) come on the first page(s) and E-G (Thời hạn, " +
      "Sản phẩm, Ghi chú) on later page(s) for the same rows (page order down, then over), gridlines printed, no " +
      "repeated heading rows; a title block in rows 1-3 ('Kèm theo Kế hoạch số 95/KH-UBND ngày 08/4/2026'); the " +
      "Chủ trì cells of 1.1-1.3 and 2.1-2.3 merged. A reader must join each row's E-G to its A-D by position. The " +
      "Word files: the plan in normal layout (landscape) with the same table; plan-auto: group rows span the " +
      "content columns, Chủ trì merged vertically (vMerge) in groups 1 and 2; plan-typed repeats it. plan.txt: " +
      "copied from plan-auto (merged continuation cells empty). ref = STT; group rows 1-5 no tasks. Group 4's " +
      "'Năm 2026' passes to 4.2 (blank) -> 31/12 Thu, inherited. Dates (2026): 1.1 'Quý II' 30/6 Tue; 1.2 'Trước " +
      "ngày 15/6' -> 14/6 Sun -> 15/6 (Ghi chú's 'Văn bản số 512/UBND-KGVX ngày 20/3/2026' no deadline); 1.3 " +
      "'Tháng 9' 30/9 Wed; 2.1 'Từ 27/11 đến 29/11' 29/11 Sun -> 30/11; 2.2 'Trước ngày 31/5' -> 30/5 Sat -> 1/6; " +
      "2.3 'Tháng 4' 30/4 (holiday, 1/5 too, then Sat/Sun) -> 4/5 Mon; 2.4 'Quý III' 30/9; 3.1 'Ngày 30/10' Fri; " +
      "3.2 'Tháng 8' 31/8 Mon; 3.3 'Thường xuyên' no task; 4.1 'Đầu tháng 7' 10/7 Fri; 4.3 'Tuần thứ 2 tháng 5' " +
      "14/5 Thu; 5.1 'Trước ngày 10/7' -> 9/7; 5.2 'Trước ngày 15/12' -> 14/12 Mon; 5.3 'Trước ngày 20/4' -> 19/4 " +
      "Sun -> 20/4. 'Báo cáo UBND tỉnh' (Ghi chú) recipient. 'UBND các xã, phường' = UBND cấp xã; 'Hiệp hội Du lịch " +
      "tỉnh', 'UBND xã Định Hóa', 'UBND phường Phan Đình Phùng' no directory units: all as written, unresolved.",
    province: "Thái Nguyên",
    plan: { number: "95/KH-UBND", date: "2026-04-08" },
    tasks,
    unresolved: [XA, HH, DHO, PDP],
    successors: [],
  },
});
await pdfDone;
await toDocx(blocks(false), DIR + "plan-typed.docx", { auto: false, landscape: true });

// 08: Thái Nguyên (merged), 3/2026 — an .xlsx plan: title rows, THREE header rows (group headers merged over
// "Đơn vị thực hiện" and "Thời gian", then (1)..(7)), HIDDEN columns (task code; the old plan's deadline), a frozen
// pane, and "Hoàn thành" dates stored sometimes as numbers (dd/mm/yyyy format) and sometimes as text "15/04/2026".
// "Bắt đầu" is never the deadline. Word files and plan.txt from the same rows; plan.pdf = LibreOffice Calc of the xlsx.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { T, headerBlock, signBlock, writeExpected, writeWordAndText } from "./model.mjs";

const SLUG = "08-thai-nguyen-2026-xlsx-header-rows-hidden-columns";
const d = (s) => ({ num: s }); // stored as a number (Excel date)
const t = (s) => ({ text: s }); // stored as text
// [code, task, lead, partners, start, end, old end (hidden), product]
const ROWS = [
  ["CCHC-01", "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026", "Sở Văn hóa, Thể thao và Du lịch",
    "Báo và Phát thanh, Truyền hình Thái Nguyên", "02/03/2026", d("31/03/2026"), "28/02/2026", "Kế hoạch"],
  ["CCHC-02", "Rà soát, công bố danh mục thủ tục hành chính sau hợp nhất tỉnh", "Văn phòng UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "01/03/2026", t("15/04/2026"), "31/03/2026", "Quyết định công bố"],
  ["CCHC-03", "Xây dựng Bộ tiêu chí đánh giá Chỉ số CCHC các sở, ban, ngành và UBND cấp xã", "Sở Nội vụ",
    "Văn phòng UBND tỉnh; Sở Tư pháp", "16/03/2026", d("30/04/2026"), "15/04/2026", "Quyết định"],
  ["CCHC-04", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại cấp xã", "Sở Khoa học và Công nghệ",
    "UBND các xã, phường", "01/04/2026", t("30/06/2026"), "31/05/2026", "Báo cáo"],
  ["CCHC-05", "Giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập giai đoạn 2026-2030", "Sở Tài chính",
    "Sở Nội vụ", "01/05/2026", d("31/07/2026"), "30/06/2026", "Quyết định"],
  ["CCHC-06", "Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", "Sở Khoa học và Công nghệ",
    "Các sở, ban, ngành tỉnh", "01/06/2026", d("30/09/2026"), "30/09/2026", "Báo cáo"],
  ["CCHC-07", "Kiểm tra công tác cải cách hành chính", "Sở Nội vụ", "Văn phòng UBND tỉnh; Thanh tra tỉnh",
    "01/06/2026", t("Theo kế hoạch kiểm tra"), "", "Thông báo kết quả"],
  ["CCHC-08", "Điều tra xã hội học đo lường sự hài lòng (SIPAS) năm 2026", "Sở Nội vụ",
    "Bưu điện tỉnh; UBND các xã, phường", "01/08/2026", t("15/10/2026"), "30/09/2026", "Báo cáo kết quả"],
  ["CCHC-09", "Báo cáo kết quả cải cách hành chính năm 2026", "Sở Nội vụ", "Các sở, ban, ngành tỉnh", "15/11/2026",
    t("10/12/2026"), "15/12/2026", "Báo cáo"],
  ["CCHC-10", "Tự đánh giá, chấm điểm Chỉ số CCHC năm 2026", "Các sở, ban, ngành tỉnh; UBND các xã, phường", "",
    "01/12/2026", d("15/01/2027"), "15/01/2027", "Hồ sơ tự chấm"],
  ["CCHC-11", "Cập nhật Cơ sở dữ liệu cán bộ, công chức, viên chức sau sắp xếp", "Sở Nội vụ",
    "Các sở, ban, ngành tỉnh; UBND các xã, phường", "01/03/2026", d("31/05/2026"), "30/04/2026", "Dữ liệu"],
  ["CCHC-12", "Triển khai thanh toán trực tuyến nghĩa vụ tài chính về đất đai", "Sở Nông nghiệp và Môi trường",
    "Thuế tỉnh; Kho bạc Nhà nước khu vực", "01/04/2026", t("31/08/2026"), "30/06/2026", "Báo cáo"],
  ["CCHC-13", "Rà soát văn bản quy phạm pháp luật của hai tỉnh trước hợp nhất", "Sở Tư pháp", "Các sở, ban, ngành tỉnh",
    "01/03/2026", d("30/05/2026"), "30/04/2026", "Danh mục văn bản"],
];
const shown = (v) => (typeof v === "string" ? v : (v.num ?? v.text));
const asDate = (s) => {
  const [dd, mm, yy] = s.split("/").map(Number);
  return new Date(Date.UTC(yy, mm - 1, dd));
};

const small = (text, o = {}) => ({ text, size: 20, ...o });
const hd = (text, o = {}) => small(text, { bold: true, align: "center", ...o });
const head = [
  [hd("STT", { vMerge: "restart" }), hd("Nội dung nhiệm vụ", { vMerge: "restart" }), hd("Đơn vị thực hiện", { span: 2 }),
    hd("Thời gian", { span: 2 }), hd("Sản phẩm", { vMerge: "restart" })],
  [hd("", { vMerge: "continue" }), hd("", { vMerge: "continue" }), hd("Chủ trì"), hd("Phối hợp"), hd("Bắt đầu"),
    hd("Hoàn thành"), hd("", { vMerge: "continue" })],
  ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"].map((x) => hd(x, { italic: true })),
];
const body = ROWS.map((r, i) => [small(String(i + 1), { align: "center" }), small(r[1]), small(r[2]), small(r[3]),
  small(r[4], { align: "center" }), small(shown(r[5]), { align: "center" }), small(r[7])]);

const blocks = [
  ...headerBlock({ issuerTop: "", issuer: "ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", number: "Số: 128/KH-UBND",
    place: "Thái Nguyên, ngày 09 tháng 3 năm 2026" }),
  { text: "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH THÁI NGUYÊN NĂM 2026", bold: true, align: "center" },
  { text: "(Biểu chi tiết nhiệm vụ kèm theo)", italic: true, align: "center" },
  { t: "section", landscape: true },
  { t: "table", widths: [500, 4200, 2000, 2400, 1100, 1200, 1400], header: 3, rows: [...head, ...body] },
  { text: "Ghi chú: Cột (5) là thời gian bắt đầu triển khai; thời hạn hoàn thành là cột (6).", italic: true },
  signBlock({ recipients: ["- Bộ Nội vụ (b/c);", "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;", "- Lưu: VT."],
    signer: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Nguyễn Thanh Bình"] }),
];

const dir = await writeWordAndText(SLUG, blocks, "Kế hoạch 128/KH-UBND");

// The workbook: A STT | B Mã NV (hidden) | C Nội dung | D Chủ trì | E Phối hợp | F Bắt đầu | G Hoàn thành |
// H Hạn theo KH 2025 (hidden) | I Sản phẩm
const wb = new ExcelJS.Workbook();
wb.creator = "Sở Nội vụ";
const ws = wb.addWorksheet("KH CCHC 2026", {
  views: [{ state: "frozen", xSplit: 3, ySplit: 10, topLeftCell: "D11" }],
  pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
});
const widths = [5, 10, 48, 24, 28, 12, 13, 12, 18];
widths.forEach((w, i) => { ws.getColumn(i + 1).width = w; });
ws.getColumn(2).hidden = true;
ws.getColumn(8).hidden = true;
const font = { name: "Times New Roman", size: 11 };
const put = (addr, value, o = {}) => {
  const c = ws.getCell(addr);
  c.value = value;
  c.font = { ...font, bold: !!o.bold, italic: !!o.italic };
  c.alignment = { horizontal: o.h ?? "left", vertical: "middle", wrapText: true };
};
ws.mergeCells("A1:C1"); put("A1", "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN", { bold: true, h: "center" });
ws.mergeCells("D1:I1"); put("D1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, h: "center" });
ws.mergeCells("D2:I2"); put("D2", "Độc lập - Tự do - Hạnh phúc", { bold: true, h: "center" });
ws.mergeCells("A3:C3"); put("A3", "Số: 128/KH-UBND", { h: "center" });
ws.mergeCells("D3:I3"); put("D3", "Thái Nguyên, ngày 09 tháng 3 năm 2026", { italic: true, h: "center" });
ws.mergeCells("A5:I5"); put("A5", "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH THÁI NGUYÊN NĂM 2026", { bold: true, h: "center" });
ws.mergeCells("A6:I6"); put("A6", "(Biểu chi tiết nhiệm vụ kèm theo)", { italic: true, h: "center" });
const H1 = ["STT", "Mã NV", "Nội dung nhiệm vụ", "Đơn vị thực hiện", "", "Thời gian", "", "Hạn theo KH 2025", "Sản phẩm"];
const H2 = ["", "", "", "Chủ trì", "Phối hợp", "Bắt đầu", "Hoàn thành", "", ""];
const H3 = ["(1)", "", "(2)", "(3)", "(4)", "(5)", "(6)", "", "(7)"];
[H1, H2, H3].forEach((row, ri) => row.forEach((v, ci) => {
  put(ws.getRow(8 + ri).getCell(ci + 1).address, v, { bold: ri < 2, italic: ri === 2, h: "center" });
}));
ws.mergeCells("D8:E8"); ws.mergeCells("F8:G8");
for (const col of ["A", "B", "C", "H", "I"]) ws.mergeCells(`${col}8:${col}9`);
ROWS.forEach((r, i) => {
  const row = ws.getRow(11 + i);
  const vals = [i + 1, r[0], r[1], r[2], r[3], r[4], null, r[6], r[7]];
  vals.forEach((v, ci) => put(row.getCell(ci + 1).address, v, { h: [0, 5, 6, 7].includes(ci) ? "center" : "left" }));
  const g = row.getCell(7);
  if (r[5].num) {
    g.value = asDate(r[5].num);
    g.numFmt = "dd/mm/yyyy";
  } else g.value = r[5].text;
});
ws.getRow(10).hidden = false;
const last = 10 + ROWS.length;
for (let r = 8; r <= last; r++) {
  for (let c = 1; c <= 9; c++) {
    const b = { style: "thin" };
    ws.getRow(r).getCell(c).border = { top: b, left: b, bottom: b, right: b };
  }
}
put(`C${last + 2}`, "Ghi chú: Cột (5) là thời gian bắt đầu triển khai; thời hạn hoàn thành là cột (6).", { italic: true });
await wb.xlsx.writeFile(join(dir, "plan.xlsx"));

const tmp = `/tmp/author11b-lo-out-${process.pid}`;
mkdirSync(tmp, { recursive: true });
execFileSync("soffice", ["-env:UserInstallation=file:///tmp/author11b-lo-profile", "--headless", "--convert-to", "pdf",
  "--outdir", tmp, join(dir, "plan.xlsx")], { stdio: "ignore" });
copyFileSync(join(tmp, "plan.pdf"), join(dir, "plan.pdf"));
rmSync(tmp, { recursive: true, force: true });

const C = "UBND cấp xã";
writeExpected(dir, SLUG, {
  style: "Kế hoạch 128/KH-UBND Thái Nguyên (merged province) 09/3/2026 as a workbook: title rows 1-6, header rows " +
    "8-10 (merged 'Đơn vị thực hiện' over Chủ trì/Phối hợp, 'Thời gian' over Bắt đầu/Hoàn thành, then (1)..(7)); " +
    "frozen pane at D11; HIDDEN columns B (Mã NV) and H ('Hạn theo KH 2025', old dates: ignore). Hoàn thành stored " +
    "as Excel dates (rows 1,3,5,6,10,11,13) or text '15/04/2026'. due = Hoàn thành, never Bắt đầu. ref = STT. Row 7 'Theo " +
    "kế hoạch kiểm tra' undated. plan.pdf: LibreOffice Calc of the xlsx (hidden columns not printed). 'UBND các xã, " +
    "phường' = UBND cấp xã (no communes.json). 'Báo và Phát thanh, Truyền hình Thái Nguyên' as written. Holidays " +
    "2026: 30/4 Thu and 1/5 Fri off -> 4/5/2026; 30-31/5 weekend -> 1/6. Docx/txt carry the visible columns only.",
  province: "Thái Nguyên",
  plan: { number: "128/KH-UBND", date: "2026-03-09" },
  tasks: [
    T("1", "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026", "2026-03-31", "2026-03-31",
      ["Sở Văn hóa, Thể thao và Du lịch"], ["Báo và Phát thanh, Truyền hình Thái Nguyên"]),
    T("2", "Rà soát, công bố danh mục thủ tục hành chính sau hợp nhất tỉnh", "2026-04-15", "2026-04-15",
      ["Văn phòng UBND tỉnh"], ["@departments"]),
    T("3", "Xây dựng Bộ tiêu chí đánh giá Chỉ số CCHC", "2026-04-30", "2026-05-04", ["Sở Nội vụ"],
      ["Văn phòng UBND tỉnh", "Sở Tư pháp"]),
    T("4", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại cấp xã", "2026-06-30", "2026-06-30",
      ["Sở Khoa học và Công nghệ"], [C]),
    T("5", "Giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập", "2026-07-31", "2026-07-31", ["Sở Tài chính"],
      ["Sở Nội vụ"]),
    T("6", "Duy trì, cải tiến Hệ thống quản lý chất lượng", "2026-09-30", "2026-09-30", ["Sở Khoa học và Công nghệ"],
      ["@departments"]),
    T("8", "Điều tra xã hội học đo lường sự hài lòng (SIPAS) năm 2026", "2026-10-15", "2026-10-15", ["Sở Nội vụ"],
      ["Bưu điện tỉnh", C]),
    T("9", "Báo cáo kết quả cải cách hành chính năm 2026", "2026-12-10", "2026-12-10", ["Sở Nội vụ"], ["@departments"]),
    T("10", "Tự đánh giá, chấm điểm Chỉ số CCHC năm 2026", "2027-01-15", "2027-01-15", ["@departments", C]),
    T("11", "Cập nhật Cơ sở dữ liệu cán bộ, công chức, viên chức sau sắp xếp", "2026-05-31", "2026-06-01",
      ["Sở Nội vụ"], ["@departments", C]),
    T("12", "Triển khai thanh toán trực tuyến nghĩa vụ tài chính về đất đai", "2026-08-31", "2026-08-31",
      ["Sở Nông nghiệp và Môi trường"], ["Thuế tỉnh", "Kho bạc Nhà nước khu vực"]),
    T("13", "Rà soát văn bản quy phạm pháp luật của hai tỉnh trước hợp nhất", "2026-05-30", "2026-06-01",
      ["Sở Tư pháp"], ["@departments"]),
  ],
});
console.log("wrote", dir);

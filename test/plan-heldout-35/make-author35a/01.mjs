// 01: Thái Nguyên (after the reorganisation), UBND tỉnh, Kế hoạch 215/KH-UBND, 18/3/2026 — nâng cao Chỉ số CCHC và
// SIPAS năm 2026, as the task list Văn phòng UBND tỉnh keeps in EXCEL (a WORKBOOK document: plan.xlsx written with
// exceljs as Excel saves it, plan.xls and plan.ods LibreOffice's copies, plan.pdf LibreOffice's print of the
// workbook, plan.txt the sheets copied and pasted as text the way Excel's clipboard gives them: tab-separated cells,
// merged cells' value in their first cell, the hidden column copied too, dates as displayed).
// Sheet "Phụ lục 1": a header block in merged cells (issuer left, motto right, "Số: 215/KH-UBND" | place-date),
// title rows, a two-row merged header (STT | Mã NV (hidden) | Nội dung nhiệm vụ | Cơ quan thực hiện: Chủ trì, Phối
// hợp | Thời gian hoàn thành | Sản phẩm), Roman-numbered group rows (Roman in A, label merged C:G), date cells
// (numFmt dd/mm/yyyy) mixed with text times. Sheet "Phụ lục 2": group VI with the same header.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import ExcelJS from "exceljs";
import { task } from "../../plan-corpus/author-kit/lib.mjs";

const ID = "01-thai-nguyen-2026-workbook-merged-header-block-hidden-code-column-second-sheet";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const WHO = "author35a";
const NV = "Sở Nội vụ", TP = "Sở Tư pháp", VP = "Văn phòng UBND tỉnh", TC = "Sở Tài chính";
const KH = "Sở Khoa học và Công nghệ", SBN = "Các sở, ban, ngành", XA = "UBND các xã, phường";
const TTHCC = "Trung tâm Phục vụ hành chính công tỉnh";
const d = (y, m, day) => new Date(Date.UTC(y, m - 1, day));

// rows: ["g", roman, label] | [stt, code, content, lead, coord, time, product]
const sheet1 = [
  ["g", "I", "CẢI CÁCH THỂ CHẾ"],
  ["1", "TC26-01", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành sau sắp xếp đơn vị " +
    "hành chính", TP, SBN, d(2026, 6, 30), "Quyết định công bố kết quả"],
  ["2", "TC26-02", "Kiểm tra, xử lý văn bản quy phạm pháp luật do HĐND, UBND các xã, phường ban hành", TP, XA,
    "Quý III/2026", "Báo cáo kết quả kiểm tra"],
  ["3", "TC26-03", "Theo dõi tình hình thi hành pháp luật trên địa bàn tỉnh", TP, SBN, "Thường xuyên", "Báo cáo"],
  ["g", "II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"],
  ["1", "TT26-01", "Công bố, công khai danh mục thủ tục hành chính được sửa đổi, bổ sung sau sắp xếp bộ máy", VP,
    SBN, d(2026, 5, 15), "Quyết định công bố"],
  ["2", "TT26-02", "Rà soát, đơn giản hóa thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước", VP,
    `${TP}; ${NV}`, "Trước ngày 15/10/2026", "Phương án đơn giản hóa"],
  ["3", "TT26-03", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt tỷ lệ 100% theo quy định", TTHCC,
    `${KH}; ${XA}`, d(2026, 10, 31), "Dữ liệu được số hóa"],
  ["g", "III", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC"],
  ["1", "TB26-01", "Hoàn thiện quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của các sở sau sắp xếp", NV,
    SBN, d(2026, 4, 30), "Quyết định của UBND tỉnh"],
  ["2", "TB26-02", "Hướng dẫn xây dựng Đề án vị trí việc làm của UBND các xã, phường", NV, XA, "Quý II/2026",
    "Văn bản hướng dẫn"],
  ["g", "IV", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ"],
  ["1", "CV26-01", "Tổ chức kỳ tuyển dụng công chức cấp xã năm 2026", NV, XA, "Tháng 8/2026", "Kết quả tuyển dụng"],
  ["2", "CV26-02", "Kiểm tra công vụ đột xuất việc chấp hành kỷ luật, kỷ cương hành chính", NV, VP, "Thường xuyên",
    "Thông báo kết quả kiểm tra"],
  ["g", "V", "CẢI CÁCH TÀI CHÍNH CÔNG"],
  ["1", "TC26-09", "Báo cáo tình hình giải ngân vốn đầu tư công năm 2026, đề xuất điều chuyển vốn của dự án chậm " +
    "giải ngân", TC, `${SBN}; ${XA}`, d(2026, 12, 20), "Báo cáo, tờ trình"],
];
const sheet2 = [
  ["g", "VI", "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ"],
  ["1", "CS26-01", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh theo mô hình chính quyền hai cấp",
    KH, VP, d(2026, 9, 30), "Hệ thống được nâng cấp"],
  ["2", "CS26-02", "Kết nối, chia sẻ dữ liệu dân cư với cơ sở dữ liệu chuyên ngành phục vụ giải quyết thủ tục hành " +
    "chính", "Công an tỉnh", KH, "Trước ngày 01/7/2026", "Dữ liệu được kết nối"],
  ["3", "CS26-03", "Đánh giá, công bố mức độ chuyển đổi số của các sở, ban, ngành, UBND các xã, phường năm 2025", KH,
    NV, "Tháng 5/2026", "Quyết định công bố"],
  ["4", "CS26-04", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026, gửi Sở Nội vụ thẩm định",
    `${SBN}; ${XA}`, "", d(2026, 12, 10), "Báo cáo tự đánh giá"],
  ["5", "CS26-05", "Duy trì vận hành Hệ thống quản lý văn bản và điều hành liên thông bốn cấp", VP, KH,
    "Thường xuyên", "Hệ thống vận hành ổn định"],
];

const COLS = [6, 10, 52, 22, 26, 17, 22];
const thin = { style: "thin" };
const box = { top: thin, left: thin, bottom: thin, right: thin };
const TNR = { name: "Times New Roman", size: 12 };
const dd = (v) => `${String(v.getUTCDate()).padStart(2, "0")}/${String(v.getUTCMonth() + 1).padStart(2, "0")}/` +
  v.getUTCFullYear();

function sheet(wb, name, rows, title, withHead) {
  const ws = wb.addWorksheet(name, { pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true,
    fitToWidth: 1, fitToHeight: 0, margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3,
      footer: 0.3 } }, views: [{ showGridLines: false }] });
  COLS.forEach((w, i) => { ws.getColumn(i + 1).width = w; });
  ws.getColumn(2).hidden = true; // the office's internal task code
  const text = []; // what Excel's clipboard gives for A1:G<last>
  const put = (vals, style = {}) => {
    const r = ws.addRow(vals);
    r.eachCell({ includeEmpty: true }, (c) => { c.font = { ...TNR, ...(style.font ?? {}) };
      c.alignment = { wrapText: true, vertical: "middle", ...(style.align ?? {}) }; });
    text.push(Array.from({ length: 7 }, (_, i) => vals[i] instanceof Date ? dd(vals[i]) : vals[i] ?? "").join("\t"));
    return r;
  };
  if (withHead) {
    const b = { font: { bold: true }, align: { horizontal: "center" } };
    put(["ỦY BAN NHÂN DÂN", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], b);
    put(["TỈNH THÁI NGUYÊN", "", "", "Độc lập - Tự do - Hạnh phúc"], b);
    put(["Số: 215/KH-UBND", "", "", "Thái Nguyên, ngày 18 tháng 3 năm 2026"], { align: { horizontal: "center" } });
    ws.getCell("D3").font = { ...TNR, italic: true };
    for (const r of [1, 2, 3]) { ws.mergeCells(`A${r}:C${r}`); ws.mergeCells(`D${r}:G${r}`); }
    put([]);
  }
  for (const [i, t] of title.entries()) {
    const r = put([t], { font: { bold: i < 2, italic: i === 2, size: i === 0 ? 14 : 12 },
      align: { horizontal: "center" } });
    ws.mergeCells(`A${r.number}:G${r.number}`);
    if (i === 1) r.height = 33;
  }
  put([]);
  const h1 = put(["STT", "Mã NV", "Nội dung nhiệm vụ", "Cơ quan thực hiện", "", "Thời gian hoàn thành", "Sản phẩm"],
    { font: { bold: true }, align: { horizontal: "center" } });
  const h2 = put(["", "", "", "Chủ trì", "Phối hợp", "", ""], { font: { bold: true }, align: { horizontal: "center" } });
  const a = h1.number, b2 = h2.number;
  for (const c of ["A", "B", "C", "F", "G"]) ws.mergeCells(`${c}${a}:${c}${b2}`);
  ws.mergeCells(`D${a}:E${a}`);
  h1.height = 22; h2.height = 22;
  const first = a;
  for (const row of rows) {
    if (row[0] === "g") {
      const r = put([row[1], "", row[2]], { font: { bold: true }, align: { horizontal: "left" } });
      ws.getCell(`A${r.number}`).alignment = { horizontal: "center", vertical: "middle" };
      ws.mergeCells(`C${r.number}:G${r.number}`);
      continue;
    }
    const r = put(row, { align: { horizontal: "left" } });
    // Excel saves the row height it auto-fitted (customHeight off), so LibreOffice prints the wrapped lines.
    r.height = 16 * Math.max(...row.map((v, i) => (typeof v === "string" && i !== 1 ?
      Math.ceil(v.length / (COLS[i] * 0.95)) : 1)));
    for (const c of ["A", "B", "F"]) ws.getCell(`${c}${r.number}`).alignment = { horizontal: "center",
      vertical: "middle", wrapText: true };
    if (row[5] instanceof Date) ws.getCell(`F${r.number}`).numFmt = "dd/mm/yyyy";
  }
  for (let r = first; r <= ws.rowCount; r++) for (let c = 1; c <= 7; c++) ws.getCell(r, c).border = box;
  ws.pageSetup.printTitlesRow = `${a}:${b2}`;
  return { ws, text };
}

const wb = new ExcelJS.Workbook();
wb.creator = "Văn phòng UBND tỉnh Thái Nguyên";
wb.created = new Date(Date.UTC(2026, 2, 18, 2, 0));
const s1 = sheet(wb, "Phụ lục 1", sheet1, ["KẾ HOẠCH", "Nâng cao Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số " +
  "hài lòng của người dân, tổ chức (SIPAS) năm 2026", "Phụ lục 1: Danh mục nhiệm vụ cải cách hành chính năm 2026"],
  true);
s1.ws.addRow([]);
const note = s1.ws.addRow(["Ghi chú: Thời gian hoàn thành ghi ngày cụ thể là thời hạn cuối cùng cơ quan chủ trì phải " +
  "hoàn thành; nhiệm vụ lĩnh vực chính quyền số tại Phụ lục 2."]);
note.getCell(1).font = { ...TNR, italic: true };
s1.ws.mergeCells(`A${note.number}:G${note.number}`);
note.height = 32; note.getCell(1).alignment = { wrapText: true, vertical: "top" };
s1.text.push("", note.getCell(1).value + "\t\t\t\t\t\t");
const s2 = sheet(wb, "Phụ lục 2", sheet2, ["PHỤ LỤC 2", "Nhiệm vụ xây dựng chính quyền điện tử, chính quyền số năm 2026",
  "(Kèm theo Kế hoạch số 215/KH-UBND ngày 18/3/2026 của UBND tỉnh Thái Nguyên)"], false);

fs.mkdirSync(DIR, { recursive: true });
const xlsx = path.join(DIR, "plan.xlsx");
await wb.xlsx.writeFile(xlsx);
// Excel's clipboard: every cell of the selection, tabs between, blank rows as tabs only; sheet 2 pasted under sheet 1.
const blank = (l) => (l === "" ? "\t\t\t\t\t\t" : l);
fs.writeFileSync(path.join(DIR, "plan.txt"), [...s1.text.map(blank), "", ...s2.text.map(blank)].join("\r\n")
  .normalize("NFC") + "\r\n");
const lo = ["-env:UserInstallation=file:///tmp/" + WHO + "-lo", "--headless", "--convert-to"];
for (const f of ["xls", "ods", "pdf"]) execFileSync("soffice", [...lo, f, "--outdir", DIR, xlsx], { stdio: "ignore" });

const D = ["@departments"];
const tasks = [
  task("I.1", sheet1[1][2], "2026-06-30", [TP], D),
  task("I.2", sheet1[2][2], "2026-09-30", [TP], [XA]),
  task("II.1", sheet1[5][2], "2026-05-15", [VP], D),
  task("II.2", sheet1[6][2], "2026-10-14", [VP], [TP, NV]),
  task("II.3", sheet1[7][2], "2026-10-31", [TTHCC], [KH, XA]),
  task("III.1", sheet1[9][2], "2026-04-30", [NV], D),
  task("III.2", sheet1[10][2], "2026-06-30", [NV], [XA]),
  task("IV.1", sheet1[12][2], "2026-08-31", [NV], [XA]),
  task("V.1", sheet1[15][2], "2026-12-20", [TC], [...D, XA]),
  task("VI.1", sheet2[1][2], "2026-09-30", [KH], [VP]),
  task("VI.2", sheet2[2][2], "2026-06-30", ["Công an tỉnh"], [KH]),
  task("VI.3", sheet2[3][2], "2026-05-31", [KH], [NV]),
  task("VI.4", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026", "2026-12-10", [...D, XA]),
];
const expected = {
  id: ID,
  style: "Kế hoạch 215/KH-UBND of UBND tỉnh Thái Nguyên, 18/3/2026 (after the reorganisation: merged departments, " +
    "no districts; 'UBND các xã, phường' unresolved), nâng cao PAR INDEX và SIPAS 2026, as the WORKBOOK Văn phòng " +
    "UBND tỉnh keeps (exceljs, as Excel saves it). Sheet 'Phụ lục 1': header block in merged cells (A1:C1 'ỦY BAN NHÂN " +
    "DÂN', A2:C2 'TỈNH THÁI NGUYÊN', A3:C3 'Số: 215/KH-UBND'; D1:G1, D2:G2 motto, D3:G3 'Thái Nguyên, ngày 18 tháng 3 năm 2026'), " +
    "title rows merged A:G, two-row header (STT | Mã NV | Nội dung nhiệm vụ | Cơ quan thực hiện over Chủ trì, Phối " +
    "hợp | Thời gian hoàn thành | Sản phẩm; single cells merged down, 'Cơ quan thực hiện' merged across D:E). Column " +
    "B 'Mã NV' (internal codes TC26-01…) is HIDDEN: no unit, no date, no ref. Group rows: Roman in A, label merged " +
    "C:G. Time cells are real dates (numFmt dd/mm/yyyy, the due as written; the sheet's note says so) or text. Sheet " +
    "'Phụ lục 2' (visible) continues with group VI under its own title and the same header. ref = group Roman + STT. " +
    "Dates: I.1 30/06 Tue; I.2 'Quý III' 30/9 Wed; I.3 'Thường xuyên' none; II.1 15/05 Fri; II.2 'Trước ngày " +
    "15/10' -> 14/10 Wed; II.3 31/10 Sat -> 2/11; III.1 30/04 (holiday) -> 4/5; III.2 'Quý II' 30/6; IV.1 " +
    "'Tháng 8' 31/8 Mon; IV.2 none; V.1 20/12 Sun -> 21/12; VI.1 30/09 Wed; VI.2 'Trước ngày 01/7' -> 30/6 Tue; " +
    "VI.3 'Tháng 5' 31/5 Sun -> 1/6; VI.4 10/12 Thu (Sở Nội vụ the recipient, no coordinator); VI.5 none. Trung " +
    "tâm Phục vụ hành chính công tỉnh unresolved. plan.xls, plan.ods: LibreOffice copies; plan.pdf: LibreOffice's " +
    "print of the workbook (landscape, fit to width, both sheets, header rows repeated); plan.txt: both sheets copied " +
    "from Excel (CRLF, tabs, hidden column B copied too, merged cells' text in their first cell, dates as shown).",
  province: "Thái Nguyên",
  plan: { number: "215/KH-UBND", date: "2026-03-18" },
  tasks,
  unresolved: [XA, TTHCC],
  successors: [],
};
fs.writeFileSync(path.join(DIR, "expected.json"), JSON.stringify(expected, null, 2).normalize("NFC") + "\n");

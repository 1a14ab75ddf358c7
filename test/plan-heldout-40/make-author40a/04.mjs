// 04: Thái Nguyên 2026 (after the reorganisation: merged departments, communes, no districts), UBND tỉnh, Kế hoạch
// 97/KH-UBND, 10/3/2026, phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026, as an .xlsx WRITTEN BY A WEB
// SYSTEM'S LIBRARY, not by Excel: the package is written by hand with JSZip, a single sheet "Sheet1", every string
// an inline string (t="inlineStr", no sharedStrings.xml), rows and cells WITHOUT r attributes (their positions are
// their order), deadlines as serial numbers with style s="1" -> numFmtId 14 (the locale's short date) in a minimal
// styles.xml, no docProps, a merged title row (the only cell references in the file: A1:E1). Content: an ordinary
// task table STT | Nội dung | Chủ trì | Phối hợp | Hạn hoàn thành; one content cell holds a line break. plan.xls,
// plan.ods and plan.pdf are LibreOffice's (vi-VN locale) conversions OF THIS FILE; plan.txt Excel's copy (vi-VN:
// dd/mm/yyyy).
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import JSZip from "jszip";
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { D, cellOf, clipboard, dateLine, isoOf, ready, showDate, writeJson } from "./sheet.mjs";

const ID = "04-thai-nguyen-2026-web-system-xlsx-inline-strings-no-cell-references-date-serials-numfmt-14";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NM = "Sở Nông nghiệp và Môi trường", TC = "Sở Tài chính", XD = "Sở Xây dựng", KC = "Sở Khoa học và Công nghệ";
const CA = "Công an tỉnh", YT = "Sở Y tế", GD = "Sở Giáo dục và Đào tạo", VH = "Sở Văn hóa, Thể thao và Du lịch";
const BAO = "Báo và Phát thanh, Truyền hình Thái Nguyên", VP = "Văn phòng UBND tỉnh", SN = "Các sở, ban, ngành";
const QS = "Bộ Chỉ huy Quân sự tỉnh", VT = "Viễn thông Thái Nguyên", CX = "UBND cấp xã";
const g = (n) => (n === SN ? "@departments" : n);
const NUM = "97/KH-UBND";

// [content (title = its first line), lead, coordinators, deadline | null]
const ROWS = [
  ["Kiện toàn Ban Chỉ huy phòng thủ dân sự tỉnh và Ban Chỉ huy phòng thủ dân sự các xã, phường", QS, [NM, CX],
    D(2026, 3, 31)],
  ["Rà soát, cập nhật phương án ứng phó thiên tai theo cấp độ rủi ro năm 2026", NM, [CX], D(2026, 4, 15)],
  ["Kiểm tra hiện trạng hồ chứa, đê điều, công trình thủy lợi trước mùa mưa lũ", NM, [XD], D(2026, 4, 30)],
  ["Bố trí kinh phí dự phòng ngân sách tỉnh cho công tác phòng, chống thiên tai", TC, [NM], D(2026, 3, 20)],
  ["Tổ chức diễn tập phòng, chống lụt bão và tìm kiếm cứu nạn cấp tỉnh\n(địa điểm: xã Đại Từ)", QS, [CA, YT],
    D(2026, 5, 30)],
  ["Bảo đảm thông tin liên lạc phục vụ chỉ đạo, điều hành phòng, chống thiên tai", KC, [VT], D(2026, 5, 31)],
  ["Rà soát các điểm có nguy cơ sạt lở đất, lũ quét; di dời hộ dân ra khỏi vùng nguy hiểm", CX, [NM],
    D(2026, 6, 15)],
  ["Kiểm tra an toàn công trình giao thông, bố trí lực lượng phân luồng tại các ngầm tràn", XD, [CA],
    D(2026, 6, 10)],
  ["Chuẩn bị cơ số thuốc, vật tư y tế phục vụ cứu chữa người bị nạn", YT, [], D(2026, 6, 20)],
  ["Tuyên truyền kỹ năng phòng, tránh đuối nước cho học sinh trong dịp hè", GD, [VH], D(2026, 5, 29)],
  ["Phát bản tin dự báo, cảnh báo thiên tai trên sóng phát thanh, truyền hình và báo điện tử", BAO, [NM],
    D(2026, 6, 1)],
  ["Kiểm tra công tác phòng cháy, chữa cháy rừng trong mùa khô 2026-2027", NM, [CA, CX], D(2026, 11, 15)],
  ["Tổng kết công tác phòng, chống thiên tai năm 2026, báo cáo Ban Chỉ đạo quốc gia", NM, [SN], D(2026, 12, 15)],
  ["Trực ban phòng, chống thiên tai 24/24 giờ trong mùa mưa bão", VP, [NM], null],
];

// The sheet model (for Excel's copy); XML is written from it below.
const rows = [
  { cells: [{ v: `DANH SÁCH NHIỆM VỤ THEO KẾ HOẠCH SỐ ${NUM} NGÀY 10/03/2026 CỦA UBND TỈNH THÁI NGUYÊN`, across: 4,
    s: 2 }] },
  { cells: ["Xuất từ hệ thống: Quản lý nhiệm vụ - thời điểm xuất 12/03/2026 09:41"] },
  { cells: ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Hạn hoàn thành"].map((v) => ({ v, s: 2 })) },
  ...ROWS.map(([content, lead, co, due], i) => ({ cells: [String(i + 1), content, lead, co.join(", "),
    ...(due ? [due] : [])] })),
];
const sheet = { name: "Sheet1", widths: [6, 60, 28, 40, 16], rows };

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const serial = (d) => Math.round((d.getTime() - Date.UTC(1899, 11, 30)) / 86400000);
function cellXml(raw) {
  const c = cellOf(raw);
  if (c.v instanceof Date) return `<c s="1"><v>${serial(c.v)}</v></c>`;
  const s = c.s ? ` s="${c.s}"` : "";
  const blanks = "<c/>".repeat(c.across ?? 0);
  return `<c t="inlineStr"${s}><is><t xml:space="preserve">${esc(String(c.v).normalize("NFC"))}</t></is></c>${blanks}`;
}
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const parts = {
  "[Content_Types].xml": XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
    `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/></Types>`,
  "_rels/.rels": XML + `<Relationships xmlns="${PKG}"><Relationship Id="rId1" ` +
    `Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  "xl/workbook.xml": XML + `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
    '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
  "xl/_rels/workbook.xml.rels": XML + `<Relationships xmlns="${PKG}">` +
    `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
    `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  "xl/styles.xml": XML + `<styleSheet xmlns="${MAIN}">` +
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/>' +
    '</font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill>' +
    '<patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>',
  "xl/worksheets/sheet1.xml": XML + `<worksheet xmlns="${MAIN}"><cols>` +
    sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("") +
    "</cols><sheetData>" + rows.map((r) => `<row>${r.cells.map(cellXml).join("")}</row>`).join("") +
    '</sheetData><mergeCells count="1"><mergeCell ref="A1:E1"/></mergeCells></worksheet>',
};

ready(DIR);
const zip = new JSZip();
for (const [name, text] of Object.entries(parts)) zip.file(name, text, { date: new Date("2026-03-12T02:41:00Z"),
  createFolders: false });
fs.writeFileSync(path.join(DIR, "plan.xlsx"), await zip.generateAsync({ type: "nodebuffer",
  compression: "DEFLATE" }));
fs.writeFileSync(path.join(DIR, "plan.txt"), clipboard(sheet));

// LibreOffice with a vi-VN locale (numFmtId 14 is the locale's short date: dd/mm/yyyy), from the hand-made file.
const PROFILE = "/tmp/author40a-lo-vi";
fs.mkdirSync(`${PROFILE}/user`, { recursive: true });
fs.writeFileSync(`${PROFILE}/user/registrymodifications.xcu`, XML + '<oor:items xmlns:oor="http://openoffice.org/' +
  '2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  '<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>vi-VN' +
  "</value></prop></item></oor:items>\n");
for (const [target, name] of [["pdf", "plan.pdf"], ["xls:MS Excel 97", "plan.xls"], ["ods", "plan.ods"]]) {
  const tmp = fs.mkdtempSync("/tmp/author40a-04-");
  execFileSync("soffice", [`-env:UserInstallation=file://${PROFILE}`, "--headless", "--convert-to", target,
    "--outdir", tmp, path.join(DIR, "plan.xlsx")], { stdio: "ignore" });
  fs.copyFileSync(path.join(tmp, name), path.join(DIR, name));
}

const tasks = [];
const lines = [];
ROWS.forEach(([content, lead, co, due], i) => {
  if (!due) return void lines.push(`${i + 1} empty cell, no task`);
  const t = task(String(i + 1), content.split("\n")[0], isoOf(due), [g(lead)], co.map(g));
  tasks.push(t);
  lines.push(dateLine(String(i + 1), showDate(due), t));
});
const expected = {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Thái Nguyên, 10/03/2026 (merged departments, communes; 'Các sở, ban, ngành' ` +
    "= @departments; 'Bộ Chỉ huy Quân sự tỉnh', 'Viễn thông Thái Nguyên' and 'UBND cấp xã' unresolved), phòng, " +
    "chống thiên tai 2026, as an .xlsx WRITTEN BY A WEB SYSTEM'S LIBRARY, not Excel: hand-made with JSZip, one " +
    "sheet 'Sheet1', every string t=\"inlineStr\" (no sharedStrings.xml), rows and cells WITHOUT r attributes " +
    "(a cell's column is its place in the row; the merged title row A1:E1 writes empty <c/> for B1-E1), deadlines " +
    "as date serial numbers with s=\"1\" -> numFmtId 14 (the locale's short date) in a minimal styles.xml, no " +
    "docProps. A title naming the plan (number, date) and an export line (12/03/2026 09:41, not a deadline), then " +
    "STT | Nội dung | Chủ trì | Phối hợp | Hạn hoàn thành; ref = STT (an inline string); task 5's content has a " +
    "line break (its title is the first line; the second names a place). The last row has no Hạn cell at all " +
    "(no task). Due = the serial's day. Dates: " + lines.join("; ") + ". plan.xls, plan.ods and plan.pdf are " +
    "LibreOffice's (vi-VN locale) conversions of the hand-made plan.xlsx; plan.txt Excel's copy (dd/mm/yyyy).",
  province: "Thái Nguyên",
  plan: { number: NUM, date: "2026-03-10" },
  tasks,
  unresolved: [QS, VT, CX],
  successors: [],
};
writeJson(path.join(DIR, "expected.json"), expected);

// 01: Lai Châu 2024 (before the reorganisation: old departments, districts), UBND tỉnh, Kế hoạch 27/KH-UBND,
// 31/01/2024, nâng cao Chỉ số CCHC (PAR Index) và Chỉ số SIPAS năm 2024, as a workbook whose task table names its
// units by CODES: the "Chủ trì" and "Phối hợp" columns hold short codes (SNV, VPUBND, CAT, UBNDH…) picked from a
// data-validation dropdown whose list is the range A4:A19 of a second sheet "Danh mục đơn vị" (Mã | Tên đơn vị);
// the coordinating column holds several codes joined by ", " or "; " (its validation warns nothing, so typing a
// list is allowed). plan.xlsx by exceljs (with the validations), .xls/.ods LibreOffice's copies, plan.pdf its print,
// plan.txt Excel's copy of both sheets (tab name on its own line before each sheet's rows).
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { D, clipboard, dateLine, printAndCopy, ready, showDate, toWorksheet, writeJson } from "../../plan-corpus/author-kit/sheet.mjs";

const ID = "01-lai-chau-2024-unit-codes-from-dropdown-explained-on-second-sheet-danh-muc-don-vi";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "27/KH-UBND";

// code -> [name as the catalogue writes it, the answer's unit]
const CODES = [
  ["SNV", "Sở Nội vụ"],
  ["STP", "Sở Tư pháp"],
  ["STC", "Sở Tài chính"],
  ["SKHĐT", "Sở Kế hoạch và Đầu tư"],
  ["STTTT", "Sở Thông tin và Truyền thông"],
  ["SKHCN", "Sở Khoa học và Công nghệ"],
  ["VPUBND", "Văn phòng UBND tỉnh"],
  ["TTT", "Thanh tra tỉnh"],
  ["CAT", "Công an tỉnh"],
  ["BĐT", "Bưu điện tỉnh"],
  ["ĐPTTH", "Đài Phát thanh - Truyền hình tỉnh"],
  ["BLC", "Báo Lai Châu"],
  ["CSBN", "Các sở, ban, ngành tỉnh", "@departments"],
  ["UBNDH", "UBND các huyện, thành phố", "@districts"],
];
const unitOf = Object.fromEntries(CODES.map(([code, name, group]) => [code, group ?? name]));

// [title, lead code, coordinator codes as typed, deadline cell (Date | text), due | null]
const ROWS = [
  ["Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024 của tỉnh", "SNV", "STTTT, ĐPTTH, BLC",
    "Trước 29/02/2024", "2024-02-28"],
  ["Rà soát, công bố danh mục thủ tục hành chính được tiếp nhận trực tuyến toàn trình", "VPUBND", "CSBN; UBNDH",
    D(2024, 3, 15), "2024-03-15"],
  ["Tự kiểm tra, rà soát văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành", "STP", "CSBN", "Quý II/2024",
    "2024-06-30"],
  ["Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, kết nối Cổng Dịch vụ công quốc gia", "STTTT",
    "VPUBND, CAT", D(2024, 5, 31), "2024-05-31"],
  ["Công khai quyết toán ngân sách địa phương năm 2023 theo quy định", "STC", "SKHĐT", "Chậm nhất 20/7/2024",
    "2024-07-20"],
  ["Kiểm tra công tác cải cách hành chính, kỷ luật, kỷ cương hành chính tại các cơ quan, đơn vị", "SNV",
    "TTT; VPUBND", "Tháng 8/2024", "2024-08-31"],
  ["Cập nhật tiến độ giải ngân vốn đầu tư công trên Hệ thống thông tin quốc gia về đầu tư công", "SKHĐT",
    "STC", D(2024, 9, 30), "2024-09-30"],
  ["Triển khai thu nhận hồ sơ căn cước, kích hoạt định danh điện tử mức độ 2 cho công dân tại các xã", "CAT",
    "UBNDH", "Quý III/2024", "2024-09-30"],
  ["Khảo sát sự hài lòng của người dân, tổ chức (SIPAS) đối với sự phục vụ của cơ quan hành chính", "SNV",
    "BĐT; UBNDH", "Trước 15/10/2024", "2024-10-14"],
  ["Đánh giá việc áp dụng, duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", "SKHCN",
    "CSBN, UBNDH", D(2024, 10, 31), "2024-10-31"],
  ["Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa các cấp", "VPUBND",
    "STTTT, BĐT, UBNDH", "Tháng 11/2024", "2024-11-30"],
  ["Tự đánh giá, chấm điểm Chỉ số CCHC năm 2024 của cơ quan, gửi hồ sơ về Sở Nội vụ", "CSBN", "",
    "Trước 10/12/2024", "2024-12-09"],
  ["Thanh tra trách nhiệm người đứng đầu trong thực hiện nhiệm vụ cải cách hành chính", "TTT", "SNV",
    "Quý IV/2024", "2024-12-31"],
  ["Kiểm tra việc tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích", "BĐT", "VPUBND; UBNDH",
    "Thường xuyên", null],
  ["Tổng hợp, báo cáo kết quả thực hiện Kế hoạch năm 2024 về UBND tỉnh", "SNV", "VPUBND", D(2024, 12, 20),
    "2024-12-20"],
];

const C = (v, o = {}) => ({ v, ...o });
const H = { bold: true, align: "center" };
const HEAD = 7;
const rows = [
  { cells: [C("ỦY BAN NHÂN DÂN", { ...H, across: 1 }), C("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { ...H, across: 3 })] },
  { cells: [C("TỈNH LAI CHÂU", { ...H, across: 1 }), C("Độc lập - Tự do - Hạnh phúc", { ...H, across: 3 })] },
  { cells: [C(`Số: ${NUM}`, { align: "center", across: 1 }),
    C("Lai Châu, ngày 31 tháng 01 năm 2024", { italic: true, align: "center", across: 3 })] },
  { cells: [C("KẾ HOẠCH NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX) VÀ CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC " +
    "(SIPAS) NĂM 2024", { ...H, across: 5, size: 13 })], height: 36 },
  { cells: [C("BIỂU PHÂN CÔNG NHIỆM VỤ (mã đơn vị: xem sheet “Danh mục đơn vị”)", { italic: true, align: "center",
    across: 5 })] },
  { cells: [] },
  { cells: ["STT", "Nội dung nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian hoàn thành", "Ghi chú"].map((v) =>
    C(v, { ...H, fill: "FFD9E1F2", valign: "middle" })) },
  ...ROWS.map(([title, lead, co, when], i) => ({ cells: [C(i + 1, { align: "center" }), C(title),
    C(lead, { align: "center" }), C(co), C(when, { align: "center" }), C(when === "Thường xuyên" ? "Cả năm" : "")] })),
];
const last = HEAD + ROWS.length;
const LIST = "'Danh mục đơn vị'!$A$4:$A$17";
const tasksSheet = { name: "Nhiệm vụ", widths: [6, 58, 11, 20, 18, 10], rows, boxFrom: HEAD,
  lists: [{ cells: `C${HEAD + 1}:C${last}`, formula: LIST }, { cells: `D${HEAD + 1}:D${last}`, formula: LIST,
    strict: false }] };
const codeSheet = { name: "Danh mục đơn vị", widths: [12, 46], boxFrom: 3, portrait: true, rows: [
  { cells: [C("DANH MỤC MÃ ĐƠN VỊ", { ...H, across: 1 })] },
  { cells: [C("(dùng cho cột Chủ trì, Phối hợp của sheet Nhiệm vụ)", { italic: true, align: "center", across: 1 })] },
  { cells: [C("Mã", { ...H, fill: "FFD9E1F2" }), C("Tên đơn vị", { ...H, fill: "FFD9E1F2" })] },
  ...CODES.map(([code, name]) => ({ cells: [C(code, { align: "center" }), C(name)] })),
] };
if (codeSheet.rows.length !== 17) throw new Error("the validation range must cover the codes");
const ALL = [tasksSheet, codeSheet];

ready(DIR);
const wb = new ExcelJS.Workbook();
wb.creator = "Lo Thi Huong";
wb.created = new Date("2024-01-29T01:20:00Z");
wb.modified = new Date("2024-01-31T08:10:00Z");
for (const sh of ALL) toWorksheet(wb, sh, { size: 12 });
await wb.xlsx.writeFile(path.join(DIR, "plan.xlsx"));
fs.writeFileSync(path.join(DIR, "plan.txt"), ALL.map((sh) => `${sh.name}\r\n${clipboard(sh)}`).join("\r\n")
  .normalize("NFC"));
printAndCopy(DIR);

const tasks = [];
const lines = [];
ROWS.forEach(([title, lead, co, when, due], i) => {
  const written = when instanceof Date ? showDate(when) : when;
  if (!due) return void lines.push(`${i + 1} '${written}' no task`);
  const t = task(String(i + 1), title, due, [unitOf[lead]], co ? co.split(/[,;] /).map((c) => unitOf[c]) : []);
  tasks.push(t);
  lines.push(dateLine(`${i + 1} ${lead}/${co || "-"}`, written, t));
});
const expected = {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Lai Châu, 31/01/2024 (old departments, districts), PAR Index and SIPAS ` +
    "2024, as a WORKBOOK WHOSE TASK TABLE NAMES UNITS BY CODES: sheet 'Nhiệm vụ' (header block with number and " +
    "date, title, STT | Nội dung nhiệm vụ | Chủ trì | Phối hợp | Thời gian hoàn thành | Ghi chú) holds in Chủ trì " +
    "one code and in Phối hợp codes joined by ', ' or '; ', both picked from a DATA-VALIDATION DROPDOWN whose list " +
    "is 'Danh mục đơn vị'!$A$4:$A$17; the second sheet 'Danh mục đơn vị' (Mã | Tên đơn vị) explains the codes: " +
    CODES.map(([c, n]) => `${c} = ${n}`).join(", ") + " ('Các sở, ban, ngành tỉnh' = @departments, 'UBND các " +
    "huyện, thành phố' = @districts). The answer gives the full units. ref = STT. Dates (STT lead/coordinator " +
    "codes): " + lines.join("; ") + ". 'gửi hồ sơ về Sở Nội vụ', 'báo cáo ... về UBND tỉnh': recipients. " +
    "plan.xlsx (exceljs, validations written), .xls/.ods LibreOffice's copies, plan.pdf its print, plan.txt " +
    "Excel's copy of both sheets, each after its tab name.",
  province: "Lai Châu",
  plan: { number: NUM, date: "2024-01-31" },
  tasks,
  unresolved: [],
  successors: [],
};
writeJson(path.join(DIR, "expected.json"), expected);

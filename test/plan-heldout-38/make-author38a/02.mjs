// 02: Lai Châu 2024 (before the reorganisation: old departments, districts), UBND tỉnh, Kế hoạch 96/KH-UBND,
// 15/3/2024 — Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2024, its task list as the old reporting tool
// exports it. Habit: plan.xls is an EXCEL 2003 XML SPREADSHEET (SpreadsheetML: <?mso-application
// progid="Excel.Sheet"?>, ss:Workbook / ss:Styles / ss:Worksheet / ss:Table / ss:Row / ss:Cell written with the ss:
// prefix, empty cells left out and the next one placed by ss:Index, ss:MergeAcross on titles and group rows,
// ss:MergeDown on a time cell and a lead cell; ss:Data ss:Type="DateTime" for some deadlines (style dd/mm/yyyy) and
// "String" for the others ('Quý III/2024', 'Trước ngày …', 'Thường xuyên'); STT ss:Type="Number"). Two worksheets:
// the province's departments, then the districts (STT running on). A group row carries a time its blank rows
// inherit. plan.xlsx the Excel re-save; plan.ods by LibreOffice; plan.pdf LibreOffice's print of plan.xlsx;
// plan.txt both sheets as Excel copies them, one after the other. plan.xls is written after office-copies.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import ExcelJS from "exceljs";
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { clipboard, layout, toWorksheet, writeText } from "./grid.mjs";

const ID = "02-lai-chau-2024-reporting-tool-xls-really-spreadsheetml-2003-xml-two-sheets-merge-down-datetime-string";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const LD = "Sở Lao động - Thương binh và Xã hội", KH = "Sở Kế hoạch và Đầu tư", NN = "Sở Nông nghiệp và Phát triển nông thôn";
const TC = "Sở Tài chính", XD = "Sở Xây dựng", TT = "Sở Thông tin và Truyền thông", HU = "UBND các huyện, thành phố";
const SN = "Các sở, ban, ngành", MT = "UBND huyện Mường Tè";
const g = (n) => (n === SN ? "@departments" : n === HU ? "@districts" : n);
const D = (m, d, y = 2024) => new Date(Date.UTC(y, m - 1, d));

// group: {group, time?}; row: [content, lead (string | [text, rows] | null = merged above), coord[], time (Date |
// string | [Date, rows] | null = merged above | "" = blank), due, note]
const PROVINCE = [
  { group: "I", title: "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH" },
  ["Tham mưu phân bổ vốn đầu tư phát triển, vốn sự nghiệp thực hiện Chương trình năm 2024 cho các huyện", KH,
    [TC, LD], D(4, 15), "2024-04-15"],
  ["Kiện toàn Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh, phân công thành viên phụ trách địa bàn", LD,
    ["Sở Nội vụ"], "Trước ngày 30/4/2024", "2024-04-29"],
  ["Tuyên truyền về giảm nghèo bền vững trên các phương tiện thông tin đại chúng", TT, ["Báo Lai Châu",
    "Đài Phát thanh - Truyền hình tỉnh"], "Thường xuyên", null],
  { group: "II", title: "THỰC HIỆN CÁC DỰ ÁN THÀNH PHẦN", time: "Quý III/2024" },
  ["Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo (Dự án 1)", KH, [HU], "", "2024-09-30"],
  ["Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo (Dự án 2)", NN, [LD], "", "2024-09-30"],
  ["Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp (Tiểu dự án 1, Dự án 3)", NN, [HU], D(8, 31),
    "2024-08-31"],
  ["Hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng (Tiểu dự án 3, Dự án 4)", LD, [],
    "Tháng 10/2024", "2024-10-31", "Theo nhu cầu của người lao động"],
  ["Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn các huyện nghèo (Dự án 5)", XD, [HU], D(11, 30),
    "2024-11-30"],
  ["Giảm nghèo về thông tin, hỗ trợ phương tiện nghe xem cho hộ nghèo (Dự án 6)", TT, ["Đài Phát thanh - Truyền hình tỉnh"],
    [D(6, 30), 2], "2024-06-30"],
  ["Nâng cao năng lực cán bộ làm công tác giảm nghèo các cấp (Dự án 7)", LD, [HU], null, "2024-06-30"],
  { group: "III", title: "KIỂM TRA, GIÁM SÁT, BÁO CÁO" },
  ["Kiểm tra, giám sát việc thực hiện Chương trình tại các huyện, thành phố", LD, ["Thanh tra tỉnh", KH],
    "Quý IV/2024", "2024-12-31"],
  ["Tổng hợp, báo cáo kết quả thực hiện Chương trình năm 2024 trình UBND tỉnh", LD, [SN], "Trước ngày 15/12/2024",
    "2024-12-14"],
];
const DISTRICTS = [
  ["Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo phát sinh trên địa bàn", HU, [LD], D(7, 15), "2024-07-15"],
  ["Xây dựng, phê duyệt kế hoạch thực hiện Chương trình năm 2024 của cấp huyện", HU, [], "Tháng 4/2024",
    "2024-04-30"],
  ["Triển khai dự án hỗ trợ phát triển sản xuất cộng đồng tại các xã đặc biệt khó khăn", [MT, 2], [NN], D(10, 31),
    "2024-10-31"],
  ["Hoàn thành hỗ trợ xóa nhà tạm, nhà dột nát cho hộ nghèo trên địa bàn huyện", null, [XD], "Quý IV/2024",
    "2024-12-31"],
  ["Giải ngân vốn đầu tư phát triển thực hiện Chương trình năm 2024", "UBND huyện Nậm Nhùn", [KH, TC],
    "Trước ngày 31/01/2025", "2025-01-30", "Theo quy định về kéo dài thời gian giải ngân"],
  ["Tổ chức đào tạo nghề cho lao động nông thôn thuộc hộ nghèo, hộ cận nghèo", "UBND huyện Sìn Hồ", [LD],
    "Quý III/2024", "2024-09-30"],
  ["Rà soát hộ nghèo, hộ cận nghèo cuối năm 2024 theo chuẩn nghèo đa chiều", HU, ["Cục Thống kê tỉnh"],
    "Từ 01/10 đến 15/12/2024", "2024-12-15"],
  ["Báo cáo kết quả thực hiện Chương trình năm 2024, gửi Sở Lao động - Thương binh và Xã hội tổng hợp", HU, [],
    D(12, 5), "2024-12-05"],
];

const NUM = "96/KH-UBND";
const HEAD = ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Ghi chú"];
const WIDTHS = [6, 56, 26, 30, 16, 20];
const C = (v, o = {}) => ({ v, ...o });
const tasks = [];
let stt = 0;
function sheetOf(name, top, items) {
  const rows = [...top, { cells: HEAD.map((h) => C(h, { bold: true, align: "center", st: "sHead" })), head: true }];
  const first = rows.length;
  let groupTime = null;
  items.forEach((it, i) => {
    if (!Array.isArray(it)) {
      groupTime = it.time ?? null;
      const cells = [C(it.group, { bold: true, align: "center", st: "sGroupC" }),
        C(it.title, { bold: true, across: it.time ? 2 : 4, st: "sGroup" })];
      if (it.time) cells.push(C(it.time, { bold: true, align: "center", st: "sGroupC" }), C("", { st: "sCell" }));
      rows.push({ cells });
      return;
    }
    const [content, lead, co, time, due, note] = it;
    stt++;
    const cells = [C(stt, { align: "center", st: "sStt" }), C(content, { st: "sCell" })];
    if (lead !== null) cells.push(Array.isArray(lead) ? C(lead[0], { down: lead[1] - 1, st: "sCell" }) : C(lead, { st: "sCell" }));
    cells.push(C(co.join("; "), { st: "sCell" }));
    if (time !== null) {
      const [v, n] = Array.isArray(time) ? time : [time, 1];
      cells.push(C(v, { down: n - 1, align: "center", st: v instanceof Date ? "sDate" : "sCellC" }));
    }
    cells.push(C(note ?? "", { st: "sCell" }));
    rows.push({ cells });
    let L = lead;
    for (let k = i; L === null; k--) L = items[k - 1][1];
    if (due) tasks.push(task(String(stt), content, due, [g(Array.isArray(L) ? L[0] : L)], co.map(g), time === "" && !!groupTime));
  });
  return { name, widths: WIDTHS, rows, first };
}
const T = (v, o) => ({ cells: [C(v, { across: 5, align: "center", ...o })] });
const S1 = sheetOf("Cap tinh", [
  { cells: [C("ỦY BAN NHÂN DÂN", { across: 1, bold: true, align: "center", st: "sTop" }),
    C("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { across: 3, bold: true, align: "center", st: "sTop" })] },
  { cells: [C("TỈNH LAI CHÂU", { across: 1, bold: true, align: "center", st: "sTop" }),
    C("Độc lập - Tự do - Hạnh phúc", { across: 3, bold: true, align: "center", st: "sTop" })] },
  { cells: [C(`Số: ${NUM}`, { across: 1, align: "center", st: "sPlain" }),
    C("Lai Châu, ngày 15 tháng 3 năm 2024", { across: 3, italic: true, align: "center", st: "sItal" })] },
  { cells: [] },
  T("KẾ HOẠCH", { bold: true, st: "sTitle" }),
  T("Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2024", { bold: true, st: "sTitle" }),
  T("Biểu 01: NHIỆM VỤ CỦA CÁC SỞ, BAN, NGÀNH TỈNH", { bold: true, st: "sTitle" }),
], PROVINCE);
const S2 = sheetOf("Cap huyen", [
  T("Biểu 02: NHIỆM VỤ CỦA UBND CÁC HUYỆN, THÀNH PHỐ", { bold: true, st: "sTitle" }),
  T(`(Kèm theo Kế hoạch số ${NUM} ngày 15/3/2024 của UBND tỉnh Lai Châu)`, { italic: true, st: "sItal" }),
  { cells: [] },
], DISTRICTS);
const SHEETS = [S1, S2];

// ---- the reporting tool's Excel 2003 XML ----
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
  .replace(/\n/g, "&#10;");
const iso = (d) => d.toISOString().slice(0, 19) + ".000";
function ssml() {
  const border = '<ss:Borders>' + ["Bottom", "Left", "Right", "Top"].map((p) =>
    `<ss:Border ss:Position="${p}" ss:LineStyle="Continuous" ss:Weight="1"/>`).join("") + "</ss:Borders>";
  const font = (o = "") => `<ss:Font ss:FontName="Times New Roman" x:Family="Roman" ss:Size="12"${o}/>`;
  const style = (id, { h = "Left", v = "Top", wrap = true, b = false, bold = false, italic = false, fmt } = {}) =>
    `  <ss:Style ss:ID="${id}">\n   <ss:Alignment ss:Horizontal="${h}" ss:Vertical="${v}"${wrap ? ' ss:WrapText="1"' : ""}/>` +
    `${b ? "\n   " + border : ""}\n   ${font((bold ? ' ss:Bold="1"' : "") + (italic ? ' ss:Italic="1"' : ""))}` +
    `${fmt ? `\n   <ss:NumberFormat ss:Format="${fmt}"/>` : ""}\n  </ss:Style>`;
  const styles = [
    `  <ss:Style ss:ID="Default" ss:Name="Normal">\n   <ss:Alignment ss:Vertical="Bottom"/>\n   ${font()}\n  </ss:Style>`,
    style("sTop", { h: "Center", bold: true }), style("sPlain", { h: "Center" }), style("sItal", { h: "Center", italic: true }),
    style("sTitle", { h: "Center", v: "Center", bold: true }),
    style("sHead", { h: "Center", v: "Center", b: true, bold: true }),
    style("sGroup", { b: true, bold: true }), style("sGroupC", { h: "Center", b: true, bold: true }),
    style("sStt", { h: "Center", b: true, wrap: false, fmt: "0" }), style("sCell", { b: true }),
    style("sCellC", { h: "Center", b: true }), style("sDate", { h: "Center", b: true, wrap: false, fmt: "dd/mm/yyyy" }),
  ].join("\n");
  const sheets = SHEETS.map((sh) => {
    const rows = layout(sh).map((placed) => {
      let next = 1;
      const cells = [];
      for (const c of placed) {
        const empty = c.v === "" || c.v === null || c.v === undefined;
        if (empty && !c.across && !c.down) continue;
        const at = (c.col !== next ? ` ss:Index="${c.col}"` : "") + (c.across ? ` ss:MergeAcross="${c.across}"` : "") +
          (c.down ? ` ss:MergeDown="${c.down}"` : "") + (c.st ? ` ss:StyleID="${c.st}"` : "");
        const data = empty ? "" : c.v instanceof Date ? `<ss:Data ss:Type="DateTime">${iso(c.v)}</ss:Data>` :
          typeof c.v === "number" ? `<ss:Data ss:Type="Number">${c.v}</ss:Data>` :
            `<ss:Data ss:Type="String">${esc(c.v)}</ss:Data>`;
        cells.push(`     <ss:Cell${at}>${data}</ss:Cell>`);
        next = c.col + 1 + (c.across ?? 0);
      }
      return cells.length ? `    <ss:Row ss:AutoFitHeight="1">\n${cells.join("\n")}\n    </ss:Row>` : "    <ss:Row/>";
    });
    const cols = sh.widths.map((w) => `    <ss:Column ss:Width="${Math.round(w * 5.6)}"/>`).join("\n");
    return `  <ss:Worksheet ss:Name="${sh.name}">
   <ss:Table ss:ExpandedColumnCount="6" ss:ExpandedRowCount="${sh.rows.length}" x:FullColumns="1" x:FullRows="1">
${cols}
${rows.join("\n")}
   </ss:Table>
   <x:WorksheetOptions>
    <x:PageSetup><x:Layout x:Orientation="Landscape"/></x:PageSetup>
    <x:Print><x:FitWidth>1</x:FitWidth><x:FitHeight>0</x:FitHeight><x:PaperSizeIndex>9</x:PaperSizeIndex></x:Print>
    <x:DoNotDisplayGridlines/>
   </x:WorksheetOptions>
  </ss:Worksheet>`;
  }).join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<?mso-application progid="Excel.Sheet"?>
<ss:Workbook xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office" ` +
  `xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:html="http://www.w3.org/TR/REC-html40">
 <o:DocumentProperties>
  <o:Author>BaoCaoMTQG</o:Author>
  <o:Created>2024-03-15T09:20:11Z</o:Created>
  <o:Company>So LDTBXH tinh Lai Chau</o:Company>
 </o:DocumentProperties>
 <x:ExcelWorkbook>
  <x:ProtectStructure>False</x:ProtectStructure>
  <x:ProtectWindows>False</x:ProtectWindows>
 </x:ExcelWorkbook>
 <ss:Styles>
${styles}
 </ss:Styles>
${sheets}
</ss:Workbook>
`;
}

fs.mkdirSync(DIR, { recursive: true });
const wb = new ExcelJS.Workbook();
wb.creator = "BaoCaoMTQG";
wb.lastModifiedBy = "Lo Thi Hoa";
wb.created = new Date("2024-03-15T09:20:11Z");
wb.modified = new Date("2024-03-18T02:10:00Z");
for (const sh of SHEETS) toWorksheet(wb, sh, { boxFrom: sh.first });
await wb.xlsx.writeFile(path.join(DIR, "plan.xlsx"));
writeText(path.join(DIR, "plan.txt"), clipboard(SHEETS));
const LO = ["-env:UserInstallation=file:///tmp/author38a-lo", "--headless", "--convert-to", "pdf", "--outdir", DIR];
execFileSync("soffice", [...LO, path.join(DIR, "plan.xlsx")], { stdio: "ignore" });

const expected = {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Lai Châu, 15/3/2024 (old departments, districts; 'UBND các huyện, thành ` +
    "phố' = @districts, 'Các sở, ban, ngành' = @departments), giảm nghèo bền vững 2024, as an old reporting tool " +
    "exports it. HABIT: plan.xls is an Excel 2003 XML Spreadsheet (mso-application progid, ss:Workbook/Worksheet/" +
    "Table/Row/Cell with the ss: prefix; empty cells left out, the next placed by ss:Index; ss:MergeAcross on header, " +
    "titles, group rows; ss:MergeDown on a time and a lead cell; deadlines ss:Type DateTime (dd/mm/yyyy) or String). " +
    "Sheets 'Cap tinh' (header, Biểu 01, groups I-III) and 'Cap huyen' (Biểu 02); STT runs on across both (1-20): " +
    "ref = STT. Group II's row has 'Quý III/2024' in the time column: rows 4, 5 (blank time) inherit 30/9. Merged " +
    "time 30/06/2024 over rows 9-10 (not inherited); merged lead 'UBND huyện Mường Tè' over 15-16. Dates: 1 15/4 " +
    "Mon; 2 'Trước ngày 30/4/2024' -> 29/4 (bridge day), 30/4, 1/5 -> 2/5; 3 'Thường xuyên' none; 4, 5 30/9 Mon; 6 " +
    "31/8 Sat, 2-3/9 holidays -> 4/9; 7 'Tháng 10/2024' 31/10; 8 30/11 Sat -> 2/12; 9-10 30/6 Sun -> 1/7; 11 'Quý " +
    "IV/2024' 31/12; 12 'Trước ngày 15/12/2024' -> 14/12 Sat -> 16/12 (UBND tỉnh a recipient); 13 15/7; 14 'Tháng " +
    "4/2024' 30/4 -> 2/5; 15 31/10; 16 31/12; 17 'Trước ngày 31/01/2025' -> 30/1/2025, Tết -> 3/2/2025; 18 'Quý " +
    "III/2024' 30/9; 19 'Từ 01/10 đến 15/12/2024' -> 15/12 Sun -> 16/12; 20 5/12 Thu (the Sở receiving the report " +
    "no coordinator). 'Ghi chú' has no dates. plan.xlsx the Excel re-save (real dates, merges); plan.ods LibreOffice; " +
    "plan.txt both sheets as Excel copies them, one after the other; plan.pdf LibreOffice's print of plan.xlsx.",
  province: "Lai Châu",
  plan: { number: NUM, date: "2024-03-15" },
  tasks,
  unresolved: [],
  successors: [],
};
fs.writeFileSync(path.join(DIR, "expected.json"), JSON.stringify(expected, null, 2).normalize("NFC") + "\n");
execFileSync("npx", ["tsx", "scripts/plan-corpus/office-copies.ts", DIR, "--xls", "--ods"], { stdio: "inherit",
  cwd: path.resolve(DIR, "../../..") });
fs.writeFileSync(path.join(DIR, "plan.xls"), ssml().replace(/\n/g, "\r\n"));

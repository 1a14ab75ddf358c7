// 08: Lai Châu (after the reorganisation), UBND tỉnh, Quyết định 1386/QĐ-UBND, 19/9/2025, ban hành Kế hoạch chuyển đổi
// số trong hoạt động của chính quyền cấp xã giai đoạn 2025-2026 (the plan is the decision's annex, on page 2). Habit:
// plan.doc is a WORD 2003 XML DOCUMENT saved under a .doc name (wordml2003.mjs): <?mso-application
// progid="Word.Document"?>, w:wordDocument in the 2003 wordml namespace, w:lists/w:listDef numbering used by w:listPr
// (Roman headings, the STT column, III's items), a task table with group rows (w:gridSpan) and a time cell merged
// down two rows (w:vmerge), w:br line breaks inside paragraphs and cells. plan.doc is written after office-copies
// (over LibreOffice's Word 97 copy); plan.odt stays LibreOffice's copy of plan-auto.docx.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { toWordml2003 } from "./wordml2003.mjs";

const ID = "08-lai-chau-2025-decision-annex-word-2003-xml-saved-as-doc-listdef-vmerge-gridspan-line-breaks";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const KC = "Sở Khoa học và Công nghệ", XA = "UBND cấp xã", VP = "Văn phòng UBND tỉnh", NV = "Sở Nội vụ";
const tasks = [];

// rows: ["G", roman, heading] a group row; else [content, lead cell, coord cell, time|{vm}, due|null, lead[], coord[]]
const rowsData = [
  ["G", "I", "HOÀN THIỆN HẠ TẦNG SỐ CẤP XÃ"],
  ["Rà soát, bổ sung máy tính, thiết bị kết nối mạng cho bộ phận một cửa cấp xã", XA, KC, "Trước ngày 15/10/2025",
    "2025-10-14", [XA], [KC]],
  ["Kết nối mạng truyền số liệu chuyên dùng đến 100% trụ sở UBND cấp xã", KC, "VNPT Lai Châu;\nViettel Lai Châu",
    { text: "Quý IV/2025", vm: "restart" }, "2025-12-31", [KC], ["VNPT Lai Châu", "Viettel Lai Châu"]],
  ["Bảo đảm an toàn thông tin mạng cho hệ thống thông tin cấp xã theo cấp độ", "Công an tỉnh", KC,
    { text: "", vm: "continue" }, "2025-12-31", ["Công an tỉnh"], [KC]],
  ["G", "II", "DỮ LIỆU VÀ NỀN TẢNG SỐ"],
  ["Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực tại cấp xã", XA, VP, "Tháng 12/2025",
    "2025-12-31", [XA], [VP]],
  ["Cập nhật, làm sạch dữ liệu hộ tịch trên Cơ sở dữ liệu hộ tịch điện tử", "Sở Tư pháp", `${XA};\nCông an tỉnh`,
    "Trước ngày 31/01/2026", "2026-01-30", ["Sở Tư pháp"], [XA, "Công an tỉnh"]],
  ["Triển khai hệ thống quản lý văn bản và điều hành thống nhất đến cấp xã, ký số 100% văn bản đi", VP, KC,
    "Từ tháng 10/2025 đến tháng 3/2026", "2026-03-31", [VP], [KC]],
  ["Duy trì, cập nhật thông tin trên trang thông tin điện tử của xã, phường", XA, "", "Thường xuyên", null],
  ["G", "III", "NHÂN LỰC SỐ"],
  ["Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã", NV, KC, "Quý I/2026", "2026-03-31", [NV], [KC]],
  ["Kiện toàn Tổ công nghệ số cộng đồng ở thôn, bản, tổ dân phố", XA, "Tỉnh đoàn", "Trước ngày 30/11/2025",
    "2025-11-29", [XA], ["Tỉnh đoàn"]],
  ["Tổ chức đánh giá mức độ chuyển đổi số cấp xã năm 2025", KC, NV, "Tháng 02/2026", "2026-02-28", [KC], [NV]],
  ["Tổng kết thực hiện Kế hoạch, báo cáo UBND tỉnh", KC, `Các sở, ban, ngành;\n${XA}`, "Trước ngày 15/6/2026",
    "2026-06-14", [KC], ["@departments", XA]],
];
const rows = [["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]];
let stt = 0;
for (const r of rowsData) {
  if (r[0] === "G") {
    rows.push([{ text: r[1], bold: true, align: "center" }, { text: r[2], bold: true, span: 4 }]);
    continue;
  }
  const [content, lc, cc, time, due, lead, coord] = r;
  stt++;
  rows.push([{ text: String(stt), align: "center", list: { kind: "cell", inst: "stt" } }, content, lc, cc,
    typeof time === "string" ? { text: time, align: "center" } : { ...time, align: "center" }]);
  if (due) tasks.push(task(String(stt), content, due, lead, coord));
}
const III1 = "hướng dẫn các xã, phường xây dựng kế hoạch chuyển đổi số của địa phương năm 2025-2026";
tasks.push(task("III.1", III1, "2025-10-09", [KC]));

const R = { kind: "roman", inst: "r" }, D = { kind: "decimal", inst: "d" };
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 1386/QĐ-UBND", "Lai Châu, ngày 19 tháng 9 năm 2025", "QUYẾT ĐỊNH",
    "Ban hành Kế hoạch chuyển đổi số trong hoạt động của chính quyền cấp xã\ntỉnh Lai Châu giai đoạn 2025-2026"),
  { t: "p", text: "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", bold: true, align: "center", indent: false },
  { t: "p", italic: true, align: "justify", text: "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;" },
  { t: "p", italic: true, align: "justify", text: "Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính " +
    "trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;" },
  { t: "p", italic: true, align: "justify", text: "Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ." },
  { t: "p", text: "QUYẾT ĐỊNH:", bold: true, align: "center", indent: false },
  { t: "p", align: "justify", text: "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số trong hoạt động " +
    "của chính quyền cấp xã tỉnh Lai Châu giai đoạn 2025-2026." },
  { t: "p", align: "justify", text: "Điều 2. Quyết định này có hiệu lực kể từ ngày ký." },
  { t: "p", align: "justify", text: "Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các sở, ban, ngành; Chủ tịch UBND các " +
    "xã, phường và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./." },
  ...sign(["Như Điều 3", "Bộ Khoa học và Công nghệ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "CT, các PCT UBND tỉnh"],
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lê Văn Lương"),
  { t: "br" },
  { t: "p", text: "KẾ HOẠCH", bold: true, align: "center", indent: false },
  { t: "p", text: "Chuyển đổi số trong hoạt động của chính quyền cấp xã tỉnh Lai Châu giai đoạn 2025-2026", bold: true,
    align: "center", indent: false },
  { t: "p", text: "(Ban hành kèm theo Quyết định số 1386/QĐ-UBND ngày 19/9/2025 của UBND tỉnh Lai Châu)", italic: true,
    align: "center", indent: false },
  { t: "p", num: "I.", text: "MỤC TIÊU", bold: true, list: R },
  { t: "p", align: "justify", text: "- Đến hết năm 2025: 100% UBND cấp xã kết nối mạng truyền số liệu chuyên dùng; 100% " +
    "hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh;\n" +
    "- Đến hết năm 2026: 100% văn bản đi của UBND cấp xã được ký số; 80% cán bộ, công chức cấp xã được bồi dưỡng " +
    "kỹ năng số." },
  { t: "p", num: "II.", text: "NHIỆM VỤ, GIẢI PHÁP", bold: true, list: R },
  { t: "table", widths: [640, 3500, 1650, 1700, 1560], header: 1, rows },
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true, list: R },
  { t: "p", num: "1.", list: D, align: "justify", text: `${KC} là cơ quan thường trực, ${III1}, hoàn thành trước ngày ` +
    "10/10/2025; theo dõi, đôn đốc việc thực hiện Kế hoạch." },
  { t: "p", num: "2.", list: D, align: "justify", text: "UBND cấp xã bố trí công chức phụ trách chuyển đổi số; định " +
    "kỳ hằng quý báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ để tổng hợp." },
];

const DATES = "Dates: 1 'Trước ngày 15/10/2025' -> 14/10 Tue; 2-3 'Quý IV/2025' (one time cell merged down rows 2 " +
  "and 3: both take it, not inherited) 31/12 Wed; 4 'Tháng 12/2025' 31/12 Wed; 5 'Trước ngày 31/01/2026' -> 30/1 Fri; " +
  "6 'Từ tháng 10/2025 đến tháng 3/2026' -> 31/3/2026 Tue; 7 'Thường xuyên' no task; 8 'Quý I/2026' 31/3 Tue; 9 " +
  "'Trước ngày 30/11/2025' -> 29/11 Sat -> 1/12 Mon; 10 'Tháng 02/2026' 28/2 Sat -> 2/3 Mon; 11 'Trước ngày " +
  "15/6/2026' -> 14/6 Sun -> 15/6 Mon ('báo cáo UBND tỉnh' a recipient); III.1 'hoàn thành trước ngày 10/10/2025' " +
  "-> 9/10 Thu; III.2 'định kỳ hằng quý' no task.";

await build(DIR, {
  blocks, printer: "libreoffice",
  expected: {
    id: ID,
    style: "Quyết định 1386/QĐ-UBND of UBND tỉnh Lai Châu, 19/9/2025 (after the reorganisation: merged departments, " +
      "Sở Khoa học và Công nghệ; 'UBND cấp xã', 'VNPT Lai Châu', 'Viettel Lai Châu' unresolved; 'Các sở, ban, ngành' " +
      "= @departments), ban hành Kế hoạch chuyển đổi số cấp xã 2025-2026; Điều 1-3 on page 1, the plan is the annex. " +
      "HABIT: plan.doc is a WORD 2003 XML document under a .doc name (<?mso-application progid=\"Word.Document\"?>, " +
      "w:wordDocument in …/office/word/2003/wordml, w:lists with w:listDef and w:list ilfo, paragraphs numbered by " +
      "w:listPr (wx:t the cached number: 'I.', STT '1'-'11', '1.'), the table's group rows 'I'/'II'/'III' with a " +
      "w:gridSpan 4 cell, the time cell 'Quý IV/2025' w:vmerge restart/continue over rows 2-3, w:br inside the aims " +
      "paragraph and the coordinator cells). Table STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | " +
      "Thời gian hoàn thành, STT running 1-11 across the groups, ref = STT; III items ref III.n. " + DATES +
      " plan.pdf: LibreOffice's print of plan-auto.docx; plan.odt LibreOffice's copy of plan-auto.docx.",
    province: "Lai Châu",
    plan: { number: "1386/QĐ-UBND", date: "2025-09-19" },
    tasks, unresolved: [XA, "VNPT Lai Châu", "Viettel Lai Châu"], successors: [],
  },
});

// office-copies writes plan.doc (Word 97) and plan.odt from plan-auto.docx; plan.doc is then the Word 2003 XML file.
execFileSync("npx", ["tsx", "scripts/plan-corpus/office-copies.ts", DIR], { stdio: "inherit",
  cwd: new URL("../../../", import.meta.url).pathname });
fs.writeFileSync(path.join(DIR, "plan.doc"), toWordml2003(blocks, { author: "Nguyen Thi Thu Ha",
  created: "2025-09-19T02:14:00Z", title: "QUYET DINH", company: "VP UBND tinh Lai Chau" }));

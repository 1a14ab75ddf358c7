// 08: Lai Châu 2024 (before the reorganisation: old departments, districts), UBND tỉnh, Kế hoạch 74/KH-UBND ngày
// 14/3/2024, phát triển du lịch cộng đồng năm 2024. Habit: typed in LIBREOFFICE WRITER and sent as FLAT ODF TEXT
// (.fodt: one XML file, office:mimetype="application/vnd.oasis.opendocument.text", styles and body inline) under a
// .doc name: headings numbered by the outline style (text:h text:outline-level 1/2, no number in the text), a
// text:list of "-" items, a table whose "Quý III/2024" cell spans rows 2-4 (table:number-rows-spanned), and a
// TRACKED CHANGE (text:tracked-changes) that moves row 5's deadline from 30/9/2024 to 31/10/2024.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { toFodt } from "./fodt.mjs";

const ID = "08-lai-chau-2024-libreoffice-flat-odf-fodt-saved-as-doc-outline-headings-rows-spanned-tracked-deadline-change";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const VH = "Sở Văn hóa, Thể thao và Du lịch", KH = "Sở Kế hoạch và Đầu tư", LD = "Sở Lao động - Thương binh và Xã hội";
const NN = "Sở Nông nghiệp và Phát triển nông thôn", CT = "Sở Công Thương", TT = "Sở Thông tin và Truyền thông";
const GT = "Sở Giao thông vận tải", TD = "UBND huyện Tam Đường", SH = "UBND huyện Sìn Hồ", PT = "UBND huyện Phong Thổ";
const NH = "Chi nhánh Ngân hàng Chính sách xã hội tỉnh", DAI = "Đài Phát thanh - Truyền hình tỉnh";
const H = "UBND các huyện, thành phố", WHO = "Lò Thị Mai", AT = "2024-03-13T09:12:40";

// [title, lead cell, coord cell, time cell, due|null, lead[], coord[]]
const data = [
  ["Khảo sát, lựa chọn các bản đủ điều kiện phát triển du lịch cộng đồng", "Sở VHTTDL", `${TD}; ${SH}`,
    "Tháng 4/2024", "2024-04-30", [VH], [TD, SH]],
  ["Hỗ trợ hộ gia đình cải tạo nhà ở truyền thống thành cơ sở lưu trú du lịch", TD, NH,
    { text: "Quý III/2024", rows: 3 }, "2024-09-30", [TD], [NH]],
  ["Đào tạo kỹ năng phục vụ du khách cho người dân các bản du lịch", "Sở LĐ-TBXH", "Sở VHTTDL", { covered: true },
    "2024-09-30", [LD], [VH]],
  ["Phát triển sản phẩm OCOP gắn với điểm du lịch cộng đồng", "Sở NN&PTNT", CT, { covered: true }, "2024-09-30", [NN],
    [CT]],
  ["Quảng bá du lịch cộng đồng Lai Châu trên các nền tảng số", "Sở TT&TT", "Sở VHTTDL; Báo Lai Châu",
    "Trước ngày ⟪30/9/2024→31/10/2024⟫", "2024-10-30", [TT], [VH, "Báo Lai Châu"]],
  ["Lắp đặt biển chỉ dẫn đến các điểm du lịch cộng đồng trên quốc lộ 4D", "Sở GTVT", PT, "Tháng 6/2024",
    "2024-06-30", [GT], [PT]],
  ["Bảo đảm an ninh, trật tự, an toàn cho du khách tại các điểm du lịch", "Công an tỉnh", H, "Thường xuyên", null],
  ["Tổ chức Ngày hội Văn hóa - Du lịch cộng đồng huyện Sìn Hồ", SH, "Sở VHTTDL", "Từ ngày 10/11 đến 15/11/2024",
    "2024-11-15", [SH], [VH]],
  ["Kêu gọi doanh nghiệp đầu tư vào các điểm du lịch cộng đồng", "Sở KH&ĐT", "Sở VHTTDL", "Quý IV/2024",
    "2024-12-31", [KH], [VH]],
];
const HEAD = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"];
const tasks = [
  task("II.1", "rà soát danh mục điểm du lịch cộng đồng", "2024-06-30", [VH], [KH]),
  task("II.2", "xây dựng video, ấn phẩm quảng bá du lịch cộng đồng bằng tiếng Việt, tiếng Anh", "2024-08-15", [VH],
    [DAI]),
];
const docRows = [HEAD], odRows = [HEAD];
data.forEach(([title, lc, cc, time, due, lead, co], i) => {
  const tc = typeof time === "string" ? { text: time, align: "center" } : time.covered ? { text: "", vm: "continue" } :
    { text: time.text, vm: "restart", align: "center" };
  docRows.push([{ text: String(i + 1), align: "center", list: { kind: "cell", inst: "stt" } }, title, lc, cc, tc]);
  odRows.push([{ text: String(i + 1), center: true }, title, lc, cc,
    typeof time === "string" ? { text: time, center: true } : { ...time, center: true }]);
  if (due) tasks.push(task(String(i + 1), title, due, lead, co));
});
tasks.push(task(null, "báo cáo kết quả thực hiện Kế hoạch", "2024-12-04", ["@districts"]));

const AIM = ["Khai thác tiềm năng văn hóa, cảnh quan của đồng bào các dân tộc để phát triển du lịch cộng đồng bền vững.",
  "Nâng cao thu nhập cho người dân các bản du lịch; bảo tồn bản sắc văn hóa truyền thống."];
const II1 = "Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Kế hoạch và Đầu tư rà soát danh mục điểm du " +
  "lịch cộng đồng, đề xuất bổ sung vào Quy hoạch tỉnh, hoàn thành trong quý II/2024.";
const II2 = "Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Đài Phát thanh - Truyền hình tỉnh xây dựng video, " +
  "ấn phẩm quảng bá du lịch cộng đồng bằng tiếng Việt, tiếng Anh, hoàn thành chậm nhất ngày 15/8/2024.";
const III = "UBND các huyện, thành phố báo cáo kết quả thực hiện Kế hoạch về Sở Văn hóa, Thể thao và Du lịch " +
  "trước ngày 05/12/2024 để tổng hợp, báo cáo UBND tỉnh.";
const TITLE = "Phát triển du lịch cộng đồng tỉnh Lai Châu năm 2024";
const H1 = (num, text) => ({ t: "p", num, text, bold: true, list: { kind: "roman", inst: "h1" } });
const H2 = (num, text, inst) => ({ t: "p", num, text, bold: true, list: { kind: "decimal", inst } });
const P = (text) => ({ t: "p", align: "justify", text });
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 74/KH-UBND", "Lai Châu, ngày 14 tháng 3 năm 2024", "KẾ HOẠCH", TITLE),
  H1("I.", "MỤC ĐÍCH, YÊU CẦU"),
  ...AIM.map((a) => ({ t: "p", num: "-", text: a, align: "justify", list: { kind: "dash", inst: "aim" } })),
  H1("II.", "NHIỆM VỤ VÀ GIẢI PHÁP"),
  H2("1.", "Rà soát quy hoạch, đầu tư hạ tầng du lịch", "h2"), P(II1),
  H2("2.", "Xúc tiến, quảng bá du lịch", "h2"), P(II2),
  H2("3.", "Phân công thực hiện các nhiệm vụ cụ thể", "h2"),
  { t: "table", widths: [700, 3600, 1700, 2100, 1600], header: 1, rows: docRows },
  H1("III.", "TỔ CHỨC THỰC HIỆN"), P(III),
  ...sign(["Bộ Văn hóa, Thể thao và Du lịch (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành", H],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Tống Thanh Hải"),
];

// Word's tracked change for the marker: the struck run becomes w:del, the run after it w:ins.
const trackChanges = (xml) => xml.replace(/<w:r><w:rPr>((?:(?!<\/w:rPr>).)*)<w:strike\/>((?:(?!<\/w:rPr>).)*)<\/w:rPr><w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r><w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)<w:t xml:space="preserve"> ([^<]*)<\/w:t><\/w:r>/g,
  (_, a, b, old, rpr, neu) => `<w:del w:id="901" w:author="${WHO}" w:date="${AT}Z"><w:r><w:rPr>${a}${b}</w:rPr>` +
    `<w:delText xml:space="preserve">${old}</w:delText></w:r></w:del><w:ins w:id="902" w:author="${WHO}" ` +
    `w:date="${AT}Z"><w:r>${rpr}<w:t xml:space="preserve">${neu}</w:t></w:r></w:ins>`);

const DATES = "II.1 'hoàn thành trong quý II/2024' 30/6 Sun -> 1/7 Mon; II.2 'chậm nhất ngày 15/8/2024' Thu; 1 'Tháng " +
  "4/2024' 30/4 holiday (29/4-1/5) -> 2/5 Thu; 2-4 'Quý III/2024' one cell spanning the three rows (each row's own " +
  "time, not inherited) 30/9 Mon; 5 'Trước ngày 30/9/2024' changed with tracked changes (deletion of '30/9/2024', " +
  "insertion of '31/10/2024', by Lò Thị Mai 13/3/2024; shown struck and inserted in plan.pdf; plan.txt '30/9/2024 " +
  "(đã điều chỉnh: 31/10/2024)') -> the document's text is 'Trước ngày 31/10/2024' -> 30/10 Wed; 6 'Tháng 6/2024' " +
  "30/6 Sun -> 1/7 Mon; 7 'Thường xuyên' no task; 8 'Từ ngày 10/11 đến 15/11/2024' 15/11 Fri; 9 'Quý IV/2024' 31/12 " +
  "Tue; III (no number, ref null) 'trước ngày 05/12/2024' -> 4/12 Wed, the Sở and UBND tỉnh recipients.";

await build(DIR, {
  blocks, printer: "libreoffice", extra: { transform: trackChanges },
  expected: {
    id: ID,
    style: "Kế hoạch 74/KH-UBND of UBND tỉnh Lai Châu, 14/3/2024 (before the reorganisation: old departments, " +
      "districts), du lịch cộng đồng 2024. HABIT: typed in LIBREOFFICE WRITER; plan.doc is its FLAT ODF TEXT " +
      "(.fodt bytes under a .doc name: <office:document office:mimetype=\"application/vnd.oasis.opendocument.text\">, " +
      "styles and body inline): headings I.-III. and 1.-3. numbered only by the outline style (text:outline-style; " +
      "text:h text:outline-level 1/2 hold no number), the aims a text:list of '-', a table STT | Nhiệm vụ | Cơ quan " +
      "chủ trì | Cơ quan phối hợp | Thời gian hoàn thành whose 'Quý III/2024' cell spans rows 2-4 " +
      "(table:number-rows-spanned=3, covered cells below), and a TRACKED CHANGE (text:tracked-changes: a deletion " +
      "and an insertion) moving row 5's deadline. plan.odt LibreOffice's own .odt of that file; the Word files " +
      "carry the same change as w:del/w:ins and the span as vMerge. ref = STT, II.n for the prose. " + DATES +
      " Abbreviations Sở VHTTDL, Sở LĐ-TBXH, Sở NN&PTNT, Sở TT&TT, Sở GTVT, Sở KH&ĐT; 'UBND các huyện, thành phố' = " +
      "@districts; Chi nhánh Ngân hàng Chính sách xã hội tỉnh unresolved. plan.pdf LibreOffice's print of plan-auto.docx.",
    province: "Lai Châu",
    plan: { number: "74/KH-UBND", date: "2024-03-14" },
    tasks, unresolved: [NH], successors: [],
  },
});

const items = [
  { table: { plain: true, cols: [6.5, 9.5], rows: [[{ text: "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", bold: true },
    { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold: true }],
  [{ text: "Số: 74/KH-UBND", center: true }, { text: "Lai Châu, ngày 14 tháng 3 năm 2024", center: true }]] } },
  { p: "KẾ HOẠCH", center: true, bold: true }, { p: TITLE, center: true, bold: true },
  { h: 1, text: "MỤC ĐÍCH, YÊU CẦU" }, { bullets: AIM },
  { h: 1, text: "NHIỆM VỤ VÀ GIẢI PHÁP" },
  { h: 2, text: "Rà soát quy hoạch, đầu tư hạ tầng du lịch" }, { p: II1 },
  { h: 2, text: "Xúc tiến, quảng bá du lịch" }, { p: II2 },
  { h: 2, text: "Phân công thực hiện các nhiệm vụ cụ thể" },
  { table: { cols: [1.2, 6, 2.9, 3.6, 2.8], header: 1, rows: odRows } },
  { h: 1, text: "TỔ CHỨC THỰC HIỆN" }, { p: III },
  { table: { plain: true, cols: [7.5, 8.5], rows: [[{ text: "Nơi nhận:\n- Bộ Văn hóa, Thể thao và Du lịch (b/c);\n" +
    `- TT Tỉnh ủy, TT HĐND tỉnh;\n- Các sở, ban, ngành;\n- ${H};\n- Lưu: VT.` },
  { text: "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nTống Thanh Hải", bold: true }]] } },
];
const fodt = toFodt(items, { author: "Lò Văn Hưng", date: "2024-03-11T08:02:11", changeBy: WHO, changeAt: AT,
  title: "Kế hoạch du lịch cộng đồng 2024" });

// office-copies writes plan.doc/plan.odt/plan.rtf from plan-auto.docx; plan.odt is then LibreOffice's .odt of the
// Writer file, plan.doc the flat ODF bytes.
execFileSync("npx", ["tsx", "scripts/plan-corpus/office-copies.ts", DIR, "--doc", "--odt", "--rtf"],
  { stdio: "inherit", cwd: new URL("../../../", import.meta.url).pathname });
const tmp = fs.mkdtempSync("/tmp/author40b-fodt-");
fs.writeFileSync(path.join(tmp, "plan.fodt"), fodt);
execFileSync("soffice", ["-env:UserInstallation=file:///tmp/author40b-lo", "--headless", "--convert-to", "odt",
  "--outdir", tmp, path.join(tmp, "plan.fodt")], { stdio: "ignore" });
fs.copyFileSync(path.join(tmp, "plan.odt"), path.join(DIR, "plan.odt"));
fs.writeFileSync(path.join(DIR, "plan.doc"), fodt);
console.log(tmp);

// 03: Bắc Kạn 2024 (before the reorganisation: old departments, districts), UBND tỉnh, Kế hoạch 268/KH-UBND,
// 22/4/2024 — nâng cao Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2024. Habit: plan-auto.docx
// is ASSEMBLED BY THE DOCUMENT SYSTEM: its body is a w:altChunk whose part is a whole embedded .docx
// (word/afchunk.docx, content type …wordprocessingml.document.main+xml, relationship type …/aFChunk); the outer
// document holds only the template's header block (issuer | motto, number | place and date, "KẾ HOẠCH", title), the
// altChunk, then the "Nơi nhận" | signature table. The embedded document has Word numbering (I., 1., the STT cells)
// and the task table with a merged (vMerge) time cell. plan-typed.docx is the normal flat document (numbers typed);
// plan.pdf is LibreOffice's print of the flat plan-auto.docx, which is then replaced by the assembled one.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { build, task, toDocx } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";

const ID = "03-bac-kan-2024-document-system-docx-body-is-altchunk-embedded-afchunk-docx-numbering-merged-time-cell";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", HU = "UBND các huyện, thành phố", SN = "Các sở, ban, ngành";
const TTHC = "Trung tâm Phục vụ hành chính công tỉnh";
const g = (n) => (n === SN ? "@departments" : n === HU ? "@districts" : n);

// groups: [title, rows]; row: [content, lead cell, coord cell, time cell, due | null, merge ("restart" | "continue")]
const G = [
  ["CÔNG KHAI, MINH BẠCH VÀ TRÁCH NHIỆM GIẢI TRÌNH", [
    ["Công khai kế hoạch sử dụng đất, bảng giá đất và quy hoạch trên Cổng Thông tin điện tử tỉnh",
      "Sở Tài nguyên và Môi trường", HU, "Tháng 6/2024", "2024-06-30"],
    ["Niêm yết công khai danh sách hộ nghèo, hộ cận nghèo tại nhà văn hóa thôn, bản", HU,
      "Sở Lao động - Thương binh và Xã hội", "Trước ngày 15/7/2024", "2024-07-14"],
    ["Tổ chức đối thoại giữa Chủ tịch UBND tỉnh với người dân, doanh nghiệp về thủ tục hành chính", VP,
      "Ủy ban MTTQ Việt Nam tỉnh", "Quý III năm 2024", "2024-09-30", "restart"],
    ["Tiếp nhận, xử lý phản ánh, kiến nghị của người dân qua Hệ thống thông tin tiếp nhận phản ánh 1022",
      "Sở Thông tin và Truyền thông", SN, "", "2024-09-30", "continue"],
  ]],
  ["KIỂM SOÁT THAM NHŨNG TRONG KHU VỰC CÔNG", [
    ["Kiểm tra việc thực hiện quy định về kê khai, công khai tài sản, thu nhập", "Thanh tra tỉnh", NV,
      "Trong tháng 8/2024", "2024-08-31"],
    ["Tuyên truyền pháp luật về phòng, chống tham nhũng, tiêu cực", "Sở Tư pháp",
      "Báo Bắc Kạn; Đài Phát thanh - Truyền hình tỉnh", "Thường xuyên", null],
    ["Rà soát, chấn chỉnh tình trạng nhũng nhiễu, gây phiền hà trong giải quyết thủ tục hành chính", NV, TTHC,
      "Cuối tháng 9/2024", "2024-09-30"],
  ]],
  ["CUNG ỨNG DỊCH VỤ CÔNG", [
    ["Nâng cao chất lượng khám bệnh, chữa bệnh tại các trạm y tế xã", "Sở Y tế", HU, "Giữa tháng 10/2024",
      "2024-10-15"],
    ["Bảo đảm cung cấp nước sạch cho các điểm trường vùng cao", "Sở Giáo dục và Đào tạo",
      "Sở Nông nghiệp và Phát triển nông thôn", "Đầu tháng 11/2024", "2024-11-10"],
    ["Nâng cấp đường giao thông nông thôn tại các xã có tỷ lệ hộ nghèo cao", "UBND huyện Ba Bể",
      "Sở Giao thông vận tải", "Năm 2024", "2024-12-31"],
  ]],
  ["ĐÁNH GIÁ, BÁO CÁO", [
    ["Tổ chức hội nghị phân tích kết quả Chỉ số PAPI năm 2023, đề ra giải pháp khắc phục", NV, VP,
      "Tuần 2 tháng 6/2024", "2024-06-14"],
    ["Báo cáo kết quả thực hiện Kế hoạch, gửi Sở Nội vụ tổng hợp báo cáo UBND tỉnh", `${SN}; ${HU}`, "",
      "Trước ngày 05/12/2024", "2024-12-04"],
  ]],
];
const ROMAN = ["I", "II", "III", "IV"];
const rows = [["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"]];
const tasks = [];
G.forEach(([title, items], gi) => {
  rows.push([{ text: ROMAN[gi], bold: true, align: "center", list: { kind: "rcell", inst: "grp" } },
    { text: title, span: 4, bold: true }]);
  items.forEach(([content, lc, cc, time, due, merge], i) => {
    const timeCell = merge === "restart" ? { text: time, vm: "restart", align: "center" } :
      merge === "continue" ? { text: "", vm: "continue" } : { text: time, align: "center" };
    rows.push([{ text: String(i + 1), align: "center", list: { kind: "cell", inst: `g${gi}` } }, content, lc, cc,
      timeCell]);
    if (due) tasks.push(task(`${ROMAN[gi]}.${i + 1}`, content, due, lc.split("; ").map(g), cc.split("; ").filter(Boolean).map(g)));
  });
});

const NUMBER = "Số: 268/KH-UBND", PLACE = "Bắc Kạn, ngày 22 tháng 4 năm 2024";
const TITLE = "Nâng cao Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2024";
const headBlocks = head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", NUMBER, PLACE, "KẾ HOẠCH", TITLE);
const L = (kind, inst) => ({ kind, inst });
const body = [
  { t: "p", align: "justify", text: "Căn cứ kết quả Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm " +
    "2023 do Trung tâm Nghiên cứu phát triển và Hỗ trợ cộng đồng công bố; nhằm khắc phục các chỉ số thành phần giảm " +
    "điểm, Ủy ban nhân dân tỉnh Bắc Kạn ban hành Kế hoạch nâng cao Chỉ số PAPI năm 2024 như sau:" },
  { t: "p", num: "I.", text: "MỤC ĐÍCH, YÊU CẦU", bold: true, list: L("roman", "r") },
  { t: "p", num: "1.", text: "Cải thiện điểm số và thứ hạng các chỉ số nội dung của PAPI năm 2024, phấn đấu chỉ số " +
    "tổng hợp thuộc nhóm khá của cả nước.", align: "justify", list: L("decimal", "a") },
  { t: "p", num: "2.", text: "Xác định rõ trách nhiệm của người đứng đầu các cơ quan, đơn vị trong việc cải thiện " +
    "từng chỉ số nội dung được giao chủ trì.", align: "justify", list: L("decimal", "a") },
  { t: "p", num: "II.", text: "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", bold: true, list: L("roman", "r") },
  { t: "p", align: "justify", text: "Các cơ quan, đơn vị thực hiện các nhiệm vụ theo bảng phân công sau:" },
  { t: "table", widths: [760, 3560, 1800, 1930, 1450], header: 1, rows },
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true, list: L("roman", "r") },
  { t: "p", num: "1.", text: "Sở Nội vụ là cơ quan thường trực, theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế " +
    "hoạch; kịp thời tham mưu UBND tỉnh xử lý những khó khăn, vướng mắc.", align: "justify", list: L("decimal", "o") },
  { t: "p", num: "2.", text: "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố chịu trách nhiệm trước " +
    "Chủ tịch UBND tỉnh về kết quả các chỉ số nội dung thuộc lĩnh vực, địa bàn quản lý.", align: "justify",
  list: L("decimal", "o") },
];
const signBlocks = sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "CT, các PCT UBND tỉnh",
  "Các sở, ban, ngành", "UBND các huyện, thành phố", "Báo Bắc Kạn, Đài PT-TH tỉnh"],
"TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đinh Quang Tuyên");

const expected = {
  id: ID,
  style: "Kế hoạch 268/KH-UBND of UBND tỉnh Bắc Kạn, 22/4/2024 (before the reorganisation: old departments, " +
    "districts; 'UBND các huyện, thành phố' = @districts, 'Các sở, ban, ngành' = @departments; Trung tâm Phục vụ " +
    "hành chính công tỉnh unresolved), nâng cao Chỉ số PAPI năm 2024. HABIT: plan-auto.docx is assembled by the " +
    "document system: word/document.xml holds the template's header table, 'KẾ HOẠCH' and the title, then ONE " +
    "<w:altChunk r:id> whose target word/afchunk.docx (relationship type …/aFChunk, content type " +
    "…wordprocessingml.document.main+xml) is a whole .docx holding the body (intro, I. with 1., 2., II. with the " +
    "task table, III.), then the 'Nơi nhận' | signature table. The embedded body has Word numbering (roman and " +
    "decimal lists, the STT and group cells numbered by numbering.xml, their text empty) and a vMerge time cell. " +
    "plan-typed.docx is the flat document with typed numbers; plan.pdf LibreOffice's print of the flat equivalent. " +
    "Table STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện; group rows I-IV (gridSpan 4), " +
    "STT restarting in each group: ref = group Roman + STT. Dates (2024): I.1 'Tháng 6/2024' 30/6 Sun -> 1/7; I.2 " +
    "'Trước ngày 15/7/2024' 14/7 Sun -> 15/7; I.3 and I.4 'Quý III năm 2024' (one merged cell) 30/9 Mon, each its " +
    "own (not inherited); II.1 'Trong tháng 8/2024' 31/8 Sat, 2/9 and 3/9 holidays -> 4/9; II.2 'Thường xuyên' " +
    "none; II.3 'Cuối tháng 9/2024' 30/9; III.1 'Giữa tháng 10/2024' 15/10 Tue; III.2 'Đầu tháng 11/2024' 10/11 " +
    "Sun -> 11/11; III.3 'Năm 2024' 31/12 Tue (UBND huyện Ba Bể lead); IV.1 'Tuần 2 tháng 6/2024' 14/6 Fri; IV.2 " +
    "'Trước ngày 05/12/2024' 4/12 Wed (leads @departments, @districts; Sở Nội vụ receives the reports: no " +
    "coordinator).",
  province: "Bắc Kạn",
  plan: { number: "268/KH-UBND", date: "2024-04-22" },
  tasks,
  unresolved: [TTHC],
  successors: [],
};

await build(DIR, { blocks: [...headBlocks, ...body, ...signBlocks], printer: "libreoffice", expected });

// ---- the document system's assembly: the body as an embedded .docx behind a w:altChunk ----
const inner = `/tmp/author38a-03-afchunk.docx`;
await toDocx(body, inner, { auto: true });
const MARK = "⟦ALTCHUNK⟧";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk";
await toDocx([...headBlocks, { t: "p", text: MARK }, ...signBlocks], path.join(DIR, "plan-auto.docx"), {
  auto: true,
  extra: {
    transform: (xml) => {
      const at = xml.indexOf(MARK);
      const start = xml.lastIndexOf("<w:p>", at), end = xml.indexOf("</w:p>", at) + "</w:p>".length;
      return xml.slice(0, start) + '<w:altChunk r:id="AltChunkId1"/>' + xml.slice(end);
    },
    rels: `<Relationship Id="AltChunkId1" Type="${REL}" Target="/word/afchunk.docx"/>`,
    types: '<Override PartName="/word/afchunk.docx" ' +
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
    parts: { "word/afchunk.docx": fs.readFileSync(inner) },
  },
});
execFileSync("npx", ["tsx", "scripts/plan-corpus/office-copies.ts", DIR], { stdio: "inherit",
  cwd: path.resolve(DIR, "../../..") });

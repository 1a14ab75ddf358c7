// 08: Thái Nguyên 2024 (plan of 12/4/2024, before the reorganisation: old departments, districts), UBND tỉnh, Kế
// hoạch 87/KH-UBND, nâng cao Chỉ số PAPI năm 2024. Habit: a GOOGLE DOCS EXPORT: plan-auto.docx as Google Docs writes
// a .docx (gdocs.mjs): explicit fonts and sizes on every run, explicit spacing on every paragraph, headings in
// Heading1/Heading2 styles, decimal widths on fixed tables, no rsid, and ONE multi-level list "%1." / "%1.%2." /
// "●" / "○": the PAPI dimensions 1.-8. (Heading 2), the tasks 1.1, 1.2 … under them, and bullets for their details
// ("● Thời hạn: …", "● Chủ trì: …", "● Phối hợp: …", "○" one unit a line). plan-typed.docx types the same numbers.
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { googleBody, googleNumbering, googleStyles } from "./gdocs.mjs";

const ID = "08-thai-nguyen-2024-google-docs-export-multilevel-list-legal-numbering-1-1-bullets-for-deadline-lead";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", TP = "Sở Tư pháp", LD = "Sở Lao động - Thương binh và Xã hội", TC = "Sở Tài chính";
const TN = "Sở Tài nguyên và Môi trường", TT = "Sở Thông tin và Truyền thông", XD = "Sở Xây dựng";
const YT = "Sở Y tế", GD = "Sở Giáo dục và Đào tạo", VP = "Văn phòng UBND tỉnh", TTr = "Thanh tra tỉnh";
const CA = "Công an tỉnh", MT = "Ủy ban MTTQ Việt Nam tỉnh", TTT = "Trung tâm Thông tin tỉnh";
const S = "Các sở, ban, ngành", HU = "UBND các huyện, thành phố";
const tok = (u) => (u === S ? "@departments" : u === HU ? "@districts" : u);

const L = (ilvl, num, text, o = {}) => ({ t: "p", num, text, numId: 1, ilvl, indent: false, ...o });
// dimensions: [title, tasks: [title, time, due, lead cell, coords (one string, or an array: one "○" line each)]]
const dims = [
  ["Tham gia của người dân ở cấp cơ sở", [
    ["Tổ chức lấy ý kiến Nhân dân về dự thảo kế hoạch sử dụng đất năm 2025 cấp huyện; công khai kết quả tiếp thu",
      "Quý III/2024", "2024-09-30", HU, MT],
    ["Hướng dẫn thực hiện Luật Thực hiện dân chủ ở cơ sở, tập huấn cho cán bộ, công chức cấp xã",
      "trước ngày 31/5/2024", "2024-05-30", NV, TP],
  ]],
  ["Công khai, minh bạch trong việc ra quyết định ở địa phương", [
    ["Niêm yết công khai danh sách hộ nghèo, hộ cận nghèo năm 2024 tại nhà văn hóa thôn, tổ dân phố", "tháng 6/2024",
      "2024-06-30", LD, HU],
    ["Công khai quy hoạch, kế hoạch sử dụng đất và bảng giá đất trên Cổng Thông tin điện tử tỉnh",
      "chậm nhất ngày 15/5/2024", "2024-05-15", TN, TT],
    ["Công khai dự toán, quyết toán ngân sách địa phương theo quy định", "6 tháng đầu năm 2024", "2024-06-30", TC, ""],
  ]],
  ["Trách nhiệm giải trình với người dân", [
    ["Nâng cao chất lượng tiếp công dân, đối thoại trực tiếp của người đứng đầu với người dân",
      "từ tháng 5 đến tháng 10/2024", "2024-10-31", TTr, [VP, HU]],
    ["Công khai kết quả xử lý phản ánh, kiến nghị của người dân trên Hệ thống thông tin tiếp nhận phản ánh",
      "ngày 20/9/2024", "2024-09-20", VP, ""],
  ]],
  ["Kiểm soát tham nhũng trong khu vực công", [
    ["Kiểm tra việc thực hiện quy định về phòng, chống tham nhũng trong tuyển dụng, bổ nhiệm công chức, viên chức",
      "Quý IV/2024", "2024-12-31", NV, TTr],
    ["Công khai bản kê khai tài sản, thu nhập của người có nghĩa vụ kê khai", "hoàn thành ngày 15/12/2024",
      "2024-12-15", TTr, [S, HU]],
  ]],
  ["Thủ tục hành chính công", [
    ["Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đất đai, xây dựng có nhiều phản ánh", "trước ngày 30/8/2024",
      "2024-08-29", VP, [TN, XD]],
  ]],
  ["Cung ứng dịch vụ công", [
    ["Nâng cao chất lượng khám, chữa bệnh tại trạm y tế xã và điều kiện dạy học ở trường tiểu học", "năm 2024",
      "2024-12-31", YT, GD],
  ]],
  ["Quản trị môi trường", [
    ["Kiểm tra, xử lý các cơ sở gây ô nhiễm môi trường, công khai kết quả xử lý", "giữa tháng 11/2024", "2024-11-15",
      TN, CA],
  ]],
  ["Quản trị điện tử", [
    ["Hướng dẫn người dân sử dụng dịch vụ công trực tuyến, tập huấn Tổ công nghệ số cộng đồng", "đầu tháng 7/2024",
      "2024-07-10", TT, HU],
    ["Nâng cấp Cổng Thông tin điện tử tỉnh, bổ sung chức năng hỏi đáp trực tuyến", "cuối tháng 9/2024",
      "2024-09-30", TT, TTT],
  ]],
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 87/KH-UBND", "Thái Nguyên, ngày 12 tháng 4 năm 2024", "KẾ HOẠCH",
    "Nâng cao Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2024"),
  { t: "p", align: "justify", text: "Căn cứ kết quả Chỉ số PAPI năm 2023 của tỉnh Thái Nguyên công bố ngày 02/4/2024, " +
    "UBND tỉnh ban hành Kế hoạch nâng cao Chỉ số PAPI năm 2024 như sau:" },
  { t: "p", num: "I.", text: "MỤC ĐÍCH, YÊU CẦU", style: "Heading1", bold: true, indent: false },
  { t: "p", align: "justify", text: "Cải thiện điểm số cả 08 chỉ số nội dung của PAPI, trọng tâm là các chỉ số có " +
    "điểm thấp; phân công rõ cơ quan chủ trì, thời hạn hoàn thành từng nhiệm vụ." },
  { t: "p", num: "II.", text: "NHIỆM VỤ, GIẢI PHÁP", style: "Heading1", bold: true, indent: false },
];
const tasks = [];
dims.forEach(([dim, items], i) => {
  blocks.push(L(0, `${i + 1}.`, dim, { style: "Heading2", bold: true }));
  items.forEach(([title, time, due, lead, co], j) => {
    const ref = `${i + 1}.${j + 1}`;
    blocks.push(L(1, `${ref}.`, title, { align: "justify" }),
      L(2, "●", `Thời hạn: ${time}`, { tight: true }), L(2, "●", `Chủ trì: ${lead}`, { tight: true }));
    if (Array.isArray(co)) {
      blocks.push(L(2, "●", "Phối hợp:", { tight: true }),
        ...co.map((u, k) => L(3, "○", u + (k < co.length - 1 ? ";" : "."), { tight: true })));
    } else if (co) blocks.push(L(2, "●", `Phối hợp: ${co}`, { tight: true }));
    blocks[blocks.length - 1].tight = false;
    // The answer cites an item under "II." as the project's answers do: "II.1.1" (sets 24, 29).
    tasks.push(task(`II.${ref}`, title, due, [tok(lead)], (Array.isArray(co) ? co : co ? [co] : []).map(tok)));
  });
});
blocks.push(
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", style: "Heading1", bold: true, indent: false },
  { t: "p", num: "1.", numId: 2, ilvl: 0, indent: false, align: "justify", text: "Sở Nội vụ là cơ quan đầu mối, " +
    "theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch này." },
  { t: "p", num: "2.", numId: 2, ilvl: 0, indent: false, align: "justify", text: "Các sở, ban, ngành, UBND các " +
    "huyện, thành phố báo cáo kết quả thực hiện Kế hoạch về Sở Nội vụ trước ngày 15/11/2024 để tổng hợp." },
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "CT, các PCT UBND tỉnh", S, HU],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Trịnh Việt Cường"),
);
tasks.push(task("III.2", "báo cáo kết quả thực hiện Kế hoạch về Sở Nội vụ", "2024-11-14", ["@departments",
  "@districts"]));

const DATES = "1.1 'Quý III/2024' 30/9 Mon; 1.2 'trước ngày 31/5/2024' 30/5 Thu; 2.1 'tháng 6/2024' 30/6 Sun -> 01/7 " +
  "Mon; 2.2 'chậm nhất ngày 15/5/2024' 15/5 Wed; 2.3 '6 tháng đầu năm 2024' 30/6 Sun -> 01/7; 3.1 'từ tháng 5 đến " +
  "tháng 10/2024' 31/10 Thu; 3.2 'ngày 20/9/2024' 20/9 Fri; 4.1 'Quý IV/2024' 31/12 Tue; 4.2 'hoàn thành ngày " +
  "15/12/2024' 15/12 Sun -> 16/12 Mon; 5.1 'trước ngày 30/8/2024' 29/8 Thu; 6.1 'năm 2024' 31/12 Tue; 7.1 'giữa " +
  "tháng 11/2024' 15/11 Fri; 8.1 'đầu tháng 7/2024' 10/7 Wed; 8.2 'cuối tháng 9/2024' 30/9 Mon; III.2 'trước ngày " +
  "15/11/2024' 14/11 Thu ('về Sở Nội vụ' a recipient); III.1 undated, no task.";

await build(DIR, {
  blocks, printer: "libreoffice",
  extra: { transform: googleBody, styles: googleStyles, numbering: googleNumbering },
  expected: {
    id: ID,
    style: "Kế hoạch 87/KH-UBND of UBND tỉnh Thái Nguyên, 12/4/2024 (before the reorganisation: old departments, " +
      "districts), improving the 2024 PAPI. HABIT: a GOOGLE DOCS EXPORT: plan-auto.docx written as Google Docs " +
      "writes .docx (explicit w:rFonts/w:sz/w:szCs on every run, explicit spacing and indentation on every " +
      "paragraph, w:b w:val=\"1\", Heading1 for I.-III., Heading2 for the PAPI dimensions, fixed tables with " +
      "decimal widths, no rsid) with ONE multi-level list: level 1 '%1.' (dimensions 1-8), level 2 '%1.%2.' (the " +
      "tasks, ref = 1.1, 1.2, 2.1 …), level 3 '●' bullets 'Thời hạn: …', 'Chủ trì: …', 'Phối hợp: …', level 4 '○' " +
      "one coordinating unit a line; III a second decimal list (ref III.n). plan-typed.docx types the same numbers " +
      "and bullets. " + DATES + " 'Các sở, ban, ngành' = @departments, 'UBND các huyện, thành phố' = @districts; " +
      "Ủy ban MTTQ Việt Nam tỉnh and Trung tâm Thông tin tỉnh directory bodies. 02/4/2024 in the preamble is no " +
      "deadline. plan.pdf LibreOffice's print of plan-auto.docx.",
    province: "Thái Nguyên",
    plan: { number: "87/KH-UBND", date: "2024-04-12" },
    tasks, unresolved: [], successors: [],
  },
});

// 04: Thái Nguyên 2022 — a Quyết định issuing a plan whose appendix table heads its columns with abbreviations
// (ĐVCT, ĐVPH, TGHT, explained in a note under the table). The lead of each group is named in the group's heading
// row; a row with its own ĐVCT cell overrides it. Units abbreviated too (Sở TT&TT, VP UBND tỉnh, UBND các huyện, TP).
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "04-thai-nguyen-2022-abbreviated-header-group-row-lead";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const TP = "Sở Tư pháp";
const NV = "Sở Nội vụ";
const VP = "Văn phòng UBND tỉnh";
const TC = "Sở Tài chính";
const TTTT = "Sở Thông tin và Truyền thông";
const TT = "Trung tâm Phục vụ hành chính công tỉnh";
const D = "@districts";
const S = "@departments";
// [roman, heading, group lead[], rows: [work, own ĐVCT cell, own lead[] | null, ĐVPH cell, coord[], TGHT, due]]
const G = [
  ["I", "CẢI CÁCH THỂ CHẾ (ĐVCT: Sở Tư pháp)", [TP], [
    ["Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành", "", null,
      "Các sở, ban, ngành", [S], "Quý I/2022", "2022-03-31"],
    ["Kiểm tra công tác theo dõi thi hành pháp luật tại 03 huyện", "", null, "UBND các huyện, TP", [D], "T9/2022",
      "2022-09-30"],
    ["Tham mưu ban hành Quy định phân cấp quản lý tổ chức bộ máy, biên chế", "Sở Nội vụ", [NV], "Sở Tư pháp", [TP],
      "Trước 30/6/2022", "2022-06-29"],
  ]],
  ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH (ĐVCT: VP UBND tỉnh)", [VP], [
    ["Rà soát, đánh giá, đề xuất đơn giản hóa thủ tục hành chính năm 2022", "", null, "Các sở, ban, ngành", [S],
      "15/9/2022", "2022-09-15"],
    ["Công bố, công khai danh mục thủ tục hành chính thực hiện dịch vụ công trực tuyến toàn trình", "", null,
      "Sở TT&TT", [TTTT], "T5/2022", "2022-05-31"],
    ["Đánh giá chất lượng giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh", "", null,
      "TT PVHCC tỉnh", [TT], "Tháng 12/2022", "2022-12-31"],
    ["Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực", "UBND các huyện, TP", [D], "VP UBND tỉnh; Sở TT&TT",
      [VP, TTTT], "Trước 01/12/2022", "2022-11-30"],
    ["Niêm yết, công khai thủ tục hành chính tại Bộ phận Một cửa các cấp", "", null, "Các sở, ban, ngành; UBND các " +
      "huyện, TP", [], "Thường xuyên", null],
  ]],
  ["III", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH (ĐVCT: Sở Nội vụ)", [NV], [
    ["Sắp xếp, kiện toàn các đơn vị sự nghiệp công lập theo Nghị quyết số 19-NQ/TW", "", null,
      "Sở Tài chính; các sở, ngành", [TC, S], "Quý III/2022", "2022-09-30"],
    ["Rà soát, điều chỉnh vị trí việc làm, cơ cấu ngạch công chức", "", null, "Các sở, ban, ngành; UBND các huyện, TP",
      [S, D], "T8/2022", "2022-08-31"],
    ["Hướng dẫn giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập", "Sở Tài chính", [TC], "Sở Nội vụ", [NV],
      "31/10/2022", "2022-10-31"],
  ]],
  ["IV", "HIỆN ĐẠI HÓA NỀN HÀNH CHÍNH (ĐVCT: Sở TT&TT)", [TTTT], [
    ["Nâng cấp Hệ thống quản lý văn bản và điều hành tỉnh", "", null, "VP UBND tỉnh", [VP], "T7/2022", "2022-07-31"],
    ["Vận hành Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP), kết nối với Nền tảng quốc gia", "", null,
      "Sở KH&ĐT; Sở Tài chính", ["Sở Kế hoạch và Đầu tư", TC], "Quý II/2022", "2022-06-30"],
    ["Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", "Sở KH&CN",
      ["Sở Khoa học và Công nghệ"], "Các sở, ban, ngành; UBND các huyện, TP", [S, D], "Trước 15/11/2022",
      "2022-11-14"],
  ]],
  ["V", "CHỈ ĐẠO, ĐIỀU HÀNH, KIỂM TRA (ĐVCT: Sở Nội vụ)", [NV], [
    ["Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị", "", null, "VP UBND tỉnh; Sở Tư pháp", [VP, TP],
      "Quý IV/2022", "2022-12-31"],
    ["Xây dựng báo cáo cải cách hành chính năm 2022 của tỉnh (gửi Bộ Nội vụ)", "", null,
      "Các sở, ban, ngành; UBND các huyện, TP", [S, D], "Trước 10/12/2022", "2022-12-09"],
    ["Tuyên truyền về cải cách hành chính trên các phương tiện thông tin đại chúng", "Sở TT&TT", [TTTT],
      "Báo Thái Nguyên; Đài PTTH tỉnh", [], "Thường xuyên", null],
  ]],
];
const rows = [["TT", "Nội dung nhiệm vụ", "ĐVCT", "ĐVPH", "TGHT"]];
const tasks = [];
for (const [roman, heading, groupLead, items] of G) {
  rows.push([{ text: roman, bold: true, align: "center" }, { text: heading, bold: true, span: 4 }]);
  items.forEach(([work, leadCell, ownLead, coordCell, coord, time, due], i) => {
    rows.push([String(i + 1), work, leadCell, coordCell, time]);
    if (due) tasks.push(task(`${roman}.${i + 1}`, work, due, ownLead ?? groupLead, coord));
  });
}
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 612/QĐ-UBND", "Thái Nguyên, ngày 14 tháng 3 năm 2022",
    "QUYẾT ĐỊNH", "Ban hành Kế hoạch cải cách hành chính nhà nước tỉnh Thái Nguyên năm 2022"),
  { t: "p", text: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN", bold: true, align: "center", indent: false },
  { t: "p", text: "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Căn cứ Nghị quyết số " +
    "76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn " +
    "2021 - 2030; Theo đề nghị của Giám đốc Sở Nội vụ,", italic: true },
  { t: "p", text: "QUYẾT ĐỊNH:", bold: true, align: "center", indent: false },
  { t: "p", text: "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính nhà nước tỉnh Thái Nguyên " +
    "năm 2022, gồm các nhiệm vụ tại Phụ lục kèm theo." },
  { t: "p", text: "Điều 2. Giao Sở Nội vụ theo dõi, đôn đốc, kiểm tra việc thực hiện; định kỳ hằng quý tổng hợp, " +
    "báo cáo Chủ tịch UBND tỉnh." },
  { t: "p", text: "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch UBND các " +
    "huyện, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./." },
  ...sign(["Như Điều 3", "Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh"],
    "CHỦ TỊCH", "Trịnh Việt Hùng"),
  { t: "p", text: "PHỤ LỤC", bold: true, align: "center", indent: false },
  { t: "p", text: "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2022\n(Kèm theo Quyết định số 612/QĐ-UBND ngày 14/3/2022 của " +
    "Chủ tịch UBND tỉnh Thái Nguyên)", italic: true, align: "center", indent: false },
  { t: "table", header: 1, widths: [700, 5600, 2300, 3600, 1800], rows },
  { t: "p", text: "Ghi chú: ĐVCT - Đơn vị chủ trì; ĐVPH - Đơn vị phối hợp; TGHT - Thời gian hoàn thành. Nhiệm vụ " +
    "không ghi ĐVCT do đơn vị chủ trì của nhóm (ghi tại dòng tên nhóm) thực hiện.", italic: true },
];
const style = "Quyết định 612/QĐ-UBND Thái Nguyên 14/3/2022 (before the reorganisation; districts) issuing the CCHC " +
  "plan; the tasks are its Phụ lục table, landscape: TT | Nội dung nhiệm vụ | ĐVCT | ĐVPH | TGHT (abbreviations " +
  "explained in a note under the table). Group rows 'I … (ĐVCT: Sở Tư pháp)' name the group's lead; a row with its " +
  "own ĐVCT cell (I.3, II.4, III.3, IV.3, V.3) takes that one instead. ref = group Roman + row number (I.1 …). Units " +
  "abbreviated: 'Sở TT&TT', 'VP UBND tỉnh', 'Sở KH&ĐT', 'Sở KH&CN', 'UBND các huyện, TP' (= @districts), 'TT PVHCC " +
  "tỉnh' (= Trung tâm Phục vụ hành chính công tỉnh, unresolved). TGHT: 'Quý I' 31/3; 'T9/2022' = tháng 9 -> 30/9; " +
  "'Trước 30/6' -> 29/6; a bare date '15/9/2022', '31/10/2022' = that day; 'Tháng 12/2022', 'Quý IV' -> 31/12 Sat " +
  "-> 3/1/2023 (2/1 off); 'T7' 31/7 Sun -> 1/8; 'Trước 15/11' -> 14/11; 'Trước 10/12' -> 9/12. II.5, V.3 " +
  "'Thường xuyên' left out. 'gửi Bộ Nội vụ' is a recipient. PDF: LibreOffice export of plan-auto.docx.";
await build(DIR, { blocks, printer: "libreoffice", landscape: true, expected: { id: ID, style, province: "Thái Nguyên",
  plan: { number: "612/QĐ-UBND", date: "2022-03-14" }, tasks, quotas: [], unresolved: [TT], successors: [] } });

// 02: Lai Châu 2024 — Quyết định phê duyệt danh mục nhiệm vụ: numbered Điều, the list attached after the signature.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "02-lai-chau-2024-decision-approving-task-list-articles";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const H = "@districts";
const NV = "Sở Nội vụ";
const TP = "Sở Tư pháp";
const TC = "Sở Tài chính";
const TT = "Sở Thông tin và Truyền thông";
const VP = "Văn phòng UBND tỉnh";
const TTHC = "Trung tâm Phục vụ hành chính công tỉnh";
const VT = "Viễn thông Lai Châu";
// [group, rows: [name, lead cell, coord cell, time cell, due | null, lead[], coord[]]]
const G = [
  ["I", "CẢI CÁCH THỂ CHẾ", [
    ["Xây dựng Nghị quyết của HĐND tỉnh quy định mức chi bảo đảm cho công tác cải cách hành chính", TC, `${NV}, ${TP}`,
      "Tháng 7/2024", "2024-07-31", [TC], [NV, TP]],
    ["Rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh kỳ 2019-2023", TP, "Các sở, ban, ngành", "Quý I/2024",
      "2024-03-31", [TP], ["@departments"]],
    ["Kiểm tra văn bản quy phạm pháp luật do HĐND, UBND các huyện, thành phố ban hành", TP,
      "UBND các huyện, thành phố", "Quý IV/2024", "2024-12-31", [TP], [H]],
  ]],
  ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", [
    ["Rà soát, đề xuất đơn giản hóa thủ tục hành chính lĩnh vực đất đai", "Sở Tài nguyên và Môi trường", VP,
      "Trước 30/6/2024", "2024-06-29", ["Sở Tài nguyên và Môi trường"], [VP]],
    ["Công bố danh mục thủ tục hành chính thực hiện dịch vụ công trực tuyến toàn trình", VP, TT, "15/5/2024",
      "2024-05-15", [VP], [TT]],
    ["Thí điểm tiếp nhận, trả kết quả thủ tục hành chính qua Bưu điện tại huyện Sìn Hồ", "Bưu điện tỉnh",
      "UBND huyện Sìn Hồ", "Tháng 9/2024", "2024-09-30", ["Bưu điện tỉnh"], ["UBND huyện Sìn Hồ"]],
  ]],
  ["III", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", [
    ["Xây dựng Đề án sắp xếp đơn vị hành chính cấp xã giai đoạn 2023-2025 của huyện Mường Tè, huyện Phong Thổ", NV,
      "UBND huyện Mường Tè, UBND huyện Phong Thổ", "Quý II/2024", "2024-06-30", [NV],
      ["UBND huyện Mường Tè", "UBND huyện Phong Thổ"]],
    ["Rà soát, điều chỉnh vị trí việc làm trong các đơn vị sự nghiệp công lập ngành giáo dục",
      "Sở Giáo dục và Đào tạo", NV, "Tháng 10/2024", "2024-10-31", ["Sở Giáo dục và Đào tạo"], [NV]],
  ]],
  ["IV", "CẢI CÁCH TÀI CHÍNH CÔNG", [
    ["Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập giai đoạn 2024-2026", TC,
      "Các sở, ban, ngành; UBND các huyện, thành phố", "Trước ngày 01/9/2024", "2024-08-31", [TC],
      ["@departments", H]],
  ]],
  ["V", "XÂY DỰNG, PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", [
    ["Triển khai Kho dữ liệu dùng chung của tỉnh, kết nối với Hệ thống thông tin giải quyết thủ tục hành chính", TT,
      TTHC, "Năm 2024", "2024-12-31", [TT], [TTHC]],
    ["Đưa vào vận hành Hệ thống hội nghị truyền hình trực tuyến đến cấp xã", TT, `UBND các huyện, thành phố; ${VT}`,
      "20/11/2024", "2024-11-20", [TT], [H, VT]],
  ]],
  ["VI", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH, TUYÊN TRUYỀN", [
    ["Tổ chức Hội thi \"Cán bộ, công chức, viên chức với công tác cải cách hành chính\" tỉnh Lai Châu năm 2024", NV,
      "Tỉnh đoàn, Đài Phát thanh - Truyền hình tỉnh", "Quý III/2024", "2024-09-30", [NV],
      ["Tỉnh đoàn", "Đài Phát thanh - Truyền hình tỉnh"]],
    ["Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị", NV, "Thanh tra tỉnh",
      "Từ tháng 5 đến tháng 10/2024", "2024-10-31", [NV], ["Thanh tra tỉnh"]],
    ["Khảo sát, đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính", NV,
      "Bưu điện tỉnh", "Hằng năm", null],
  ]],
];
const rows = [["STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]];
const tasks = [];
let n = 0;
for (const [roman, label, items] of G) {
  rows.push([{ text: roman, bold: true }, { text: label, span: 4, bold: true }]);
  for (const [name, leadCell, coordCell, time, due, lead, coord] of items) {
    n += 1;
    rows.push([String(n), name, leadCell, coordCell, time]);
    if (due) tasks.push(task(String(n), name, due, lead, coord));
  }
}
const art2 = "Sở Nội vụ theo dõi, đôn đốc việc thực hiện Danh mục; tổng hợp kết quả, báo cáo UBND tỉnh trước ngày " +
  "15/12/2024.";
tasks.push(task("Điều 2.2", "Theo dõi, đôn đốc việc thực hiện Danh mục; tổng hợp kết quả, báo cáo UBND tỉnh",
  "2024-12-14", [NV]));
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 312/QĐ-UBND", "Lai Châu, ngày 08 tháng 3 năm 2024", "QUYẾT ĐỊNH",
    "Phê duyệt Danh mục nhiệm vụ trọng tâm cải cách hành chính năm 2024 của tỉnh Lai Châu"),
  { t: "p", text: "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", bold: true, align: "center", indent: false },
  { t: "p", text: "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số " +
    "điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;", italic: true },
  { t: "p", text: "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng " +
    "thể cải cách hành chính nhà nước giai đoạn 2021-2030;", italic: true },
  { t: "p", text: "Căn cứ Kế hoạch số 4120/KH-UBND ngày 25 tháng 12 năm 2023 của UBND tỉnh về cải cách hành chính " +
    "năm 2024;", italic: true },
  { t: "p", text: "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 95/TTr-SNV ngày 01 tháng 3 năm 2024.",
    italic: true },
  { t: "p", text: "QUYẾT ĐỊNH:", bold: true, align: "center", indent: false },
  { t: "p", text: "Điều 1. Phê duyệt Danh mục nhiệm vụ trọng tâm cải cách hành chính năm 2024 của tỉnh Lai Châu " +
    "(có Danh mục chi tiết kèm theo)." },
  { t: "p", text: "Điều 2. Tổ chức thực hiện" },
  { t: "p", num: "1.", list: { kind: "decimal", inst: 9 }, text:
    "Các cơ quan được giao chủ trì chủ động xây dựng kế hoạch, tổ chức thực hiện bảo đảm chất " +
    "lượng, đúng thời gian quy định tại Danh mục; định kỳ hằng quý báo cáo kết quả về Sở Nội vụ để tổng hợp." },
  { t: "p", num: "2.", list: { kind: "decimal", inst: 9 }, text: art2 },
  { t: "p", text: "Điều 3. Quyết định này có hiệu lực kể từ ngày ký." },
  { t: "p", text: "Điều 4. Chánh Văn phòng UBND tỉnh; Giám đốc các sở; Thủ trưởng các ban, ngành tỉnh; " +
    "Chủ tịch UBND các huyện, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành " +
    "Quyết định này./." },
  ...sign(["Như Điều 4", "Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh"],
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lê Văn Lương"),
  { t: "p", text: "DANH MỤC", bold: true, align: "center", indent: false },
  { t: "p", text: "NHIỆM VỤ TRỌNG TÂM CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA TỈNH LAI CHÂU", bold: true, align: "center",
    indent: false },
  { t: "p", text: "(Kèm theo Quyết định số 312/QĐ-UBND ngày 08/3/2024 của UBND tỉnh Lai Châu)", italic: true,
    align: "center", indent: false },
  { t: "table", header: 1, widths: [600, 3900, 1700, 2000, 1500], rows },
];
const style = "Quyết định 312/QĐ-UBND Lai Châu 08/3/2024 (old departments, districts) phê duyệt Danh mục: Căn cứ " +
  "lines, Điều 1-4, signature, then the attached Danh mục table STT | Tên nhiệm vụ | Cơ quan chủ trì | " +
  "Cơ quan phối hợp | " +
  "Thời gian hoàn thành with group rows I-VI; STT 1-14 straight through, ref = STT. Row 14 'Hằng năm' left out. " +
  "Điều 2.1 (quarterly reports) recurring, left out; Điều 2.2 is a dated task of Sở Nội vụ (ref 'Điều 2.2', 'trước " +
  "ngày 15/12/2024' -> 14/12 Sat -> 16/12); 'báo cáo UBND tỉnh' is a recipient. Điều 4 names who executes the " +
  "decision, no task. The Tờ trình, Kế hoạch 4120 and the Căn cứ dates are no deadlines. 2024: 31/3 Sun -> 1/4; " +
  "'Trước 30/6' -> 29/6 Sat -> 1/7; 30/6 Sun -> 1/7; 'Trước ngày 01/9' -> 31/8 Sat, 2-3/9 off -> 4/9. 'Trung tâm " +
  "Phục vụ hành chính công tỉnh' and 'Viễn thông Lai Châu' unresolved. PDF: WeasyPrint from HTML.";
await build(DIR, { blocks, printer: "weasyprint", expected: { id: ID, style, province: "Lai Châu",
  plan: { number: "312/QĐ-UBND", date: "2024-03-08" }, tasks, quotas: [], unresolved: [TTHC, VT], successors: [] } });

// 04: Thái Nguyên 2024 — an appendix task table whose tasks have sub-rows a), b), c) under a merged number cell
// (and sometimes a merged lead cell), each sub-row with its own time; the title row itself carries no time.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "04-thai-nguyen-2024-merged-number-subrows-own-times";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const D = "@departments";
const H = "@districts";
const X = "UBND cấp xã";
const NV = "Sở Nội vụ";
const TT = "Sở Thông tin và Truyền thông";
const VP = "Văn phòng UBND tỉnh";
const TTHC = "Trung tâm Phục vụ hành chính công tỉnh";

// A group: [number, title, merged lead text or null, lead[] for the merged lead, sub-rows]
// sub-row: [letter, text, lead text (when not merged), partners text, time text, due or null, lead[], coord[]]
const G = [
  ["1", "Rà soát, chuẩn hóa quy trình số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Văn phòng UBND tỉnh",
    [VP], [
      ["a", "Rà soát danh mục thủ tục hành chính phải số hóa kết quả giải quyết theo Nghị định số 107/2021/NĐ-CP",
        null, "Các sở, ban, ngành", "Trước 15/4/2024", "2024-04-14", null, [D]],
      ["b", "Tham mưu ban hành quy trình số hóa hồ sơ tại Bộ phận Một cửa các cấp", null,
        "Sở Thông tin và Truyền thông", "Tháng 5/2024", "2024-05-31", null, [TT]],
      ["c", "Cập nhật quy trình số hóa lên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", null,
        "Sở Thông tin và Truyền thông; Trung tâm Phục vụ hành chính công tỉnh", "30/6/2024", "2024-06-30", null,
        [TT, TTHC]],
    ]],
  ["2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực", null, null, [
    ["a", "Tại cấp tỉnh", "Các sở, ban, ngành", "Sở Thông tin và Truyền thông", "Quý III/2024", "2024-09-30",
      [D], [TT]],
    ["b", "Tại cấp huyện", "UBND các huyện, thành phố", "Sở Thông tin và Truyền thông, Sở Nội vụ", "31/10/2024",
      "2024-10-31", [H], [TT, NV]],
    ["c", "Tại cấp xã", "UBND các xã, phường, thị trấn", "UBND các huyện, thành phố", "30/11/2024", "2024-11-30",
      [X], [H]],
  ]],
  ["3", "Tập huấn kỹ năng số hóa, ký số cho công chức làm việc tại Bộ phận Một cửa các cấp", null, null, [
    [null, null, "Sở Nội vụ", "Sở Thông tin và Truyền thông; Trung tâm Phục vụ hành chính công tỉnh", "Tháng 4/2024",
      "2024-04-30", [NV], [TT, TTHC]],
  ]],
  ["4", "Tuyên truyền, hướng dẫn người dân, doanh nghiệp sử dụng kết quả số hóa", "Sở Thông tin và Truyền thông",
    [TT], [
      ["a", "Xây dựng video hướng dẫn nộp hồ sơ trực tuyến, tái sử dụng dữ liệu đã số hóa", null,
        "Đài Phát thanh - Truyền hình tỉnh", "Trước 31/5/2024", "2024-05-30", null,
        ["Đài Phát thanh - Truyền hình tỉnh"]],
      ["b", "Mở chuyên mục \"Số hóa - vì người dân\" trên Báo Thái Nguyên điện tử", null, "Báo Thái Nguyên",
        "Quý II/2024", "2024-06-30", null, ["Báo Thái Nguyên"]],
      ["c", "Hướng dẫn tại chỗ người dân khi đến giao dịch tại Bộ phận Một cửa", null, "UBND các huyện, thành phố",
        "Thường xuyên", null, null, [H]],
    ]],
  ["5", "Cấp tài khoản định danh điện tử mức độ 2 cho cán bộ, công chức làm việc tại Bộ phận Một cửa", null, null, [
    [null, null, "Công an tỉnh", "Sở Nội vụ", "15/8/2024", "2024-08-15", ["Công an tỉnh"], [NV]],
  ]],
  ["6", "Kiểm tra, đánh giá kết quả số hóa", null, null, [
    ["a", "Kiểm tra tại các sở, ban, ngành", "Văn phòng UBND tỉnh", "Sở Nội vụ, Sở Thông tin và Truyền thông",
      "Tháng 10/2024", "2024-10-31", [VP], [NV, TT]],
    ["b", "Kiểm tra tại UBND các huyện, thành phố và một số xã", "Văn phòng UBND tỉnh", "Sở Nội vụ", "Tháng 11/2024",
      "2024-11-30", [VP], [NV]],
    ["c", "Đánh giá, chấm điểm tiêu chí số hóa trong Chỉ số cải cách hành chính năm 2024", "Sở Nội vụ",
      "Văn phòng UBND tỉnh", "Trước 20/12/2024", "2024-12-19", [NV], [VP]],
    ["d", "Báo cáo kết quả thực hiện Kế hoạch năm 2024", "Văn phòng UBND tỉnh", "", "25/12/2024", "2024-12-25",
      [VP], []],
    ["đ", "Sơ kết, khen thưởng tập thể, cá nhân có thành tích", "Sở Nội vụ", "Văn phòng UBND tỉnh", "Tháng 01/2025",
      "2025-01-31", [NV], [VP]],
  ]],
  ["7", "Bố trí kinh phí thực hiện số hóa năm 2025 trong dự toán ngân sách", null, null, [
    [null, null, "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Trước 15/11/2024", "2024-11-14", ["Sở Tài chính"],
      ["Sở Kế hoạch và Đầu tư"]],
  ]],
];

const rows = [["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]];
const tasks = [];
for (const [no, title, mergedLead, mergedLeads, subs] of G) {
  if (subs.length === 1 && subs[0][0] === null) {
    const [, , lead, partners, time, due, leads, coords] = subs[0];
    rows.push([{ text: no, align: "center" }, title, lead, partners, { text: time, align: "center" }]);
    tasks.push(task(no, title, due, leads, coords));
    continue;
  }
  const span = subs.length + 1;
  rows.push([{ text: no, rs: span, align: "center" }, { text: title, bold: true },
    mergedLead ? { text: mergedLead, rs: span } : "", "", ""]);
  for (const [letter, text, lead, partners, time, due, leads, coords] of subs) {
    rows.push([{ cont: true }, `${letter}) ${text}`, mergedLead ? { cont: true } : lead, partners,
      { text: time, align: "center" }]);
    if (due) tasks.push(task(`${no}.${letter}`, text, due, mergedLeads ?? leads, coords));
  }
}

const sec = (num, text) => ({ t: "p", num, text, bold: true, list: { kind: "roman", inst: 1 } });
let decs = 10;
const num = (n1, text, fresh = false) =>
  ({ t: "p", num: n1, text, list: { kind: "decimal", inst: fresh ? ++decs : decs } });
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 64/KH-UBND", "Thái Nguyên, ngày 22 tháng 3 năm 2024", "KẾ HOẠCH",
    "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính trên địa bàn tỉnh Thái Nguyên năm 2024"),
  { t: "p", text: "Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ; Quyết định số 06/QĐ-TTg ngày " +
    "06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác " +
    "thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030, UBND tỉnh ban hành " +
    "Kế hoạch số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2024 như sau:" },
  sec("I.", "MỤC TIÊU"),
  num("1.", "100% hồ sơ thủ tục hành chính tiếp nhận mới được số hóa khi tiếp nhận; 100% kết quả giải quyết thủ tục " +
    "hành chính còn hiệu lực được số hóa, lưu trữ và tái sử dụng.", true),
  num("2.", "Không yêu cầu người dân, doanh nghiệp nộp lại giấy tờ đã được số hóa."),
  sec("II.", "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
  { t: "p", text: "Các nhiệm vụ, cơ quan chủ trì, cơ quan phối hợp và thời gian hoàn thành chi tiết tại Phụ lục kèm " +
    "theo. Nhiệm vụ có nhiều nội dung thì thực hiện theo thời gian của từng nội dung." },
  sec("III.", "TỔ CHỨC THỰC HIỆN"),
  num("1.", "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố chịu trách nhiệm trước Chủ tịch UBND " +
    "tỉnh về kết quả số hóa của cơ quan, địa phương mình.", true),
  num("2.", "Văn phòng UBND tỉnh theo dõi, đôn đốc; định kỳ hằng quý tổng hợp, báo cáo UBND tỉnh kết quả thực hiện."),
  ...sign(["Văn phòng Chính phủ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành", "UBND các huyện, thành phố",
    "Công an tỉnh"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đặng Xuân Trường"),
  { t: "p", text: "PHỤ LỤC\nPHÂN CÔNG NHIỆM VỤ SỐ HÓA HỒ SƠ, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2024",
    bold: true, align: "center", indent: false },
  { t: "p", text: "(Kèm theo Kế hoạch số 64/KH-UBND ngày 22/3/2024 của UBND tỉnh Thái Nguyên)", italic: true,
    align: "center", indent: false },
  { t: "table", header: 1, widths: [600, 3700, 1800, 1900, 1350], rows },
];

const style =
  "Kế hoạch 64/KH-UBND Thái Nguyên 22/3/2024. Phụ lục table TT | Nhiệm vụ | Chủ trì | Phối hợp | Thời " +
  "gian hoàn thành; tasks 1, 2, 4, 6 are a bold title row (no time, not a task) and sub-rows 'a) … đ)' " +
  "under a vertically merged TT cell, each sub-row a task with its own time (ref 'N.x'). In 1 and 4 the " +
  "lead cell is merged over the title row and its sub-rows (each sub-row has that lead); in 2 and 6 " +
  "each sub-row names its lead. 3, 5, 7 are single rows (ref 'N'). 4.c 'Thường xuyên' not listed. " +
  "'Trước D' = D-1. 'Các sở, ban, ngành' = @departments, 'UBND các huyện, thành phố' = @districts, " +
  "'UBND các xã, phường, thị trấn' = UBND cấp xã (unresolved, no communes imported); 'Trung tâm Phục vụ " +
  "hành chính công tỉnh' unresolved. PDF: Chromium print of the HTML (rowspan).";
await build(DIR, { blocks, printer: "chromium", css: "@page{size:A4;margin:2cm 1.5cm 2cm 2.5cm}", expected: {
  id: ID, style, province: "Thái Nguyên", plan: { number: "64/KH-UBND", date: "2024-03-22" }, tasks, quotas: [],
  unresolved: [X, TTHC], successors: [] } });

// 07: Lai Châu, UBND tỉnh (before the reorganisation), 10/3/2025 — the 2025 upper-secondary graduation exam. One
// table TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Ghi chú, NO time column: each stage is a
// heading row SHADED and merged across the full width ("I. CÔNG TÁC CHUẨN BỊ (Hoàn thành trước ngày 30/4/2025)"),
// the stage's deadline in brackets; TT restarts under each stage; a row's own date (or "Thường xuyên") stands in
// its Ghi chú cell. plan.pdf: Chromium from HTML.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "07-lai-chau-2025-exam-shaded-full-width-stage-rows-bracket-deadlines-note-column";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const GD = "Sở Giáo dục và Đào tạo";
const CA = "Công an tỉnh";
const TC = "Sở Tài chính";
const YT = "Sở Y tế";
const VP = "Văn phòng UBND tỉnh";
const PC = "Công ty Điện lực Lai Châu";
const HUYEN = "UBND các huyện, thành phố";
const THPT = "Các trường trung học phổ thông";
const BCD = "Các thành viên Ban Chỉ đạo thi tỉnh";
const resolve = (u) => (u === HUYEN ? "@districts" : u);

// stages: [roman, heading, stage due | null, rows: [text, lead[], co[], note, own due | null | "out"]]
const STAGES = [
  ["I", "CÔNG TÁC CHUẨN BỊ (Hoàn thành trước ngày 30/4/2025)", "2025-04-29", [
    ["Tham mưu thành lập Ban Chỉ đạo thi tốt nghiệp trung học phổ thông tỉnh Lai Châu năm 2025", [GD], [VP],
      "Trước ngày 20/3/2025", "2025-03-19"],
    ["Rà soát, bảo đảm cơ sở vật chất, trang thiết bị, camera giám sát tại các điểm thi", [GD], [HUYEN], "", null],
    ["Xây dựng phương án bảo đảm an ninh, an toàn đề thi, bài thi và an ninh trật tự tại các điểm thi", [CA], [GD],
      "", null],
    ["Thẩm định, bố trí kinh phí tổ chức kỳ thi", [TC], [GD], "", null],
  ]],
  ["II", "ĐĂNG KÝ DỰ THI, XÉT CÔNG NHẬN ĐỦ ĐIỀU KIỆN DỰ THI (Từ ngày 21/4 đến ngày 05/6/2025)", "2025-06-05", [
    ["Hướng dẫn, tổ chức cho thí sinh đăng ký dự thi trực tuyến", [GD], [THPT],
      "Từ ngày 21/4 đến ngày 28/4/2025", "2025-04-28"],
    ["Xét công nhận đủ điều kiện dự thi, cập nhật danh sách thí sinh lên hệ thống quản lý thi", [GD], [THPT], "",
      null],
    ["Hỗ trợ chỗ ở, phương tiện đi lại cho thí sinh có hoàn cảnh khó khăn, thí sinh ở xa điểm thi", [HUYEN],
      ["Tỉnh đoàn"], "", null],
  ]],
  ["III", "TỔ CHỨC THI (Từ ngày 25/6 đến ngày 27/6/2025)", "2025-06-27", [
    ["Bảo đảm an ninh, trật tự; bảo vệ, vận chuyển đề thi, bài thi", [CA], [GD], "", null],
    ["Cung cấp điện ổn định cho nơi in sao đề thi và các điểm thi", [PC], [], "", null],
    ["Bố trí cán bộ y tế, thuốc và phương tiện sơ cứu, cấp cứu tại các điểm thi", [YT], [HUYEN], "", null],
    ["Đưa tin về công tác tổ chức kỳ thi trên địa bàn tỉnh", ["Báo Lai Châu", "Đài Phát thanh - Truyền hình tỉnh"],
      [GD], "Thường xuyên", "out"],
  ]],
  ["IV", "CHẤM THI, XÉT CÔNG NHẬN TỐT NGHIỆP (Chậm nhất ngày 16/7/2025)", "2025-07-16", [
    ["Chấm thi tự luận, chấm thi trắc nghiệm", [GD], [CA], "Hoàn thành trước ngày 08/7/2025", "2025-07-07"],
    ["Xét công nhận tốt nghiệp trung học phổ thông", [GD], [THPT], "", null],
    ["Tiếp nhận đơn, tổ chức phúc khảo bài thi", [GD], [], "Trong 10 ngày kể từ ngày công bố kết quả thi", "out"],
  ]],
  ["V", "TỔNG KẾT, BÁO CÁO", null, [
    ["Báo cáo nhanh tình hình tổ chức thi gửi UBND tỉnh, Bộ Giáo dục và Đào tạo", [GD], [], "Sau mỗi buổi thi",
      "out"],
    ["Tổng kết công tác tổ chức kỳ thi, báo cáo UBND tỉnh", [GD], [BCD], "Trong tháng 8/2025", "2025-08-31"],
  ]],
];

const tasks = [];
const W = [560, 3700, 1700, 1800, 1600];
const rows = [["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Ghi chú"]];
for (const [roman, heading, sdue, items] of STAGES) {
  rows.push([{ text: `${roman}. ${heading}`, span: 5, bold: true, shade: "D9D9D9" }]);
  items.forEach(([text, lead, co, note, own], i) => {
    const due = own === "out" ? null : own ?? sdue;
    if (due) {
      tasks.push({ ...task(`${roman}.${i + 1}`, text, due, lead.map(resolve), co.map(resolve)),
        inherited: own === null });
    }
    rows.push([{ text: String(i + 1), align: "center" }, text, lead.join(", "), co.join(", "),
      { text: note, align: "center", italic: true }]);
  });
}

const plain = (text) => ({ t: "p", text });
const dash = (text) => ({ t: "p", text: "- " + text });
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: { kind: "decimal", inst: "S" } });

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 612/KH-UBND", "Lai Châu, ngày 10 tháng 3 năm 2025",
    "KẾ HOẠCH", "Tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm 2025 trên địa bàn tỉnh Lai Châu"),
  plain("Căn cứ Thông tư số 24/2024/TT-BGDĐT ngày 24/12/2024 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Quy chế " +
    "thi tốt nghiệp trung học phổ thông; Công văn số 1054/BGDĐT-QLCL ngày 12/3/2025 hướng dẫn tổ chức Kỳ thi tốt " +
    "nghiệp trung học phổ thông năm 2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"),
  sec("1.", "Mục đích, yêu cầu"),
  dash("Tổ chức kỳ thi nghiêm túc, an toàn, đúng quy chế; bảo đảm quyền lợi của thí sinh."),
  dash("Phân công cụ thể cho từng cơ quan, đơn vị theo từng giai đoạn của kỳ thi; các giai đoạn có thời hạn hoàn " +
    "thành ghi tại dòng tiêu đề của giai đoạn, nội dung có thời hạn riêng ghi tại cột Ghi chú."),
  sec("2.", "Thời gian thi"),
  plain("Kỳ thi tổ chức trong các ngày 26 và 27/6/2025; ngày 25/6/2025 làm thủ tục dự thi."),
  sec("3.", "Nhiệm vụ và phân công thực hiện"),
  { t: "table", widths: W, header: 1, rows },
  sec("4.", "Tổ chức thực hiện"),
  plain("Sở Giáo dục và Đào tạo là cơ quan thường trực của Ban Chỉ đạo thi tỉnh, chủ trì theo dõi, đôn đốc các cơ " +
    "quan, đơn vị; kịp thời báo cáo Chủ tịch UBND tỉnh những vấn đề phát sinh vượt thẩm quyền."),
  plain("Chủ tịch UBND các huyện, thành phố chỉ đạo UBND các xã, phường, thị trấn phối hợp bảo đảm an ninh, trật " +
    "tự, vệ sinh môi trường khu vực các điểm thi./."),
  ...sign(["Bộ Giáo dục và Đào tạo (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Thành viên Ban Chỉ đạo thi tỉnh", "Các sở, ngành: GD&ĐT, CA, TC, YT", "UBND các huyện, thành phố"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hà Trọng Hải"),
];

const css = "@page{size:A4;margin:2cm 1.5cm 2cm 2.5cm}table.bd td[colspan]{font-weight:bold}" +
  "table.bd td:nth-child(5){font-style:italic;text-align:center}table.nb td:first-child{text-align:left;font-size:11pt}" +
  "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}table.nb tr,table.bd tr{break-inside:avoid}table.nb td{padding-top:8pt}";
await build(DIR, {
  blocks, printer: "chromium", css,
  expected: {
    id: ID,
    style: "Kế hoạch 612/KH-UBND of UBND tỉnh Lai Châu (before the reorganisation), 10/3/2025, the 2025 graduation " +
      "exam. Sections 1.-4. (Arabic, Word list); 1-2 prose (the exam days 25-27/6 are information, no task). 3 " +
      "is one table TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Ghi chú with NO time column: each " +
      "stage is a heading row SHADED (grey) and merged across all five columns, 'I. CÔNG TÁC CHUẨN BỊ (Hoàn " +
      "thành trước ngày 30/4/2025)', its deadline in brackets; TT restarts 1, 2 … under each stage, so ref = " +
      "<stage roman>.<TT>. A row with nothing in Ghi chú takes its stage's date (inherited true); a date in Ghi " +
      "chú is the row's own (inherited false), also when it is earlier than the stage's; 'Thường xuyên', 'Sau mỗi " +
      "buổi thi' and 'Trong 10 ngày kể từ ngày công bố kết quả thi' (undated event) overrule the stage: out. V " +
      "has no bracket. Dates: I 'trước ngày 30/4' -> 29/4; I.1 'Trước ngày 20/3' -> 19/3; II 'Từ ngày 21/4 đến " +
      "ngày 05/6' -> 5/6; II.1 '… đến ngày 28/4' -> 28/4; III 'Từ ngày 25/6 đến ngày 27/6' -> 27/6; IV 'Chậm nhất " +
      "ngày 16/7' -> 16/7; IV.1 'trước ngày 08/7' -> 7/7; V.2 'Trong tháng 8/2025' -> 31/8 (Sun, then 1-2/9 " +
      "holiday -> 3/9). Units by the directory of the plan's date (before 1/7/2025) even for July-August dates: " +
      "'UBND các huyện, thành phố' = @districts. 'Các trường trung học phổ thông', 'Các thành viên Ban Chỉ đạo " +
      "thi tỉnh' kept as written. 'gửi UBND tỉnh, Bộ …', 'báo cáo UBND tỉnh': recipients.",
    province: "Lai Châu",
    plan: { number: "612/KH-UBND", date: "2025-03-10" },
    tasks,
    unresolved: [THPT, BCD],
    successors: [],
  },
});

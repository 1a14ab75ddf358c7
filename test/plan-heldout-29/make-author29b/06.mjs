// 06: Bắc Kạn, Sở Giáo dục và Đào tạo (before the reorganisation), 28/8/2024 — the school-year plan 2024-2025.
// III is ONE table "Tháng | Nội dung công việc | Đơn vị thực hiện": the month cell ("Tháng 9/2024", "Tháng 10", …,
// "Tháng 1/2025", "Tháng 2", …) is merged VERTICALLY over its rows (w:vMerge); the work items are numbered 1., 2.
// … running on across the whole table (plan-auto: one Word list continuing from cell to cell). A row is due at its
// month's end unless it gives its own date (an italic note above the table says so); the year turns between
// Tháng 12 and Tháng 1/2025. plan.pdf: LibreOffice from plan-auto.docx.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "06-bac-kan-2024-school-year-month-cells-merged-down-numbered-items-year-turns-in-january";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const MNTH = "Phòng Giáo dục Mầm non - Giáo dục Tiểu học";
const TRH = "Phòng Giáo dục Trung học - Giáo dục thường xuyên";
const KT = "Phòng Khảo thí và Kiểm định chất lượng giáo dục";
const TC = "Phòng Tổ chức cán bộ";
const KHTC = "Phòng Kế hoạch - Tài chính";
const VP = "Văn phòng Sở";
const PGD = "Phòng GD&ĐT các huyện, thành phố";
const CS = "Các cơ sở giáo dục trực thuộc";
const THPT = "Các trường THPT, PTDTNT";
const TTS = "Thanh tra Sở";

// [month cell, [[content, unit cell, due | null, title?, lead, co]]]
const MONTHS = [
  ["Tháng 9/2024", [
    ["Tổ chức Lễ khai giảng năm học 2024-2025 đồng loạt vào ngày 05/9/2024", `${CS}; ${PGD}`, "2024-09-05",
      "Tổ chức Lễ khai giảng năm học 2024-2025", [CS, PGD]],
    ["Ban hành văn bản hướng dẫn thực hiện nhiệm vụ năm học 2024-2025 đối với giáo dục mầm non, giáo dục phổ thông " +
      "và giáo dục thường xuyên", `${MNTH}; ${TRH}`, "2024-09-30", null, [MNTH, TRH]],
    ["Giao số lượng người làm việc, chỉ tiêu hợp đồng lao động năm học 2024-2025 cho các đơn vị trực thuộc", TC,
      "2024-09-30", null, [TC]],
  ]],
  ["Tháng 10", [
    ["Tổ chức Hội nghị tổng kết năm học 2023-2024, triển khai nhiệm vụ năm học 2024-2025 (trước ngày 15/10)", VP,
      "2024-10-14", "Tổ chức Hội nghị tổng kết năm học 2023-2024, triển khai nhiệm vụ năm học 2024-2025", [VP]],
    ["Kiểm tra công tác phổ cập giáo dục, xóa mù chữ năm 2024 tại các huyện, thành phố",
      `${TRH} chủ trì, phối hợp với UBND các huyện, thành phố`, "2024-10-31", null, [TRH], ["@districts"]],
  ]],
  ["Tháng 11", [
    ["Tổ chức các hoạt động kỷ niệm 42 năm Ngày Nhà giáo Việt Nam", VP, "2024-11-30", null, [VP]],
    ["Tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh cấp trung học cơ sở (từ ngày 18 đến ngày 22/11)", TRH,
      "2024-11-22", "Tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh cấp trung học cơ sở", [TRH]],
  ]],
  ["Tháng 12", [
    ["Tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 trung học phổ thông (ngày 12-13/12/2024)",
      `${KT} chủ trì, phối hợp với Công an tỉnh`, "2024-12-13",
      "Tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 trung học phổ thông", [KT], ["Công an tỉnh"]],
    ["Tổng hợp nhu cầu mua sắm thiết bị dạy học tối thiểu năm 2025, gửi Sở Tài chính thẩm định", KHTC,
      "2024-12-31", "Tổng hợp nhu cầu mua sắm thiết bị dạy học tối thiểu năm 2025", [KHTC]],
  ]],
  ["Tháng 1/2025", [
    ["Sơ kết học kỳ I năm học 2024-2025, báo cáo Bộ Giáo dục và Đào tạo trước ngày 20/01", VP, "2025-01-19",
      "Sơ kết học kỳ I năm học 2024-2025", [VP]],
    ["Chỉ đạo bảo đảm an toàn trường học, quản lý học sinh trong dịp nghỉ Tết Nguyên đán Ất Tỵ", `${PGD}; ${THPT}`,
      "2025-01-31", null, [PGD, THPT]],
  ]],
  ["Tháng 2", [
    ["Tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp tỉnh cấp tiểu học", MNTH, "2025-02-28", null, [MNTH]],
    ["Xây dựng Kế hoạch tuyển sinh vào lớp 10 năm học 2025-2026, trình UBND tỉnh phê duyệt (hoàn thành trước ngày " +
      "25/02)", KT, "2025-02-24", "Xây dựng Kế hoạch tuyển sinh vào lớp 10 năm học 2025-2026", [KT]],
  ]],
  ["Tháng 3", [
    ["Tổ chức Hội khỏe Phù Đổng ngành Giáo dục tỉnh Bắc Kạn năm 2025",
      `${TRH} chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch`, "2025-03-31", null, [TRH],
      ["Sở Văn hóa, Thể thao và Du lịch"]],
    ["Rà soát, bổ sung quy hoạch cán bộ quản lý các trường trực thuộc giai đoạn 2025-2030", TC, "2025-03-31", null,
      [TC]],
  ]],
  ["Tháng 4", [
    ["Kiểm tra, đánh giá ngoài và đề nghị công nhận trường đạt chuẩn quốc gia", KT, "2025-04-30", null, [KT]],
  ]],
  ["Tháng 5", [
    ["Tổ chức bế giảng năm học 2024-2025, hoàn thành trước ngày 31/5", `${CS}; ${PGD}`, "2025-05-30",
      "Tổ chức bế giảng năm học 2024-2025", [CS, PGD]],
    ["Xét công nhận hoàn thành chương trình tiểu học, xét công nhận tốt nghiệp trung học cơ sở", PGD, "2025-05-31",
      null, [PGD]],
  ]],
  ["Tháng 6", [
    ["Tổ chức Kỳ thi tuyển sinh vào lớp 10 trung học phổ thông năm học 2025-2026 (ngày 03-04/6/2025)", `${KT}; ${TRH}`,
      "2025-06-04", "Tổ chức Kỳ thi tuyển sinh vào lớp 10 trung học phổ thông năm học 2025-2026", [KT, TRH]],
  ]],
  ["Cả năm học", [
    ["Kiểm tra, giám sát việc thực hiện quy định về dạy thêm, học thêm và các khoản thu đầu năm học", TTS, null, null,
      [TTS]],
  ]],
];

const tasks = [];
const trows = [];
let n = 0;
for (const [month, rows] of MONTHS) {
  rows.forEach(([text, unit, due, title, lead, co = []], i) => {
    const num = `${++n}.`;
    if (due) tasks.push(task(String(n), title ?? text, due, lead, co));
    const mcell = i === 0 ? { text: month, bold: true, align: "center", vm: rows.length > 1 ? "restart" : undefined,
      rows: rows.length } : { text: "", vm: "continue" };
    trows.push([mcell, { paras: [{ num, text, list: { kind: "c-dec", inst: "all" } }] }, unit]);
  });
}
tasks.push(task("IV.2", "Xây dựng kế hoạch thực hiện nhiệm vụ năm học 2024-2025 của địa phương", "2024-09-14", [PGD]));

const unresolved = [CS, PGD, MNTH, TRH, TC, VP, KT, KHTC, THPT];
const P = (text, extra = {}) => ({ t: "p", text, align: "justify", ...extra });
const blocks = [
  ...head(["UBND TỈNH BẮC KẠN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"], "Số: 1847/KH-SGDĐT", "Bắc Kạn, ngày 28 tháng 8 năm 2024",
    "KẾ HOẠCH", "Thực hiện nhiệm vụ năm học 2024-2025"),
  P("Căn cứ Quyết định của Chủ tịch UBND tỉnh ban hành Kế hoạch thời gian năm học 2024-2025 đối với giáo dục mầm " +
    "non, giáo dục phổ thông và giáo dục thường xuyên trên địa bàn tỉnh Bắc Kạn; căn cứ hướng dẫn của Bộ Giáo dục " +
    "và Đào tạo, Sở Giáo dục và Đào tạo xây dựng Kế hoạch thực hiện nhiệm vụ năm học 2024-2025 như sau:"),
  P("I. MỤC ĐÍCH, YÊU CẦU", { bold: true }),
  P("Triển khai đồng bộ, hiệu quả các nhiệm vụ năm học; xác định rõ nội dung công việc từng tháng và đơn vị thực " +
    "hiện để chủ động tổ chức, bảo đảm hoàn thành chương trình năm học theo đúng khung thời gian quy định."),
  P("II. NHIỆM VỤ TRỌNG TÂM", { bold: true }),
  P("1. Thực hiện Chương trình giáo dục phổ thông 2018 đối với các lớp 5, 9 và 12; nâng cao chất lượng dạy học ngoại " +
    "ngữ, tin học ở các trường vùng khó khăn."),
  P("2. Củng cố, duy trì kết quả phổ cập giáo dục, xóa mù chữ; huy động tối đa trẻ em trong độ tuổi đến trường, hạn " +
    "chế tình trạng học sinh bỏ học giữa chừng."),
  P("3. Đẩy mạnh chuyển đổi số, ứng dụng công nghệ thông tin trong quản lý, dạy học và kiểm tra, đánh giá."),
  P("III. LỊCH CÔNG TÁC THEO THÁNG", { bold: true }),
  P("(Thời hạn hoàn thành là ngày cuối cùng của tháng ghi tại cột Tháng, trừ nội dung có ghi thời hạn cụ thể)",
    { italic: true, align: "center", indent: false }),
  { t: "table", widths: [1450, 5450, 2450], header: 1, rows: [
    ["Tháng", "Nội dung công việc", "Đơn vị thực hiện"],
    ...trows,
  ] },
  P("IV. TỔ CHỨC THỰC HIỆN", { bold: true }),
  P("1. Các phòng chuyên môn, nghiệp vụ thuộc Sở căn cứ lịch công tác chủ động triển khai các nội dung được giao; " +
    "kịp thời báo cáo Giám đốc Sở những nội dung phát sinh, cần điều chỉnh."),
  P("2. Phòng GD&ĐT các huyện, thành phố tham mưu UBND cấp huyện xây dựng kế hoạch thực hiện nhiệm vụ năm học " +
    "2024-2025 của địa phương, gửi về Sở Giáo dục và Đào tạo trước ngày 15/9/2024."),
  P("3. Thủ trưởng các đơn vị trực thuộc xây dựng kế hoạch năm học của đơn vị phù hợp với lịch công tác của Sở, báo " +
    "cáo kết quả thực hiện theo học kỳ và cuối năm học."),
  ...sign(["Bộ GD&ĐT (b/c)", "UBND tỉnh (b/c)", "Giám đốc, các PGĐ Sở", "Phòng GD&ĐT các huyện, thành phố",
    "Các đơn vị trực thuộc"], "GIÁM ĐỐC", "Hoàng Văn Tịnh"),
];

await build(DIR, {
  blocks, printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 1847/KH-SGDĐT of Sở Giáo dục và Đào tạo tỉnh Bắc Kạn (before the reorganisation: districts), " +
      "28/8/2024, school year 2024-2025; header 'UBND TỈNH BẮC KẠN / SỞ GIÁO DỤC VÀ ĐÀO TẠO', signed GIÁM ĐỐC. I, " +
      "II undated prose; III ONE table Tháng | Nội dung công việc | Đơn vị thực hiện; the month cell is merged " +
      "DOWN over its rows (plan.txt: the continuation rows start with an empty cell); the items are numbered 1.-20. " +
      "running on across the table (plan-auto: one Word list over all cells): ref = that number. An italic note: due " +
      "= the last day of the row's month unless the row gives its own date. The year turns between 'Tháng 12' and " +
      "'Tháng 1/2025': later months and dates written without a year are 2025. Own dates: 1 'vào ngày 05/9/2024'; " +
      "4 'trước ngày 15/10' -> 14/10; 7 'từ ngày 18 đến ngày 22/11' -> 22/11; 8 'ngày 12-13/12/2024' -> 13/12; 10 " +
      "'trước ngày 20/01' -> 19/1/2025 Sun -> 20/1; 13 'trước ngày 25/02' -> 24/2/2025; 17 'trước ngày 31/5' -> " +
      "30/5/2025; 19 'ngày 03-04/6/2025' -> 4/6. Month ends: 30/9, 31/10, 30/11 Sat -> 2/12, 31/12, 31/1/2025 " +
      "(Tết off 27-31/1) -> 3/2, 28/2, 31/3, 30/4 (30/4-2/5 off) -> 5/5, 31/5 Sat -> 2/6. Row 20 'Cả năm học' is " +
      "undated, left out. The unit cell: every unit named does the work (leads), except 'X chủ trì, phối hợp với Y' " +
      "(rows 5, 8, 14): Y coordinates. The Sở's own offices, 'Phòng GD&ĐT các huyện, thành phố', 'Các cơ sở giáo dục " +
      "trực thuộc', 'Các trường THPT, PTDTNT' are no directory units: as written, unresolved; 'UBND các huyện, " +
      "thành phố' = @districts. 'gửi Sở Tài chính', 'báo cáo Bộ', 'trình UBND tỉnh', 'gửi về Sở' are recipients. " +
      "IV.2: Phòng GD&ĐT … 'gửi về Sở … trước ngày 15/9/2024' -> 14/9 Sat -> 16/9.",
    province: "Bắc Kạn",
    plan: { number: "1847/KH-SGDĐT", date: "2024-08-28" },
    tasks,
    unresolved,
    successors: [],
  },
});

// 03: Thái Nguyên (before the reorganisation), UBND tỉnh, Kế hoạch 41/KH-UBND, 25/02/2025 — phát triển du lịch năm
// 2025. A task table whose time cells write RANGES and "hết" words as offices type them: "Quý II-III/2025",
// "Tháng 6-7/2025", "Từ tháng 3 đến hết tháng 9/2025", "Đến hết năm 2025", "Ngày 20 của tháng cuối quý III",
// "Hết quý I/2025", mixed with plain dates. Roman group rows spanning the table; refs "I.1". plan.pdf: WeasyPrint.
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";

const ID = "03-thai-nguyen-2025-time-cells-quarter-month-ranges-het-words-tu-den-het-thang-cuoi-quy";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const VH = "Sở Văn hóa, Thể thao và Du lịch", KH = "Sở Kế hoạch và Đầu tư", TC = "Sở Tài chính";
const TT = "Sở Thông tin và Truyền thông", GT = "Sở Giao thông vận tải", CT = "Sở Công Thương";
const NN = "Sở Nông nghiệp và Phát triển nông thôn", TN = "Sở Tài nguyên và Môi trường";
const H = "UBND các huyện, thành phố";

// group title, then rows [content, lead cell, coord cell, time cell, due|null, lead[], coord[]]
const groups = [
  ["QUY HOẠCH, ĐẦU TƯ HẠ TẦNG DU LỊCH", [
    ["Rà soát danh mục dự án đầu tư hạ tầng du lịch sử dụng vốn ngân sách tỉnh giai đoạn 2025-2026, đề xuất thứ tự ưu tiên",
      KH, `${VH}; ${TC}`, "Hết quý I/2025", "2025-03-31", [KH], [VH, TC]],
    ["Hoàn thiện hồ sơ đề nghị công nhận Khu du lịch quốc gia Hồ Núi Cốc", VH, `${TN}; UBND huyện Đại Từ; UBND thành phố Thái Nguyên`,
      "Quý II-III/2025", "2025-09-30", [VH], [TN, "UBND huyện Đại Từ", "UBND thành phố Thái Nguyên"]],
    ["Đầu tư nâng cấp tuyến đường kết nối Khu di tích lịch sử ATK Định Hóa với Quốc lộ 3C", GT, `${KH}; UBND huyện Định Hóa`,
      "Từ tháng 3 đến hết tháng 9/2025", "2025-09-30", [GT], [KH, "UBND huyện Định Hóa"]],
    ["Lắp đặt hệ thống biển chỉ dẫn, biển thông tin du lịch song ngữ tại các điểm đến trọng điểm", VH, `${GT}; ${H}`,
      "Tháng 6-7/2025", "2025-07-31", [VH], [GT, "@districts"]],
  ]],
  ["PHÁT TRIỂN SẢN PHẨM, XÚC TIẾN, QUẢNG BÁ", [
    ["Xây dựng bộ sản phẩm du lịch trải nghiệm vùng chè gắn với Festival Trà Thái Nguyên", VH, `${NN}; ${CT}; ${H}`,
      "Tháng 4-5/2025", "2025-05-31", [VH], [NN, CT, "@districts"]],
    ["Tổ chức đoàn khảo sát, xúc tiến du lịch tại các tỉnh Tây Bắc mở rộng", VH, CT,
      "Ngày 20 của tháng cuối quý III", "2025-09-20", [VH], [CT]],
    ["Cập nhật dữ liệu điểm đến, cơ sở lưu trú lên ứng dụng du lịch thông minh của tỉnh", TT, `${VH}; ${H}`,
      "Từ tháng 5 đến hết tháng 8/2025", "2025-08-31", [TT], [VH, "@districts"]],
    ["Sản xuất video quảng bá hình ảnh du lịch Thái Nguyên trên nền tảng số", TT, `${VH}; Báo Thái Nguyên; Đài Phát thanh - Truyền hình tỉnh`,
      "30/6/2025", "2025-06-30", [TT], [VH, "Báo Thái Nguyên", "Đài Phát thanh - Truyền hình tỉnh"]],
    ["Tuyên truyền, giới thiệu sản phẩm du lịch trên các phương tiện thông tin đại chúng", "Báo Thái Nguyên; Đài Phát thanh - Truyền hình tỉnh",
      VH, "Thường xuyên", null],
  ]],
  ["NGUỒN NHÂN LỰC, QUẢN LÝ NHÀ NƯỚC", [
    ["Mở lớp bồi dưỡng nghiệp vụ hướng dẫn viên tại điểm và người làm du lịch cộng đồng", VH, `${H}`,
      "Ngày 15 của tháng cuối quý II", "2025-06-15", [VH], ["@districts"]],
    ["Kiểm tra điều kiện kinh doanh của cơ sở lưu trú, điểm kinh doanh dịch vụ du lịch", VH, "Công an tỉnh; Sở Y tế; " + H,
      "Hết tháng 10/2025", "2025-10-31", [VH], ["Công an tỉnh", "Sở Y tế", "@districts"]],
    ["Gửi Sở Văn hóa, Thể thao và Du lịch báo cáo số liệu khách du lịch, doanh thu du lịch 6 tháng đầu năm", H, "",
      "Trước ngày 15/6/2025", "2025-06-14", ["@districts"], []],
    ["Tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2026", TC, VH,
      "Quý IV/2025", "2025-12-31", [TC], [VH]],
    ["Tổng kết, đánh giá kết quả phát triển du lịch năm 2025, báo cáo UBND tỉnh", VH, "Các sở, ban, ngành; " + H,
      "Đến hết năm 2025", "2025-12-31", [VH], ["@departments", "@districts"]],
  ]],
];

const ROMAN = ["I", "II", "III"];
const rows = [["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]];
const tasks = [];
groups.forEach(([g, items], gi) => {
  rows.push([{ text: ROMAN[gi], bold: true, align: "center" }, { text: g, span: 4, bold: true }]);
  items.forEach(([content, lc, cc, time, due, lead, coord], i) => {
    rows.push([{ text: String(i + 1), align: "center" }, content, lc, cc, time]);
    if (due) tasks.push(task(`${ROMAN[gi]}.${i + 1}`, content, due, lead, coord));
  });
});

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 41/KH-UBND", "Thái Nguyên, ngày 25 tháng 02 năm 2025", "KẾ HOẠCH",
    "Phát triển du lịch tỉnh Thái Nguyên năm 2025"),
  { t: "p", align: "justify", text: "Căn cứ Nghị quyết của Tỉnh ủy về phát triển du lịch tỉnh Thái Nguyên đến năm 2030; " +
    "nhằm khai thác hiệu quả tiềm năng về văn hóa, lịch sử, sinh thái và vùng chè đặc sản, UBND tỉnh ban hành Kế hoạch " +
    "phát triển du lịch năm 2025 như sau:" },
  { t: "p", num: "I.", text: "MỤC ĐÍCH, YÊU CẦU", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Phấn đấu đón 4,2 triệu lượt khách, tổng thu từ du lịch tăng tối thiểu 10% so với năm " +
    "2024; xác định cụ thể cơ quan chủ trì, thời gian thực hiện từng nhiệm vụ để theo dõi, đôn đốc." },
  { t: "p", num: "II.", text: "NHIỆM VỤ CỤ THỂ", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "(Chi tiết tại Phụ lục nhiệm vụ kèm theo)" },
  { t: "table", widths: [600, 3700, 1700, 2100, 1500], header: 1, rows },
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Các sở, ban, ngành, UBND các huyện, thành phố căn cứ nhiệm vụ được giao chủ động triển " +
    "khai; định kỳ báo cáo kết quả về Sở Văn hóa, Thể thao và Du lịch để tổng hợp, báo cáo UBND tỉnh." },
  ...sign(["Bộ Văn hóa, Thể thao và Du lịch (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "CT, các PCT UBND tỉnh",
    "Các sở, ban, ngành", H], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đặng Xuân Trường"),
];

await build(DIR, {
  blocks, printer: "weasyprint", css: "@page{size:A4;margin:18mm 15mm 18mm 22mm}",
  expected: {
    id: ID,
    style: "Kế hoạch 41/KH-UBND of UBND tỉnh Thái Nguyên, 25/02/2025 (before the reorganisation: old departments; 'UBND " +
      "các huyện, thành phố' = @districts, named districts kept by name), phát triển du lịch 2025. One task table TT | " +
      "Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện, Roman group rows I-III spanning " +
      "the content columns, items numbered from 1 in each group; ref = group numeral and number ('II.3'); title = the " +
      "content cell; units in the two unit columns separated by ';'. Habit: the time cells write RANGES and 'hết' words " +
      "as typed by the office: a range's deadline is its END. Dates: I.1 'Hết quý I/2025' 31/3 Mon; I.2 'Quý II-III/2025' " +
      "-> end of quý III 30/9 Tue; I.3 'Từ tháng 3 đến hết tháng 9/2025' 30/9 Tue; I.4 'Tháng 6-7/2025' 31/7 Thu; II.1 " +
      "'Tháng 4-5/2025' 31/5 Sat -> 2/6 Mon; II.2 'Ngày 20 của tháng cuối quý III' = 20/9/2025 Sat -> 22/9 Mon (year " +
      "from the plan); II.3 'Từ tháng 5 đến hết tháng 8/2025' 31/8 Sun, 1-2/9 Quốc khánh -> 3/9 Wed; II.4 plain '30/6/2025' " +
      "Mon; II.5 'Thường xuyên' no task; III.1 'Ngày 15 của tháng cuối quý II' 15/6/2025 Sun -> 16/6 Mon; III.2 'Hết " +
      "tháng 10/2025' 31/10 Fri; III.3 'Trước ngày 15/6/2025' -> 14/6 Sat -> 16/6 Mon (the districts SEND to Sở VH,TT&DL: " +
      "the recipient named in the content is no unit, the phối hợp cell is empty); III.4 'Quý IV/2025' 31/12 Wed; III.5 " +
      "'Đến hết năm 2025' 31/12 Wed ('Các sở, ban, ngành' = @departments). Word files from the kit; plan.pdf: WeasyPrint.",
    province: "Thái Nguyên",
    plan: { number: "41/KH-UBND", date: "2025-02-25" },
    tasks, unresolved: [], successors: [],
  },
});

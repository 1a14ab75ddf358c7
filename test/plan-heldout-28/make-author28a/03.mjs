// 03: Thái Nguyên after the reorganisation (20/01/2026) — Sở Nông nghiệp và Môi trường's plan for growing-area
// codes and traceability. The task table has NO time column: STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị
// phối hợp | Sản phẩm | Ghi chú, and the deadline sits in the Ghi chú cell, often by reference to another row
// ("Cùng thời hạn với nhiệm vụ 2") or to a point of the body ("Theo thời hạn tại điểm 2 Mục IV").
// plan.pdf: Chromium.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "03-thai-nguyen-2026-agriculture-dept-ghi-chu-column-deadlines-same-as-task-n";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;

const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const item =
  (inst) =>
  (num, text, extra = {}) => ({ t: "p", num, text, list: { kind: "decimal", inst }, ...extra });
const [n1, n4] = ["I", "IV"].map(item);
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });
const C = (text, extra = {}) => ({ text, align: "center", ...extra });

const CC = "Chi cục Trồng trọt và Bảo vệ thực vật";
const KN = "Trung tâm Khuyến nông tỉnh";
const XA = "UBND các xã, phường";
const KHCN = "Sở Khoa học và Công nghệ";
const LQ = "Các đơn vị có liên quan";

// [Nội dung nhiệm vụ, Đơn vị chủ trì, Đơn vị phối hợp, Sản phẩm, Ghi chú]
const ROWS = [
  [
    "Rà soát, thống kê các vùng trồng chè, cây ăn quả có múi đủ điều kiện đề nghị cấp mã số vùng trồng",
    XA,
    CC,
    "Danh sách vùng trồng",
    "Hoàn thành trước 31/3/2026",
  ],
  [
    "Hướng dẫn hồ sơ, trình tự cấp mã số vùng trồng phục vụ tiêu thụ trong nước và xuất khẩu",
    CC,
    KN,
    "Văn bản hướng dẫn",
    "Chậm nhất ngày 15/4/2026",
  ],
  [
    "Tập huấn cho cán bộ cấp xã, hợp tác xã về ghi chép nhật ký canh tác, sử dụng thuốc bảo vệ thực vật an toàn",
    KN,
    `${XA}; Hội Nông dân tỉnh`,
    "05 lớp tập huấn",
    "Cùng thời hạn với nhiệm vụ 2",
  ],
  [
    "Kiểm tra thực địa, cấp mã số cho các vùng trồng đủ điều kiện",
    CC,
    XA,
    "Mã số vùng trồng được cấp",
    "Hoàn thành trong Quý III/2026",
  ],
  [
    "Xây dựng, cập nhật cơ sở dữ liệu mã số vùng trồng trên phần mềm quản lý của ngành",
    CC,
    KHCN,
    "Cơ sở dữ liệu (số liệu chốt đến 30/6/2026)",
    "Cùng thời hạn với nhiệm vụ 4",
  ],
  [
    "Hướng dẫn hợp tác xã, tổ hợp tác ghi nhật ký điện tử, gắn tem truy xuất nguồn gốc sản phẩm",
    KN,
    KHCN,
    "Sản phẩm được gắn tem",
    "Thực hiện thường xuyên",
  ],
  [
    "Hỗ trợ chủ thể OCOP đưa sản phẩm có mã số vùng trồng lên sàn thương mại điện tử",
    "Sở Công Thương",
    "Hội Nông dân tỉnh",
    "Gian hàng trực tuyến",
    "Thực hiện đồng thời với nhiệm vụ 6",
  ],
  [
    "Kiểm tra việc duy trì điều kiện của các vùng trồng đã được cấp mã số",
    CC,
    XA,
    "Biên bản kiểm tra",
    "Nhiệm vụ chuyển tiếp từ năm 2025; hoàn thành tháng 11/2026",
  ],
  [
    "Đánh giá kết quả cấp, quản lý mã số vùng trồng năm 2026, đề xuất nhiệm vụ năm 2027",
    CC,
    LQ,
    "Báo cáo",
    "Theo thời hạn tại điểm 2 Mục IV",
  ],
  [
    "Đề xuất chính sách hỗ trợ kinh phí cấp mã số vùng trồng cho hợp tác xã từ ngân sách tỉnh",
    CC,
    "Sở Tài chính",
    "Văn bản đề xuất",
    "Cùng thời hạn với nhiệm vụ 1",
  ],
];

const blocks = [
  ...head(
    "UBND TỈNH THÁI NGUYÊN\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    "Số: 134/KH-SNNMT",
    "Thái Nguyên, ngày 20 tháng 01 năm 2026",
    "KẾ HOẠCH",
    "Cấp, quản lý mã số vùng trồng và truy xuất nguồn gốc nông sản chủ lực năm 2026",
  ),
  plain(
    "Căn cứ các văn bản hướng dẫn của Bộ Nông nghiệp và Môi trường về cấp, quản lý mã số vùng trồng; nhằm phục " +
      "vụ tiêu thụ, xuất khẩu chè và cây ăn quả của tỉnh, Sở Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:",
  ),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  n1(
    "1.",
    "Quản lý chặt chẽ các vùng trồng đã được cấp mã số; mở rộng diện tích sản xuất có mã số, có truy xuất " +
      "nguồn gốc, đáp ứng yêu cầu của thị trường.",
  ),
  n1("2.", "Phân công rõ đơn vị chủ trì, phối hợp; các nhiệm vụ được theo dõi theo thời hạn ghi tại cột Ghi chú."),
  sec("II.", "CHỈ TIÊU"),
  plain(
    "Đến hết năm 2026 cấp mới ít nhất 40 mã số vùng trồng chè, cây ăn quả có múi; 100% vùng trồng đã được cấp " +
      "mã số được kiểm tra, giám sát ít nhất 01 lần/năm.",
  ),
  sec("III.", "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
  plain(
    "Nhiệm vụ, đơn vị chủ trì, đơn vị phối hợp và sản phẩm tại Bảng dưới đây. Thời hạn hoàn thành của từng " +
      "nhiệm vụ ghi tại cột Ghi chú; nhiệm vụ ghi “cùng thời hạn với nhiệm vụ …” hoàn thành cùng thời hạn với nhiệm " +
      "vụ được dẫn chiếu.",
  ),
  {
    t: "table",
    widths: [500, 3000, 1500, 1500, 1500, 1600],
    header: 1,
    rows: [
      [C("STT"), C("Nội dung nhiệm vụ"), C("Đơn vị chủ trì"), C("Đơn vị phối hợp"), C("Sản phẩm"), C("Ghi chú")],
      ...ROWS.map((r, i) => [C(String(i + 1), { list: { kind: "cell", inst: "T" } }), ...r]),
    ],
  },
  sec("IV.", "TỔ CHỨC THỰC HIỆN"),
  n4(
    "1.",
    "Chi cục Trồng trọt và Bảo vệ thực vật là đơn vị thường trực, theo dõi, đôn đốc các đơn vị thực hiện " +
      "Kế hoạch; kịp thời báo cáo Giám đốc Sở những khó khăn, vướng mắc.",
  ),
  n4(
    "2.",
    "Chi cục Trồng trọt và Bảo vệ thực vật tổng hợp kết quả thực hiện Kế hoạch năm 2026, báo cáo Giám đốc " +
      "Sở trước ngày 10/12/2026.",
  ),
  n4(
    "3.",
    "Các đơn vị được giao chủ trì gửi báo cáo tiến độ về Sở (qua Chi cục Trồng trọt và Bảo vệ thực vật) " +
      "trước ngày 20 của tháng cuối quý.",
  ),
  n4(
    "4.",
    "Đề nghị UBND các xã, phường phối hợp chỉ đạo các hợp tác xã, hộ sản xuất trên địa bàn tham gia cấp mã " +
      "số vùng trồng, ghi chép nhật ký sản xuất đầy đủ./.",
  ),
  ...sign(
    [
      "UBND tỉnh (b/c)",
      "Giám đốc, các PGĐ Sở",
      "Các sở: Công Thương, Khoa học và Công nghệ, Tài chính",
      "UBND các xã, phường",
      "Các phòng, đơn vị thuộc Sở",
    ],
    "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
    "Nguyễn Thị Minh Nguyệt",
  ),
];

const t = (n, due, lead, co = []) => task(String(n), ROWS[n - 1][0], due, lead, co);
const tasks = [
  t(1, "2026-03-30", ["UBND cấp xã"], [CC]),
  t(2, "2026-04-15", [CC], [KN]),
  t(3, "2026-04-15", [KN], ["UBND cấp xã", "Hội Nông dân tỉnh"]),
  t(4, "2026-09-30", [CC], ["UBND cấp xã"]),
  t(5, "2026-09-30", [CC], [KHCN]),
  t(8, "2026-11-30", [CC], ["UBND cấp xã"]),
  t(9, "2026-12-09", [CC], [LQ]),
  t(10, "2026-03-30", [CC], ["Sở Tài chính"]),
  task("IV.2", "Tổng hợp kết quả thực hiện Kế hoạch năm 2026, báo cáo Giám đốc Sở", "2026-12-09", [CC]),
];

await build(DIR, {
  blocks,
  printer: "chromium",
  expected: {
    id: ID,
    style:
      "Kế hoạch 134/KH-SNNMT of Sở Nông nghiệp và Môi trường Thái Nguyên, 20/01/2026 (after the " +
      "reorganisation: communes), growing-area codes and traceability. I-IV Roman sections; III holds one table " +
      "STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Sản phẩm | Ghi chú with NO time column: III's " +
      "lead paragraph says the deadline of each task is in the Ghi chú column and that 'cùng thời hạn với nhiệm vụ " +
      "n' means the same deadline as row n. Reading: due = the date in the Ghi chú cell; a reference takes the " +
      "referred row's DUE as read (row 10 'Cùng thời hạn với nhiệm vụ 1' = 30/3, the day before 31/3, not 31/3); " +
      "'Theo thời hạn tại điểm 2 Mục IV' takes IV.2's date ('trước ngày 10/12/2026' -> 9/12). Referenced dates are " +
      "the row's own (inherited = false: the reference is to a sibling row, not a parent). A reference to an " +
      "undated row stays undated: row 7 'Thực hiện đồng thời với nhiệm vụ 6' (row 6 'Thực hiện thường xuyên'): both " +
      "left out. Dates: 'Hoàn thành trước 31/3/2026' -> 30/3; 'Chậm nhất ngày 15/4/2026' = 15/4 (rows 2, 3); 'Hoàn " +
      "thành trong Quý III/2026' -> 30/9 (rows 4, 5); row 8 'Nhiệm vụ chuyển tiếp từ năm 2025; hoàn thành tháng " +
      "11/2026' -> 30/11. The Sản phẩm cell of row 5 '(số liệu chốt đến 30/6/2026)' is a data cut-off, not a " +
      "deadline. ref = the table's own STT (the plan's one task table) and IV.2 for the body's one dated point; " +
      "IV.3 (tháng cuối quý) recurs. 'UBND các xã, phường' = UBND cấp xã (unresolved); the Sở's Chi cục, Trung " +
      "tâm Khuyến nông tỉnh and 'Các đơn vị có liên quan' are unresolved. 'báo cáo Giám đốc Sở' is a recipient. " +
      "PDF: Chromium from HTML.",
    province: "Thái Nguyên",
    plan: { number: "134/KH-SNNMT", date: "2026-01-20" },
    tasks,
    unresolved: ["UBND cấp xã", CC, KN, LQ],
    successors: [],
  },
});

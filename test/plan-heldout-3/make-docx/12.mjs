// 12 Thái Nguyên 2026 (merged province): units named the 2025 way and the old way mixed, upperRoman
// sections, decimal groups and lowerLetter items with "đ)" typed by hand among Word's a)-e), a table of deadlines.
import { P, N, T, header, signature, writeAll, numbering } from "./lib.mjs";

const sec = (label, text) => N(label, "plan", 0, text, { bold: true });
const grp = (label, text) => N(label, "plan", 1, text, { bold: true, italic: true });
const item = (label, text) => N(label, "plan", 2, text);
const cell = (text, o = {}) => ({ paras: [P(text, { noIndent: true, center: !o.left, ...o })], ...o });

const table = T(
  [600, 3471, 1800, 1900, 1300],
  [
    ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành"].map((h) => cell(h, { bold: true })),
    [
      cell("1"),
      cell("Cắm mốc giới hành lang an toàn đường bộ Quốc lộ 3 đoạn qua các xã khu vực Bắc Kạn (cũ)", { left: true }),
      cell("Sở Giao thông vận tải"),
      cell("UBND các xã, phường"),
      cell("30/5/2026"),
    ],
    [
      cell("2"),
      cell("Đánh giá 01 năm vận hành chính quyền địa phương hai cấp trong lĩnh vực đầu tư", { left: true }),
      cell("Sở Tài chính"),
      cell("Sở Nội vụ"),
      cell("15/7/2026"),
    ],
    [
      cell("3"),
      cell("Lập danh mục dự án kêu gọi đầu tư năm 2027", { left: true }),
      cell("Sở Kế hoạch và Đầu tư (nay là Sở Tài chính)"),
      cell("Ban Quản lý các khu công nghiệp tỉnh; UBND các xã, phường"),
      cell("Trước ngày 01/11/2026"),
    ],
    [
      cell("4"),
      cell("Báo cáo sơ kết 6 tháng thực hiện Kế hoạch", { left: true }),
      { ...cell("Sở Tài chính"), rowSpan: 2 },
      cell("Các sở, ban, ngành"),
      cell("Trước ngày 20/6/2026"),
    ],
    [
      cell("5"),
      cell("Báo cáo tổng kết năm 2026, đề xuất nhiệm vụ năm 2027", { left: true }),
      cell("Các sở, ban, ngành; UBND các xã, phường"),
      cell("15/12/2026"),
    ],
  ],
  { header: true },
);

const blocks = [
  header({
    organ: ["ỦY BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN"],
    number: "58/KH-UBND",
    placeDate: "Thái Nguyên, ngày 03 tháng 3 năm 2026",
  }),
  P("KẾ HOẠCH", { center: true, bold: true }),
  P("Đẩy nhanh tiến độ đầu tư công và cải thiện môi trường đầu tư năm 2026 trên địa bàn tỉnh Thái Nguyên", {
    center: true,
    bold: true,
  }),
  P([
    "Thực hiện Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về nhiệm vụ phát triển kinh tế - xã hội năm 2026",
    { fn: 1 },
    ", UBND tỉnh ban hành Kế hoạch đẩy nhanh tiến độ đầu tư công và cải thiện môi trường đầu tư năm 2026 như sau:",
  ]),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P(
    "Giải ngân hết kế hoạch vốn đầu tư công năm 2026; hoàn thành các dự án liên kết vùng giữa khu vực Thái Nguyên và khu vực Bắc Kạn (cũ). Trong khi chờ hoàn thiện việc chuyển giao nhiệm vụ, các cơ quan tiếp tục thực hiện các dự án đã được giao theo tên gọi tại thời điểm giao vốn.",
  ),
  sec("II.", "NHIỆM VỤ, GIẢI PHÁP"),
  grp("1.", "Về đầu tư công"),
  item(
    "a)",
    "Sở Kế hoạch và Đầu tư (nay là Sở Tài chính) chủ trì, phối hợp với các chủ đầu tư rà soát, điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030 của tỉnh sau hợp nhất, trình UBND tỉnh trước ngày 15/4/2026.",
  ),
  item(
    "b)",
    "Sở Giao thông vận tải phối hợp với UBND các xã, phường có dự án đi qua đẩy nhanh giải phóng mặt bằng tuyến đường liên kết Thái Nguyên - Chợ Mới (Bắc Kạn); bàn giao mặt bằng cho nhà thầu trong Quý II/2026.",
  ),
  item(
    "c)",
    "Sở Tài chính thẩm định, trình phê duyệt quyết toán các dự án hoàn thành sử dụng vốn ngân sách tỉnh chậm nhất ngày 30/9/2026.",
  ),
  item(
    "d)",
    "UBND các xã, phường giải ngân vốn đầu tư công được giao năm 2026 đạt trên 60% kế hoạch trước ngày 01/9/2026.",
  ),
  P(
    "đ) Kho bạc Nhà nước tỉnh kiểm soát, thanh toán kịp thời khối lượng hoàn thành; báo cáo tình hình giải ngân về Sở Tài chính chậm nhất ngày 10/12/2026.",
  ),
  item(
    "e)",
    "Sở Tài nguyên và Môi trường chủ trì thẩm định kế hoạch sử dụng đất năm 2027 của các xã, phường; hoàn thành trong tháng 10/2026.",
  ),
  grp("2.", "Về cải thiện môi trường đầu tư"),
  item(
    "a)",
    "Sở Tài chính chủ trì, phối hợp với Ban Quản lý các khu công nghiệp tỉnh tổ chức Hội nghị xúc tiến đầu tư tỉnh Thái Nguyên năm 2026; thời gian tổ chức: tháng 6/2026.",
  ),
  item(
    "b)",
    "Ban Quản lý các khu công nghiệp tỉnh phối hợp với Sở Lao động - Thương binh và Xã hội (nay là Sở Nội vụ) khảo sát nhu cầu, cung ứng lao động cho các khu công nghiệp Yên Bình, Điềm Thụy; hoàn thành Quý III/2026.",
  ),
  item(
    "c)",
    "Các sở, ban, ngành tỉnh, UBND các xã, phường thường xuyên công khai thủ tục đầu tư, đất đai; giải quyết kịp thời kiến nghị của nhà đầu tư.",
  ),
  sec("III.", "NHIỆM VỤ CÓ THỜI HẠN CỤ THỂ"),
  table,
  sec("IV.", "TỔ CHỨC THỰC HIỆN"),
  P(
    "Sở Tài chính là cơ quan thường trực, theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch. Các nhiệm vụ trước đây giao Sở Kế hoạch và Đầu tư, Sở Giao thông vận tải, Sở Tài nguyên và Môi trường, Sở Lao động - Thương binh và Xã hội do cơ quan tiếp nhận chức năng, nhiệm vụ tiếp tục thực hiện./.",
  ),
  signature(
    [
      "- TT Tỉnh ủy, TT HĐND tỉnh;",
      "- Chủ tịch, các PCT UBND tỉnh;",
      "- Các sở, ban, ngành tỉnh;",
      "- Kho bạc Nhà nước khu vực VI;",
      "- UBND các xã, phường;",
      "- Lưu: VT, KT.",
    ],
    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Trần Quang Hưng"],
  ),
];

await writeAll("12-thai-nguyen-2026-old-and-new-names-roman-letters", {
  blocks,
  footnotes: {
    1: "Nghị quyết của Ban Chấp hành Đảng bộ tỉnh Thái Nguyên (sau hợp nhất) về phương hướng, nhiệm vụ năm 2026.",
  },
  numbering: [
    numbering("plan", [
      ["upperRoman", "%1."],
      ["decimal", "%2."],
      ["lowerLetter", "%3)"],
    ]),
  ],
});

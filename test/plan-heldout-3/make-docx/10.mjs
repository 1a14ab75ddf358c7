// 10 Lai Châu 2024: PCI plan whose tasks are table rows; each task cell holds a Word bullet list
// ("-" items, "+" sub-items) inside the cell; the lead column merged (vMerge) over three rows;
// section rows spanning the other columns (gridSpan).
import { P, N, T, PAGE, header, signature, writeAll, numbering } from "./lib.mjs";

const dash = (text) => N("-", "cell", 0, text, { noIndent: true });
const plus = (text) => N("+", "cell", 1, text, { noIndent: true });
const cell = (text, o = {}) => ({ paras: [P(text, { noIndent: true, center: true, ...o })], ...o });
const task = (title, items) => ({ paras: [P(title, { noIndent: true, bold: false }), ...items] });
const section = (roman, title) => [
  cell(roman, { bold: true }),
  { paras: [P(title, { bold: true, noIndent: true, left: true })], colSpan: 5 },
];
const row = (no, body, lead, coord, due, product) =>
  [cell(no), body, lead, cell(coord, { left: true, center: false }), cell(due), cell(product)].filter(
    (c) => c !== null,
  );

const table = T(
  [560, 3500, 1450, 1631, 1030, 900],
  [
    ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"].map((h) =>
      cell(h, { bold: true }),
    ),
    section("I", "GIA NHẬP THỊ TRƯỜNG VÀ TIẾP CẬN ĐẤT ĐAI"),
    row(
      "1",
      task("Rút ngắn thời gian đăng ký doanh nghiệp, đăng ký hộ kinh doanh:", [
        dash("Giải quyết hồ sơ đăng ký doanh nghiệp trong 02 ngày làm việc;"),
        dash("Hướng dẫn hộ kinh doanh đăng ký qua mạng:"),
        plus("Phối hợp Bưu điện tỉnh trả kết quả tại nhà;"),
        plus("Công khai quy trình trên Cổng thông tin điện tử tỉnh."),
      ]),
      { ...cell("Sở Kế hoạch và Đầu tư"), rowSpan: 3 },
      "UBND các huyện, thành phố; Bưu điện tỉnh",
      "Quý II/2024",
      "Báo cáo",
    ),
    row(
      "2",
      task("Tổ chức Hội nghị đối thoại giữa chính quyền với doanh nghiệp năm 2024:", [
        dash("Thu thập kiến nghị của doanh nghiệp thông qua Hiệp hội Doanh nghiệp tỉnh;"),
        dash("Tổng hợp, trả lời kiến nghị sau Hội nghị."),
      ]),
      null,
      "Hiệp hội Doanh nghiệp tỉnh; các sở, ban, ngành",
      "Tháng 9/2024",
      "Hội nghị",
    ),
    row(
      "3",
      task("Đánh giá năng lực cạnh tranh cấp sở, ban, ngành và huyện, thành phố (DDCI) năm 2024:", [
        dash("Lựa chọn đơn vị độc lập thực hiện khảo sát;"),
        dash("Công bố kết quả DDCI năm 2024."),
      ]),
      null,
      "Sở Tài chính; Văn phòng UBND tỉnh",
      "15/12/2024",
      "Quyết định công bố",
    ),
    row(
      "4",
      task("Rút ngắn thời gian giao đất, cho thuê đất:", [
        dash("Công khai kế hoạch sử dụng đất năm 2024 cấp huyện;"),
        dash("Điều chỉnh Bảng giá đất:"),
        plus("Lấy ý kiến doanh nghiệp, người dân;"),
        plus("Trình HĐND tỉnh thông qua."),
      ]),
      cell("Sở Tài nguyên và Môi trường"),
      "UBND các huyện, thành phố; Sở Tài chính",
      "Trước ngày 30/6/2024",
      "Tờ trình",
    ),
    section("II", "TÍNH MINH BẠCH VÀ CHI PHÍ THỜI GIAN"),
    row(
      "1",
      task("Công khai thông tin về quy hoạch, kế hoạch, thủ tục đầu tư:", [
        dash("Đăng tải trên Cổng thông tin điện tử tỉnh;"),
        dash("Cập nhật khi có thay đổi."),
      ]),
      cell("Sở Thông tin và Truyền thông"),
      "Các sở, ban, ngành; UBND các huyện, thành phố",
      "Thường xuyên",
      "",
    ),
    row(
      "2",
      task("Xây dựng kế hoạch thanh tra, kiểm tra doanh nghiệp năm 2025, không để chồng chéo:", [
        dash("Rà soát kế hoạch thanh tra, kiểm tra của các sở, ngành;"),
        dash("Xử lý trùng lặp, báo cáo Chủ tịch UBND tỉnh."),
      ]),
      cell("Thanh tra tỉnh"),
      "Các sở, ban, ngành; Công an tỉnh",
      "20/12/2024",
      "Kế hoạch",
    ),
    row(
      "3",
      task("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính:", [
        dash("Số hóa 100% hồ sơ tiếp nhận tại Bộ phận Một cửa cấp tỉnh;"),
        dash("Tái sử dụng dữ liệu đã số hóa."),
      ]),
      cell("Văn phòng UBND tỉnh"),
      "Sở TT&TT; UBND các huyện, thành phố",
      "Tháng 10/2024",
      "Báo cáo",
    ),
    section("III", "HỖ TRỢ DOANH NGHIỆP VÀ THIẾT CHẾ PHÁP LÝ"),
    row(
      "1",
      task("Hỗ trợ pháp lý cho doanh nghiệp nhỏ và vừa:", [
        dash("Tổ chức 04 lớp tập huấn pháp luật cho doanh nghiệp;"),
        dash("Giải đáp vướng mắc pháp lý qua đường dây nóng."),
      ]),
      cell("Sở Tư pháp"),
      "Hiệp hội Doanh nghiệp tỉnh",
      "Năm 2024",
      "Báo cáo",
    ),
    row(
      "2",
      task("Nâng cao hiệu quả giải quyết tranh chấp hợp đồng kinh doanh, thương mại:", [
        dash("Rút ngắn thời gian giải quyết vụ việc;"),
        dash("Công khai bản án trên Cổng thông tin điện tử."),
      ]),
      cell("Tòa án nhân dân tỉnh"),
      "Cục Thi hành án dân sự tỉnh",
      "30/11/2024",
      "Báo cáo",
    ),
    row(
      "3",
      task("Đào tạo nghề, cung ứng lao động cho doanh nghiệp:", [
        dash("Đào tạo nghề cho 2.000 lao động:"),
        plus("Ưu tiên lao động ở các huyện Mường Tè, Nậm Nhùn;"),
        plus("Gắn đào tạo với giải quyết việc làm."),
        dash("Tổ chức 02 phiên giao dịch việc làm."),
      ]),
      cell("Sở Lao động - Thương binh và Xã hội"),
      "UBND các huyện, thành phố; Liên đoàn Lao động tỉnh",
      "Quý IV/2024",
      "Báo cáo",
    ),
    row(
      "4",
      task("Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh Lai Châu năm 2024:", [
        dash("Trưng bày sản phẩm OCOP, sản phẩm khởi nghiệp;"),
        dash("Tôn vinh doanh nghiệp khởi nghiệp tiêu biểu."),
      ]),
      cell("Sở Khoa học và Công nghệ"),
      "Tỉnh đoàn",
      "04/5/2024",
      "Ngày hội",
    ),
  ],
  { header: true },
);

const blocks = [
  header({
    organ: ["ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU"],
    number: "15/KH-UBND",
    placeDate: "Lai Châu, ngày 12 tháng 01 năm 2024",
  }),
  P("KẾ HOẠCH", { center: true, bold: true }),
  P("Nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) tỉnh Lai Châu năm 2024", { center: true, bold: true }),
  P("I. MỤC ĐÍCH, YÊU CẦU", { bold: true }),
  P([
    "Cải thiện thứ hạng PCI năm 2024 của tỉnh so với năm 2023, tập trung vào các chỉ số thành phần giảm điểm",
    { fn: 1 },
    "; xác định rõ cơ quan chủ trì, thời gian hoàn thành và sản phẩm của từng nhiệm vụ.",
  ]),
  P("II. NHIỆM VỤ, GIẢI PHÁP", { bold: true }),
  P(
    "Các nhiệm vụ cụ thể được phân công tại Phụ lục kèm theo Kế hoạch này. Các cơ quan chủ trì chủ động phối hợp với cơ quan liên quan triển khai đầy đủ các nội dung của từng nhiệm vụ.",
  ),
  P("III. TỔ CHỨC THỰC HIỆN", { bold: true }),
  P(
    "1. Các sở, ban, ngành tỉnh, UBND các huyện, thành phố căn cứ nhiệm vụ được giao xây dựng kế hoạch của cơ quan, đơn vị mình; báo cáo kết quả thực hiện định kỳ 6 tháng, năm về Sở Kế hoạch và Đầu tư.",
  ),
  P("2. Sở Kế hoạch và Đầu tư theo dõi, đôn đốc, tổng hợp báo cáo UBND tỉnh kết quả thực hiện Kế hoạch./."),
  signature(
    [
      "- Phòng Thương mại và Công nghiệp Việt Nam;",
      "- TT Tỉnh ủy, TT HĐND tỉnh;",
      "- Chủ tịch, các PCT UBND tỉnh;",
      "- Các sở, ban, ngành tỉnh;",
      "- UBND các huyện, thành phố;",
      "- Lưu: VT, KT.",
    ],
    ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Lê Văn Lương"],
  ),
  PAGE,
  P("PHỤ LỤC", { center: true, bold: true }),
  P("PHÂN CÔNG NHIỆM VỤ NÂNG CAO CHỈ SỐ PCI NĂM 2024", { center: true, bold: true }),
  P("(Kèm theo Kế hoạch số 15/KH-UBND ngày 12/01/2024 của UBND tỉnh Lai Châu)", { center: true, italic: true }),
  table,
];

await writeAll("10-lai-chau-2024-table-lists-in-cells-vmerge", {
  blocks,
  footnotes: { 1: "Năm 2023, tỉnh giảm điểm ở các chỉ số: Tiếp cận đất đai, Chi phí thời gian, Thiết chế pháp lý." },
  numbering: [
    numbering("cell", [
      ["bullet", "-", { indent: { left: 0, firstLine: 170 } }],
      ["bullet", "+", { indent: { left: 170, firstLine: 170 } }],
    ]),
  ],
});

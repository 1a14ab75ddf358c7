// 03 Bắc Kạn, February 2025 (before the reorganisation): an online-public-services plan whose
// Phụ lục table has ONE mixed column "Thời gian hoàn thành/ Sản phẩm" (deadline and product in one
// cell, as two paragraphs or one line), runs over several pages with its header row repeated
// (w:tblHeader), and gives one task's deadline only in a Word footnote.
import { P, N, T, PAGE, header, signature, writeAll, numbering } from "../../plan-heldout-3/make-docx/lib.mjs";

const c = (text, o = {}) => ({ paras: [P(text, { noIndent: true, center: true, ...o })], ...o });
const l = (text, o = {}) => c(text, { center: false, left: true, ...o });
// The mixed cell: each part a paragraph of its own, or one line when given one string.
const when = (...parts) => ({ paras: parts.map((p) => P(p, { noIndent: true, center: true })) });
const group = (no, title) => [c(no, { bold: true }), { ...l(title, { bold: true }), colSpan: 4 }];
const row = (no, task, lead, partners, time) => [c(no), l(task), l(lead), l(partners), time];
const H1 = (label, text) => N(label, "body", 0, { b: text });
const H2 = (label, text) => N(label, "body", 1, text);

const table = T(
  [760, 3190, 1650, 1771, 1700],
  [
    ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành/ Sản phẩm"].map((h) =>
      c(h, { bold: true }),
    ),
    group("1", "HOÀN THIỆN THỂ CHẾ, QUY TRÌNH"),
    row(
      "1.1",
      "Rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính trên Hệ thống thông tin giải quyết " +
        "thủ tục hành chính tỉnh, bảo đảm quy trình điện tử thống nhất với quy trình giấy",
      "Văn phòng UBND tỉnh",
      "Các sở, ban, ngành",
      when("Trước 31/3/2025", "Quyết định phê duyệt quy trình nội bộ"),
    ),
    row(
      "1.2",
      "Công bố danh mục dịch vụ công trực tuyến toàn trình, dịch vụ công trực tuyến một phần năm 2025",
      "Văn phòng UBND tỉnh",
      "Sở Thông tin và Truyền thông",
      when("Tháng 3/2025 - Quyết định của Chủ tịch UBND tỉnh"),
    ),
    row(
      "1.3",
      "Xây dựng Nghị quyết quy định mức thu phí, lệ phí khi người dân, doanh nghiệp nộp hồ sơ trực tuyến",
      "Sở Tài chính",
      "Sở Tư pháp",
      when("Quý II/2025;", "Nghị quyết trình HĐND tỉnh"),
    ),
    group("2", "HẠ TẦNG, DỮ LIỆU"),
    row(
      "2.1",
      "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh đáp ứng yêu cầu kết nối, chia sẻ dữ " +
        "liệu với các cơ sở dữ liệu quốc gia, chuyên ngành",
      "Sở Thông tin và Truyền thông",
      "Văn phòng UBND tỉnh; Công an tỉnh",
      when("Trong tháng 5/2025", "Hệ thống được nâng cấp"),
    ),
    row(
      "2.2",
      "Đồng bộ dữ liệu hộ tịch, đất đai với Cơ sở dữ liệu quốc gia về dân cư phục vụ giải quyết thủ tục " +
        "hành chính không phải xuất trình giấy tờ",
      "Công an tỉnh",
      "Sở Tư pháp, Sở Tài nguyên và Môi trường",
      {
        paras: [
          P(["Theo thời hạn của Bộ Công an", { fn: 2 }], { noIndent: true, center: true }),
          P("Dữ liệu được đồng bộ, làm sạch", { noIndent: true, center: true }),
        ],
      },
    ),
    row(
      "2.3",
      "Trang bị máy quét, thiết bị số hóa cho Bộ phận Một cửa cấp xã còn thiếu",
      "UBND các huyện, thành phố",
      "Sở Tài chính",
      when("Quý II/2025 - Thiết bị được bàn giao, đưa vào sử dụng"),
    ),
    row(
      "2.4",
      "Vận hành, giám sát an toàn thông tin cho Hệ thống thông tin giải quyết thủ tục hành chính tỉnh",
      "Sở Thông tin và Truyền thông",
      "Công an tỉnh",
      when("Thường xuyên", "Báo cáo định kỳ"),
    ),
    group("3", "NÂNG CAO TỶ LỆ HỒ SƠ TRỰC TUYẾN, THANH TOÁN TRỰC TUYẾN"),
    row(
      "3.1",
      "Tuyên truyền, hướng dẫn người dân nộp hồ sơ trực tuyến ngay tại Bộ phận Một cửa các cấp",
      "UBND các huyện, thành phố",
      "Tỉnh đoàn, Bưu điện tỉnh",
      when("Thường xuyên; sơ kết trước 15/6/2025", "Báo cáo sơ kết"),
    ),
    row(
      "3.2",
      "Triển khai thanh toán trực tuyến phí, lệ phí giải quyết thủ tục hành chính trên Cổng Dịch vụ công quốc gia",
      "Sở Tài chính",
      "Kho bạc Nhà nước tỉnh; các sở, ban, ngành",
      when("Trước 30/4/2025 - Tỷ lệ thanh toán trực tuyến đạt trên 50%"),
    ),
    row(
      "3.3",
      "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực, cập nhật vào kho dữ liệu điện tử " +
        "của tổ chức, cá nhân",
      "Các sở, ban, ngành; UBND các huyện, thành phố",
      "Sở Thông tin và Truyền thông",
      when("Quý III/2025", "100% kết quả giải quyết được số hóa"),
    ),
    row(
      "3.4",
      "Tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính tại nhà qua dịch vụ bưu chính công ích",
      "Bưu điện tỉnh",
      "UBND các huyện, thành phố; UBND các xã, phường, thị trấn",
      when("Tháng 7/2025 - Báo cáo kết quả"),
    ),
    group("4", "KIỂM TRA, ĐÁNH GIÁ"),
    row(
      "4.1",
      "Đánh giá, công bố kết quả Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, " +
        "doanh nghiệp của các cơ quan, địa phương",
      "Văn phòng UBND tỉnh",
      "Các sở, ban, ngành; UBND các huyện, thành phố",
      when("Hằng tháng, trước ngày 10 tháng sau; kỳ đầu tiên trước ngày 10/3/2025", "Thông báo kết quả"),
    ),
    row(
      "4.2",
      "Kiểm tra việc cung cấp dịch vụ công trực tuyến tại 06 sở, ngành và 04 huyện",
      "Văn phòng UBND tỉnh",
      "Sở Nội vụ; Sở Thông tin và Truyền thông",
      when("Quý III/2025 - Thông báo kết quả kiểm tra"),
    ),
    row(
      "4.3",
      "Tổng kết, báo cáo kết quả thực hiện Kế hoạch năm 2025",
      "Văn phòng UBND tỉnh",
      "Các cơ quan, đơn vị có liên quan",
      when("Trước 05/12/2025", "Báo cáo UBND tỉnh"),
    ),
  ],
  { header: true },
);

const blocks = [
  header({
    organ: ["ỦY BAN NHÂN DÂN", "TỈNH BẮC KẠN"],
    number: "52/KH-UBND",
    placeDate: "Bắc Kạn, ngày 14 tháng 02 năm 2025",
  }),
  P({ b: "KẾ HOẠCH" }, { center: true, noIndent: true }),
  P(
    { b: "Triển khai dịch vụ công trực tuyến và thanh toán trực tuyến trên địa bàn tỉnh Bắc Kạn năm 2025" },
    { center: true, noIndent: true },
  ),
  P([
    "Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi " +
      "trường điện tử; Kế hoạch chuyển đổi số tỉnh Bắc Kạn năm 2025",
    { fn: 1 },
    ", UBND tỉnh ban hành Kế hoạch triển khai dịch vụ công trực tuyến và thanh toán trực tuyến năm 2025 như sau:",
  ]),
  H1("I.", "MỤC ĐÍCH, YÊU CẦU"),
  H2(
    "1.",
    "Nâng tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình đạt tối thiểu 50%; " +
      "tỷ lệ thanh toán trực tuyến phí, lệ phí đạt tối thiểu 50%.",
  ),
  H2("2.", "Nhiệm vụ được giao cụ thể cho từng cơ quan, có thời hạn và sản phẩm để theo dõi, đánh giá."),
  H1("II.", "NHIỆM VỤ"),
  P(
    "Nhiệm vụ, cơ quan chủ trì, cơ quan phối hợp chi tiết tại Phụ lục kèm theo Kế hoạch này; cột “Thời gian " +
      "hoàn thành/ Sản phẩm” ghi thời hạn và sản phẩm phải có của từng nhiệm vụ.",
  ),
  H1("III.", "TỔ CHỨC THỰC HIỆN"),
  H2(
    "1.",
    "Các sở, ban, ngành, UBND các huyện, thành phố căn cứ nhiệm vụ được giao tổ chức thực hiện; báo cáo kết " +
      "quả hằng quý trước ngày 15 của tháng cuối quý về Văn phòng UBND tỉnh.",
  ),
  H2(
    "2.",
    "Văn phòng UBND tỉnh là cơ quan thường trực, theo dõi, đôn đốc, hướng dẫn việc thực hiện Kế hoạch; tổng " +
      "hợp, báo cáo UBND tỉnh.",
  ),
  H2("3.", "Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định./."),
  signature(
    [
      "- Văn phòng Chính phủ (b/c);",
      "- TT Tỉnh ủy, TT HĐND tỉnh;",
      "- CT, PCT UBND tỉnh;",
      "- Các sở, ban, ngành;",
      "- UBND các huyện, thành phố;",
      "- Bưu điện tỉnh;",
      "- Lưu: VT, KSTT.",
    ],
    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Đinh Quang Tuyên"],
  ),
  PAGE,
  P({ b: "PHỤ LỤC" }, { center: true, noIndent: true }),
  P({ b: "NHIỆM VỤ TRIỂN KHAI DỊCH VỤ CÔNG TRỰC TUYẾN, THANH TOÁN TRỰC TUYẾN NĂM 2025" }, {
    center: true,
    noIndent: true,
  }),
  P({ i: "(Kèm theo Kế hoạch số 52/KH-UBND ngày 14/02/2025 của UBND tỉnh Bắc Kạn)" }, { center: true, noIndent: true }),
  table,
];

await writeAll("../plan-heldout-5/03-bac-kan-2025-mixed-time-product-column-footnote", {
  blocks,
  numbering: [
    numbering("body", [
      ["upperRoman", "%1."],
      ["decimal", "%2."],
    ]),
  ],
  footnotes: {
    1: "Ban hành kèm theo Quyết định số 128/QĐ-UBND ngày 22/01/2025 của UBND tỉnh Bắc Kạn.",
    2:
      "Công văn số 415/BCA-C06 ngày 08/01/2025 của Bộ Công an đề nghị các tỉnh hoàn thành việc đồng bộ dữ liệu " +
      "hộ tịch, đất đai chậm nhất ngày 30/6/2025.",
  },
});

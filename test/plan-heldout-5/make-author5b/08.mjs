// 08 Thái Nguyên, March 2025 (districts in force): a prose plan saved from Google Docs (habit "gdocs":
// Heading styles for sections, "●" bullets, runs cut every few words, borders set cell by cell, no
// first-line indents). Tasks by unit: a numbered unit heading, then a paragraph whose tasks are BOLD RUNS
// "(1) …; (2) …" inside one sentence, each with its own time; a first dated report among monthly ones;
// a make-up Saturday and the 30/4 holiday; a deadline in a footnote.
import { P, N, header, signature, writeAll, numbering, bullets } from "./lib.mjs";

const H = (label, text) => N(label, "sec", 0, { b: text }, { heading: 2 });
const dot = (runs) => N("●", "dot", 0, runs);
const unit = (label, text) => N(label, "items", 0, { b: text });

const blocks = [
  header({
    organ: ["ỦY BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN"],
    number: "52/KH-UBND",
    placeDate: "Thái Nguyên, ngày 10 tháng 3 năm 2025",
  }),
  P({ b: "KẾ HOẠCH" }, { center: true }),
  P({ b: "Đẩy mạnh cung cấp, sử dụng dịch vụ công trực tuyến toàn trình trên địa bàn tỉnh năm 2025" }, { center: true }),
  P(
    "Nhằm nâng cao tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình, giảm thời gian đi lại, chi phí của người dân, doanh nghiệp, UBND tỉnh Thái Nguyên ban hành Kế hoạch với các nội dung sau:",
  ),
  H("I.", "MỤC ĐÍCH, YÊU CẦU"),
  dot("Xác định cụ thể nhiệm vụ của từng cơ quan, địa phương, gắn với thời hạn hoàn thành; lấy sự hài lòng của người dân, doanh nghiệp làm thước đo."),
  dot("Bảo đảm liên thông, đồng bộ giữa Hệ thống thông tin giải quyết thủ tục hành chính tỉnh với Cổng Dịch vụ công quốc gia."),
  H("II.", "CHỈ TIÊU"),
  dot("Đến hết Quý II/2025, 100% thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình."),
  dot("Tỷ lệ hồ sơ nộp trực tuyến toàn trình trên tổng số hồ sơ đạt từ 60% trở lên trong năm 2025."),
  H("III.", "NHIỆM VỤ CỤ THỂ"),
  unit("1.", "Văn phòng UBND tỉnh"),
  P([
    { b: "(1) Rà soát, công bố danh mục dịch vụ công trực tuyến toàn trình" },
    " của tỉnh, hoàn thành trước ngày 31/3/2025; ",
    { b: "(2) Đánh giá chất lượng cung cấp dịch vụ công trực tuyến" },
    " theo Bộ chỉ số phục vụ người dân, doanh nghiệp, chủ trì, phối hợp với Sở Thông tin và Truyền thông tổng hợp, báo cáo UBND tỉnh chậm nhất ngày 26/4/2025.",
  ]),
  unit("2.", "Sở Thông tin và Truyền thông"),
  P([
    { b: "(1) Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh" },
    ", bảo đảm đồng bộ trạng thái hồ sơ với Cổng Dịch vụ công quốc gia, thời gian: tháng 3 - tháng 5; ",
    { b: "(2) Hướng dẫn, hỗ trợ triển khai ký số cho công chức bộ phận một cửa" },
    " cấp huyện, cấp xã, xong trước 30/4.",
  ]),
  unit("3.", "Sở Kế hoạch và Đầu tư, Sở Tư pháp"),
  P([
    "Rà soát, cắt giảm thành phần hồ sơ các thủ tục đăng ký kinh doanh, hộ tịch đã được khai thác từ Cơ sở dữ liệu quốc gia về dân cư, ",
    { b: "hoàn thành trong Quý II/2025" },
    ".",
  ]),
  unit("4.", "Công an tỉnh"),
  P([
    "Chủ trì, phối hợp với Sở Tư pháp, Bảo hiểm xã hội tỉnh triển khai hai nhóm thủ tục hành chính liên thông điện tử (khai sinh - thường trú - thẻ bảo hiểm y tế; khai tử - xóa thường trú - trợ cấp mai táng) trên toàn tỉnh",
    { fn: 1 },
    ".",
  ]),
  unit("5.", "UBND các huyện, thành phố"),
  P([
    { b: "(1) Bố trí công chức hướng dẫn người dân nộp hồ sơ trực tuyến" },
    " tại bộ phận một cửa cấp huyện, cấp xã, thực hiện thường xuyên; ",
    { b: "(2) Báo cáo kết quả thực hiện Kế hoạch" },
    " về Văn phòng UBND tỉnh định kỳ hằng tháng, trước ngày 15; riêng kỳ đầu tiên gửi trước ngày 14/3/2025.",
  ]),
  unit("6.", "UBND thành phố Thái Nguyên, UBND thành phố Phổ Yên"),
  P([
    "Thí điểm mô hình bộ phận một cửa không giấy tờ, phối hợp với Bưu điện tỉnh tiếp nhận hồ sơ, trả kết quả tại nhà; ",
    { b: "hoàn thành trong tháng 9/2025" },
    ".",
  ]),
  H("IV.", "TỔ CHỨC THỰC HIỆN"),
  dot([
    "Văn phòng UBND tỉnh theo dõi, đôn đốc, tổng hợp kết quả, tham mưu UBND tỉnh sơ kết 6 tháng thực hiện Kế hoạch trước ngày 10/7/2025.",
  ]),
  dot("Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện./."),
  signature(
    ["- Văn phòng Chính phủ (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Các sở, ban, ngành;", "- UBND các huyện, thành phố;", "- Lưu: VT, KSTT."],
    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Đặng Xuân Trường"],
  ),
];

await writeAll("08-thai-nguyen-2025-gdocs-bold-run-tasks-by-unit", {
  blocks,
  style: "gdocs",
  numbering: [
    numbering("sec", [["upperRoman", "%1."]]),
    numbering("items", [["decimal", "%1."]]),
    bullets("dot", ["●"]),
  ],
  footnotes: {
    1: "Chậm nhất ngày 15/6/2025, theo Kế hoạch của Bộ Công an về triển khai liên thông thủ tục hành chính điện tử.",
  },
});

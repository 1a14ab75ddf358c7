// 04 Lai Châu, January 2026 (after the reorganisation, no commune imported): a digital-transformation
// plan whose tasks are BOLD RUNS inside one Word-numbered paragraph per unit ("1. Sở …: chủ trì, <b>task</b>,
// hoàn thành trước 28/2; <b>task</b> …"), deadlines without a year, a monthly report with its first
// instance dated, an old department name in 2026, Word "-" bullets in section I.
import { P, N, header, signature, writeAll, numbering } from "../../plan-heldout-3/make-docx/lib.mjs";

const H1 = (label, text) => N(label, "body", 0, { b: text });
const item = (label, runs) => N(label, "body", 1, runs);
const dash = (text) => N("-", "dash", 0, text);

const blocks = [
  header({
    organ: ["ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU"],
    number: "21/KH-UBND",
    placeDate: "Lai Châu, ngày 23 tháng 01 năm 2026",
  }),
  P({ b: "KẾ HOẠCH" }, { center: true, noIndent: true }),
  P({ b: "Chuyển đổi số, phát triển chính quyền số tỉnh Lai Châu năm 2026" }, { center: true, noIndent: true }),
  P(
    "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công " +
      "nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; để tiếp tục đưa hoạt động của chính quyền hai cấp lên " +
      "môi trường số, UBND tỉnh Lai Châu ban hành Kế hoạch chuyển đổi số năm 2026 như sau:",
  ),
  H1("I.", "MỤC ĐÍCH, YÊU CẦU"),
  dash(
    "Hoàn thành các chỉ tiêu chuyển đổi số năm 2026 của tỉnh; 100% văn bản, hồ sơ công việc của các cơ quan " +
      "hành chính được xử lý trên môi trường mạng, trừ văn bản mật.",
  ),
  dash("Phân công rõ cơ quan thực hiện và thời hạn; các thời hạn không ghi năm trong Kế hoạch này là năm 2026."),
  H1("II.", "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
  item("1.", [
    { b: "Sở Khoa học và Công nghệ:" },
    " chủ trì ",
    { b: "tham mưu UBND tỉnh ban hành Kế hoạch chuyển đổi số năm 2026 của tỉnh" },
    ", hoàn thành trước 28/2; chủ trì, phối hợp với Sở Nội vụ ",
    { b: "đánh giá, xếp hạng mức độ chuyển đổi số của các sở, ban, ngành và UBND các xã, phường năm 2025" },
    ", công bố kết quả trong tháng 4; ",
    { b: "đưa nền tảng trợ lý ảo vào phục vụ cán bộ, công chức trong xử lý công việc" },
    ", chậm nhất 30/9.",
  ]),
  item("2.", [
    { b: "Sở Nội vụ:" },
    " ",
    { b: "kiểm tra công tác chuyển đổi số gắn với cải cách hành chính tại 10 xã, phường" },
    ", hoàn thành trong Quý III; ",
    { b: "tổng hợp nhu cầu bồi dưỡng kỹ năng số của cán bộ, công chức cấp xã" },
    ", gửi Sở Khoa học và Công nghệ trước 15/5 để tổ chức các lớp bồi dưỡng.",
  ]),
  item("3.", [
    { b: "Công an tỉnh:" },
    " chủ trì, phối hợp với UBND các xã, phường ",
    { b: "làm sạch dữ liệu cư trú, hộ tịch phục vụ cấp Phiếu lý lịch tư pháp trên ứng dụng VNeID" },
    ", xong trước 30/6. Định kỳ hằng tháng, trước ngày 25, ",
    { b: "báo cáo UBND tỉnh tiến độ thực hiện Đề án 06" },
    " (kỳ báo cáo đầu tiên: trước ngày 25/02/2026).",
  ]),
  item("4.", [
    { b: "Sở Tài chính:" },
    " ",
    { b: "bố trí kinh phí thực hiện các nhiệm vụ chuyển đổi số năm 2026" },
    " trong dự toán được giao, hoàn thành trước 31/3; chủ trì, phối hợp với Sở Thông tin và Truyền thông ",
    { b: "thẩm định dự toán các dự án ứng dụng công nghệ thông tin sử dụng vốn ngân sách" },
    " trong Quý II.",
  ]),
  item("5.", [
    { b: "Các sở, ban, ngành; UBND các xã, phường:" },
    " ",
    { b: "cập nhật đầy đủ hồ sơ công việc lên Hệ thống quản lý văn bản và điều hành" },
    ", hoàn thành trong tháng 6; ",
    { b: "tự đánh giá mức độ chuyển đổi số năm 2026 của cơ quan, đơn vị" },
    ", gửi Sở Khoa học và Công nghệ trước 20/11.",
  ]),
  item("6.", [
    { b: "Báo và Phát thanh, Truyền hình Lai Châu:" },
    " ",
    { b: "mở chuyên mục “Chuyển đổi số Lai Châu” trên sóng phát thanh, truyền hình và báo điện tử" },
    ", phát số đầu tiên trước 15/3, sau đó duy trì hằng tuần; ",
    { b: "đưa tin về các mô hình chuyển đổi số tiêu biểu ở xã, phường" },
    " thường xuyên.",
  ]),
  H1("III.", "TỔ CHỨC THỰC HIỆN"),
  item(
    "1.",
    "Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, phường chịu trách nhiệm trước Chủ tịch UBND tỉnh về " +
      "kết quả thực hiện nhiệm vụ được giao; kết quả 6 tháng, năm được báo cáo lồng ghép trong báo cáo chuyển đổi số.",
  ),
  item(
    "2.",
    "Sở Khoa học và Công nghệ theo dõi, đôn đốc, tổng hợp tình hình thực hiện Kế hoạch; kịp thời tham mưu UBND " +
      "tỉnh điều chỉnh nhiệm vụ khi cần thiết./.",
  ),
  signature(
    [
      "- Bộ Khoa học và Công nghệ (b/c);",
      "- TT. Tỉnh ủy, TT. HĐND tỉnh;",
      "- Chủ tịch, các PCT UBND tỉnh;",
      "- Các sở, ban, ngành tỉnh;",
      "- UBND các xã, phường;",
      "- Lưu: VT, KGVX.",
    ],
    ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Lê Văn Lương"],
  ),
];

await writeAll("../plan-heldout-5/04-lai-chau-2026-bold-task-runs-in-unit-paragraphs", {
  blocks,
  numbering: [
    numbering("body", [
      ["upperRoman", "%1."],
      ["decimal", "%2."],
    ]),
    numbering("dash", [["bullet", "-"]]),
  ],
});

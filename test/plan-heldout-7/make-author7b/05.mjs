// Held-out set 7, document 05: a commune's plan for its own offices and villages (xã Ba Bể, merged Thái
// Nguyên, 2026), prose with I./1./a) numbering, deadlines "chậm nhất", "xong trước", "hạn hoàn thành",
// "trước 17 giờ 00 ngày …", phases "Đợt 1 … Đợt 2 …", days off around 30/4-1/5, 2/9 and Tết 2027.
// plan.pdf drawn by pdfmake (DejaVu Serif), not exported from Word.
import { P, N, headerBlock, signatureBlock, numbering, writeWordAndText } from "./lib.mjs";
import { pdfmakePdf } from "./pdfmake.mjs";

const FOLDER = "05-thai-nguyen-2026-commune-offices-villages-deadline-hours-pdfmake";
const L = "main";
const S = (label, text) => N(label, L, 0, [{ b: text }], { noIndent: true });
const I = (label, runs) => N(label, L, 1, runs);
const A = (label, runs) => N(label, L, 2, runs);
const H = (label, text) => N(label, L, 1, [{ b: text }]);

const blocks = [
  headerBlock({
    organ: ["ỦY BAN NHÂN DÂN", "XÃ BA BỂ"],
    number: "27/KH-UBND",
    placeDate: "Ba Bể, ngày 16 tháng 3 năm 2026",
  }),
  P({ b: "KẾ HOẠCH" }, { align: "center" }),
  P(
    {
      b: "Thực hiện nhiệm vụ cải cách hành chính, chuyển đổi số và Đề án 06 năm 2026 tại các cơ quan, bộ phận thuộc UBND xã và các thôn",
    },
    { align: "center" },
  ),
  P(
    "Căn cứ Kế hoạch số 18/KH-UBND ngày 23/01/2026 của UBND tỉnh Thái Nguyên về cải cách hành chính nhà nước năm 2026; Công văn số 512/SNV-CCHC ngày 02/3/2026 của Sở Nội vụ về việc hướng dẫn xây dựng kế hoạch cải cách hành chính cấp xã; Nghị quyết số 05/NQ-HĐND ngày 30/12/2025 của HĐND xã về nhiệm vụ phát triển kinh tế - xã hội năm 2026.",
  ),
  P("UBND xã Ba Bể ban hành Kế hoạch thực hiện nhiệm vụ cải cách hành chính, chuyển đổi số và Đề án 06 năm 2026 như sau:"),
  S("I.", "MỤC ĐÍCH, YÊU CẦU"),
  I("1.", [
    "Cụ thể hóa các nhiệm vụ của UBND tỉnh giao cho cấp xã; phân công rõ người, rõ việc, rõ thời hạn, rõ sản phẩm cho từng cơ quan, bộ phận thuộc UBND xã và các thôn.",
  ]),
  I("2.", [
    "Phấn đấu đến ngày 31/12/2026, 100% hồ sơ thủ tục hành chính được tiếp nhận, giải quyết đúng hạn; tỷ lệ hồ sơ nộp trực tuyến toàn trình đạt từ 80% trở lên; 100% thôn có điểm hỗ trợ dịch vụ công.",
  ]),
  I("3.", [
    "Thời hạn ghi tại Kế hoạch là hạn cuối cùng; nhiệm vụ ghi \"trước 17 giờ 00 ngày\" thì hoàn thành, gửi sản phẩm trong giờ làm việc của ngày đó.",
  ]),
  S("II.", "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
  H("1.", "Công tác chỉ đạo, điều hành và tuyên truyền"),
  A("a)", [
    "Kiện toàn Tổ công tác cải cách hành chính và chuyển đổi số của xã sau khi điều động, bố trí lại công chức. Văn phòng HĐND và UBND xã tham mưu, trình Chủ tịch UBND xã ký ban hành; chậm nhất ngày 25/3/2026.",
  ]),
  A("b)", [
    "Tổ chức Hội nghị triển khai Kế hoạch này tới công chức và Trưởng thôn các thôn. Văn phòng HĐND và UBND xã chuẩn bị tài liệu, hội trường; thời gian: 14 giờ 00 ngày 20/3/2026, tại Hội trường UBND xã.",
  ]),
  A("c)", [
    "Xây dựng, triển khai Kế hoạch tuyên truyền cải cách hành chính năm 2026 trên hệ thống loa truyền thanh và Trang thông tin điện tử của xã. Phòng Văn hóa - Xã hội chủ trì, phối hợp với Ủy ban MTTQ Việt Nam xã và các thôn thực hiện; xong trước 15/4/2026.",
  ]),
  A("d)", [
    "Duy trì chuyên mục \"Cải cách hành chính\" trên loa truyền thanh của xã và các thôn, mỗi tháng ít nhất 02 lần. Phòng Văn hóa - Xã hội thực hiện thường xuyên.",
  ]),
  H("2.", "Cải cách thủ tục hành chính"),
  A("a)", [
    "Rà soát, niêm yết công khai danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã tại Trung tâm Phục vụ hành chính công xã và nhà văn hóa các thôn. Trung tâm Phục vụ hành chính công xã chủ trì, phối hợp với các thôn; hạn hoàn thành: 30/4/2026.",
  ]),
  A("b)", [
    "Rà soát, đánh giá thủ tục hành chính trong lĩnh vực đất đai, xây dựng để đề xuất phương án đơn giản hóa, gửi Sở Nông nghiệp và Môi trường tổng hợp. Phòng Kinh tế thực hiện theo hai đợt: Đợt 1 (các thủ tục lĩnh vực đất đai) hoàn thành trước 17 giờ 00 ngày 29/5/2026; Đợt 2 (các thủ tục lĩnh vực xây dựng, tài nguyên nước) hoàn thành trước 17 giờ 00 ngày 30/10/2026.",
  ]),
  A("c)", [
    "Tiếp nhận, giải quyết hồ sơ đúng hạn; thực hiện xin lỗi người dân khi để hồ sơ quá hạn. Trung tâm Phục vụ hành chính công xã và các bộ phận chuyên môn thực hiện thường xuyên trong năm.",
  ]),
  A("d)", [
    "Hướng dẫn người dân nộp hồ sơ trực tuyến, thanh toán phí, lệ phí trực tuyến; mỗi thôn bố trí ít nhất 01 \"Điểm hỗ trợ dịch vụ công\". Tổ công nghệ số cộng đồng các thôn thực hiện, Đoàn Thanh niên xã phối hợp. Chậm nhất 31/5/2026 (Chủ nhật), 100% thôn có Điểm hỗ trợ dịch vụ công đi vào hoạt động.",
  ]),
  H("3.", "Cải cách tổ chức bộ máy, chế độ công vụ"),
  A("a)", [
    "Rà soát chức năng, nhiệm vụ, xây dựng quy chế làm việc của các phòng chuyên môn và Trung tâm Phục vụ hành chính công xã. Văn phòng HĐND và UBND xã chủ trì, phối hợp với Phòng Kinh tế, Phòng Văn hóa - Xã hội, Trung tâm Phục vụ hành chính công xã; xong trước ngày 30/4/2026.",
  ]),
  A("b)", [
    "Cử công chức tham gia các lớp bồi dưỡng kỹ năng số, kỹ năng giao tiếp với người dân do tỉnh tổ chức. Văn phòng HĐND và UBND xã lập danh sách, gửi Sở Nội vụ trước 17 giờ 00 ngày 10/4/2026.",
  ]),
  A("c)", [
    "Đánh giá, xếp loại chất lượng cán bộ, công chức năm 2026. Văn phòng HĐND và UBND xã tham mưu; Phòng Kinh tế, Phòng Văn hóa - Xã hội, Trung tâm Phục vụ hành chính công xã phối hợp; hoàn thành trước ngày 15/12/2026.",
  ]),
  A("d)", [
    "Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính, thời giờ làm việc sau kỳ nghỉ Tết Dương lịch và Tết Nguyên đán Đinh Mùi năm 2027. Văn phòng HĐND và UBND xã chủ trì, phối hợp với Công an xã; Đợt 1: từ ngày 04/01/2027 đến ngày 08/01/2027; Đợt 2: hoàn thành chậm nhất ngày 13/02/2027 (thứ Bảy).",
  ]),
  H("4.", "Chuyển đổi số và thực hiện Đề án 06"),
  A("a)", [
    "Làm sạch dữ liệu dân cư bảo đảm \"đúng, đủ, sạch, sống\"; cập nhật kịp thời biến động dân cư của các thôn. Công an xã chủ trì, phối hợp với các thôn; chậm nhất ngày 30/6/2026.",
  ]),
  A("b)", [
    "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực tiếp nhận từ ngày 01/7/2025. Trung tâm Phục vụ hành chính công xã thực hiện theo hai đợt:",
  ]),
  P("- Đợt 1: số hóa hồ sơ lĩnh vực hộ tịch, chứng thực; hoàn thành trước ngày 02/9/2026."),
  P("- Đợt 2: số hóa hồ sơ các lĩnh vực còn lại; hoàn thành trong Quý IV/2026."),
  A("c)", [
    "Kích hoạt tài khoản định danh điện tử mức độ 2 cho người dân từ đủ 14 tuổi trở lên, phấn đấu đạt 95%. Công an xã chủ trì, Đoàn Thanh niên xã và các thôn phối hợp; trong tháng 8/2026.",
  ]),
  A("d)", [
    "Triển khai thí điểm mô hình \"Thôn số\" (thanh toán không dùng tiền mặt, camera an ninh, wifi công cộng). Giao thôn Pác Ngòi, thôn Bó Lù, thôn Cốc Tộc chủ trì thực hiện; Phòng Kinh tế, Viettel Thái Nguyên phối hợp; hoàn thành trước 15/11.",
  ]),
  H("5.", "Ứng dụng nền tảng số trong lĩnh vực y tế, giáo dục"),
  A("a)", [
    "Hoàn thành cấp sổ sức khỏe điện tử cho người dân trên ứng dụng VNeID. Trạm Y tế xã chủ trì, phối hợp với Công an xã; chậm nhất ngày 31/10/2026.",
  ]),
  A("b)", [
    "Hướng dẫn cha mẹ học sinh đăng ký tuyển sinh đầu cấp trực tuyến. Các trường mầm non, tiểu học, trung học cơ sở trên địa bàn xã thực hiện trong thời gian tuyển sinh theo hướng dẫn của Sở Giáo dục và Đào tạo.",
  ]),
  S("III.", "TỔ CHỨC THỰC HIỆN"),
  I("1.", [
    "Các cơ quan, bộ phận chuyên môn, Trung tâm Phục vụ hành chính công xã và các thôn căn cứ nhiệm vụ được giao chủ động triển khai; định kỳ hằng tháng, trước ngày 20, báo cáo kết quả về Văn phòng HĐND và UBND xã.",
  ]),
  I("2.", [
    "Tổng hợp, xây dựng báo cáo cải cách hành chính 6 tháng đầu năm 2026 của xã: Văn phòng HĐND và UBND xã thực hiện, gửi Sở Nội vụ trước 17 giờ 00 ngày 12/6/2026.",
  ]),
  I("3.", [
    "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026 của xã: Văn phòng HĐND và UBND xã chủ trì; Phòng Kinh tế, Phòng Văn hóa - Xã hội, Trung tâm Phục vụ hành chính công xã phối hợp, cung cấp tài liệu kiểm chứng; gửi Sở Nội vụ chậm nhất ngày 05/12/2026 (thứ Bảy).",
  ]),
  I("4.", [
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, bộ phận và các thôn phản ánh kịp thời về Văn phòng HĐND và UBND xã để tổng hợp, báo cáo Chủ tịch UBND xã xem xét, quyết định./.",
  ]),
  signatureBlock(
    [
      "- UBND tỉnh (b/c);",
      "- Sở Nội vụ (b/c);",
      "- TT Đảng ủy, TT HĐND xã;",
      "- Chủ tịch, các PCT UBND xã;",
      "- Các phòng, Trung tâm PVHCC xã;",
      "- Các thôn;",
      "- Lưu: VT, VP.",
    ],
    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Hoàng Văn Tính"],
  ),
];

const dir = await writeWordAndText(FOLDER, {
  blocks,
  numbering: [
    numbering(L, [
      ["UPPER_ROMAN", "%1.", { bold: true }],
      ["DECIMAL", "%2."],
      ["LOWER_LETTER", "%3)"],
    ]),
  ],
  first: { title: "Kế hoạch 27/KH-UBND" },
});
await pdfmakePdf(dir, blocks);
console.log("built", FOLDER);

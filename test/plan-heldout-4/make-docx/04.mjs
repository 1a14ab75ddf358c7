// 04 Lai Châu 2026: a plan run in three phases; each phase heading carries the phase's deadline in
// brackets, its Word-numbered a)-d) items inherit it unless they name their own; wards and communes
// named; "-" Word bullets in the closing part. Reuses the set-3 builder (Word XML via the `docx` library).
// Run: cd /work/tools/docxgen && node /work/wt/author-d/test/plan-heldout-4/make-docx/04.mjs
import { P, N, header, signature, writeAll, numbering } from "../../plan-heldout-3/make-docx/lib.mjs";

const sec = (label, text) => N(label, "plan", 0, text, { bold: true });
const phase = (label, runs) => N(label, "plan", 1, runs);
const item = (label, text) => N(label, "plan", 2, text);
const dash = (text) => N("-", "dash", 0, text);

const blocks = [
  header({
    organ: ["ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU"],
    number: "67/KH-UBND",
    placeDate: "Lai Châu, ngày 09 tháng 02 năm 2026",
  }),
  P("KẾ HOẠCH", { center: true, bold: true }),
  P('Triển khai phong trào "Bình dân học vụ số", nâng cao kỹ năng số cho người dân trên địa bàn tỉnh năm 2026', {
    center: true,
    bold: true,
  }),
  P([
    "Thực hiện Kế hoạch số 01-KH/BCĐTW ngày 21/3/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
    { fn: 1 },
    '; để phổ cập kỹ năng số cho người dân, nhất là người dân vùng sâu, vùng xa, đồng bào dân tộc thiểu số, UBND tỉnh ban hành Kế hoạch triển khai phong trào "Bình dân học vụ số" năm 2026 như sau:',
  ]),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  dash(
    "Phổ cập kiến thức, kỹ năng số cơ bản cho người dân; hỗ trợ người dân sử dụng dịch vụ công trực tuyến, ứng dụng VNeID, thanh toán không dùng tiền mặt.",
  ),
  dash("Huy động sự tham gia của cả hệ thống chính trị, lực lượng đoàn viên thanh niên và Tổ công nghệ số cộng đồng."),
  sec("II.", "CHỈ TIÊU"),
  P(
    "Phấn đấu 80% người dân trong độ tuổi lao động được phổ cập kỹ năng số cơ bản; 100% thôn, bản, tổ dân phố có Tổ công nghệ số cộng đồng hoạt động hiệu quả.",
  ),
  sec("III.", "NHIỆM VỤ VÀ LỘ TRÌNH THỰC HIỆN"),
  phase("1.", [{ b: "Giai đoạn 1: Chuẩn bị và thí điểm" }, " (hoàn thành trước ngày 30/4/2026)"]),
  item(
    "a)",
    'Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Giáo dục và Đào tạo xây dựng bộ tài liệu "Kỹ năng số cơ bản" bằng tiếng Việt, có phụ đề tiếng Mông, tiếng Thái, phù hợp với từng nhóm đối tượng.',
  ),
  item(
    "b)",
    "Tỉnh đoàn hướng dẫn kiện toàn Tổ công nghệ số cộng đồng tại các thôn, bản, tổ dân phố, bổ sung đoàn viên thanh niên có kỹ năng số; hoàn thành trước ngày 15/3/2026.",
  ),
  item(
    "c)",
    'UBND các phường: Tân Phong, Đoàn Kết và UBND các xã: Tam Đường, Than Uyên tổ chức thí điểm lớp "Bình dân học vụ số" tại Trung tâm Phục vụ hành chính công và nhà văn hóa thôn, bản; rút kinh nghiệm trước khi nhân rộng.',
  ),
  item(
    "d)",
    "Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch từ nguồn kinh phí chuyển đổi số của tỉnh, trình UBND tỉnh trong Quý I/2026.",
  ),
  phase("2.", [{ b: "Giai đoạn 2: Triển khai diện rộng" }, " (từ tháng 5 đến hết tháng 10/2026)"]),
  item(
    "a)",
    "UBND các xã, phường tổ chức các lớp bồi dưỡng kỹ năng số cho người dân theo tài liệu thống nhất, bảo đảm mỗi thôn, bản, tổ dân phố tổ chức ít nhất 01 lớp.",
  ),
  item(
    "b)",
    "Sở Giáo dục và Đào tạo chỉ đạo các trường trung học phổ thông, phổ thông dân tộc nội trú đưa nội dung kỹ năng số vào hoạt động ngoại khóa, giao học sinh hướng dẫn người thân trong gia đình.",
  ),
  item(
    "c)",
    "Báo và Phát thanh, Truyền hình Lai Châu duy trì chuyên mục hướng dẫn kỹ năng số trên sóng phát thanh, truyền hình và nền tảng số; thời gian thực hiện: thường xuyên.",
  ),
  item(
    "d)",
    "Bưu điện tỉnh, Viettel Lai Châu phối hợp với UBND các xã, phường hỗ trợ người dân cài đặt, kích hoạt tài khoản định danh điện tử mức độ 2, tài khoản thanh toán tại nhà; hoàn thành trong tháng 8/2026.",
  ),
  phase("3.", [{ b: "Giai đoạn 3: Đánh giá, tổng kết" }, " (tháng 11 và tháng 12/2026)"]),
  item(
    "a)",
    "Sở Khoa học và Công nghệ tổ chức khảo sát, đánh giá mức độ phổ cập kỹ năng số của người dân theo bộ tiêu chí của Bộ Khoa học và Công nghệ, công bố kết quả trước ngày 15/12/2026.",
  ),
  item(
    "b)",
    "Sở Nội vụ chủ trì, phối hợp với Sở Khoa học và Công nghệ tham mưu UBND tỉnh khen thưởng các tập thể, cá nhân có thành tích tiêu biểu trong phong trào.",
  ),
  sec("IV.", "TỔ CHỨC THỰC HIỆN"),
  dash(
    "Sở Khoa học và Công nghệ là cơ quan thường trực, theo dõi, đôn đốc các cơ quan, đơn vị thực hiện; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện 6 tháng đầu năm trước ngày 10/7/2026.",
  ),
  dash(
    "Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh thường xuyên vận động hội viên, đoàn viên tích cực tham gia phong trào.",
  ),
  dash(
    "Các sở, ban, ngành tỉnh, UBND các xã, phường căn cứ chức năng, nhiệm vụ chủ động triển khai Kế hoạch; trong quá trình thực hiện nếu có vướng mắc, báo cáo về Sở Khoa học và Công nghệ để tổng hợp, trình UBND tỉnh./.",
  ),
  signature(
    [
      "- Bộ Khoa học và Công nghệ (b/c);",
      "- TT Tỉnh ủy, TT HĐND tỉnh;",
      "- Chủ tịch, các PCT UBND tỉnh;",
      "- Các sở, ban, ngành tỉnh;",
      "- UBND các xã, phường;",
      "- Lưu: VT, KGVX.",
    ],
    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Tống Thanh Hải"],
  ),
];

await writeAll("../plan-heldout-4/04-lai-chau-2026-phases-with-deadlines-word-numbering", {
  blocks,
  footnotes: {
    1: "Phong trào được phát động toàn quốc từ ngày 26/3/2025; tỉnh Lai Châu phát động ngày 15/4/2025.",
  },
  numbering: [
    numbering("plan", [
      ["upperRoman", "%1."],
      ["decimal", "%2."],
      ["lowerLetter", "%3)"],
    ]),
    numbering("dash", [["bullet", "-"]]),
  ],
});

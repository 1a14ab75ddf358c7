// Held-out set 6, document 05: a commune's plan (UBND xã Đại Từ, merged Thái Nguyên, 2026) with
// parts A./B./C. in Word upperLetter numbering and tasks numbered three deep (1.1.1.) under part B,
// deadlines written in full ("trước ngày 15 tháng 8 năm 2026") after the units.
// Run from the repository: node test/plan-heldout-6/make-author6b/05.mjs
import { N, P, header, numbering, signature, writeAll } from "./lib.mjs";

const FOLDER = "05-thai-nguyen-2026-commune-letter-parts-three-deep";
const REF = "kh-xa";
// The part letter, then the numbers restarting under each part: A. / 1. / 1.1. / 1.1.1.
const part = (label, text) => N(label, REF, 0, [{ b: text }], { bold: true });
const h1 = (label, text) => N(label, REF, 1, [{ b: text }]);
const h2 = (label, text) => N(label, REF, 2, [{ i: text }]);
const task = (label, runs) => N(label, REF, 3, runs);

const blocks = [
  header({
    organ: ["ỦY BAN NHÂN DÂN", "XÃ ĐẠI TỪ"],
    number: "35/KH-UBND",
    placeDate: "Đại Từ, ngày 12 tháng 3 năm 2026",
  }),
  P([{ b: "KẾ HOẠCH" }], { center: true }),
  P([{ b: "Cải cách hành chính và chuyển đổi số trên địa bàn xã Đại Từ năm 2026" }], { center: true }),
  P(
    "Căn cứ Kế hoạch số 12/KH-UBND ngày 16 tháng 01 năm 2026 của UBND tỉnh Thái Nguyên về cải cách hành chính nhà nước tỉnh Thái Nguyên năm 2026; Công văn số 245/SNV-CCHC ngày 09 tháng 02 năm 2026 của Sở Nội vụ tỉnh Thái Nguyên về việc hướng dẫn triển khai nhiệm vụ cải cách hành chính cấp xã; Ủy ban nhân dân xã Đại Từ ban hành Kế hoạch thực hiện như sau:",
  ),
  part("A.", "MỤC ĐÍCH, YÊU CẦU"),
  h1("1.", "Mục đích"),
  P(
    "Bảo đảm chính quyền địa phương hai cấp vận hành thông suốt từ ngày 01 tháng 7 năm 2025; nâng cao chất lượng phục vụ người dân, doanh nghiệp; phấn đấu Chỉ số cải cách hành chính năm 2026 của xã thuộc nhóm khá của tỉnh.",
  ),
  h1("2.", "Yêu cầu"),
  P(
    "Mỗi nhiệm vụ giao rõ bộ phận chủ trì, bộ phận phối hợp và thời hạn hoàn thành. Các bộ phận thực hiện nghiêm túc, báo cáo đúng thời hạn; nhiệm vụ không ghi thời hạn thì thực hiện thường xuyên trong năm.",
  ),
  part("B.", "NHIỆM VỤ VÀ GIẢI PHÁP"),
  h1("1.", "Cải cách thể chế và thủ tục hành chính"),
  h2("1.1.", "Rà soát văn bản, thủ tục hành chính"),
  task("1.1.1.", [
    "Rà soát các văn bản do HĐND, UBND xã Đại Từ và các xã cũ ban hành trước ngày 01 tháng 7 năm 2025 để đề xuất bãi bỏ, thay thế. Văn phòng HĐND và UBND xã chủ trì, phối hợp với Phòng Kinh tế và Phòng Văn hóa - Xã hội thực hiện, hoàn thành trước ngày 15 tháng 5 năm 2026.",
  ]),
  task("1.1.2.", [
    "Niêm yết công khai đầy đủ danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã tại Trung tâm Phục vụ hành chính công xã và trên Trang thông tin điện tử của xã. Trung tâm Phục vụ hành chính công xã thực hiện, chậm nhất ngày 31 tháng 3 năm 2026 (thứ Ba).",
  ]),
  task("1.1.3.", [
    "Rà soát, đề xuất phương án đơn giản hóa thủ tục hành chính trong lĩnh vực đất đai, xây dựng. Phòng Kinh tế chủ trì, phối hợp với Trung tâm Phục vụ hành chính công xã thực hiện; gửi kết quả về Sở Nông nghiệp và Môi trường trong tháng 6 năm 2026.",
  ]),
  h2("1.2.", "Nâng cao chất lượng giải quyết thủ tục hành chính"),
  task("1.2.1.", [
    "Tổ chức khảo sát mức độ hài lòng của người dân, doanh nghiệp đối với sự phục vụ của Trung tâm Phục vụ hành chính công xã. Phòng Văn hóa - Xã hội chủ trì, phối hợp với Ủy ban MTTQ Việt Nam xã và Bưu điện tỉnh thực hiện trong Quý II và Quý III năm 2026.",
  ]),
  task("1.2.2.", [
    "Duy trì tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích. Trung tâm Phục vụ hành chính công xã thực hiện thường xuyên, báo cáo kết quả hằng tháng.",
  ]),
  h1("2.", "Cải cách tổ chức bộ máy, xây dựng đội ngũ cán bộ, công chức"),
  h2("2.1.", "Tổ chức bộ máy"),
  task("2.1.1.", [
    "Hoàn thiện Đề án vị trí việc làm của các cơ quan, đơn vị thuộc UBND xã sau sắp xếp, trình cấp có thẩm quyền phê duyệt. Văn phòng HĐND và UBND xã chủ trì, phối hợp với Phòng Kinh tế, Phòng Văn hóa - Xã hội; hoàn thành trước ngày 30 tháng 4 năm 2026.",
  ]),
  task("2.1.2.", [
    "Đánh giá, xếp loại chất lượng cán bộ, công chức cấp xã năm 2026 theo hướng dẫn của Sở Nội vụ. Văn phòng HĐND và UBND xã thực hiện, hoàn thành trước ngày 15 tháng 12 năm 2026.",
  ]),
  h2("2.2.", "Đào tạo, bồi dưỡng"),
  task("2.2.1.", [
    "Cử công chức tham gia lớp bồi dưỡng kỹ năng số, chuyển đổi số do tỉnh tổ chức từ ngày 08 tháng 6 năm 2026. Văn phòng HĐND và UBND xã lập danh sách, gửi Sở Nội vụ chậm nhất ngày 20 tháng 5 năm 2026.",
  ]),
  h1("3.", "Chuyển đổi số, xây dựng chính quyền số"),
  h2("3.1.", "Hạ tầng và dữ liệu số"),
  task("3.1.1.", [
    "Làm sạch dữ liệu dân cư, hộ tịch, đồng bộ với Cơ sở dữ liệu quốc gia về dân cư. Công an xã chủ trì, phối hợp với Phòng Văn hóa - Xã hội và các xóm thực hiện; thời gian hoàn thành trước ngày 15 tháng 8 năm 2026.",
  ]),
  task("3.1.2.", [
    "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực tiếp nhận từ ngày 01 tháng 7 năm 2025. Trung tâm Phục vụ hành chính công xã thực hiện, hoàn thành ngày 31 tháng 10 năm 2026.",
  ]),
  task("3.1.3.", [
    "Lắp đặt mạng wifi miễn phí tại Trung tâm Phục vụ hành chính công xã và nhà văn hóa các xóm. Phòng Kinh tế chủ trì, phối hợp với Viettel Thái Nguyên triển khai, phấn đấu hoàn thành vào giữa năm 2026.",
  ]),
  h2("3.2.", "Kỹ năng số"),
  task("3.2.1.", [
    "Tổ chức tập huấn kỹ năng số cho thành viên Tổ công nghệ số cộng đồng các xóm. Đoàn Thanh niên xã chủ trì, phối hợp với Phòng Văn hóa - Xã hội tổ chức vào ngày 20 tháng 7 năm 2026 (thứ Hai).",
  ]),
  task("3.2.2.", [
    "Hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử mức độ 2. Công an xã thực hiện từ đầu tháng 4 năm 2026 và duy trì thường xuyên.",
  ]),
  part("C.", "TỔ CHỨC THỰC HIỆN"),
  h1("1.", "Văn phòng HĐND và UBND xã"),
  P("Là cơ quan thường trực, theo dõi, đôn đốc các bộ phận thực hiện Kế hoạch; tham mưu UBND xã:"),
  P("- Xây dựng báo cáo cải cách hành chính 6 tháng đầu năm 2026 của xã, gửi Sở Nội vụ trước ngày 10 tháng 6 năm 2026."),
  P("- Xây dựng báo cáo cải cách hành chính năm 2026 của xã, gửi Sở Nội vụ trước ngày 10 tháng 12 năm 2026."),
  h1("2.", "Các phòng chuyên môn, Công an xã, Trung tâm Phục vụ hành chính công xã"),
  P(
    "Căn cứ nhiệm vụ được giao, chủ động triển khai thực hiện; báo cáo kết quả về Văn phòng HĐND và UBND xã hằng quý, trước ngày 05 của tháng cuối quý.",
  ),
  P(
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các bộ phận báo cáo UBND xã (qua Văn phòng HĐND và UBND xã) để xem xét, giải quyết./.",
  ),
  signature(
    ["- UBND tỉnh (b/c);", "- Sở Nội vụ (b/c);", "- TT Đảng ủy, TT HĐND xã;", "- Các bộ phận thuộc UBND xã;", "- Lưu: VT, VP."],
    ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Hoàng Văn Quang"],
  ),
];

const INDENT = { left: 0, firstLine: 567 };
await writeAll(FOLDER, {
  blocks,
  numbering: [
    numbering(REF, [
      ["upperLetter", "%1.", { indent: INDENT }],
      ["decimal", "%2.", { indent: INDENT }],
      ["decimal", "%2.%3.", { indent: INDENT }],
      ["decimal", "%2.%3.%4.", { indent: INDENT }],
    ]),
  ],
});
console.log("built", FOLDER);

// Held-out set 7, document 07: a THÔNG BÁO phân công of the Chủ tịch UBND huyện Chợ Mới (Bắc Kạn, 2023)
// to the district's own offices and communes; the body set in TWO COLUMNS (a continuous Word section with
// two columns between a one-column head and signature); deadlines "trước 17 giờ 00 ngày", "xong trước",
// "hạn hoàn thành", "chậm nhất", phases "Đợt 1 … Đợt 2 …", days off of 30/4-3/5/2023 and 1-4/9/2023.
// plan.pdf exported by LibreOffice from plan-auto.docx (the two columns kept).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { P, N, SECTION, headerBlock, signatureBlock, numbering, writeWordAndText, libreOfficePdf } from "./lib.mjs";

const FOLDER = "07-bac-kan-2023-district-chairman-notice-two-columns";
const L = "main";
const SZ = 26; // 13 pt in the two columns
const S = (label, text) => N(label, L, 0, [{ b: text }], { noIndent: true, size: SZ });
const I = (label, text) => N(label, L, 1, [text], { size: SZ });
const D = (text) => P(text, { size: SZ });

const blocks = [
  headerBlock({ organ: ["ỦY BAN NHÂN DÂN", "HUYỆN CHỢ MỚI"], number: "41/TB-UBND", placeDate: "Chợ Mới, ngày 07 tháng 3 năm 2023" }),
  P({ b: "THÔNG BÁO" }, { align: "center" }),
  P(
    {
      b: "Phân công nhiệm vụ của Chủ tịch UBND huyện về thực hiện công tác cải cách hành chính, nâng cao Chỉ số PAR INDEX và Chỉ số SIPAS năm 2023",
    },
    { align: "center" },
  ),
  P(
    "Thực hiện Kế hoạch số 85/KH-UBND ngày 10/02/2023 của UBND tỉnh Bắc Kạn về cải cách hành chính nhà nước năm 2023 và Kế hoạch số 29/KH-UBND ngày 20/02/2023 của UBND huyện Chợ Mới về cải cách hành chính năm 2023; năm 2022, Chỉ số cải cách hành chính của huyện xếp thứ 6/8 huyện, thành phố, Chỉ số SIPAS xếp thứ 5/8. Để khắc phục hạn chế, nâng cao các chỉ số năm 2023, Chủ tịch UBND huyện phân công nhiệm vụ như sau:",
  ),
  SECTION({ continuous: true, cols: 2, colSpace: 454 }),
  S("I.", "PHÂN CÔNG CHUNG"),
  I("1.", "Chủ tịch UBND huyện lãnh đạo, chỉ đạo toàn diện công tác cải cách hành chính của huyện; trực tiếp chỉ đạo cải cách tổ chức bộ máy, chế độ công vụ."),
  I("2.", "Phó Chủ tịch UBND huyện phụ trách khối kinh tế chỉ đạo cải cách tài chính công; Phó Chủ tịch UBND huyện phụ trách khối văn hóa - xã hội chỉ đạo cải cách thủ tục hành chính, chuyển đổi số."),
  I("3.", "Thủ trưởng các cơ quan chuyên môn thuộc UBND huyện, Chủ tịch UBND các xã, thị trấn chịu trách nhiệm trước Chủ tịch UBND huyện về kết quả các tiêu chí, tiêu chí thành phần thuộc lĩnh vực được giao."),
  S("II.", "PHÂN CÔNG NHIỆM VỤ CỤ THỂ"),
  I("1.", "Xây dựng, trình ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2023 đối với các cơ quan chuyên môn và UBND các xã, thị trấn. Giao Phòng Nội vụ chủ trì, phối hợp với Văn phòng HĐND và UBND huyện; trình Chủ tịch UBND huyện trước 17 giờ 00 ngày 17/3/2023."),
  I("2.", "Rà soát, cập nhật, niêm yết công khai đầy đủ thủ tục hành chính tại Bộ phận Một cửa huyện và Bộ phận Một cửa các xã, thị trấn. Giao Văn phòng HĐND và UBND huyện chủ trì, phối hợp với UBND các xã, thị trấn; xong trước 31/3/2023."),
  I("3.", "Tổ chức đối thoại giữa Chủ tịch UBND huyện với người dân, doanh nghiệp về giải quyết thủ tục hành chính. Giao Văn phòng HĐND và UBND huyện chủ trì, phối hợp với Phòng Tài chính - Kế hoạch, Ủy ban MTTQ Việt Nam huyện; hạn hoàn thành: 30/4/2023."),
  I("4.", "Rà soát văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành còn hiệu lực. Giao Phòng Tư pháp chủ trì, phối hợp với các cơ quan chuyên môn thuộc UBND huyện, thực hiện theo hai đợt: Đợt 1 hoàn thành trước ngày 30/6/2023; Đợt 2 hoàn thành trước ngày 15/11/2023."),
  I("5.", "Khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính cấp huyện, cấp xã. Giao Phòng Nội vụ chủ trì, phối hợp với Bưu điện huyện Chợ Mới và UBND các xã, thị trấn, thực hiện theo hai đợt:"),
  D("- Đợt 1: phát phiếu khảo sát tại Bộ phận Một cửa huyện và 08 xã phía Bắc của huyện; chậm nhất ngày 30/6/2023 (thứ Sáu)."),
  D("- Đợt 2: phát phiếu tại các xã, thị trấn còn lại, tổng hợp kết quả, báo cáo Chủ tịch UBND huyện; chậm nhất ngày 31/10/2023."),
  I("6.", "Xây dựng Đề án vị trí việc làm, cơ cấu ngạch công chức của các cơ quan chuyên môn thuộc UBND huyện. Giao Phòng Nội vụ chủ trì; các cơ quan chuyên môn thuộc UBND huyện phối hợp. Chậm nhất ngày 15/5/2023, trình Sở Nội vụ thẩm định."),
  I("7.", "Cử cán bộ, công chức tham gia lớp bồi dưỡng kỹ năng ứng dụng công nghệ thông tin do tỉnh tổ chức. Giao Phòng Nội vụ tổng hợp danh sách, gửi Sở Nội vụ trước ngày 02/9/2023."),
  I("8.", "Triển khai lưu trữ hồ sơ điện tử; bảo đảm 100% văn bản đi của UBND huyện được ký số (trừ văn bản mật). Giao Phòng Văn hóa và Thông tin chủ trì, phối hợp với Văn phòng HĐND và UBND huyện, Sở Thông tin và Truyền thông; hoàn thành trong Quý III/2023."),
  I("9.", "Đào tạo, hướng dẫn kỹ năng số cho thành viên Tổ công nghệ số cộng đồng các thôn, tổ dân phố. Giao Phòng Văn hóa và Thông tin chủ trì, phối hợp với Huyện đoàn và UBND các xã, thị trấn; xong trước 30/6/2023."),
  I("10.", "Tham mưu xây dựng dự toán kinh phí thực hiện nhiệm vụ cải cách hành chính năm 2024. Giao Phòng Tài chính - Kế hoạch thực hiện, trình UBND huyện chậm nhất ngày 20/10/2023."),
  I("11.", "Triển khai Đề án 06: kích hoạt tài khoản định danh điện tử cho người dân trên địa bàn huyện. Giao Công an huyện chủ trì, phối hợp với UBND các xã, thị trấn; Đợt 1 đạt 60% trước 30/6/2023; Đợt 2 đạt 80%, hoàn thành trước ngày 15/12/2023."),
  I("12.", "Kiểm tra công tác cải cách hành chính tại UBND các xã: Thanh Thịnh, Yên Đĩnh, Nông Hạ, Cao Kỳ. Giao Phòng Nội vụ chủ trì, phối hợp với Phòng Tư pháp, Văn phòng HĐND và UBND huyện; hoàn thành trong tháng 8/2023."),
  I("13.", "Thí điểm mô hình \"Bộ phận Một cửa thân thiện\" tại UBND xã Thanh Mai và UBND thị trấn Đồng Tâm. Giao UBND xã Thanh Mai, UBND thị trấn Đồng Tâm thực hiện, phối hợp với Văn phòng HĐND và UBND huyện; chậm nhất ngày 30/9/2023."),
  I("14.", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2023 của huyện. Giao Phòng Nội vụ chủ trì, phối hợp với các cơ quan chuyên môn thuộc UBND huyện; gửi Sở Nội vụ trước 17 giờ 00 ngày 08/12/2023."),
  S("III.", "TỔ CHỨC THỰC HIỆN"),
  I("1.", "Các cơ quan chuyên môn thuộc UBND huyện, UBND các xã, thị trấn định kỳ hằng quý, trước ngày 12 của tháng cuối quý, báo cáo kết quả thực hiện nhiệm vụ được giao về Phòng Nội vụ."),
  I("2.", "Theo dõi, đôn đốc, tổng hợp kết quả thực hiện Thông báo này, báo cáo Chủ tịch UBND huyện: giao Phòng Nội vụ thực hiện, chậm nhất ngày 06/01/2024 (thứ Bảy)."),
  I("3.", "Thông báo này thay thế Thông báo số 18/TB-UBND ngày 15/3/2022 của UBND huyện. Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị báo cáo Chủ tịch UBND huyện (qua Phòng Nội vụ) để xem xét, giải quyết./."),
  SECTION({ continuous: true }),
  signatureBlock(
    ["- Sở Nội vụ tỉnh (b/c);", "- TT Huyện ủy, TT HĐND huyện (b/c);", "- CT, các PCT UBND huyện;", "- Các cơ quan chuyên môn thuộc UBND huyện;", "- UBND các xã, thị trấn;", "- Lưu: VT, NV."],
    ["CHỦ TỊCH", "", "", "", "Hà Văn Sơn"],
  ),
];

const dir = await writeWordAndText(FOLDER, {
  blocks,
  numbering: [numbering(L, [["UPPER_ROMAN", "%1.", { bold: true }], ["DECIMAL", "%2."]])],
  first: { title: "Thông báo 41/TB-UBND" },
});
writeFileSync(
  join(dir, "communes.json"),
  JSON.stringify([
    "UBND thị trấn Đồng Tâm", "UBND xã Bình Văn", "UBND xã Cao Kỳ", "UBND xã Hòa Mục", "UBND xã Mai Lạp",
    "UBND xã Như Cố", "UBND xã Nông Hạ", "UBND xã Quảng Chu", "UBND xã Tân Sơn", "UBND xã Thanh Mai",
    "UBND xã Thanh Thịnh", "UBND xã Thanh Vận", "UBND xã Yên Cư", "UBND xã Yên Đĩnh", "UBND xã Yên Hân",
  ]) + "\n",
);
libreOfficePdf(dir);
console.log("built", FOLDER);

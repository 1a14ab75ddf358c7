// Held-out set 8, document 07: a KẾ HOẠCH LIÊN TỊCH of Sở Nội vụ Bắc Kạn and the Ban Thường vụ Tỉnh đoàn (2023):
// two issuers side by side in a three-column header, one joint number "02/KHLT-SNV-TĐ", "X chủ trì, Y phối hợp"
// tasks, two signatures side by side and "Nơi nhận" BELOW them. Writes plan.txt, plan-auto.docx (Word numbering
// "I." / "1." / "a)" and "-" bullets), plan-typed.docx and plan.pdf (LibreOffice's export of plan-auto.docx).
// Run from the scratch folder (README.md).
import { N, P, T, libreOfficePdf, numbering, writeWordAndText } from "./lib.mjs";

const FOLDER = "07-bac-kan-2023-joint-plan-two-issuers";

const S = (label, text) => N(label, "lt", 0, [{ b: text }], { keepNext: true });
const H = (label, text) => N(label, "lt", 1, [{ b: text }], { keepNext: true });
const I = (label, runs) => N(label, "lt", 1, runs);
const A = (label, runs) => N(label, "lt", 2, runs);
const B = (runs) => N("-", "dash", 0, runs);

const c = (t, o = {}) => ({ t, align: "center", ...o });
// a joint document: the motto across the top, the two issuers side by side under it
const MOTTO = [
  P({ b: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" }, { align: "center", before: 0, after: 0, size: 26 }),
  P({ b: "Độc lập - Tự do - Hạnh phúc" }, { align: "center", before: 0, after: 120, size: 26 }),
];
const HEADER = T(
  [4535, 4536],
  [
    [c("UBND TỈNH BẮC KẠN\nSỞ NỘI VỤ\nSố: 02/KHLT-SNV-TĐ"), c("BCH ĐOÀN TNCS HỒ CHÍ MINH\nTỈNH BẮC KẠN")],
    [c(""), c("Bắc Kạn, ngày 15 tháng 3 năm 2023", { i: true })],
  ],
  { borders: false, size: 26, valign: "TOP", role: "header" },
);

const SIGN = T(
  [4535, 4536],
  [
    [
      c("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nBÍ THƯ\n\n\n\nHoàng Thị Thu Hà", { b: true }),
      c("KT. GIÁM ĐỐC SỞ NỘI VỤ\nPHÓ GIÁM ĐỐC\n\n\n\nLục Văn Quyết", { b: true }),
    ],
  ],
  { borders: false, size: 26, valign: "TOP", role: "signature", cantSplit: true },
);

const small = { size: 22, noIndent: true, align: "left", before: 0, after: 0 };
const blocks = [
  ...MOTTO,
  HEADER,
  P({ b: "KẾ HOẠCH LIÊN TỊCH" }, { align: "center", before: 240, after: 0 }),
  P(
    {
      b: "Phối hợp tuyên truyền, hỗ trợ người dân thực hiện thủ tục hành chính trên môi trường điện tử, nâng cao Chỉ số hài lòng của người dân, tổ chức (SIPAS) năm 2023",
    },
    { align: "center", before: 0, after: 160 },
  ),
  P(
    "Căn cứ Kế hoạch số 15/KH-UBND ngày 11/01/2023 của UBND tỉnh Bắc Kạn về cải cách hành chính nhà nước năm 2023; Chương trình phối hợp số 03/CTPH-SNV-TĐ ngày 20/4/2021 giữa Sở Nội vụ và Ban Thường vụ Tỉnh đoàn giai đoạn 2021 - 2025;",
  ),
  P(
    "Sở Nội vụ và Ban Thường vụ Tỉnh đoàn Bắc Kạn thống nhất ban hành Kế hoạch liên tịch phối hợp thực hiện năm 2023 như sau:",
  ),
  S("I.", "MỤC ĐÍCH, YÊU CẦU"),
  I("1.", [
    "Phát huy vai trò xung kích của đoàn viên, thanh niên trong hỗ trợ người dân, doanh nghiệp thực hiện thủ tục hành chính, dịch vụ công trực tuyến; góp phần nâng cao Chỉ số SIPAS của tỉnh năm 2023.",
  ]),
  I("2.", [
    "Phấn đấu đến ngày 31/12/2023, tỷ lệ hồ sơ trực tuyến toàn trình đạt từ 50% trở lên; 100% Bộ phận Một cửa cấp huyện có đoàn viên tình nguyện hỗ trợ người dân.",
  ]),
  S("II.", "NỘI DUNG PHỐI HỢP"),
  H("1.", "Tuyên truyền về cải cách hành chính"),
  A("a)", [
    "Biên soạn tài liệu hỏi - đáp về dịch vụ công trực tuyến, thanh toán trực tuyến phí, lệ phí: Sở Nội vụ chủ trì, Tỉnh đoàn phối hợp; hoàn thành trước ngày cuối cùng của tháng 3/2023.",
  ]),
  A("b)", [
    'Tổ chức Cuộc thi trực tuyến "Thanh niên Bắc Kạn với cải cách hành chính" năm 2023: Tỉnh đoàn chủ trì, Sở Nội vụ phối hợp; phát động trong tuần đầu tháng 5/2023, tổng kết, trao giải chậm nhất ngày cuối cùng của tháng 6/2023.',
  ]),
  A("c)", [
    "Đăng tải tin, bài về cải cách hành chính trên Trang thông tin điện tử của Tỉnh đoàn và Cổng thông tin điện tử của Sở Nội vụ: hai cơ quan thực hiện thường xuyên.",
  ]),
  H("2.", "Hỗ trợ người dân thực hiện thủ tục hành chính trên môi trường điện tử"),
  A("a)", [
    'Thành lập "Đội hình thanh niên tình nguyện hỗ trợ dịch vụ công trực tuyến" tại Trung tâm Phục vụ hành chính công tỉnh và Bộ phận Một cửa cấp huyện: Tỉnh đoàn chủ trì, phối hợp với Văn phòng UBND tỉnh, UBND các huyện, thành phố; hoàn thành trong tuần đầu tháng 4/2023.',
  ]),
  A("b)", [
    "Tập huấn kỹ năng hướng dẫn dịch vụ công trực tuyến cho đoàn viên tình nguyện: Sở Nội vụ chủ trì, phối hợp với Sở Thông tin và Truyền thông, Tỉnh đoàn; Đợt 1 trong tháng 4/2023, Đợt 2 trong tháng 9/2023.",
  ]),
  A("c)", [
    'Ra quân "Ngày thứ Bảy tình nguyện hỗ trợ dịch vụ công" tại các xã, thị trấn trong Chiến dịch Thanh niên tình nguyện hè năm 2023: Các Huyện đoàn, Thành đoàn chủ trì, phối hợp với Phòng Nội vụ các huyện, thành phố; thực hiện trong tháng 7/2023.',
  ]),
  A("d)", [
    "Hướng dẫn, hỗ trợ người dân tạo tài khoản trên Cổng Dịch vụ công quốc gia, kích hoạt tài khoản định danh điện tử: Tỉnh đoàn phối hợp với Công an tỉnh thực hiện; báo cáo kết quả về Sở Nội vụ trước ngày 02/9/2023.",
  ]),
  H("3.", "Phối hợp đo lường sự hài lòng của người dân, tổ chức (SIPAS)"),
  A("a)", [
    "Xây dựng phương án điều tra xã hội học SIPAS năm 2023 của tỉnh: Sở Nội vụ chủ trì, Tỉnh đoàn phối hợp; hoàn thành chậm nhất ngày 15/8/2023. Tỉnh đoàn lựa chọn, giới thiệu 40 đoàn viên tham gia làm điều tra viên.",
  ]),
  A("b)", [
    "Phát, thu phiếu điều tra tại các huyện, thành phố: Sở Nội vụ chủ trì, phối hợp với Tỉnh đoàn, Bưu điện tỉnh; thực hiện từ ngày 05/9/2023 đến ngày 30/9/2023.",
  ]),
  A("c)", [
    "Tổng hợp kết quả điều tra, báo cáo UBND tỉnh: Sở Nội vụ thực hiện trước ngày cuối cùng của tháng 10/2023.",
  ]),
  S("III.", "TỔ CHỨC THỰC HIỆN"),
  H("1.", "Sở Nội vụ"),
  B(["Giao Phòng Cải cách hành chính là đầu mối theo dõi, đôn đốc, tổng hợp tình hình thực hiện Kế hoạch."]),
  B([
    "Tham mưu bố trí kinh phí tổ chức Cuộc thi và tập huấn từ nguồn kinh phí cải cách hành chính năm 2023 của Sở; hoàn thành trước ngày 20/4/2023.",
  ]),
  H("2.", "Tỉnh đoàn"),
  B([
    "Chỉ đạo các Huyện đoàn, Thành đoàn, Đoàn trực thuộc xây dựng kế hoạch triển khai, hoàn thành chậm nhất ngày cuối cùng của tháng 3/2023.",
  ]),
  B(["Tổng hợp kết quả hoạt động của các đội hình thanh niên tình nguyện, gửi Sở Nội vụ trước ngày 15/12/2023."]),
  I("3.", [
    "Đề nghị Đài Phát thanh - Truyền hình tỉnh, Báo Bắc Kạn xây dựng ít nhất 02 phóng sự về hoạt động của thanh niên tình nguyện hỗ trợ dịch vụ công; hoàn thành trong Quý III/2023.",
  ]),
  I("4.", [
    "Đề nghị Sở Thông tin và Truyền thông hỗ trợ đăng tải thông tin về Cuộc thi trên Cổng thông tin điện tử tỉnh và hệ thống thông tin cơ sở.",
  ]),
  I("5.", [
    "Sở Nội vụ và Tỉnh đoàn tổ chức đánh giá, tổng kết Kế hoạch liên tịch trong Quý IV/2023; biểu dương tập thể, cá nhân có thành tích tiêu biểu.",
  ]),
  P(
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở Nội vụ (qua Phòng Cải cách hành chính, điện thoại 0209.3870.xxx) hoặc Tỉnh đoàn (qua Ban Phong trào) để phối hợp giải quyết./.",
  ),
  SIGN,
  P({ bi: "Nơi nhận:" }, { ...small, before: 200 }),
  ...[
    "- UBND tỉnh (b/c);",
    "- Trung ương Đoàn (b/c);",
    "- Ban Dân vận Tỉnh ủy;",
    "- Văn phòng UBND tỉnh;",
    "- Sở Thông tin và Truyền thông;",
    "- Đài PT-TH tỉnh, Báo Bắc Kạn;",
    "- UBND các huyện, thành phố;",
    "- Các Huyện đoàn, Thành đoàn;",
    "- Lưu: VT SNV, VP TĐ.",
  ].map((line) => P(line, small)),
];

const dir = await writeWordAndText(FOLDER, {
  blocks,
  numbering: [
    numbering("lt", [
      ["UPPER_ROMAN", "%1.", { bold: true }],
      ["DECIMAL", "%2."],
      ["LOWER_LETTER", "%3)"],
    ]),
    numbering("dash", [["BULLET", "-"]]),
  ],
  first: { title: "Kế hoạch liên tịch 02/KHLT-SNV-TĐ", creator: "Phòng CCHC - Sở Nội vụ", pageNumbers: true },
});
libreOfficePdf(dir);
console.log(`wrote ${dir}`);

// Held-out set 8, document 08: the content of UBND tỉnh Thái Nguyên's Kế hoạch 238/KH-UBND (22/9/2025) whose
// appendix gives each task a CARD: a two-column table "label | content" under a merged "Nhiệm vụ N.M" row.
import { N, P, PAGE, T, signatureBlock } from "./lib.mjs";

const S = (label, text) => N(label, "body", 0, [{ b: text }], { keepNext: true });
const I = (label, runs) => N(label, "body", 1, runs);

const KHCN = "Sở Khoa học và Công nghệ";
const VP = "Văn phòng UBND tỉnh";
const XA = "UBND cấp xã";

/** A task card: [label, content] rows under its merged number row. */
function card(num, rows) {
  return T(
    [2600, 6471],
    [
      [{ t: `Nhiệm vụ ${num}`, b: true, colSpan: 2, fill: "E7E6E6" }],
      ...rows.map(([label, text]) => [{ t: label, b: false }, text]),
    ],
    { size: 24, cantSplit: true, card: true },
  );
}
const group = (text) => P({ b: text }, { noIndent: true, before: 200, keepNext: true });

const c = (t, o = {}) => ({ t, align: "center", ...o });
const HEADER = T(
  [3200, 5871],
  [
    [
      c("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", { b: true }),
      c("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", { b: true }),
    ],
    [c("Số: 238/KH-UBND"), c("Thái Nguyên, ngày 22 tháng 9 năm 2025", { i: true })],
  ],
  { borders: false, size: 26, valign: "TOP", role: "header" },
);

export const BODY = [
  HEADER,
  P({ b: "KẾ HOẠCH" }, { align: "center", before: 240, after: 0 }),
  P(
    {
      b: "Triển khai các nhiệm vụ trọng tâm về chuyển đổi số, thực hiện Đề án 06 sau hợp nhất tỉnh, từ Quý IV/2025 đến hết năm 2026",
    },
    { align: "center", before: 0, after: 160 },
  ),
  P(
    "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030;",
  ),
  P(
    "Để bảo đảm hoạt động thông suốt của hệ thống chính quyền hai cấp sau khi hợp nhất tỉnh Thái Nguyên và tỉnh Bắc Kạn từ ngày 01/7/2025, UBND tỉnh ban hành Kế hoạch triển khai các nhiệm vụ trọng tâm như sau:",
  ),
  S("I.", "MỤC ĐÍCH, YÊU CẦU"),
  I("1.", [
    "Thống nhất hạ tầng, nền tảng, dữ liệu số của hai tỉnh (cũ); không để gián đoạn việc tiếp nhận, giải quyết thủ tục hành chính của người dân, doanh nghiệp.",
  ]),
  I("2.", [
    "Phấn đấu đến ngày 31/12/2026, 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80%.",
  ]),
  S("II.", "NHIỆM VỤ CỤ THỂ"),
  P(
    "Các nhiệm vụ được giao theo Phiếu nhiệm vụ tại Phụ lục kèm theo Kế hoạch này; mỗi phiếu ghi rõ cơ quan chủ trì, cơ quan phối hợp, thời hạn và sản phẩm. Cơ quan chủ trì chịu trách nhiệm toàn diện trước UBND tỉnh về tiến độ, chất lượng của nhiệm vụ được giao.",
  ),
  S("III.", "TỔ CHỨC THỰC HIỆN"),
  I("1.", [
    "Sở Khoa học và Công nghệ là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện năm 2025 trước ngày 15/12/2025.",
  ]),
  I("2.", [
    "Các sở, ban, ngành; UBND cấp xã chủ động bố trí nhân lực thực hiện nhiệm vụ được giao; báo cáo tiến độ về Sở Khoa học và Công nghệ định kỳ hằng quý (trước ngày 20 của tháng cuối quý).",
  ]),
  I("3.", [
    "Sở Tài chính tham mưu bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch trong dự toán ngân sách năm 2026, trình UBND tỉnh trước ngày 31/10/2025.",
  ]),
  I("4.", [
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Khoa học và Công nghệ để tổng hợp, báo cáo UBND tỉnh xem xét, quyết định./.",
  ]),
  signatureBlock(
    [
      "- Bộ Khoa học và Công nghệ (b/c);",
      "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
      "- Chủ tịch, các PCT UBND tỉnh;",
      "- Các sở, ban, ngành;",
      "- UBND các xã, phường;",
      "- Lưu: VT, KGVX.",
    ],
    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Đặng Xuân Trường"],
  ),
];

export const APPENDIX = [
  PAGE,
  P({ b: "PHỤ LỤC" }, { align: "center", before: 0, after: 0 }),
  P({ b: "PHIẾU NHIỆM VỤ" }, { align: "center", before: 0, after: 0 }),
  P(
    { i: "(Kèm theo Kế hoạch số 238/KH-UBND ngày 22/9/2025 của UBND tỉnh Thái Nguyên)" },
    { align: "center", before: 0 },
  ),
  group("Nhóm 1. Hạ tầng số, nền tảng số"),
  card("1.1", [
    ["Tên nhiệm vụ", "Hợp nhất Cổng thông tin điện tử tỉnh Thái Nguyên và tỉnh Bắc Kạn (cũ) thành một cổng thống nhất"],
    ["Mục tiêu", "Từ ngày 01/01/2026, toàn tỉnh chỉ vận hành một Cổng thông tin điện tử"],
    ["Cơ quan chủ trì", KHCN],
    ["Cơ quan phối hợp", `${VP}; Báo và Phát thanh, Truyền hình Thái Nguyên`],
    ["Thời gian bắt đầu", "01/10/2025"],
    ["Thời hạn hoàn thành", "31/12/2025"],
    ["Sản phẩm", "Cổng thông tin điện tử hợp nhất được vận hành"],
  ]),
  card("1.2", [
    [
      "Tên nhiệm vụ",
      "Chuyển đổi Hệ thống quản lý văn bản và điều hành của khu vực Bắc Kạn (cũ) về nền tảng dùng chung của tỉnh",
    ],
    ["Cơ quan chủ trì", VP],
    ["Cơ quan phối hợp", `${KHCN}; ${XA}`],
    ["Thời gian thực hiện", "Trước ngày cuối cùng của tháng 11/2025"],
    ["Sản phẩm", "100% văn bản được xử lý trên một hệ thống"],
  ]),
  card("1.3", [
    ["Tên nhiệm vụ", "Triển khai hệ thống hội nghị truyền hình trực tuyến đến 92 xã, phường"],
    ["Cơ quan chủ trì", KHCN],
    ["Cơ quan phối hợp", "Bưu điện tỉnh; Viettel Thái Nguyên; VNPT Thái Nguyên"],
    ["Thời gian thực hiện", "Tuần đầu tháng 12/2025"],
    ["Sản phẩm", "Điểm cầu trực tuyến tại 92 xã, phường"],
  ]),
  card("1.4", [
    ["Tên nhiệm vụ", "Nâng cấp Trung tâm dữ liệu tỉnh bảo đảm an toàn thông tin cấp độ 3"],
    ["Cơ quan chủ trì", KHCN],
    ["Cơ quan phối hợp", "Công an tỉnh"],
    ["Thời gian thực hiện", "Quý IV/2025 - Quý II/2026"],
    ["Sản phẩm", "Hồ sơ cấp độ được phê duyệt"],
  ]),
  group("Nhóm 2. Dữ liệu số, Đề án 06"),
  card("2.1", [
    ["Tên nhiệm vụ", "Làm sạch dữ liệu hộ tịch của khu vực Bắc Kạn (cũ), đồng bộ với Cơ sở dữ liệu quốc gia về dân cư"],
    ["Cơ quan chủ trì", "Công an tỉnh"],
    ["Cơ quan phối hợp", `Sở Tư pháp; ${XA}`],
    ["Thời gian thực hiện", "Đợt 1: trước 15/11/2025; Đợt 2: trước 15/5/2026"],
    ["Sản phẩm", 'Dữ liệu "đúng, đủ, sạch, sống"'],
  ]),
  card("2.2", [
    ["Tên nhiệm vụ", "Số hóa dữ liệu đất đai của các xã thuộc khu vực Bắc Kạn (cũ)"],
    ["Cơ quan chủ trì", "Sở Nông nghiệp và Môi trường"],
    ["Cơ quan phối hợp", XA],
    ["Thời gian thực hiện", "Năm 2026"],
    ["Sản phẩm", "Cơ sở dữ liệu đất đai được kết nối"],
  ]),
  card("2.3", [
    ["Tên nhiệm vụ", "Xây dựng Kho dữ liệu dùng chung của tỉnh"],
    ["Cơ quan chủ trì", KHCN],
    ["Cơ quan phối hợp", "Các sở, ban, ngành"],
    ["Thời gian bắt đầu", "Tháng 10/2025"],
    ["Thời hạn hoàn thành", "Tháng 6/2026"],
    ["Sản phẩm", "Kho dữ liệu dùng chung"],
  ]),
  card("2.4", [
    ["Tên nhiệm vụ", "Cấp Phiếu lý lịch tư pháp trên ứng dụng VNeID cho người dân khu vực Bắc Kạn (cũ)"],
    ["Cơ quan chủ trì", "Sở Tư pháp"],
    ["Cơ quan phối hợp", "Công an tỉnh"],
    ["Thời gian thực hiện", "Thường xuyên"],
    ["Sản phẩm", "Phiếu lý lịch tư pháp điện tử"],
  ]),
  card("2.5", [
    [
      "Tên nhiệm vụ",
      "Kết nối, chia sẻ dữ liệu bảo hiểm xã hội với Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh",
    ],
    ["Cơ quan chủ trì", "Bảo hiểm xã hội tỉnh"],
    ["Cơ quan phối hợp", `${VP}; Sở Thông tin và Truyền thông`],
    ["Thời gian thực hiện", "Từ 01/10/2025 đến 15/11/2025"],
    ["Sản phẩm", "Dữ liệu được kết nối"],
  ]),
  group("Nhóm 3. Dịch vụ công trực tuyến, cải cách thủ tục hành chính"),
  card("3.1", [
    [
      "Tên nhiệm vụ",
      "Rà soát, công bố danh mục thủ tục hành chính thực hiện trực tuyến toàn trình áp dụng thống nhất trên địa bàn tỉnh",
    ],
    ["Cơ quan chủ trì", VP],
    ["Cơ quan phối hợp", "Các sở, ban, ngành"],
    ["Thời hạn hoàn thành", "Chậm nhất ngày 25/10/2025"],
    ["Sản phẩm", "Quyết định công bố của Chủ tịch UBND tỉnh"],
  ]),
  card("3.2", [
    ["Tên nhiệm vụ", "Vận hành cơ sở 2 của Trung tâm Phục vụ hành chính công tỉnh tại phường Đức Xuân"],
    ["Cơ quan chủ trì", VP],
    ["Cơ quan phối hợp", "Trung tâm Phục vụ hành chính công tỉnh; Bưu điện tỉnh"],
    ["Thời hạn hoàn thành", "Trước ngày 01/01/2026"],
    ["Sản phẩm", "Cơ sở 2 đi vào hoạt động"],
  ]),
  card("3.3", [
    ["Tên nhiệm vụ", "Triển khai thanh toán trực tuyến phí, lệ phí tại 100% xã, phường khu vực Bắc Kạn (cũ)"],
    ["Cơ quan chủ trì", XA],
    ["Cơ quan phối hợp", "Sở Tài chính"],
    ["Thời hạn hoàn thành", "Trước ngày cuối cùng của tháng 3/2026"],
    ["Sản phẩm", "Tỷ lệ thanh toán trực tuyến"],
  ]),
  card("3.4", [
    ["Tên nhiệm vụ", "Khảo sát trực tuyến sự hài lòng của người dân về dịch vụ công trực tuyến"],
    ["Cơ quan chủ trì", "Sở Nội vụ"],
    ["Cơ quan phối hợp", KHCN],
    ["Thời hạn hoàn thành", "Tháng 11/2025"],
    ["Sản phẩm", "Báo cáo kết quả khảo sát"],
  ]),
  group("Nhóm 4. Nhân lực số, tuyên truyền"),
  card("4.1", [
    ["Tên nhiệm vụ", "Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã sau sắp xếp"],
    ["Cơ quan chủ trì", "Sở Nội vụ"],
    ["Cơ quan phối hợp", `${KHCN}; Trường Chính trị tỉnh`],
    ["Thời gian thực hiện", "Quý IV/2025"],
    ["Sản phẩm", "Các lớp bồi dưỡng"],
  ]),
  card("4.2", [
    ["Tên nhiệm vụ", 'Tổ chức "Ngày hội chuyển đổi số tỉnh Thái Nguyên năm 2025"'],
    ["Cơ quan chủ trì", KHCN],
    ["Cơ quan phối hợp", "Tỉnh đoàn; Báo và Phát thanh, Truyền hình Thái Nguyên"],
    ["Thời gian thực hiện", "Ngày 10/10/2025"],
    ["Sản phẩm", "Ngày hội được tổ chức"],
  ]),
  card("4.3", [
    ["Tên nhiệm vụ", "Tuyên truyền về chuyển đổi số, Đề án 06 trên các phương tiện thông tin đại chúng"],
    ["Cơ quan chủ trì", "Báo và Phát thanh, Truyền hình Thái Nguyên"],
    ["Cơ quan phối hợp", "Sở Văn hóa, Thể thao và Du lịch"],
    ["Thời gian thực hiện", "Thường xuyên"],
    ["Sản phẩm", "Tin, bài, phóng sự"],
  ]),
  card("4.4", [
    ["Tên nhiệm vụ", "Kiện toàn Tổ công nghệ số cộng đồng tại các thôn, tổ dân phố sau sắp xếp"],
    ["Cơ quan chủ trì", XA],
    ["Cơ quan phối hợp", "Tỉnh đoàn; Hội Liên hiệp Phụ nữ tỉnh"],
    ["Thời hạn hoàn thành", "Trước ngày cuối cùng của tháng 10/2025"],
    ["Sản phẩm", "Quyết định kiện toàn"],
  ]),
];

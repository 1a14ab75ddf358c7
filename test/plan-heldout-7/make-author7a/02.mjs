// 02: a Lai Châu plan of March 2025 (before the reorganisation: old departments, districts) in three
// Word sections: the body on portrait pages (page number at the top from page 2), Phụ lục I on
// LANDSCAPE pages in the middle, Phụ lục II on portrait pages again; each appendix has its own running
// head ("Phụ lục I - Kế hoạch số …") and foot. Phụ lục I's task table is cut into TWO Word tables
// (the second on a new page, its header typed again, the rows of section II going on at "5" with no
// section row); one task's cell holds a TABLE INSIDE THE CELL (the rounds of an inspection and the
// units inspected). Phụ lục II is a schedule of meetings with "Thành phần" (who attends) and
// "Địa điểm" columns beside the lead and partner columns. plan.pdf by LibreOffice from plan-auto.docx.
import { P, N, T, folderOf, writeWord, writeText, libreOfficePdf, numbering } from "./lib.mjs";
import { c, headerBlock, signature } from "./parts.mjs";
import { appendix2 } from "./02-meetings.mjs";

const L = "kh718";
const H1 = (label, text) => N(label, L, 0, text, { bold: true });
const H2 = (label, runs, o = {}) => N(label, L, 1, runs, o);

const header = headerBlock(
  ["ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU"],
  "Số: 718/KH-UBND",
  "Lai Châu, ngày 14 tháng 3 năm 2025",
);

const body = [
  header,
  P("KẾ HOẠCH", { center: true, bold: true, noIndent: true, before: 240 }),
  P("Thực hiện nhiệm vụ cải cách hành chính trọng tâm năm 2025", { center: true, bold: true, noIndent: true }),
  P(
    "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030; Quyết định số 1680/QĐ-UBND ngày 27/12/2024 của UBND tỉnh ban hành Kế hoạch cải cách hành chính nhà nước năm 2025; Kết luận số 126-KL/TW ngày 14/02/2025 của Bộ Chính trị, Ban Bí thư về một số nội dung, nhiệm vụ tiếp tục sắp xếp, tinh gọn tổ chức bộ máy;",
  ),
  P("Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện nhiệm vụ cải cách hành chính trọng tâm năm 2025 như sau:"),
  H1("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P(
    "- Cụ thể hóa các nhiệm vụ cải cách hành chính năm 2025 gắn với sắp xếp, tinh gọn tổ chức bộ máy; phấn đấu Chỉ số cải cách hành chính năm 2025 của tỉnh tăng ít nhất 03 bậc so với năm 2024.",
  ),
  P("- Phân công rõ cơ quan chủ trì, cơ quan phối hợp, thời gian hoàn thành và sản phẩm của từng nhiệm vụ."),
  H1("II.", "NHIỆM VỤ TRỌNG TÂM"),
  P(
    "Các nhiệm vụ trọng tâm theo từng lĩnh vực cải cách hành chính chi tiết tại Phụ lục I; lịch tổ chức hội nghị, tập huấn chi tiết tại Phụ lục II kèm theo Kế hoạch này.",
  ),
  H1("III.", "KINH PHÍ THỰC HIỆN"),
  P(
    "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách năm 2025 của các cơ quan, đơn vị theo phân cấp ngân sách hiện hành và các nguồn hợp pháp khác.",
  ),
  H1("IV.", "TỔ CHỨC THỰC HIỆN"),
  H2("1.", [
    { b: "Sở Nội vụ" },
    " là cơ quan thường trực, giúp UBND tỉnh theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp kết quả vào báo cáo cải cách hành chính định kỳ của tỉnh.",
  ]),
  H2("2.", [
    { b: "Các sở, ban, ngành, UBND các huyện, thành phố" },
    " chủ động triển khai các nhiệm vụ được giao tại Phụ lục I, Phụ lục II; báo cáo kết quả thực hiện về Sở Nội vụ định kỳ hằng quý, trước ngày 10 của tháng cuối quý.",
  ]),
  H2("3.", [{ b: "Sở Tài chính" }, " tham mưu bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch theo quy định."]),
  P(
    "Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh xem xét, quyết định./.",
  ),
  signature(
    [
      "- Bộ Nội vụ (b/c);",
      "- TT. Tỉnh ủy, TT. HĐND tỉnh (b/c);",
      "- Chủ tịch, các PCT UBND tỉnh;",
      "- Các sở, ban, ngành tỉnh;",
      "- UBND các huyện, thành phố;",
      "- Lưu: VT, NC.",
    ],
    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Lò Văn Thanh"],
  ),
];

// ---- Phụ lục I (landscape) --------------------------------------------------------------
const W1 = [700, 5000, 2100, 2900, 1700, 1900]; // 14300 twips: A4 landscape minus the margins
const head1 = [
  c("TT", { bold: true }),
  c("Nội dung nhiệm vụ", { bold: true }),
  c("Cơ quan chủ trì", { bold: true }),
  c("Cơ quan phối hợp", { bold: true }),
  c("Thời gian hoàn thành", { bold: true }),
  c("Sản phẩm", { bold: true }),
];
const cols = [
  c("(1)", { italic: true }),
  c("(2)", { italic: true }),
  c("(3)", { italic: true }),
  c("(4)", { italic: true }),
  c("(5)", { italic: true }),
  c("(6)", { italic: true }),
];
const sec = (n, text) => [
  c(n, { bold: true }),
  { paras: [P(text, { bold: true, noIndent: true, left: true })], colSpan: 5 },
];
const row = (n, task, lead, partners, time, product) => [
  c(n),
  typeof task === "string" ? { paras: [P(task, { noIndent: true })] } : task,
  c(lead),
  { paras: [P(partners, { noIndent: true, left: true })] },
  c(time),
  c(product),
];

const inspections = T(
  [800, 2900, 1000],
  [
    [c("Đợt", { bold: true }), c("Cơ quan, đơn vị được kiểm tra", { bold: true }), c("Thời gian", { bold: true })],
    [
      c("Đợt 1"),
      {
        paras: [P("Sở Y tế, Sở Xây dựng; UBND huyện Tam Đường, UBND huyện Phong Thổ", { noIndent: true, left: true })],
      },
      c("Tháng 5/2025"),
    ],
    [
      c("Đợt 2"),
      {
        paras: [
          P("Sở Tài nguyên và Môi trường; UBND huyện Sìn Hồ, UBND huyện Mường Tè", { noIndent: true, left: true }),
        ],
      },
      c("Tháng 9/2025"),
    ],
  ],
  { size: 22 },
);

const table1 = T(
  W1,
  [
    head1,
    cols,
    sec("I", "CẢI CÁCH THỂ CHẾ"),
    row(
      "1",
      "Xây dựng, trình UBND tỉnh ban hành Quy định phân cấp quản lý tổ chức bộ máy, biên chế, cán bộ, công chức, viên chức sau sắp xếp",
      "Sở Nội vụ",
      "Sở Tư pháp; Văn phòng UBND tỉnh",
      "Quý II/2025",
      "Quyết định của UBND tỉnh",
    ),
    row(
      "2",
      "Rà soát văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành có nội dung liên quan đến tổ chức bộ máy",
      "Sở Tư pháp",
      "Các sở, ban, ngành",
      "Trước 31/5/2025",
      "Báo cáo kết quả rà soát",
    ),
    row(
      "3",
      "Theo dõi tình hình thi hành pháp luật trong các lĩnh vực trọng tâm",
      "Sở Tư pháp",
      "Các sở, ban, ngành; UBND các huyện, thành phố",
      "Thường xuyên",
      "Báo cáo",
    ),
    sec("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"),
    row(
      "1",
      "Rà soát, đơn giản hóa thủ tục hành chính, giấy tờ công dân trong lĩnh vực đất đai",
      "Sở Tài nguyên và Môi trường",
      "Văn phòng UBND tỉnh; UBND các huyện, thành phố",
      "30/6/2025",
      "Phương án đơn giản hóa",
    ),
    row(
      "2",
      "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực tại Bộ phận Một cửa các cấp",
      "Văn phòng UBND tỉnh",
      "Sở Thông tin và Truyền thông; UBND các huyện, thành phố",
      "Trước 30/4/2025",
      "Dữ liệu được số hóa",
    ),
    row(
      "3",
      "Triển khai thanh toán trực tuyến phí, lệ phí giải quyết thủ tục hành chính trên Cổng Dịch vụ công",
      "Sở Thông tin và Truyền thông",
      "Ngân hàng Nhà nước Chi nhánh tỉnh Lai Châu; Bưu điện tỉnh",
      "15/5/2025",
      "Tỷ lệ thanh toán trực tuyến đạt trên 50%",
    ),
    row(
      "4",
      "Công khai danh mục thủ tục hành chính, tình hình giải quyết hồ sơ trên Cổng Dịch vụ công của tỉnh",
      "Văn phòng UBND tỉnh",
      "Các sở, ban, ngành",
      "Hằng tháng",
      "Thông tin được công khai",
    ),
  ],
  { header: 2, size: 24 },
);

const table2 = T(
  W1,
  [
    head1,
    cols,
    row(
      "5",
      "Kiểm tra việc thực hiện cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa cấp huyện, cấp xã",
      "Văn phòng UBND tỉnh",
      "Sở Nội vụ",
      "Quý III/2025",
      "Thông báo kết quả kiểm tra",
    ),
    sec("III", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC"),
    row(
      "1",
      "Xây dựng Đề án sắp xếp, tinh gọn các đơn vị sự nghiệp công lập thuộc UBND tỉnh",
      "Sở Nội vụ",
      "Các sở, ban, ngành; UBND các huyện, thành phố",
      "Trước ngày 15/4/2025",
      "Đề án trình UBND tỉnh",
    ),
    row(
      "2",
      {
        paras: [
          P("Kiểm tra công tác cải cách hành chính, kiểm soát thủ tục hành chính năm 2025, theo lịch sau:", {
            noIndent: true,
          }),
          inspections,
        ],
      },
      "Sở Nội vụ",
      "Văn phòng UBND tỉnh; Sở Tư pháp; Sở Thông tin và Truyền thông",
      "Tháng 5 - tháng 9/2025",
      "Báo cáo kết quả kiểm tra",
    ),
    sec("IV", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ"),
    row(
      "1",
      "Tổ chức thi tuyển công chức hành chính năm 2025",
      "Sở Nội vụ",
      "Sở Thông tin và Truyền thông",
      "Tháng 8/2025",
      "Quyết định công nhận kết quả",
    ),
    row(
      "2",
      "Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2025",
      "Sở Nội vụ",
      "Các sở, ban, ngành; UBND các huyện, thành phố",
      "Tháng 12/2025",
      "Kết quả đánh giá, xếp loại",
    ),
    row(
      "3",
      "Đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2025",
      "Sở Nội vụ",
      "Bưu điện tỉnh; UBND các huyện, thành phố",
      "Tháng 10 - 11/2025",
      "Báo cáo kết quả đo lường",
    ),
    sec("V", "CẢI CÁCH TÀI CHÍNH CÔNG"),
    row(
      "1",
      "Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập giai đoạn 2025 - 2027",
      "Sở Tài chính",
      "Sở Nội vụ; Sở Kế hoạch và Đầu tư",
      "31/3/2025",
      "Quyết định giao tự chủ",
    ),
    sec("VI", "XÂY DỰNG, PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ"),
    row(
      "1",
      "Nâng cấp Hệ thống quản lý văn bản và điều hành, bảo đảm liên thông văn bản điện tử 4 cấp chính quyền",
      "Sở Thông tin và Truyền thông",
      "Văn phòng UBND tỉnh; Viettel Lai Châu; VNPT Lai Châu",
      "Hoàn thành trước 02/9/2025",
      "Hệ thống được nâng cấp",
    ),
    row(
      "2",
      "Triển khai hệ thống hội nghị truyền hình trực tuyến đến 100% xã, phường, thị trấn",
      "Sở Thông tin và Truyền thông",
      "UBND các huyện, thành phố",
      "Năm 2025",
      "Hệ thống đưa vào sử dụng",
    ),
  ],
  { header: 2, size: 24 },
);

const appendix1 = [
  P("Phụ lục I", { center: true, bold: true, noIndent: true }),
  P("NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM NĂM 2025", { center: true, bold: true, noIndent: true }),
  P("(Kèm theo Kế hoạch số 718/KH-UBND ngày 14/3/2025 của UBND tỉnh Lai Châu)", {
    center: true,
    italic: true,
    noIndent: true,
  }),
  table1,
  P("", { pageBreakBefore: true, noIndent: true, before: 0, after: 0 }),
  table2,
];

const model = {
  numbering: [
    numbering(L, [
      ["upperRoman", "%1.", { bold: true }],
      ["decimal", "%2."],
    ]),
  ],
  sections: [
    { blocks: body, head: [P([{ page: true }], { center: true, size: 26 })], firstHead: true },
    {
      landscape: true,
      restartPages: true,
      margin: { top: 1134, bottom: 1000, left: 1134, right: 1134, header: 500, footer: 500 },
      head: [
        P(["Phụ lục I - Kế hoạch số 718/KH-UBND ngày 14/3/2025 của UBND tỉnh Lai Châu | Trang ", { page: true }], {
          right: true,
          italic: true,
          size: 20,
        }),
      ],
      foot: [P("KH 718 nhiem vu CCHC trong tam 2025 (ban hanh 14.3.2025).docx", { left: true, size: 16 })],
      blocks: appendix1,
    },
    {
      restartPages: true,
      head: [
        P(["Phụ lục II - Kế hoạch số 718/KH-UBND ngày 14/3/2025 | Trang ", { page: true }], {
          right: true,
          italic: true,
          size: 20,
        }),
      ],
      foot: [P("KH 718 nhiem vu CCHC trong tam 2025 (ban hanh 14.3.2025).docx", { left: true, size: 16 })],
      blocks: appendix2,
    },
  ],
};

const dir = folderOf("02-lai-chau-2025-landscape-split-tables-nested-cell");
await writeWord(dir, model);
writeText(dir, model);
libreOfficePdf(dir);
console.log("built", dir);

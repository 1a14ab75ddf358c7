// 01: a Thái Nguyên plan of 2026 as published on the province's portal and copied out of the web page:
// the portal's own lines around it (banner, breadcrumb, date posted, views, document properties,
// related news with their dates), non-breaking spaces, soft hyphens, zero-width spaces, one part in
// decomposed (NFD) letters, "Uỷ"/"Ủy", "hoá"/"hóa", "Sở Nội Vụ", "UBND Tỉnh", and dates spelt
// "30/ 6/2026", "30 - 9 - 2026", "30.6.2026", "31 – 10 – 2026", "trước 15/7" (no year).
// plan.pdf is the page printed by Chromium, with Chromium's running head (print date, page title)
// and foot (address, page x/y).
import { P, N, T, folderOf, writeWord, writeText, htmlBlocks, numbering } from "./lib.mjs";
import { chromiumPdf } from "./print.mjs";

const NB = "\u00A0"; // non-breaking space
const SHY = "\u00AD"; // soft hyphen
const ZW = "\u200B"; // zero-width space
const nfd = (s) => s.normalize("NFD");
const IND = NB + NB + NB + NB + " "; // the portal's indent: non-breaking spaces typed before the text

const L = "kh18"; // Word numbering of the plan's headings (plan-auto.docx)
const H1 = (label, text) => N(label, L, 0, text, { bold: true });
const H2 = (label, runs, o = {}) => N(label, L, 1, runs, o);
const H3 = (label, runs) => N(label, L, 2, runs);

const chrome = (runs, o = {}) => P(runs, { noIndent: true, left: true, ...o });

const blocks = [
  chrome("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THÁI NGUYÊN", { bold: true, cls: "banner" }),
  chrome(
    [
      { link: "https://thainguyen.gov.vn/", text: "Trang chủ" },
      " › ",
      { link: "https://thainguyen.gov.vn/chinh-quyen", text: "Chính quyền" },
      " › ",
      { link: "https://thainguyen.gov.vn/van-ban-chi-dao-dieu-hanh", text: "Văn bản chỉ đạo, điều hành" },
    ],
    { cls: "crumbs" },
  ),
  chrome(
    "Kế hoạch nâng cao Chỉ số cải cách hành chính, Chỉ số hài lòng (SIPAS) và Chỉ số PAPI tỉnh Thái Nguyên năm 2026",
    { bold: true, tag: "h1", cls: "post" },
  ),
  chrome("Ngày đăng: 23/01/2026 15:42 | Lượt xem: 1.327", { italic: true, cls: "meta" }),
  P(
    [
      { b: "(Cổng TTĐT Thái Nguyên) - " },
      `Ngày 21/01/2026, UBND tỉnh ban hành Kế hoạch số 18/KH-UBND về nâng cao Chỉ số cải cách hành chính (PAR${SHY}INDEX), Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) và Chỉ số hiệu quả quản trị và hành chính công (PAPI) năm 2026. Toàn văn Kế hoạch như sau:`,
    ],
    { cls: "lead" },
  ),
  T(
    [3800, 5271],
    [
      [
        { paras: [P("UỶ BAN NHÂN DÂN", { center: true, noIndent: true })] },
        { paras: [P("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", { center: true, bold: true, noIndent: true })] },
      ],
      [
        { paras: [P("TỈNH THÁI NGUYÊN", { center: true, bold: true, noIndent: true })] },
        { paras: [P(`Độc lập${NB}-${NB}Tự do${NB}-${NB}Hạnh phúc`, { center: true, bold: true, noIndent: true })] },
      ],
      [
        { paras: [P(`Số:${NB}18/KH-UBND`, { center: true, noIndent: true })] },
        { paras: [P(`Thái Nguyên, ngày 21 tháng 01 năm 2026`, { center: true, italic: true, noIndent: true })] },
      ],
    ],
    { layout: true, asRows: true },
  ),
  P("KẾ HOẠCH", { center: true, bold: true, noIndent: true }),
  P(
    "Nâng cao Chỉ số cải cách hành chính, Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước và Chỉ số hiệu quả quản trị và hành chính công tỉnh Thái Nguyên năm 2026",
    { center: true, bold: true, noIndent: true },
  ),
  P(
    `Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030; Quyết định số 1021/QĐ-BNV ngày 28/11/2025 của Bộ Nội vụ phê duyệt Đề án xác định Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố trực thuộc Trung ương; Kế hoạch số 245/KH-UBND ngày 26/12/2025 của UBND tỉnh về cải cách hành chính nhà nước tỉnh Thái Nguyên năm 2026;`,
  ),
  P(
    `Trên cơ sở kết quả Chỉ số cải cách hành chính năm 2025 (tỉnh Thái Nguyên xếp thứ 12/34 tỉnh, thành phố), Uỷ${NB}ban nhân dân tỉnh ban hành Kế hoạch nâng cao các chỉ số năm 2026 như sau:`,
  ),
  H1("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P(
    `${IND}- Khắc phục những tồn tại, hạn chế tại các tiêu chí, tiêu chí thành phần bị mất điểm trong năm 2025; phấn đấu năm 2026 Chỉ số cải cách hành chính của tỉnh đạt từ 90 điểm trở lên, Chỉ số SIPAS đạt trên 88%.`,
    { noIndent: true },
  ),
  P(
    `${IND}- Xác định rõ nhiệm vụ, thời hạn hoàn thành và trách nhiệm của từng cơ quan, đơn vị; gắn kết quả thực hiện với đánh giá, xếp loại người đứng đầu.`,
    { noIndent: true },
  ),
  H1("II.", "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM"),
  H2("1.", "Sở Nội Vụ", { bold: true }),
  H3("a)", `Tham mưu UBND Tỉnh ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026, hoàn thành trước 15/02.`),
  H3(
    "b)",
    `Hướng dẫn các cơ quan, đơn vị tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026 theo Bộ chỉ số mới được phê duyệt; chậm nhất ngày 30/ 6/2026.`,
  ),
  H3(
    "c)",
    `Chủ trì, phối hợp với Sở Khoa học và Công ngh${SHY}ệ, Bưu${NB}điện tỉnh tổ chức điều tra xã hội học đo lường sự hài lòng của người dân, tổ chức (SIPAS) năm 2026; xong trước 30 - 9 - 2026.`,
  ),
  H3(
    "d)",
    `Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch và đề xuất khen thưởng các cơ quan, đơn vị có chỉ số tăng bậc trước ngày 15 tháng 12.`,
  ),
  H2("2.", "Văn phòng UBND Tỉnh", { bold: true }),
  H3(
    "a)",
    `Rà soát, công bố danh mục thủ tục hành chính thực hiện trực tuyến toàn trình, trực tuyến một phần trên địa bàn tỉnh; hoàn thành 30.6.2026.`,
  ),
  H3(
    "b)",
    `Chủ trì, phối hợp với Sở Khoa học và Công nghệ nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, bảo đảm kết nối, đồng bộ với Cổng Dịch vụ công quốc gia; thời gian hoàn thành: Quý${NB}III/2026.`,
  ),
  H3(
    "c)",
    `Theo dõi, đôn đốc việc giải quyết hồ sơ thủ tục hành chính trễ hạn; báo cáo Chủ tịch UBND tỉnh hằng tháng.`,
  ),
  H2("3.", [
    { b: "Sở Tư pháp: " },
    `rà soát, hệ thống hoá văn bản quy phạm pháp luật của HĐND, UBND tỉnh Thái Nguyên và tỉnh Bắc Kạn (cũ) còn hiệu lực sau sắp xếp đơn vị hành chính từ ngày 01/7/2025; trình UBND tỉnh trước ngày${NB}01/4/2026.`,
  ]),
  H2("4.", `Sở Khoa học và Công ngh${SHY}ệ`, { bold: true }),
  H3(
    "a)",
    `Triển khai nền tảng số dùng chung phục vụ chỉ đạo, điều hành và tiếp nhận phản ánh, kiến nghị của người dân trên địa bàn toàn tỉnh; hoàn thành 31 – 10 – 2026.`,
  ),
  H3(
    "b)",
    `Tổ chức tập huấn kỹ năng số cho công chức làm việc tại Bộ phận Một cửa cấp xã trong tháng 5/2026; phối hợp với Sở${ZW} Nội Vụ, UBND cấp xã thực hiện.`,
  ),
  H2("5.", [
    { b: "Sở Tài chính: " },
    `thẩm định, tham mưu bố trí kinh phí thực hiện nhiệm vụ cải cách hành chính và đo lường sự hài lòng năm 2026, chậm nhất ngày 20/${ZW}3/2026.`,
  ]),
  H2("6.", [
    { b: "Sở Văn hoá, Thể thao và Du lịch: " },
    `xây dựng chuyên mục "Cải cách hành chính - Hướng về cơ sở" trên các nền tảng số của tỉnh; phối hợp với Báo và Phát thanh, Truyền hình Thái Nguyên thực hiện, hoàn thành trước 30/4.`,
  ]),
  H2("7.", [
    { b: "Công an Tỉnh: " },
    `kích hoạt tài khoản định danh điện tử mức độ 2 cho 100% công dân từ đủ 14 tuổi trở lên trước 15/7; phối hợp với UBND cấp xã rà soát, làm sạch dữ liệu dân cư.`,
  ]),
  H2("8.", [
    { b: "Đề nghị Uỷ ban MTTQ Việt Nam tỉnh, Hội Liên hiệp Phụ nữ tỉnh, Tỉnh đoàn: " },
    `tổ chức giám sát việc giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh và Bộ phận Một cửa cấp xã trong Quý II/2026.`,
  ]),
  H2("9.", "Các sở, ban, ngành; UBND cấp xã", { bold: true }),
  H3(
    "a)",
    `Xây dựng, ban hành kế hoạch cải cách hành chính năm 2026 của cơ quan, đơn vị, gửi về Sở Nội Vụ trước ngày 10/ 02/2026.`,
  ),
  H3("b)", `Số hoá hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực, đạt 100% trong 6 tháng đầu năm 2026.`),
  H3("c)", `Báo cáo kết quả thực hiện về Sở Nội Vụ định kỳ hằng quý, trước ngày 15 của tháng cuối quý.`),
  // This part was typed on another computer and pasted in: its letters are decomposed.
  H1("III.", nfd("TỔ CHỨC THỰC HIỆN")),
  H2(
    "1.",
    nfd(
      "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND cấp xã chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả các chỉ số thành phần thuộc lĩnh vực, địa bàn quản lý.",
    ),
  ),
  H2(
    "2.",
    nfd(
      "Giao Sở Nội Vụ theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch; tổ chức sơ kết 6 tháng đầu năm, hoàn thành trước ngày 25 - 7 - 2026.",
    ),
  ),
  P(
    nfd(
      "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội Vụ để tổng hợp, báo cáo UBND Tỉnh xem xét, quyết định./.",
    ),
  ),
  P("Nơi nhận:", { bold: true, italic: true, noIndent: true, left: true }),
  ...[
    "- Bộ Nội vụ (b/c);",
    "- TT Tỉnh uỷ, TT HĐND tỉnh (b/c);",
    "- Chủ tịch, các PCT UBND tỉnh;",
    "- Các sở, ban, ngành;",
    "- UBND các xã, phường;",
    "- Lưu: VT, NC.",
  ].map((r) => P(r, { noIndent: true, left: true, size: 22 })),
  P("TM. UỶ BAN NHÂN DÂN", { bold: true, right: true, noIndent: true }),
  P("KT. CHỦ TỊCH", { bold: true, right: true, noIndent: true }),
  P("PHÓ CHỦ TỊCH", { bold: true, right: true, noIndent: true }),
  P("(Đã ký)", { italic: true, right: true, noIndent: true }),
  P("Hoàng Văn Hùng", { bold: true, right: true, noIndent: true }),
  chrome("Thuộc tính văn bản", { bold: true, cls: "props-title" }),
  T(
    [3000, 6071],
    [
      ["Số ký hiệu", "18/KH-UBND"],
      ["Ngày ban hành", "21/01/2026"],
      ["Ngày hiệu lực", "21/01/2026"],
      ["Loại văn bản", "Kế hoạch"],
      ["Cơ quan ban hành", "Uỷ ban nhân dân tỉnh"],
      ["Người ký", "Hoàng Văn Hùng"],
      ["Tệp đính kèm", "18-KH-UBND-2026.pdf (Tải về)"],
    ],
    { cls: "props" },
  ),
  chrome("Tin liên quan", { bold: true, cls: "related-title" }),
  ...[
    "Kế hoạch kiểm tra công tác cải cách hành chính năm 2026 (29/12/2025)",
    "Công bố Chỉ số cải cách hành chính năm 2025 của các sở, ban, ngành (15/01/2026)",
    "Hướng dẫn tự đánh giá, chấm điểm Chỉ số cải cách hành chính cấp xã (08/01/2026)",
  ].map((t) => chrome(["• ", { link: "https://thainguyen.gov.vn/tin-lien-quan", text: t }], { cls: "related" })),
  chrome(
    "Bản quyền © Cổng Thông tin điện tử tỉnh Thái Nguyên. Cơ quan chủ quản: UBND tỉnh Thái Nguyên. Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này.",
    { cls: "copyright", size: 20 },
  ),
];

const model = {
  title: "Kế hoạch 18/KH-UBND - Cổng TTĐT tỉnh Thái Nguyên",
  numbering: [
    numbering(L, [
      ["upperRoman", "%1.", { bold: true }],
      ["decimal", "%2."],
      ["lowerLetter", "%3)"],
    ]),
  ],
  sections: [{ blocks }],
};

const CSS = `
body { font-family: "Liberation Serif", "Times New Roman", serif; font-size: 13.5pt; color: #222; margin: 0 6mm; }
p { margin: 4px 0; text-align: justify; line-height: 1.35; }
p.c { text-align: center; } p.r { text-align: right; } p.l, p.ni { text-indent: 0; }
.banner { background: #b3121b; color: #fff; padding: 6px 10px; font-size: 15pt; font-family: "Liberation Sans", Arial, sans-serif; }
.crumbs { font-size: 10pt; font-family: "Liberation Sans", Arial, sans-serif; color: #555; }
.crumbs a, .related a { color: #0b4f9c; text-decoration: none; }
h1.post { font-size: 17pt; color: #0b4f9c; margin: 10px 0 2px; font-family: "Liberation Sans", Arial, sans-serif; }
.meta { font-size: 10pt; color: #777; }
.lead { font-weight: normal; }
table { border-collapse: collapse; width: 100%; margin: 6px 0; }
table.layout td { vertical-align: top; }
table.layout p { margin: 1px 0; }
table.grid td, table.grid th { border: 1px solid #999; padding: 3px 6px; font-size: 11.5pt; }
.props-title, .related-title { margin-top: 16px; font-family: "Liberation Sans", Arial, sans-serif; color: #b3121b; }
.related { font-size: 11pt; }
.copyright { font-size: 9pt; color: #777; border-top: 1px solid #ccc; padding-top: 6px; margin-top: 14px; }
`;

const html = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${model.title}</title><style>${CSS}</style></head><body>
${htmlBlocks(blocks)}
</body></html>`;

const dir = folderOf("01-thai-nguyen-2026-portal-copy-odd-characters");
await writeWord(dir, model);
writeText(dir, model);
const small =
  "font-size:8px;font-family:Liberation Sans,Arial,sans-serif;width:100%;margin:0 8mm;display:flex;justify-content:space-between;";
await chromiumPdf(dir, html, {
  displayHeaderFooter: true,
  headerTemplate: `<div style="${small}"><span>23/01/2026, 16:05</span><span>${model.title}</span></div>`,
  footerTemplate: `<div style="${small}"><span>https://thainguyen.gov.vn/van-ban-chi-dao-dieu-hanh/-/asset_publisher/kh-18-kh-ubnd-2026</span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>`,
  margin: { top: "14mm", bottom: "14mm", left: "10mm", right: "10mm" },
});
console.log("built", dir);

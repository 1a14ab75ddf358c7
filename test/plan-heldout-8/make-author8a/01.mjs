// 01: a Kế hoạch of the merged Thái Nguyên (52/KH-UBND, 10/3/2026) whose tasks sit in a Word table with
// ONE ROW PER UNIT: STT | Cơ quan, đơn vị | Nhiệm vụ và thời hạn hoàn thành, the third cell holding the
// unit's tasks as a bulleted list, each bullet with its own date in its own wording. plan-auto.docx draws
// the bullets with a Word bullet list inside the cells, plan-typed.docx types "- "; plan.txt is the text
// as Word's "Plain Text" writes it: a cell's paragraphs separated by line breaks, so a row's first task
// follows its unit after a tab and its next tasks stand on lines of their own. plan.pdf: LibreOffice.
import { P, T, C, headerBlock, signature, folderOf, writeWordAndText, libreOfficePdf } from "./model.mjs";

const DIR = folderOf("01-thai-nguyen-2026-unit-rows-bulleted-tasks");

const lists = {
  roman: [{ fmt: "upperRoman", text: "%1.", bold: true }],
  subI: [{ fmt: "decimal", text: "%1.", bold: true }],
  subII: [{ fmt: "decimal", text: "%1." }],
  subIV: [{ fmt: "decimal", text: "%1." }],
  dash: [{ fmt: "bullet", text: "-", indent: { left: 0, first: 567 } }],
  cellDash: [{ fmt: "bullet", text: "-", indent: { left: 0, first: 0 } }],
};
const H1 = (label, text) => P(text, { label, num: { list: "roman", lvl: 0 }, bold: true, keepNext: true });
const H2 = (label, text) => P(text, { label, num: { list: "subI", lvl: 0 }, bold: true, keepNext: true });
// the numbered sentences of sections II and IV, each section its own Word list
const N2a = (label, text) => P(text, { label, num: { list: "subII", lvl: 0 } });
const N2b = (label, text) => P(text, { label, num: { list: "subIV", lvl: 0 } });
const D = (text) => P(text, { label: "-", num: { list: "dash", lvl: 0 } });
const task = (text) => P(text, { label: "-", num: { list: "cellDash", lvl: 0 }, align: "both" });

// one row per unit: [STT, unit, [tasks]]
const UNITS = [
  [
    "1",
    "Sở Nội vụ (cơ quan thường trực)",
    [
      "Tham mưu UBND tỉnh ban hành Quy định đánh giá, xác định Chỉ số cải cách hành chính của các sở, ban, ngành và UBND các xã, phường năm 2026; hoàn thành trước ngày 31/3/2026.",
      "Chủ trì, phối hợp với Văn phòng UBND tỉnh, Bưu điện tỉnh tổ chức điều tra xã hội học đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2026; xong trước 30/9/2026.",
      "Kiểm tra công tác cải cách hành chính, công vụ tại ít nhất 15 cơ quan, đơn vị cấp tỉnh và 30 xã, phường, chia làm 02 đợt: đợt 1 trong tháng 6/2026, đợt 2 trong tháng 10/2026.",
      "Theo dõi, đôn đốc việc thực hiện Kế hoạch; định kỳ hằng quý tổng hợp, báo cáo UBND tỉnh.",
      "Tổng hợp kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026 của tỉnh, trình UBND tỉnh gửi Bộ Nội vụ chậm nhất ngày 15/01/2027.",
    ],
  ],
  [
    "2",
    "Văn phòng UBND tỉnh",
    [
      "Chủ trì, phối hợp với Trung tâm Phục vụ hành chính công tỉnh rà soát, tham mưu Chủ tịch UBND tỉnh công bố danh mục thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình; hoàn thành trong tháng 4/2026.",
      "Phối hợp với Sở Khoa học và Công nghệ nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, bảo đảm kết nối, chia sẻ dữ liệu với Cổng Dịch vụ công quốc gia (thời hạn: trước 30/6/2026).",
      "Tham mưu tổ chức Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với người dân, doanh nghiệp về giải quyết thủ tục hành chính; thời gian: Quý III/2026.",
    ],
  ],
  [
    "3",
    "Sở Tư pháp",
    [
      "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh Thái Nguyên và tỉnh Bắc Kạn (cũ) ban hành còn hiệu lực, tham mưu bãi bỏ, thay thế văn bản không còn phù hợp; hoàn thành 15/5/2026.",
      "Trước ngày 20/6/2026, báo cáo UBND tỉnh kết quả theo dõi tình hình thi hành pháp luật về xử lý vi phạm hành chính 6 tháng đầu năm 2026.",
    ],
  ],
  [
    "4",
    "Sở Khoa học và Công nghệ",
    [
      "Chủ trì triển khai Nền tảng số dùng chung của tỉnh phục vụ chỉ đạo, điều hành; đưa vào vận hành chính thức trong Quý II/2026.",
      "Hướng dẫn các cơ quan, đơn vị tự đánh giá Chỉ số chuyển đổi số (DTI) năm 2026; ban hành văn bản hướng dẫn trong tháng 8/2026.",
      "Phối hợp với Công an tỉnh làm sạch, đồng bộ dữ liệu dân cư với các cơ sở dữ liệu chuyên ngành phục vụ giải quyết thủ tục hành chính; hoàn thành tháng 5/2026.",
    ],
  ],
  [
    "5",
    "Sở Tài chính",
    [
      "Thẩm định, tham mưu bố trí kinh phí thực hiện nhiệm vụ cải cách hành chính năm 2026 của các cơ quan, đơn vị; trước ngày 20/3/2026.",
      "Chủ trì, phối hợp với Thuế tỉnh, Bảo hiểm xã hội tỉnh rút ngắn thời gian đăng ký doanh nghiệp, đăng ký thay đổi nội dung đăng ký doanh nghiệp xuống còn 02 ngày làm việc; hoàn thành trong 6 tháng đầu năm 2026.",
    ],
  ],
  [
    "6",
    "Sở Văn hóa, Thể thao và Du lịch",
    [
      "Tổ chức Cuộc thi trực tuyến tìm hiểu về cải cách hành chính, chuyển đổi số năm 2026; tổng kết, trao giải trước ngày 02/9/2026.",
      "Chỉ đạo hệ thống thông tin cơ sở tuyên truyền về cải cách hành chính; thực hiện thường xuyên.",
    ],
  ],
  [
    "7",
    "Báo và Phát thanh, Truyền hình Thái Nguyên",
    [
      "Xây dựng, duy trì chuyên mục “Cải cách hành chính vì nhân dân phục vụ” trên báo in, báo điện tử và sóng phát thanh, truyền hình; phát sóng số đầu tiên chậm nhất ngày 18/4/2026.",
    ],
  ],
  [
    "8",
    "Công an tỉnh",
    [
      "Phối hợp với Sở Tư pháp và UBND các xã, phường làm sạch dữ liệu hộ tịch, cư trú phục vụ cấp Phiếu lý lịch tư pháp trên ứng dụng VNeID; xong trước ngày 15/6/2026.",
      "Kích hoạt tài khoản định danh điện tử mức độ 2 cho ít nhất 90% công dân từ đủ 14 tuổi trở lên trên địa bàn tỉnh (Quý III/2026).",
    ],
  ],
  [
    "9",
    "Các sở, ban, ngành tỉnh",
    [
      "Xây dựng, ban hành kế hoạch cải cách hành chính năm 2026 của cơ quan, đơn vị, gửi Sở Nội vụ trước ngày 25/3/2026.",
      "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026 của cơ quan, đơn vị trên Phần mềm, kèm tài liệu kiểm chứng; hoàn thành trước ngày 10/12/2026.",
      "Báo cáo công tác cải cách hành chính định kỳ quý, 6 tháng, năm theo quy định (trước ngày 15 của tháng cuối kỳ báo cáo).",
    ],
  ],
  [
    "10",
    "UBND các xã, phường",
    [
      "Kiện toàn Bộ phận Một cửa, bố trí công chức có đủ năng lực làm việc tại Bộ phận Một cửa; chậm nhất ngày 30/4/2026.",
      "Tổ chức tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026 của UBND xã, phường; hoàn thành trước ngày 15/12/2026.",
      "Niêm yết, công khai đầy đủ, kịp thời thủ tục hành chính tại Bộ phận Một cửa và trên Trang thông tin điện tử; thực hiện thường xuyên.",
    ],
  ],
  [
    "11",
    "Hiệp hội Doanh nghiệp tỉnh",
    [
      "Phối hợp với Sở Tài chính khảo sát mức độ hài lòng của doanh nghiệp đối với việc giải quyết thủ tục hành chính về đầu tư, đất đai, xây dựng; hoàn thành Tháng 11/2026.",
    ],
  ],
];

const table = T(
  [700, 2350, 6021],
  [
    ["STT", "Cơ quan, đơn vị", "Nhiệm vụ và thời hạn hoàn thành"].map((h) => C(h, { bold: true })),
    ...UNITS.map(([n, unit, tasks]) => [
      C(n),
      { blocks: [P(unit, { align: "left", bold: true })] },
      { blocks: tasks.map(task) },
    ]),
  ],
  { header: 1, size: 26, cellLines: true },
);

const blocks = [
  headerBlock(["ỦY BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN"], "Số: 52/KH-UBND", "Thái Nguyên, ngày 10 tháng 3 năm 2026"),
  P("KẾ HOẠCH", { align: "center", bold: true, indent: { first: 0 }, spacing: { before: 360, after: 0 } }),
  P(
    "Triển khai nhiệm vụ cải cách hành chính, nâng cao Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng của người dân, tổ chức (SIPAS) tỉnh Thái Nguyên năm 2026",
    { align: "center", bold: true, indent: { first: 0 }, spacing: { before: 0, after: 240 } },
  ),
  P(
    "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;",
  ),
  P(
    "Căn cứ Công văn số 1120/BNV-CCHC ngày 20/02/2026 của Bộ Nội vụ về việc triển khai xác định Chỉ số cải cách hành chính năm 2026 của các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố trực thuộc Trung ương;",
  ),
  P(
    "Căn cứ Quyết định số 3215/QĐ-UBND ngày 26/12/2025 của UBND tỉnh ban hành Kế hoạch cải cách hành chính tỉnh Thái Nguyên năm 2026;",
  ),
  P("Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai như sau:"),
  H1("I.", "MỤC ĐÍCH, YÊU CẦU"),
  H2("1.", "Mục đích"),
  D(
    "Khắc phục tồn tại, hạn chế được chỉ ra qua kết quả Chỉ số cải cách hành chính, Chỉ số SIPAS năm 2025; phấn đấu Chỉ số cải cách hành chính năm 2026 của tỉnh thuộc nhóm 20 tỉnh, thành phố dẫn đầu cả nước.",
  ),
  D(
    "Đến ngày 31/12/2026, 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; mức độ hài lòng của người dân, tổ chức đạt trên 90%.",
  ),
  H2("2.", "Yêu cầu"),
  D(
    "Phân công cụ thể nhiệm vụ, thời hạn hoàn thành và trách nhiệm của từng cơ quan, đơn vị; nhiệm vụ của cơ quan nào được ghi tại hàng của cơ quan đó trong bảng tại Mục III.",
  ),
  D(
    "Cơ quan được giao nhiệm vụ chủ động phối hợp với các cơ quan liên quan; nhiệm vụ ghi “phối hợp với” cơ quan khác do cơ quan đứng tên tại hàng đó chủ trì thực hiện.",
  ),
  H1("II.", "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM"),
  N2a(
    "1.",
    "Nâng cao vai trò, trách nhiệm của người đứng đầu cơ quan, đơn vị trong chỉ đạo, điều hành công tác cải cách hành chính; gắn kết quả cải cách hành chính với đánh giá, xếp loại cán bộ, công chức.",
  ),
  N2a(
    "2.",
    "Đẩy mạnh cải cách thủ tục hành chính, cung cấp dịch vụ công trực tuyến toàn trình, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; nâng cao chất lượng phục vụ tại Bộ phận Một cửa các cấp.",
  ),
  N2a(
    "3.",
    "Tăng cường thông tin, tuyên truyền để người dân, tổ chức biết, tham gia giám sát và đánh giá sự phục vụ của cơ quan hành chính nhà nước.",
  ),
  H1("III.", "PHÂN CÔNG NHIỆM VỤ CỤ THỂ"),
  P("Nhiệm vụ của từng cơ quan, đơn vị và thời hạn hoàn thành như sau:"),
  table,
  H1("IV.", "TỔ CHỨC THỰC HIỆN"),
  N2b(
    "1.",
    "Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND cấp xã chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện nhiệm vụ được phân công tại Mục III; kết quả thực hiện là căn cứ đánh giá, xếp loại mức độ hoàn thành nhiệm vụ năm 2026.",
  ),
  N2b(
    "2.",
    "Sở Nội vụ theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp khó khăn, vướng mắc, báo cáo UBND tỉnh.",
  ),
  P(
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ (qua Phòng Cải cách hành chính, điện thoại 0208.3855.216) để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./.",
  ),
  signature(
    [
      "- Bộ Nội vụ (b/c);",
      "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
      "- Chủ tịch, các PCT UBND tỉnh;",
      "- Các sở, ban, ngành tỉnh;",
      "- UBND các xã, phường;",
      "- Trung tâm Phục vụ hành chính công tỉnh;",
      "- Lưu: VT, NC.",
    ],
    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Lê Quang Tiến"],
  ),
];

const model = {
  title: "Kế hoạch 52/KH-UBND",
  lists,
  sections: [{ blocks, firstPlain: true, foot: [P([{ page: true }])] }],
};

await writeWordAndText(DIR, model);
libreOfficePdf(DIR);
console.log("01 written to", DIR);

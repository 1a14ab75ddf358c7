// 05: Thái Nguyên (before the reorganisation: districts, old departments), UBND tỉnh, Kế hoạch 52/KH-UBND ngày
// 07/3/2024, nâng cao Chỉ số cải cách hành chính (PAR Index) năm 2024. Habit: THE LEAD CELL NAMES SEVERAL LEADS, EACH
// WITH ITS OWN PART OF THE TASK: "Sở Nội vụ (kiểm tra công tác CCHC chung); Sở Tư pháp (kiểm tra công tác văn bản
// QPPL); …", or one dash line per lead "- Sở Tư pháp: lĩnh vực cải cách thể chế;", or two leads sharing one bracket.
// The row stays ONE task led by every unit named; the brackets and the words after the colon divide the work among
// them and are neither units nor part of the title. Printed by LibreOffice.
import { P, buildDoc, lister, task, read, head, sign, tt, dirOf } from "./common.mjs";

const ID = "05-thai-nguyen-2024-lead-cell-several-leads-each-own-part-in-brackets-or-colon-dash-lines-one-task";
const DIR = dirOf(ID, import.meta.url);
const NV = "Sở Nội vụ", TP = "Sở Tư pháp", VP = "Văn phòng UBND tỉnh", TC = "Sở Tài chính";
const TT = "Sở Thông tin và Truyền thông", KH = "Sở Kế hoạch và Đầu tư", TN = "Sở Tài nguyên và Môi trường";
const TTr = "Thanh tra tỉnh", BD = "Bưu điện tỉnh", DEP = "@departments", DIS = "@districts";
const SBN = "Các sở, ban, ngành", HUY = "UBND các huyện, thành phố";

const R = lister("roman", "parts", { bold: true, indent: false });
const n2 = lister("decimal", "ii");
const n3 = lister("decimal", "iii");

const rows = (auto) => {
  let n = 0;
  const T = (what, lead, partners, time) => [tt(auto, n += 1), what, lead, partners, { text: time, align: "center" }];
  return [
    ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
    T("Xây dựng, ban hành kế hoạch khắc phục hạn chế, nâng cao Chỉ số CCHC năm 2024 của cơ quan, đơn vị",
      `${SBN}; ${HUY}`, NV, "Trước ngày 31/3/2024"),
    T("Hướng dẫn, theo dõi, đôn đốc việc thực hiện các tiêu chí, tiêu chí thành phần của Chỉ số CCHC theo lĩnh vực " +
      "được phân công",
    "- Sở Nội vụ: lĩnh vực cải cách tổ chức bộ máy, cải cách chế độ công vụ;\n- Sở Tư pháp: lĩnh vực cải cách thể " +
      "chế;\n- Văn phòng UBND tỉnh: lĩnh vực cải cách thủ tục hành chính;\n- Sở Tài chính: lĩnh vực cải cách tài chính " +
      "công;\n- Sở Thông tin và Truyền thông: lĩnh vực xây dựng, phát triển Chính quyền điện tử, Chính quyền số.",
    `${SBN}; ${HUY}`, "Quý II/2024"),
    T("Rà soát, đánh giá chất lượng văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành năm 2023", TP,
      SBN, "Tháng 9/2024"),
    T("Công bố, công khai danh mục thủ tục hành chính mới ban hành, sửa đổi, bổ sung, bãi bỏ",
      "Văn phòng UBND tỉnh (tham mưu Chủ tịch UBND tỉnh công bố); các sở, ban, ngành, UBND các huyện, thành phố " +
      "(niêm yết, công khai tại Bộ phận Một cửa)", TT, "Trước ngày 30/4/2024"),
    T("Triển khai các giải pháp nâng cao Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành " +
      "chính nhà nước (SIPAS) năm 2024",
    "Sở Nội vụ (tổ chức điều tra xã hội học); UBND các huyện, thành phố (tuyên truyền, hướng dẫn người dân được " +
      "chọn khảo sát tại địa phương)", BD, "Tháng 10/2024"),
    T("Thực hiện cơ chế một cửa liên thông đối với thủ tục hành chính lĩnh vực đất đai",
      "Sở Tài nguyên và Môi trường (thủ tục thuộc thẩm quyền cấp tỉnh); UBND các huyện, thành phố (thủ tục thuộc " +
      "thẩm quyền cấp huyện)", VP, "Ngày 15/5/2024"),
    T("Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập giai đoạn 2024 - 2026",
      "Sở Tài chính (đối với đơn vị sự nghiệp thuộc các sở, ngành); UBND các huyện, thành phố (đối với đơn vị sự " +
      "nghiệp thuộc cấp huyện)", NV, "Quý III/2024"),
    T("Tham mưu bố trí vốn đầu tư công và kinh phí chi thường xuyên thực hiện nhiệm vụ CCHC năm 2025",
      "Sở Kế hoạch và Đầu tư (vốn đầu tư công); Sở Tài chính (kinh phí chi thường xuyên)", `${NV}; các sở, ban, ngành`,
      "Trước ngày 15/11/2024"),
    T("Cung cấp dịch vụ công trực tuyến toàn trình; nâng tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết " +
      "trực tuyến đạt trên 50%", TT, `${VP}; ${SBN}; ${HUY}`, "Tháng 6/2024"),
    T("Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị năm 2024",
      "Sở Nội vụ (kiểm tra công tác CCHC chung); Sở Tư pháp (kiểm tra công tác văn bản QPPL); Văn phòng UBND tỉnh " +
      "(kiểm tra việc giải quyết TTHC)", `${TTr}; ${TT}`, "Từ tháng 8 đến tháng 10/2024"),
    T("Tuyên truyền về cải cách hành chính trên các phương tiện thông tin đại chúng",
      "- Sở Thông tin và Truyền thông: hướng dẫn các cơ quan báo chí;\n- Báo Thái Nguyên, Đài Phát thanh - Truyền " +
      "hình tỉnh: mở chuyên mục \"Cải cách hành chính\".", NV, "Thường xuyên"),
    T("Tự đánh giá, chấm điểm Chỉ số CCHC năm 2024, gửi kết quả và tài liệu kiểm chứng về Sở Nội vụ",
      `${SBN}; ${HUY}`, "", "Trước ngày 10/01/2025"),
  ];
};

const body = (auto) => [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 52/KH-UBND", "Thái Nguyên, ngày 07 tháng 3 năm 2024", "KẾ HOẠCH",
    "Nâng cao Chỉ số cải cách hành chính của tỉnh Thái Nguyên năm 2024"),
  P("Căn cứ Quyết định số 1124/QĐ-BNV ngày 29/12/2023 của Bộ Nội vụ phê duyệt Đề án xác định Chỉ số cải cách hành " +
    "chính của các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố trực thuộc Trung ương; căn cứ kết quả Chỉ số CCHC " +
    "năm 2023 của tỉnh, UBND tỉnh ban hành Kế hoạch nâng cao Chỉ số cải cách hành chính năm 2024 như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  n2("1.", "Khắc phục những tồn tại, hạn chế được chỉ ra qua kết quả Chỉ số CCHC năm 2023; phấn đấu Chỉ số CCHC năm " +
    "2024 của tỉnh thuộc nhóm 15 tỉnh, thành phố dẫn đầu cả nước."),
  n2("2.", "Xác định rõ nhiệm vụ, trách nhiệm của từng cơ quan, đơn vị; gắn trách nhiệm người đứng đầu với kết quả " +
    "thực hiện các tiêu chí được giao."),
  R("II.", "NHIỆM VỤ CỤ THỂ"),
  P("Nhiệm vụ có từ hai cơ quan chủ trì trở lên thì mỗi cơ quan chủ trì phần việc ghi tại cột Cơ quan chủ trì và chịu " +
    "trách nhiệm về kết quả phần việc của mình:"),
  { t: "table", widths: [700, 3200, 2650, 1600, 1300], header: 1, rows: rows(auto) },
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  n3("1.", "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố chịu trách nhiệm trước Chủ tịch UBND " +
    "tỉnh về kết quả các tiêu chí, tiêu chí thành phần thuộc lĩnh vực, địa bàn quản lý."),
  n3("2.", "Sở Nội vụ theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; tổng hợp kết quả thực hiện, báo cáo " +
    "UBND tỉnh trước ngày 20/12/2024."),
  n3("3.", "Định kỳ hằng quý, các cơ quan, đơn vị lồng ghép kết quả thực hiện Kế hoạch vào báo cáo công tác cải cách " +
    "hành chính gửi Sở Nội vụ./."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành", "UBND các huyện, thành phố", "Báo Thái Nguyên, Đài PT-TH tỉnh"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đặng Xuân Trường"),
];

const tasks = [
  read("'Trước ngày 31/3/2024' 30/3 Sat -> 01/4 Mon; one lead cell of two groups",
    task("1", "Xây dựng, ban hành kế hoạch khắc phục hạn chế, nâng cao Chỉ số CCHC năm 2024 của cơ quan, đơn vị",
      "2024-03-30", [DEP, DIS], [NV])),
  read("'Quý II/2024' 30/6 Sun -> 01/7 Mon; FIVE dash lines 'Sở X: lĩnh vực …' in the lead cell: five leads of one " +
    "task, the fields after the colons are their parts",
  task("2", "Hướng dẫn, theo dõi, đôn đốc việc thực hiện các tiêu chí, tiêu chí thành phần của Chỉ số CCHC theo " +
      "lĩnh vực được phân công", "2024-06-30", [NV, TP, VP, TC, TT], [DEP, DIS])),
  read("'Tháng 9/2024' 30/9 Mon",
    task("3", "Rà soát, đánh giá chất lượng văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành năm 2023",
      "2024-09-30", [TP], [DEP])),
  read("'Trước ngày 30/4/2024' 29/4 Mon, a day off with 30/4 and 01/5 -> 02/5 Thu; leads VP UBND tỉnh (its part in " +
    "brackets) and the two groups sharing one bracket; the Chủ tịch UBND tỉnh inside the bracket is no unit",
  task("4", "Công bố, công khai danh mục thủ tục hành chính mới ban hành, sửa đổi, bổ sung, bãi bỏ", "2024-04-29",
    [VP, DEP, DIS], [TT])),
  read("'Tháng 10/2024' 31/10 Thu; two leads each with its part in brackets",
    task("5", "Triển khai các giải pháp nâng cao Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ " +
      "quan hành chính nhà nước (SIPAS) năm 2024", "2024-10-31", [NV, DIS], [BD])),
  read("'Ngày 15/5/2024' Wed; Sở TN&MT (cấp tỉnh) and the districts (cấp huyện) lead",
    task("6", "Thực hiện cơ chế một cửa liên thông đối với thủ tục hành chính lĩnh vực đất đai", "2024-05-15",
      [TN, DIS], [VP])),
  read("'Quý III/2024' 30/9 Mon; Sở Tài chính and the districts lead, each for its own units",
    task("7", "Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập giai đoạn 2024 - 2026", "2024-09-30",
      [TC, DIS], [NV])),
  read("'Trước ngày 15/11/2024' 14/11 Thu; Sở KH&ĐT (vốn đầu tư công) and Sở Tài chính (chi thường xuyên) lead; " +
    "'các sở, ban, ngành' after Sở Nội vụ = @departments",
  task("8", "Tham mưu bố trí vốn đầu tư công và kinh phí chi thường xuyên thực hiện nhiệm vụ CCHC năm 2025",
    "2024-11-14", [KH, TC], [NV, DEP])),
  read("'Tháng 6/2024' 30/6 Sun -> 01/7 Mon; one lead",
    task("9", "Cung cấp dịch vụ công trực tuyến toàn trình; nâng tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, " +
      "giải quyết trực tuyến đạt trên 50%", "2024-06-30", [TT], [VP, DEP, DIS])),
  read("'Từ tháng 8 đến tháng 10/2024' a range: its end 31/10 Thu; three leads, each inspecting its own field",
    task("10", "Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị năm 2024", "2024-10-31", [NV, TP, VP],
      [TTr, TT])),
  read("'Trước ngày 10/01/2025' 09/01/2025 Thu; no coordinator; Sở Nội vụ receives the results (a recipient)",
    task("12", "Tự đánh giá, chấm điểm Chỉ số CCHC năm 2024, gửi kết quả và tài liệu kiểm chứng về Sở Nội vụ",
      "2025-01-09", [DEP, DIS])),
  read("Part III item 2, 'báo cáo UBND tỉnh trước ngày 20/12/2024' 19/12 Thu; UBND tỉnh the recipient",
    task("III.2", "tổng hợp kết quả thực hiện, báo cáo UBND tỉnh", "2024-12-19", [NV])),
];

await buildDoc(DIR, {
  typed: body(false),
  auto: body(true),
  printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 52/KH-UBND of UBND tỉnh Thái Nguyên (before the reorganisation), 07/3/2024, nâng cao Chỉ số CCHC " +
      "năm 2024; a body task table STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành (STT " +
      "1-12 = ref). HABIT: THE LEAD CELL NAMES SEVERAL LEADS, EACH WITH ITS OWN PART OF THE TASK, in brackets after " +
      "each unit ('Sở Nội vụ (kiểm tra công tác CCHC chung); Sở Tư pháp (kiểm tra công tác văn bản QPPL); …'), as one " +
      "dash line per lead ('- Sở Tư pháp: lĩnh vực cải cách thể chế;'), or two groups sharing one bracket. The body " +
      "above the table says each lead answers for its own part. The row is ONE task and every unit named in the lead " +
      "cell leads; the words in brackets or after the colon divide the work and are neither units nor the title. " +
      "Row 11 'Thường xuyên' (two leads in dash lines): no task. Part III: III.2 dated; III.1, III.3 undated or " +
      "quarterly. 'Các sở, ban, ngành' = @departments, 'UBND các huyện, thành phố' = @districts; Báo Thái Nguyên and " +
      "Bưu điện tỉnh are the directory's. Each task's reading is in its style. PDF: LibreOffice.",
    province: "Thái Nguyên",
    plan: { number: "52/KH-UBND", date: "2024-03-07" },
    tasks,
    unresolved: [],
    successors: [],
  },
});

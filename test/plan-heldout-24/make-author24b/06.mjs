// 06: Thái Nguyên, Sở Nội vụ (after the reorganisation), 16/3/2026 — public-service inspection, discipline and
// ethics plan, typed in WPS Office: every line cut into runs of one to three words (each with full properties,
// w:hint="eastAsia", lang zh-CN), indents made with a leading tab instead of a first-line indent, empty paragraphs
// as spacing, one numbering definition per numbered paragraph (its own abstractNum starting at its own number:
// in plan-auto "2." is a list of one item that starts at 2), a table grid of equal columns that does not match the
// cells' widths; docProps/app.xml names WPS Office. plan-typed types the numbers. plan.pdf: LibreOffice from
// plan-auto.docx (in place of WPS's own export).
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "06-thai-nguyen-2026-wps-office-docx-tiny-runs-per-paragraph-lists";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const VPS = "Văn phòng Sở";
const CCHC = "Phòng Cải cách hành chính";
const CCVC = "Phòng Công chức, viên chức";
const TTPV = "Trung tâm Phục vụ hành chính công tỉnh";
const CD = "Công đoàn cơ sở Sở Nội vụ";
const TCT = "Trường Chính trị tỉnh";
const DKT = "Đoàn kiểm tra công vụ của Sở";
const TT = "Thanh tra tỉnh";
const VPU = "Văn phòng UBND tỉnh";

let order = 0;
const num = (kind, n, text, extra = {}) => ({ t: "p", num: kind === "roman" ? `${"I II III IV".split(" ")[n - 1]}.` :
  `${n}.`, text, list: { kind, inst: "w" + order++, n }, ...extra });
const sec = (n, text) => num("roman", n, text, { bold: true, indent: false });
const item = (n, text) => num("decimal", n, text);
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });
const gap = { t: "p", text: "", indent: false };

// [STT, unit inspected, focus, time, lead, coordinator, due | null]
const ROWS = [
  ["1", "Phòng Tổ chức bộ máy, Phòng Cải cách hành chính (nội bộ Sở)", "Chấp hành giờ làm việc, quy chế làm " +
    "việc, văn hóa công sở", "Tháng 5/2026", DKT, VPS, "2026-05-31"],
  ["2", "UBND phường Phan Đình Phùng", "Giải quyết thủ tục hành chính lĩnh vực nội vụ; tinh thần, thái độ phục " +
    "vụ", "Trước ngày 20/6/2026", DKT, TT, "2026-06-19"],
  ["3", "UBND xã Đại Từ", "Quản lý, sử dụng công chức cấp xã; thực hiện Quy tắc ứng xử", "Tháng 8/2026", DKT, CCHC,
    "2026-08-31"],
  ["4", "Trung tâm Phục vụ hành chính công tỉnh", "Tiếp nhận, trả kết quả; đánh giá sự hài lòng (SIPAS)",
    "Quý IV/2026", DKT, VPU, "2026-12-31"],
  ["5", "Cơ quan, đơn vị có phản ánh, kiến nghị", "Theo nội dung phản ánh", "Đột xuất", DKT, TT, null],
];
const W = [600, 2500, 2700, 1300, 1500, 1500];
const rows = [["STT", "Đơn vị được kiểm tra", "Nội dung trọng tâm", "Thời gian", "Chủ trì", "Phối hợp"],
  ...ROWS.map((r) => [{ text: r[0], align: "center" }, r[1], r[2], { text: r[3], align: "center" }, r[4], r[5]])];

const blocks = [
  ...head("UBND TỈNH THÁI NGUYÊN\nSỞ NỘI VỤ", "Số: 58/KH-SNV", "Thái Nguyên, ngày 16 tháng 3 năm 2026",
    "KẾ HOẠCH", "Kiểm tra công vụ, siết chặt kỷ luật, kỷ cương hành chính và nâng cao đạo đức công vụ năm 2026"),
  gap,
  plain("Thực hiện Chỉ thị số 26/CT-TTg ngày 05/9/2016 của Thủ tướng Chính phủ về tăng cường kỷ luật, kỷ cương " +
    "trong các cơ quan hành chính nhà nước các cấp; Kế hoạch cải cách hành chính năm 2026 của UBND tỉnh Thái " +
    "Nguyên, Sở Nội vụ xây dựng Kế hoạch thực hiện như sau:"),
  gap,
  sec(1, "MỤC ĐÍCH, YÊU CẦU"),
  item(1, "Nâng cao ý thức trách nhiệm, đạo đức công vụ, tinh thần thái độ phục vụ Nhân dân của công chức, viên " +
    "chức, người lao động thuộc Sở; kịp thời chấn chỉnh những hạn chế, vi phạm."),
  item(2, "Việc kiểm tra bảo đảm khách quan, đúng quy định, không gây phiền hà cho đơn vị được kiểm tra."),
  gap,
  sec(2, "NHIỆM VỤ CỤ THỂ"),
  item(1, "Phổ biến, quán triệt Quy tắc ứng xử của cán bộ, công chức, viên chức và các quy định về đạo đức công " +
    "vụ đến 100% công chức, viên chức của Sở. Văn phòng Sở chủ trì; hoàn thành trong tháng 4/2026."),
  item(2, "Rà soát, cập nhật và công khai quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền của Sở " +
    "tại Trung tâm Phục vụ hành chính công tỉnh. Phòng Cải cách hành chính chủ trì, phối hợp với Văn phòng Sở " +
    "thực hiện trước ngày 15/5/2026."),
  item(3, "Văn phòng Sở tham mưu Giám đốc Sở ban hành Quy chế văn hóa công sở (sửa đổi) phù hợp với tổ chức bộ " +
    "máy mới của Sở, chậm nhất ngày 29/5/2026."),
  item(4, "Các phòng, đơn vị thực hiện đánh giá, xếp loại chất lượng công chức, viên chức hằng tháng trên phần " +
    "mềm quản lý văn bản và điều hành."),
  item(5, "Tổ chức khảo sát sự hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính " +
    "thuộc thẩm quyền của Sở. Phòng Cải cách hành chính chủ trì, phối hợp với Trung tâm Phục vụ hành chính công " +
    "tỉnh, thực hiện trong quý III/2026."),
  item(6, "Kiện toàn Đoàn kiểm tra công vụ của Sở: đã hoàn thành (Quyết định số 41/QĐ-SNV ngày 02/3/2026)."),
  item(7, "Tổ chức hội nghị đối thoại giữa Giám đốc Sở với công chức, viên chức và người lao động về đạo đức " +
    "công vụ, văn hóa công sở. Văn phòng Sở chủ trì, phối hợp với Công đoàn cơ sở Sở Nội vụ; thời gian trong " +
    "tháng 7/2026."),
  item(8, "Bồi dưỡng kỹ năng giao tiếp, ứng xử cho công chức làm việc tại bộ phận một cửa. Phòng Công chức, viên " +
    "chức chủ trì, phối hợp với Trường Chính trị tỉnh; hoàn thành trước ngày 30/10/2026."),
  gap,
  sec(3, "LỊCH KIỂM TRA CÔNG VỤ"),
  { t: "table", widths: W, header: 1, rows },
  sec(4, "TỔ CHỨC THỰC HIỆN"),
  item(1, "Trưởng các phòng, đơn vị thuộc Sở quán triệt, tổ chức thực hiện Kế hoạch; thường xuyên tự kiểm tra việc " +
    "chấp hành kỷ luật, kỷ cương tại đơn vị."),
  item(2, "Phòng Cải cách hành chính theo dõi, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Giám đốc Sở trước " +
    "ngày 05/12/2026."),
  item(3, "Văn phòng Sở bảo đảm kinh phí, phương tiện phục vụ hoạt động của Đoàn kiểm tra công vụ."),
  gap,
  ...sign(["UBND tỉnh (b/c)", "Giám đốc, các PGĐ Sở", "Các phòng, đơn vị thuộc Sở", "Đăng Trang TTĐT Sở"],
    "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Ma Thị Hồng Nhung"),
];

const tasks = [
  task("II.1", "Phổ biến, quán triệt Quy tắc ứng xử và các quy định về đạo đức công vụ đến 100% công chức, viên " +
    "chức của Sở", "2026-04-30", [VPS]),
  task("II.2", "Rà soát, cập nhật, công khai quy trình nội bộ giải quyết thủ tục hành chính của Sở", "2026-05-14",
    [CCHC], [VPS]),
  task("II.3", "Tham mưu ban hành Quy chế văn hóa công sở (sửa đổi)", "2026-05-29", [VPS]),
  task("II.5", "Khảo sát sự hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính của Sở",
    "2026-09-30", [CCHC], [TTPV]),
  task("II.7", "Tổ chức hội nghị đối thoại giữa Giám đốc Sở với công chức, viên chức, người lao động về đạo đức " +
    "công vụ", "2026-07-31", [VPS], [CD]),
  task("II.8", "Bồi dưỡng kỹ năng giao tiếp, ứng xử cho công chức bộ phận một cửa", "2026-10-29", [CCVC], [TCT]),
  ...ROWS.filter((r) => r[6]).map((r) => task(r[0], `Kiểm tra công vụ tại ${r[1]}: ${r[2]}`, r[6], [r[4]], [r[5]])),
  task("IV.2", "Tổng hợp kết quả thực hiện Kế hoạch, báo cáo Giám đốc Sở", "2026-12-04", [CCHC]),
];

const x = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const extra = {
  parts: { "docProps/app.xml": `${x}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/` +
    'extended-properties"><Template>Normal</Template><Pages>3</Pages><Application>WPS Office_12.2.0.21931_' +
    "F1E327BC-269C-435d-A152-05C5408002CA</Application><DocSecurity>0</DocSecurity></Properties>" },
  types: '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.' +
    'extended-properties+xml"/>',
  rootRels: '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/' +
    'extended-properties" Target="docProps/app.xml"/>',
};

await build(DIR, {
  blocks, printer: "libreoffice", wps: true, extra,
  expected: {
    id: ID,
    style: "Kế hoạch 58/KH-SNV of Sở Nội vụ tỉnh Thái Nguyên (after the reorganisation), 16/3/2026: public-service " +
      "inspection, discipline and ethics. Written in WPS Office: tiny runs (one to three words each), a leading " +
      "tab as the first-line indent (kept in plan.txt), empty paragraphs as spacing, each numbered paragraph with " +
      "its own numbering definition starting at its own number (plan-auto), a table grid of equal columns unlike " +
      "the cells' widths, docProps naming WPS Office. I aims; II items 1-8 (the unit and time written as a second " +
      "sentence 'X chủ trì, phối hợp với Y; hoàn thành …'); III an inspection schedule table STT | Đơn vị được " +
      "kiểm tra | Nội dung trọng tâm | Thời gian | Chủ trì | Phối hợp (ref = STT; the inspected unit is no lead: " +
      "the Sở's inspection team leads); IV organisation. Out: II.4 'hằng tháng', II.6 done ('đã hoàn thành'), " +
      "row 5 'Đột xuất', IV.1 'thường xuyên', IV.3 undated. Dates: 'trong tháng 4/2026' -> 30/4 (holiday; -> " +
      "4/5), 'trước ngày 15/5' -> 14/5, 'chậm nhất ngày 29/5' -> 29/5, 'quý III/2026' -> 30/9, 'trong tháng " +
      "7/2026' -> 31/7, 'trước ngày 30/10' -> 29/10; table 'Tháng 5/2026' -> 31/5 (Sun -> 1/6), 'Trước ngày " +
      "20/6' -> 19/6, 'Tháng 8/2026' -> 31/8, 'Quý IV/2026' -> 31/12; IV.2 'trước ngày 05/12' -> 4/12. 'tham " +
      "mưu Giám đốc Sở', 'báo cáo Giám đốc Sở' are recipients. Units are the Sở's offices as written.",
    province: "Thái Nguyên",
    plan: { number: "58/KH-SNV", date: "2026-03-16" },
    tasks,
    unresolved: [VPS, CCHC, CCVC, TTPV, CD, TCT, DKT],
    successors: [],
  },
});

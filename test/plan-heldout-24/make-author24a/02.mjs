// 02: Thái Nguyên after the reorganisation (12/9/2025) — UBND tỉnh's plan for health-insurance coverage (BHYT,
// BHXH tự nguyện) to the end of 2026, worked mostly by Bảo hiểm xã hội tỉnh. II has a target table per commune /
// ward (percentages "đến 31/12/2025", "đến 30/11/2026": targets, not tasks). III is ONE table whose rows are the
// phases: STT | Giai đoạn (từ … đến …) | Nhiệm vụ chủ yếu (bullets in one cell, each led by its unit) | Kết quả
// cần đạt. A bullet takes its phase's end date unless it carries its own. plan.pdf: Chromium from the HTML.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "02-thai-nguyen-2025-insurance-phase-rows-bullets-in-one-cell";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const BH = "Bảo hiểm xã hội tỉnh";
const CA = "Công an tỉnh";
const NV = "Sở Nội vụ";
const XA = "UBND các xã, phường";
const BAO = "Báo và Phát thanh, Truyền hình Thái Nguyên";
const BD = "Bưu điện tỉnh";
const THUE = "Thuế tỉnh";
const GD = "Sở Giáo dục và Đào tạo";
const TC = "Sở Tài chính";
const YT = "Sở Y tế";
const DT = "Sở Dân tộc và Tôn giáo";

const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const item = (inst, kind) => (num, text, extra = {}) => ({ t: "p", num, text, list: { kind, inst }, ...extra });
const d1 = item("I", "dash");
const n2 = item("II", "decimal");
const d4 = item("IV", "dash");
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });

// Phases: [STT, phase cell, bullets [text, task | null], result]; task = [title, due, lead, coord, own date?]
const PHASES = [
  ["1", "Giai đoạn 1\n(từ ngày 15/9/2025 đến ngày 31/10/2025)", "2025-10-31", [
    [`${BH} chủ trì, phối hợp với ${CA} đối chiếu dữ liệu người tham gia BHYT với Cơ sở dữ liệu quốc gia về dân ` +
      "cư, lập danh sách người chưa tham gia BHYT theo từng xã, phường; xong trước ngày 30/9/2025.",
    ["Đối chiếu dữ liệu người tham gia BHYT với Cơ sở dữ liệu quốc gia về dân cư, lập danh sách người chưa tham " +
      "gia theo từng xã, phường", "2025-09-29", [BH], [CA], true]],
    [`${NV} phối hợp với ${BH} rà soát, cập nhật danh sách người thuộc hộ cận nghèo, người có công, người cao ` +
      "tuổi được ngân sách nhà nước đóng, hỗ trợ đóng BHYT.",
    ["Rà soát, cập nhật danh sách người thuộc hộ cận nghèo, người có công, người cao tuổi được ngân sách đóng, hỗ " +
      "trợ đóng BHYT", "2025-10-31", [NV], [BH]]],
    [`${XA} giao chỉ tiêu phát triển người tham gia BHYT đến từng thôn, tổ dân phố.`,
      ["Giao chỉ tiêu phát triển người tham gia BHYT đến từng thôn, tổ dân phố", "2025-10-31", [XA], []]],
    [`${BAO} mở chuyên mục “BHYT - Vì sức khỏe cộng đồng” trên báo in, báo điện tử và sóng phát thanh, truyền hình.`,
      ["Mở chuyên mục “BHYT - Vì sức khỏe cộng đồng” trên báo in, báo điện tử và sóng phát thanh, truyền hình",
        "2025-10-31", [BAO], []]],
  ], "100% xã, phường có danh sách người chưa tham gia BHYT và chỉ tiêu giao đến thôn, tổ dân phố"],
  ["2", "Giai đoạn 2\n(từ ngày 01/11/2025 đến ngày 31/12/2025)", "2025-12-31", [
    [`${BH} phối hợp với ${BD} tổ chức hội nghị khách hàng, đối thoại trực tiếp tại các xã có tỷ lệ bao phủ BHYT ` +
      "dưới 90%.",
    ["Tổ chức hội nghị khách hàng, đối thoại trực tiếp tại các xã có tỷ lệ bao phủ BHYT dưới 90%", "2025-12-31",
      [BH], [BD]]],
    [`${THUE} cung cấp cho ${BH} danh sách doanh nghiệp mới thành lập, doanh nghiệp đang hoạt động chưa đăng ký ` +
      "tham gia BHXH bắt buộc, hoàn thành trước ngày 15/11/2025.",
    ["Cung cấp danh sách doanh nghiệp mới thành lập, đang hoạt động chưa đăng ký tham gia BHXH bắt buộc",
      "2025-11-14", [THUE], [], true]],
    [`${GD} chỉ đạo các cơ sở giáo dục hoàn thành việc tham gia BHYT học sinh, sinh viên năm học 2025 - 2026.`,
      ["Chỉ đạo các cơ sở giáo dục hoàn thành việc tham gia BHYT học sinh, sinh viên năm học 2025 - 2026",
        "2025-12-31", [GD], []]],
    [`${XA} báo cáo kết quả phát triển người tham gia về ${BH} hằng tháng.`, null],
  ], "Tỷ lệ bao phủ BHYT toàn tỉnh đạt 95,2% dân số; 100% học sinh, sinh viên tham gia BHYT"],
  ["3", "Giai đoạn 3\n(từ ngày 01/01/2026 đến ngày 30/11/2026)", "2026-11-30", [
    [`${TC} tham mưu bố trí ngân sách hỗ trợ thêm mức đóng BHYT cho người thuộc hộ cận nghèo, hộ nông, lâm, ngư ` +
      "nghiệp có mức sống trung bình, trình UBND tỉnh trong tháng 01/2026.",
    ["Tham mưu bố trí ngân sách hỗ trợ thêm mức đóng BHYT cho người thuộc hộ cận nghèo, hộ nông, lâm, ngư nghiệp " +
      "có mức sống trung bình", "2026-01-31", [TC], [], true]],
    [`${DT} phối hợp với ${BH} rà soát người dân tộc thiểu số không còn thuộc đối tượng được ngân sách đóng BHYT, ` +
      "đề xuất chính sách hỗ trợ chuyển tiếp; xong trong quý I/2026.",
    ["Rà soát người dân tộc thiểu số không còn thuộc đối tượng được ngân sách đóng BHYT, đề xuất chính sách hỗ " +
      "trợ chuyển tiếp", "2026-03-31", [DT], [BH], true]],
    [`${YT} chủ trì nâng cao chất lượng khám bệnh, chữa bệnh BHYT tại trạm y tế xã, phường; mở rộng danh mục ` +
      "thuốc, dịch vụ kỹ thuật được BHYT thanh toán ở tuyến xã.",
    ["Nâng cao chất lượng khám bệnh, chữa bệnh BHYT tại trạm y tế xã, phường; mở rộng danh mục thuốc, dịch vụ kỹ " +
      "thuật ở tuyến xã", "2026-11-30", [YT], []]],
    [`${BH} thường xuyên kiểm tra việc thu, đóng BHXH, BHYT tại các đơn vị sử dụng lao động.`, null],
    [`${XA} tổ chức thực hiện đạt chỉ tiêu bao phủ BHYT được giao tại Mục II.`,
      ["Tổ chức thực hiện đạt chỉ tiêu bao phủ BHYT được giao", "2026-11-30", [XA], []]],
  ], "Tỷ lệ bao phủ BHYT toàn tỉnh đạt 96% dân số; người tham gia BHXH tự nguyện đạt 6,5% lực lượng lao động"],
  ["4", "Giai đoạn 4\n(tháng 12/2026)", "2026-12-31", [
    [`${BH} tổng hợp kết quả thực hiện Kế hoạch, tham mưu UBND tỉnh tổ chức sơ kết, khen thưởng tập thể, cá nhân ` +
      "có thành tích.",
    ["Tổng hợp kết quả thực hiện Kế hoạch, tham mưu UBND tỉnh tổ chức sơ kết, khen thưởng", "2026-12-31", [BH], []]],
  ], "Báo cáo sơ kết; đề xuất chỉ tiêu giai đoạn 2027 - 2030"],
];

const TARGETS = [
  ["1", "Phường Phan Đình Phùng", "96,5", "97,5"], ["2", "Phường Phổ Yên", "95,0", "96,0"],
  ["3", "Xã Đại Từ", "94,8", "95,6"], ["4", "Xã Phú Bình", "94,5", "95,5"], ["5", "Phường Đức Xuân", "97,0", "98,0"],
  ["6", "Xã Ba Bể", "91,0", "93,0"], ["7", "Xã Sảng Mộc", "89,5", "92,0"],
  ["…", "(các xã, phường còn lại: chi tiết tại Phụ lục kèm theo)", "…", "…"],
  [{ text: "Toàn tỉnh", span: 2, bold: true }, "95,2", "96,0"],
];

const rows = [["STT", "Giai đoạn, thời gian", "Nhiệm vụ chủ yếu", "Kết quả cần đạt"]];
const tasks = [];
for (const [stt, phase, end, bullets, result] of PHASES) {
  rows.push([{ text: stt, align: "center" }, { text: phase, align: "center" },
    { text: bullets.map(([b]) => "- " + b).join("\n"), bullets: "p" + stt }, result]);
  for (const [, t] of bullets) {
    if (!t) continue;
    const [title, due, lead, coord, own] = t;
    if (!own && due !== end) throw new Error("inherited date must be the phase end: " + title);
    tasks.push(task(stt, title, due, lead, coord, !own));
  }
}

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 118/KH-UBND", "Thái Nguyên, ngày 12 tháng 9 năm 2025",
    "KẾ HOẠCH", "Phát triển người tham gia bảo hiểm y tế, bảo hiểm xã hội tự nguyện trên địa bàn tỉnh Thái Nguyên " +
    "từ nay đến hết năm 2026"),
  plain("Thực hiện Nghị quyết số 28-NQ/TW ngày 23/5/2018 của Hội nghị Trung ương 7 khóa XII về cải cách chính sách " +
    "bảo hiểm xã hội; Luật Bảo hiểm y tế (sửa đổi, bổ sung năm 2024); xét đề nghị của Bảo hiểm xã hội tỉnh tại Tờ " +
    "trình số 412/TTr-BHXH ngày 28/8/2025, UBND tỉnh ban hành Kế hoạch như sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  d1("-", "Mở rộng diện bao phủ BHYT, BHXH tự nguyện bền vững sau khi sắp xếp đơn vị hành chính; gắn trách nhiệm " +
    "người đứng đầu cấp ủy, chính quyền cấp xã với chỉ tiêu được giao."),
  d1("-", "Dữ liệu người tham gia được làm sạch, đồng bộ với Cơ sở dữ liệu quốc gia về dân cư."),
  sec("II.", "CHỈ TIÊU"),
  n2("1.", "Đến ngày 31/12/2025 tỷ lệ bao phủ BHYT toàn tỉnh đạt 95,2% dân số; đến ngày 30/11/2026 đạt 96%; người " +
    "tham gia BHXH tự nguyện đạt 6,5% lực lượng lao động trong độ tuổi."),
  n2("2.", "Chỉ tiêu bao phủ BHYT của một số xã, phường (đơn vị tính: % dân số):"),
  { t: "table", widths: [700, 4300, 2200, 2200], header: 1, rows: [
    ["STT", "Xã, phường", "Đến 31/12/2025", "Đến 30/11/2026"], ...TARGETS] },
  sec("III.", "LỘ TRÌNH VÀ NHIỆM VỤ THEO TỪNG GIAI ĐOẠN"),
  { t: "table", widths: [720, 1800, 4900, 1980], header: 1, rows },
  sec("IV.", "TỔ CHỨC THỰC HIỆN"),
  d4("-", "Bảo hiểm xã hội tỉnh là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo " +
    "UBND tỉnh định kỳ hằng quý."),
  d4("-", "Các sở, ngành, UBND các xã, phường căn cứ nhiệm vụ được giao tại Mục III chủ động triển khai; kinh phí " +
    "thực hiện từ nguồn dự toán được giao hằng năm."),
  plain("Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Bảo hiểm xã hội tỉnh để tổng " +
    "hợp, báo cáo UBND tỉnh./."),
  ...sign(["Bảo hiểm xã hội Việt Nam (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các xã, phường"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Nguyễn Thị Loan"),
];

await build(DIR, {
  blocks, printer: "chromium",
  css: "table.bd td:nth-child(3){text-align:left}",
  expected: {
    id: ID,
    style: "Kế hoạch 118/KH-UBND of UBND tỉnh Thái Nguyên, 12/9/2025 (after the reorganisation: merged " +
      "departments, UBND các xã, phường), BHYT / BHXH tự nguyện coverage to the end of 2026. II.2 is a target table " +
      "per commune / ward with columns 'Đến 31/12/2025', 'Đến 30/11/2026' (percentages: targets, no tasks). III is " +
      "one table whose rows are the phases: STT | Giai đoạn, thời gian ('Giai đoạn 1 (từ ngày 15/9/2025 đến ngày " +
      "31/10/2025)') | Nhiệm vụ chủ yếu: all the phase's tasks as '- ' bullets inside ONE cell (Word bullet " +
      "paragraphs in the auto docx, lines in plan.txt), each bullet led by its unit | Kết quả cần đạt. ref = the " +
      "phase row's STT (shared by its bullets). A bullet takes the phase's end date ('từ A đến B' = B; 'tháng " +
      "12/2026' = 31/12), inherited true, unless it carries its own: 'xong trước ngày 30/9/2025' -> 29/9; 'hoàn " +
      "thành trước ngày 15/11/2025' -> 14/11; 'trong tháng 01/2026' -> 31/1 Sat -> 2/2; 'trong quý I/2026' -> 31/3 " +
      "(inherited false). Out: bullets 'báo cáo … hằng tháng', 'thường xuyên kiểm tra'; IV (quarterly report, " +
      "undated). 'X phối hợp với Y' = X leads; 'cung cấp cho BHXH tỉnh', 'trình UBND tỉnh', 'tham mưu UBND tỉnh' " +
      "are recipients. The 'Kết quả cần đạt' column is no task. PDF: Chromium print of the HTML.",
    province: "Thái Nguyên",
    plan: { number: "118/KH-UBND", date: "2025-09-12" },
    tasks,
    unresolved: [XA],
    successors: [],
  },
});

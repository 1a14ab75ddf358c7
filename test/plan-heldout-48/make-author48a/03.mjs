// 03: Bắc Kạn, UBND tỉnh, Kế hoạch 186/KH-UBND ngày 22/3/2024 (before the reorganisation: districts, old
// departments), triển khai Đề án 06 năm 2024. Habit: a KẾ HOẠCH WHOSE TASKS ARE IN A LANDSCAPE APPENDIX TABLE after
// the signature: TT | Nội dung công việc | Sản phẩm | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Ghi
// chú, under group rows I, II, III (merged across the table in the Word file), TT restarting at 1 in each group;
// the time column mixes "Tháng 6/2024", "Trước 15/11/2024", "Năm 2024", "Quý III" (no year), "Thường xuyên", and
// one cell "Quý II/2024" merged over two rows; the Ghi chú column says "Lồng ghép với …" or "Đã giao tại Văn bản số
// … ngày …" (no unit, no deadline). The body (portrait) has two Word footnotes citing documents and part V with two
// dated duties. Units no directory knows: a bank branch and two telecom companies.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, buildDoc, dash, lister } from "./common.mjs";

const ID = "03-bac-kan-2024-appendix-table-landscape-groups-i-ii-iii-ghi-chu-notes-mixed-times-merged-time-footnotes";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const CA = "Công an tỉnh", TP = "Sở Tư pháp", VP = "Văn phòng UBND tỉnh", TC = "Sở Tài chính";
const KH = "Sở Kế hoạch và Đầu tư", TT = "Sở Thông tin và Truyền thông", BH = "Bảo hiểm xã hội tỉnh";
const LD = "Sở Lao động - Thương binh và Xã hội", YT = "Sở Y tế", GD = "Sở Giáo dục và Đào tạo";
const TN = "Sở Tài nguyên và Môi trường", DEP = "@departments", DIS = "@districts";
const NH = "Ngân hàng Nhà nước chi nhánh tỉnh Bắc Kạn", VT = "Viettel Bắc Kạn", VN = "VNPT Bắc Kạn";

const R = lister("roman", "parts", { bold: true, indent: false });
const n5 = lister("decimal", "v");

// Group rows [roman, title]; rows [tt, content, product, lead, partners, time, note].
const ROWS = [
  ["I", "HOÀN THIỆN THỂ CHẾ, CƠ CHẾ, CHÍNH SÁCH"],
  ["1", "Rà soát, đề xuất sửa đổi, bổ sung văn bản quy phạm pháp luật của tỉnh còn yêu cầu người dân xuất trình " +
    "giấy tờ đã được thay thế bằng dữ liệu dân cư", "Báo cáo rà soát; danh mục văn bản đề nghị sửa đổi", "Sở Tư " +
    "pháp", "Các sở, ban, ngành", "Tháng 6/2024", "Lồng ghép với Kế hoạch rà soát, hệ thống hóa văn bản QPPL năm " +
    "2024"],
  ["2", "Xây dựng Quy định khai thác, sử dụng dữ liệu dân cư trong giải quyết thủ tục hành chính trên địa bàn tỉnh",
    "Quyết định của UBND tỉnh", "Công an tỉnh", "Sở Tư pháp, Văn phòng UBND tỉnh", "Trước 15/11/2024", ""],
  ["3", "Bố trí kinh phí thực hiện các nhiệm vụ của Đề án 06 năm 2024 từ nguồn ngân sách tỉnh", "Văn bản thẩm " +
    "định, phân bổ dự toán", "Sở Tài chính", "Công an tỉnh, Sở Kế hoạch và Đầu tư", "Năm 2024", "Đã giao tại Văn " +
    "bản số 1158/UBND-NCPC ngày 29/02/2024"],
  ["II", "PHÁT TRIỂN TIỆN ÍCH PHỤC VỤ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH, CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN"],
  ["1", "Triển khai 02 nhóm thủ tục hành chính liên thông “Đăng ký khai sinh - Đăng ký thường trú - Cấp thẻ BHYT " +
    "cho trẻ em dưới 6 tuổi” và “Đăng ký khai tử - Xóa đăng ký thường trú - Trợ cấp mai táng phí”", "Tỷ lệ hồ sơ " +
    "liên thông trực tuyến đạt trên 80%", "Sở Tư pháp", "Công an tỉnh, Bảo hiểm xã hội tỉnh, Sở Lao động - Thương " +
    "binh và Xã hội", "Quý III", ""],
  ["2", "Tích hợp, xác thực tài khoản định danh điện tử VNeID trên Hệ thống thông tin giải quyết thủ tục hành chính " +
    "của tỉnh", "Hệ thống được tích hợp, vận hành", "Sở Thông tin và Truyền thông", "Công an tỉnh, Văn phòng UBND " +
    "tỉnh", "Quý II/2024", ""],
  ["3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa các cấp", "Dữ liệu số hóa trên Hệ " +
    "thống", "Văn phòng UBND tỉnh", "Các sở, ban, ngành; UBND các huyện, thành phố", "Quý II/2024", "Lồng ghép " +
    "với Kế hoạch cải cách hành chính năm 2024"],
  ["4", "Triển khai thanh toán không dùng tiền mặt tại các bệnh viện tuyến tỉnh và trường trung học phổ thông",
    "Số cơ sở triển khai", "Sở Y tế, Sở Giáo dục và Đào tạo", "Ngân hàng Nhà nước chi nhánh tỉnh Bắc Kạn",
    "Tháng 9/2024", ""],
  ["5", "Hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức độ 2, sử dụng tiện ích trên ứng dụng VNeID",
    "Số tài khoản được kích hoạt", "UBND các huyện, thành phố", "Công an tỉnh, Tỉnh đoàn", "Thường xuyên",
    "Lồng ghép với hoạt động của Tổ công nghệ số cộng đồng"],
  ["III", "KẾT NỐI, CHIA SẺ DỮ LIỆU; BẢO ĐẢM AN NINH, AN TOÀN THÔNG TIN"],
  ["1", "Kết nối, đồng bộ Cơ sở dữ liệu quốc gia về dân cư với các cơ sở dữ liệu hộ tịch, bảo hiểm, an sinh xã " +
    "hội, đất đai của tỉnh", "Dữ liệu được đồng bộ, làm sạch", "Công an tỉnh", "Sở Tư pháp, Sở Tài nguyên và Môi " +
    "trường, Bảo hiểm xã hội tỉnh", "Trước 15/11/2024", ""],
  ["2", "Kiểm tra, đánh giá an toàn thông tin các hệ thống thông tin phục vụ Đề án 06 của tỉnh", "Báo cáo kết quả " +
    "kiểm tra", "Sở Thông tin và Truyền thông", "Công an tỉnh", "Quý III", "Lồng ghép với Kế hoạch kiểm tra an " +
    "toàn thông tin năm 2024"],
  ["3", "Trang bị thiết bị đọc chip căn cước, máy tính cho Bộ phận Một cửa cấp xã còn thiếu", "Thiết bị được trang " +
    "bị", "UBND các huyện, thành phố", "Viettel Bắc Kạn, VNPT Bắc Kạn", "Năm 2024", ""],
  ["4", "Tổng kết năm 2024 thực hiện Đề án 06 trên địa bàn tỉnh, đề xuất nhiệm vụ năm 2025", "Báo cáo tổng kết; " +
    "Hội nghị", "Công an tỉnh", "Văn phòng UBND tỉnh", "Tháng 12/2024", "Đã giao tại Văn bản số 2150/UBND-NCPC " +
    "ngày 12/10/2023"],
];

function appendix(auto) {
  const rows = [["TT", "Nội dung công việc", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp",
    "Thời gian hoàn thành", "Ghi chú"].map((text) => ({ text, bold: true, align: "center" }))];
  let g = 0;
  for (const [tt, content, product, lead, partners, time, note] of ROWS) {
    if (product === undefined) {
      g += 1;
      const no = { text: tt, bold: true, align: "center", ...(auto ? { list: { kind: "rcell", inst: "g" } } : {}) };
      rows.push([no, ...(auto ? [{ text: content, bold: true, span: 6 }] : [{ text: content, bold: true }, "", "",
        "", "", ""])]);
      continue;
    }
    const no = { text: tt, align: "center", ...(auto ? { list: { kind: "cell", inst: `t${g}` } } : {}) };
    let when = { text: time, align: "center" };
    // Word merges the time cell of II.2 and II.3 (both "Quý II/2024"); the typed copy repeats it.
    if (auto && g === 2 && tt === "2") when = { ...when, vm: "restart" };
    if (auto && g === 2 && tt === "3") when = { text: "", vm: "continue" };
    rows.push([no, content, product, lead, partners, when, { text: note, italic: true }]);
  }
  return { t: "table", widths: [600, 4000, 2000, 1900, 2600, 1500, 1970], header: 1, rows };
}

const blocks = (auto) => [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 186/KH-UBND", "Bắc Kạn, ngày 22 tháng 3 năm 2024", "KẾ HOẠCH",
    "Triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số " +
    "quốc gia trên địa bàn tỉnh Bắc Kạn năm 2024"),
  P("Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ⟦fn:1⟧ và Kế hoạch số 02/KH-TCTĐA06 " +
    "ngày 08/01/2024 của Tổ công tác triển khai Đề án 06 của Chính phủ, UBND tỉnh Bắc Kạn ban hành Kế hoạch triển " +
    "khai Đề án 06 trên địa bàn tỉnh năm 2024 như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  dash("Tiếp tục triển khai quyết liệt, hiệu quả các nhiệm vụ của Đề án 06, gắn với cải cách hành chính, chuyển " +
    "đổi số; lấy người dân, doanh nghiệp làm trung tâm, phục vụ."),
  dash("Xác định rõ nội dung công việc, sản phẩm, cơ quan chủ trì, phối hợp và thời gian hoàn thành; các cơ quan, " +
    "đơn vị chủ động triển khai, không chờ hướng dẫn."),
  R("II.", "CHỈ TIÊU CHỦ YẾU"),
  dash("100% thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình; tỷ " +
    "lệ hồ sơ trực tuyến trên tổng số hồ sơ đạt tối thiểu 50%."),
  dash("100% hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực được số hóa, tái sử dụng; 80% người dân từ " +
    "đủ 14 tuổi trở lên có tài khoản định danh điện tử được kích hoạt."),
  R("III.", "NHIỆM VỤ, GIẢI PHÁP"),
  P("Các nhiệm vụ cụ thể, sản phẩm, cơ quan chủ trì, phối hợp và thời gian hoàn thành tại Phụ lục kèm theo Kế " +
    "hoạch này. Các cơ quan, đơn vị được giao chủ trì chịu trách nhiệm trước Chủ tịch UBND tỉnh về tiến độ, chất " +
    "lượng nhiệm vụ được giao."),
  R("IV.", "KINH PHÍ THỰC HIỆN"),
  P("Kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước theo phân cấp hiện hành, lồng ghép trong các chương " +
    "trình, đề án, dự án đã được phê duyệt và các nguồn huy động hợp pháp khác."),
  R("V.", "TỔ CHỨC THỰC HIỆN"),
  n5("1.", "Công an tỉnh (Cơ quan Thường trực Tổ công tác triển khai Đề án 06 tỉnh) theo dõi, đôn đốc, hướng dẫn " +
    "các cơ quan, đơn vị triển khai Kế hoạch; tổng hợp kết quả 6 tháng đầu năm 2024, báo cáo UBND tỉnh trước ngày " +
    "20/6/2024."),
  n5("2.", "Các sở, ban, ngành, UBND các huyện, thành phố thực hiện chế độ báo cáo định kỳ theo quy định⟦fn:2⟧; " +
    "báo cáo kết quả thực hiện năm 2024 gửi Công an tỉnh trước ngày 30/11/2024 để tổng hợp."),
  n5("3.", "Sở Thông tin và Truyền thông, Báo Bắc Kạn, Đài Phát thanh - Truyền hình tỉnh thường xuyên tuyên truyền " +
    "về lợi ích của Đề án 06 để người dân biết, tham gia."),
  P("Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Công an tỉnh để tổng " +
    "hợp, báo cáo UBND tỉnh xem xét, giải quyết./."),
  ...sign(["Tổ công tác Đề án 06 của Chính phủ (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh",
    "Các thành viên Tổ công tác Đề án 06 tỉnh", "Các sở, ban, ngành", "UBND các huyện, thành phố",
    "LĐVP, Phòng NCPC"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Phạm Văn Thịnh"),
  { t: "sect", landscape: false },
  { t: "p", text: "PHỤ LỤC", bold: true, align: "center", indent: false, tight: true },
  { t: "p", text: "NHIỆM VỤ TRIỂN KHAI ĐỀ ÁN 06 TRÊN ĐỊA BÀN TỈNH BẮC KẠN NĂM 2024", bold: true, align: "center",
    indent: false, tight: true },
  { t: "p", text: "(Kèm theo Kế hoạch số 186/KH-UBND ngày 22/3/2024 của UBND tỉnh Bắc Kạn)", italic: true,
    align: "center", indent: false },
  appendix(auto),
];

const NOTES = {
  1: "Quyết định phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ " +
    "chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030 (gọi tắt là Đề án 06).",
  2: "Chế độ báo cáo thực hiện theo Công văn số 245/CAT-PC06 ngày 25/01/2024 của Công an tỉnh về chế độ thông tin, " +
    "báo cáo kết quả triển khai Đề án 06.",
};

const tasks = [
  task("I.1", "Rà soát, đề xuất sửa đổi, bổ sung văn bản quy phạm pháp luật của tỉnh", "2024-06-30", [TP], [DEP]),
  task("I.2", "Xây dựng Quy định khai thác, sử dụng dữ liệu dân cư", "2024-11-14", [CA], [TP, VP]),
  task("I.3", "Bố trí kinh phí thực hiện các nhiệm vụ của Đề án 06 năm 2024", "2024-12-31", [TC], [CA, KH]),
  task("II.1", "Triển khai 02 nhóm thủ tục hành chính liên thông", "2024-09-30", [TP], [CA, BH, LD]),
  task("II.2", "Tích hợp, xác thực tài khoản định danh điện tử VNeID", "2024-06-30", [TT], [CA, VP]),
  task("II.3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa", "2024-06-30", [VP],
    [DEP, DIS]),
  task("II.4", "Triển khai thanh toán không dùng tiền mặt tại các bệnh viện", "2024-09-30", [YT, GD], [NH]),
  task("III.1", "Kết nối, đồng bộ Cơ sở dữ liệu quốc gia về dân cư", "2024-11-14", [CA], [TP, TN, BH]),
  task("III.2", "Kiểm tra, đánh giá an toàn thông tin các hệ thống thông tin", "2024-09-30", [TT], [CA]),
  task("III.3", "Trang bị thiết bị đọc chip căn cước, máy tính", "2024-12-31", [DIS], [VT, VN]),
  task("III.4", "Tổng kết năm 2024 thực hiện Đề án 06 trên địa bàn tỉnh", "2024-12-31", [CA], [VP]),
  task("V.1", "tổng hợp kết quả 6 tháng đầu năm 2024, báo cáo UBND tỉnh", "2024-06-19", [CA]),
  task("V.2", "báo cáo kết quả thực hiện năm 2024 gửi Công an tỉnh", "2024-11-29", [DEP, DIS]),
];

const WORK = "Appendix refs: group + TT as written (TT restarts in each group): I.1 Sở Tư pháp with 'Các sở, ban, " +
  "ngành' (@departments) 'Tháng 6/2024' 30/6 Sun -> 01/7; I.2 Công an tỉnh with Sở Tư pháp, VP UBND tỉnh 'Trước " +
  "15/11/2024' 14/11; I.3 Sở Tài chính with Công an tỉnh, Sở KH&ĐT 'Năm 2024' 31/12; II.1 Sở Tư pháp with Công an " +
  "tỉnh, BHXH tỉnh, Sở LĐ-TB&XH 'Quý III' (the plan's year) 30/9; II.2 Sở TT&TT with Công an tỉnh, VP UBND tỉnh " +
  "and II.3 VP UBND tỉnh with @departments, @districts: one time cell 'Quý II/2024' merged over both rows in the " +
  "Word file (repeated in the typed copy) 30/6 -> 01/7 (a merged cell, not a group heading: inherited false); " +
  "II.4 two leads Sở Y tế, Sở GD&ĐT with Ngân hàng Nhà nước chi nhánh tỉnh Bắc Kạn (unresolved) 'Tháng 9/2024' " +
  "30/9; II.5 'Thường xuyên': no task; III.1 Công an tỉnh with Sở Tư pháp, Sở TN&MT, BHXH tỉnh 'Trước " +
  "15/11/2024' 14/11; III.2 Sở TT&TT with Công an tỉnh 'Quý III' 30/9; III.3 @districts with Viettel Bắc Kạn, " +
  "VNPT Bắc Kạn (unresolved) 'Năm 2024' 31/12; III.4 Công an tỉnh with VP 'Tháng 12/2024' 31/12. Ghi chú ('Lồng " +
  "ghép với …', 'Đã giao tại Văn bản số … ngày …') changes nothing. Body: footnotes only cite documents; V.1 " +
  "Công an tỉnh 'báo cáo UBND tỉnh trước ngày 20/6/2024' 19/6; V.2 @departments, @districts 'gửi Công an tỉnh " +
  "trước ngày 30/11/2024' 29/11 (Công an tỉnh a recipient), their periodic reports no task; V.3 'thường xuyên' " +
  "no task.";

await buildDoc(DIR, {
  typed: blocks(false),
  auto: blocks(true),
  landscape: true,
  notes: NOTES,
  expected: {
    id: ID,
    style: "Kế hoạch 186/KH-UBND of UBND tỉnh Bắc Kạn, 22/3/2024 (districts, old departments), Đề án 06 năm " +
      "2024. HABIT: TASKS IN A LANDSCAPE APPENDIX TABLE TT | Nội dung công việc | Sản phẩm | Cơ quan chủ trì | Cơ " +
      "quan phối hợp | Thời gian hoàn thành | Ghi chú, group rows I-III, mixed times, a merged time cell, notes " +
      "column; body footnotes. " + WORK,
    province: "Bắc Kạn",
    plan: { number: "186/KH-UBND", date: "2024-03-22" },
    tasks,
    unresolved: [NH, VT, VN],
    successors: [],
  },
});

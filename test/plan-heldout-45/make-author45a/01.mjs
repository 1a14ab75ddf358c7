// 01: Bắc Kạn, UBND tỉnh, Kế hoạch 118/KH-UBND ngày 10/6/2025 (before the reorganisation: districts, old
// departments), hạ tầng số, dữ liệu và nền tảng số for the two-level local government from 1 July 2025. Habit: a
// DIGITAL TRANSFORMATION PLAN, a prose part first (I purpose, II general duties, one dated), then III a TASK TABLE
// STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn hoàn thành with group rows 1-4 and items
// 1.1 …, lead and partner cells naming districts one by one after one "UBND huyện" ("UBND huyện Ba Bể, Pác Nặm,
// Ngân Sơn") and departments by short forms (Sở TT&TT, Sở KH&ĐT, Sở TN&MT, VP UBND tỉnh); group 3's row carries a
// time its items take; IV organisation with two dated duties. plan-auto.docx numbers the STT column with a
// two-level Word list (1, 1.1) and merges the lead cell of 2.2-2.3 and the group rows' empty cells.
import { addKind, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, H, L, buildTwo } from "./common.mjs";

const ID = "01-bac-kan-2025-digital-plan-prose-then-task-table-districts-named-one-by-one-short-forms";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const TT = "Sở Thông tin và Truyền thông", NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh";
const KH = "Sở Kế hoạch và Đầu tư", TN = "Sở Tài nguyên và Môi trường", CA = "Công an tỉnh", BD = "Bưu điện tỉnh";
const VT = "Viễn thông Bắc Kạn";
const BB = "UBND huyện Ba Bể", PN = "UBND huyện Pác Nặm", NS = "UBND huyện Ngân Sơn", BK = "UBND thành phố Bắc Kạn";
const BT = "UBND huyện Bạch Thông", CD = "UBND huyện Chợ Đồn", CM = "UBND huyện Chợ Mới", NR = "UBND huyện Na Rì";

addKind("c-sttcell", { levels: [["decimal", "%1"], ["decimal", "%1.%2"]] });
const R = (num, text) => H(num, text, { list: { kind: "roman", inst: "sec" } });
const N = (n, text, inst, o = {}) => L(`${n}.`, text, "decimal", inst, o);
const D = (text) => L("-", text, "dash", "d");

// [stt, content, lead, partners, time]; a group row has no lead; group 3's row has a time.
const ROWS = [
  ["1", "Hạ tầng số, bảo đảm an toàn thông tin"],
  ["1.1", "Rà soát, thống kê hiện trạng máy tính, thiết bị mạng, đường truyền tại trụ sở dự kiến bố trí cho UBND " +
    "cấp xã mới", "UBND các huyện, thành phố", "Sở TT&TT; Viễn thông Bắc Kạn", "Trước 16/6/2025"],
  ["1.2", "Triển khai kết nối mạng truyền số liệu chuyên dùng cấp II đến trụ sở các xã mới chưa có đường truyền",
    "UBND huyện Ba Bể, Pác Nặm, Ngân Sơn", "Sở TT&TT, Viễn thông Bắc Kạn", "Trước ngày 25/6/2025"],
  ["1.3", "Nâng cấp băng thông, kiểm tra kết nối mạng truyền số liệu chuyên dùng tại trụ sở các xã, phường mới",
    "UBND thành phố Bắc Kạn; UBND các huyện: Bạch Thông, Chợ Đồn, Chợ Mới, Na Rì", "Sở TT&TT", "Ngày 27/6/2025"],
  ["1.4", "Đưa hệ thống thông tin của các xã, phường mới vào giám sát an toàn thông tin tập trung (SOC) của tỉnh",
    "Sở TT&TT", "Công an tỉnh", "Quý III/2025"],
  ["2", "Dữ liệu, nền tảng số"],
  ["2.1", "Số hóa, bàn giao hồ sơ thủ tục hành chính đang giải quyết dở dang của UBND cấp huyện cho UBND cấp xã " +
    "tiếp nhận", "UBND các huyện, thành phố", "VP UBND tỉnh, Sở TT&TT", "Xong trước 30/6/2025"],
  ["2.2", "Tạo lập, cấp tài khoản Hệ thống quản lý văn bản và điều hành cho cán bộ, công chức các xã, phường mới",
    "Sở TT&TT", "Sở Nội vụ; UBND các huyện, thành phố", "Từ 20/6 đến 28/6/2025"],
  ["2.3", "Cập nhật mã định danh điện tử của các cơ quan, đơn vị theo tổ chức bộ máy mới", "Sở TT&TT", "Sở Nội vụ",
    "Tháng 6/2025"],
  ["2.4", "Chuẩn hóa, làm sạch cơ sở dữ liệu đất đai đã xây dựng tại huyện Chợ Mới, Bạch Thông", "Sở TN&MT",
    "UBND huyện Chợ Mới, Bạch Thông", "Trước 28/6/2025"],
  ["3", "Dịch vụ công trực tuyến, giải quyết thủ tục hành chính", "", "", "Trước ngày 01/7/2025"],
  ["3.1", "Cấu hình quy trình điện tử, danh mục thủ tục hành chính của UBND cấp xã mới trên Hệ thống thông tin " +
    "giải quyết thủ tục hành chính tỉnh", "VP UBND tỉnh", "Sở TT&TT, Sở Nội vụ", ""],
  ["3.2", "Tập huấn sử dụng Hệ thống cho công chức Bộ phận Một cửa các xã, phường mới", "Sở TT&TT",
    "UBND các huyện, thành phố", ""],
  ["3.3", "Cập nhật thủ tục đăng ký hộ kinh doanh chuyển từ cấp huyện về cấp xã trên Hệ thống thông tin quốc gia " +
    "về đăng ký doanh nghiệp", "Sở KH&ĐT", "UBND các huyện, thành phố", "Ngày 20/6/2025"],
  ["4", "Tuyên truyền, hỗ trợ người dân"],
  ["4.1", "Tuyên truyền, hướng dẫn người dân thực hiện dịch vụ công trực tuyến tại trụ sở mới", "Sở TT&TT",
    "Báo Bắc Kạn, Đài PT-TH tỉnh; UBND các huyện, thành phố", "Thường xuyên"],
  ["4.2", "Lập, công khai số điện thoại đường dây nóng hỗ trợ người dân, doanh nghiệp khi thực hiện thủ tục tại " +
    "cấp xã mới", "VP UBND tỉnh", "Bưu điện tỉnh", "30/6/2025"],
];

function taskTable(auto) {
  const stt = (s) => (auto ? { text: s, align: "center", list: { kind: "c-sttcell", inst: "stt",
    lvl: s.includes(".") ? 1 : 0 } } : { text: s, align: "center" });
  const rows = [["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"]];
  ROWS.forEach(([s, content, lead, partners, time], i) => {
    if (lead === undefined || lead === "") {
      const g = { text: content, bold: true };
      if (!auto) rows.push([{ ...stt(s), bold: true }, g, "", "", time ?? ""]);
      else rows.push([{ ...stt(s), bold: true }, { ...g, span: time ? 3 : 4 }, ...(time ? [time] : [])]);
      return;
    }
    const merge = auto && (ROWS[i - 1]?.[2] === lead || ROWS[i + 1]?.[2] === lead) && lead.startsWith("Sở TT");
    const leadCell = merge ? { text: lead, vm: ROWS[i - 1]?.[2] === lead ? "continue" : "restart" } : lead;
    rows.push([stt(s), content, leadCell, partners, time]);
  });
  return { t: "table", widths: [750, 3400, 1800, 1900, 1500], header: 1, rows };
}

const blocks = (auto) => [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 118/KH-UBND", "Bắc Kạn, ngày 10 tháng 6 năm 2025", "KẾ HOẠCH",
    "Bảo đảm hạ tầng số, dữ liệu và nền tảng số phục vụ vận hành chính quyền địa phương hai cấp trên địa bàn " +
    "tỉnh Bắc Kạn"),
  P("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi " +
    "mới sáng tạo và chuyển đổi số quốc gia;"),
  P("Căn cứ Công văn số 2438/BTTTT-CĐSQG ngày 27/5/2025 của Bộ Thông tin và Truyền thông về bảo đảm hạ tầng, nền " +
    "tảng số phục vụ sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp;"),
  P("Thực hiện Kế hoạch số 33/KH-UBND ngày 20/01/2025 của UBND tỉnh về chuyển đổi số tỉnh Bắc Kạn năm 2025, Ủy " +
    "ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  D("Bảo đảm từ ngày 01/7/2025, 100% UBND cấp xã mới có đủ hạ tầng, đường truyền, tài khoản và dữ liệu để tiếp " +
    "nhận, giải quyết thủ tục hành chính, xử lý văn bản điện tử, không để gián đoạn việc phục vụ người dân, doanh " +
    "nghiệp."),
  D("Phân công rõ cơ quan chủ trì, thời hạn hoàn thành từng nhiệm vụ; UBND các huyện, thành phố chịu trách nhiệm " +
    "về hạ tầng, dữ liệu của cấp huyện cho đến khi kết thúc hoạt động."),
  R("II.", "NHIỆM VỤ CHUNG"),
  N(1, "Các sở, ban, ngành, UBND các huyện, thành phố tạm dừng đầu tư, mua sắm mới trang thiết bị công nghệ thông " +
    "tin tại trụ sở dự kiến không tiếp tục sử dụng; ưu tiên điều chuyển thiết bị hiện có về các xã, phường mới.", "g"),
  N(2, "Sở Thông tin và Truyền thông tham mưu UBND tỉnh ban hành danh mục các hệ thống thông tin, cơ sở dữ liệu " +
    "dùng chung phải chuyển đổi, cập nhật theo tổ chức bộ máy mới; trình UBND tỉnh trước ngày 18/6/2025.", "g"),
  N(3, "Bảo đảm an toàn, bảo mật dữ liệu trong quá trình bàn giao, sao lưu, chuyển đổi; không để mất mát, thất lạc " +
    "hồ sơ, tài liệu điện tử.", "g"),
  R("III.", "NHIỆM VỤ CỤ THỂ"),
  P("Phân công thực hiện theo bảng sau:"),
  taskTable(auto),
  R("IV.", "TỔ CHỨC THỰC HIỆN"),
  N(1, "Sở Thông tin và Truyền thông là cơ quan thường trực, theo dõi, đôn đốc, hướng dẫn thực hiện Kế hoạch; tổng " +
    "hợp kết quả thực hiện, báo cáo UBND tỉnh trước ngày 05/7/2025.", "o"),
  N(2, "Sở Tài chính thẩm định, tham mưu bố trí kinh phí thực hiện các nhiệm vụ phát sinh theo quy định.", "o"),
  N(3, "UBND các huyện, thành phố chỉ đạo các phòng chuyên môn phối hợp chặt chẽ với các cơ quan được giao chủ " +
    "trì; báo cáo kết quả bàn giao hạ tầng, dữ liệu về Sở Thông tin và Truyền thông chậm nhất ngày " +
    "29/6/2025.", "o"),
  P("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Thông tin và Truyền " +
    "thông để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./."),
  ...sign(["Bộ Thông tin và Truyền thông (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các huyện, thành phố", "Viễn thông Bắc Kạn, Bưu điện tỉnh",
    "LĐVP, Phòng KGVX"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hà Văn Thịnh"),
];

const tasks = [
  task("II.2", "tham mưu UBND tỉnh ban hành danh mục các hệ thống thông tin, cơ sở dữ liệu dùng chung", "2025-06-17",
    [TT]),
  task("1.1", ROWS[1][1], "2025-06-15", ["@districts"], [TT, VT]),
  task("1.2", ROWS[2][1], "2025-06-24", [BB, PN, NS], [TT, VT]),
  task("1.3", ROWS[3][1], "2025-06-27", [BK, BT, CD, CM, NR], [TT]),
  task("1.4", ROWS[4][1], "2025-09-30", [TT], [CA]),
  task("2.1", ROWS[6][1], "2025-06-29", ["@districts"], [VP, TT]),
  task("2.2", ROWS[7][1], "2025-06-28", [TT], [NV, "@districts"]),
  task("2.3", ROWS[8][1], "2025-06-30", [TT], [NV]),
  task("2.4", ROWS[9][1], "2025-06-27", [TN], [CM, BT]),
  task("3.1", ROWS[11][1], "2025-06-30", [VP], [TT, NV], true),
  task("3.2", ROWS[12][1], "2025-06-30", [TT], ["@districts"], true),
  task("3.3", ROWS[13][1], "2025-06-20", [KH], ["@districts"]),
  task("4.2", ROWS[16][1], "2025-06-30", [VP], [BD]),
  task("IV.1", "tổng hợp kết quả thực hiện, báo cáo UBND tỉnh", "2025-07-04", [TT]),
  task("IV.3", "báo cáo kết quả bàn giao hạ tầng, dữ liệu về Sở Thông tin và Truyền thông", "2025-06-29",
    ["@districts"]),
];

const DATES = "II.2 Sở TT&TT 'trình UBND tỉnh trước ngày 18/6/2025' 17/6. Table refs = STT: 1.1 'Trước 16/6/2025' " +
  "15/6 Sun -> 16/6, 'UBND các huyện, thành phố' = @districts, 'Viễn thông Bắc Kạn' unresolved; 1.2 'UBND huyện Ba " +
  "Bể, Pác Nặm, Ngân Sơn' = three districts, 'Trước ngày 25/6/2025' 24/6; 1.3 five districts, 'Ngày 27/6/2025'; " +
  "1.4 'Quý III/2025' 30/9; 2.1 'Xong trước 30/6/2025' 29/6 Sun -> 30/6; 2.2 'Từ 20/6 đến 28/6/2025' 28/6 Sat -> " +
  "30/6; 2.3 'Tháng 6/2025' 30/6; 2.4 'Trước 28/6/2025' 27/6; group row 3 'Trước ngày 01/7/2025' 30/6, 3.1 and 3.2 " +
  "empty time (inherited), 3.3 own 'Ngày 20/6/2025'; 4.1 'Thường xuyên' no task; 4.2 '30/6/2025'. IV.1 'trước " +
  "ngày 05/7/2025' 04/7; IV.3 @districts 'chậm nhất ngày 29/6/2025' 29/6 Sun -> 30/6. Recipients are no leads.";

await buildTwo(DIR, {
  typed: blocks(false), auto: blocks(true),
  expected: {
    id: ID,
    style: "Kế hoạch 118/KH-UBND of UBND tỉnh Bắc Kạn, 10/6/2025, before the reorganisation (districts, old " +
      "departments). " +
      "HABIT: a DIGITAL TRANSFORMATION PLAN WITH A PROSE PART THEN A TASK TABLE whose lead/partner cells NAME " +
      "DISTRICTS ONE BY ONE after one 'UBND huyện' and departments by SHORT FORMS (Sở TT&TT, Sở KH&ĐT, Sở TN&MT, " +
      "VP UBND tỉnh): I purpose (dashes), II general duties 1.-3., III table STT | Nội dung nhiệm vụ | Cơ quan chủ " +
      "trì | Cơ quan phối hợp | Thời hạn hoàn thành with group rows 1-4 and items 1.1 …, IV organisation 1.-3. " +
      DATES + " plan-auto.docx numbers STT with a two-level Word list, merges the lead cell of 2.2-2.3 " +
      "and the group rows' empty cells; plan.pdf its LibreOffice print.",
    province: "Bắc Kạn",
    plan: { number: "118/KH-UBND", date: "2025-06-10" },
    tasks, unresolved: [VT], successors: [],
  },
});

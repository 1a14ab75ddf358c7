// 02: Bắc Kạn, UBND tỉnh, Kế hoạch 96/KH-UBND ngày 26/02/2024 (before the reorganisation: districts, old
// departments), tuyên truyền cải cách hành chính năm 2024. Habit: a PROPAGANDA PLAN whose part II is a TABLE TT |
// Nội dung | Hình thức | Cơ quan thực hiện | Thời gian under two lettered group rows (A, B), TT running 1-14 through
// them; the unit cell names the lead and, in its own words, a partner ("Sở Nội vụ chủ trì, phối hợp …"); times
// as offices type them ("Quý II/2024", "Tháng 6 và tháng 12/2024", "Trước 30/9/2024", "Tháng 10, 11/2024", "Quý IV"
// without a year, a bare day); two rows continuing (no task); part III two dated duties in prose. plan-auto.docx
// numbers TT with a Word list in the cells, spans the group rows and merges the time cell of rows 13-14.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, H, L, buildTwo } from "./common.mjs";

const ID = "02-bac-kan-2024-propaganda-plan-table-noi-dung-hinh-thuc-co-quan-thoi-gian-lettered-groups";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TT = "Sở Thông tin và Truyền thông", TP = "Sở Tư pháp";
const DAI = "Đài Phát thanh - Truyền hình tỉnh", GD = "Sở Giáo dục và Đào tạo";
const KH = "Sở Kế hoạch và Đầu tư", DT = "Ban Dân tộc tỉnh", CA = "Công an tỉnh", TD = "Tỉnh đoàn";
const HH = "Hiệp hội Doanh nghiệp tỉnh", XA = "UBND cấp xã";

const R = (num, text) => H(num, text, { list: { kind: "roman", inst: "sec" } });
const N = (n, text, inst) => L(`${n}.`, text, "decimal", inst);
const D = (text) => L("-", text, "dash", "d");

// Group rows [letter, title]; rows [tt, content, form, units, time].
const ROWS = [
  ["A", "TUYÊN TRUYỀN TRÊN CÁC PHƯƠNG TIỆN THÔNG TIN ĐẠI CHÚNG"],
  ["1", "Chuyên mục “Cải cách hành chính - Vì nhân dân phục vụ” phát sóng định kỳ", "Phóng sự, tọa đàm trên sóng " +
    "phát thanh, truyền hình", "Đài PT-TH tỉnh; phối hợp: Sở Nội vụ", "Tháng 6 và tháng 12/2024"],
  ["2", "Tin, bài phản ánh kết quả cải cách hành chính, gương cán bộ, công chức tận tụy phục vụ nhân dân",
    "Tin, bài, ảnh trên báo in, báo điện tử", "Báo Bắc Kạn", "Thường xuyên"],
  ["3", "Đăng tải Kế hoạch cải cách hành chính năm 2024, kết quả Chỉ số CCHC, SIPAS năm 2023 của tỉnh",
    "Chuyên mục trên Cổng Thông tin điện tử tỉnh", "Văn phòng UBND tỉnh, Sở Thông tin và Truyền thông",
    "Quý II/2024"],
  ["B", "TUYÊN TRUYỀN CHUYÊN ĐỀ"],
  ["4", "Quy định mới về thủ tục hành chính, dịch vụ công trực tuyến toàn trình, thanh toán phí, lệ phí trực tuyến",
    "Tờ rơi, pano, áp phích tại Bộ phận Một cửa các cấp", "VP UBND tỉnh chủ trì; UBND các huyện, thành phố",
    "Trước 30/9/2024"],
  ["5", "Cuộc thi trực tuyến “Tìm hiểu cải cách hành chính tỉnh Bắc Kạn năm 2024”", "Thi trắc nghiệm trên mạng " +
    "Internet", "Sở Nội vụ chủ trì, phối hợp Sở TT&TT, Tỉnh đoàn", "Từ 15/7 đến 15/9/2024"],
  ["6", "Phổ biến Luật Đất đai năm 2024 và các văn bản hướng dẫn liên quan đến thủ tục hành chính về đất đai",
    "Hội nghị phổ biến pháp luật trực tiếp, trực tuyến", "Sở Tư pháp", "Quý III/2024"],
  ["7", "Hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử VNeID, nộp hồ sơ trực tuyến",
    "Hướng dẫn trực tiếp tại Bộ phận Một cửa; qua nhóm Zalo thôn, bản",
    "UBND các xã, phường, thị trấn; Công an tỉnh phối hợp", "Tháng 5/2024"],
  ["8", "Tuyên truyền về cải cách hành chính, dịch vụ công trực tuyến cho học sinh trung học phổ thông",
    "Lồng ghép hoạt động ngoại khóa, sinh hoạt dưới cờ", "Sở Giáo dục và Đào tạo", "Tháng 10, 11/2024"],
  ["9", "Kết quả liên thông thủ tục đăng ký doanh nghiệp, đăng ký đầu tư; cải thiện môi trường kinh doanh",
    "Tin, bài trên Trang thông tin điện tử của Sở", "Sở Kế hoạch và Đầu tư", "Trước ngày 31/8/2024"],
  ["10", "Tuyên truyền các quy định về tiếp nhận, giải quyết hồ sơ tại cấp xã", "Hệ thống loa truyền thanh cơ " +
    "sở, 02 buổi/tuần", "UBND các huyện, thành phố", "Hằng tuần"],
  ["11", "Tập huấn kỹ năng viết tin, bài về cải cách hành chính cho công chức phụ trách", "Lớp tập huấn 01 ngày",
    "Sở Nội vụ chủ trì, Sở Thông tin và Truyền thông phối hợp", "Tháng 4/2024"],
  ["12", "Tọa đàm “Người dân, doanh nghiệp đánh giá sự phục vụ của cơ quan hành chính”", "Tọa đàm truyền hình " +
    "trực tiếp", "Đài PT-TH tỉnh, Hiệp hội Doanh nghiệp tỉnh", "25/10/2024"],
  ["13", "Biên soạn, phát hành Sổ tay hỏi - đáp về cải cách hành chính", "Sổ tay (1.500 cuốn) cấp phát đến thôn, " +
    "bản", "Sở Nội vụ", "Quý IV"],
  ["14", "Tuyên truyền chính sách hỗ trợ đồng bào dân tộc thiểu số khi thực hiện thủ tục hành chính",
    "Qua người có uy tín trong đồng bào dân tộc thiểu số", "Ban Dân tộc tỉnh", "Quý IV"],
];

function table(auto) {
  const rows = [["TT", "Nội dung", "Hình thức", "Cơ quan thực hiện", "Thời gian"].map((text) => ({ text,
    bold: true, align: "center" }))];
  for (const [tt, content, form, units, time] of ROWS) {
    if (form === undefined) {
      const g = { text: content, bold: true };
      rows.push([{ text: tt, bold: true, align: "center" }, ...(auto ? [{ ...g, span: 4 }] : [g, "", "", ""])]);
      continue;
    }
    const no = auto ? { text: tt, align: "center", list: { kind: "cell", inst: "tt" } } : { text: tt, align: "center" };
    let when = { text: time, align: "center" };
    if (auto && tt === "13") when = { ...when, vm: "restart" };
    if (auto && tt === "14") when = { text: "", vm: "continue" };
    rows.push([no, content, form, units, when]);
  }
  return { t: "table", widths: [600, 3000, 2300, 2200, 1300], header: 1, rows };
}

const blocks = (auto) => [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 96/KH-UBND", "Bắc Kạn, ngày 26 tháng 02 năm 2024", "KẾ HOẠCH",
    "Tuyên truyền cải cách hành chính tỉnh Bắc Kạn năm 2024"),
  P("Thực hiện Kế hoạch số 812/KH-UBND ngày 28/12/2023 của UBND tỉnh về cải cách hành chính nhà nước tỉnh Bắc Kạn " +
    "năm 2024, Ủy ban nhân dân tỉnh ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024 như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  D("Nâng cao nhận thức của cán bộ, công chức, viên chức, người dân và doanh nghiệp về mục tiêu, nội dung, kết " +
    "quả cải cách hành chính của tỉnh; tạo sự đồng thuận, tham gia giám sát của xã hội đối với hoạt động công vụ."),
  D("Nội dung tuyên truyền ngắn gọn, dễ hiểu, phù hợp với từng nhóm đối tượng, chú trọng vùng sâu, vùng xa, đồng " +
    "bào dân tộc thiểu số; hình thức đa dạng, tận dụng mạng xã hội và nền tảng số."),
  R("II.", "NỘI DUNG, HÌNH THỨC VÀ THỜI GIAN TUYÊN TRUYỀN"),
  table(auto),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  N(1, "Sở Nội vụ là cơ quan thường trực, hướng dẫn, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; tổng hợp " +
    "kết quả tuyên truyền cải cách hành chính năm 2024, báo cáo UBND tỉnh trước ngày 10/12/2024.", "o"),
  N(2, "Các sở, ban, ngành, UBND các huyện, thành phố chủ động lồng ghép nội dung tuyên truyền vào hoạt động " +
    "chuyên môn; báo cáo kết quả thực hiện (lồng ghép trong báo cáo cải cách hành chính năm) gửi về Sở Nội vụ " +
    "trước ngày 25/11/2024.", "o"),
  N(3, "Sở Tài chính thẩm định, bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2024 của các cơ " +
    "quan, đơn vị.", "o"),
  P("Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp, báo cáo " +
    "UBND tỉnh xem xét, chỉ đạo./."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, PCT UBND tỉnh", "Các sở, ban, ngành tỉnh",
    "UBND các huyện, thành phố", "Báo Bắc Kạn, Đài PT-TH tỉnh", "LĐVP, Phòng NC"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đỗ Thị Minh Hoa"),
];

const tasks = [
  task("1", "Chuyên mục “Cải cách hành chính - Vì nhân dân phục vụ” phát sóng định kỳ", "2024-12-31", [DAI], [NV]),
  task("3", "Đăng tải Kế hoạch cải cách hành chính năm 2024, kết quả Chỉ số CCHC, SIPAS năm 2023", "2024-06-30",
    [VP, TT]),
  task("4", "Quy định mới về thủ tục hành chính, dịch vụ công trực tuyến toàn trình", "2024-09-29", [VP],
    ["@districts"]),
  task("5", "Cuộc thi trực tuyến “Tìm hiểu cải cách hành chính tỉnh Bắc Kạn năm 2024”", "2024-09-15", [NV], [TT, TD]),
  task("6", "Phổ biến Luật Đất đai năm 2024 và các văn bản hướng dẫn", "2024-09-30", [TP]),
  task("7", "Hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử VNeID", "2024-05-31", [XA], [CA]),
  task("8", "Tuyên truyền về cải cách hành chính, dịch vụ công trực tuyến cho học sinh", "2024-11-30", [GD]),
  task("9", "Kết quả liên thông thủ tục đăng ký doanh nghiệp, đăng ký đầu tư", "2024-08-30", [KH]),
  task("11", "Tập huấn kỹ năng viết tin, bài về cải cách hành chính", "2024-04-30", [NV], [TT]),
  task("12", "Tọa đàm “Người dân, doanh nghiệp đánh giá sự phục vụ của cơ quan hành chính”", "2024-10-25", [DAI, HH]),
  task("13", "Biên soạn, phát hành Sổ tay hỏi - đáp về cải cách hành chính", "2024-12-31", [NV]),
  task("14", "Tuyên truyền chính sách hỗ trợ đồng bào dân tộc thiểu số", "2024-12-31", [DT]),
  task("III.1", "tổng hợp kết quả tuyên truyền cải cách hành chính năm 2024", "2024-12-09", [NV]),
  task("III.2", "báo cáo kết quả thực hiện (lồng ghép trong báo cáo cải cách hành chính năm)", "2024-11-24",
    ["@departments", "@districts"]),
];

const DATES = "ref = TT (1-14 straight through the group rows A, B); part III's duties III.n. The unit cell: the " +
  "first unit leads, one said 'phối hợp' is a partner; two units with nothing between them both lead (3, 12). 1 " +
  "Đài PT-TH tỉnh with Sở Nội vụ, 'Tháng 6 và tháng 12/2024' read as the later month, 31/12 (a task done twice; " +
  "the earlier 30/6 would be its first round); 2 'Thường xuyên', 10 'Hằng tuần': no task; 3 'Quý II/2024' 30/6 " +
  "Sun -> 01/7; 4 'VP UBND tỉnh chủ trì; UBND các huyện, thành phố' (the second = @districts, partner), 'Trước " +
  "30/9/2024' 29/9 Sun -> 30/9; 5 'Sở Nội vụ chủ trì, phối hợp Sở TT&TT, Tỉnh đoàn', 'Từ 15/7 đến 15/9/2024' 15/9 " +
  "Sun -> 16/9; 6 'Quý III/2024' 30/9; 7 'UBND các xã, phường, thị trấn' (UBND cấp xã) with Công an tỉnh " +
  "'phối hợp', 'Tháng 5/2024' 31/5; 8 'Tháng 10, 11/2024' the later, 30/11 Sat -> 02/12; 9 'Trước ngày " +
  "31/8/2024' 30/8; 11 'Tháng 4/2024' 30/4 (29/4-01/5 off) -> 02/5; 12 '25/10/2024' 25/10; 13, 14 'Quý IV' (no " +
  "year: the plan's, 2024) 31/12, the cell merged over both rows in plan-auto.docx. III.1 Sở Nội vụ 'báo cáo UBND " +
  "tỉnh trước ngày 10/12/2024' 09/12; III.2 'Các sở, ban, ngành, UBND các huyện, thành phố' = @departments + " +
  "@districts, 'gửi về Sở Nội vụ trước ngày 25/11/2024' 24/11 Sun -> 25/11; III.3 no day.";

await buildTwo(DIR, {
  typed: blocks(false),
  auto: blocks(true),
  expected: {
    id: ID,
    style: "Kế hoạch 96/KH-UBND of UBND tỉnh Bắc Kạn, 26/02/2024 (districts, old departments), tuyên truyền cải " +
      "cách hành chính năm 2024. HABIT: A PROPAGANDA PLAN WITH A TABLE TT | NỘI DUNG | HÌNH THỨC | CƠ QUAN THỰC " +
      "HIỆN | THỜI GIAN under lettered group rows, partners said inside the unit cell, times as typed. " + DATES +
      " PDF: LibreOffice.",
    province: "Bắc Kạn",
    plan: { number: "96/KH-UBND", date: "2024-02-26" },
    tasks,
    unresolved: [XA],
    successors: [],
  },
});

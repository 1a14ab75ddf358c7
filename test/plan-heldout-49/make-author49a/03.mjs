// 03: Bắc Kạn, UBND tỉnh, Kế hoạch 275/KH-UBND ngày 08/4/2024 (before the reorganisation: districts, old
// departments), tuyên truyền cải cách hành chính năm 2024. Habit: the tasks sit in a Word table IN THE BODY (part
// II, portrait) STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện, group rows I.-III.
// spanning the table, STT running on 1-11 across groups; MULTI-PARAGRAPH CELLS: a content cell of a first line and
// "-" sub-lines (Word bullets in plan-auto.docx), lead and partner cells with one unit per paragraph (some with "-"),
// a time cell of two paragraphs "Đợt 1: …" / "Đợt 2: …"; TIME AS RANGES: "Từ ngày 01/7/2024 đến ngày 31/8/2024",
// "Tháng 4-5/2024", "Tháng 6 - 7/2024", "Từ tháng 4 đến tháng 12/2024", "Quý III-IV/2024", "Từ tháng 5 - tháng
// 9/2024", beside "Quý II/2024", "Trước 30/6/2024", "Thường xuyên"; part IV two dated duties in prose.
import { addKind, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, buildDoc, dash, lister } from "./common.mjs";

addKind("c-dash", ["bullet", "-"]);

const ID = "03-bac-kan-2024-body-task-table-multi-paragraph-cells-unit-per-line-time-ranges-tu-ngay-den-ngay-thang-4-5-dot-1-dot-2";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", TP = "Sở Tư pháp", TT = "Sở Thông tin và Truyền thông", VP = "Văn phòng UBND tỉnh";
const CA = "Công an tỉnh", TN = "Sở Tài nguyên và Môi trường", TD = "Tỉnh đoàn", BAO = "Báo Bắc Kạn";
const DAI = "Đài Phát thanh - Truyền hình tỉnh", PN = "Hội Liên hiệp Phụ nữ tỉnh", ND = "Hội Nông dân tỉnh";
const DEP = "@departments", DIS = "@districts";

const R = lister("roman", "parts", { bold: true, indent: false });
const n4 = lister("decimal", "iv");

// A cell: lines; a line starting "- " is a "-" paragraph (a Word bullet in plan-auto.docx, one list per cell).
let cells = 0;
const C = (...lines) => {
  const inst = `c${cells += 1}`;
  return { paras: lines.map((l) => (l.startsWith("- ") ? { num: "-", text: l.slice(2), list: { kind: "c-dash", inst } }
    : { text: l })) };
};
const G = (roman, title) => [{ text: roman, bold: true, align: "center" }, { text: title, bold: true, span: 4 }];

const rows = () => {
  cells = 0;
  let stt = 0;
  const T = (content, lead, partners, time, auto) => [
    { text: String(stt += 1), align: "center", ...(auto ? { list: { kind: "cell", inst: "stt" } } : {}) },
    content, lead, partners, time];
  return (auto) => [
    ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
    G("I", "TUYÊN TRUYỀN TRÊN CÁC PHƯƠNG TIỆN THÔNG TIN ĐẠI CHÚNG"),
    T(C("Xây dựng chuyên trang, chuyên mục “Cải cách hành chính”:", "- Trên Báo Bắc Kạn: 02 kỳ/tháng;",
      "- Trên sóng Đài Phát thanh - Truyền hình tỉnh: 01 chuyên mục/tháng."), C("Báo Bắc Kạn",
      "Đài Phát thanh - Truyền hình tỉnh"), "Sở Nội vụ", "Từ tháng 4 đến tháng 12/2024", auto),
    T(C("Sản xuất 03 phóng sự chuyên đề về kết quả giải quyết thủ tục hành chính trên môi trường điện tử, thực " +
      "hiện Đề án 06"), "Đài Phát thanh - Truyền hình tỉnh", C("- Công an tỉnh", "- Văn phòng UBND tỉnh"),
      "Tháng 4-5/2024", auto),
    T(C("Đăng tải tin, bài về cải cách hành chính trên Cổng Thông tin điện tử tỉnh, trang thông tin điện tử của " +
      "các cơ quan, đơn vị"), "Sở Thông tin và Truyền thông", C("Các sở, ban, ngành;", "UBND các huyện, thành phố"),
      "Thường xuyên", auto),
    G("II", "TUYÊN TRUYỀN TRỰC TIẾP; HỘI NGHỊ, CUỘC THI"),
    T(C("Tổ chức Cuộc thi trực tuyến “Tìm hiểu về cải cách hành chính tỉnh Bắc Kạn năm 2024”:",
      "- Xây dựng Thể lệ, bộ câu hỏi;", "- Tổ chức thi, chấm thi, trao giải."), "Sở Nội vụ",
      C("Sở Thông tin và Truyền thông;", "Sở Tư pháp;", "Tỉnh đoàn"), "Từ ngày 01/7/2024 đến ngày 31/8/2024", auto),
    T(C("Hội nghị tập huấn kỹ năng tuyên truyền cải cách hành chính cho công chức làm công tác cải cách hành chính " +
      "các cấp"), "Sở Nội vụ", "UBND các huyện, thành phố", "Quý II/2024", auto),
    T(C("Tuyên truyền cải cách hành chính lồng ghép tại các buổi sinh hoạt, hội nghị của thôn, tổ dân phố"),
      "UBND các huyện, thành phố", C("- Hội Liên hiệp Phụ nữ tỉnh", "- Hội Nông dân tỉnh", "- Tỉnh đoàn"),
      C("Đợt 1: Từ ngày 15/5 đến ngày 31/5/2024", "Đợt 2: Tháng 10/2024"), auto),
    T(C("Tổ chức “Ngày thứ Bảy cùng dân” hỗ trợ người dân thực hiện dịch vụ công trực tuyến tại Bộ phận Một cửa:",
      "- Mỗi huyện, thành phố tổ chức ít nhất 02 đợt;", "- Huy động đoàn viên, thanh niên tình nguyện tham gia."),
      "Tỉnh đoàn", C("- Công an tỉnh", "- UBND các huyện, thành phố"), "Tháng 6 - 7/2024", auto),
    G("III", "TUYÊN TRUYỀN QUA ẤN PHẨM, PANO, ÁP PHÍCH"),
    T(C("In, cấp phát 5.000 tờ rơi hướng dẫn nộp hồ sơ trực tuyến, thanh toán trực tuyến phí, lệ phí"), "Sở Nội vụ",
      "Văn phòng UBND tỉnh", "Trước 30/6/2024", auto),
    T(C("Lắp đặt pano, áp phích về cải cách hành chính tại trụ sở Bộ phận Một cửa các cấp"),
      C("Văn phòng UBND tỉnh;", "UBND các huyện, thành phố"), "", "Từ ngày 15/4 đến ngày 15/5/2024", auto),
    T(C("Cập nhật, phát hành Sổ tay hỏi - đáp về thủ tục hành chính lĩnh vực hộ tịch, đất đai"), "Sở Tư pháp",
      C("- Sở Tài nguyên và Môi trường", "- Văn phòng UBND tỉnh"), "Quý III-IV/2024", auto),
    T(C("Xây dựng video clip, infographic hướng dẫn sử dụng ứng dụng VNeID, Cổng Dịch vụ công quốc gia"),
      "Sở Thông tin và Truyền thông", "Công an tỉnh", "Từ tháng 5 - tháng 9/2024", auto),
  ].map((row, i) => (i === 0 ? row.map((text) => ({ text, bold: true, align: "center" })) : row));
};

const table = (auto) => ({ t: "table", widths: [700, 3400, 1900, 1900, 1500], header: 1, rows: rows()(auto) });

const blocks = (auto) => [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 275/KH-UBND", "Bắc Kạn, ngày 08 tháng 4 năm 2024", "KẾ HOẠCH",
    "Tuyên truyền cải cách hành chính năm 2024 trên địa bàn tỉnh Bắc Kạn"),
  P("Thực hiện Kế hoạch số 842/KH-UBND ngày 25/12/2023 của UBND tỉnh về cải cách hành chính nhà nước năm 2024, UBND " +
    "tỉnh ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024 như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  dash("Nâng cao nhận thức của cán bộ, công chức, viên chức, người dân, doanh nghiệp về cải cách hành chính; tạo " +
    "đồng thuận xã hội, thúc đẩy sử dụng dịch vụ công trực tuyến."),
  dash("Hình thức tuyên truyền đa dạng, phù hợp từng đối tượng, địa bàn, chú trọng vùng đồng bào dân tộc thiểu số."),
  R("II.", "NỘI DUNG, HÌNH THỨC, THỜI GIAN THỰC HIỆN"),
  table(auto),
  R("III.", "KINH PHÍ"),
  P("Kinh phí thực hiện từ nguồn ngân sách nhà nước giao trong dự toán năm 2024 của các cơ quan, đơn vị và các " +
    "nguồn hợp pháp khác."),
  R("IV.", "TỔ CHỨC THỰC HIỆN"),
  n4("1.", "Sở Nội vụ hướng dẫn, theo dõi, kiểm tra việc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo UBND tỉnh " +
    "trước ngày 15/12/2024."),
  n4("2.", "Các sở, ban, ngành, UBND các huyện, thành phố được giao nhiệm vụ tại Mục II chủ động triển khai; báo cáo " +
    "kết quả về Sở Nội vụ trước ngày 30/11/2024."),
  n4("3.", "Sở Tài chính tham mưu bố trí kinh phí thực hiện theo quy định."),
  P("Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp, báo cáo " +
    "UBND tỉnh./."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh", "Các sở, ban, ngành",
    "UBND các huyện, thành phố", "Báo Bắc Kạn, Đài PT-TH tỉnh", "LĐVP, Phòng NC"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đỗ Thị Minh Hoa"),
];

const tasks = [
  task("1", "Xây dựng chuyên trang, chuyên mục “Cải cách hành chính”", "2024-12-31", [BAO, DAI], [NV]),
  task("2", "Sản xuất 03 phóng sự chuyên đề về kết quả giải quyết thủ tục hành chính", "2024-05-31", [DAI], [CA, VP]),
  task("4", "Tổ chức Cuộc thi trực tuyến “Tìm hiểu về cải cách hành chính tỉnh Bắc Kạn năm 2024”", "2024-08-31",
    [NV], [TT, TP, TD]),
  task("5", "Hội nghị tập huấn kỹ năng tuyên truyền cải cách hành chính", "2024-06-30", [NV], [DIS]),
  task("6", "Tuyên truyền cải cách hành chính lồng ghép tại các buổi sinh hoạt, hội nghị của thôn, tổ dân phố",
    "2024-10-31", [DIS], [PN, ND, TD]),
  task("7", "Tổ chức “Ngày thứ Bảy cùng dân”", "2024-07-31", [TD], [CA, DIS]),
  task("8", "In, cấp phát 5.000 tờ rơi hướng dẫn nộp hồ sơ trực tuyến", "2024-06-29", [NV], [VP]),
  task("9", "Lắp đặt pano, áp phích về cải cách hành chính", "2024-05-15", [VP, DIS]),
  task("10", "Cập nhật, phát hành Sổ tay hỏi - đáp về thủ tục hành chính", "2024-12-31", [TP], [TN, VP]),
  task("11", "Xây dựng video clip, infographic hướng dẫn sử dụng ứng dụng VNeID", "2024-09-30", [TT], [CA]),
  task("IV.1", "tổng hợp kết quả, báo cáo UBND tỉnh", "2024-12-14", [NV]),
  task("IV.2", "báo cáo kết quả về Sở Nội vụ", "2024-11-29", [DEP, DIS]),
];

const WORK = "Table refs = STT (running 1-11 across the group rows I-III, the plan's one task table); the lead cell " +
  "may hold two units on two paragraphs (both lead: 1, 9); partner cells one unit per paragraph, some with '-'; a " +
  "'-' line of the CONTENT cell is part of the task, never a task of its own. Ranges read as their end: 1 'Từ " +
  "tháng 4 đến tháng 12/2024' 31/12 (Báo Bắc Kạn, Đài PT-TH tỉnh lead, Sở Nội vụ); 2 'Tháng 4-5/2024' 31/5; 3 " +
  "'Thường xuyên' no task; 4 'Từ ngày 01/7/2024 đến ngày 31/8/2024' 31/8 Sat, Sun, 02-03/9 National Day -> 04/9; " +
  "5 'Quý II/2024' 30/6 Sun -> 01/7; 6 a time cell of two paragraphs 'Đợt 1: Từ ngày 15/5 đến ngày 31/5/2024' / " +
  "'Đợt 2: Tháng 10/2024' = one task due at its last phase 31/10 (as earlier answers read phases inside one " +
  "item); 7 'Tháng 6 - 7/2024' 31/7; 8 'Trước 30/6/2024' 29/6 Sat -> 01/7; 9 'Từ ngày 15/4 đến ngày 15/5/2024' " +
  "15/5, no partner; 10 'Quý III-IV/2024' 31/12; 11 'Từ tháng 5 - tháng 9/2024' 30/9. Part IV (ref IV.n): IV.1 " +
  "Sở Nội vụ 'báo cáo UBND tỉnh trước ngày 15/12/2024' 14/12 Sat -> 16/12; IV.2 @departments, @districts 'về Sở " +
  "Nội vụ trước ngày 30/11/2024' 29/11 (Sở Nội vụ a recipient); IV.3 undated. The cited plan of 25/12/2023 is no " +
  "deadline.";

await buildDoc(DIR, {
  typed: blocks(false),
  auto: blocks(true),
  expected: {
    id: ID,
    style: "Kế hoạch 275/KH-UBND of UBND tỉnh Bắc Kạn, 08/4/2024 (districts, old departments), tuyên truyền cải " +
      "cách hành chính. HABIT: A TASK TABLE IN THE BODY with MULTI-PARAGRAPH CELLS (content with '-' sub-lines, a " +
      "unit per line, a two-phase time cell) and a time column of RANGES. " + WORK + " PDF: LibreOffice.",
    province: "Bắc Kạn",
    plan: { number: "275/KH-UBND", date: "2024-04-08" },
    tasks,
    unresolved: [],
    successors: [],
  },
});

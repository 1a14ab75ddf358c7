// 06: Bắc Kạn 2024 (before the reorganisation) — a plan for an online contest on administrative reform ("Hội thi
// trực tuyến"), a kind of plan provinces issue every year or two. Part II is the contest's rules: who may enter,
// how, a small table of the four contest weeks (opening, closing, results days), prizes and an "expected" award
// month — dates that belong to the contest, not work given to a unit. Part III gives the work: a)-c) under the
// standing department, then one numbered paragraph per body (a "Ban Tổ chức" not yet set up among them), with
// ongoing duties and an undated call on the Front mixed in. plan.pdf: Chromium prints the model's HTML.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "06-bac-kan-2024-contest-plan-rules-weeks-table-not-tasks";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ";
const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const ii = (num, text, bold = false) => ({ t: "p", num, text, bold, list: { kind: "decimal", inst: "II" } });
const iii = (num, text) => ({ t: "p", num, text, list: { kind: "decimal", inst: "III" } });
const l1 = (num, text) => ({ t: "p", num, text, list: { kind: "letter", inst: "III1" } });
const dash = (inst) => (text) => ({ t: "p", num: "-", text, list: { kind: "dash", inst } });
const d1 = dash("I");
const d4 = dash("G");

const WEEKS = [
  ["Tuần thi", "Mở đề thi", "Đóng đề thi", "Công bố kết quả tuần"],
  ["Thứ nhất", "08 giờ 00 ngày 05/8/2024", "17 giờ 00 ngày 09/8/2024", "Ngày 12/8/2024"],
  ["Thứ hai", "08 giờ 00 ngày 12/8/2024", "17 giờ 00 ngày 16/8/2024", "Ngày 19/8/2024"],
  ["Thứ ba", "08 giờ 00 ngày 19/8/2024", "17 giờ 00 ngày 23/8/2024", "Ngày 26/8/2024"],
  ["Thứ tư", "08 giờ 00 ngày 26/8/2024", "17 giờ 00 ngày 30/8/2024", "Ngày 04/9/2024"],
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 412/KH-UBND", "Bắc Kạn, ngày 12 tháng 7 năm 2024",
    "KẾ HOẠCH", "Tổ chức Hội thi trực tuyến \"Tìm hiểu cải cách hành chính tỉnh Bắc Kạn\" năm 2024"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  d1("Nâng cao nhận thức của cán bộ, công chức, viên chức và Nhân dân về cải cách hành chính, chuyển đổi số, " +
    "dịch vụ công trực tuyến; góp phần cải thiện các chỉ số PAR Index, SIPAS, PAPI của tỉnh."),
  d1("Hội thi được tổ chức nghiêm túc, tiết kiệm, thu hút đông đảo người tham gia; không ảnh hưởng đến nhiệm vụ " +
    "chuyên môn của các cơ quan, đơn vị."),
  sec("II.", "ĐỐI TƯỢNG, NỘI DUNG, HÌNH THỨC VÀ THỜI GIAN"),
  ii("1.", "Đối tượng dự thi: cán bộ, công chức, viên chức, người lao động đang công tác tại các cơ quan, đơn vị " +
    "trên địa bàn tỉnh và Nhân dân từ đủ 16 tuổi trở lên. Thành viên Ban Tổ chức, Ban Đề thi, Tổ Thư ký không " +
    "dự thi."),
  ii("2.", "Nội dung, hình thức: thi trắc nghiệm trực tuyến trên trang https://hoithicchc.backan.gov.vn, mỗi đề " +
    "gồm 20 câu hỏi về sáu nội dung cải cách hành chính và 01 câu hỏi dự đoán số người dự thi; người dự thi được " +
    "làm bài tối đa 02 lần mỗi tuần."),
  ii("3.", "Thời gian: Hội thi diễn ra trong 04 tuần, từ 08 giờ 00 ngày 05/8/2024 đến 17 giờ 00 ngày 30/8/2024, " +
    "theo lịch sau:"),
  { t: "table", widths: [1500, 2700, 2700, 2400], header: 1, rows: WEEKS },
  ii("4.", "Cơ cấu giải thưởng: mỗi tuần 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 05 giải Khuyến khích cho cá " +
    "nhân; giải tập thể trao cho 03 cơ quan, đơn vị có số người dự thi đông nhất tính theo tỷ lệ biên chế."),
  ii("5.", "Tổng kết, trao giải: dự kiến trong tháng 10/2024, lồng ghép với Hội nghị sơ kết công tác cải cách " +
    "hành chính 9 tháng năm 2024 của tỉnh."),
  sec("III.", "TỔ CHỨC THỰC HIỆN"),
  iii("1.", "Sở Nội vụ - cơ quan thường trực Hội thi:"),
  l1("a)", "Tham mưu Chủ tịch UBND tỉnh quyết định thành lập Ban Tổ chức, Ban Đề thi và Tổ Thư ký Hội thi; trình " +
    "trước ngày 20/7/2024."),
  l1("b)", "Chủ trì, phối hợp với Sở Tư pháp xây dựng Thể lệ Hội thi và ngân hàng khoảng 400 câu hỏi trắc nghiệm " +
    "có đáp án, xong trước ngày 26/7/2024."),
  l1("c)", "Tổng hợp kết quả, đề xuất khen thưởng; tổ chức tổng kết, trao giải Hội thi trong tháng 10/2024."),
  iii("2.", "Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Nội vụ thiết lập phần mềm thi trực tuyến, chạy " +
    "thử chậm nhất ngày 31/7/2024; bảo đảm hệ thống hoạt động an toàn, thông suốt trong suốt thời gian Hội thi."),
  iii("3.", "Sở Tài chính thẩm định dự toán kinh phí tổ chức Hội thi do Sở Nội vụ lập, trình UBND tỉnh trước ngày " +
    "31/7/2024."),
  iii("4.", "Văn phòng UBND tỉnh đăng tải Kế hoạch và Thể lệ Hội thi trên Cổng thông tin điện tử tỉnh trong ngày " +
    "02/8/2024."),
  iii("5.", "Báo Bắc Kạn, Đài Phát thanh - Truyền hình tỉnh giới thiệu Thể lệ Hội thi trước ngày 03/8/2024; đưa " +
    "tin về kết quả từng tuần thi."),
  iii("6.", "Các sở, ban, ngành, UBND các huyện, thành phố:"),
  d4("Cử 01 công chức làm đầu mối theo dõi Hội thi, gửi danh sách về Sở Nội vụ trước ngày 30/7/2024."),
  d4("Phổ biến, vận động cán bộ, công chức, viên chức, người lao động và Nhân dân tham gia Hội thi."),
  iii("7.", "Ban Tổ chức Hội thi chấm và công bố kết quả từng tuần thi theo lịch tại khoản 3 Mục II; công bố kết " +
    "quả chung cuộc chậm nhất ngày 21/9/2024."),
  iii("8.", "Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh vận động đoàn viên, hội viên " +
    "tham gia Hội thi."),
  { t: "p", text: "Trên đây là Kế hoạch tổ chức Hội thi trực tuyến \"Tìm hiểu cải cách hành chính tỉnh Bắc Kạn\" " +
    "năm 2024; quá trình thực hiện có vướng mắc, các cơ quan, đơn vị liên hệ Sở Nội vụ (Phòng Cải cách hành chính, " +
    "điện thoại 0209.3870.xxx) để được hướng dẫn./." },
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh", "Các sở, ban, ngành",
    "UBND các huyện, thành phố", "Ủy ban MTTQ Việt Nam tỉnh", "Báo Bắc Kạn, Đài PT-TH tỉnh"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hoàng Văn Minh"),
];

const tasks = [
  task("III.1.a", "Tham mưu quyết định thành lập Ban Tổ chức, Ban Đề thi và Tổ Thư ký Hội thi", "2024-07-19", [NV]),
  task("III.1.b", "Xây dựng Thể lệ Hội thi và ngân hàng khoảng 400 câu hỏi trắc nghiệm có đáp án", "2024-07-25", [NV],
    ["Sở Tư pháp"]),
  task("III.1.c", "Tổng hợp kết quả, đề xuất khen thưởng; tổ chức tổng kết, trao giải Hội thi", "2024-10-31", [NV]),
  task("III.2", "Thiết lập phần mềm thi trực tuyến, chạy thử", "2024-07-31", ["Sở Thông tin và Truyền thông"], [NV]),
  task("III.3", "Thẩm định dự toán kinh phí tổ chức Hội thi", "2024-07-30", ["Sở Tài chính"]),
  task("III.4", "Đăng tải Kế hoạch và Thể lệ Hội thi trên Cổng thông tin điện tử tỉnh", "2024-08-02",
    ["Văn phòng UBND tỉnh"]),
  task("III.5", "Giới thiệu Thể lệ Hội thi", "2024-08-02", ["Báo Bắc Kạn", "Đài Phát thanh - Truyền hình tỉnh"]),
  task("III.6", "Cử 01 công chức làm đầu mối theo dõi Hội thi, gửi danh sách", "2024-07-29",
    ["@departments", "@districts"]),
  // "chậm nhất ngày 21/9/2024" is that day (a Saturday): due 21/9, effective 23/9.
  task("III.7", "Công bố kết quả chung cuộc Hội thi", "2024-09-21", ["Ban Tổ chức Hội thi"]),
];

await build(DIR, {
  blocks, printer: "chromium",
  css: "table.bd td{text-align:center}table.nb tr:only-child td:first-child{text-align:left;font-size:11pt}",
  expected: {
    id: ID,
    style: "Kế hoạch 412/KH-UBND Bắc Kạn 12/7/2024 (old departments, districts) organising an online contest on " +
      "administrative reform. Part II is the contest's rules: who enters, how, a table of the four contest weeks " +
      "(Tuần thi | Mở đề | Đóng đề | Công bố kết quả tuần, hours and days in August/September) and an award ceremony " +
      "'dự kiến trong tháng 10/2024' — no unit is given any of it, so none is a task (the week table has no STT " +
      "and is no task table). Part III gives the work: III.1 a)-c) under the standing department Sở Nội vụ, then " +
      "one paragraph per body. The ceremony becomes a task only in III.1.c (Sở Nội vụ, tháng 10 -> 31/10). Left " +
      "out: III.2's 'trong suốt thời gian Hội thi', III.5's weekly news, III.6's second dash (ongoing), III.7's " +
      "weekly results (by the table, not assigned dates), III.8 (undated call on the Front). III.6's dash items " +
      "take the ref of their paragraph. 'trước ngày X' -> X-1 (20/7 -> 19/7, 26/7 -> 25/7, 31/7 -> 30/7, 03/8 -> " +
      "02/8, 30/7 -> 29/7); 'chậm nhất ngày 31/7' = 31/7; 'trong ngày 02/8' = 2/8; 'chậm nhất ngày 21/9/2024' = " +
      "21/9 Sat -> 23/9. 'trình UBND tỉnh', 'gửi … về Sở Nội vụ' are recipients. Ban Tổ chức Hội thi (to be set " +
      "up under III.1.a) unresolved. PDF: Chromium from HTML.",
    province: "Bắc Kạn",
    plan: { number: "412/KH-UBND", date: "2024-07-12" },
    tasks,
    unresolved: ["Ban Tổ chức Hội thi"],
    successors: [],
  },
});

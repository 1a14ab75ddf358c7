// 05: Lai Châu 2022, a Công văn of the UBND tỉnh on digital transformation whose table runs backwards and speaks
// plainly: Khi nào | Ai làm | Làm gì, rows in date order, no row numbers, partners after "cùng:" in the "Ai làm" cell.
import path from "node:path";
import { build, task } from "./lib.mjs";
import { sign } from "./head.mjs";

const id = "05-lai-chau-2022-cong-van-when-who-what-columns";
const p = (text, extra = {}) => ({ t: "p", text, ...extra });
const li = (kind, inst, num, text, extra = {}) => p(text, { num, list: { kind, inst }, ...extra });
const TT = "Sở Thông tin và Truyền thông";
const ALL = "Các sở, ban, ngành; UBND các huyện, thành phố";

// [Khi nào, Ai làm, Làm gì]; a null "Khi nào" continues the merged cell above.
const rows = [
  ["Trước ngày 20/3/2022", TT, "Trình UBND tỉnh ban hành Kế hoạch chuyển đổi số năm 2022 của tỉnh"],
  ["Chậm nhất ngày 31/3/2022", ALL, "Cử công chức đầu mối về chuyển đổi số, gửi danh sách về Sở Thông tin và " +
    "Truyền thông"],
  ["Tháng 4/2022", "Văn phòng UBND tỉnh\ncùng: " + TT, "Nâng cấp Hệ thống quản lý văn bản và điều hành, kết nối " +
    "liên thông với các huyện, thành phố"],
  ["Trước ngày 15/5/2022", "Sở Nội vụ\ncùng: Sở Thông tin và Truyền thông, Sở Tài chính", "Hoàn thiện đề án vị " +
    "trí việc làm chuyên trách công nghệ thông tin tại các sở, ngành"],
  ["Quý II/2022", "Công an tỉnh\ncùng: Viettel Lai Châu, Viễn thông Lai Châu", "Làm sạch dữ liệu dân cư, phục vụ " +
    "cấp tài khoản định danh điện tử cho công dân trên địa bàn"],
  [null, "Sở Kế hoạch và Đầu tư\ncùng: Sở Tài chính", "Tổng hợp, cân đối vốn đầu tư cho các dự án chuyển đổi số " +
    "giai đoạn 2022-2025"],
  ["Xong ngày 15/7/2022", "Sở Khoa học và Công nghệ", "Xây dựng bản đồ số các sản phẩm OCOP và đặc sản của tỉnh"],
  ["Trước ngày 01/9/2022", "Sở Giáo dục và Đào tạo", "Triển khai phần mềm quản lý trường học, sổ điểm điện tử tại " +
    "các trường trung học phổ thông"],
  ["Tháng 8/2022", "Bưu điện tỉnh\ncùng: UBND các huyện, thành phố", "Đưa nông sản của các hợp tác xã lên sàn " +
    "thương mại điện tử postmart.vn"],
  ["Quý III/2022", "Sở Y tế\ncùng: Bảo hiểm xã hội tỉnh", "Khám, chữa bệnh bảo hiểm y tế bằng thẻ căn cước công " +
    "dân gắn chíp tại các bệnh viện tuyến tỉnh, tuyến huyện"],
  ["Tháng 10/2022", "UBND các huyện, thành phố\ncùng: " + TT, "Thành lập, kiện toàn Tổ công nghệ số cộng đồng tại " +
    "100% thôn, bản, tổ dân phố"],
  ["Trước ngày 15/11/2022", "Trung tâm Phục vụ hành chính công tỉnh\ncùng: Văn phòng UBND tỉnh", "Số hóa hồ sơ, " +
    "kết quả giải quyết thủ tục hành chính còn hiệu lực"],
  ["Chậm nhất ngày 10/12/2022", TT + "\ncùng: các sở, ban, ngành", "Đánh giá, xếp hạng mức độ chuyển đổi số năm " +
    "2022 của các sở, ban, ngành và UBND các huyện, thành phố"],
  ["Trong năm 2022", "Sở Tài chính", "Bố trí kinh phí thuê dịch vụ công nghệ thông tin cho các cơ quan cấp tỉnh"],
  ["Thường xuyên", TT, "Giám sát, bảo đảm an toàn thông tin mạng cho các hệ thống dùng chung của tỉnh"],
  ["Hằng quý", ALL, "Báo cáo kết quả chuyển đổi số về Sở Thông tin và Truyền thông (trước ngày 15 của tháng cuối " +
    "quý)"],
];
const cells = rows.map(([when, who, what], i) => [
  when === null ? { text: "", vm: "cont" } : { text: when, vm: rows[i + 1]?.[0] === null ? "start" : undefined },
  who, what]);

const blocks = [
  { t: "table", borders: false, widths: [3900, 5500], rows: [
    [{ text: "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", bold: true, align: "center" },
      { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold: true, align: "center" }],
    [{ text: "Số: 612/UBND-TH\nV/v triển khai các việc cần làm về chuyển đổi số năm 2022", align: "center",
      size: 22 }, { text: "Lai Châu, ngày 08 tháng 3 năm 2022", italic: true, align: "center" }],
  ] },
  p("Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- UBND các huyện, thành phố;\n- Bưu điện tỉnh, Viễn thông Lai Châu, " +
    "Viettel Lai Châu.", { indent: false, align: "center" }),
  p("Thực hiện Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số tỉnh Lai Châu đến năm 2025, định hướng " +
    "đến năm 2030; để mọi cơ quan biết rõ việc mình phải làm và làm xong khi nào, UBND tỉnh yêu cầu:"),
  li("decimal", 1, "1.", "Các cơ quan, đơn vị có tên trong bảng dưới đây thực hiện đúng việc, đúng hạn. Ở cột " +
    "\"Ai làm\", cơ quan ghi đầu tiên làm chính và chịu trách nhiệm trước UBND tỉnh; các cơ quan ghi sau chữ " +
    "\"cùng\" phối hợp thực hiện."),
  { t: "table", header: 1, widths: [2000, 2900, 4500], rows: [["Khi nào", "Ai làm", "Làm gì"], ...cells] },
  li("decimal", 1, "2.", "Việc nào không xong đúng hạn, cơ quan làm chính báo cáo rõ lý do bằng văn bản gửi UBND " +
    "tỉnh (qua Sở Thông tin và Truyền thông) trước khi hết hạn ít nhất 05 ngày làm việc."),
  li("decimal", 1, "3.", "Sở Thông tin và Truyền thông theo dõi, đôn đốc; tổng hợp, báo cáo UBND tỉnh kết quả thực " +
    "hiện Công văn này trước ngày 20/12/2022."),
  p("Yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện./."),
  ...sign(["Như trên", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh", "Lãnh đạo VP"],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Tống Thanh Hải"),
];

const what = (w) => rows.find((r) => r[2].startsWith(w))[2];
const D = ["@departments", "@districts"];
const tasks = [
  task(null, what("Trình UBND tỉnh"), "2022-03-19", [TT]),
  task(null, what("Cử công chức"), "2022-03-31", D),
  task(null, what("Nâng cấp"), "2022-04-30", ["Văn phòng UBND tỉnh"], [TT]),
  task(null, what("Hoàn thiện đề án"), "2022-05-14", ["Sở Nội vụ"], [TT, "Sở Tài chính"]),
  task(null, what("Làm sạch"), "2022-06-30", ["Công an tỉnh"], ["Viettel Lai Châu", "Viễn thông Lai Châu"]),
  task(null, what("Tổng hợp, cân đối"), "2022-06-30", ["Sở Kế hoạch và Đầu tư"], ["Sở Tài chính"]),
  task(null, what("Xây dựng bản đồ"), "2022-07-15", ["Sở Khoa học và Công nghệ"]),
  task(null, what("Triển khai phần mềm"), "2022-08-31", ["Sở Giáo dục và Đào tạo"]),
  task(null, what("Đưa nông sản"), "2022-08-31", ["Bưu điện tỉnh"], ["@districts"]),
  task(null, what("Khám, chữa bệnh"), "2022-09-30", ["Sở Y tế"], ["Bảo hiểm xã hội tỉnh"]),
  task(null, what("Thành lập, kiện toàn"), "2022-10-31", ["@districts"], [TT]),
  task(null, what("Số hóa"), "2022-11-14", ["Trung tâm Phục vụ hành chính công tỉnh"], ["Văn phòng UBND tỉnh"]),
  task(null, what("Đánh giá, xếp hạng"), "2022-12-10", [TT], ["@departments"]),
  task(null, what("Bố trí kinh phí"), "2022-12-31", ["Sở Tài chính"]),
  task("3", "Theo dõi, đôn đốc; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Công văn này", "2022-12-19", [TT]),
];

const dir = path.join(import.meta.dirname, "..", id);
await build(dir, { blocks, printer: "chromium", expected: {
  id,
  style: "Công văn 612/UBND-TH of UBND tỉnh Lai Châu, 08/3/2022 (chuyển đổi số). One table with plain-word " +
    "headers in reverse order: Khi nào | Ai làm | Làm gì, rows in date order, no row numbers (ref null); the " +
    "'Quý II/2022' cell is merged down over two rows (both take it, inherited false). 'Ai làm': first name leads, " +
    "names after 'cùng:' coordinate (item 1 says so). Item 3 (ref '3') is dated. 'Thường xuyên' and 'Hằng quý' " +
    "rows left out. 'Các sở, ban, ngành; UBND các huyện, thành phố' = @departments + @districts. Viettel/Viễn " +
    "thông Lai Châu, Trung tâm Phục vụ hành chính công tỉnh unresolved. Moves: 19/3 Sat -> 21/3; 30/4 Sat (1/5 " +
    "Sun, 2-3/5 off) -> 4/5; 14/5 Sat -> 16/5; 10/12 Sat -> 12/12; 31/12 Sat (2/1/2023 off) -> 3/1/2023. " +
    "Printed by Chromium.",
  province: "Lai Châu",
  plan: { number: "612/UBND-TH", date: "2022-03-08" },
  tasks,
  unresolved: ["Viettel Lai Châu", "Viễn thông Lai Châu", "Trung tâm Phục vụ hành chính công tỉnh"],
  successors: [],
} });

// 06: Thái Nguyên, UBND tỉnh (after the reorganisation), 24/10/2025 — digital government plan numbered as an
// OUTLINE four levels deep: "2.", "2.1.", "2.1.1.", "2.1.1.1." (plan-auto: one multi-level Word list, levels
// "%1.", "%1.%2.", "%1.%2.%3.", "%1.%2.%3.%4."), one item split into points "a.", "b." (a letter list with a
// period). Units and time written in the item's own sentence. plan.pdf: Chromium from HTML.
import { addKind, build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "06-thai-nguyen-2025-outline-four-level-numbers-letter-period-points";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const KHCN = "Sở Khoa học và Công nghệ";
const VP = "Văn phòng UBND tỉnh";
const NV = "Sở Nội vụ";
const TC = "Sở Tài chính";
const TP = "Sở Tư pháp";
const CA = "Công an tỉnh";
const NNMT = "Sở Nông nghiệp và Môi trường";
const XA = "UBND các xã, phường";
const TD = "Tỉnh đoàn";
const DNVT = "các doanh nghiệp viễn thông trên địa bàn";
const LQ = "các sở, ngành liên quan";
const resolve = (u) => (u === XA ? "UBND cấp xã" : u === "các sở, ban, ngành" ? "@departments" : u);

addKind("outline", { levels: [["decimal", "%1."], ["decimal", "%1.%2."], ["decimal", "%1.%2.%3."],
  ["decimal", "%1.%2.%3.%4."]] });
addKind("letdot", ["lowerLetter", "%1."]);

const O = (num, text, bold = false) => ({ t: "p", num, text, bold, indent: num.split(".").length > 3,
  list: { kind: "outline", inst: "O", lvl: num.split(".").length - 2 } });
const tasks = [];
// item(num, text, due, lead, coordinators, title) — a 4th-level item read as a task when `due` is given.
const it = (num, text, due, lead = [], co = [], title) => {
  if (due) tasks.push(task(num.replace(/\.$/, ""), title, due, lead.map(resolve), co.map(resolve)));
  return O(num, text);
};
const letter = (l, text) => ({ t: "p", num: l + ".", text, list: { kind: "letdot", inst: "L" } });
const plain = (text) => ({ t: "p", text });

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 203/KH-UBND", "Thái Nguyên, ngày 24 tháng 10 năm 2025",
    "KẾ HOẠCH", "Phát triển Chính quyền số, bảo đảm an toàn thông tin mạng tỉnh Thái Nguyên\n" +
    "giai đoạn từ tháng 10/2025 đến hết năm 2026"),
  plain("Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công " +
    "nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; để bảo đảm các hệ thống thông tin của tỉnh vận hành thông " +
    "suốt sau khi sắp xếp đơn vị hành chính, UBND tỉnh ban hành Kế hoạch như sau:"),
  O("1.", "MỤC TIÊU", true),
  O("1.1.", "Mục tiêu chung: chính quyền hai cấp vận hành trên môi trường số; dữ liệu của tỉnh được kết nối, chia " +
    "sẻ, phục vụ chỉ đạo, điều hành và người dân, doanh nghiệp."),
  O("1.2.", "Mục tiêu cụ thể đến hết năm 2026: 100% văn bản giữa các cơ quan nhà nước được gửi, nhận dưới dạng điện " +
    "tử có ký số; tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình đạt từ 80% trở lên; 100% xã, phường có Tổ công " +
    "nghệ số cộng đồng hoạt động hiệu quả."),
  O("2.", "NHIỆM VỤ, GIẢI PHÁP", true),
  O("2.1.", "Thể chế và hạ tầng số", true),
  O("2.1.1.", "Hoàn thiện thể chế", true),
  it("2.1.1.1.", "Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng UBND tỉnh rà soát, xây dựng Quy chế quản " +
    "lý, vận hành Hệ thống thông tin giải quyết thủ tục hành chính tỉnh sau sắp xếp, trình UBND tỉnh trước ngày " +
    "15/12/2025.", "2025-12-14", [KHCN], [VP], "Xây dựng Quy chế quản lý, vận hành Hệ thống thông tin giải quyết " +
    "thủ tục hành chính tỉnh sau sắp xếp"),
  it("2.1.1.2.", "Ban hành Danh mục dữ liệu mở của tỉnh năm 2026: Sở Khoa học và Công nghệ chủ trì; các sở, ban, " +
    "ngành phối hợp; hoàn thành trong Quý I/2026.", "2026-03-31", [KHCN], ["các sở, ban, ngành"],
  "Ban hành Danh mục dữ liệu mở của tỉnh năm 2026"),
  O("2.1.2.", "Hạ tầng số", true),
  it("2.1.2.1.", "Nâng cấp Trung tâm dữ liệu tỉnh, bảo đảm đủ năng lực lưu trữ dữ liệu của các xã, phường sau sáp " +
    "nhập. Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính; hoàn thành trong tháng 6/2026.",
  "2026-06-30", [KHCN], [TC], "Nâng cấp Trung tâm dữ liệu tỉnh"),
  it("2.1.2.2.", "UBND các xã, phường chủ trì, phối hợp với Sở Khoa học và Công nghệ và các doanh nghiệp viễn thông " +
    "trên địa bàn kết nối mạng truyền số liệu chuyên dùng cấp II đến trụ sở xã, phường, chậm nhất ngày 31/12/2025.",
  "2025-12-31", [XA], [KHCN, DNVT], "Kết nối mạng truyền số liệu chuyên dùng cấp II đến trụ sở xã, phường"),
  it("2.1.2.3.", "Các doanh nghiệp viễn thông trên địa bàn tiếp tục phủ sóng di động 4G, 5G tại các thôn, xóm, bản " +
    "còn lõm sóng; Sở Khoa học và Công nghệ theo dõi, đôn đốc thường xuyên."),
  O("2.2.", "Dữ liệu số", true),
  O("2.2.1.", "Dữ liệu dân cư, hộ tịch, đất đai (Đề án 06)", true),
  it("2.2.1.1.", "Sở Tư pháp chủ trì, Công an tỉnh và UBND các xã, phường phối hợp làm sạch dữ liệu hộ tịch, đồng " +
    "bộ với Cơ sở dữ liệu quốc gia về dân cư; xong trước ngày 31/3/2026.", "2026-03-30", [TP], [CA, XA],
  "Làm sạch dữ liệu hộ tịch, đồng bộ với Cơ sở dữ liệu quốc gia về dân cư"),
  O("2.2.1.2.", "Số hóa, làm sạch dữ liệu đất đai: Sở Nông nghiệp và Môi trường chủ trì, phối hợp với UBND các xã, " +
    "phường thực hiện theo hai đợt:"),
  letter("a", "Đợt 1: hoàn thành số hóa hồ sơ địa chính của 20 xã, phường trước ngày 30/6/2026;"),
  letter("b", "Đợt 2: các xã, phường còn lại, hoàn thành trong Quý IV/2026."),
  O("2.2.2.", "Dữ liệu chuyên ngành", true),
  it("2.2.2.1.", "Sở Nội vụ hoàn thiện Cơ sở dữ liệu cán bộ, công chức, viên chức của tỉnh sau sắp xếp, kết nối với " +
    "Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức trong tháng 3/2026.", "2026-03-31", [NV], [],
  "Hoàn thiện Cơ sở dữ liệu cán bộ, công chức, viên chức của tỉnh, kết nối với Cơ sở dữ liệu quốc gia"),
  it("2.2.2.2.", "Xây dựng Kho dữ liệu kết quả giải quyết thủ tục hành chính của tỉnh (Văn phòng UBND tỉnh): đã hoàn " +
    "thành, đưa vào sử dụng từ tháng 9/2025."),
  O("2.3.", "Chính quyền số và dịch vụ công trực tuyến", true),
  O("2.3.1.", "Dịch vụ công trực tuyến", true),
  it("2.3.1.1.", "Các sở, ban, ngành, UBND các xã, phường hằng tháng tự đánh giá tỷ lệ hồ sơ trực tuyến toàn trình, " +
    "có giải pháp nâng tỷ lệ đối với thủ tục có số lượng hồ sơ lớn."),
  it("2.3.1.2.", "Văn phòng UBND tỉnh chủ trì, phối hợp với các sở, ngành liên quan tái cấu trúc quy trình của 50 thủ " +
    "tục hành chính để cung cấp dịch vụ công trực tuyến toàn trình, hoàn thành trước ngày 01/3/2026.",
  "2026-02-28", [VP], [LQ], "Tái cấu trúc quy trình của 50 thủ tục hành chính để cung cấp dịch vụ công trực " +
    "tuyến toàn trình"),
  O("2.3.2.", "Ứng dụng trong nội bộ cơ quan nhà nước", true),
  it("2.3.2.1.", "UBND các xã, phường cấp chứng thư số, triển khai ký số trên thiết bị di động cho 100% cán bộ, công " +
    "chức cấp xã trong tháng 01/2026; Sở Khoa học và Công nghệ hướng dẫn, hỗ trợ kỹ thuật.", "2026-01-31", [XA],
  [KHCN], "Triển khai ký số trên thiết bị di động cho 100% cán bộ, công chức cấp xã"),
  it("2.3.2.2.", "Sử dụng Hệ thống quản lý văn bản và điều hành trong xử lý công việc: các cơ quan, đơn vị thực " +
    "hiện thường xuyên."),
  O("2.4.", "Nhân lực số", true),
  O("2.4.1.", "Đào tạo, bồi dưỡng", true),
  it("2.4.1.1.", "Sở Khoa học và Công nghệ chủ trì, phối hợp với Tỉnh đoàn tập huấn kỹ năng số cho thành viên Tổ công " +
    "nghệ số cộng đồng tại các xã, phường; thời gian: Quý II/2026.", "2026-06-30", [KHCN], [TD],
  "Tập huấn kỹ năng số cho thành viên Tổ công nghệ số cộng đồng tại các xã, phường"),
  O("3.", "TỔ CHỨC THỰC HIỆN", true),
  it("3.1.", "Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2026, trình UBND " +
    "tỉnh trước ngày 20/11/2025.", "2025-11-19", [TC], [], "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự " +
    "toán ngân sách năm 2026"),
  it("3.2.", "Sở Khoa học và Công nghệ là cơ quan thường trực, theo dõi, đôn đốc; tổng hợp, báo cáo UBND tỉnh kết " +
    "quả thực hiện Kế hoạch trước ngày 15/12/2026.", "2026-12-14", [KHCN], [], "Tổng hợp, báo cáo kết quả thực " +
    "hiện Kế hoạch"),
  it("3.3.", "Các sở, ban, ngành, UBND các xã, phường định kỳ 6 tháng, hằng năm báo cáo kết quả thực hiện về Sở " +
    "Khoa học và Công nghệ để tổng hợp."),
  ...sign(["Bộ Khoa học và Công nghệ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "CT, các PCT UBND tỉnh",
    "Các sở, ban, ngành", "UBND các xã, phường"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đặng Xuân Trường"),
];
const landTitle = "Số hóa, làm sạch dữ liệu đất đai";
tasks.splice(5, 0,
  task("2.2.1.2.a", landTitle + " - đợt 1: số hóa hồ sơ địa chính của 20 xã, phường", "2026-06-29", [NNMT], ["UBND cấp xã"]),
  task("2.2.1.2.b", landTitle + " - đợt 2: các xã, phường còn lại", "2026-12-31", [NNMT], ["UBND cấp xã"]));

const css = "p{text-indent:0}table.nb td:first-child{text-align:left;font-size:11pt}";
await build(DIR, {
  blocks, printer: "chromium", css,
  expected: {
    id: ID,
    style: "Kế hoạch 203/KH-UBND of UBND tỉnh Thái Nguyên (after the reorganisation), 24/10/2025, digital " +
      "government for 10/2025-2026, numbered as a decimal OUTLINE four levels deep ('2.', '2.1.', '2.1.1.', " +
      "'2.1.1.1.'; plan-auto: one multi-level Word list); the tasks are the 4th-level items (in 3. the 2nd-level " +
      "ones), one 4th-level item (2.2.1.2) split into points 'a.', 'b.' (letters with a period) that take its " +
      "units and have their own dates. ref = the outline number without the final period ('2.1.1.1'), the " +
      "points '2.2.1.2.a'. Units in the sentence: 'X chủ trì, phối hợp với Y', 'X chủ trì; Y phối hợp', 'X chủ " +
      "trì, Y và Z phối hợp', 'X …; Y hướng dẫn, hỗ trợ' (Y coordinator). Out: 2.1.2.3, 2.3.1.1, 2.3.2.2, 3.3 " +
      "(thường xuyên / hằng tháng / định kỳ), 2.2.2.2 done. 'trình / báo cáo UBND tỉnh' recipient. 'các sở, ban, " +
      "ngành' = @departments; 'UBND các xã, phường' = 'UBND cấp xã'; 'các sở, ngành liên quan', 'các doanh " +
      "nghiệp viễn thông trên địa bàn' kept as written. The title's 'đến hết năm 2026' is the plan's span, not a " +
      "task. Dates: 'trước ngày 15/12/2025' -> 14/12 (Sun -> 15/12); 'trong Quý I/2026' -> 31/3; 'trong tháng " +
      "6/2026' -> 30/6; 'chậm nhất ngày 31/12/2025' -> 31/12; 'trước ngày 31/3/2026' -> 30/3; a. 'trước ngày " +
      "30/6/2026' -> 29/6; b. 'trong Quý IV/2026' -> 31/12; 'trong tháng 3/2026' -> 31/3; 'trước ngày 01/3/2026' " +
      "-> 28/2 (Sat -> 2/3); 'trong tháng 01/2026' -> 31/1 (Sat -> 2/2); 'Quý II/2026' -> 30/6; 'trước ngày " +
      "20/11/2025' -> 19/11; 'trước ngày 15/12/2026' -> 14/12.",
    province: "Thái Nguyên",
    plan: { number: "203/KH-UBND", date: "2025-10-24" },
    tasks,
    unresolved: ["UBND cấp xã", DNVT, LQ],
    successors: [],
  },
});

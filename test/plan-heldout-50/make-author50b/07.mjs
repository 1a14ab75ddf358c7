// 07: Bắc Kạn (before the merger), Văn phòng UBND tỉnh, Kế hoạch 45/KH-VPUBND ngày 01/3/2024, chuyển đổi số năm
// 2024 of the Office itself. Habit: the body says the tasks are in the Phụ lục; the Phụ lục after the signature is NO
// TABLE but a LIST OF LINES whose fields are joined by EN DASHES ("N. <task> – <lead>; phối hợp: <partners> –
// <time>."), lettered group headings A.-C. with the numbers running on 1-12 across them (one Word list); the Office's
// own rooms named once in the body with their short forms in brackets ("Phòng Hành chính - Tổ chức (Phòng HC-TC)")
// and only by those short forms in the Phụ lục; times in varied forms (month, quarter, "Trước 30/6/2024", a bare date,
// "Thường xuyên", a count of working days). PDF: WeasyPrint.
import { P, H, buildDoc, dash, head, lister, sign, task } from "./common.mjs";

const ID = "07-bac-kan-2024-vp-ubnd-own-rooms-phu-luc-lines-en-dash-fields-task-lead-time-numbers-run-on-a-b-c";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;

const HC = "Phòng Hành chính - Tổ chức", TH = "Phòng Tổng hợp", KS = "Phòng Kiểm soát thủ tục hành chính";
const CB = "Trung tâm Công báo - Tin học", TT = "Sở Thông tin và Truyền thông", CA = "Công an tỉnh";
const DEPTS = "@departments", PV = "Trung tâm Phục vụ hành chính công tỉnh";

const R = lister("roman", "parts", { bold: true, indent: false });
const n = lister("decimal", "appx", { indent: false });
const n3 = lister("decimal", "iii");

const blocks = [
  ...head(["UBND TỈNH BẮC KẠN", "VĂN PHÒNG"], "Số: 45/KH-VPUBND", "Bắc Kạn, ngày 01 tháng 3 năm 2024", "KẾ HOẠCH",
    "Chuyển đổi số năm 2024 của Văn phòng Ủy ban nhân dân tỉnh"),
  P("Căn cứ Kế hoạch số 118/KH-UBND ngày 22/02/2024 của UBND tỉnh Bắc Kạn về chuyển đổi số tỉnh Bắc Kạn năm 2024; " +
    "căn cứ chức năng, nhiệm vụ được giao, Văn phòng UBND tỉnh xây dựng Kế hoạch chuyển đổi số năm 2024 như sau:"),
  R("I.", "MỤC TIÊU"),
  dash("100% văn bản đi, đến của Văn phòng (trừ văn bản mật) được xử lý trên môi trường mạng, ký số theo quy định."),
  dash("100% cuộc họp của UBND tỉnh, Chủ tịch UBND tỉnh có tài liệu điện tử; 100% hồ sơ giải quyết thủ tục hành " +
    "chính được số hóa khi tiếp nhận."),
  R("II.", "NHIỆM VỤ"),
  P("Các nhiệm vụ, đơn vị thực hiện và thời gian hoàn thành được xác định tại Phụ lục kèm theo Kế hoạch này. Trong " +
    "Kế hoạch và Phụ lục, các phòng, đơn vị thuộc Văn phòng được viết tắt như sau: Phòng Hành chính - Tổ chức " +
    "(Phòng HC-TC); Phòng Tổng hợp (Phòng TH); Phòng Kiểm soát thủ tục hành chính (Phòng KSTTHC); Trung tâm Công " +
    "báo - Tin học (Trung tâm CB-TH)."),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  n3("1.", "Trưởng các phòng, Giám đốc Trung tâm CB-TH chủ động triển khai nhiệm vụ được giao tại Phụ lục; chịu " +
    "trách nhiệm trước Chánh Văn phòng về tiến độ, chất lượng."),
  n3("2.", "Phòng TH là đầu mối theo dõi, đôn đốc; tổng hợp, báo cáo Chánh Văn phòng kết quả thực hiện 6 tháng đầu " +
    "năm trước ngày 20/6/2024."),
  n3("3.", "Phòng HC-TC bố trí kinh phí thực hiện Kế hoạch từ nguồn chi thường xuyên năm 2024 của Văn phòng."),
  ...sign(["Sở Thông tin và Truyền thông", "Lãnh đạo Văn phòng", "Các phòng, đơn vị thuộc Văn phòng"],
    "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG", "Hoàng Thị Lan"),
  { t: "br" },
  P("Phụ lục", { bold: true, align: "center", indent: false }),
  P("DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2024 CỦA VĂN PHÒNG UBND TỈNH", { bold: true, align: "center", indent: false }),
  P("(Kèm theo Kế hoạch số 45/KH-VPUBND ngày 01/3/2024 của Văn phòng UBND tỉnh)",
    { italic: true, align: "center", indent: false }),
  H("A.", "Chuyển đổi số trong hoạt động nội bộ"),
  n("1.", "Ban hành Quy chế quản lý, sử dụng hệ thống quản lý văn bản và điều hành của Văn phòng – Phòng HC-TC; phối " +
    "hợp: Trung tâm CB-TH – Tháng 3/2024."),
  n("2.", "Số hóa hồ sơ lưu trữ giai đoạn 2019-2023 của Văn phòng – Phòng HC-TC – Quý II/2024."),
  n("3.", "Ký số 100% văn bản đi theo quy định – Các phòng, đơn vị thuộc Văn phòng – Thường xuyên."),
  n("4.", "Nâng cấp Cổng Thông tin điện tử tỉnh đáp ứng tiêu chí hiển thị trên thiết bị di động – Trung tâm CB-TH; " +
    "phối hợp: Sở TT&TT – Trước 30/6/2024."),
  n("5.", "Triển khai phòng họp không giấy tờ cho các cuộc họp của UBND tỉnh – Phòng TH; phối hợp: Trung tâm CB-TH – " +
    "Quý III/2024."),
  H("B.", "Chuyển đổi số trong giải quyết thủ tục hành chính"),
  n("6.", "Rà soát, đề xuất tái cấu trúc quy trình 20 thủ tục hành chính đủ điều kiện cung cấp dịch vụ công trực " +
    "tuyến toàn trình – Phòng KSTTHC; phối hợp: các sở, ngành – Trước 15/5/2024."),
  n("7.", "Cập nhật, công khai thủ tục hành chính trên Cơ sở dữ liệu quốc gia – Phòng KSTTHC – Trong 05 ngày làm " +
    "việc kể từ ngày Quyết định công bố được ban hành."),
  n("8.", "Đôn đốc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh – " +
    "Phòng KSTTHC; phối hợp: Trung tâm Phục vụ hành chính công tỉnh – Tháng 8/2024."),
  n("9.", "Tổ chức 02 lớp tập huấn kỹ năng số cho công chức, người lao động của Văn phòng – Phòng HC-TC; phối hợp: " +
    "Sở TT&TT – Tháng 10/2024."),
  H("C.", "Bảo đảm an toàn thông tin mạng"),
  n("10.", "Rà soát, phân loại, xác định cấp độ các hệ thống thông tin do Văn phòng quản lý – Trung tâm CB-TH – " +
    "30/4/2024."),
  n("11.", "Diễn tập ứng cứu sự cố an toàn thông tin mạng – Trung tâm CB-TH; phối hợp: Công an tỉnh, Sở TT&TT – " +
    "Tháng 11/2024."),
  n("12.", "Báo cáo kết quả chuyển đổi số năm 2024 của Văn phòng gửi Sở TT&TT – Phòng TH – Trước 05/12/2024."),
];

const tasks = [
  task("1", "Ban hành Quy chế quản lý, sử dụng hệ thống quản lý văn bản và điều hành của Văn phòng", "2024-03-31", [HC],
    [CB]),
  task("2", "Số hóa hồ sơ lưu trữ giai đoạn 2019-2023 của Văn phòng", "2024-06-30", [HC]),
  task("4", "Nâng cấp Cổng Thông tin điện tử tỉnh đáp ứng tiêu chí hiển thị trên thiết bị di động", "2024-06-29", [CB],
    [TT]),
  task("5", "Triển khai phòng họp không giấy tờ cho các cuộc họp của UBND tỉnh", "2024-09-30", [TH], [CB]),
  task("6", "Rà soát, đề xuất tái cấu trúc quy trình 20 thủ tục hành chính", "2024-05-14", [KS], [DEPTS]),
  task("8", "Đôn đốc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "2024-08-31", [KS], [PV]),
  task("9", "Tổ chức 02 lớp tập huấn kỹ năng số cho công chức, người lao động của Văn phòng", "2024-10-31", [HC], [TT]),
  task("10", "Rà soát, phân loại, xác định cấp độ các hệ thống thông tin do Văn phòng quản lý", "2024-04-30", [CB]),
  task("11", "Diễn tập ứng cứu sự cố an toàn thông tin mạng", "2024-11-30", [CB], [CA, TT]),
  task("12", "Báo cáo kết quả chuyển đổi số năm 2024 của Văn phòng", "2024-12-04", [TH]),
  task("III.2", "tổng hợp, báo cáo Chánh Văn phòng kết quả thực hiện 6 tháng đầu năm", "2024-06-19", [TH]),
];

const WORK = "Part II's paragraph defines the short forms (Phòng HC-TC, Phòng TH, Phòng KSTTHC, Trung tâm CB-TH): the " +
  "Office's own rooms, no directory entries, answered by their full names, unresolved. Phụ lục lines split at the " +
  "en dashes: task – lead (then '; phối hợp:' partners) – time; refs are the running numbers 1-12 (the letters A-C " +
  "are groups only). 1 'Tháng 3/2024' 31/3 Sun -> 01/4. 2 'Quý II/2024' 30/6 Sun -> 01/7. 3 'Thường xuyên': no " +
  "task. 4 'Trước 30/6/2024' = 29/6 Sat -> 01/7; Sở TT&TT = Sở Thông tin và Truyền thông. 5 'Quý III/2024' 30/9. 6 " +
  "'Trước 15/5/2024' 14/5, partners 'các sở, ngành' = @departments. 7 counted from a future decision: no task. 8 " +
  "'Tháng 8/2024' 31/8 Sat, 01/9 Sun, 02-03/9 Quốc khánh -> 04/9; the Trung tâm PVHCC tỉnh partner unresolved. 9 " +
  "'Tháng 10/2024' 31/10. 10 a bare date '30/4/2024' is its deadline: 30/4 and 01/5 days off -> 02/5. 11 'Tháng " +
  "11/2024' 30/11 Sat -> 02/12, with Công an tỉnh and Sở TT&TT. 12 'Trước 05/12/2024' 04/12 ('gửi Sở TT&TT' a " +
  "recipient). Body III.2 'trước ngày 20/6/2024' 19/6, Phòng TH (the Chánh Văn phòng a recipient); III.1 and III.3 " +
  "undated. The provincial plan 118/KH-UBND of 22/02/2024 is a basis.";

await buildDoc(DIR, {
  typed: blocks,
  printer: "weasyprint",
  expected: {
    id: ID,
    style: "Kế hoạch 45/KH-VPUBND of Văn phòng UBND tỉnh Bắc Kạn, 01/3/2024, chuyển đổi số năm 2024 of the Office. " +
      "HABIT: the tasks are in a PHỤ LỤC OF LINES WHOSE FIELDS ARE JOINED BY EN DASHES (task – lead; phối hợp – " +
      "time), numbers running on across groups A-C, the Office's rooms by short forms defined once. " + WORK +
      " PDF: WeasyPrint.",
    province: "Bắc Kạn",
    plan: { number: "45/KH-VPUBND", date: "2024-03-01" },
    tasks,
    unresolved: [HC, TH, KS, CB, PV],
    successors: [],
  },
});

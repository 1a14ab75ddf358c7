// 07: Bắc Kạn, UBND tỉnh, Kế hoạch 412/KH-UBND ngày 12/6/2024 (before the reorganisation), sửa đổi, bổ sung một số
// nội dung của Kế hoạch 95/KH-UBND ngày 20/02/2024 (cải cách hành chính năm 2024). Habits: an AMENDING PLAN IN PROSE
// that restates only some tasks: "Sửa đổi điểm b khoản 1 Mục III như sau:" then the new wording in quotes and italics
// (typed, its a), b), c) typed too), a whole khoản restated, "Bổ sung điểm đ vào khoản 2 …", "Bổ sung khoản 7 …",
// "Bãi bỏ điểm c khoản 4 …" (no task), then "Điều chỉnh thời gian hoàn thành" dashes "từ Quý II/2024 sang Quý
// III/2024" (the new time counts); the old deadline named in brackets once; "Các nội dung khác … giữ nguyên"; page
// number at the top from page 2 and a running header line; plan.pdf LibreOffice's print.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, buildPaged, dash, lister } from "./common.mjs";

const ID = "07-bac-kan-2024-amending-plan-prose-sua-doi-diem-quoted-italic-new-wording-bai-bo-bo-sung-tu-sang-new-times";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TT = "Sở Thông tin và Truyền thông", TP = "Sở Tư pháp";
const TC = "Sở Tài chính", GD = "Sở Giáo dục và Đào tạo", TD = "Tỉnh đoàn", BD = "Bưu điện tỉnh";
const TK = "Cục Thống kê tỉnh", CM = "UBND huyện Chợ Mới", PN = "UBND huyện Pác Nặm";
const DEP = "@departments", DIS = "@districts";

const R = lister("roman", "parts", { bold: true, indent: false });
const N = lister("decimal", "amend");
const Qt = (text) => P(text, { italic: true });

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 412/KH-UBND", "Bắc Kạn, ngày 12 tháng 6 năm 2024", "KẾ HOẠCH",
    "Sửa đổi, bổ sung một số nội dung của Kế hoạch số 95/KH-UBND ngày 20/02/2024 của UBND tỉnh về thực hiện nhiệm " +
    "vụ cải cách hành chính năm 2024"),
  P("Căn cứ Kế hoạch số 95/KH-UBND ngày 20/02/2024 của UBND tỉnh về thực hiện nhiệm vụ cải cách hành chính năm 2024 " +
    "(sau đây gọi là Kế hoạch số 95/KH-UBND); xét đề nghị của Sở Nội vụ tại Tờ trình số 88/TTr-SNV ngày 05/6/2024, " +
    "để phù hợp với tình hình thực tế và chỉ đạo của Bộ Nội vụ, UBND tỉnh sửa đổi, bổ sung một số nội dung của Kế " +
    "hoạch số 95/KH-UBND như sau:"),
  R("I.", "NỘI DUNG SỬA ĐỔI, BỔ SUNG"),
  N("1.", "Sửa đổi điểm b khoản 1 Mục III như sau:"),
  Qt("“b) Sở Tư pháp chủ trì, phối hợp với các sở, ban, ngành rà soát, hệ thống hóa văn bản quy phạm pháp luật do " +
    "HĐND, UBND tỉnh ban hành kỳ 2019 - 2023; công bố danh mục văn bản hết hiệu lực; hoàn thành trước ngày 30/9/2024 " +
    "(thay cho thời hạn ngày 30/6/2024).”"),
  N("2.", "Sửa đổi điểm a khoản 3 Mục III như sau:"),
  Qt("“a) Sở Nội vụ chủ trì, phối hợp với Sở Tài chính thẩm định, trình UBND tỉnh phê duyệt điều chỉnh danh mục vị " +
    "trí việc làm trong các cơ quan hành chính của tỉnh. Thời gian hoàn thành: Quý III/2024.”"),
  N("3.", "Sửa đổi khoản 5 Mục III như sau:"),
  Qt("“5. Hiện đại hóa hành chính"),
  Qt("a) Sở Thông tin và Truyền thông chủ trì nâng cấp Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP), bảo đảm " +
    "kết nối với Cơ sở dữ liệu quốc gia về dân cư; thời gian: tháng 10/2024."),
  Qt("b) Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Thông tin và Truyền thông, Bưu điện tỉnh triển khai thanh toán " +
    "trực tuyến phí, lệ phí trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh; hoàn thành trước ngày " +
    "31/8/2024."),
  Qt("c) UBND các huyện, thành phố chỉ đạo 100% UBND cấp xã sử dụng chữ ký số chuyên dùng trong xử lý văn bản, hồ " +
    "sơ công việc; hoàn thành trong Quý IV/2024.”"),
  N("4.", "Bổ sung điểm đ vào sau điểm d khoản 2 Mục III như sau:"),
  Qt("“đ) UBND huyện Chợ Mới, UBND huyện Pác Nặm tập trung giải quyết dứt điểm hồ sơ thủ tục hành chính quá hạn " +
    "tồn đọng; báo cáo kết quả, nguyên nhân và trách nhiệm của cá nhân liên quan về Văn phòng UBND tỉnh trước ngày " +
    "15/7/2024.”"),
  N("5.", "Bổ sung khoản 7 vào sau khoản 6 Mục III như sau:"),
  Qt("“7. Tổ chức Hội thi tìm hiểu về cải cách hành chính năm 2024 dành cho cán bộ, công chức, viên chức và đoàn viên " +
    "thanh niên: Sở Nội vụ chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Tỉnh đoàn tổ chức; hoàn thành trong tháng " +
    "11/2024.”"),
  N("6.", "Bãi bỏ điểm c khoản 4 Mục III (tổ chức đoàn công tác học tập kinh nghiệm cải cách hành chính ngoài tỉnh " +
    "trong Quý II/2024)."),
  N("7.", "Điều chỉnh thời gian hoàn thành của một số nhiệm vụ như sau:"),
  dash("Điểm a khoản 4 Mục III (xây dựng Kế hoạch tuyên truyền cải cách hành chính năm 2024 - Sở Nội vụ chủ trì): " +
    "từ Quý I/2024 sang trước ngày 15/7/2024."),
  dash("Điểm d khoản 1 Mục III (kiểm tra công tác kiểm soát thủ tục hành chính tại các huyện, thành phố - Văn phòng " +
    "UBND tỉnh chủ trì): từ Quý II/2024 sang Quý III/2024."),
  dash("Điểm b khoản 4 Mục III (điều tra xã hội học đánh giá sự hài lòng của người dân, tổ chức - Sở Nội vụ chủ trì, " +
    "Cục Thống kê tỉnh phối hợp): từ tháng 8/2024 sang tháng 10/2024."),
  dash("Khoản 6 Mục III (báo cáo tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành, " +
    "UBND các huyện, thành phố): từ ngày 10/12/2024 sang ngày 20/12/2024."),
  R("II.", "TỔ CHỨC THỰC HIỆN"),
  P("Các nội dung khác của Kế hoạch số 95/KH-UBND giữ nguyên. Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các " +
    "huyện, thành phố căn cứ nội dung sửa đổi, bổ sung tại Kế hoạch này tổ chức thực hiện; kết quả thực hiện lồng ghép " +
    "trong báo cáo cải cách hành chính định kỳ gửi Sở Nội vụ. Sở Nội vụ theo dõi, đôn đốc, tổng hợp, báo cáo UBND " +
    "tỉnh./."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh", "Các sở, ban, ngành",
    "UBND các huyện, thành phố", "LĐVP", "Cổng TTĐT tỉnh"], "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đinh Quang Tuyên"),
];

const tasks = [
  task("I.1", "rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành kỳ 2019 - 2023",
    "2024-09-29", [TP], [DEP]),
  task("I.2", "trình UBND tỉnh phê duyệt điều chỉnh danh mục vị trí việc làm", "2024-09-30", [NV], [TC]),
  task("I.3.a", "nâng cấp Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)", "2024-10-31", [TT]),
  task("I.3.b", "triển khai thanh toán trực tuyến phí, lệ phí trên Hệ thống thông tin giải quyết thủ tục hành chính",
    "2024-08-30", [VP], [TT, BD]),
  task("I.3.c", "chỉ đạo 100% UBND cấp xã sử dụng chữ ký số chuyên dùng", "2024-12-31", [DIS]),
  task("I.4", "tập trung giải quyết dứt điểm hồ sơ thủ tục hành chính quá hạn tồn đọng", "2024-07-14", [CM, PN]),
  task("I.5", "Tổ chức Hội thi tìm hiểu về cải cách hành chính năm 2024", "2024-11-30", [NV], [GD, TD]),
  task(null, "xây dựng Kế hoạch tuyên truyền cải cách hành chính năm 2024", "2024-07-14", [NV]),
  task(null, "kiểm tra công tác kiểm soát thủ tục hành chính tại các huyện, thành phố", "2024-09-30", [VP]),
  task(null, "điều tra xã hội học đánh giá sự hài lòng của người dân, tổ chức", "2024-10-31", [NV], [TK]),
  task(null, "báo cáo tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024", "2024-12-20", [DEP, DIS]),
];

const WORK = "Only the restated, added and re-timed tasks are tasks; refs are this plan's numbering (I.n, I.3.x for " +
  "the points of the restated khoản 5), not the amended plan's 'điểm b khoản 1 Mục III'; the dashes of 7. are ref " +
  "null. 1 'trước ngày 30/9/2024 (thay cho thời hạn ngày 30/6/2024)' 29/9 Sun -> 30/9, the old day is not read; 2 " +
  "'Quý III/2024' 30/9; 3.a 'tháng 10/2024' 31/10; 3.b with Sở TT&TT, Bưu điện tỉnh 'trước ngày 31/8/2024' 30/8; " +
  "3.c @districts 'trong Quý IV/2024' 31/12 (UBND cấp xã directed, no coordinator); 4 two districts 'trước ngày " +
  "15/7/2024' 14/7 Sun -> 15/7; 5 'trong tháng 11/2024' 30/11 Sat -> 02/12; 6 Bãi bỏ: no task. 7 'từ X sang Y': Y " +
  "counts, the unit in the brackets leads: 'sang trước ngày 15/7/2024' 14/7 Sun -> 15/7; 'sang Quý III/2024' 30/9; " +
  "'sang tháng 10/2024' 31/10 (Cục Thống kê tỉnh coordinator); 'sang ngày 20/12/2024' 20/12, @departments + " +
  "@districts. Page number on top from page 2, running header line. PDF: LibreOffice.";

await buildPaged(DIR, {
  typed: blocks,
  page: { headerText: "Kế hoạch số 412/KH-UBND sửa đổi, bổ sung Kế hoạch số 95/KH-UBND" },
  expected: {
    id: ID,
    style: "Kế hoạch 412/KH-UBND of UBND tỉnh Bắc Kạn, 12/6/2024 (before the reorganisation). HABIT: AN AMENDING PLAN " +
      "IN PROSE restating only some tasks in quoted italics, adding and repealing points, re-timing others 'từ X " +
      "sang Y'. " + WORK,
    province: "Bắc Kạn",
    plan: { number: "412/KH-UBND", date: "2024-06-12" },
    tasks,
    unresolved: [],
    successors: [],
  },
});

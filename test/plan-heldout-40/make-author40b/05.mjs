// 05: Lai Châu 2026 (after the reorganisation: merged departments, communes, no districts), UBND tỉnh, Kế hoạch
// 96/KH-UBND ngày 20/4/2026, triển khai Hệ thống thông tin giải quyết thủ tục hành chính tỉnh (phiên bản mới).
// Habit: an IT DEPLOYMENT PLAN WITH DEADLINES RELATIVE TO A NAMED DAY: "Ngày T là ngày chính thức vận hành hệ thống,
// dự kiến ngày 01/7/2026", and a second milestone "Ngày N = T + 30"; the table and the prose give "T-45", "T - 15",
// "Từ T-20 đến T-5", "trước ngày T 10 ngày", "chậm nhất ngày T", "T+7", "sau ngày T 2 tuần", "Ngày N", "N + 15".
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";

const ID = "05-lai-chau-2026-it-deployment-plan-deadlines-relative-to-day-t-t-minus-30-t-plus-7-day-n-equals-t-plus-30";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const KC = "Sở Khoa học và Công nghệ", VP = "Văn phòng UBND tỉnh", NV = "Sở Nội vụ", TC = "Sở Tài chính";
const CA = "Công an tỉnh", TP = "Sở Tư pháp", VH = "Sở Văn hóa, Thể thao và Du lịch";
const BAO = "Báo và Phát thanh, Truyền hình Lai Châu", VNPT = "VNPT Lai Châu", TTHC = "Trung tâm Phục vụ hành chính công tỉnh";
const XA = "UBND cấp xã", XAW = "UBND các xã, phường", S = "Các sở, ban, ngành";

// group rows: [label, title]; task rows: [title, lead cell, coord cell, time, due, lead[], coord[]]
const data = [
  ["A", "CÔNG VIỆC CHUẨN BỊ TRƯỚC NGÀY T"],
  ["Rà soát, chuẩn hóa danh mục thủ tục hành chính và quy trình nội bộ cấu hình trên hệ thống mới", VP,
    `${S}; ${XAW}`, "T-45", "2026-05-17", [VP], ["@departments", XA]],
  ["Hoàn thiện hạ tầng mạng, đường truyền số liệu chuyên dùng đến bộ phận một cửa các xã, phường", KC,
    `${VNPT}; ${XAW}`, "T-30", "2026-06-01", [KC], [VNPT, XA]],
  ["Tạo lập, phân quyền tài khoản cho cán bộ, công chức tiếp nhận và giải quyết hồ sơ", KC, NV, "T - 15",
    "2026-06-16", [KC], [NV]],
  ["Chuyển đổi, đồng bộ dữ liệu hồ sơ đang giải quyết từ hệ thống cũ sang hệ thống mới", KC, `${VP}; ${VNPT}`,
    "Từ T-20 đến T-5", "2026-06-26", [KC], [VP, VNPT]],
  ["Tập huấn sử dụng hệ thống cho cán bộ một cửa cấp tỉnh và cấp xã", KC, `${NV}; ${XAW}`,
    "Trước ngày T 10 ngày", "2026-06-21", [KC], [NV, XA]],
  ["Kiểm tra, đánh giá an toàn thông tin, an ninh mạng của hệ thống trước khi đưa vào vận hành", CA, KC, "T-7",
    "2026-06-24", [CA], [KC]],
  ["Ban hành Quy chế quản lý, vận hành và khai thác hệ thống", VP, `${TP}; ${KC}`, "Hoàn thành trước ngày T",
    "2026-06-30", [VP], [TP, KC]],
  ["B", "VẬN HÀNH CHÍNH THỨC (NGÀY T)"],
  ["Chính thức vận hành hệ thống, dừng tiếp nhận hồ sơ mới trên hệ thống cũ", VP, `${KC}; ${S}; ${XAW}`, "Ngày T",
    "2026-07-01", [VP], [KC, "@departments", XA]],
  ["Thông tin, tuyên truyền về việc vận hành hệ thống mới trên các phương tiện thông tin đại chúng", VH, BAO,
    "Chậm nhất ngày T", "2026-07-01", [VH], [BAO]],
  ["Bố trí cán bộ kỹ thuật hỗ trợ trực tiếp tại Trung tâm Phục vụ hành chính công và bộ phận một cửa cấp xã", KC,
    VNPT, "T+7", "2026-07-08", [KC], [VNPT]],
  ["C", "SAU VẬN HÀNH"],
  ["Tổng hợp lỗi phát sinh, đề xuất hiệu chỉnh chức năng của hệ thống", KC, S, "Sau ngày T 2 tuần",
    "2026-07-15", [KC], ["@departments"]],
  ["Kết thúc vận hành song song, ngừng hoạt động hệ thống cũ và lưu trữ dữ liệu", KC, VP, "Ngày N", "2026-07-31",
    [KC], [VP]],
  ["Khảo sát mức độ hài lòng của người dân, doanh nghiệp đối với hệ thống mới", VP, `${NV}; ${TTHC}`, "N + 15",
    "2026-08-15", [VP], [NV, TTHC]],
];

const rows = [["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]];
const tasks = [];
let n = 0;
for (const r of data) {
  if (r.length === 2) {
    rows.push([{ text: r[0], bold: true, align: "center" }, { text: r[1], span: 4, bold: true }]);
    continue;
  }
  const [title, lc, cc, time, due, lead, co] = r;
  n++;
  rows.push([{ text: String(n), align: "center", list: { kind: "cell", inst: "stt" } }, title, lc, cc,
    { text: time, align: "center" }]);
  tasks.push(task(String(n), title, due, lead, co));
}

const P = (text, o = {}) => ({ t: "p", align: "justify", text, ...o });
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 96/KH-UBND", "Lai Châu, ngày 20 tháng 4 năm 2026", "KẾ HOẠCH",
    "Triển khai vận hành Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Lai Châu (phiên bản mới)"),
  P("Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi " +
    "trường điện tử; UBND tỉnh ban hành Kế hoạch triển khai vận hành Hệ thống thông tin giải quyết thủ tục hành " +
    "chính tỉnh (phiên bản mới) như sau:"),
  { t: "p", num: "I.", text: "MỤC ĐÍCH, YÊU CẦU", bold: true },
  P("Chuyển toàn bộ việc tiếp nhận, giải quyết hồ sơ thủ tục hành chính của các cơ quan cấp tỉnh và UBND cấp xã (các xã, " +
    "phường) sang hệ thống mới, bảo đảm không gián đoạn, không mất dữ liệu, người dân và doanh nghiệp không phải nộp " +
    "lại hồ sơ."),
  { t: "p", num: "II.", text: "MỐC THỜI GIAN", bold: true },
  P("Ngày T là ngày chính thức vận hành hệ thống, dự kiến ngày 01/7/2026. Các mốc trong Kế hoạch này được tính " +
    "theo ngày T: \"T-30\" là 30 ngày trước ngày T, \"T+7\" là 7 ngày sau ngày T (tính cả ngày nghỉ)."),
  P("Ngày N = T + 30 là ngày kết thúc giai đoạn vận hành song song hệ thống cũ và hệ thống mới."),
  P("Trường hợp ngày T được điều chỉnh, Sở Khoa học và Công nghệ thông báo ngày T mới; các mốc thời gian được tính " +
    "lại theo ngày T mới.", { italic: true }),
  { t: "p", num: "III.", text: "NHIỆM VỤ CỤ THỂ", bold: true },
  { t: "table", widths: [700, 3900, 1800, 2300, 1400], header: 1, rows },
  { t: "p", num: "IV.", text: "TỔ CHỨC THỰC HIỆN", bold: true },
  P("Sở Tài chính thẩm định, tham mưu UBND tỉnh bố trí kinh phí thuê dịch vụ công nghệ thông tin cho hệ thống, " +
    "chậm nhất ngày T-35.", { num: "1." }),
  P("UBND các xã, phường niêm yết công khai hướng dẫn nộp hồ sơ trực tuyến tại bộ phận một cửa trước ngày T 5 " +
    "ngày; phối hợp với Sở Khoa học và Công nghệ hỗ trợ người dân trong những ngày đầu vận hành.", { num: "2." }),
  P("Sở Khoa học và Công nghệ theo dõi, đôn đốc các cơ quan, đơn vị; tổng hợp kết quả vận hành song song, báo cáo " +
    "UBND tỉnh chậm nhất ngày N + 5.", { num: "3." }),
  P("Các sở, ban, ngành thường xuyên rà soát, cập nhật quy trình nội bộ trên hệ thống khi có thủ tục hành chính " +
    "mới được công bố.", { num: "4." }),
  ...sign(["Bộ Khoa học và Công nghệ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành", XAW],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Tống Thanh Hải"),
];
tasks.push(
  task("IV.1", "bố trí kinh phí thuê dịch vụ công nghệ thông tin cho hệ thống", "2026-05-27", [TC]),
  task("IV.2", "niêm yết công khai hướng dẫn nộp hồ sơ trực tuyến tại bộ phận một cửa", "2026-06-26", [XA], [KC]),
  task("IV.3", "tổng hợp kết quả vận hành song song, báo cáo UBND tỉnh", "2026-08-05", [KC]),
);

const DATES = "T = 01/7/2026 (Wed), N = T + 30 = 31/7/2026 (Fri), day counts in calendar days as the plan says. " +
  "1 'T-45' 17/5 Sun -> 18/5 Mon; 2 'T-30' 1/6 Mon; 3 'T - 15' 16/6 Tue; 4 'Từ T-20 đến T-5' = T-5 26/6 Fri; 5 " +
  "'Trước ngày T 10 ngày' = T-10 21/6 Sun -> 22/6 Mon (10 days before T, not one day less); 6 'T-7' 24/6 Wed; 7 " +
  "'Hoàn thành trước ngày T' = T-1 30/6 Tue; 8 'Ngày T' 1/7 Wed; 9 'Chậm nhất ngày T' 1/7; 10 'T+7' 8/7 Wed; 11 " +
  "'Sau ngày T 2 tuần' 15/7 Wed; 12 'Ngày N' 31/7 Fri; 13 'N + 15' 15/8 Sat -> 17/8 Mon; IV.1 'chậm nhất ngày T-35' " +
  "27/5 Wed; IV.2 'trước ngày T 5 ngày' = T-5 26/6 Fri; IV.3 'chậm nhất ngày N + 5' 5/8 Wed ('báo cáo UBND tỉnh' a " +
  "recipient); IV.4 'thường xuyên' no task. Group rows A/B/C are no tasks; the date in 'Nghị định 45/2020' and " +
  "'dự kiến ngày 01/7/2026' are no deadlines themselves.";

await build(DIR, {
  blocks, printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 96/KH-UBND of UBND tỉnh Lai Châu, 20/4/2026 (after the reorganisation: merged departments, " +
      "communes, no districts), deploying the province's new administrative-procedure system. HABIT: an IT " +
      "DEPLOYMENT PLAN WHOSE DEADLINES ARE RELATIVE TO A NAMED DAY: section II defines 'Ngày T là ngày chính thức " +
      "vận hành hệ thống, dự kiến ngày 01/7/2026' and 'Ngày N = T + 30'; the table STT | Nội dung công việc | Đơn " +
      "vị chủ trì | Đơn vị phối hợp | Thời hạn (group rows A, B, C; STT 1-13 running on) and the prose of IV give " +
      "only offsets; due = the computed calendar date. ref = STT, IV.n for the prose. " + DATES + " 'UBND các xã, " +
      "phường' = UBND cấp xã (no commune named, unresolved); 'Các sở, ban, ngành' = @departments; VNPT Lai Châu and " +
      "Trung tâm Phục vụ hành chính công tỉnh unresolved. plan.pdf LibreOffice's print of plan-auto.docx.",
    province: "Lai Châu",
    plan: { number: "96/KH-UBND", date: "2026-04-20" },
    tasks, unresolved: [XA, VNPT, TTHC], successors: [],
  },
});

// 05: Lai Châu, Sở Nội vụ (after the reorganisation), 22/01/2026 — the department's own work plan for 2026. II is
// ONE table "TT | Nội dung | Chủ trì | Phối hợp | Thời gian": a row's content cell may hold a heading line and
// sub-items "a) … b) … c) …" on lines of their own (plan-auto: a Word letter list restarting in each row), and its
// time cell then lists the matching times on lines of their own ("a) Trước 15/3/2026", "b) Tháng 6/2026" …; typed
// in both Word files), or one time for all its sub-items. Chủ trì: the department's own offices, mostly.
// plan.pdf: Chromium from HTML.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "05-lai-chau-2026-snv-task-table-sub-items-own-lines-matching-time-lines";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const XA = "UBND cấp xã";
const TCBC = "Phòng Tổ chức, biên chế";
const CCVC = "Phòng Công chức, viên chức";
const XDCQ = "Phòng Xây dựng chính quyền";
const LT = "Trung tâm Lưu trữ lịch sử";
const LD = "Phòng Lao động - Việc làm";
const LQ = "Các cơ quan, đơn vị có liên quan";
const TRUONG = "Trường Chính trị tỉnh";
const VPS = "Văn phòng Sở";
const PDV = "Các phòng, đơn vị thuộc Sở";

// A row: {text} (one task) or {head, items: [[text, time | null, due | null, title?]]}; time: the row's time
// cell when it is one for all; L / C: lead / coordinators as the directory names them.
const ROWS = [
  { text: "Tham mưu UBND tỉnh giao biên chế công chức, số lượng người làm việc trong các cơ quan, đơn vị năm 2026 " +
    "sau khi có quyết định giao của cấp có thẩm quyền", due: "2026-03-31", time: "Tháng 3/2026",
  lead: TCBC, L: [TCBC], co: "Sở Tài chính", C: ["Sở Tài chính"] },
  { head: "Rà soát, hoàn thiện tổ chức bộ máy sau sắp xếp:", items: [
    ["Rà soát quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của các sở, cơ quan thuộc UBND tỉnh; " +
      "tham mưu sửa đổi, bổ sung những nội dung chưa phù hợp;", "Trước 15/3/2026", "2026-03-14"],
    ["Thẩm định đề án vị trí việc làm của các cơ quan, tổ chức hành chính và đơn vị sự nghiệp công lập thuộc tỉnh;",
      "Tháng 6/2026", "2026-06-30"],
    ["Tổng hợp, đánh giá kết quả vận hành mô hình chính quyền địa phương hai cấp, báo cáo UBND tỉnh.",
      "Quý IV/2026", "2026-12-31", "Tổng hợp, đánh giá kết quả vận hành mô hình chính quyền địa phương hai cấp"],
  ], lead: TCBC, L: [TCBC], co: "Các sở, ban, ngành; UBND các xã, phường", C: ["@departments", XA] },
  { head: "Tuyển dụng, quản lý công chức, viên chức:", items: [
    ["Tổ chức thi tuyển công chức hành chính năm 2026 theo chỉ tiêu được phê duyệt;", "Quý II/2026", "2026-06-30"],
    ["Tổ chức xét thăng hạng chức danh nghề nghiệp viên chức ngành giáo dục, y tế;", "Quý III/2026", "2026-09-30"],
    ["Kiểm tra việc tuyển dụng, sử dụng, quản lý công chức, viên chức tại một số cơ quan, đơn vị và UBND cấp xã.",
      "Từ tháng 8 đến tháng 10/2026", "2026-10-31"],
  ], lead: CCVC, L: [CCVC], co: "Sở Giáo dục và Đào tạo, Sở Y tế; các cơ quan, đơn vị có liên quan",
  C: ["Sở Giáo dục và Đào tạo", "Sở Y tế", LQ] },
  { head: "Tổ chức tập huấn, bồi dưỡng nghiệp vụ:", time: "Quý II/2026", items: [
    ["Tập huấn nghiệp vụ công tác nội vụ cho công chức Văn phòng HĐND và UBND các xã, phường;", null, "2026-06-30"],
    ["Tập huấn kỹ năng lập hồ sơ điện tử, quản lý văn bản trên Hệ thống quản lý văn bản và điều hành.", null,
      "2026-06-30"],
  ], lead: XDCQ, L: [XDCQ], co: "Trung tâm Lưu trữ lịch sử", C: [LT] },
  { text: "Tham mưu UBND tỉnh tổng kết công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm " +
    "kỳ 2026 - 2031 trên địa bàn tỉnh", due: "2026-05-29", time: "Trước 30/5/2026", lead: XDCQ, L: [XDCQ],
  co: "Văn phòng UBND tỉnh; Ủy ban MTTQ Việt Nam tỉnh",
  C: ["Văn phòng UBND tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"] },
  { head: "Công tác văn thư, lưu trữ:", items: [
    ["Hướng dẫn các cơ quan, tổ chức lập hồ sơ điện tử và nộp lưu hồ sơ, tài liệu điện tử vào Lưu trữ lịch sử tỉnh;",
      "Tháng 4/2026", "2026-04-30"],
    ["Thu thập, chỉnh lý tài liệu của các cơ quan cấp huyện đã kết thúc hoạt động;", "Trước 30/9/2026", "2026-09-29"],
    ["Số hóa tài liệu lưu trữ có giá trị sử dụng thường xuyên, cập nhật vào cơ sở dữ liệu lưu trữ của tỉnh.",
      "Thường xuyên", null],
  ], lead: "Trung tâm Lưu trữ lịch sử", L: [LT], co: "Sở Khoa học và Công nghệ", C: ["Sở Khoa học và Công nghệ"] },
  { items: [
    ["Xây dựng dự thảo Kế hoạch giải quyết việc làm và đưa người lao động đi làm việc ở nước ngoài năm 2026, lấy ý " +
      "kiến các cơ quan, đơn vị;", "Trước 28/02/2026", "2026-02-27"],
    ["Hoàn thiện dự thảo, trình UBND tỉnh ban hành Kế hoạch.", "Chậm nhất ngày 15/3/2026", "2026-03-15",
      "Hoàn thiện dự thảo Kế hoạch giải quyết việc làm và đưa người lao động đi làm việc ở nước ngoài năm 2026"],
  ], lead: LD, L: [LD], co: "Sở Tài chính; UBND các xã, phường", C: ["Sở Tài chính", XA] },
  { head: "Đào tạo, bồi dưỡng cán bộ, công chức, viên chức:", time: "Năm 2026", items: [
    ["Mở lớp bồi dưỡng kiến thức quản lý nhà nước cho công chức cấp xã được bố trí sau sắp xếp;", null,
      "2026-12-31"],
    ["Bồi dưỡng kỹ năng số cho công chức, viên chức các sở, ngành.", null, "2026-12-31"],
  ], lead: CCVC, L: [CCVC], co: "Trường Chính trị tỉnh", C: [TRUONG] },
  { text: "Tổng hợp, xây dựng báo cáo kết quả công tác nội vụ năm 2026, phương hướng, nhiệm vụ năm 2027",
    due: "2026-12-04", time: "Trước 05/12/2026", lead: VPS, L: [VPS], co: "Các phòng, đơn vị thuộc Sở", C: [PDV] },
];

const strip = (s) => s.replace(/[;.]$/, "");
const tasks = [];
const trows = ROWS.map((r, ri) => {
  const tt = String(ri + 1);
  const ttCell = { text: tt, align: "center", list: { kind: "cell", inst: "tt" } };
  if (r.text) {
    tasks.push(task(tt, r.text, r.due, r.L, r.C));
    return [ttCell, r.text, r.lead, r.co, r.time];
  }
  const letters = "abc";
  const paras = r.head ? [{ text: r.head }] : [];
  const times = [];
  r.items.forEach(([text, time, due, title], i) => {
    paras.push({ num: `${letters[i]})`, text, list: { kind: "c-letter", inst: "r" + tt } });
    if (time) times.push({ num: `${letters[i]})`, text: time });
    if (due) tasks.push(task(`${tt}.${letters[i]}`, title ?? strip(text), due, r.L, r.C));
  });
  return [ttCell, { paras }, r.lead, r.co, r.time ? r.time : { paras: times }];
});

const P = (text, extra = {}) => ({ t: "p", text, align: "justify", ...extra });
const blocks = [
  ...head(["UBND TỈNH LAI CHÂU", "SỞ NỘI VỤ"], "Số: 19/KH-SNV", "Lai Châu, ngày 22 tháng 01 năm 2026", "KẾ HOẠCH",
    "Công tác tổ chức bộ máy, biên chế, công chức, viên chức, văn thư, lưu trữ và lao động, việc làm năm 2026"),
  P("Thực hiện Chương trình công tác năm 2026 của UBND tỉnh, Sở Nội vụ xây dựng Kế hoạch thực hiện các nhiệm vụ " +
    "trọng tâm năm 2026 như sau:"),
  P("I. MỤC ĐÍCH, YÊU CẦU", { bold: true }),
  P("1. Cụ thể hóa các nhiệm vụ của ngành Nội vụ năm 2026, gắn với việc vận hành ổn định tổ chức bộ máy sau sắp " +
    "xếp và mô hình chính quyền địa phương hai cấp."),
  P("2. Phân công rõ phòng, đơn vị chủ trì, cơ quan phối hợp và thời gian hoàn thành từng nội dung; làm căn cứ để " +
    "theo dõi, đánh giá mức độ hoàn thành nhiệm vụ của tập thể, cá nhân cuối năm."),
  P("II. NHIỆM VỤ CỤ THỂ", { bold: true }),
  { t: "table", widths: [550, 4000, 1500, 1750, 1550], header: 1, rows: [
    ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
    ...trows,
  ] },
  P("III. TỔ CHỨC THỰC HIỆN", { bold: true }),
  P("1. Trưởng các phòng, Giám đốc Trung tâm Lưu trữ lịch sử căn cứ nội dung được giao chủ động xây dựng kế hoạch " +
    "chi tiết, tổ chức thực hiện bảo đảm chất lượng, đúng thời gian; báo cáo kết quả về Văn phòng Sở định kỳ hằng " +
    "quý."),
  P("2. Văn phòng Sở theo dõi, đôn đốc, tổng hợp tình hình thực hiện Kế hoạch, báo cáo Giám đốc Sở. Trong quá trình " +
    "thực hiện, nếu có khó khăn, vướng mắc, các phòng, đơn vị kịp thời báo cáo (qua Văn phòng Sở) để xem xét, giải " +
    "quyết."),
  ...sign(["UBND tỉnh (b/c)", "Giám đốc, các PGĐ Sở", "Các phòng, đơn vị thuộc Sở", "Cổng TTĐT Sở"],
    "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lò Thị Hương"),
];

const css = "@page{size:A4;margin:2cm 1.5cm 2cm 2.5cm}table.bd td:first-child{text-align:center}" +
  "table.nb td:first-child{font-size:11pt}table.bd th{font-size:11.5pt}";
await build(DIR, {
  blocks, printer: "chromium", css,
  expected: {
    id: ID,
    style: "Kế hoạch 19/KH-SNV of Sở Nội vụ tỉnh Lai Châu (after the reorganisation: merged departments, UBND các " +
      "xã, phường), 22/01/2026, the department's own work for 2026; header 'UBND TỈNH LAI CHÂU / SỞ NỘI VỤ', signed " +
      "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC. I aims, II ONE table TT | Nội dung | Chủ trì | Phối hợp | Thời gian (TT a Word " +
      "list in plan-auto), III prose (undated: hằng quý reports). A content cell may hold a heading line and " +
      "sub-items a) b) c) on lines of their own (plan-auto: a Word letter list per row); its time cell then lists " +
      "the matching times a) b) c) on lines of their own: each sub-item is a task, ref '2.a', its own time. Rows " +
      "4 and 8 give ONE time for all their sub-items ('Quý II/2026' -> 30/6; 'Năm 2026' -> 31/12). Row 7 has no " +
      "heading line. The row's Chủ trì / Phối hợp hold for every sub-item. 6.c 'Thường xuyên' is no task. Dates " +
      "(2026): 1 'Tháng 3' 31/3; 2.a 'Trước 15/3' -> 14/3 Sat -> 16/3; 2.b 30/6; 2.c 'Quý IV' 31/12; 3.a 30/6; 3.b " +
      "30/9; 3.c 'Từ tháng 8 đến tháng 10' -> 31/10 Sat -> 2/11; 5 'Trước 30/5' -> 29/5; 6.a 'Tháng 4' -> 30/4 " +
      "(30/4, 1/5 off) -> 4/5; 6.b 'Trước 30/9' -> 29/9; 7.a 'Trước 28/02' -> 27/2; 7.b 'Chậm nhất ngày 15/3' Sun " +
      "-> 16/3; 9 'Trước 05/12' -> 4/12. Leads are mostly the department's own offices (Phòng …, Văn phòng Sở, " +
      "Trung tâm Lưu trữ lịch sử): as written, unresolved; 'Các sở, ban, ngành' = @departments; 'UBND các xã, " +
      "phường' = UBND cấp xã (unresolved); 'các cơ quan, đơn vị có liên quan', 'Trường Chính trị tỉnh', 'Các " +
      "phòng, đơn vị thuộc Sở' unresolved as written; 'Ủy ban MTTQ Việt Nam tỉnh' = the directory's Front. " +
      "'báo cáo UBND tỉnh', 'trình UBND tỉnh' are recipients. Titles drop a sub-item's trailing ';' / '.'.",
    province: "Lai Châu",
    plan: { number: "19/KH-SNV", date: "2026-01-22" },
    tasks,
    unresolved: [TCBC, XA, CCVC, LQ, XDCQ, LT, LD, TRUONG, VPS, PDV],
    successors: [],
  },
});

// 08: Bắc Kạn, UBND tỉnh, Kế hoạch 94/KH-UBND ngày 08/5/2025 (before the reorganisation: districts, old
// departments), kiểm tra công tác cải cách hành chính năm 2025. Habit: an INSPECTION PLAN: what, whom and how the
// team inspects (no task), the preparation steps dated in prose (III.1 a-d), then "Lịch kiểm tra" as a table STT |
// Thời gian | Đơn vị được kiểm tra | Cơ quan chủ trì | Cơ quan phối hợp, one row per visit, and a wrap-up step.
// plan-typed.docx (and plan.txt) repeats the lead and partner cells on every row; plan-auto.docx and plan.pdf merge
// them vertically (the lead over all rows, the partners over the departments' and the districts' rows).
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, H, buildTwo } from "./common.mjs";

const ID = "08-bac-kan-2025-inspection-plan-prep-steps-in-prose-visit-schedule-table";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TP = "Sở Tư pháp", TT = "Sở Thông tin và Truyền thông";

const R = (num, text) => H(num, text, { list: { kind: "roman", inst: "sec" } });
const S = (n, text, inst) => P(text, { num: `${n}.`, bold: true, indent: false, list: { kind: "decimal", inst } });
const a = (l, text, inst) => P(text, { num: `${l})`, list: { kind: "letter", inst } });
const D = (text) => P(text, { num: "-", list: { kind: "dash", inst: "d" } });

// [time, unit inspected, due, partners group]
const VISITS = [
  ["Thứ Ba, ngày 27/5/2025", "Sở Giáo dục và Đào tạo", "2025-05-27", 0],
  ["Thứ Năm, ngày 29/5/2025", "Sở Lao động - Thương binh và Xã hội", "2025-05-29", 0],
  ["Thứ Ba, ngày 03/6/2025", "Sở Văn hóa, Thể thao và Du lịch", "2025-06-03", 0],
  ["Thứ Năm, ngày 05/6/2025", "UBND huyện Ba Bể; UBND xã Thượng Giáo, xã Khang Ninh", "2025-06-05", 1],
  ["Thứ Ba, ngày 10/6/2025", "UBND huyện Chợ Đồn; UBND xã Bằng Lãng, xã Ngọc Phái", "2025-06-10", 1],
  ["Thứ Năm, ngày 12/6/2025", "UBND huyện Na Rì; UBND xã Kim Lư, xã Lương Thượng", "2025-06-12", 1],
  ["Từ ngày 17/6 đến ngày 18/6/2025", "UBND thành phố Bắc Kạn; UBND phường Đức Xuân, phường Sông Cầu", "2025-06-18", 1],
];
const PARTNERS = [[VP, TP], [VP, TP, TT]];
const LEAD_CELL = "Sở Nội vụ (Trưởng đoàn)";

function schedule(merged) {
  const rows = [["STT", "Thời gian", "Đơn vị được kiểm tra", "Cơ quan chủ trì", "Cơ quan phối hợp"]];
  VISITS.forEach(([time, unit, , g], i) => {
    const first = i === 0 || VISITS[i - 1][3] !== g;
    rows.push([{ text: String(i + 1), align: "center", list: { kind: "cell", inst: "stt" } }, time, unit,
      merged ? { text: LEAD_CELL, vm: i === 0 ? "restart" : "continue" } : LEAD_CELL,
      merged ? { text: PARTNERS[g].join(", "), vm: first ? "restart" : "continue" } : PARTNERS[g].join(", ")]);
  });
  return { t: "table", widths: [700, 1900, 3000, 1500, 2200], header: 1, rows };
}

const blocks = (merged) => [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 94/KH-UBND", "Bắc Kạn, ngày 08 tháng 5 năm 2025", "KẾ HOẠCH",
    "Kiểm tra công tác cải cách hành chính năm 2025"),
  P("Thực hiện Kế hoạch số 27/KH-UBND ngày 16/01/2025 của UBND tỉnh về cải cách hành chính nhà nước tỉnh Bắc Kạn " +
    "năm 2025, UBND tỉnh ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2025, cụ thể như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  D("Đánh giá thực chất kết quả triển khai nhiệm vụ cải cách hành chính, kỷ luật, kỷ cương hành chính tại các cơ " +
    "quan, đơn vị; kịp thời chấn chỉnh, khắc phục tồn tại, hạn chế trước khi thực hiện sắp xếp đơn vị hành chính."),
  D("Việc kiểm tra bảo đảm khách quan, đúng trọng tâm, không gây phiền hà, không làm ảnh hưởng đến hoạt động bình " +
    "thường của cơ quan, đơn vị được kiểm tra."),
  R("II.", "NỘI DUNG, ĐỐI TƯỢNG VÀ HÌNH THỨC KIỂM TRA"),
  S(1, "Nội dung kiểm tra", "n2"),
  P("Công tác chỉ đạo, điều hành cải cách hành chính; việc giải quyết thủ tục hành chính theo cơ chế một cửa, một " +
    "cửa liên thông, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; thực hiện chế độ công vụ, văn hóa công " +
    "sở; ứng dụng công nghệ thông tin, cung cấp dịch vụ công trực tuyến."),
  S(2, "Đối tượng kiểm tra", "n2"),
  P("03 sở, 04 UBND huyện, thành phố và 08 UBND xã, phường (có lịch kiểm tra tại mục 2 phần III)."),
  S(3, "Hình thức và thành phần Đoàn kiểm tra", "n2"),
  P("Kiểm tra trực tiếp tại cơ quan, đơn vị: nghe báo cáo, kiểm tra hồ sơ, tài liệu, kiểm tra thực tế tại Bộ phận " +
    "Một cửa. Đoàn kiểm tra do lãnh đạo Sở Nội vụ làm Trưởng đoàn; thành viên là công chức Văn phòng UBND tỉnh, Sở " +
    "Tư pháp, Sở Thông tin và Truyền thông (khi kiểm tra cấp huyện, cấp xã) và Sở Nội vụ."),
  R("III.", "CÁC BƯỚC TIẾN HÀNH"),
  S(1, "Công tác chuẩn bị", "n3"),
  a("a", "Sở Nội vụ tham mưu Chủ tịch UBND tỉnh ban hành Quyết định thành lập Đoàn kiểm tra trước ngày 16/5/2025.",
    "p"),
  a("b", `${VP}, ${TP}, ${TT} mỗi cơ quan cử 01 công chức tham gia Đoàn kiểm tra, gửi danh sách về Sở Nội vụ trước ` +
    "ngày 14/5/2025.", "p"),
  a("c", "Sở Nội vụ thông báo lịch làm việc cụ thể và đề cương báo cáo tới các cơ quan, đơn vị được kiểm tra, chậm " +
    "nhất ngày 20/5/2025.", "p"),
  a("d", "Các sở, ban, ngành, UBND các huyện, thành phố xây dựng báo cáo tự kiểm tra công tác cải cách hành chính " +
    "từ ngày 01/01/2025 đến thời điểm kiểm tra, gửi về Sở Nội vụ trước ngày 24/5/2025 (kể cả cơ quan, đơn vị không " +
    "có tên trong lịch kiểm tra).", "p"),
  S(2, "Lịch kiểm tra", "n3"),
  P("Đoàn kiểm tra làm việc tại các cơ quan, đơn vị theo lịch sau (buổi sáng từ 08 giờ 00, buổi chiều từ 14 giờ 00; " +
    "riêng các huyện, thành phố làm việc với UBND cấp huyện buổi sáng, kiểm tra tại UBND cấp xã buổi chiều):"),
  schedule(merged),
  S(3, "Tổng hợp, báo cáo kết quả", "n3"),
  P("Sở Nội vụ tổng hợp kết quả kiểm tra, dự thảo Thông báo kết luận kiểm tra, báo cáo UBND tỉnh trước ngày " +
    "30/6/2025; theo dõi việc khắc phục tồn tại, hạn chế sau kiểm tra của các cơ quan, đơn vị."),
  R("IV.", "KINH PHÍ"),
  P("Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách năm 2025 giao cho Sở Nội vụ; các cơ quan tham " +
    "gia Đoàn kiểm tra bảo đảm kinh phí công tác cho thành viên của cơ quan mình."),
  P("Trên đây là Kế hoạch kiểm tra công tác cải cách hành chính năm 2025 của UBND tỉnh. Trong quá trình thực hiện, " +
    "trường hợp có thay đổi về thời gian, Sở Nội vụ thông báo trước cho các cơ quan, đơn vị./."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh", "Các sở, ban, ngành tỉnh",
    "UBND các huyện, thành phố", "UBND các xã, phường, thị trấn có tên tại lịch kiểm tra", "LĐVP, Phòng NC"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nông Văn Chí"),
];

const tasks = [
  task("III.1.a", "tham mưu Chủ tịch UBND tỉnh ban hành Quyết định thành lập Đoàn kiểm tra", "2025-05-15", [NV]),
  task("III.1.b", "mỗi cơ quan cử 01 công chức tham gia Đoàn kiểm tra", "2025-05-13", [VP, TP, TT]),
  task("III.1.c", "thông báo lịch làm việc cụ thể và đề cương báo cáo", "2025-05-20", [NV]),
  task("III.1.d", "xây dựng báo cáo tự kiểm tra công tác cải cách hành chính", "2025-05-23",
    ["@departments", "@districts"]),
  ...VISITS.map(([, unit, due, g], i) => task(String(i + 1), unit, due, [NV], PARTNERS[g])),
  task("III.3", "tổng hợp kết quả kiểm tra, dự thảo Thông báo kết luận kiểm tra", "2025-06-29", [NV]),
];

const DATES = "III.1.a Sở Nội vụ 'trước ngày 16/5/2025' 15/5; III.1.b three leads (each sends its member), 'trước " +
  "ngày 14/5/2025' 13/5 (Sở Nội vụ a recipient); III.1.c 'chậm nhất ngày 20/5/2025' 20/5; III.1.d @departments and " +
  "@districts, 'trước ngày 24/5/2025' 23/5; schedule rows 1-7 (ref STT): the day of the visit, rows 1-6 one day " +
  "(27/5, 29/5, 03/6, 05/6, 10/6, 12/6), row 7 'Từ ngày 17/6 đến ngày 18/6/2025' 18/6; each row led by Sở Nội vụ " +
  "('Sở Nội vụ (Trưởng đoàn)'), partners Văn phòng UBND tỉnh and Sở Tư pháp (rows 1-3) plus Sở TT&TT (rows 4-7, " +
  "as II.3 says); the unit inspected is the title, neither lead nor partner; III.3 'trước ngày 30/6/2025' 29/6 Sun " +
  "-> 30/6. Sections I, II, IV: no task.";

await buildTwo(DIR, {
  typed: blocks(false), auto: blocks(true),
  expected: {
    id: ID,
    style: "Kế hoạch 94/KH-UBND of UBND tỉnh Bắc Kạn, 08/5/2025, before the reorganisation (districts, old " +
      "departments). HABIT: an INSPECTION PLAN (kiểm tra công tác CCHC): I Mục đích, II what, whom, how and the " +
      "team (no task), III Các bước tiến hành: 1. preparation steps dated in prose a)-d), 2. 'Lịch kiểm tra' a " +
      "table STT | Thời gian | Đơn vị được kiểm tra | Cơ quan chủ trì | Cơ quan phối hợp, one row per visit, 3. " +
      "the wrap-up report. plan-typed.docx and plan.txt repeat the lead and partner cells on every row; " +
      "plan-auto.docx (and the PDF, .doc, .odt, .rtf made from it) merge them vertically, each row keeping its " +
      "own. " + DATES + " plan.pdf LibreOffice's print of plan-auto.docx.",
    province: "Bắc Kạn",
    plan: { number: "94/KH-UBND", date: "2025-05-08" },
    tasks, unresolved: [], successors: [],
  },
});

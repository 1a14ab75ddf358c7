// 07: Thái Nguyên, UBND tỉnh, Kế hoạch 38/KH-UBND ngày 24/02/2026 (after the reorganisation, Bắc Kạn merged in:
// merged departments, 92 communes, no districts), bồi dưỡng cán bộ, công chức năm 2026. Habit: a TRAINING PLAN whose
// part II is a table of courses STT | Tên lớp bồi dưỡng | Đối tượng | Số người | Thời gian | Đơn vị tổ chức,
// grouped by bold rows A (cấp tỉnh) and B (cấp xã) with STT running on; each course's organiser leads it and its
// time is its deadline; part IV gives the preparation tasks in prose under unit headings. plan.txt and
// plan-typed.docx repeat the organiser on every row; plan-auto.docx merges it over two courses of the same organiser.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, H, item, buildTwo } from "./common.mjs";

const ID = "07-thai-nguyen-2026-training-plan-course-table-organiser-and-time-prep-in-prose";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TP = "Sở Tư pháp", TC = "Sở Tài chính", TTr = "Thanh tra tỉnh";
const KC = "Sở Khoa học và Công nghệ", NM = "Sở Nông nghiệp và Môi trường";
const TTPV = "Trung tâm Phục vụ hành chính công tỉnh", TCT = "Trường Chính trị tỉnh";

const R = (num, text) => H(num, text, { list: { kind: "roman", inst: "sec" } });
const mục = item("decimal", "m1");
const unitHead = (n, text) => H(`${n}.`, text, { list: { kind: "decimal", inst: "iv" } });
const sub = (inst) => (l, text) => P(text, { num: `${l})`, list: { kind: "letter", inst } });

// [name, participants, number, time as written, due, organiser cell, lead, partners]
const GROUPS = [
  ["A. CÁC LỚP DÀNH CHO CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC CẤP TỈNH", [
    ["Bồi dưỡng nghiệp vụ cải cách hành chính cho công chức đầu mối", "Công chức làm công tác CCHC tại các sở, " +
      "ban, ngành tỉnh", "90", "Tháng 4/2026", "2026-04-30", NV, [NV], []],
    ["Văn hóa công vụ và kỹ năng giao tiếp, ứng xử với người dân", "Công chức, viên chức trực tiếp tiếp xúc với " +
      "người dân, doanh nghiệp", "120", "Từ ngày 08/6 đến ngày 10/6/2026", "2026-06-10", NV, [NV], []],
    ["Kỹ năng tiếp công dân, xử lý đơn thư khiếu nại, tố cáo", "Công chức làm công tác tiếp công dân của các sở, " +
      "ngành", "80", "Tháng 7/2026", "2026-07-31", TTr, [TTr], []],
    ["Kỹ năng xây dựng, thẩm định văn bản quy phạm pháp luật", "Công chức pháp chế các sở, ban, ngành", "70",
      "Quý III/2026", "2026-09-30", `${TP}, phối hợp ${TCT}`, [TP], [TCT]],
  ]],
  ["B. CÁC LỚP DÀNH CHO CÁN BỘ, CÔNG CHỨC CẤP XÃ", [
    ["Kỹ năng giải quyết thủ tục hành chính trên môi trường điện tử", "Công chức Bộ phận Một cửa của 92 xã, " +
      "phường (02 người/xã)", "184", "Quý II/2026", "2026-06-30", `${VP}; phối hợp: ${TTPV}`, [VP], [TTPV]],
    ["Kỹ năng số và bảo đảm an toàn thông tin mạng", "Cán bộ, công chức UBND các xã, phường (03 lớp)", "276",
      "Tuần thứ 2 của tháng 9/2026", "2026-09-14", KC, [KC], []],
    ["Quản lý tài chính, ngân sách xã trong mô hình chính quyền địa phương hai cấp", "Công chức Tài chính - Kế " +
      "toán cấp xã", "92", "Ngày 15 - 16/10/2026", "2026-10-16", TC, [TC], []],
    ["Nghiệp vụ quản lý đất đai, tài nguyên và môi trường ở cấp xã", "Công chức Nông nghiệp - Tài nguyên và Môi " +
      "trường cấp xã", "184", "Tháng 10 - 11/2026", "2026-11-30", NM, [NM], []],
  ]],
];
const COURSES = GROUPS.flatMap(([, cs]) => cs);

function courses(merged) {
  const rows = [["STT", "Tên lớp bồi dưỡng", "Đối tượng", "Số người", "Thời gian", "Đơn vị tổ chức"]];
  let n = 0;
  for (const [label, cs] of GROUPS) {
    rows.push([{ text: label, span: 6, bold: true }]);
    cs.forEach(([name, who, count, time, , org], i) => {
      n += 1;
      const same = i > 0 && cs[i - 1][5] === org;
      rows.push([{ text: String(n), align: "center", list: { kind: "cell", inst: "stt" } }, name, who,
        { text: count, align: "center" }, time, merged ? { text: org, vm: same ? "continue" : "restart" } : org]);
    });
  }
  return { t: "table", widths: [720, 2450, 2150, 880, 1500, 1700], header: 1, rows };
}

const nv = sub("nv");
const blocks = (merged) => [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 38/KH-UBND", "Thái Nguyên, ngày 24 tháng 02 năm 2026",
    "KẾ HOẠCH", "Bồi dưỡng cán bộ, công chức, viên chức về cải cách hành chính và kỹ năng thực thi công vụ năm 2026"),
  P("Căn cứ Nghị định số 101/2017/NĐ-CP ngày 01/9/2017 của Chính phủ về đào tạo, bồi dưỡng cán bộ, công chức, " +
    "viên chức (được sửa đổi, bổ sung bởi Nghị định số 89/2021/NĐ-CP); căn cứ Kế hoạch cải cách hành chính nhà " +
    "nước tỉnh Thái Nguyên năm 2026 và nhu cầu bồi dưỡng do các cơ quan, đơn vị đăng ký, UBND tỉnh ban hành Kế " +
    "hoạch bồi dưỡng năm 2026 như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  mục("1.", "Nâng cao kiến thức, kỹ năng thực thi công vụ cho đội ngũ cán bộ, công chức, viên chức, nhất là công " +
    "chức cấp xã mới được bố trí sau sắp xếp đơn vị hành chính, đáp ứng yêu cầu vận hành chính quyền địa phương " +
    "hai cấp."),
  mục("2.", "Bồi dưỡng đúng đối tượng, thiết thực, tránh trùng lặp; học viên tham gia đầy đủ thời gian, được cấp " +
    "chứng chỉ (giấy chứng nhận) sau khóa học."),
  R("II.", "NỘI DUNG, ĐỐI TƯỢNG, THỜI GIAN BỒI DƯỠNG"),
  P("Năm 2026 tổ chức 08 lớp bồi dưỡng với 1.096 lượt học viên; cơ quan được giao tổ chức lớp chịu trách nhiệm " +
    "hoàn thành lớp học trong thời gian ghi tại Biểu dưới đây:"),
  courses(merged),
  R("III.", "KINH PHÍ"),
  P("Từ nguồn ngân sách tỉnh bố trí cho công tác đào tạo, bồi dưỡng năm 2026 giao Sở Nội vụ quản lý và các nguồn " +
    "hợp pháp khác; học viên được hưởng chế độ theo Nghị quyết của HĐND tỉnh."),
  R("IV.", "TỔ CHỨC THỰC HIỆN"),
  unitHead(1, "Sở Nội vụ"),
  nv("a", "Xây dựng dự toán kinh phí bồi dưỡng năm 2026, gửi Sở Tài chính thẩm định trước ngày 20/3/2026."),
  nv("b", "Thông báo chỉ tiêu và triệu tập học viên từng lớp chậm nhất 15 ngày trước ngày khai giảng; theo dõi, " +
    "kiểm tra việc tổ chức các lớp."),
  nv("c", "Tổng hợp kết quả bồi dưỡng năm 2026, báo cáo UBND tỉnh, Bộ Nội vụ trước ngày 10/12/2026."),
  unitHead(2, "Sở Tài chính"),
  P("Thẩm định, tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch; hoàn thành trong tháng 3/2026."),
  unitHead(3, "Các sở, ban, ngành tỉnh; UBND các xã, phường"),
  P("Rà soát nhu cầu, đăng ký số lượng học viên theo từng lớp, gửi về Sở Nội vụ trước ngày 10/3/2026; cử đúng " +
    "thành phần, đủ số lượng học viên theo giấy triệu tập, bố trí công việc để học viên tham gia đầy đủ."),
  unitHead(4, "Các cơ quan được giao tổ chức lớp"),
  P("Xây dựng chương trình, tài liệu, mời giảng viên; quản lý học viên; báo cáo kết quả từng lớp về Sở Nội vụ trong " +
    "vòng 10 ngày sau khi kết thúc lớp học."),
  P("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp, " +
    "báo cáo UBND tỉnh xem xét, điều chỉnh./."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "Trường Chính trị tỉnh", "UBND các xã, phường", "LĐVP, NC"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Phạm Hoàng Sơn"),
];

const tasks = [
  ...COURSES.map(([name, , , , due, , lead, partners], i) => task(String(i + 1), name, due, lead, partners)),
  task("IV.1.a", "Xây dựng dự toán kinh phí bồi dưỡng năm 2026", "2026-03-19", [NV]),
  task("IV.1.c", "Tổng hợp kết quả bồi dưỡng năm 2026, báo cáo UBND tỉnh, Bộ Nội vụ", "2026-12-09", [NV]),
  task("IV.2", "Thẩm định, tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch", "2026-03-31", [TC]),
  task("IV.3", "Rà soát nhu cầu, đăng ký số lượng học viên theo từng lớp", "2026-03-09",
    ["@departments", "UBND các xã, phường"]),
];

const WORK = "Courses (ref STT 1-8, title the course's name, lead its organiser, due its time): 1 Sở Nội vụ 'Tháng " +
  "4/2026' 30/4 (off, 1/5 off, weekend) -> 4/5; 2 Sở Nội vụ 'Từ ngày 08/6 đến ngày 10/6/2026' 10/6; 3 Thanh tra " +
  "tỉnh 'Tháng 7/2026' 31/7; 4 Sở Tư pháp, 'phối hợp Trường Chính trị tỉnh' (unresolved coordinator), 'Quý " +
  "III/2026' 30/9; 5 Văn phòng UBND tỉnh, 'phối hợp: Trung tâm Phục vụ hành chính công tỉnh' (unresolved " +
  "coordinator), 'Quý II/2026' 30/6; 6 Sở KH&CN 'Tuần thứ 2 của tháng 9/2026' day 14; 7 Sở Tài chính 'Ngày 15 - " +
  "16/10/2026' 16/10; 8 Sở Nông nghiệp và Môi trường 'Tháng 10 - 11/2026' 30/11. The group rows A and B are " +
  "labels (no time, no task). Part IV: 1. 'Sở Nội vụ' heading leads a)-c): a) 'trước ngày 20/3/2026' 19/3 (Sở Tài " +
  "chính a recipient), b) '15 ngày trước ngày khai giảng' no day, no task, c) 'trước ngày 10/12/2026' 9/12; 2. Sở " +
  "Tài chính heading, one paragraph 'hoàn thành trong tháng 3/2026' 31/3; 3. 'Các sở, ban, ngành tỉnh; UBND các " +
  "xã, phường' (@departments, UBND cấp xã unresolved) 'trước ngày 10/3/2026' 9/3; 4. undated ('trong vòng 10 " +
  "ngày sau khi kết thúc lớp học'), no task. Parts I, III no task.";

await buildTwo(DIR, {
  typed: blocks(false), auto: blocks(true),
  expected: {
    id: ID,
    style: "Kế hoạch 38/KH-UBND of UBND tỉnh Thái Nguyên, 24/02/2026, after the reorganisation (Bắc Kạn merged " +
      "in, merged departments, communes, no districts). HABIT: a TRAINING PLAN (bồi dưỡng): part II a table of " +
      "courses STT | Tên lớp bồi dưỡng | Đối tượng | Số người | Thời gian | Đơn vị tổ chức under group " +
      "rows A/B spanning the table, STT running on 1-8; part IV the preparation in prose under unit headings 1.-4. " +
      "plan.txt and plan-typed.docx repeat the organiser on every row; plan-auto.docx (and the PDF, .doc, .odt, .rtf " +
      "made from it) merges courses 1 and 2's organiser cell vertically, each row keeping its own. " + WORK +
      " plan.pdf is LibreOffice's print of plan-auto.docx.",
    province: "Thái Nguyên",
    plan: { number: "38/KH-UBND", date: "2026-02-24" },
    tasks, unresolved: [TCT, TTPV, "UBND các xã, phường"], successors: [],
  },
});

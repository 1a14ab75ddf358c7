// 05: Lai Châu 2026 (after the reorganisation: merged departments, communes, no districts), UBND tỉnh, Kế hoạch
// 31/KH-UBND ngày 05/02/2026, khắc phục hạn chế, nâng cao Chỉ số CCHC và Chỉ số SIPAS năm 2026.
// Habit: RELATIVE DEADLINES: counted from the plan's signing ("trong vòng 15 ngày kể từ ngày ký ban hành Kế hoạch"),
// from its entry into force ("sau 30 ngày kể từ ngày Kế hoạch có hiệu lực"; in force from signing, section II says
// so), from another task's due ("trong thời hạn 10 ngày kể từ ngày hoàn thành nhiệm vụ 3"), some in WORKING days
// ("trong 05 ngày làm việc kể từ …": weekends, Tết 16-20/02, 27/4, 30/4 and 01/5/2026 skipped). Section II of the
// plan says how every period is counted; every date is worked out by hand below and checked against the calendar.
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, H, addDays, addWorkdays, same } from "./common.mjs";

const ID = "05-lai-chau-2026-deadlines-counted-from-plan-signing-and-from-other-tasks-calendar-and-working-days";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", KC = "Sở Khoa học và Công nghệ", TP = "Sở Tư pháp";
const TC = "Sở Tài chính", TT = "Thanh tra tỉnh", VNPT = "VNPT Lai Châu";
const S = "Các sở, ban, ngành", XA = "UBND cấp xã";
const SIGNED = "2026-02-05";

// [title, lead cell, coord cell, time cell, hand-worked due, computed due, lead[], coord[]]
const due = {};
const rows0 = [
  ["Tổ chức Hội nghị phân tích kết quả tự đánh giá Chỉ số CCHC năm 2025 của tỉnh, quán triệt nhiệm vụ năm 2026",
    NV, VP, "Trong vòng 15 ngày kể từ ngày ký ban hành Kế hoạch", "2026-02-20", () => addDays(SIGNED, 15), [NV], [VP]],
  ["Rà soát các tiêu chí, tiêu chí thành phần bị mất điểm; phân công cơ quan theo dõi, khắc phục từng tiêu chí", NV,
    S, "Trong 05 ngày làm việc kể từ ngày ký ban hành Kế hoạch", "2026-02-12", () => addWorkdays(SIGNED, 5), [NV],
    ["@departments"]],
  ["Xây dựng, ban hành kế hoạch khắc phục hạn chế của cơ quan, đơn vị mình, gửi Sở Nội vụ", `${S}; ${XA}`, "",
    "Trong thời hạn 10 ngày làm việc kể từ ngày hoàn thành nhiệm vụ 2", "2026-03-05", () => addWorkdays(due[2], 10),
    ["@departments", XA], []],
  ["Thẩm định kế hoạch khắc phục của các cơ quan, đơn vị; tổng hợp, báo cáo Chủ tịch UBND tỉnh", NV, "",
    "Trong thời hạn 10 ngày kể từ ngày hoàn thành nhiệm vụ 3", "2026-03-15", () => addDays(due[3], 10), [NV], []],
  ["Rà soát, nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, bảo đảm kết nối, đồng bộ với Cổng Dịch " +
    "vụ công quốc gia", KC, `${VP}; ${VNPT}`, "Sau 30 ngày kể từ ngày Kế hoạch có hiệu lực", "2026-03-07",
  () => addDays(SIGNED, 30), [KC], [VP, VNPT]],
  ["Rà soát, công bố danh mục thủ tục hành chính được thực hiện toàn trình trên môi trường điện tử", VP, S,
    "Trong vòng 40 ngày kể từ ngày ký ban hành Kế hoạch", "2026-03-17", () => addDays(SIGNED, 40), [VP],
    ["@departments"]],
  ["Rà soát văn bản quy phạm pháp luật của HĐND, UBND tỉnh có quy định về thủ tục hành chính, đề xuất sửa đổi, bổ " +
    "sung", TP, S, "Trong thời hạn 60 ngày kể từ ngày Kế hoạch có hiệu lực", "2026-04-06", () => addDays(SIGNED, 60),
  [TP], ["@departments"]],
  ["Thẩm định, tham mưu bố trí kinh phí số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo danh mục tại nhiệm " +
    "vụ 6", TC, VP, "Trong 15 ngày làm việc kể từ ngày hoàn thành nhiệm vụ 6", "2026-04-07", () => addWorkdays(due[6], 15),
  [TC], [VP]],
  ["Xây dựng phương án tái cấu trúc quy trình các thủ tục hành chính có số lượng hồ sơ lớn theo kết quả rà soát tại " +
    "nhiệm vụ 7", VP, `${TP}; ${KC}`, "Trong thời hạn 15 ngày kể từ ngày hoàn thành nhiệm vụ 7", "2026-04-21",
  () => addDays(due[7], 15), [VP], [TP, KC]],
  ["Tập huấn quy trình điện tử đã tái cấu trúc cho công chức Bộ phận Một cửa cấp tỉnh và cấp xã", KC, `${VP}; ${XA}`,
    "Trong 07 ngày làm việc kể từ ngày hoàn thành nhiệm vụ 9", "2026-05-05", () => addWorkdays(due[9], 7), [KC],
    [VP, XA]],
];

const rows = [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"]];
const tasks = [];
rows0.forEach(([title, lc, cc, time, hand, calc, lead, co], i) => {
  const n = i + 1;
  due[n] = same(`task ${n}`, hand, calc());
  rows.push([{ text: String(n), align: "center", list: { kind: "cell", inst: "stt" } }, title, lc, cc, time]);
  tasks.push(task(String(n), title, hand, lead, co));
});
const q1 = same("IV.1", "2026-05-06", addDays(SIGNED, 90));
const q2 = same("IV.2", "2026-05-13", addWorkdays(q1, 5));
const q3 = same("IV.3", "2026-06-04", addDays(due[10], 30));

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 31/KH-UBND", "Lai Châu, ngày 05 tháng 02 năm 2026", "KẾ HOẠCH",
    "Khắc phục hạn chế, nâng cao Chỉ số cải cách hành chính và Chỉ số hài lòng của người dân, tổ chức đối với sự " +
    "phục vụ của cơ quan hành chính nhà nước tỉnh Lai Châu năm 2026"),
  P("Căn cứ Báo cáo số 25/BC-SNV ngày 20/01/2026 của Sở Nội vụ về kết quả thẩm định tự đánh giá, chấm điểm Chỉ số " +
    "cải cách hành chính năm 2025 của tỉnh, UBND tỉnh ban hành Kế hoạch khắc phục hạn chế, nâng cao Chỉ số CCHC và " +
    "Chỉ số SIPAS năm 2026 như sau:"),
  H("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("Khắc phục dứt điểm các tiêu chí, tiêu chí thành phần bị mất điểm trong năm 2025; gắn trách nhiệm người đứng đầu " +
    "với kết quả khắc phục; mỗi nhiệm vụ có cơ quan chủ trì và thời hạn cụ thể, xác định được ngày hoàn thành."),
  H("II.", "HIỆU LỰC VÀ CÁCH TÍNH THỜI HẠN"),
  P("Kế hoạch này có hiệu lực kể từ ngày ký ban hành.", { num: "1." }),
  P("Thời hạn tính bằng \"ngày\" là ngày theo dương lịch, kể cả thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết; thời hạn " +
    "tính bằng \"ngày làm việc\" không tính thứ Bảy, Chủ nhật và các ngày nghỉ lễ, Tết theo quy định của Bộ luật " +
    "Lao động.", { num: "2." }),
  P("Thời hạn bắt đầu từ ngày liền sau ngày ký ban hành Kế hoạch hoặc ngày liền sau ngày hoàn thành nhiệm vụ được dẫn " +
    "chiếu; thời hạn \"trong vòng\", \"trong thời hạn\" hoặc \"sau\" N ngày kết thúc vào ngày thứ N.", { num: "3." }),
  P("\"Ngày hoàn thành nhiệm vụ\" được dẫn chiếu là ngày hết thời hạn của nhiệm vụ đó theo Kế hoạch này, không phụ " +
    "thuộc ngày hoàn thành thực tế.", { num: "4." }),
  P("Ngày cuối cùng của thời hạn trùng với ngày nghỉ thì thời hạn kết thúc vào cuối ngày làm việc tiếp theo.",
    { num: "5." }),
  H("III.", "NHIỆM VỤ CỤ THỂ"),
  { t: "table", widths: [750, 3250, 1600, 1800, 1950], header: 1, rows },
  H("IV.", "TỔ CHỨC THỰC HIỆN"),
  P("Các sở, ban, ngành, UBND cấp xã báo cáo kết quả thực hiện Kế hoạch (kỳ 1) về Sở Nội vụ sau 90 ngày kể từ ngày " +
    "Kế hoạch có hiệu lực.", { num: "1." }),
  P("Sở Nội vụ tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch kỳ 1 trong 05 ngày làm việc kể từ ngày hết " +
    "thời hạn báo cáo tại khoản 1 Mục này.", { num: "2." }),
  P("Thanh tra tỉnh chủ trì, phối hợp với Sở Nội vụ kiểm tra việc thực hiện quy trình điện tử tại một số xã, phường " +
    "trong vòng 30 ngày kể từ ngày hoàn thành nhiệm vụ 10.", { num: "3." }),
  P("Văn phòng UBND tỉnh thường xuyên theo dõi, đôn đốc việc thực hiện Kế hoạch trên Hệ thống quản lý văn bản và " +
    "điều hành; kịp thời báo cáo Chủ tịch UBND tỉnh những khó khăn, vướng mắc.", { num: "4." }),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh", S, XA],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Vương Văn Lịch"),
];
tasks.push(
  task("IV.1", "báo cáo kết quả thực hiện Kế hoạch (kỳ 1) về Sở Nội vụ", q1, ["@departments", XA]),
  task("IV.2", "tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch kỳ 1", q2, [NV]),
  task("IV.3", "kiểm tra việc thực hiện quy trình điện tử tại một số xã, phường", q3, [TT], [NV]),
);

const DATES = "Signed Thu 05/02/2026, in force that day; day 1 = the day after the start, a period ends on day N; " +
  "chained = from the other task's due; working days skip weekends, Tết 16-20/02, 27/4, 30/4, 01/5/2026. 1 '15 ngày " +
  "kể từ ngày ký' 20/02 Fri (Tết) -> 23/02; 2 '05 ngày làm việc' 06, 09-12/02 = 12/02; 3 '10 ngày làm việc kể từ " +
  "ngày hoàn thành nhiệm vụ 2' 13/02, 23-27/02, 02-05/03 = 05/03; 4 '10 ngày kể từ … nhiệm vụ 3' 15/03 Sun -> " +
  "16/03; 5 'sau 30 ngày kể từ ngày Kế hoạch có hiệu lực' 07/03 Sat -> 09/03; 6 '40 ngày kể từ ngày ký' 17/03; 7 " +
  "'60 ngày' 06/04; 8 '15 ngày làm việc … nhiệm vụ 6' 18/03-07/04 = 07/04; 9 '15 ngày … nhiệm vụ 7' 21/04; 10 '07 " +
  "ngày làm việc … nhiệm vụ 9' 22-24, 28, 29/04, 04, 05/05 = 05/05; IV.1 'sau 90 ngày kể từ ngày Kế hoạch có hiệu " +
  "lực' 06/05; IV.2 '05 ngày làm việc kể từ ngày hết thời hạn … khoản 1' 07-13/05 = 13/05; IV.3 '30 ngày kể từ " +
  "ngày hoàn thành nhiệm vụ 10' 04/06; IV.4 'thường xuyên' no task.";

await build(DIR, {
  blocks, printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 31/KH-UBND of UBND tỉnh Lai Châu, 05/02/2026 (after the reorganisation: merged departments, " +
      "communes, no districts), remedying the weak points of its 2025 PAR self-assessment. HABIT: RELATIVE DEADLINES counted " +
      "from the plan's signing, from its entry into force, or from another task's completion, some in WORKING DAYS; " +
      "section II (Hiệu lực và cách tính thời hạn) makes every count unambiguous. Table STT | Nhiệm vụ | Cơ quan chủ " +
      "trì | Cơ quan phối hợp | Thời hạn hoàn thành (ref = STT 1-10), then the numbered prose of IV (ref IV.n). " +
      DATES + " 'Các sở, ban, ngành' = " +
      "@departments; 'UBND cấp xã' and VNPT Lai Châu unresolved; 'gửi/về Sở Nội vụ' recipients. plan.pdf " +
      "LibreOffice's print of plan-auto.docx.",
    province: "Lai Châu",
    plan: { number: "31/KH-UBND", date: SIGNED },
    tasks, unresolved: [XA, VNPT], successors: [],
  },
});

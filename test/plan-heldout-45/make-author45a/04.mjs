// 04: Thái Nguyên, UBND tỉnh, Kế hoạch 152/KH-UBND ngày 14/8/2025 (after the reorganisation: merged departments,
// Bắc Kạn merged in, communes), xác định Chỉ số CCHC năm 2025 của các sở, ban, ngành và UBND các xã, phường. Habit:
// a PLAN WHOSE TASKS ARE STEPS IN A TABLE Bước | Nội dung công việc | Thời gian | Chủ trì | Phối hợp, the steps
// numbered 1-10 straight through and grouped by PHASE ROWS (I, II, III) carrying the phase's time, which a step with
// an empty time cell takes (a note under the table says so); one step timed in working days from a notice (no
// day); one partner under last year's name (Sở Thông tin và Truyền thông). plan-auto.docx numbers the steps and
// phases with Word lists in the cells and merges Sở Nội vụ's lead cell over steps 1-2.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, H, L, buildTwo } from "./common.mjs";

const ID = "04-thai-nguyen-2025-steps-table-buoc-grouped-by-phase-rows-with-phase-deadline";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", KC = "Sở Khoa học và Công nghệ", TP = "Sở Tư pháp";
const BD = "Bưu điện tỉnh", XA = "UBND cấp xã", TTD = "Tổ thẩm định", HD = "Hội đồng thẩm định";
const BAO = "Báo và Phát thanh, Truyền hình Thái Nguyên", OLD = "Sở Thông tin và Truyền thông";

const R = (num, text) => H(num, text, { list: { kind: "roman", inst: "sec" } });
const N = (n, text, inst) => L(`${n}.`, text, "decimal", inst);
const D = (text) => L("-", text, "dash", "d");

// Phase rows [roman, title, time]; steps [n, content, time, lead, partners].
const ROWS = [
  ["I", "Giai đoạn 1: Chuẩn bị", "Trước ngày 10/9/2025"],
  ["1", "Tham mưu UBND tỉnh ban hành Quyết định thành lập Hội đồng thẩm định, Tổ thẩm định Chỉ số CCHC năm 2025 " +
    "của tỉnh", "", "Sở Nội vụ", "Văn phòng UBND tỉnh"],
  ["2", "Tổ chức hội nghị trực tuyến hướng dẫn tự đánh giá, chấm điểm và cập nhật tài liệu kiểm chứng trên Phần " +
    "mềm", "Ngày 28/8/2025", "Sở Nội vụ", "Sở Khoa học và Công nghệ"],
  ["3", "Rà soát, cập nhật danh sách cơ quan, đơn vị và tài khoản người dùng trên Phần mềm theo tổ chức bộ máy sau " +
    "sắp xếp", "", "Sở KH&CN", "Sở Nội vụ"],
  ["II", "Giai đoạn 2: Tự đánh giá, chấm điểm", "Từ 10/9 đến 31/10/2025"],
  ["4", "Tự đánh giá, chấm điểm, cập nhật tài liệu kiểm chứng lên Phần mềm (khối sở, ban, ngành)",
    "Trước 15/10/2025", "Các sở, ban, ngành tỉnh", ""],
  ["5", "Tự đánh giá, chấm điểm, cập nhật tài liệu kiểm chứng lên Phần mềm (khối xã, phường)", "",
    "UBND các xã, phường", "Sở Nội vụ"],
  ["6", "Điều tra xã hội học lấy ý kiến đại biểu HĐND tỉnh, lãnh đạo, công chức và người dân, doanh nghiệp",
    "Tháng 10/2025", "Sở Nội vụ", "Bưu điện tỉnh, Sở Thông tin và Truyền thông, UBND các xã, phường"],
  ["III", "Giai đoạn 3: Thẩm định, công bố kết quả", ""],
  ["7", "Thẩm định kết quả tự đánh giá của từng cơ quan, đơn vị; thông báo kết quả thẩm định lần 1",
    "Trước ngày 20/11/2025", "Tổ thẩm định", "Văn phòng UBND tỉnh, Sở Tư pháp"],
  ["8", "Giải trình, bổ sung tài liệu kiểm chứng (nếu có) theo thông báo của Tổ thẩm định",
    "05 ngày làm việc kể từ ngày nhận thông báo", "Các sở, ban, ngành tỉnh; UBND các xã, phường", ""],
  ["9", "Họp Hội đồng thẩm định thống nhất kết quả, trình UBND tỉnh phê duyệt Chỉ số CCHC năm 2025",
    "Tuần thứ hai của tháng 12/2025", "Hội đồng thẩm định", "Sở Nội vụ"],
  ["10", "Công bố Chỉ số CCHC năm 2025 của các sở, ban, ngành tỉnh và UBND các xã, phường", "Trước 31/01/2026",
    "Sở Nội vụ", "Báo và PT-TH Thái Nguyên"],
];

function steps(auto) {
  const rows = [["Bước", "Nội dung công việc", "Thời gian", "Chủ trì", "Phối hợp"]];
  ROWS.forEach(([n, content, time, lead, partners], i) => {
    if (lead === undefined) {
      const no = auto ? { text: n, bold: true, align: "center", list: { kind: "rcell", inst: "ph" } } :
        { text: n, bold: true, align: "center" };
      rows.push([no, { text: content, bold: true }, { text: time, bold: true },
        ...(auto ? [{ text: "", span: 2 }] : ["", ""])]);
      return;
    }
    const no = auto ? { text: n, align: "center", list: { kind: "cell", inst: "b" } } : { text: n, align: "center" };
    const merged = auto && i <= 2;
    rows.push([no, content, time, merged ? { text: lead, vm: i === 1 ? "restart" : "continue" } : lead, partners]);
  });
  return { t: "table", widths: [850, 3450, 1700, 1500, 1850], header: 1, rows };
}

const blocks = (auto) => [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 152/KH-UBND", "Thái Nguyên, ngày 14 tháng 8 năm 2025",
    "KẾ HOẠCH", "Triển khai xác định Chỉ số cải cách hành chính năm 2025 của các sở, ban, ngành tỉnh và UBND các " +
    "xã, phường"),
  P("Căn cứ Quyết định số 876/QĐ-BNV ngày 10/11/2022 của Bộ trưởng Bộ Nội vụ phê duyệt Đề án \"Xác định Chỉ số cải " +
    "cách hành chính của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương\";"),
  P("Căn cứ Quyết định số 2050/QĐ-UBND ngày 30/7/2025 của UBND tỉnh ban hành Bộ Chỉ số đánh giá kết quả cải cách " +
    "hành chính của các sở, ban, ngành tỉnh và UBND các xã, phường trên địa bàn tỉnh Thái Nguyên;"),
  P("UBND tỉnh ban hành Kế hoạch triển khai xác định Chỉ số cải cách hành chính năm 2025 như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  D("Đánh giá thực chất, khách quan kết quả thực hiện cải cách hành chính năm 2025 của các cơ quan, đơn vị, nhất là " +
    "trong giai đoạn đầu vận hành chính quyền địa phương hai cấp; làm căn cứ đánh giá, xếp loại người đứng đầu."),
  D("Việc tự đánh giá, chấm điểm phải trung thực, có đầy đủ tài liệu kiểm chứng; bảo đảm đúng thời gian từng bước."),
  R("II.", "ĐỐI TƯỢNG, PHẠM VI"),
  D("Các sở, ban, ngành tỉnh (20 cơ quan) và UBND 92 xã, phường trên địa bàn tỉnh."),
  D("Thời điểm đánh giá: kết quả thực hiện từ ngày 01/01/2025 đến hết ngày 30/9/2025 (đối với xã, phường: từ ngày " +
    "01/7/2025, kế thừa kết quả của đơn vị hành chính trước sắp xếp)."),
  R("III.", "CÁC BƯỚC TRIỂN KHAI"),
  steps(auto),
  P("Ghi chú: Các bước không ghi thời gian riêng thực hiện theo thời gian của giai đoạn.", { italic: true }),
  R("IV.", "TỔ CHỨC THỰC HIỆN"),
  N(1, "Sở Nội vụ là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch; kịp " +
    "thời báo cáo UBND tỉnh những vướng mắc phát sinh.", "o"),
  N(2, "Các sở, ban, ngành tỉnh, UBND các xã, phường phân công 01 công chức làm đầu mối tự đánh giá, chấm điểm; gửi " +
    "thông tin (họ tên, chức vụ, số điện thoại) về Sở Nội vụ trước ngày 25/8/2025.", "o"),
  N(3, "Sở Khoa học và Công nghệ bảo đảm hạ tầng, đường truyền và an toàn thông tin cho Phần mềm trong suốt thời " +
    "gian đánh giá.", "o"),
  N(4, "Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch từ nguồn ngân sách tỉnh năm 2025.", "o"),
  P("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp, " +
    "báo cáo UBND tỉnh./."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh", "Các sở, ban, ngành tỉnh",
    "UBND các xã, phường", "Thành viên Hội đồng thẩm định", "LĐVP, Phòng NC"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đặng Xuân Trường"),
];

const row = (n) => ROWS.find((r) => r[0] === n)[1];
const tasks = [
  task("1", row("1"), "2025-09-09", [NV], [VP], true),
  task("2", row("2"), "2025-08-28", [NV], [KC]),
  task("3", row("3"), "2025-09-09", [KC], [NV], true),
  task("4", row("4"), "2025-10-14", ["@departments"]),
  task("5", row("5"), "2025-10-31", [XA], [NV], true),
  task("6", row("6"), "2025-10-31", [NV], [BD, KC, XA]),
  task("7", row("7"), "2025-11-19", [TTD], [VP, TP]),
  task("9", row("9"), "2025-12-14", [HD], [NV]),
  task("10", row("10"), "2026-01-30", [NV], [BAO]),
  task("IV.2", "phân công 01 công chức làm đầu mối tự đánh giá, chấm điểm", "2025-08-24", ["@departments", XA]),
];

const DATES = "Refs = the Bước number (steps run 1-10 across phases; phase rows I-III are no tasks). Phase I 'Trước " +
  "ngày 10/9/2025' = 09/9: step 1 (Sở Nội vụ, partner VP) and step 3 (Sở KH&CN, partner Sở Nội vụ) have an empty " +
  "time cell, inherited 09/9; step 2 its own 'Ngày 28/8/2025'. Phase II 'Từ 10/9 đến 31/10/2025' = 31/10: step 4 " +
  "'Các sở, ban, ngành tỉnh' = @departments, own 'Trước 15/10/2025' 14/10; step 5 'UBND các xã, phường' = " +
  "unresolved 'UBND cấp xã', empty time, inherited 31/10; step 6 'Tháng 10/2025' 31/10, partners Bưu điện tỉnh, " +
  "'Sở Thông tin và Truyền thông' (old name -> successor Sở KH&CN) and the communes. Phase III has no time: step 7 " +
  "Tổ thẩm định, partners VP and Sở Tư pháp, 'Trước ngày 20/11/2025' 19/11; step 8 '05 ngày làm việc kể từ ngày " +
  "nhận thông báo' no day, no task; step 9 Hội đồng thẩm định, 'Tuần thứ hai của tháng 12/2025' 14/12 Sun -> 15/12; " +
  "step 10 Sở Nội vụ with 'Báo và PT-TH Thái Nguyên' (the merged press), 'Trước 31/01/2026' 30/01/2026. IV.2 " +
  "@departments and the communes, 'gửi … về Sở Nội vụ trước ngày 25/8/2025' 24/8 Sun -> 25/8; IV.1, IV.3, IV.4 no " +
  "day. II's period '01/01/2025 đến hết ngày 30/9/2025' is no deadline.";

await buildTwo(DIR, {
  typed: blocks(false), auto: blocks(true),
  expected: {
    id: ID,
    style: "Kế hoạch 152/KH-UBND of UBND tỉnh Thái Nguyên, 14/8/2025, after the reorganisation (merged " +
      "departments, no districts), on scoring the 2025 PAR index. HABIT: TASKS AS STEPS IN A TABLE Bước | Nội " +
      "dung công việc | Thời gian | Chủ trì | Phối hợp, GROUPED BY PHASE ROWS carrying the phase's time, which an " +
      "empty time cell takes (note under the table). " + DATES + " plan-auto.docx numbers steps and phases with " +
      "Word lists and merges the lead of steps 1-2; plan.pdf its LibreOffice print.",
    province: "Thái Nguyên",
    plan: { number: "152/KH-UBND", date: "2025-08-14" },
    tasks, unresolved: [XA], successors: [{ written: OLD, unit: KC }],
  },
});

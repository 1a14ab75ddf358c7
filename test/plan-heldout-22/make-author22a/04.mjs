// 04: Thái Nguyên 2026, a ward after the reorganisation — UBND phường Gia Sàng's plan for land clearance (bồi
// thường, hỗ trợ, tái định cư, GPMB) of three projects at once. One table of the common clearance steps: STT | Nội
// dung công việc | Chủ trì | Phối hợp | "Thời gian hoàn thành" spanning one column per project (Dự án 1 | 2 | 3,
// named in a legend above the table). Each dated project cell is a task (the step for that project); cells say
// "Đã xong", "-" (step not needed) or "Sau khi …" (undated), and dates are written bare, "Trước …", "Tháng …", "Quý
// …". plan.pdf: Chromium prints the model's HTML (Skia/PDF, as "Microsoft Print to PDF"-style office printing).
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "04-thai-nguyen-2026-ward-land-clearance-steps-project-date-columns";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const KT = "Phòng Kinh tế, Hạ tầng và Đô thị";
const QD = "Trung tâm Phát triển quỹ đất tỉnh";
const VP = "Văn phòng HĐND và UBND phường";
const TDP = "Tổ trưởng tổ dân phố";
const CA = "Công an phường";
const PROJ = ["Đường Gia Sàng - Cam Giá (giai đoạn 2)", "Khu dân cư tổ dân phố số 5",
  "Trường Tiểu học Gia Sàng (mở rộng)"];

// [STT, step, lead cell, coord cell, lead[], coord[], [cell, due|null] × 3]
const ROWS = [
  ["1", "Ban hành, gửi thông báo thu hồi đất đến từng hộ gia đình, cá nhân", KT, TDP, [KT], [TDP],
    [["Đã xong", null], ["31/3/2026", "2026-03-31"], ["Đã xong", null]]],
  ["2", "Điều tra, khảo sát, đo đạc, kiểm đếm đất đai, tài sản gắn liền với đất", QD, `${KT}; ${TDP}`, [QD],
    [KT, TDP], [["15/4/2026", "2026-04-15"], ["29/4/2026", "2026-04-29"], ["Đã xong", null]]],
  ["3", "Xác định nguồn gốc đất, lấy ý kiến khu dân cư về nguồn gốc, thời điểm sử dụng đất", KT, TDP, [KT], [TDP],
    [["Tháng 5/2026", "2026-05-31"], ["20/5/2026", "2026-05-20"], ["10/4/2026", "2026-04-10"]]],
  ["4", "Lập phương án bồi thường, hỗ trợ, tái định cư; niêm yết công khai, lấy ý kiến người có đất thu hồi", QD,
    `${VP}; ${TDP}`, [QD], [VP, TDP],
    [["Trước 15/6/2026", "2026-06-14"], ["10/6/2026", "2026-06-10"], ["Trước 30/4/2026", "2026-04-29"]]],
  ["5", "Thẩm định, trình phê duyệt phương án bồi thường, hỗ trợ, tái định cư", KT, QD, [KT], [QD],
    [["30/6/2026", "2026-06-30"], ["Quý III/2026", "2026-09-30"], ["31/5/2026", "2026-05-31"]]],
  ["6", "Chi trả tiền bồi thường, hỗ trợ cho các hộ", QD, VP, [QD], [VP],
    [["Tháng 7/2026", "2026-07-31"], ["Sau khi phương án được phê duyệt", null], ["15/6/2026", "2026-06-15"]]],
  ["7", "Bàn giao mặt bằng sạch cho chủ đầu tư", KT, `${QD}; ${CA}`, [KT], [QD, CA],
    [["Quý III/2026", "2026-09-30"], ["Sau khi chi trả xong", null], ["30/6/2026", "2026-06-30"]]],
  ["8", "Bố trí tái định cư cho các hộ phải di chuyển chỗ ở (giao đất tại Khu tái định cư Cam Giá)", KT, QD, [KT],
    [QD], [["Quý III/2026", "2026-09-30"], ["-", null], ["-", null]]],
];
const W = [520, 2960, 1500, 1540, 950, 950, 934];
const top = (text) => ({ text, vm: "restart", rows: 2 });
const rows = [
  [top("STT"), top("Nội dung công việc"), top("Chủ trì"), top("Phối hợp"), { text: "Thời gian hoàn thành", span: 3 }],
  [...[0, 1, 2, 3].map(() => ({ text: "", vm: "continue" })), "Dự án 1", "Dự án 2", "Dự án 3"],
];
const tasks = [];
for (const [stt, step, leadCell, coordCell, lead, coord, cells] of ROWS) {
  rows.push([{ text: stt, align: "center", list: { kind: "cell", inst: "stt" } }, step, leadCell, coordCell,
    ...cells.map(([c]) => ({ text: c, align: "center" }))]);
  cells.forEach(([, due], i) => {
    if (due) tasks.push(task(stt, `${step} (Dự án ${i + 1}: ${PROJ[i]})`, due, lead, coord));
  });
}

const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const n3 = (num, text) => ({ t: "p", num, text, list: { kind: "decimal", inst: "III" } });
const dash = (inst) => (text) => ({ t: "p", num: "-", text, list: { kind: "dash", inst } });
const d1 = dash("I");
const d2 = dash("II");
const dp = dash("P");
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nPHƯỜNG GIA SÀNG", "Số: 42/KH-UBND", "Gia Sàng, ngày 16 tháng 3 năm 2026", "KẾ HOẠCH",
    "Bồi thường, hỗ trợ, tái định cư và giải phóng mặt bằng các dự án trên địa bàn phường Gia Sàng năm 2026"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  d1("Hoàn thành giải phóng mặt bằng các dự án đúng tiến độ UBND tỉnh giao; bảo đảm quyền, lợi ích hợp pháp của người " +
    "có đất bị thu hồi; không để phát sinh khiếu kiện đông người."),
  d1("Công khai, minh bạch trong kiểm đếm, lập và chi trả phương án bồi thường."),
  sec("II.", "KẾT QUẢ NĂM 2025 VÀ KHỐI LƯỢNG NĂM 2026"),
  d2("Năm 2025, phường (gồm phường Gia Sàng, Hoàng Văn Thụ, Cam Giá cũ) đã bàn giao 12,5 ha mặt bằng cho 04 dự án; " +
    "chi trả 86,3 tỷ đồng cho 214 hộ."),
  d2("Năm 2026, phường thực hiện giải phóng mặt bằng 03 dự án với tổng diện tích 9,8 ha, 167 hộ bị ảnh hưởng:"),
  dp("Dự án 1: " + PROJ[0] + " (5,6 ha, 98 hộ);"),
  dp("Dự án 2: " + PROJ[1] + " (3,1 ha, 51 hộ);"),
  dp("Dự án 3: " + PROJ[2] + " (1,1 ha, 18 hộ)."),
  sec("III.", "NỘI DUNG, TIẾN ĐỘ THỰC HIỆN"),
  plain("Các bước công việc, đơn vị thực hiện và thời gian hoàn thành của từng dự án như sau:"),
  { t: "table", widths: W, header: 2, rows },
  sec("IV.", "TỔ CHỨC THỰC HIỆN"),
  n3("1.", "Phòng Kinh tế, Hạ tầng và Đô thị là cơ quan thường trực; tổng hợp tiến độ, báo cáo Chủ tịch UBND phường " +
    "vào thứ Năm hằng tuần."),
  n3("2.", "Văn phòng HĐND và UBND phường bố trí địa điểm niêm yết, tổ chức đối thoại với các hộ khi có kiến nghị."),
  n3("3.", "Công an phường bảo đảm an ninh, trật tự trong quá trình kiểm đếm, bàn giao mặt bằng."),
  n3("4.", "Đề nghị Trung tâm Phát triển quỹ đất tỉnh bố trí đủ cán bộ, phối hợp với phường thực hiện đúng tiến độ tại " +
    "Mục III."),
  n3("5.", "Tổ trưởng các tổ dân phố có dự án đi qua tuyên truyền, vận động các hộ chấp hành chủ trương thu hồi đất."),
  plain("Trên đây là Kế hoạch bồi thường, hỗ trợ, tái định cư và giải phóng mặt bằng các dự án trên địa bàn phường Gia " +
    "Sàng năm 2026./."),
  ...sign(["UBND tỉnh (b/c)", "Sở Nông nghiệp và Môi trường", "Trung tâm Phát triển quỹ đất tỉnh",
    "TT Đảng ủy, TT HĐND phường", "CT, các PCT UBND phường", "Các phòng, đơn vị thuộc phường", "Các tổ dân phố"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Đức Long"),
];

await build(DIR, {
  blocks, printer: "chromium",
  css: "@page{size:A4;margin:1.5cm 1.5cm 1.5cm 2cm}table.bd td,table.bd th{font-size:10.5pt}" +
    "table.bd td:nth-child(n+5){text-align:center}table.nb tr:only-child td:first-child{text-align:left;font-size:11pt}",
  expected: {
    id: ID,
    style: "Kế hoạch 42/KH-UBND of UBND phường Gia Sàng (Thái Nguyên, after the reorganisation; 16/3/2026) for land " +
      "clearance of three projects. II: last year's results (done) and the three projects as a legend 'Dự án 1: " +
      "…' (no tasks). III: one table of the common clearance steps: a two-row header STT | Nội dung công việc | " +
      "Chủ trì | Phối hợp | 'Thời gian hoàn thành' spanning Dự án 1 | Dự án 2 | Dự án 3 (gridSpan + vMerge). " +
      "Each dated project cell is one task: the step for that project, titled 'step (Dự án n: name)', ref = the " +
      "row's STT (so one STT gives up to three tasks), lead and coordinators from the row. Cells 'Đã xong' (done), " +
      "'-' (not needed) and 'Sau khi phương án được phê duyệt' / 'Sau khi chi trả xong' (undated) give no task. " +
      "Dates: bare 'd/m/yyyy' as written (31/5 Sun -> 1/6); 'Trước 15/6/2026' -> 14/6 Sun -> 15/6; 'Trước " +
      "30/4/2026' -> 29/4; 'Tháng 5/2026' -> 31/5 Sun -> 1/6; 'Tháng 7/2026' -> 31/7; 'Quý III/2026' -> 30/9. IV: " +
      "ongoing duties (weekly report, dialogues, security), a request to the provincial centre and an undated call " +
      "on the street heads — no tasks. Units as written (the ward's offices, Trung tâm Phát triển quỹ đất tỉnh, Tổ " +
      "trưởng tổ dân phố: unresolved). PDF: Chromium from HTML.",
    province: "Thái Nguyên",
    plan: { number: "42/KH-UBND", date: "2026-03-16" },
    tasks,
    unresolved: [KT, QD, VP, TDP, CA],
    successors: [],
  },
});

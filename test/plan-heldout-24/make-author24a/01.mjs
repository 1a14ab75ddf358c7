// 01: Bắc Kạn, before the reorganisation (21/10/2024) — UBND tỉnh's plan for the 2025 call-up (tuyển chọn và gọi
// công dân nhập ngũ, thực hiện nghĩa vụ tham gia Công an nhân dân). Section II fixes three events (khám tuyển
// 01/11-30/11/2024, phát lệnh gọi nhập ngũ 22/01/2025, Lễ giao nhận quân 13/02/2025); the tasks in III are dated
// by those events: "chậm nhất 05 ngày làm việc sau khi kết thúc khám tuyển", "trước khi bắt đầu khám tuyển ít nhất
// 05 ngày", "đến hết Lễ giao nhận quân". III.1 a)-d) letters, III.8 second-level 8.1.-8.5. plan.pdf: LibreOffice.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "01-bac-kan-2024-military-call-up-deadlines-counted-from-milestones";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const CHQS = "Bộ Chỉ huy Quân sự tỉnh";
const CA = "Công an tỉnh";
const YT = "Sở Y tế";
const GD = "Sở Giáo dục và Đào tạo";
const TC = "Sở Tài chính";
const DAI = "Đài Phát thanh - Truyền hình tỉnh";
const BAO = "Báo Bắc Kạn";
const HUYEN = "UBND các huyện, thành phố";

const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const item = (inst, kind) => (num, text, extra = {}) => ({ t: "p", num, text, list: { kind, inst }, ...extra });
const n2 = item("II", "decimal");
const l2 = item("II2", "letter");
const n3 = item("III", "decimal");
const l31 = item("III1", "letter");
const l32 = item("III2", "letter");
const s8 = item("III8", "s8");
const d1 = item("I", "dash");
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 745/KH-UBND", "Bắc Kạn, ngày 21 tháng 10 năm 2024",
    "KẾ HOẠCH", "Tuyển chọn và gọi công dân nhập ngũ, thực hiện nghĩa vụ tham gia Công an nhân dân năm 2025"),
  plain("Căn cứ Luật Nghĩa vụ quân sự năm 2015; Luật Công an nhân dân năm 2018 (sửa đổi, bổ sung năm 2023); Nghị " +
    "định số 70/2019/NĐ-CP ngày 23/8/2019 của Chính phủ quy định về thực hiện nghĩa vụ tham gia Công an nhân dân; " +
    "Quyết định giao chỉ tiêu tuyển quân năm 2025 của Bộ Tư lệnh Quân khu 1, UBND tỉnh Bắc Kạn ban hành Kế hoạch " +
    "tuyển chọn và gọi công dân nhập ngũ năm 2025 như sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  d1("-", "Tuyển chọn, gọi đủ số lượng, bảo đảm chất lượng công dân nhập ngũ và thực hiện nghĩa vụ tham gia Công " +
    "an nhân dân; thực hiện công khai, dân chủ, công bằng, đúng pháp luật."),
  d1("-", "Các cơ quan, đơn vị, địa phương thực hiện đúng các mốc thời gian tại Mục II; không để xảy ra tiêu cực " +
    "trong khám tuyển, xét duyệt."),
  sec("II.", "CHỈ TIÊU VÀ CÁC MỐC THỜI GIAN"),
  n2("1.", "Chỉ tiêu: toàn tỉnh tuyển chọn, gọi 420 công dân nhập ngũ và 65 công dân thực hiện nghĩa vụ tham gia " +
    "Công an nhân dân (chỉ tiêu từng huyện, thành phố do Hội đồng nghĩa vụ quân sự tỉnh giao)."),
  n2("2.", "Các mốc thời gian (làm căn cứ tính thời hạn các nhiệm vụ tại Mục III):"),
  l2("a)", "Khám sức khỏe tuyển chọn tại Hội đồng khám sức khỏe nghĩa vụ quân sự các huyện, thành phố: từ ngày " +
    "01/11/2024 đến hết ngày 30/11/2024 (sau đây gọi là khám tuyển);"),
  l2("b)", "Phát lệnh gọi công dân nhập ngũ, thực hiện nghĩa vụ tham gia Công an nhân dân: ngày 22/01/2025;"),
  l2("c)", "Lễ giao nhận quân: tổ chức đồng loạt vào sáng ngày 13/02/2025 (ngày 16 tháng Giêng năm Ất Tỵ)."),
  sec("III.", "NHIỆM VỤ, GIẢI PHÁP VÀ PHÂN CÔNG THỰC HIỆN"),
  n3("1.", "Bộ Chỉ huy Quân sự tỉnh (cơ quan thường trực Hội đồng nghĩa vụ quân sự tỉnh)"),
  l31("a)", "Tham mưu Hội đồng nghĩa vụ quân sự tỉnh giao chỉ tiêu tuyển quân cho các huyện, thành phố, chậm nhất " +
    "ngày 25/10/2024."),
  l31("b)", "Chủ trì tập huấn nghiệp vụ tuyển quân cho thành viên Hội đồng nghĩa vụ quân sự các huyện, thành phố; " +
    "hoàn thành trước khi bắt đầu khám tuyển ít nhất 05 ngày."),
  l31("c)", "Chủ trì, phối hợp với Công an tỉnh thống nhất danh sách công dân đủ điều kiện gọi nhập ngũ và thực " +
    "hiện nghĩa vụ tham gia Công an nhân dân, không để trùng lặp giữa hai lực lượng; xong trước ngày phát lệnh gọi " +
    "nhập ngũ."),
  l31("d)", "Tổng hợp kết quả tuyển quân, báo cáo UBND tỉnh, Bộ Tư lệnh Quân khu 1 chậm nhất 07 ngày sau Lễ giao " +
    "nhận quân."),
  n3("2.", "Công an tỉnh"),
  l32("a)", "Chủ trì tuyển chọn công dân thực hiện nghĩa vụ tham gia Công an nhân dân theo chỉ tiêu được giao; phối " +
    "hợp với Sở Y tế tổ chức khám sức khỏe cho công dân cùng thời gian khám tuyển."),
  l32("b)", "Xây dựng phương án, bố trí lực lượng bảo đảm an ninh, trật tự, an toàn giao thông tại Lễ giao nhận " +
    "quân."),
  n3("3.", "Sở Y tế chủ trì, phối hợp với Bộ Chỉ huy Quân sự tỉnh kiểm tra, phúc tra kết quả khám sức khỏe tại các " +
    "Hội đồng khám sức khỏe nghĩa vụ quân sự các huyện, thành phố, chậm nhất 05 ngày làm việc sau khi kết thúc khám " +
    "tuyển; bảo đảm đủ y, bác sĩ, trang thiết bị cho các Hội đồng khám sức khỏe."),
  n3("4.", "Sở Giáo dục và Đào tạo phối hợp với Bộ Chỉ huy Quân sự tỉnh cung cấp danh sách học sinh tốt nghiệp " +
    "trung học phổ thông năm 2024 không tiếp tục theo học, chậm nhất 03 ngày làm việc trước khi bắt đầu khám tuyển."),
  n3("5.", "Sở Lao động - Thương binh và Xã hội thường xuyên phối hợp với Bộ Chỉ huy Quân sự tỉnh tư vấn, giới thiệu " +
    "việc làm, đào tạo nghề cho quân nhân hoàn thành nghĩa vụ trở về địa phương."),
  n3("6.", "Sở Tài chính thẩm định, tham mưu bố trí kinh phí bảo đảm cho công tác tuyển quân năm 2025, trình UBND " +
    "tỉnh trước ngày 15/12/2024."),
  n3("7.", "Đài Phát thanh - Truyền hình tỉnh, Báo Bắc Kạn mở chuyên mục tuyên truyền Luật Nghĩa vụ quân sự, gương " +
    "thanh niên tình nguyện lên đường nhập ngũ, thời gian từ ngày ký Kế hoạch này đến hết Lễ giao nhận quân."),
  n3("8.", "UBND các huyện, thành phố"),
  s8("8.1.", "Chỉ đạo UBND các xã, phường, thị trấn tổ chức sơ tuyển sức khỏe, xong trước khi bắt đầu khám tuyển."),
  s8("8.2.", "Chỉ đạo Hội đồng nghĩa vụ quân sự cấp huyện tổ chức khám tuyển đúng thời gian quy định tại Mục II."),
  s8("8.3.", "Tổng hợp kết quả khám tuyển, báo cáo Hội đồng nghĩa vụ quân sự tỉnh (qua Bộ Chỉ huy Quân sự tỉnh) " +
    "trong 10 ngày kể từ ngày kết thúc khám tuyển."),
  s8("8.4.", "Phát lệnh gọi công dân nhập ngũ, thực hiện nghĩa vụ tham gia Công an nhân dân đúng mốc thời gian tại " +
    "Mục II; giải quyết kịp thời đơn thư, kiến nghị (nếu có)."),
  s8("8.5.", "Phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức Lễ giao nhận quân gọn, nhanh, an toàn, đủ 100% chỉ tiêu."),
  sec("IV.", "TỔ CHỨC THỰC HIỆN"),
  plain("Hội đồng nghĩa vụ quân sự tỉnh đã được kiện toàn tại Quyết định số 1688/QĐ-UBND ngày 02/10/2024 của UBND " +
    "tỉnh. Giao Bộ Chỉ huy Quân sự tỉnh tham mưu tổ chức hội nghị tổng kết công tác tuyển quân năm 2025 cấp tỉnh " +
    "trong tháng 3/2025; định kỳ hằng tháng báo cáo tiến độ về UBND tỉnh."),
  plain("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Bộ Chỉ huy Quân sự " +
    "tỉnh để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./."),
  ...sign(["Bộ Tư lệnh Quân khu 1 (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh",
    "Hội đồng NVQS tỉnh", "Các sở, ban, ngành có liên quan", "UBND các huyện, thành phố"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đinh Quang Tuyên"),
];

// The events of II.2: khám tuyển 01/11-30/11/2024 (Sat), phát lệnh 22/01/2025, Lễ giao nhận quân 13/02/2025.
// inherited = the item's time is the event itself (a pointer to Mục II); an offset from the event is its own date.
const tasks = [
  task("III.1.a", "Tham mưu Hội đồng nghĩa vụ quân sự tỉnh giao chỉ tiêu tuyển quân cho các huyện, thành phố",
    "2024-10-25", [CHQS]),
  task("III.1.b", "Tập huấn nghiệp vụ tuyển quân cho thành viên Hội đồng nghĩa vụ quân sự các huyện, thành phố",
    "2024-10-27", [CHQS]),
  task("III.1.c", "Thống nhất danh sách công dân đủ điều kiện gọi nhập ngũ và thực hiện nghĩa vụ tham gia Công an " +
    "nhân dân", "2025-01-21", [CHQS], [CA]),
  task("III.1.d", "Tổng hợp kết quả tuyển quân, báo cáo UBND tỉnh, Bộ Tư lệnh Quân khu 1", "2025-02-20", [CHQS]),
  task("III.2.a", "Tuyển chọn, khám sức khỏe công dân thực hiện nghĩa vụ tham gia Công an nhân dân", "2024-11-30",
    [CA], [YT], true),
  task("III.2.b", "Bảo đảm an ninh, trật tự, an toàn giao thông tại Lễ giao nhận quân", "2025-02-13", [CA], [], true),
  task("III.3", "Kiểm tra, phúc tra kết quả khám sức khỏe tại các Hội đồng khám sức khỏe nghĩa vụ quân sự",
    "2024-12-06", [YT], [CHQS]),
  task("III.4", "Cung cấp danh sách học sinh tốt nghiệp trung học phổ thông năm 2024 không tiếp tục theo học",
    "2024-10-29", [GD], [CHQS]),
  task("III.6", "Thẩm định, tham mưu bố trí kinh phí bảo đảm cho công tác tuyển quân năm 2025", "2024-12-14", [TC]),
  task("III.7", "Mở chuyên mục tuyên truyền Luật Nghĩa vụ quân sự, gương thanh niên tình nguyện nhập ngũ",
    "2025-02-13", [DAI, BAO], [], true),
  task("III.8.1", "Chỉ đạo UBND các xã, phường, thị trấn tổ chức sơ tuyển sức khỏe", "2024-10-31", [HUYEN]),
  task("III.8.2", "Chỉ đạo Hội đồng nghĩa vụ quân sự cấp huyện tổ chức khám tuyển", "2024-11-30", [HUYEN], [], true),
  task("III.8.3", "Tổng hợp kết quả khám tuyển, báo cáo Hội đồng nghĩa vụ quân sự tỉnh", "2024-12-10", [HUYEN]),
  task("III.8.4", "Phát lệnh gọi công dân nhập ngũ, thực hiện nghĩa vụ tham gia Công an nhân dân", "2025-01-22",
    [HUYEN], [], true),
  task("III.8.5", "Tổ chức Lễ giao nhận quân", "2025-02-13", [HUYEN], [CHQS], true),
  task("IV", "Tham mưu tổ chức hội nghị tổng kết công tác tuyển quân năm 2025 cấp tỉnh", "2025-03-31", [CHQS]),
];

await build(DIR, {
  blocks, printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 745/KH-UBND of UBND tỉnh Bắc Kạn, 21/10/2024 (before the reorganisation), 2025 call-up. II.2 " +
      "fixes three events: khám tuyển 01/11-30/11/2024, phát lệnh gọi nhập ngũ 22/01/2025, Lễ giao nhận quân " +
      "13/02/2025; most tasks in III are dated only by those events. Reading: an offset from an event is the item's " +
      "own date (inherited false): 'trước khi bắt đầu khám tuyển ít nhất 05 ngày' = 1/11-5 = 27/10 (Sun -> 28/10); " +
      "'trước ngày phát lệnh' = 21/1; '07 ngày sau Lễ giao nhận quân' = 20/2; '05 ngày làm việc sau khi kết thúc " +
      "khám tuyển' = 5 working days after Sat 30/11 = 6/12; '03 ngày làm việc trước khi bắt đầu khám tuyển' = 29/10; " +
      "'trong 10 ngày kể từ ngày kết thúc khám tuyển' = 10/12; 'xong trước khi bắt đầu khám tuyển' = 31/10. A bare " +
      "pointer to the event ('đúng thời gian quy định tại Mục II', 'cùng thời gian khám tuyển', 'tại Lễ giao nhận " +
      "quân', 'đến hết Lễ giao nhận quân') takes the event's (end) date, inherited true; 30/11 Sat -> 2/12. Refs: " +
      "III.1.a-d (letters), III.8.1-8.5 (second level), III.n; IV's tổng kết 'trong tháng 3/2025' = 31/3, ref IV. " +
      "III.1 and III.2 are unit headings: their items take the heading's unit. Out: II (targets, events without " +
      "units), III.5 thường xuyên, IV's done kiện toàn and monthly report. 'báo cáo … (qua Bộ Chỉ huy Quân sự " +
      "tỉnh)', 'trình UBND tỉnh' are recipients. 'Trước ngày 15/12/2024' -> 14/12 Sat -> 16/12. PDF: LibreOffice.",
    province: "Bắc Kạn",
    plan: { number: "745/KH-UBND", date: "2024-10-21" },
    tasks,
    unresolved: [CHQS, HUYEN],
    successors: [],
  },
});

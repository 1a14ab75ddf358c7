// 03: Lai Châu, Sở Nội vụ, Công văn 268/SNV-CCHC ngày 14/4/2026 (after the reorganisation: merged departments,
// communes and wards), đôn đốc nhiệm vụ cải cách hành chính chậm tiến độ. Habit: an URGING LETTER (công văn đôn
// đốc) of the department, "V/v …" under its number, a "Kính gửi:" list of the units behind, then numbered paragraphs,
// one per unit, each naming the overdue task (quoted, its old time in brackets) and a NEW deadline, worded a
// different way each time (deadline at the end, at the start, "đề nghị …"), a unit with two tasks a) b); the
// communes' overdue tasks in a small table inside the letter (Đơn vị | Nhiệm vụ | Hạn theo Kế hoạch | Hạn hoàn
// thành mới). Old times are no deadlines. plan-auto.docx numbers paragraphs and the table's STT with Word lists.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, L, buildTwo } from "./common.mjs";

const ID = "03-lai-chau-2026-cong-van-don-doc-kinh-gui-overdue-tasks-new-deadlines-paragraphs-and-table";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TC = "Sở Tài chính", KC = "Sở Khoa học và Công nghệ";
const NM = "Sở Nông nghiệp và Môi trường", YT = "Sở Y tế", CA = "Công an tỉnh", XA = "UBND cấp xã";
const DK = "UBND phường Đoàn Kết", BL = "UBND xã Bình Lư", MT = "UBND xã Mường Tè", TU = "UBND xã Than Uyên";

const N = (n, text, o = {}) => L(`${n}.`, text, "decimal", "n", o);
const a = (l, text) => L(`${l})`, text, "letter", "a");
const K = (text) => L("-", text, "dash", "kg", { indent: false, tight: true });

// [unit, overdue task, time in the plan, new time]
const ROWS = [
  [DK, "Bố trí đủ công chức làm việc tại Trung tâm Phục vụ hành chính công phường theo Đề án vị trí việc làm",
    "28/02/2026", "24/4/2026"],
  [BL, "Ban hành kế hoạch cải cách hành chính năm 2026 của xã", "31/01/2026", "Trước 20/4/2026"],
  [MT, "Báo cáo kết quả thực hiện công tác cải cách hành chính quý I/2026 kèm tài liệu kiểm chứng", "15/3/2026",
    "Ngày 17/4/2026"],
  [TU, "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn tồn đọng từ năm 2025", "Quý I/2026", "30/4/2026"],
];

function table(auto) {
  const rows = [["STT", "Đơn vị", "Nhiệm vụ chậm tiến độ", "Hạn theo Kế hoạch", "Hạn hoàn thành mới"]];
  ROWS.forEach(([unit, work, old, time], i) => {
    const no = auto ? { text: String(i + 1), align: "center", list: { kind: "cell", inst: "t" } } :
      { text: String(i + 1), align: "center" };
    rows.push([no, unit, work, { text: old, align: "center" }, { text: time, align: "center" }]);
  });
  return { t: "table", widths: [800, 1900, 3500, 1500, 1650], header: 1, rows };
}

const TX = {
  1: "Sở Tài chính: nhiệm vụ \"Tham mưu ban hành quy định phân cấp quản lý, sử dụng tài sản công sau sắp xếp đơn " +
    "vị hành chính\" (thời hạn ngày 31/3/2026) đến nay chưa hoàn thành. Đề nghị Sở khẩn trương hoàn thiện dự thảo, " +
    "trình UBND tỉnh trước ngày 25/4/2026.",
  2: "Sở Khoa học và Công nghệ còn 02 nhiệm vụ chưa hoàn thành:",
  "2a": "\"Đồng bộ đầy đủ trạng thái hồ sơ giữa Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh với Cổng " +
    "Dịch vụ công quốc gia\" (thời hạn quý I/2026): hoàn thành chậm nhất ngày 30/4/2026;",
  "2b": "\"Đánh giá mức độ bảo đảm an toàn thông tin của các hệ thống thông tin dùng chung của tỉnh\" (thời hạn " +
    "15/3/2026): hoàn thành trong tháng 5/2026.",
  3: "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với UBND các xã, phường rà soát, chuẩn hóa bộ thủ tục hành " +
    "chính lĩnh vực đất đai áp dụng tại cấp xã (Kế hoạch giao hoàn thành trong tháng 02/2026); đề nghị xong trước " +
    "15/5/2026.",
  4: "Chậm nhất ngày 08/5/2026, Sở Y tế phải hoàn thành việc cập nhật, công khai thủ tục hành chính lĩnh vực y tế " +
    "trên Cơ sở dữ liệu quốc gia về thủ tục hành chính sau khi kiện toàn tổ chức (nhiệm vụ đã quá hạn từ ngày " +
    "28/02/2026).",
  5: "Đề nghị Văn phòng UBND tỉnh phối hợp với Sở Khoa học và Công nghệ sớm tham mưu Chủ tịch UBND tỉnh công bố " +
    "danh mục thủ tục hành chính tiếp nhận trực tuyến toàn trình năm 2026, trước ngày 30/4/2026.",
  6: "Đề nghị Công an tỉnh phối hợp với Sở Nội vụ hoàn thành xác thực, làm sạch dữ liệu cán bộ, công chức, viên " +
    "chức với Cơ sở dữ liệu quốc gia về dân cư trong tuần thứ hai của tháng 5/2026.",
  7: "Đối với UBND các xã, phường (chi tiết tại bảng dưới đây):",
};

const blocks = (auto) => [
  { t: "table", borders: false, widths: [4000, 5400], rows: [
    [{ paras: [{ text: "UBND TỈNH LAI CHÂU", bold: false, align: "center" },
      { text: "SỞ NỘI VỤ", bold: true, align: "center" }] },
    { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold: true, align: "center" }],
    [{ text: "Số: 268/SNV-CCHC\nV/v đôn đốc thực hiện các nhiệm vụ cải cách hành chính chậm tiến độ",
      align: "center" }, { text: "Lai Châu, ngày 14 tháng 4 năm 2026", italic: true, align: "center" }],
  ] },
  P("Kính gửi:", { indent: false, align: "center", tight: true }),
  K("Sở Tài chính;"), K("Sở Khoa học và Công nghệ;"), K("Sở Nông nghiệp và Môi trường;"), K("Sở Y tế;"),
  K("Văn phòng UBND tỉnh;"), K("Công an tỉnh;"),
  L("-", "UBND các xã, phường: Đoàn Kết, Bình Lư, Mường Tè, Than Uyên.", "dash", "kg", { indent: false }),
  P("Thực hiện Kế hoạch số 21/KH-UBND ngày 16/01/2026 của UBND tỉnh về cải cách hành chính năm 2026, qua theo dõi " +
    "trên Hệ thống quản lý văn bản và điều hành, tính đến ngày 10/4/2026 còn 11 nhiệm vụ đã quá thời hạn nhưng " +
    "các cơ quan, đơn vị chưa hoàn thành hoặc chưa báo cáo kết quả. Để bảo đảm tiến độ chung và kết quả Chỉ số cải " +
    "cách hành chính năm 2026 của tỉnh, Sở Nội vụ đề nghị các cơ quan, đơn vị khẩn trương thực hiện như sau:"),
  N(1, TX[1]),
  N(2, TX[2]), a("a", TX["2a"]), a("b", TX["2b"]),
  N(3, TX[3]), N(4, TX[4]), N(5, TX[5]), N(6, TX[6]),
  N(7, TX[7]),
  table(auto),
  P("Kết quả thực hiện đề nghị các cơ quan, đơn vị gửi về Sở Nội vụ (qua Phòng Cải cách hành chính) ngay sau khi " +
    "hoàn thành để cập nhật. Quá thời hạn nêu trên mà chưa hoàn thành, Sở Nội vụ sẽ tổng hợp, báo cáo Chủ tịch UBND " +
    "tỉnh xem xét trách nhiệm người đứng đầu và trừ điểm tiêu chí tương ứng khi thẩm định Chỉ số cải cách hành " +
    "chính năm 2026."),
  P("Sở Nội vụ đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./."),
  ...sign(["Như trên", "UBND tỉnh (b/c)", "Giám đốc Sở (b/c)", "Phòng CCHC"], "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
    "Vũ Thị Hằng"),
];

const tasks = [
  task("1", "Tham mưu ban hành quy định phân cấp quản lý, sử dụng tài sản công sau sắp xếp đơn vị hành chính",
    "2026-04-24", [TC]),
  task("2.a", "Đồng bộ đầy đủ trạng thái hồ sơ giữa Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh với " +
    "Cổng Dịch vụ công quốc gia", "2026-04-30", [KC]),
  task("2.b", "Đánh giá mức độ bảo đảm an toàn thông tin của các hệ thống thông tin dùng chung của tỉnh",
    "2026-05-31", [KC]),
  task("3", "rà soát, chuẩn hóa bộ thủ tục hành chính lĩnh vực đất đai áp dụng tại cấp xã", "2026-05-14", [NM], [XA]),
  task("4", "cập nhật, công khai thủ tục hành chính lĩnh vực y tế trên Cơ sở dữ liệu quốc gia", "2026-05-08", [YT]),
  task("5", "tham mưu Chủ tịch UBND tỉnh công bố danh mục thủ tục hành chính tiếp nhận trực tuyến toàn trình",
    "2026-04-29", [VP], [KC]),
  task("6", "hoàn thành xác thực, làm sạch dữ liệu cán bộ, công chức, viên chức", "2026-05-14", [CA], [NV]),
  ...ROWS.map(([unit, work], i) => task(`7.${i + 1}`, work, ["2026-04-24", "2026-04-19", "2026-04-17",
    "2026-04-30"][i], [unit])),
];

const DATES = "Refs = the paragraph's number (+ letter), the table's rows 7.1-7.4 under paragraph 7. The 'Kính gửi' " +
  "list and the closing 'gửi về Sở Nội vụ … ngay sau khi hoàn thành' are no tasks; every bracketed old time " +
  "('thời hạn ngày 31/3/2026', 'quý I/2026', 'đã quá hạn từ ngày 28/02/2026', the column 'Hạn theo Kế hoạch') is " +
  "no deadline. 1 Sở Tài chính ('Đề nghị Sở …'), 'trình UBND tỉnh trước ngày 25/4/2026' 24/4 (UBND tỉnh " +
  "recipient). 2.a Sở KH&CN 'chậm nhất ngày 30/4/2026' 30/4 off (01/5 off, 02-03/5 weekend) -> 04/5; 2.b 'trong " +
  "tháng 5/2026' 31/5 Sun -> 01/6. 3 Sở NN&MT with 'UBND các xã, phường' (UBND cấp xã), 'xong trước 15/5/2026' " +
  "14/5. 4 the day first: 'Chậm nhất ngày 08/5/2026, Sở Y tế …' 08/5. 5 'Đề nghị Văn phòng UBND tỉnh phối hợp với " +
  "Sở KH&CN …' VP leads (it does the work), Sở KH&CN partner, 'trước ngày 30/4/2026' 29/4. 6 Công an tỉnh with Sở " +
  "Nội vụ, 'trong tuần thứ hai của tháng 5/2026' 14/5. Table (lead = the row's named commune or ward, unresolved " +
  "as written): 7.1 UBND phường Đoàn Kết '24/4/2026' 24/4; 7.2 UBND xã Bình Lư 'Trước 20/4/2026' 19/4 Sun -> " +
  "20/4; 7.3 UBND xã Mường Tè 'Ngày 17/4/2026' 17/4; 7.4 UBND xã Than Uyên '30/4/2026' -> 04/5. 'tính đến ngày " +
  "10/4/2026' no deadline.";

await buildTwo(DIR, {
  typed: blocks(false), auto: blocks(true),
  expected: {
    id: ID,
    style: "Công văn 268/SNV-CCHC of Sở Nội vụ tỉnh Lai Châu, 14/4/2026, after the reorganisation (merged " +
      "departments, communes and wards). HABIT: AN URGING LETTER (CÔNG VĂN ĐÔN ĐỐC): 'V/v …' under the number, a " +
      "'Kính gửi:' dash list, NUMBERED PARAGRAPHS ONE PER UNIT naming each OVERDUE task with its old time in " +
      "brackets and a NEW DEADLINE worded differently each time, the communes' overdue tasks in a SMALL TABLE " +
      "inside the letter. " + DATES,
    province: "Lai Châu",
    plan: { number: "268/SNV-CCHC", date: "2026-04-14" },
    tasks, unresolved: [XA, DK, BL, MT, TU], successors: [],
  },
});

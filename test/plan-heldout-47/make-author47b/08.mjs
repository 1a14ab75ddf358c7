// 08: Lai Châu, February 2024 (old departments, districts), Kế hoạch 412/KH-UBND ngày 20/02/2024 (cải cách hành
// chính và kiểm soát thủ tục hành chính năm 2024) as the Sở Nội vụ keeps its annexes: ONE WORKBOOK OF TWO SHEETS.
// "Nhiệm vụ chung": STT | Nội dung nhiệm vụ | Đơn vị thực hiện | Thời gian hoàn thành | Ghi chú, the tasks every unit
// does. "Nhiệm vụ cụ thể": GROUP ROWS PER UNIT ("I. SỞ NỘI VỤ", one merged cell across the row) and tasks 1.. under
// each, with NO LEAD COLUMN (the group row names the lead): STT | Nội dung nhiệm vụ | Đơn vị phối hợp | Thời hạn |
// Sản phẩm. Times typed in words: "Trước ngày D", "Tháng M/Y", "Chậm nhất ngày D", "Đầu tháng", "Giữa tháng",
// "Cuối tháng", "Tuần thứ hai của tháng 6" (no year), "Quý", "6 tháng đầu năm", "Từ … đến …", "Theo quy định",
// "Thường xuyên".
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { writeExpected } from "../../plan-corpus/author-kit/sheet.mjs";
import { C, H, blank, note, saveBook, title, unitsOf, when } from "./common.mjs";

const ID = "08-lai-chau-2024-two-sheets-common-tasks-and-tasks-by-unit-group-rows-no-lead-column";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "412/KH-UBND";
const SBN = "Các sở, ban, ngành", HUY = "UBND các huyện, thành phố";
const U = { [SBN]: "@departments", [HUY]: "@districts" };
const units = (cell) => unitsOf(cell, U);
const KEM = `(Kèm theo Kế hoạch số ${NUM} ngày 20/02/2024 của UBND tỉnh Lai Châu)`;

// Nhiệm vụ chung: [STT, text, units, time as written, due (ISO | null), Ghi chú]
const COMMON = [
  ["1", "Ban hành kế hoạch cải cách hành chính năm 2024 của cơ quan, đơn vị, địa phương", `${SBN}; ${HUY}`,
    "Trước ngày 10/3/2024", "2024-03-09", "Gửi Sở Nội vụ 01 bản để theo dõi"],
  ["2", "Phân công công chức đầu mối theo dõi cải cách hành chính và kiểm soát thủ tục hành chính",
    `${SBN}; ${HUY}`, "Tháng 3/2024", "2024-03-31", ""],
  ["3", "Tổ chức Tuần lễ tuyên truyền cải cách hành chính tại trụ sở cơ quan và Bộ phận Một cửa", HUY,
    "Tuần thứ hai của tháng 6", "2024-06-14", ""],
  ["4", "Báo cáo công tác cải cách hành chính định kỳ hằng quý, 6 tháng và năm", `${SBN}; ${HUY}`,
    "Theo quy định", null, "Theo Công văn hướng dẫn của Sở Nội vụ"],
  ["5", "Cập nhật tài liệu kiểm chứng kết quả cải cách hành chính lên phần mềm theo dõi, đánh giá",
    `${SBN}; ${HUY}`, "Đầu tháng 11/2024", "2024-11-10", ""],
  ["6", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 của cơ quan, đơn vị", `${SBN}; ${HUY}`,
    "Chậm nhất ngày 10/12/2024", "2024-12-10", "Kèm tài liệu kiểm chứng"],
];

// Nhiệm vụ cụ thể: group {g, name (capitals, as written), lead (answer)}; task: [STT, text, coordinators, time,
// due (ISO | null), product]
const BY_UNIT = [
  { g: "I", name: "SỞ NỘI VỤ", lead: ["Sở Nội vụ"] },
  ["1", "Tham mưu UBND tỉnh ban hành Kế hoạch kiểm tra cải cách hành chính năm 2024", "Văn phòng UBND tỉnh",
    "Tháng 3/2024", "2024-03-31", "Kế hoạch kiểm tra"],
  ["2", "Kiểm tra công tác cải cách hành chính tại 05 sở, ngành và 03 huyện, thành phố",
    "Thanh tra tỉnh; Sở Tư pháp", "Quý III/2024", "2024-09-30", "Thông báo kết luận kiểm tra"],
  ["3", "Khảo sát, đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính",
    "Bưu điện tỉnh; " + HUY, "Từ tháng 8 đến tháng 10/2024", "2024-10-31", "Báo cáo Chỉ số SIPAS"],
  ["4", "Thẩm định kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính của các cơ quan, đơn vị",
    "Hội đồng thẩm định", "Tháng 01/2025", "2025-01-31", "Quyết định công bố Chỉ số"],
  { g: "II", name: "VĂN PHÒNG UBND TỈNH", lead: ["Văn phòng UBND tỉnh"] },
  ["1", "Công bố, công khai danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của các cấp chính quyền", SBN,
    "Hoàn thành trong Quý II/2024", "2024-06-30", "Quyết định công bố"],
  ["2", "Theo dõi, đánh giá chất lượng giải quyết hồ sơ theo Bộ chỉ số phục vụ người dân, doanh nghiệp",
    "Sở Thông tin và Truyền thông", "6 tháng đầu năm", "2024-06-30", "Báo cáo đánh giá"],
  { g: "III", name: "SỞ TƯ PHÁP", lead: ["Sở Tư pháp"] },
  ["1", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành", SBN, "Trước 31/3/2024",
    "2024-03-30", "Danh mục văn bản"],
  ["2", "Kiểm tra tình hình thi hành pháp luật về xử lý vi phạm hành chính trên địa bàn tỉnh", "Công an tỉnh",
    "Giữa tháng 9/2024", "2024-09-15", "Báo cáo kết quả"],
  { g: "IV", name: "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", lead: ["Sở Thông tin và Truyền thông"] },
  ["1", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, kết nối Cổng Dịch vụ công quốc gia",
    "Văn phòng UBND tỉnh", "Cuối tháng 5/2024", "2024-05-31", "Hệ thống được nâng cấp"],
  ["2", "Hướng dẫn công chức cấp xã sử dụng chữ ký số và tiếp nhận hồ sơ trực tuyến", HUY, "Trong tháng 7/2024",
    "2024-07-31", "Lớp hướng dẫn"],
  ["3", "Duy trì chuyên mục cải cách hành chính trên Cổng Thông tin điện tử tỉnh",
    "Báo Lai Châu; Đài Phát thanh - Truyền hình tỉnh", "Thường xuyên", null, "Tin, bài"],
  { g: "V", name: "SỞ TÀI CHÍNH", lead: ["Sở Tài chính"] },
  ["1", "Hướng dẫn đơn vị sự nghiệp công lập xây dựng phương án tự chủ tài chính giai đoạn 2024-2026", "Sở Nội vụ",
    "Chậm nhất 30/8/2024", "2024-08-30", "Văn bản hướng dẫn"],
  { g: "VI", name: "UBND CÁC HUYỆN, THÀNH PHỐ", lead: ["@districts"] },
  ["1", "Chỉ đạo UBND cấp xã niêm yết thủ tục hành chính, công khai kết quả giải quyết hồ sơ", "",
    "Trước 15/4/2024", "2024-04-14", "Báo cáo kết quả"],
  ["2", "Bố trí công chức làm việc tại Bộ phận Một cửa cấp xã đáp ứng yêu cầu về chuyên môn, tin học", "",
    "Quý IV/2024", "2024-12-31", "Danh sách công chức"],
];

const N = 5;
const cut = (s) => s.replaceAll("; ", ";\n");
const sheet1 = {
  name: "Nhiệm vụ chung", widths: [6, 54, 26, 21, 25], boxFrom: 5, portrait: true,
  rows: [
    title("Biểu số 01", N, { align: "right", italic: true, bold: false }),
    title("NHIỆM VỤ CHUNG CỦA CÁC CƠ QUAN, ĐƠN VỊ, ĐỊA PHƯƠNG", N),
    title(KEM, N, { bold: false, italic: true }),
    blank(),
    { cells: ["STT", "Nội dung nhiệm vụ", "Đơn vị thực hiện", "Thời gian hoàn thành", "Ghi chú"].map((v) => C(v, H)) },
    ...COMMON.map(([stt, text, who, time, , gc]) => ({ cells: [C(stt, { align: "center" }), C(text), C(cut(who)),
      C(time, { align: "center" }), C(gc, { italic: true })] })),
  ],
};
const sheet2 = {
  name: "Nhiệm vụ cụ thể", widths: [6, 54, 26, 21, 25], boxFrom: 5, portrait: true,
  rows: [
    title("Biểu số 02", N, { align: "right", italic: true, bold: false }),
    title("NHIỆM VỤ CỤ THỂ GIAO CÁC CƠ QUAN CHỦ TRÌ THỰC HIỆN", N),
    title(KEM, N, { bold: false, italic: true }),
    blank(),
    { cells: ["STT", "Nội dung nhiệm vụ", "Đơn vị phối hợp", "Thời hạn", "Sản phẩm"].map((v) => C(v, H)) },
    ...BY_UNIT.map((r) => (r.g
      ? { cells: [C(`${r.g}. ${r.name}`, { bold: true, across: N - 1, fill: "FFF2F2F2" })] }
      : { cells: [C(r[0], { align: "center" }), C(r[1]), C(cut(r[2])), C(r[3], { align: "center" }), C(r[5])] })),
    blank(),
    note("Ghi chú: Cơ quan ghi tại dòng tiêu đề của mỗi nhóm là cơ quan chủ trì thực hiện các nhiệm vụ trong nhóm; " +
      "kết quả thực hiện gửi về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh.", N, { italic: true }),
  ],
};

await saveBook(DIR, [sheet1, sheet2], { creator: "Tao Van Hung", created: "2024-02-15T02:20:00Z",
  modified: "2024-02-20T04:00:00Z" });

const tasks = [];
const lines = [];
for (const [stt, text, who, time, due] of COMMON) {
  if (!due) {
    lines.push(`${stt} '${time}' no task`);
    continue;
  }
  tasks.push(task(stt, text, due, units(who), []));
  lines.push(when(stt, time, due));
}
let group = null;
for (const r of BY_UNIT) {
  if (r.g) {
    group = r;
    continue;
  }
  const [stt, text, co, time, due] = r;
  const ref = `${group.g}.${stt}`;
  if (!due) {
    lines.push(`${ref} '${time}' no task`);
    continue;
  }
  tasks.push(task(ref, text, due, group.lead, units(co)));
  lines.push(when(ref, time, due));
}
writeExpected(DIR, {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Lai Châu, 20/02/2024 (old departments, districts), CCHC and kiểm soát TTHC ` +
    "2024: its two annexes as ONE WORKBOOK OF TWO SHEETS, each '(Kèm theo Kế hoạch số … ngày 20/02/2024 …)'. " +
    "'Nhiệm vụ chung' (Biểu số 01): STT | Nội dung nhiệm vụ | Đơn vị thực hiện | Thời gian hoàn thành | Ghi chú, " +
    "ref = STT. 'Nhiệm vụ cụ thể' (Biểu số 02): GROUP ROWS PER UNIT ('I. SỞ NỘI VỤ' … 'VI. UBND CÁC HUYỆN, THÀNH " +
    "PHỐ', one merged cell) and tasks 1.. under each, NO LEAD COLUMN: the group row names the lead (the note says " +
    "so); STT | Nội dung nhiệm vụ | Đơn vị phối hợp | Thời hạn | Sản phẩm; ref = group.STT. TIMES IN WORDS: " +
    "'Trước D' = D-1, 'Chậm nhất' = D, 'Đầu/Giữa/Cuối tháng' = 10th/15th/last, 'Tuần thứ hai của tháng 6' (no " +
    "year: 2024) = 14/6, '6 tháng đầu năm' = 30/6; 'Theo quy định', 'Thường xuyên' = no task. Dates: " +
    lines.join("; ") + ". 'Các sở, ban, ngành' = @departments, 'UBND các huyện, thành phố' = @districts; units one " +
    "a line ended by ';'. 'Gửi Sở Nội vụ', 'tham mưu UBND tỉnh', 'báo cáo UBND tỉnh' name recipients. plan.xlsx " +
    "(exceljs), .xls/.ods LibreOffice's copies, plan.pdf its print, plan.txt Excel's copy of both sheets after " +
    "their tab names.",
  province: "Lai Châu",
  plan: { number: NUM, date: "2024-02-20" },
  tasks,
  unresolved: [],
  successors: [],
});

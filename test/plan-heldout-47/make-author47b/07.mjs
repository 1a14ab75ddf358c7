// 07: Thái Nguyên 2026 (after the reorganisation: merged departments, communes and wards, no districts), the annex of
// Kế hoạch 23/KH-UBND ngày 27/01/2026 (nâng cao Chỉ số SIPAS và PAPI năm 2026) as the office's workbook: one sheet
// "Phụ lục", TT | Nhiệm vụ, giải pháp | Cơ quan chủ trì/phối hợp | Thời hạn hoàn thành | Kết quả đầu ra. ONE UNITS
// COLUMN whose cells write "lead/ coordinators" ("Sở Nội vụ/ Bưu điện tỉnh, UBND các xã, phường"): the LEAD BEFORE
// THE SLASH (two leads in one cell once, a lead alone with no slash twice), coordinators after it separated by
// commas, one of them a name holding commas itself ("Sở Văn hóa, Thể thao và Du lịch"). Times REAL EXCEL DATES
// (dd/mm/yyyy), one "Thường xuyên". Group rows I..III, tasks 1.. restarting in each (ref "II.3").
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { D, isoOf, writeExpected } from "../../plan-corpus/author-kit/sheet.mjs";
import { C, H, blank, note, saveBook, title, when } from "./common.mjs";

const ID = "07-thai-nguyen-2026-one-chu-tri-phoi-hop-column-lead-before-slash-real-dates";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "23/KH-UBND";
const XP = "UBND các xã, phường", TTPV = "Trung tâm Phục vụ hành chính công tỉnh";
const TNMT = "Sở Tài nguyên và Môi trường", NNMT = "Sở Nông nghiệp và Môi trường";
const MT = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", BAO = "Báo và Phát thanh, Truyền hình Thái Nguyên";

// group: {g, name}; task: [number, text, units cell as written, lead (answer), coordinators (answer), Date | words]
const ROWS = [
  { g: "I", name: "NÂNG CAO CHẤT LƯỢNG PHỤC VỤ NGƯỜI DÂN, TỔ CHỨC (CHỈ SỐ SIPAS)" },
  ["1", "Quán triệt kết quả Chỉ số SIPAS năm 2025 đến công chức trực tiếp giải quyết thủ tục hành chính",
    `${XP}/ Sở Nội vụ`, [XP], ["Sở Nội vụ"], D(2026, 3, 31)],
  ["2", "Niêm yết số điện thoại đường dây nóng, đặt hòm thư góp ý tại nơi tiếp nhận hồ sơ của tổ chức, cá nhân",
    `Văn phòng UBND tỉnh/ ${TTPV}, ${XP}`, ["Văn phòng UBND tỉnh"], [TTPV, XP], D(2026, 3, 15)],
  ["3", "Triển khai thiết bị đánh giá mức độ hài lòng tại các quầy tiếp nhận và trả kết quả",
    "Sở Khoa học và Công nghệ/ Văn phòng UBND tỉnh", ["Sở Khoa học và Công nghệ"], ["Văn phòng UBND tỉnh"],
    D(2026, 6, 30)],
  ["4", "Giải quyết dứt điểm hồ sơ quá hạn, thực hiện xin lỗi người dân, tổ chức theo quy định",
    "Các sở, ban, ngành", ["@departments"], [], "Thường xuyên"],
  ["5", "Rà soát thủ tục hành chính có tỷ lệ hồ sơ trễ hạn cao, đề xuất phương án khắc phục",
    `Văn phòng UBND tỉnh/ Sở Tư pháp, ${TNMT}, Sở Xây dựng`, ["Văn phòng UBND tỉnh"],
    ["Sở Tư pháp", NNMT, "Sở Xây dựng"], D(2026, 4, 30)],
  { g: "II", name: "CẢI THIỆN CÁC CHỈ SỐ NỘI DUNG PAPI" },
  ["1", "Công khai quy hoạch, kế hoạch sử dụng đất và khung giá đất tại trụ sở UBND xã, phường",
    `${XP}/ ${NNMT}`, [XP], [NNMT], D(2026, 5, 31)],
  ["2", "Thực hiện dân chủ ở cơ sở, lấy ý kiến Nhân dân về chương trình, dự án đầu tư trên địa bàn",
    `${XP}/ Ủy ban MTTQ Việt Nam tỉnh`, [XP], [MT], D(2026, 9, 30)],
  ["3", "Tuyên truyền quyền giám sát của người dân và cách gửi phản ánh, kiến nghị qua ứng dụng Thái Nguyên-S",
    `${BAO}/ Sở Văn hóa, Thể thao và Du lịch, ${XP}`, [BAO], ["Sở Văn hóa, Thể thao và Du lịch", XP],
    D(2026, 7, 31)],
  ["4", "Tiếp nhận, xử lý kịp thời phản ánh về nhũng nhiễu, tiêu cực trong giải quyết thủ tục hành chính",
    "Thanh tra tỉnh/ Công an tỉnh", ["Thanh tra tỉnh"], ["Công an tỉnh"], D(2026, 10, 31)],
  ["5", "Nâng cao chất lượng khám chữa bệnh tại trạm y tế và giáo dục tiểu học công lập",
    `Sở Y tế, Sở Giáo dục và Đào tạo/ ${XP}`, ["Sở Y tế", "Sở Giáo dục và Đào tạo"], [XP], D(2026, 11, 30)],
  { g: "III", name: "ĐO LƯỜNG, ĐÁNH GIÁ VÀ BÁO CÁO" },
  ["1", "Phân tích kết quả Chỉ số PAPI năm 2025, đề xuất giải pháp với các nội dung có điểm thấp",
    "Sở Nội vụ/ Ủy ban MTTQ Việt Nam tỉnh, Sở Tư pháp", ["Sở Nội vụ"], [MT, "Sở Tư pháp"], D(2026, 5, 20)],
  ["2", "Sơ kết 6 tháng thực hiện Kế hoạch, đề xuất điều chỉnh nhiệm vụ chưa phù hợp", "Sở Nội vụ",
    ["Sở Nội vụ"], [], D(2026, 7, 10)],
  ["3", "Khảo sát, đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính năm 2026",
    `Sở Nội vụ/ Bưu điện tỉnh, ${XP}`, ["Sở Nội vụ"], ["Bưu điện tỉnh", XP], D(2026, 10, 15)],
  ["4", "Báo cáo kết quả thực hiện Kế hoạch năm 2026 của cơ quan, địa phương", `Các sở, ban, ngành, ${XP}`,
    ["@departments", XP], [], D(2026, 12, 5)],
  ["5", "Tổng hợp kết quả thực hiện Kế hoạch năm 2026, báo cáo UBND tỉnh", "Sở Nội vụ/ Văn phòng UBND tỉnh",
    ["Sở Nội vụ"], ["Văn phòng UBND tỉnh"], D(2026, 12, 20)],
];

// Kết quả đầu ra by the task's first words; "Báo cáo kết quả" otherwise.
const OUT = [["Quán triệt", "Biên bản hội nghị"], ["Niêm yết", "Biên bản niêm yết"], ["Triển khai thiết bị",
  "Thiết bị, phần mềm đánh giá"], ["Giải quyết dứt điểm", "Không còn hồ sơ quá hạn"], ["Công khai quy hoạch",
  "Thông báo công khai"], ["Khảo sát", "Báo cáo Chỉ số SIPAS"]];
const output = (text) => OUT.find(([w]) => text.startsWith(w))?.[1] ?? "Báo cáo kết quả";
const N = 5;
const sheet = {
  name: "Phụ lục", widths: [6, 54, 34, 15, 24], boxFrom: 5, portrait: true,
  rows: [
    title("PHỤ LỤC", N),
    title("NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ SIPAS VÀ CHỈ SỐ PAPI TỈNH THÁI NGUYÊN NĂM 2026", N),
    title(`(Kèm theo Kế hoạch số ${NUM} ngày 27/01/2026 của UBND tỉnh Thái Nguyên)`, N,
      { bold: false, italic: true }),
    blank(),
    { cells: ["TT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì/phối hợp", "Thời hạn hoàn thành", "Kết quả đầu ra"]
      .map((v) => C(v, H)) },
    ...ROWS.map((r) => (r.g
      ? { cells: [C(r.g, { bold: true, align: "center" }), C(r.name, { bold: true, across: 3 }), C("")] }
      : { cells: [C(r[0], { align: "center" }), C(r[1]), C(r[2]), C(r[5], { align: "center" }),
        C(output(r[1]))] })),
    blank(),
    note("Ghi chú: Tại cột “Cơ quan chủ trì/phối hợp”, cơ quan ghi trước dấu “/” là cơ quan chủ trì, các cơ quan ghi " +
      "sau dấu “/” là cơ quan phối hợp; ô chỉ ghi một cơ quan là cơ quan chủ trì tự thực hiện.", N, { italic: true }),
  ],
};
await saveBook(DIR, [sheet], { creator: "Duong Minh Chau", created: "2026-01-20T03:00:00Z",
  modified: "2026-01-27T09:10:00Z" });

const tasks = [];
const lines = [];
let g = null;
for (const r of ROWS) {
  if (r.g) {
    g = r.g;
    continue;
  }
  const [n, text, , lead, co, due] = r;
  const ref = `${g}.${n}`;
  if (!(due instanceof Date)) {
    lines.push(`${ref} '${due}' no task`);
    continue;
  }
  tasks.push(task(ref, text, isoOf(due), lead, co));
  lines.push(when(ref, null, isoOf(due)));
}
writeExpected(DIR, {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Thái Nguyên, 27/01/2026 (after the reorganisation; 'UBND các xã, phường' = ` +
    "unresolved 'UBND cấp xã'), SIPAS and PAPI 2026: the annex as a WORKBOOK, sheet 'Phụ lục', '(Kèm theo Kế hoạch " +
    "số … ngày 27/01/2026 …)' gives number and date; TT | Nhiệm vụ, giải pháp | Cơ quan chủ trì/phối hợp | Thời hạn " +
    "hoàn thành | Kết quả đầu ra. ONE UNITS COLUMN 'lead/ coordinators': the LEAD BEFORE THE SLASH (I.5... II.5 has " +
    "two leads 'Sở Y tế, Sở Giáo dục và Đào tạo'), coordinators after it separated by commas ('Sở Văn hóa, Thể thao " +
    "và Du lịch' is one name); a cell with no slash is the lead alone (III.2, III.4: 'Các sở, ban, ngành, UBND các " +
    "xã, phường' = @departments + communes), as the note says. Times are REAL EXCEL DATES (dd/mm/yyyy) = that " +
    "day; I.4 'Thường xuyên' = no task. GROUP ROWS I..III, tasks numbered 1.. again in each: ref = group.number. " +
    "Dates: " + lines.join("; ") + ". 'Sở Tài nguyên và Môi trường' (a 2026 plan) is a successor: Sở Nông nghiệp " +
    "và Môi trường; 'Ủy ban MTTQ Việt Nam tỉnh' = Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; 'Trung tâm Phục vụ hành " +
    "chính công tỉnh' unresolved. 'báo cáo UBND tỉnh' is a recipient; Kết quả đầu ra names products. plan.xlsx " +
    "(exceljs), .xls/.ods LibreOffice's copies, plan.pdf its print, plan.txt Excel's copy after the tab name.",
  province: "Thái Nguyên",
  plan: { number: NUM, date: "2026-01-27" },
  tasks,
  unresolved: [TTPV, XP],
  successors: [{ written: TNMT, unit: NNMT }],
});

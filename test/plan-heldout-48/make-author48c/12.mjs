// 12: Thái Nguyên 2025, after the reorganisation (merged departments, Bắc Kạn merged in, wards and communes, no
// districts). The annex of Kế hoạch 238/KH-UBND ngày 24/10/2025 (nâng cao Chỉ số SIPAS, PAPI năm 2026) as a
// workbook: STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Bắt đầu | Kết thúc | Kết quả/Sản phẩm, with a row of
// column numbers under the header. Bắt đầu and Kết thúc are REAL DATES (dd/mm/yyyy) or MONTHS typed as text
// ("01/2026"); due = Kết thúc (a month: its last day); one Kết thúc "Năm 2026", one row "Thường xuyên". Group rows
// 1..4 in bold, tasks numbered 1.1, 1.2 … (STT typed as text). Units as named after 1 July 2025, one old name
// typed from last year's table (Sở Thông tin và Truyền thông -> Sở Khoa học và Công nghệ).
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { D, isoOf, writeExpected } from "../../plan-corpus/author-kit/sheet.mjs";
import { C, H, blank, monthEnd, note, saveBook, title, unitsOf, when } from "./common.mjs";

const ID = "12-thai-nguyen-2025-sipas-papi-start-end-columns-dates-and-month-text-nam-2026-one-old-department";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "238/KH-UBND";
const SBN = "Các sở, ban, ngành", XP = "UBND các xã, phường", TTTT = "Sở Thông tin và Truyền thông";
const KHCN = "Sở Khoa học và Công nghệ", MT = "Ủy ban MTTQ Việt Nam tỉnh";
const BAO = "Báo và Phát thanh, Truyền hình Thái Nguyên";
const MAP = { [SBN]: ["@departments"], [TTTT]: [KHCN], [MT]: ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"] };
const units = (cell) => unitsOf(cell, MAP);

// group: {g, name}; task: [STT, text, lead, coordinators, start, end (Date | "MM/YYYY" | words), product]
const ROWS = [
  { g: "1", name: "LÃNH ĐẠO, CHỈ ĐẠO, QUÁN TRIỆT" },
  ["1.1", "Quán triệt kết quả Chỉ số SIPAS, PAPI năm 2024 của tỉnh đến cán bộ, công chức, viên chức của cơ quan, " +
    "đơn vị", `${SBN}; ${XP}`, "", D(2025, 11, 3), D(2025, 11, 30), "Hội nghị, văn bản quán triệt"],
  ["1.2", "Xây dựng kế hoạch khắc phục các chỉ số nội dung, chỉ số thành phần giảm điểm, xếp hạng thấp", XP,
    "Sở Nội vụ", "11/2025", "12/2025", "Kế hoạch khắc phục của xã, phường"],
  { g: "2", name: "NÂNG CAO CHẤT LƯỢNG PHỤC VỤ NGƯỜI DÂN, TỔ CHỨC (SIPAS)" },
  ["2.1", "Niêm yết công khai, đầy đủ thủ tục hành chính, mức phí, lệ phí tại Bộ phận Một cửa cấp xã", XP,
    "Văn phòng UBND tỉnh", D(2025, 12, 1), "01/2026", "Bảng niêm yết đúng quy định"],
  ["2.2", "Bố trí công chức có năng lực, kỹ năng giao tiếp làm việc tại Trung tâm Phục vụ hành chính công tỉnh",
    "Sở Nội vụ", "Văn phòng UBND tỉnh", "11/2025", D(2025, 12, 15), "Quyết định điều động, bố trí"],
  ["2.3", "Lắp đặt thiết bị đánh giá mức độ hài lòng bằng phương tiện điện tử tại Bộ phận Một cửa", KHCN, XP,
    "01/2026", "03/2026", "Thiết bị tại 100% Bộ phận Một cửa cấp xã"],
  ["2.4", "Tuyên truyền trên hệ thống thông tin cơ sở về quyền đánh giá, phản ánh của người dân", TTTT,
    `${BAO}; ${XP}`, "12/2025", D(2026, 6, 30), "Tin, bài, chuyên mục"],
  { g: "3", name: "THỰC HIỆN DÂN CHỦ Ở CƠ SỞ, CÔNG KHAI, MINH BẠCH (PAPI)" },
  ["3.1", "Công khai danh sách hộ nghèo, hộ cận nghèo và kết quả hỗ trợ tại nhà văn hóa thôn, tổ dân phố", XP,
    "Sở Nông nghiệp và Môi trường", D(2026, 1, 5), D(2026, 3, 20), "Biên bản niêm yết"],
  ["3.2", "Công khai quy hoạch, kế hoạch sử dụng đất, bảng giá đất tại trụ sở UBND xã, phường", XP,
    "Sở Nông nghiệp và Môi trường", "01/2026", "04/2026", "Biên bản niêm yết"],
  ["3.3", "Tiếp công dân, giải quyết kịp thời đơn thư khiếu nại, tố cáo, kiến nghị của người dân",
    `Thanh tra tỉnh; ${XP}`, "", "Thường xuyên", "Thường xuyên", "Sổ tiếp công dân"],
  ["3.4", "Giám sát việc thực hiện dân chủ ở cơ sở, lấy ý kiến người dân về chất lượng dịch vụ công", MT,
    "Sở Nội vụ", "03/2026", "Năm 2026", "Báo cáo kết quả giám sát"],
  { g: "4", name: "ĐIỀU TRA, ĐÁNH GIÁ, BÁO CÁO" },
  ["4.1", "Tổ chức điều tra xã hội học đo lường sự hài lòng (SIPAS) cấp tỉnh năm 2026", "Sở Nội vụ",
    `Bưu điện tỉnh; ${XP}`, D(2026, 8, 3), D(2026, 10, 30), "Báo cáo kết quả SIPAS của tỉnh"],
  ["4.2", "Phối hợp với Nhóm nghiên cứu PAPI khảo sát thực địa tại các xã, phường được chọn mẫu", "Sở Nội vụ",
    MT, "07/2026", "09/2026", "Danh sách địa bàn, người dân được chọn mẫu"],
  ["4.3", "Phân tích kết quả Chỉ số SIPAS, PAPI năm 2025 khi được công bố, đề xuất giải pháp cải thiện",
    "Sở Nội vụ", SBN, "04/2026", "05/2026", "Báo cáo phân tích, đề xuất"],
  ["4.4", "Báo cáo kết quả thực hiện Kế hoạch năm 2026 của cơ quan, đơn vị, địa phương", `${SBN}; ${XP}`, "",
    D(2026, 12, 1), D(2026, 12, 10), "Báo cáo gửi Sở Nội vụ"],
  ["4.5", "Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch năm 2026", "Sở Nội vụ", "", "12/2026",
    "12/2026", "Báo cáo của UBND tỉnh gửi Bộ Nội vụ"],
];

const N = 7;
const TEXT = { fmt: "@", align: "center" };
const time = (v) => (v instanceof Date ? C(v, { align: "center" }) : C(v, TEXT));
const sheet = {
  name: "Phụ lục", widths: [6, 46, 22, 24, 12, 12, 26], boxFrom: 5, size: 12,
  rows: [
    title("PHỤ LỤC", N),
    title("NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ SIPAS, PAPI TỈNH THÁI NGUYÊN NĂM 2026", N),
    title(`(Kèm theo Kế hoạch số ${NUM} ngày 24/10/2025 của UBND tỉnh Thái Nguyên)`, N, { bold: false, italic: true }),
    blank(),
    { cells: ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Bắt đầu", "Kết thúc", "Kết quả/Sản phẩm"]
      .map((v) => C(v, H)) },
    { cells: Array.from({ length: N }, (_, i) => C(`(${i + 1})`, { align: "center", italic: true })) },
    ...ROWS.map((r) => (r.g
      ? { cells: [C(r.g, { ...TEXT, bold: true }), C(r.name, { bold: true, across: N - 2 })] }
      : { cells: [C(r[0], TEXT), C(r[1]), C(r[2].replaceAll("; ", ";\n")), C(r[3].replaceAll("; ", ";\n")),
        time(r[4]), time(r[5]), C(r[6])] })),
    blank(),
    note("Ghi chú: Thời gian ghi tháng/năm (mm/yyyy) là thực hiện, hoàn thành trong tháng đó; nhiệm vụ hoàn thành " +
      "chậm nhất vào thời điểm ghi tại cột (6).", N, { italic: true }),
  ],
  setup(ws) {
    ws.pageSetup.printTitlesRow = "5:6";
  },
};

await saveBook(DIR, [sheet], { creator: "Duong Minh Chau", created: "2025-10-16T01:20:00Z",
  modified: "2025-10-24T03:45:00Z", size: 12 });

const endOf = (v) => {
  if (v instanceof Date) return isoOf(v);
  const m = /^(\d{2})\/(\d{4})$/.exec(v);
  if (m) return monthEnd(+m[2], +m[1]);
  return v === "Năm 2026" ? "2026-12-31" : null;
};
const tasks = [];
const lines = [];
for (const r of ROWS) {
  if (r.g) continue;
  const [stt, text, lead, co, , end] = r;
  const due = endOf(end);
  if (!due) {
    lines.push(`${stt} '${end}' no task`);
    continue;
  }
  tasks.push(task(stt, text, due, units(lead), units(co)));
  lines.push(when(stt, end instanceof Date ? null : end, due));
}
writeExpected(DIR, {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Thái Nguyên, 24/10/2025 (after the reorganisation: merged departments, no ` +
    "districts), SIPAS/PAPI 2026: its annex as a WORKBOOK, one sheet 'Phụ lục'; STT | Nhiệm vụ | Đơn vị chủ trì | " +
    "Đơn vị phối hợp | Bắt đầu | Kết thúc | Kết quả/Sản phẩm, a row of column numbers (1)..(7) under the header. " +
    "Bắt đầu and Kết thúc are REAL DATES dd/mm/yyyy or MONTHS typed as text 'MM/YYYY'; DUE = KẾT THÚC (a month = " +
    "its last day, as the note under the table says; Bắt đầu is no deadline); Kết thúc 'Năm 2026' = 31/12/2026; " +
    "'Thường xuyên' no task. Group rows 1..4 bold, tasks '1.1'..'4.5' (STT as text), ref = STT. Dates: " +
    lines.join("; ") + ". Units one a line: 'Các sở, ban, ngành' = @departments; 'UBND các xã, phường' = " +
    "unresolved 'UBND cấp xã'; 'Ủy ban MTTQ Việt Nam tỉnh' = Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; 'Báo và Phát " +
    "thanh, Truyền hình Thái Nguyên' one unit; 'Sở Thông tin và Truyền thông' (typed from last year's table, lead " +
    "of 2.4) is its successor Sở Khoa học và Công nghệ. 'Trung tâm Phục vụ hành chính công tỉnh' (2.2) and 'Nhóm " +
    "nghiên cứu PAPI' (4.2) sit in the task's text, no units; 'gửi Sở Nội vụ', 'gửi Bộ Nội vụ' in Kết quả are " +
    "recipients. plan.xlsx (exceljs), .xls/.ods copies, plan.pdf its print, plan.txt Excel's copy after the tab name.",
  province: "Thái Nguyên",
  plan: { number: NUM, date: "2025-10-24" },
  tasks,
  unresolved: [XP],
  successors: [{ written: TTTT, unit: KHCN }],
});

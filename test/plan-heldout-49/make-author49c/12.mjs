// 12: Thái Nguyên 2025 (after the reorganisation: merged departments, wards and communes, no districts). The task
// list of Kế hoạch 245/KH-UBND ngày 22/09/2025 (nâng cao Chỉ số CCHC, SIPAS, PAPI năm 2025-2026) as EXPORTED FROM
// THE PROVINCE'S DOCUMENT SYSTEM ("Xuất Excel" of the Quản lý văn bản và điều hành giao-việc screen): METADATA ROWS
// on top (the system's name, the list's title, the assigning document's number, date and abstract as label | value
// cells, who exported it and when, the record count), then a WIDE HEADER of two rows: Vietnamese labels and the
// field CODES (STT, MA_NV, NOI_DUNG, DV_CHU_TRI, MA_DV_CT, DV_PHOI_HOP, HAN_XU_LY, NGAY_GIAO, …). NUMBERS STORED AS
// TEXT (STT, progress, unit codes), dates in HAN_XU_LY mostly TEXT "dd/mm/yyyy" (one "dd/mm/yyyy hh:mm:ss"), some
// as EXCEL SERIAL NUMBERS in a General cell (45961) as the export writes a date field it did not format; NGAY_GIAO
// the same mix (no deadline). Unit names as the system's unit records hold them, partners joined by "; ".
import { C, H, answer, blank, saveBook, serial, task, when, writeExpected } from "./common.mjs";

const ID = "12-thai-nguyen-2025-document-system-export-metadata-rows-field-code-header-text-numbers-text-and-serial-dates";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "245/KH-UBND";
const SBN = "Các sở, ban, ngành", XP = "Ủy ban nhân dân các xã, phường", TTPV = "Trung tâm Phục vụ hành chính công tỉnh";
const MAP = { [SBN]: ["@departments"], "Văn phòng Ủy ban nhân dân tỉnh": ["Văn phòng UBND tỉnh"] };
const VP = "Văn phòng Ủy ban nhân dân tỉnh";
const CODE = {
  "Sở Nội vụ": "000.00.05.H56", [VP]: "000.00.01.H56", "Sở Tư pháp": "000.00.06.H56", "Sở Tài chính": "000.00.07.H56",
  "Sở Nông nghiệp và Môi trường": "000.00.12.H56", "Công an tỉnh": "000.00.40.H56", [TTPV]: "000.01.01.H56",
  "Sở Dân tộc và Tôn giáo": "000.00.20.H56", "Sở Khoa học và Công nghệ": "000.00.09.H56", [XP]: "", [SBN]: "",
};

// [MA_NV, task, lead, partners, HAN_XU_LY as written: {t: text} | {s: ISO as a serial}, due | null, NGAY_GIAO, state,
//  progress, note]
const T = (t) => ({ t }), S = (iso) => ({ s: iso });
const ROWS = [
  ["NV.2025.04121", "Xây dựng kế hoạch khắc phục tồn tại, hạn chế của Chỉ số PAPI năm 2024", "Sở Nội vụ",
    ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"], T("15/10/2025"), "2025-10-15", T("22/09/2025"), "Hoàn thành", "100",
    ""],
  ["NV.2025.04122", "Rà soát, công bố danh mục thủ tục hành chính sau hợp nhất tỉnh, sắp xếp chính quyền địa phương " +
    "hai cấp", VP, [SBN], S("2025-10-31"), "2025-10-31", S("2025-09-22"), "Đang xử lý", "60", ""],
  ["NV.2025.04123", "Tổ chức tập huấn nghiệp vụ cho cán bộ đầu mối khảo sát SIPAS cấp xã", "Sở Nội vụ", [XP],
    T("30/10/2025 17:00:00"), "2025-10-30", T("22/09/2025"), "Đang xử lý", "30", "Hạn theo giờ hành chính"],
  ["NV.2025.04124", "Kiện toàn tổ chức, nhân sự Trung tâm Phục vụ hành chính công tỉnh sau hợp nhất", VP,
    ["Sở Nội vụ"], S("2025-11-15"), "2025-11-15", S("2025-09-22"), "Chưa xử lý", "0", ""],
  ["NV.2025.04125", "Khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính năm 2025",
    "Sở Nội vụ", ["Bưu điện tỉnh"], S("2025-11-28"), "2025-11-28", S("2025-09-22"), "Chưa xử lý", "0", ""],
  ["NV.2025.04126", "Số hóa hồ sơ đất đai, kết quả giải quyết thủ tục hành chính lĩnh vực đất đai tại cấp xã",
    "Sở Nông nghiệp và Môi trường", ["Sở Khoa học và Công nghệ", XP], T("30/11/2025"), "2025-11-30",
    T("22/09/2025"), "Đang xử lý", "25", ""],
  ["NV.2025.04127", "Đánh giá mức độ hài lòng tại Trung tâm Phục vụ hành chính công tỉnh và các điểm tiếp nhận",
    TTPV, ["Sở Nội vụ"], T("05/12/2025"), "2025-12-05", T("22/09/2025"), "Chưa xử lý", "0", ""],
  ["NV.2025.04128", "Kiểm tra công tác cải cách hành chính tại Ủy ban nhân dân một số xã, phường", "Sở Nội vụ",
    ["Thanh tra tỉnh", "Sở Tư pháp"], S("2025-12-12"), "2025-12-12", S("2025-09-22"), "Chưa xử lý", "0",
    "Theo Quyết định kiểm tra"],
  ["NV.2025.04129", "Xây dựng báo cáo kết quả cải cách hành chính năm 2025 của tỉnh", "Sở Nội vụ", [],
    T("15/12/2025"), "2025-12-15", T("22/09/2025"), "Chưa xử lý", "0", ""],
  ["NV.2025.04130", "Rà soát văn bản quy phạm pháp luật của hai tỉnh trước hợp nhất, đề xuất bãi bỏ, thay thế",
    "Sở Tư pháp", [SBN], T("31/12/2025"), "2025-12-31", T("22/09/2025"), "Đang xử lý", "40", ""],
  ["NV.2025.04131", "Tổ chức tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025 của cấp xã", XP,
    ["Sở Nội vụ"], S("2026-01-10"), "2026-01-10", S("2025-09-22"), "Chưa xử lý", "0", ""],
  ["NV.2025.04132", "Cập nhật, đồng bộ dữ liệu đất đai lên Cơ sở dữ liệu quốc gia về đất đai",
    "Sở Nông nghiệp và Môi trường", [XP], S("2026-01-15"), "2026-01-15", S("2025-09-22"), "Chưa xử lý", "0", ""],
  ["NV.2025.04133", "Triển khai xác thực điện tử qua VNeID trong giải quyết thủ tục hành chính", "Công an tỉnh",
    ["Sở Khoa học và Công nghệ"], T("20/01/2026"), "2026-01-20", T("22/09/2025"), "Đang xử lý", "50", ""],
  ["NV.2025.04134", "Ban hành danh mục dịch vụ sự nghiệp công sử dụng ngân sách nhà nước sau sắp xếp",
    "Sở Tài chính", [SBN], T("31/01/2026"), "2026-01-31", T("22/09/2025"), "Chưa xử lý", "0", ""],
  ["NV.2025.04135", "Tổng kết thực hiện chính sách dân tộc, tôn giáo gắn với cải cách hành chính tại vùng đồng bào",
    "Sở Dân tộc và Tôn giáo", [XP], S("2026-02-28"), "2026-02-28", S("2025-09-22"), "Chưa xử lý", "0", ""],
  ["NV.2025.04136", "Theo dõi, đôn đốc, tổng hợp tình hình thực hiện Kế hoạch", "Sở Nội vụ", [], T(""), null,
    T("22/09/2025"), "Đang xử lý", "", "Không thời hạn"],
];

const LABELS = ["STT", "Mã nhiệm vụ", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Mã ĐV chủ trì", "Đơn vị phối hợp",
  "Hạn xử lý", "Ngày giao", "Trạng thái", "Tiến độ (%)", "Cán bộ theo dõi", "Ghi chú"];
const CODES = ["STT", "MA_NV", "NOI_DUNG", "DV_CHU_TRI", "MA_DV_CT", "DV_PHOI_HOP", "HAN_XU_LY", "NGAY_GIAO",
  "TRANG_THAI", "TIEN_DO", "NGUOI_THEO_DOI", "GHI_CHU"];
const N = LABELS.length;
const TXT = { fmt: "@" };
const dateCell = (d) => (d.s ? C(serial(d.s), { align: "right" }) : C(d.t, TXT));
const L = { bold: true, across: 1 };
const sheet = {
  name: "DanhSachNhiemVu", widths: [5, 15, 46, 24, 15, 30, 19, 12, 12, 9, 16, 20], boxFrom: 7, size: 10, grid: true,
  paper: 8,
  rows: [
    { cells: [C("HỆ THỐNG QUẢN LÝ VĂN BẢN VÀ ĐIỀU HÀNH TỈNH THÁI NGUYÊN", { bold: true, across: 4 })], box: false },
    { cells: [C("DANH SÁCH NHIỆM VỤ THEO VĂN BẢN GIAO", { bold: true, size: 13, across: N - 1, align: "center" })],
      box: false },
    { cells: [C("Số ký hiệu:", L), C(NUM, TXT), C("Ngày ban hành:", { bold: true }), C("22/09/2025", TXT),
      C("Cơ quan ban hành:", { bold: true }), C("UBND tỉnh Thái Nguyên", { across: 2 })], box: false },
    { cells: [C("Trích yếu:", L), C("Kế hoạch nâng cao Chỉ số cải cách hành chính, Chỉ số hài lòng (SIPAS), Chỉ số " +
      "PAPI của tỉnh Thái Nguyên năm 2025 - 2026", { across: 9 })], box: false },
    { cells: [C("Người xuất:", L), C("nvthang.snv"), C("Thời điểm xuất:", { bold: true }),
      C("15/10/2025 09:42:17", TXT), C("Tổng số bản ghi:", { bold: true }), C(String(ROWS.length), TXT)], box: false },
    blank(),
    { cells: LABELS.map((h) => C(h, { ...H, fill: "FFBDD7EE" })) },
    { cells: CODES.map((h) => C(h, { align: "center", italic: true, fill: "FFDDEBF7", size: 9 })) },
    ...ROWS.map((r, i) => ({ cells: [C(String(i + 1), TXT), C(r[0], TXT), C(r[1]), C(r[2]), C(CODE[r[2]] ?? "", TXT),
      C(r[3].join("; ")), dateCell(r[4]), dateCell(r[6]), C(r[7]), C(r[8], TXT), C("Nguyễn Văn Thắng"), C(r[9])] })),
  ],
  setup(ws) {
    ws.autoFilter = `A8:L${8 + ROWS.length}`;
    ws.views = [{ state: "frozen", ySplit: 8, showGridLines: true }];
  },
};

await saveBook(DIR, [sheet], { creator: "QLVB Export", created: "2025-10-15T02:42:17Z",
  modified: "2025-10-15T02:42:17Z", size: 10 });

const tasks = [];
const lines = [];
ROWS.forEach((r, i) => {
  const ref = String(i + 1);
  const written = r[4].s ? `serial ${serial(r[4].s)}` : r[4].t;
  if (!r[5]) {
    lines.push(`${ref} Hạn xử lý empty ('Không thời hạn'): no task`);
    return;
  }
  tasks.push(task(ref, r[1], r[5], answer([r[2]], MAP), answer(r[3], MAP)));
  lines.push(when(ref, written, r[5]));
});
writeExpected(DIR, {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Thái Nguyên, 22/09/2025 (after the reorganisation: no districts), CCHC, ` +
    "SIPAS, PAPI 2025-2026, as EXPORTED FROM THE DOCUMENT SYSTEM (sheet 'DanhSachNhiemVu'): METADATA ROWS 1-5 " +
    "(system, title, 'Số ký hiệu:' | 245/KH-UBND | 'Ngày ban hành:' | 22/09/2025 = the plan's number and date; the " +
    "export's time and record count are no deadlines), a WIDE HEADER of Vietnamese labels (row 7) over FIELD CODES " +
    "(row 8: STT, MA_NV, NOI_DUNG, DV_CHU_TRI, MA_DV_CT, DV_PHOI_HOP, HAN_XU_LY, NGAY_GIAO, …). STT, codes, " +
    "progress STORED AS TEXT. ref = STT (MA_NV is the system's id). due = HAN_XU_LY: TEXT 'dd/mm/yyyy' (one with a " +
    "time), or an EXCEL SERIAL NUMBER in a General cell (shown as a number) = that day: " + lines.join("; ") +
    ". NGAY_GIAO (the day assigned, text or serial) and Trạng thái/Tiến độ are no deadlines and drop no task. " +
    "Units as the system holds them, partners joined by '; ': 'Văn phòng Ủy ban nhân dân tỉnh' = Văn phòng UBND " +
    "tỉnh, 'Các sở, ban, ngành' = @departments, 'Ủy ban nhân dân các xã, phường' = unresolved 'UBND cấp xã'; " +
    "'Trung tâm Phục vụ hành chính công tỉnh' unresolved. plan.xlsx (exceljs), .xls/.ods copies, plan.pdf " +
    "LibreOffice's print, plan.txt Excel's copy after the tab name.",
  province: "Thái Nguyên",
  plan: { number: NUM, date: "2025-09-22" },
  tasks,
  unresolved: [TTPV, XP],
  successors: [],
});

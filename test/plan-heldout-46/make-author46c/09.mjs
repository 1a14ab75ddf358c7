// 09: Thái Nguyên 2026 (after the reorganisation: merged departments, wards and communes, no districts). The Sở Nội
// vụ's TRACKING WORKBOOK of the tasks of Kế hoạch 19/KH-UBND ngày 21/01/2026 (cải cách hành chính, các chỉ số năm
// 2026): "BIỂU THEO DÕI TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ", title rows and an update date (a real date, no deadline) above
// the header; STT | Lĩnh vực | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn hoàn thành (REAL EXCEL
// DATES dd/mm/yyyy, two typed words) | Tiến độ (%) | Tình trạng (a list) | Ghi chú (report numbers and dates that
// are no deadlines). An AUTOFILTER on the header, the header rows FROZEN, print titles; one overdue row shaded.
// One old department name typed from last year's list (Sở Kế hoạch và Đầu tư -> Sở Tài chính).
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { D, isoOf, writeExpected } from "../../plan-corpus/author-kit/sheet.mjs";
import { C, H, blank, note, saveBook, title, unitsOf, when } from "./common.mjs";

const ID = "09-thai-nguyen-2026-tracking-workbook-date-cells-autofilter-frozen-header-progress-columns";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "19/KH-UBND";
const SBN = "Các sở, ban, ngành", XP = "UBND các xã, phường", TTPV = "Trung tâm Phục vụ hành chính công tỉnh";
const KHDT = "Sở Kế hoạch và Đầu tư", PDP = "UBND phường Phan Đình Phùng";
const MAP = { [SBN]: ["@departments"], [KHDT]: ["Sở Tài chính"] };
const units = (cell) => unitsOf(cell, MAP);

// [field, task, lead, coordinators, deadline (Date | words), progress %, state, note]
const ROWS = [
  ["Cải cách thể chế", "Rà soát, đề xuất sửa đổi văn bản quy phạm pháp luật của tỉnh không còn phù hợp sau sắp xếp " +
    "đơn vị hành chính", "Sở Tư pháp", `${SBN}; ${XP}`, D(2026, 2, 27), 100, "Hoàn thành",
  "Báo cáo số 41/BC-STP ngày 26/02/2026"],
  ["Cải cách thể chế", "Kiểm tra công tác theo dõi thi hành pháp luật tại một số xã, phường", "Sở Tư pháp",
    "Sở Nội vụ", D(2026, 9, 30), 0, "Chưa đến hạn", ""],
  ["Cải cách TTHC", "Công bố danh mục thủ tục hành chính được chuẩn hóa sau khi sắp xếp các sở, ngành",
    "Văn phòng UBND tỉnh", SBN, D(2026, 3, 31), 60, "Đang thực hiện", "Đã công bố 9/14 lĩnh vực"],
  ["Cải cách TTHC", "Duy trì tiếp nhận hồ sơ thủ tục hành chính không phụ thuộc địa giới hành chính trong phạm vi " +
    "tỉnh", TTPV, XP, "Thường xuyên", 0, "Đang thực hiện", ""],
  ["Cải cách TTHC", "Khảo sát mức độ hài lòng của tổ chức, cá nhân tại Bộ phận Một cửa cấp xã",
    "Văn phòng UBND tỉnh", `Bưu điện tỉnh; ${XP}`, D(2026, 8, 15), 0, "Chưa đến hạn", ""],
  ["Tổ chức bộ máy", "Sơ kết một năm hoạt động của chính quyền địa phương hai cấp, đề xuất điều chỉnh chức năng, " +
    "nhiệm vụ", "Sở Nội vụ", `${SBN}; ${XP}`, D(2026, 7, 10), 10, "Đang thực hiện", "Đã có đề cương"],
  ["Chế độ công vụ", "Hoàn thiện cơ sở dữ liệu cán bộ, công chức, viên chức của tỉnh, đồng bộ với Cơ sở dữ liệu " +
    "quốc gia", "Sở Nội vụ", "Sở Khoa học và Công nghệ", D(2026, 4, 30), 30, "Đang thực hiện", ""],
  ["Chế độ công vụ", "Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức cấp xã",
    "Sở Nội vụ", "Thanh tra tỉnh", "Hằng quý", 0, "Đang thực hiện", "Quý I: 06 xã, phường"],
  ["Tài chính công", "Đánh giá kết quả thực hiện cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập năm 2025",
    "Sở Tài chính", "Sở Nội vụ; Kho bạc Nhà nước tỉnh", D(2026, 6, 30), 20, "Đang thực hiện", ""],
  ["Chính quyền số", "Triển khai hệ thống họp trực tuyến, hội nghị truyền hình đến 100% xã, phường",
    "Sở Khoa học và Công nghệ", `${KHDT}; ${XP}`, D(2026, 5, 31), 45, "Đang thực hiện", ""],
  ["Chính quyền số", "Cập nhật, làm sạch dữ liệu hộ tịch phục vụ kết nối Cơ sở dữ liệu quốc gia về dân cư",
    "Sở Tư pháp", `Công an tỉnh; ${XP}`, D(2026, 3, 6), 85, "Chậm tiến độ",
  "Đã đôn đốc tại Văn bản số 512/SNV-CCHC ngày 09/3/2026"],
  ["Chính quyền số", "Thí điểm số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực tại phường", PDP,
    "Sở Tư pháp; Văn phòng UBND tỉnh", D(2026, 6, 30), 15, "Đang thực hiện", ""],
  ["Tuyên truyền", "Duy trì chuyên mục cải cách hành chính, chính quyền hai cấp trên sóng phát thanh, truyền hình",
    "Báo và Phát thanh, Truyền hình Thái Nguyên", "Sở Nội vụ", D(2026, 3, 31), 50, "Đang thực hiện", ""],
  ["Đo lường sự hài lòng", "Tổ chức điều tra xã hội học xác định Chỉ số SIPAS năm 2026 trên địa bàn tỉnh",
    "Sở Nội vụ", `Bưu điện tỉnh; ${XP}`, D(2026, 11, 20), 0, "Chưa đến hạn", ""],
  ["Chỉ số CCHC", "Tự đánh giá, chấm điểm Chỉ số CCHC năm 2026, gửi báo cáo kèm tài liệu kiểm chứng",
    `${SBN}; ${XP}`, "", D(2026, 12, 5), 0, "Chưa đến hạn", "Gửi Sở Nội vụ qua phần mềm"],
  ["Chỉ số CCHC", "Thẩm định kết quả tự đánh giá Chỉ số CCHC năm 2026 của các sở, ngành và xã, phường",
    "Hội đồng thẩm định", "Sở Nội vụ", D(2027, 2, 26), 0, "Chưa đến hạn", ""],
];

const N = 9, TOP = 8, FIRST = TOP + 1, LAST = TOP + ROWS.length;
const STATES = ["Hoàn thành", "Đang thực hiện", "Chưa đến hạn", "Chậm tiến độ"];
const sheet = {
  name: "Theo dõi 2026", widths: [6, 14, 46, 20, 24, 13, 10, 15, 26], boxFrom: TOP, size: 11,
  rows: [
    { cells: [C("UBND TỈNH THÁI NGUYÊN", { ...H, across: 2 })], box: false },
    { cells: [C("SỞ NỘI VỤ", { ...H, across: 2 })], box: false },
    blank(),
    title("BIỂU THEO DÕI TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ", N, { size: 13 }),
    title(`Kế hoạch cải cách hành chính, nâng cao các chỉ số năm 2026 (Kế hoạch số ${NUM} ngày 21/01/2026 của UBND ` +
      "tỉnh Thái Nguyên)", N, { bold: false, italic: true }),
    { cells: [C("", { across: 4 }), C("Cập nhật đến ngày:", { across: 1, align: "right", italic: true }),
      C(D(2026, 3, 13), { italic: true, align: "left" })], box: false },
    blank(),
    { cells: ["STT", "Lĩnh vực", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành",
      "Tiến độ (%)", "Tình trạng", "Ghi chú"].map((v) => C(v, { ...H, fill: "FFD9E1F2" })) },
    ...ROWS.map(([field, text, lead, co, due, pct, state, gc], i) => {
      const fill = state === "Chậm tiến độ" ? { fill: "FFFFFF00" } : {};
      return { cells: [C(i + 1, { align: "center", ...fill }), C(field, fill), C(text, fill),
        C(lead.replaceAll("; ", ";\n"), fill), C(co.replaceAll("; ", ";\n"), fill), C(due, { align: "center", ...fill }),
        C(pct, { align: "center", fmt: "0", ...fill }), C(state, fill), C(gc, { italic: true, ...fill })] };
    }),
    blank(),
    note("Ghi chú: Tình trạng cập nhật theo báo cáo của các cơ quan, đơn vị gửi Sở Nội vụ; nhiệm vụ đã quá thời hạn " +
      "hoàn thành mà chưa có báo cáo kết quả được tô màu vàng.", N, { italic: true }),
    blank(),
    { cells: [C("", { across: 5 }), C("NGƯỜI LẬP BIỂU", { ...H, across: 2 })], box: false },
  ],
  setup(ws) {
    ws.autoFilter = `A${TOP}:I${LAST}`;
    ws.views = [{ state: "frozen", xSplit: 0, ySplit: TOP, topLeftCell: `A${FIRST}`, showGridLines: false }];
    ws.pageSetup.printTitlesRow = `${TOP}:${TOP}`;
    ws.dataValidations.add(`H${FIRST}:H${LAST}`, { type: "list", allowBlank: true,
      formulae: [`"${STATES.join(",")}"`] });
  },
};

await saveBook(DIR, [sheet], { creator: "Nguyen Thi Hong Nhung", created: "2026-01-26T01:30:00Z",
  modified: "2026-03-13T09:20:00Z", size: 11 });

const tasks = [];
const lines = [];
ROWS.forEach(([, text, lead, co, due], i) => {
  const stt = String(i + 1);
  if (!(due instanceof Date)) {
    lines.push(`${stt} '${due}' no task`);
    return;
  }
  const t = task(stt, text, isoOf(due), units(lead), units(co));
  tasks.push(t);
  lines.push(when(stt, null, t.due));
});
writeExpected(DIR, {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Thái Nguyên, 21/01/2026 (after the reorganisation: no districts, no ` +
    "communes in the directory), as the Sở Nội vụ's TRACKING WORKBOOK: one sheet 'Theo dõi 2026', title rows " +
    "'UBND TỈNH THÁI NGUYÊN / SỞ NỘI VỤ', 'BIỂU THEO DÕI TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ' and the plan's number and date " +
    "in brackets; an UPDATE DATE ('Cập nhật đến ngày:' 13/03/2026, a real date) that is no deadline. Header on row 8 " +
    "with an AUTOFILTER, rows 1-8 FROZEN: STT | Lĩnh vực | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn " +
    "hoàn thành | Tiến độ (%) | Tình trạng | Ghi chú; STT 1..16 flat (the field is a column, no group rows), ref = " +
    "STT; deadlines REAL EXCEL DATES dd/mm/yyyy, due = that day; Tiến độ, Tình trạng (done, late or not) and Ghi " +
    "chú (report and dispatch numbers with their dates) move no day and drop no task. Dates: " + lines.join("; ") +
    ". Units one a line: 'Các sở, ban, ngành' = @departments; 'UBND các xã, phường' = unresolved 'UBND cấp xã'; " +
    "'Trung tâm Phục vụ hành chính công tỉnh' and 'UBND phường Phan Đình Phùng' unresolved; 'Sở Kế hoạch và Đầu tư' " +
    "(typed from an old list) is its successor Sở Tài chính. plan.xlsx (exceljs), .xls/.ods LibreOffice's copies, " +
    "plan.pdf its print, plan.txt Excel's copy after the tab's name.",
  province: "Thái Nguyên",
  plan: { number: NUM, date: "2026-01-21" },
  tasks,
  unresolved: [XP, TTPV, PDP],
  successors: [{ written: KHDT, unit: "Sở Tài chính" }],
});

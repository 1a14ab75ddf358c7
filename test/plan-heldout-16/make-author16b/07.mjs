// 07: Thái Nguyên 2024, a Kế hoạch whose Phụ lục is also sent as a workbook: deadlines are real Excel date cells
// (dd/mm/yyyy), group rows are merged across the sheet, and a formula column counts the days from the plan's date.
import path from "node:path";
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const id = "07-thai-nguyen-2024-xlsx-date-cells-merged-groups-formula";
const p = (text, extra = {}) => ({ t: "p", text, ...extra });
const VP = "Văn phòng UBND tỉnh";
const TTTT = "Sở Thông tin và Truyền thông";
const SBN = "Các sở, ban, ngành";
const HUYEN = "UBND các huyện, thành phố";
const PLAN_DAY = "2024-03-12";
const HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành",
  "Số ngày thực hiện", "Ghi chú"];

// [roman, label, rows]; row = [stt, title, lead, coordinators, deadline (ISO date or words), note]
const groups = [
  ["I", "KIỂM SOÁT QUY ĐỊNH THỦ TỤC HÀNH CHÍNH", [
    ["1", "Công bố danh mục thủ tục hành chính mới ban hành, sửa đổi, bổ sung thuộc thẩm quyền giải quyết của " +
      "các cấp chính quyền tỉnh", VP, SBN, "2024-03-29", ""],
    ["2", "Rà soát, đánh giá quy định, thủ tục hành chính lĩnh vực đầu tư, đất đai", "Sở Kế hoạch và Đầu tư",
      `${VP}, Sở Tài nguyên và Môi trường`, "2024-05-31", "Phương án đơn giản hóa"],
    ["3", "Rà soát thủ tục hành chính lĩnh vực lao động, người có công", "Sở Lao động - Thương binh và Xã hội", VP,
      "2024-06-15", ""],
    ["4", "Cập nhật, công khai thủ tục hành chính trên Cơ sở dữ liệu quốc gia", SBN, VP, "Thường xuyên", ""],
  ]],
  ["II", "THỰC HIỆN CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG", [
    ["1", "Kiện toàn Bộ phận Một cửa cấp huyện theo Nghị định số 107/2021/NĐ-CP", HUYEN, "Sở Nội vụ", "2024-04-30",
      ""],
    ["2", "Bổ sung trang thiết bị cho Trung tâm Phục vụ hành chính công tỉnh", VP, "Sở Tài chính", "2024-06-30", ""],
    ["3", "Thí điểm tiếp nhận hồ sơ thủ tục hành chính không phụ thuộc địa giới hành chính",
      "UBND thành phố Thái Nguyên, UBND thành phố Sông Công", `${TTTT}, ${VP}`, "2024-09-30", "Thí điểm"],
    ["4", "Đánh giá chất lượng giải quyết thủ tục hành chính theo Quyết định số 766/QĐ-TTg", VP,
      `${SBN}; ${HUYEN}`, "2024-12-20", ""],
    ["5", "Công khai kết quả đánh giá Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, " +
      "doanh nghiệp", VP, TTTT, "2024-11-16", "Trên Cổng thông tin điện tử tỉnh"],
  ]],
  ["III", "SỐ HÓA HỒ SƠ, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", [
    ["1", "Số hóa 100% hồ sơ thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh", VP, SBN,
      "2024-08-31", ""],
    ["2", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, kết nối Kho quản lý dữ liệu điện tử " +
      "của tổ chức, cá nhân", TTTT, `${VP}, Công an tỉnh`, "2024-10-31", ""],
    ["3", "Tái sử dụng dữ liệu đã số hóa, không yêu cầu người dân nộp lại giấy tờ đã có", HUYEN, TTTT, "2024-10-15",
      ""],
  ]],
  ["IV", "THÔNG TIN, TUYÊN TRUYỀN, BÁO CÁO", [
    ["1", "Báo cáo tình hình, kết quả kiểm soát thủ tục hành chính (gửi Văn phòng UBND tỉnh)", `${SBN}; ${HUYEN}`, "",
      "Hằng quý", "Trước ngày 15 tháng cuối quý"],
    ["2", "Tổng kết công tác kiểm soát thủ tục hành chính năm 2024, đề xuất nhiệm vụ năm 2025", VP, SBN,
      "2024-12-13", ""],
    ["3", "Tuyên truyền kết quả cải cách thủ tục hành chính trên báo chí của tỉnh",
      "Báo Thái Nguyên, Đài Phát thanh - Truyền hình tỉnh", VP, "2024-12-26", "Chuyên trang, chuyên mục"],
  ]],
];

const isDate = (s) => /^\d{4}-\d{2}-\d{2}$/.test(s);
const dmy = (s) => s.split("-").reverse().join("/");
const days = (s) => (isDate(s) ? String((Date.parse(s) - Date.parse(PLAN_DAY)) / 86400000) : "");
const VM = new Set(["II.4", "II.5"]);
const tableRows = [HEADER, ...groups.flatMap(([roman, label, rows]) => [
  [{ text: roman, bold: true, align: "center" }, { text: label, bold: true, span: 6 }],
  ...rows.map(([n, title, lead, co, due, note]) => {
    const ref = `${roman}.${n}`;
    const leadCell = VM.has(ref) ? { text: ref === "II.4" ? lead : "", vm: ref === "II.4" ? "start" : "cont" } : lead;
    return [n, title, leadCell, co, isDate(due) ? dmy(due) : due, days(due), note];
  }),
])];

const TITLE = "NHIỆM VỤ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH, THỰC HIỆN CƠ CHẾ MỘT CỬA NĂM 2024";
const WITH = "(Kèm theo Kế hoạch số 58/KH-UBND ngày 12/3/2024 của UBND tỉnh Thái Nguyên)";
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 58/KH-UBND", "Thái Nguyên, ngày 12 tháng 3 năm 2024",
    "KẾ HOẠCH", "Kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông năm 2024"),
  p("I. MỤC ĐÍCH, YÊU CẦU", { bold: true }),
  p("Kiểm soát chặt chẽ việc ban hành thủ tục hành chính; 100% hồ sơ được tiếp nhận, giải quyết qua Hệ thống thông " +
    "tin giải quyết thủ tục hành chính tỉnh; tỷ lệ hồ sơ trễ hạn dưới 1%."),
  p("II. NHIỆM VỤ", { bold: true }),
  p("Nhiệm vụ, cơ quan chủ trì, phối hợp và thời hạn hoàn thành chi tiết tại Phụ lục kèm theo. Cột \"Số ngày thực " +
    "hiện\" tính từ ngày ban hành Kế hoạch để các cơ quan chủ động bố trí nguồn lực."),
  p("III. TỔ CHỨC THỰC HIỆN", { bold: true }),
  p("Văn phòng UBND tỉnh là đầu mối theo dõi, đôn đốc; các cơ quan, đơn vị thực hiện chế độ báo cáo theo quy định."),
  ...sign(["Văn phòng Chính phủ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành", HUYEN],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đặng Xuân Trường"),
  p("PHỤ LỤC", { bold: true, align: "center", indent: false }),
  p(TITLE, { bold: true, align: "center", indent: false }),
  p(WITH, { italic: true, align: "center", indent: false }),
  { t: "table", header: 1, widths: [500, 3000, 1450, 1550, 1150, 850, 1200], rows: tableRows },
];

const T = Object.fromEntries(groups.flatMap(([roman, , rows]) => rows.map((r) => [`${roman}.${r[0]}`, r[1]])));
const D = "@departments";
const H = "@districts";
const tasks = [
  task("I.1", T["I.1"], "2024-03-29", [VP], [D]),
  task("I.2", T["I.2"], "2024-05-31", ["Sở Kế hoạch và Đầu tư"], [VP, "Sở Tài nguyên và Môi trường"]),
  task("I.3", T["I.3"], "2024-06-15", ["Sở Lao động - Thương binh và Xã hội"], [VP]),
  task("II.1", T["II.1"], "2024-04-30", [H], ["Sở Nội vụ"]),
  task("II.2", T["II.2"], "2024-06-30", [VP], ["Sở Tài chính"]),
  task("II.3", T["II.3"], "2024-09-30", ["UBND thành phố Thái Nguyên", "UBND thành phố Sông Công"], [TTTT, VP]),
  task("II.4", T["II.4"], "2024-12-20", [VP], [D, H]),
  task("II.5", T["II.5"], "2024-11-16", [VP], [TTTT]),
  task("III.1", T["III.1"], "2024-08-31", [VP], [D]),
  task("III.2", T["III.2"], "2024-10-31", [TTTT], [VP, "Công an tỉnh"]),
  task("III.3", T["III.3"], "2024-10-15", [H], [TTTT]),
  task("IV.2", T["IV.2"], "2024-12-13", [VP], [D]),
  task("IV.3", T["IV.3"], "2024-12-26", ["Báo Thái Nguyên", "Đài Phát thanh - Truyền hình tỉnh"], [VP]),
];

async function workbook(file) {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Phu luc");
  ws.columns = [6, 58, 28, 30, 14, 12, 24].map((width) => ({ width }));
  const merged = (text, extra = {}) => {
    const r = ws.addRow([text.normalize("NFC")]);
    ws.mergeCells(r.number, 1, r.number, 7);
    r.getCell(1).alignment = { horizontal: "center", wrapText: true };
    r.getCell(1).font = { bold: !extra.italic, italic: !!extra.italic };
    return r;
  };
  merged("PHỤ LỤC");
  merged(TITLE);
  merged(WITH, { italic: true });
  const dr = ws.addRow(["", "Ngày ban hành Kế hoạch:", new Date(PLAN_DAY + "T00:00:00Z")]);
  dr.getCell(3).numFmt = "dd/mm/yyyy";
  ws.addRow([]);
  const hr = ws.addRow(HEADER);
  hr.font = { bold: true };
  hr.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  let vmTop = 0;
  for (const [roman, label, rows] of groups) {
    const gr = ws.addRow([roman, label]);
    ws.mergeCells(gr.number, 2, gr.number, 7);
    gr.font = { bold: true };
    for (const [n, title, lead, co, due, note] of rows) {
      const ref = `${roman}.${n}`;
      const r = ws.addRow([Number(n), title, ref === "II.5" ? null : lead, co || null,
        isDate(due) ? new Date(due + "T00:00:00Z") : due, null, note || null]);
      const e = `E${r.number}`;
      r.getCell(6).value = { formula: `IF(ISNUMBER(${e}),${e}-$C$4,"")`,
        result: isDate(due) ? Number(days(due)) : "" };
      if (isDate(due)) r.getCell(5).numFmt = "dd/mm/yyyy";
      r.alignment = { wrapText: true, vertical: "top" };
      if (ref === "II.4") vmTop = r.number;
      if (ref === "II.5") ws.mergeCells(vmTop, 3, r.number, 3);
    }
  }
  await wb.xlsx.writeFile(file);
}

const dir = path.join(import.meta.dirname, "..", id);
await build(dir, { blocks, printer: "chromium", expected: {
  id,
  style: "Kế hoạch 58/KH-UBND of UBND tỉnh Thái Nguyên, 12/3/2024, with its Phụ lục after the signature; plan.xlsx " +
    "is that Phụ lục as a workbook: three merged title rows, 'Ngày ban hành Kế hoạch:' with a date cell (C4), " +
    "header STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn hoàn thành | Số ngày thực hiện | Ghi " +
    "chú; group rows I-IV (Roman in A, label merged B:G); deadlines are real Excel dates (numFmt dd/mm/yyyy) " +
    "or words; 'Số ngày thực hiện' is a formula =IF(ISNUMBER(E),E-$C$4,\"\") with cached results, never a " +
    "date. Lead of II.4-II.5 is one merged cell (vMerge in the docx). ref = group Roman + STT. Each date is the " +
    "due as written (no 'trước'). Left out: I.4 'Thường xuyên', IV.1 'Hằng quý' (its note 'Trước ngày 15 tháng " +
    "cuối quý' recurs). IV.1's '(gửi Văn phòng UBND tỉnh)' is a recipient. Pre-2025 names are current here. PDF " +
    "by Chromium from HTML; docx/txt print the dates as dd/mm/yyyy and the formula's values.",
  province: "Thái Nguyên",
  plan: { number: "58/KH-UBND", date: PLAN_DAY },
  tasks,
  unresolved: [],
  successors: [],
} });
await workbook(path.join(dir, "plan.xlsx"));

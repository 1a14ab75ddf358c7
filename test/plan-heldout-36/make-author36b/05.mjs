// 05: Lai Châu 2026 (after the reorganisation), UBND tỉnh, Kế hoạch 27/KH-UBND, 09/02/2026 — Đề án 06 và chuyển đổi
// số năm 2026, a WORKBOOK. Sheet "Nhiệm vụ": task rows grouped under merged unit rows ("SỞ TÀI CHÍNH": the unit
// leads the rows under it), STT running across the whole sheet, time cells varied (text, one true Excel date).
// Sheet "Phối hợp": STT of a task -> its coordinating units (only some tasks). Writes plan.xlsx (exceljs), plan.txt
// (Excel's tab-separated copy of each sheet), plan.pdf / plan.xls / plan.ods (LibreOffice), expected.json.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import ExcelJS from "exceljs";
import { task } from "../../plan-corpus/author-kit/lib.mjs";

const ID = "05-lai-chau-2026-workbook-merged-unit-rows-lead-running-stt-coordinators-on-second-sheet";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;

// [unit row text, [[stt, task, product, time, note]]]; a time given as a Date is a real Excel date cell
const G = [
  ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", [
    [1, "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, kết nối với Cơ sở dữ liệu quốc gia về dân cư để tự động điền thông tin công dân",
      "Hệ thống được nâng cấp", "Trước 31/3/2026", ""],
    [2, "Hướng dẫn các xã, phường sử dụng nền tảng ký số, phần mềm quản lý văn bản liên thông bốn cấp",
      "Văn bản hướng dẫn; 01 đợt tập huấn", "Quý II/2026", ""],
    [3, "Duy trì vận hành Trung tâm giám sát, điều hành thông minh của tỉnh", "Hệ thống vận hành ổn định",
      "Thường xuyên", ""],
  ]],
  ["CÔNG AN TỈNH", [
    [4, "Rà soát, làm sạch dữ liệu dân cư trên địa bàn; đồng bộ dữ liệu hộ tịch với Cơ sở dữ liệu quốc gia về dân cư",
      "Dữ liệu \"đúng, đủ, sạch, sống\"", "Tháng 4/2026", "Phối hợp ngành Tư pháp"],
    [5, "Hoàn thành cấp căn cước cho người dân đủ điều kiện tại các xã vùng biên giới", "Báo cáo kết quả",
      new Date(Date.UTC(2026, 5, 15)), "Ngày cụ thể"],
  ]],
  ["SỞ TÀI CHÍNH", [
    [6, "Tham mưu bố trí kinh phí thực hiện Đề án 06 và chuyển đổi số năm 2026 của các cơ quan, đơn vị",
      "Tờ trình UBND tỉnh", "Trước ngày 15/3/2026", ""],
    [7, "Đẩy mạnh thanh toán không dùng tiền mặt trong thu phí, lệ phí và chi trả các chế độ an sinh xã hội",
      "Báo cáo kết quả", "6 tháng đầu năm 2026", ""],
  ]],
  ["SỞ NỘI VỤ", [
    [8, "Số hóa hồ sơ cán bộ, công chức, viên chức; cập nhật Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức",
      "Dữ liệu được cập nhật", "Quý III/2026", ""],
    [9, "Kết nối, chia sẻ dữ liệu chi trả trợ cấp người có công, bảo trợ xã hội với Cơ sở dữ liệu quốc gia về dân cư",
      "Dữ liệu được kết nối", "Tháng 10/2026", ""],
  ]],
  ["VĂN PHÒNG UBND TỈNH", [
    [10, "Đánh giá mức độ cung cấp dịch vụ công trực tuyến toàn trình của các cơ quan, đơn vị 8 tháng năm 2026",
      "Báo cáo đánh giá", "Cuối tháng 8/2026", ""],
    [11, "Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Đề án 06 và chuyển đổi số năm 2026", "Báo cáo năm",
      "Trước 15/12/2026", "Báo cáo UBND tỉnh, Bộ Công an"],
  ]],
  ["UBND CẤP XÃ", [
    [12, "Kiện toàn Tổ công nghệ số cộng đồng tại các thôn, bản, tổ dân phố", "Quyết định kiện toàn",
      "Quý I/2026", ""],
    [13, "Báo cáo kết quả thực hiện Đề án 06 năm 2026 tại địa phương (gửi Công an tỉnh)", "Báo cáo",
      "Trước 25/11/2026", "Công an tỉnh tổng hợp"],
  ]],
];
// sheet "Phối hợp": stt -> coordinating units
const CO = [
  [1, "Công an tỉnh; Văn phòng UBND tỉnh"],
  [2, "UBND các xã, phường"],
  [6, "Sở Khoa học và Công nghệ; Công an tỉnh"],
  [7, "Kho bạc Nhà nước tỉnh; Bảo hiểm xã hội tỉnh"],
  [9, "Bảo hiểm xã hội tỉnh; Công an tỉnh"],
  [11, "Sở Khoa học và Công nghệ; Công an tỉnh"],
  [12, "Sở Khoa học và Công nghệ; Tỉnh đoàn"],
];

const FONT = { name: "Times New Roman", size: 12 };
const thin = { style: "thin", color: { argb: "FF000000" } };
const BOX = { top: thin, left: thin, bottom: thin, right: thin };
const W = [6, 58, 28, 20, 22];
const wb = new ExcelJS.Workbook();
wb.creator = "Lo Van Thanh";
wb.created = new Date("2026-02-04T03:00:00Z");
wb.modified = new Date("2026-02-09T09:12:00Z");
const fmt = (v) => (v instanceof Date ? v.toISOString().slice(0, 10).split("-").reverse().join("/") : String(v ?? ""));

function sheet(name, widths) {
  const ws = wb.addWorksheet(name, { views: [{ showGridLines: false }], pageSetup: { paperSize: 9,
    orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0,
    margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } } });
  ws.columns = widths.map((width) => ({ width }));
  const lines = [];
  const n = widths.length;
  const add = (values, o = {}) => {
    const r = ws.addRow(values.map((v) => (typeof v === "string" ? (v === "" ? null : v.normalize("NFC")) : v)));
    r.eachCell({ includeEmpty: true }, (c) => { c.font = { ...FONT, bold: !!o.bold, italic: !!o.italic }; });
    for (const [a, z] of o.merge ?? []) ws.mergeCells(r.number, a, r.number, z);
    if (o.center) r.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    if (o.box) r.eachCell({ includeEmpty: true }, (c) => { c.border = BOX; });
    lines.push(values.map(fmt).join("\t"));
    return r;
  };
  const blank = (v) => [v, ...Array(n - 1).fill("")];
  return { ws, lines, add, blank };
}

const s1 = sheet("Nhiệm vụ", W);
{
  const { ws, add, blank } = s1;
  add(["ỦY BAN NHÂN DÂN", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", ""], { bold: true, center: true, merge: [[1, 2], [3, 5]] });
  add(["TỈNH LAI CHÂU", "", "Độc lập - Tự do - Hạnh phúc", "", ""], { bold: true, center: true, merge: [[1, 2], [3, 5]] });
  add(["Số: 27/KH-UBND", "", "Lai Châu, ngày 09 tháng 02 năm 2026", "", ""], { center: true, merge: [[1, 2], [3, 5]] })
    .getCell(3).font = { ...FONT, italic: true };
  add(blank(""));
  add(blank("DANH MỤC NHIỆM VỤ"), { bold: true, center: true, merge: [[1, 5]] });
  add(blank("Thực hiện Đề án 06 và chuyển đổi số tỉnh Lai Châu năm 2026"), { bold: true, center: true, merge: [[1, 5]] });
  add(blank("(Kèm theo Kế hoạch số 27/KH-UBND ngày 09/02/2026 của UBND tỉnh Lai Châu)"), { italic: true, center: true, merge: [[1, 5]] });
  const hr = add(["STT", "Nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành", "Ghi chú"], { bold: true, center: true, box: true });
  hr.height = 32;
  ws.pageSetup.printTitlesRow = `${hr.number}:${hr.number}`;
  for (const [unit, rows] of G) {
    const ur = add(blank(unit), { bold: true, merge: [[1, 5]] });
    ur.getCell(1).border = BOX;
    ur.getCell(1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEDEDED" } };
    for (const row of rows) {
      const r = add(row, { box: true });
      if (row[3] instanceof Date) r.getCell(4).numFmt = "dd/mm/yyyy";
      r.eachCell({ includeEmpty: true }, (c, col) => {
        c.alignment = { vertical: "top", horizontal: col === 1 || col === 4 ? "center" : "left", wrapText: true };
      });
      const nl = Math.max(...row.map((v, i) => Math.ceil(fmt(v).length / (W[i] - 2)) || 1));
      r.height = 16 * nl + 3;
    }
  }
  add(blank(""));
  add(["", "Ghi chú: Cơ quan phối hợp thực hiện từng nhiệm vụ xem tại Sheet \"Phối hợp\".", "", "", ""], { italic: true });
}
const s2 = sheet("Phối hợp", [10, 70]);
{
  const { add } = s2;
  add(["CƠ QUAN PHỐI HỢP THỰC HIỆN NHIỆM VỤ", ""], { bold: true, center: true, merge: [[1, 2]] });
  add(["(STT theo Danh mục nhiệm vụ)", ""], { italic: true, center: true, merge: [[1, 2]] });
  add(["STT", "Cơ quan phối hợp"], { bold: true, center: true, box: true });
  for (const r of CO) {
    const row = add(r, { box: true });
    row.getCell(1).alignment = { horizontal: "center", vertical: "top" };
  }
}

fs.mkdirSync(DIR, { recursive: true });
await wb.xlsx.writeFile(path.join(DIR, "plan.xlsx"));
fs.writeFileSync(path.join(DIR, "plan.txt"), (s1.lines.join("\n") + "\n\n" + s2.lines.join("\n") + "\n").normalize("NFC"));
const LO = ["-env:UserInstallation=file:///tmp/lo-author36b", "--headless", "--convert-to"];
for (const to of ["pdf", "xls", "ods"]) {
  execFileSync("soffice", [...LO, to, "--outdir", DIR, path.join(DIR, "plan.xlsx")], { stdio: "ignore" });
}

const KH = "Sở Khoa học và Công nghệ";
const CA = "Công an tỉnh";
const TC = "Sở Tài chính";
const NV = "Sở Nội vụ";
const VP = "Văn phòng UBND tỉnh";
const XA = "UBND cấp xã";
const BH = "Bảo hiểm xã hội tỉnh";
const T = Object.fromEntries(G.flatMap(([, rows]) => rows.map((r) => [String(r[0]), r[1]])));
const t = (ref, due, lead, co = []) => task(ref, T[ref], due, lead, co);
const tasks = [
  t("1", "2026-03-30", [KH], [CA, VP]),
  t("2", "2026-06-30", [KH], [XA]),
  t("4", "2026-04-30", [CA]),
  t("5", "2026-06-15", [CA]),
  t("6", "2026-03-14", [TC], [KH, CA]),
  t("7", "2026-06-30", [TC], ["Kho bạc Nhà nước tỉnh", BH]),
  t("8", "2026-09-30", [NV]),
  t("9", "2026-10-31", [NV], [BH, CA]),
  t("10", "2026-08-31", [VP]),
  t("11", "2026-12-14", [VP], [KH, CA]),
  t("12", "2026-03-31", [XA], [KH, "Tỉnh đoàn"]),
  { ...t("13", "2026-11-24", [XA]), title: "Báo cáo kết quả thực hiện Đề án 06 năm 2026 tại địa phương" },
];
const expected = {
  id: ID,
  style: "Kế hoạch 27/KH-UBND of UBND tỉnh Lai Châu, 09/02/2026 (after the reorganisation: merged departments, no " +
    "districts), Đề án 06 và chuyển đổi số năm 2026, kept as a WORKBOOK (plan.xlsx by exceljs; plan.xls, plan.ods, " +
    "plan.pdf by LibreOffice; plan.txt = each sheet as Excel copies it, tab-separated, merged cells' value in their " +
    "first cell, sheet 'Nhiệm vụ' then sheet 'Phối hợp'). Sheet 'Nhiệm vụ': Decree 30 header rows, title 'DANH MỤC " +
    "NHIỆM VỤ … (Kèm theo Kế hoạch số 27/KH-UBND …)', header STT | Nhiệm vụ | Sản phẩm | Thời gian hoàn thành | Ghi " +
    "chú — there is NO lead column: task rows are grouped under shaded unit rows merged across ('SỞ KHOA HỌC VÀ CÔNG " +
    "NGHỆ', 'CÔNG AN TỈNH', 'SỞ TÀI CHÍNH', 'SỞ NỘI VỤ', 'VĂN PHÒNG UBND TỈNH', 'UBND CẤP XÃ'): that unit " +
    "leads each row under it. STT runs 1-13 across the whole sheet (not restarting per unit); ref = STT. Sheet " +
    "'Phối hợp' (STT | Cơ quan phối hợp) lists coordinators for tasks 1, 2, 6, 7, 9, 11, 12 only; the others have " +
    "none (Ghi chú 'Phối hợp ngành Tư pháp' of 4 names no unit; 'Công an tỉnh tổng hợp' of 13 and '(gửi Công an " +
    "tỉnh)' are recipients). 'UBND CẤP XÃ' and 'UBND các xã, phường' (sheet 2) = UBND cấp xã (unresolved). Task 3 'Thường xuyên' is no task. " +
    "Time cells varied; task 5's is a real Excel date (dd/mm/yyyy). Dates: 1 'Trước 31/3/2026' -> 30/3 Mon; 2 'Quý " +
    "II/2026' 30/6 Tue; 4 'Tháng 4/2026' 30/4 (holiday), 1/5 holiday, 2-3/5 weekend -> 4/5; 5 15/06/2026 Mon; 6 " +
    "'Trước ngày 15/3/2026' -> 14/3 Sat -> 16/3; 7 '6 tháng đầu năm 2026' 30/6 Tue; 8 'Quý III/2026' 30/9 Wed; 9 " +
    "'Tháng 10/2026' 31/10 Sat -> 2/11; 10 'Cuối tháng 8/2026' 31/8 Mon; 11 'Trước 15/12/2026' -> 14/12 Mon; 12 " +
    "'Quý I/2026' 31/3 Tue; 13 'Trước 25/11/2026' -> 24/11 Tue. Title of 13 without its recipient bracket.",
  province: "Lai Châu",
  plan: { number: "27/KH-UBND", date: "2026-02-09" },
  tasks,
  unresolved: [XA],
  successors: [],
};
fs.writeFileSync(path.join(DIR, "expected.json"), JSON.stringify(expected, null, 2).normalize("NFC") + "\n");

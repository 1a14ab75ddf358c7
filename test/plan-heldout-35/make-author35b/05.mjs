// 05: Lai Châu, UBND tỉnh, Chương trình 318/CTr-UBND, 26/12/2025 (after the reorganisation: merged departments, no
// districts) — chương trình công tác cải cách hành chính năm 2026, a WORKBOOK: one sheet per quarter ("Quý I" …
// "Quý IV"); in each sheet title rows per month merged across ("THÁNG 01/2026") and task rows whose time cell holds
// only a day ("Ngày 15", "Trước ngày 20", "Cuối tháng", "Giữa tháng", "Từ ngày 01 đến ngày 30"), the month and year
// coming from the title row above; a "Ghi chú" column; in March one time cell merged down over two rows.
// Writes plan.xlsx (exceljs), plan.txt (each sheet as Excel's clipboard gives it: tab-separated, merged cells'
// value in their first cell), plan.pdf (LibreOffice's print of the workbook), plan.xls and plan.ods (LibreOffice),
// expected.json. No docx.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import ExcelJS from "exceljs";
import { task } from "../../plan-corpus/author-kit/lib.mjs";

const ID = "05-lai-chau-2025-workbook-sheet-per-quarter-month-title-rows-day-only-time-cells-ghi-chu";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ";
const VP = "Văn phòng UBND tỉnh";
const SBN = "Các sở, ban, ngành";
const XP = "UBND các xã, phường";
const BOTH = `${SBN}; ${XP}`;

// sheet -> months -> rows [stt, content, lead, coordinators, time, note]; time "^" = merged with the row above
const Q = [
  ["Quý I", "I", [
    ["THÁNG 01/2026", [
      [1, "Ban hành kế hoạch cải cách hành chính năm 2026 của cơ quan, đơn vị", BOTH, "", "Trước ngày 20",
        "Gửi Sở Nội vụ 01 bản để theo dõi"],
      [2, "Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2026", NV, VP, "Cuối tháng", ""],
    ]],
    ["THÁNG 02/2026", [
      [3, "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026", NV,
        "Báo và Phát thanh, Truyền hình Lai Châu", "Ngày 10", "Trước kỳ nghỉ Tết Nguyên đán"],
    ]],
    ["THÁNG 03/2026", [
      [4, "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025, cập nhật tài liệu kiểm chứng", SBN, "",
        "Trước ngày 15", "Trên Phần mềm đánh giá Chỉ số CCHC"],
      [5, "Báo cáo kết quả cải cách hành chính quý I năm 2026", BOTH, "", "^",
        "Số liệu từ 15/12/2025 đến 14/3/2026"],
      [6, "Cập nhật, công khai thủ tục hành chính trên Cổng Dịch vụ công quốc gia", VP, SBN, "Thường xuyên", ""],
    ]],
  ]],
  ["Quý II", "II", [
    ["THÁNG 04/2026", [
      [1, "Thẩm định kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025 của các sở, ban, ngành", NV,
        "Hội đồng thẩm định Chỉ số CCHC", "Giữa tháng", "Họp Hội đồng thẩm định"],
    ]],
    ["THÁNG 05/2026", [
      [2, "Rà soát, đề xuất phương án đơn giản hóa thủ tục hành chính, giấy tờ công dân năm 2026", SBN, VP,
        "Đầu tháng", "Gửi Văn phòng UBND tỉnh tổng hợp"],
      [3, "Công bố kết quả Chỉ số cải cách hành chính năm 2025 của các sở, ban, ngành, UBND cấp xã", NV, "",
        "Cuối tháng", "Trình UBND tỉnh ban hành Quyết định"],
    ]],
    ["THÁNG 06/2026", [
      [4, "Tổ chức điều tra xã hội học đo lường sự hài lòng của người dân, tổ chức (SIPAS) năm 2026", NV,
        `Bưu điện tỉnh; ${XP}`, "Từ ngày 01 đến ngày 30", "Phát phiếu trực tiếp tại Bộ phận Một cửa"],
      [5, "Báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2026", BOTH, "", "Trước ngày 15",
        "Số liệu từ 15/12/2025 đến 14/6/2026"],
    ]],
  ]],
  ["Quý III", "III", [
    ["THÁNG 07/2026", [
      [1, "Hội nghị sơ kết công tác cải cách hành chính 6 tháng đầu năm 2026", NV, VP, "Ngày 15",
        "Trực tuyến đến các xã, phường"],
    ]],
    ["THÁNG 08/2026", [
      [2, "Kiểm tra công tác cải cách hành chính tại một số sở, ngành và UBND xã, phường", NV, `Sở Tư pháp; ${VP}`,
        "Cuối tháng", "Lồng ghép kiểm tra công vụ"],
      [3, "Duy trì, nâng cao chất lượng hoạt động của Trung tâm Phục vụ hành chính công tỉnh", VP, "", "Thường xuyên",
        ""],
    ]],
    ["THÁNG 09/2026", [
      [4, "Báo cáo kết quả cải cách hành chính quý III năm 2026", BOTH, "", "Trước ngày 15",
        "Số liệu từ 15/6/2026 đến 14/9/2026"],
      [5, "Hoàn thành số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực", XP,
        "Sở Khoa học và Công nghệ", "Cuối tháng", "Chỉ tiêu 100%"],
    ]],
  ]],
  ["Quý IV", "IV", [
    ["THÁNG 10/2026", [
      [1, "Tập huấn nghiệp vụ cải cách hành chính, kiểm soát thủ tục hành chính cho công chức cấp xã", NV,
        `${VP}; ${XP}`, "Giữa tháng", "02 lớp"],
    ]],
    ["THÁNG 11/2026", [
      [2, "Sửa đổi, bổ sung Bộ chỉ số và Quy định đánh giá, chấm điểm Chỉ số cải cách hành chính của tỉnh", NV,
        "Sở Tư pháp", "Chậm nhất ngày 25", "Trình UBND tỉnh"],
    ]],
    ["THÁNG 12/2026", [
      [3, "Báo cáo kết quả cải cách hành chính năm 2026", BOTH, "", "Trước ngày 15",
        "Số liệu từ 15/12/2025 đến 14/12/2026"],
      [4, "Xây dựng Kế hoạch cải cách hành chính năm 2027 của tỉnh", NV, SBN, "Ngày 20", ""],
    ]],
  ]],
];

const HEADER = ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Ghi chú"];
const FONT = { name: "Times New Roman", size: 12 };
const thin = { style: "thin", color: { argb: "FF000000" } };
const BOX = { top: thin, left: thin, bottom: thin, right: thin };

const wb = new ExcelJS.Workbook();
wb.creator = "Nguyen Thi Hoa";
wb.lastModifiedBy = "SNV-CCHC";
wb.created = new Date("2025-12-22T02:10:00Z");
wb.modified = new Date("2025-12-26T08:41:00Z");
const txt = [];

for (const [name, roman, months] of Q) {
  const ws = wb.addWorksheet(name, { views: [{ showGridLines: false }], pageSetup: { paperSize: 9,
    orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0,
    margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } } });
  ws.columns = [6, 54, 24, 28, 17, 26].map((width) => ({ width }));
  const lines = [];
  const add = (values, o = {}) => {
    const r = ws.addRow(values.map((v) => (typeof v === "string" ? (v === "" ? null : v.normalize("NFC")) : v)));
    r.eachCell({ includeEmpty: true }, (c) => { c.font = { ...FONT, bold: !!o.bold, italic: !!o.italic }; });
    for (const [a, z] of o.merge ?? []) ws.mergeCells(r.number, a, r.number, z);
    if (o.center) r.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    lines.push(values.map((v) => (v === "^" ? "" : String(v ?? ""))).join("\t"));
    return r;
  };
  if (roman === "I") {
    add(["ỦY BAN NHÂN DÂN", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", "", ""], { bold: true, center: true,
      merge: [[1, 2], [3, 6]] });
    add(["TỈNH LAI CHÂU", "", "Độc lập - Tự do - Hạnh phúc", "", "", ""], { bold: true, center: true,
      merge: [[1, 2], [3, 6]] });
    add(["Số: 318/CTr-UBND", "", "Lai Châu, ngày 26 tháng 12 năm 2025", "", "", ""], { center: true,
      merge: [[1, 2], [3, 6]] }).getCell(3).font = { ...FONT, italic: true };
    add(["", "", "", "", "", ""]);
    add(["CHƯƠNG TRÌNH CÔNG TÁC", "", "", "", "", ""], { bold: true, center: true, merge: [[1, 6]] });
    add(["Cải cách hành chính năm 2026 của UBND tỉnh Lai Châu", "", "", "", "", ""], { bold: true, center: true,
      merge: [[1, 6]] });
  } else {
    add(["CHƯƠNG TRÌNH CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2026", "", "", "", "", ""], { bold: true, center: true,
      merge: [[1, 6]] });
  }
  add([`QUÝ ${roman} NĂM 2026`, "", "", "", "", ""], { bold: true, center: true, merge: [[1, 6]] });
  const hr = add(HEADER, { bold: true, center: true });
  hr.height = 32;
  hr.eachCell((c) => { c.border = BOX; c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } }; });
  ws.pageSetup.printTitlesRow = `${hr.number}:${hr.number}`;
  for (const [month, rows] of months) {
    const mr = add([month, "", "", "", "", ""], { bold: true, merge: [[1, 6]] });
    mr.getCell(1).border = BOX;
    mr.getCell(1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
    let prev = null;
    for (const [stt, content, lead, co, time, note] of rows) {
      const r = add([stt, content, lead, co, time === "^" ? "^" : time, note]);
      if (time === "^") { r.getCell(5).value = null; ws.mergeCells(prev, 5, r.number, 5); }
      r.eachCell({ includeEmpty: true }, (c, col) => {
        c.border = BOX;
        c.alignment = { vertical: col === 5 ? "middle" : "top", horizontal: col === 1 || col === 5 ? "center" : "left",
          wrapText: true };
      });
      // Excel saves the height it fitted the wrapped text to (ht): about one line per column width of characters.
      const W = [6, 54, 24, 28, 17, 26];
      const nl = Math.max(...[stt, content, lead, co, time, note].map((v, i) =>
        Math.ceil(String(v === "^" ? "" : v ?? "").length / (W[i] - 2)) || 1));
      r.height = 16 * nl + 3;
      prev = r.number;
    }
  }
  if (roman === "IV") {
    add(["", "", "", "", "", ""]);
    const s = [["Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"], ["- Bộ Nội vụ (b/c);", "KT. CHỦ TỊCH"],
      ["- TT. Tỉnh ủy, TT. HĐND tỉnh (b/c);", "PHÓ CHỦ TỊCH"], ["- Các sở, ban, ngành;", ""], ["- UBND các xã, phường;", ""],
      ["- Lưu: VT, NC.", "Tống Thanh Hải"]];
    for (const [l, r] of s) {
      const row = add(["", l, "", "", r, ""], { merge: [[5, 6]] });
      row.getCell(2).font = { ...FONT, size: l === "Nơi nhận:" ? 12 : 11, bold: l === "Nơi nhận:", italic: l === "Nơi nhận:" };
      row.getCell(5).font = { ...FONT, bold: true };
      row.getCell(5).alignment = { horizontal: "center" };
    }
  }
  txt.push(lines.join("\n"));
}

fs.mkdirSync(DIR, { recursive: true });
await wb.xlsx.writeFile(path.join(DIR, "plan.xlsx"));
fs.writeFileSync(path.join(DIR, "plan.txt"), (txt.join("\n\n") + "\n").normalize("NFC"));
const LO = ["-env:UserInstallation=file:///tmp/make-author35b-lo", "--headless", "--convert-to"];
for (const to of ["pdf", "xls", "ods"]) {
  execFileSync("soffice", [...LO, to, "--outdir", DIR, path.join(DIR, "plan.xlsx")], { stdio: "ignore" });
}

const D = "@departments";
const XA = "UBND cấp xã";
const C = Object.fromEntries(Q.flatMap(([, roman, months]) => months.flatMap(([, rows]) =>
  rows.map((r) => [`${roman}.${r[0]}`, r[1]]))));
const t = (ref, due, lead, co = []) => task(ref, C[ref], due, lead, co);
const tasks = [
  t("I.1", "2026-01-19", [D, XA]),
  t("I.2", "2026-01-31", [NV], [VP]),
  t("I.3", "2026-02-10", [NV], ["Báo và Phát thanh, Truyền hình Lai Châu"]),
  t("I.4", "2026-03-14", [D]),
  t("I.5", "2026-03-14", [D, XA]),
  t("II.1", "2026-04-15", [NV], ["Hội đồng thẩm định"]),
  t("II.2", "2026-05-10", [D], [VP]),
  t("II.3", "2026-05-31", [NV]),
  t("II.4", "2026-06-30", [NV], ["Bưu điện tỉnh", XA]),
  t("II.5", "2026-06-14", [D, XA]),
  t("III.1", "2026-07-15", [NV], [VP]),
  t("III.2", "2026-08-31", [NV], ["Sở Tư pháp", VP]),
  t("III.4", "2026-09-14", [D, XA]),
  t("III.5", "2026-09-30", [XA], ["Sở Khoa học và Công nghệ"]),
  t("IV.1", "2026-10-15", [NV], [VP, XA]),
  t("IV.2", "2026-11-25", [NV], ["Sở Tư pháp"]),
  t("IV.3", "2026-12-14", [D, XA]),
  t("IV.4", "2026-12-20", [NV], [D]),
];
const expected = {
  id: ID,
  style: "Chương trình công tác 318/CTr-UBND of UBND tỉnh Lai Châu, 26/12/2025 (after the reorganisation: merged " +
    "departments, no districts), cải cách hành chính năm 2026, kept as a WORKBOOK (plan.xlsx by exceljs as Excel " +
    "saves it; plan.xls, plan.ods and plan.pdf by LibreOffice; plan.txt = each sheet copied from Excel, tab-" +
    "separated, merged cells' value in their first cell, sheets one after another). One sheet per quarter ('Quý I' " +
    "… 'Quý IV'): sheet Quý I opens with the Decree 30 header rows (number, date), every sheet has a merged 'QUÝ N " +
    "NĂM 2026' row, the header STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành " +
    "| Ghi chú (print title row), then per month a title row merged across ('THÁNG 01/2026') over task rows whose " +
    "time cell holds ONLY a day: the month and year come from the title row above (so 2026, not the plan's 2025). " +
    "STT restarts on each sheet; ref = the quarter's Roman numeral + STT (I.1 … IV.4). Ghi chú holds notes and data " +
    "periods ('Số liệu từ 15/12/2025 đến 14/3/2026'), no deadlines. In March the time 'Trước ngày 15' is one cell " +
    "merged over rows 4 and 5: each row has it (inherited = false). Undated: I.6 and III.3 'Thường xuyên'. " +
    "'Các sở, ban, ngành; UBND các xã, phường' = both groups lead one task; 'UBND các xã, phường' = UBND cấp xã " +
    "(unresolved); 'Hội đồng thẩm định Chỉ số CCHC' = Hội đồng thẩm định. Dates: I.1 'Trước ngày 20' (01) -> 19/1 " +
    "Mon; I.2 'Cuối tháng' 31/1 Sat -> 2/2; I.3 'Ngày 10' 10/2 Tue; I.4, I.5 'Trước ngày 15' (03) -> 14/3 Sat -> " +
    "16/3; II.1 'Giữa tháng' 15/4; II.2 'Đầu tháng' (05) 10/5 Sun -> 11/5; II.3 'Cuối tháng' 31/5 Sun -> 1/6; II.4 " +
    "'Từ ngày 01 đến ngày 30' (06) 30/6 Tue; II.5 -> 14/6 Sun -> 15/6; III.1 'Ngày 15' 15/7; III.2 31/8 Mon; III.4 " +
    "-> 14/9 Mon; III.5 30/9; IV.1 'Giữa tháng' 15/10; IV.2 'Chậm nhất ngày 25' 25/11; IV.3 -> 14/12 Mon; IV.4 " +
    "'Ngày 20' 20/12 Sun -> 21/12.",
  province: "Lai Châu",
  plan: { number: "318/CTr-UBND", date: "2025-12-26" },
  tasks,
  unresolved: [XA],
  successors: [],
};
fs.writeFileSync(path.join(DIR, "expected.json"), JSON.stringify(expected, null, 2).normalize("NFC") + "\n");

// 03: Bắc Kạn 2024 (before the reorganisation: old departments, districts), UBND tỉnh, Kế hoạch 52/KH-UBND,
// 26/02/2024, cải cách hành chính, nâng cao Chỉ số SIPAS và PAPI năm 2024, as an EXCEL PIVOT TABLE IN TABULAR FORM
// PASTED AS VALUES under the plan's header block: a Vietnamese Excel pivot of the plan's task list with the row
// fields Đơn vị chủ trì -> Nhiệm vụ -> Thời hạn -> Đơn vị phối hợp and the value "Số lượng" (count), laid out with
// "Hiển thị ở Dạng Bảng" (Show in Tabular Form): each field its own column, a label only on the first row of its
// group (a blank cell = the same as above, labels not repeated), subtotals only for the unit field, at the bottom of
// its group as "Tổng <unit>" rows, a "Tổng cộng" row; a report-filter row "Năm | 2024" above. Units and tasks sorted
// A-Z (Vietnamese order); a blank source cell shows as "(trống)". plan.xlsx by exceljs (values only, no pivot
// cache), .xls/.ods LibreOffice's copies, plan.pdf its print, plan.txt Excel's copy.
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { D, clipboard, dateLine, printAndCopy, ready, showDate, toWorksheet, writeJson } from "../../plan-corpus/author-kit/sheet.mjs";

const ID = "03-bac-kan-2024-pivot-table-tabular-form-pasted-as-values-labels-not-repeated-tong-unit-subtotals";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "52/KH-UBND";
const NV = "Sở Nội vụ", TP = "Sở Tư pháp", TT = "Sở Thông tin và Truyền thông", VP = "Văn phòng UBND tỉnh";
const HU = "UBND các huyện, thành phố", LD = "Sở Lao động - Thương binh và Xã hội";
const TN = "Sở Tài nguyên và Môi trường", SB = "Các sở, ban, ngành", DT = "Ban Dân tộc tỉnh";
const TTr = "Thanh tra tỉnh", BD = "Bưu điện tỉnh", DP = "Đài Phát thanh - Truyền hình tỉnh", BBK = "Báo Bắc Kạn";
const MT = "Ủy ban MTTQ Việt Nam tỉnh", TD = "Tỉnh đoàn";
const g = (n) => (n === HU ? "@districts" : n === SB ? "@departments" : n);

// [lead, task, Thời hạn item (Date | text | "(trống)"), due | null, coordinators]
const SOURCE = [
  [DT, "Tuyên truyền cải cách hành chính bằng tiếng dân tộc tại vùng đồng bào dân tộc thiểu số", "Quý III/2024",
    "2024-09-30", [DP, HU]],
  [SB, "Tự đánh giá, chấm điểm Chỉ số CCHC năm 2024, gửi hồ sơ về Sở Nội vụ", "Trước 15/12/2024", "2024-12-14", []],
  [LD, "Rà soát, công khai thủ tục hành chính lĩnh vực người có công, bảo trợ xã hội", "Tháng 5/2024",
    "2024-05-31", [VP]],
  [NV, "Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2024", D(2024, 3, 15), "2024-03-15", [VP, TTr]],
  [NV, "Khảo sát, đo lường sự hài lòng của người dân, tổ chức (SIPAS) năm 2024", "Chậm nhất 31/10/2024",
    "2024-10-31", [BD, HU]],
  [NV, "Lập danh sách đối tượng điều tra xã hội học phục vụ xác định Chỉ số CCHC", "Tháng 8/2024", "2024-08-31", []],
  [NV, "Tập huấn nghiệp vụ cải cách hành chính cho công chức làm đầu mối", "(trống)", null, [VP]],
  [NV, "Tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND tỉnh", "Trước 20/12/2024", "2024-12-19", [VP]],
  [TN, "Số hóa hồ sơ địa chính, cập nhật cơ sở dữ liệu đất đai của tỉnh", "Quý IV/2024", "2024-12-31", [HU]],
  [TT, "Duy trì, nâng cấp Cổng Dịch vụ công và Hệ thống một cửa điện tử tỉnh", "Thường xuyên", null, [VP]],
  [TT, "Đánh giá, xếp hạng Chỉ số chuyển đổi số của các cơ quan, địa phương năm 2023", D(2024, 4, 26), "2024-04-26",
    [SB, HU]],
  [TT, "Phát động cuộc thi trực tuyến tìm hiểu về cải cách hành chính", "Giữa tháng 6/2024", "2024-06-15", [NV, TD]],
  [TP, "Kiểm tra, rà soát văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành", "6 tháng đầu năm 2024",
    "2024-06-30", [SB]],
  [TP, "Tổ chức hưởng ứng Ngày Pháp luật Việt Nam, phổ biến pháp luật cho người dân", "Trước 09/11/2024",
    "2024-11-08", [DP, BBK]],
  [HU, "Nâng cao chất lượng hoạt động của Bộ phận Một cửa cấp huyện, cấp xã", "Tháng 9/2024", "2024-09-30", [VP]],
  [HU, "Hướng dẫn người dân tham gia khảo sát Chỉ số PAPI năm 2024", "Cuối tháng 7/2024", "2024-07-31", [MT]],
  [VP, "Công bố, công khai danh mục thủ tục hành chính thực hiện trực tuyến toàn trình", D(2024, 3, 29),
    "2024-03-29", [TT]],
  [VP, "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh",
    "Quý II/2024", "2024-06-30", [TT, BD]],
  [VP, "Theo dõi, kiểm tra kỷ luật, kỷ cương hành chính tại Bộ phận Một cửa các cấp", D(2024, 11, 15),
    "2024-11-15", [NV]],
];

const vi = new Intl.Collator("vi");
const units = [...new Set(SOURCE.map((s) => s[0]))].sort(vi.compare);
const C = (v, o = {}) => ({ v, ...o });
const H = { bold: true, align: "center" };
const PV = "FFDDEBF7";
const rows = [
  { cells: [C("ỦY BAN NHÂN DÂN", { ...H, across: 1 }), C("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { ...H, across: 2 })] },
  { cells: [C("TỈNH BẮC KẠN", { ...H, across: 1 }), C("Độc lập - Tự do - Hạnh phúc", { ...H, across: 2 })] },
  { cells: [C(`Số: ${NUM}`, { align: "center", across: 1 }),
    C("Bắc Kạn, ngày 26 tháng 02 năm 2024", { italic: true, align: "center", across: 2 })] },
  { cells: [] },
  { cells: [C("KẾ HOẠCH", { ...H, across: 4, size: 13 })] },
  { cells: [C("Thực hiện công tác cải cách hành chính, nâng cao Chỉ số hài lòng (SIPAS) và Chỉ số PAPI năm 2024",
    { ...H, across: 4 })], height: 20 },
  { cells: [C("BIỂU TỔNG HỢP NHIỆM VỤ THEO ĐƠN VỊ CHỦ TRÌ", { ...H, across: 4 })] },
  { cells: [] },
  { cells: [C("Năm", { bold: true, fill: PV }), C(2024, { align: "left" })] },
  { cells: [] },
  { cells: ["Đơn vị chủ trì", "Nhiệm vụ", "Thời hạn", "Đơn vị phối hợp", "Số lượng"].map((v) =>
    C(v, { bold: true, fill: PV })) },
];
const tasks = [];
const lines = [];
for (const unit of units) {
  const mine = SOURCE.filter((s) => s[0] === unit).sort((a, b) => vi.compare(a[1], b[1]));
  mine.forEach(([, title, item, due, co], k) => {
    rows.push({ cells: [C(k === 0 ? unit : "", { bold: k === 0 }), C(title), C(item, { align: "left" }),
      C(co.length ? co.join("; ") : "(trống)"), C(1, { align: "right" })] });
    const short = `'${title.split(" ").slice(0, 3).join(" ")}'`;
    const written = item instanceof Date ? showDate(item) : item;
    if (!due) return void lines.push(`${short} '${written}' no task`);
    const t = task(null, title, due, [g(unit)], co.map(g));
    tasks.push(t);
    lines.push(dateLine(short, written, t));
  });
  rows.push({ cells: [C(`Tổng ${unit}`, { bold: true, fill: PV }), ...["", "", ""].map((v) => C(v, { fill: PV })),
    C(mine.length, { bold: true, fill: PV, align: "right" })] });
}
rows.push({ cells: [C("Tổng cộng", { bold: true, fill: PV }), ...["", "", ""].map((v) => C(v, { fill: PV })),
  C(SOURCE.length, { bold: true, fill: PV, align: "right" })] });
const sheet = { name: "Tổng hợp theo đơn vị", widths: [30, 60, 20, 40, 10], rows, grid: true, portrait: false };

ready(DIR);
const wb = new ExcelJS.Workbook();
wb.creator = "Hoang Thu Trang";
wb.created = new Date("2024-02-23T02:00:00Z");
wb.modified = new Date("2024-02-26T09:15:00Z");
toWorksheet(wb, sheet, { size: 12 });
await wb.xlsx.writeFile(path.join(DIR, "plan.xlsx"));
fs.writeFileSync(path.join(DIR, "plan.txt"), clipboard(sheet));
printAndCopy(DIR);

const expected = {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Bắc Kạn, 26/02/2024 (old departments, districts), CCHC, SIPAS and PAPI 2024, ` +
    "as an EXCEL PIVOT TABLE IN TABULAR FORM PASTED AS VALUES below the Decree 30 header block and a filter row " +
    "'Năm | 2024': columns Đơn vị chủ trì | Nhiệm vụ | Thời hạn | Đơn vị phối hợp | Số lượng (count, 1 per task). " +
    "Labels are NOT repeated: the unit is written on its group's first row only and a blank unit cell means the " +
    "unit above (the LEAD of every row until 'Tổng <unit>'); 'Tổng <unit>' (the group's count in Số lượng) and " +
    "'Tổng cộng' (19) are totals, no tasks. Units and tasks sorted A-Z. Đơn vị phối hợp joined by '; '; '(trống)' " +
    "= blank source cell (no coordinator; as a Thời hạn, no task). 'Các sở, ban, ngành' = @departments, 'UBND các " +
    "huyện, thành phố' = @districts. No STT: refs null. Dates: " + lines.join("; ") + ". 'gửi hồ sơ về Sở Nội vụ', " +
    "'báo cáo UBND tỉnh': recipients. plan.xlsx (exceljs, no pivot cache), .xls/.ods LibreOffice's copies, plan.pdf " +
    "its print, plan.txt Excel's copy.",
  province: "Bắc Kạn",
  plan: { number: NUM, date: "2024-02-26" },
  tasks,
  unresolved: [],
  successors: [],
};
writeJson(path.join(DIR, "expected.json"), expected);

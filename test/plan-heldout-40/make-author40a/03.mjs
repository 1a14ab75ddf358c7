// 03: Lai Châu 2025 (before the reorganisation: old departments, districts), UBND tỉnh, Kế hoạch 712/KH-UBND,
// 05/3/2025, Nghị quyết 57-NQ/TW (khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số) năm 2025, as a workbook of
// ONE SHEET PER TASK, each a "PHIẾU GIAO VIỆC" form: a first sheet "KH" holds the plan's header (number, date, title)
// and says ten phiếu follow; sheets "NV1" … "NV10" each hold the Văn phòng's header, the title PHIẾU GIAO VIỆC,
// "Số: 01/PGV" …, then label cells and merged value cells: Nội dung công việc, Đơn vị chủ trì, Đơn vị phối hợp,
// Thời hạn hoàn thành, Sản phẩm, Người theo dõi (a person's name and phone), the phiếu's own date and signatures.
// ref = the phiếu's number as written ("01/PGV"). plan.xlsx (exceljs), plan.xls / plan.ods by office-copies,
// plan.pdf LibreOffice's print (all sheets), plan.txt each sheet's Excel copy one after another under its tab name.
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { clipboard, dateLine, printAndCopy, ready, toWorksheet, writeJson } from "./sheet.mjs";

const ID = "03-lai-chau-2025-workbook-one-sheet-per-task-phieu-giao-viec-form-label-value-cells-nv-tabs";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const KC = "Sở Khoa học và Công nghệ", NV = "Sở Nội vụ", TC = "Sở Tài chính", VP = "Văn phòng UBND tỉnh";
const CA = "Công an tỉnh", GD = "Sở Giáo dục và Đào tạo", YT = "Sở Y tế", TP = "Sở Tư pháp", CT = "Sở Công Thương";
const HU = "UBND các huyện, thành phố", SN = "Các sở, ban, ngành", LM = "Liên minh Hợp tác xã tỉnh";
const g = (n) => (n === SN ? "@departments" : n === HU ? "@districts" : n);
const NUM = "712/KH-UBND";

// [content, lead, coordinators, time as written, due, product, follower]
const FORMS = [
  ["Tham mưu xây dựng Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị trên địa bàn tỉnh",
    KC, [NV, TC], "Trước ngày 31/3/2025", "2025-03-30", "Dự thảo Chương trình hành động trình UBND tỉnh",
    "Đ/c Lò Văn Thành, chuyên viên Phòng Kinh tế, ĐT: 0913.254.617"],
  ["Rà soát, bố trí biên chế, nhân lực chuyên trách về chuyển đổi số tại các cơ quan, đơn vị", NV, [SN],
    "Tháng 4/2025", "2025-04-30", "Báo cáo rà soát kèm phương án bố trí",
    "Đ/c Vàng Thị Mai, chuyên viên Phòng Nội chính, ĐT: 0976.215.483"],
  ["Bố trí kinh phí thực hiện các nhiệm vụ khoa học, công nghệ và chuyển đổi số năm 2025", TC, [KC],
    "Chậm nhất ngày 15/4/2025", "2025-04-15", "Văn bản đề xuất phân bổ kinh phí",
    "Đ/c Nguyễn Văn Hùng, chuyên viên Phòng Kinh tế, ĐT: 0912.730.118"],
  ["Vận hành Hệ thống thông tin báo cáo của tỉnh kết nối với Hệ thống thông tin báo cáo Chính phủ", VP, [KC],
    "Quý II/2025", "2025-06-30", "Hệ thống vận hành, kết nối thông suốt",
    "Đ/c Đỗ Thu Trang, Trung tâm Tin học - Công báo, ĐT: 0868.402.957"],
  ["Làm sạch dữ liệu dân cư phục vụ triển khai các dịch vụ công thiết yếu trên môi trường điện tử", CA, [HU],
    "Từ tháng 3 đến hết tháng 5/2025", "2025-05-31", "Báo cáo kết quả làm sạch dữ liệu",
    "Đ/c Lò Văn Thành, chuyên viên Phòng Kinh tế, ĐT: 0913.254.617"],
  ["Triển khai học bạ số đối với học sinh tiểu học và trung học cơ sở trên địa bàn tỉnh", GD, [HU],
    "Giữa tháng 5/2025", "2025-05-15", "Báo cáo triển khai học bạ số",
    "Đ/c Tẩn Thị Sương, chuyên viên Phòng Khoa giáo - Văn xã, ĐT: 0975.613.204"],
  ["Triển khai bệnh án điện tử tại Bệnh viện Đa khoa tỉnh và các trung tâm y tế tuyến huyện", YT, [KC],
    "30/6/2025", "2025-06-30", "Bệnh án điện tử được áp dụng",
    "Đ/c Tẩn Thị Sương, chuyên viên Phòng Khoa giáo - Văn xã, ĐT: 0975.613.204"],
  ["Rà soát văn bản quy phạm pháp luật của tỉnh liên quan đến khoa học, công nghệ, đổi mới sáng tạo", TP, [KC],
    "Tuần 2 tháng 4/2025", "2025-04-14", "Báo cáo rà soát, kiến nghị sửa đổi",
    "Đ/c Vàng Thị Mai, chuyên viên Phòng Nội chính, ĐT: 0976.215.483"],
  ["Thí điểm mô hình thôn thông minh gắn với phát triển du lịch cộng đồng", "UBND huyện Tam Đường", [KC],
    "Trước 20/6/2025", "2025-06-19", "Mô hình thí điểm, báo cáo đánh giá",
    "Đ/c Nguyễn Văn Hùng, chuyên viên Phòng Kinh tế, ĐT: 0912.730.118"],
  ["Hỗ trợ doanh nghiệp, hợp tác xã đưa sản phẩm OCOP lên sàn thương mại điện tử", CT, [LM, HU],
    "Cuối tháng 6/2025", "2025-06-30", "Danh sách sản phẩm được hỗ trợ lên sàn",
    "Đ/c Đỗ Thu Trang, Trung tâm Tin học - Công báo, ĐT: 0868.402.957"],
];

const C = (v, o = {}) => ({ v, ...o });
const WIDTHS = [24, 22, 22, 26];
const pair = (a, b, o = {}) => ({ cells: [C(a, { across: 1, align: "center", bold: true, ...o.a }),
  C(b, { across: 1, align: "center", bold: true, ...o.b })] });
const line = (v, o = {}) => ({ cells: [C(v, { across: 3, align: "center", ...o })] });
const field = (label, value, height) => ({ cells: [C(label, { bold: true }), C(value, { across: 2 })], height });

const cover = { name: "KH", widths: WIDTHS, rows: [
  pair("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
  pair("TỈNH LAI CHÂU", "Độc lập - Tự do - Hạnh phúc"),
  pair(`Số: ${NUM}`, "Lai Châu, ngày 05 tháng 3 năm 2025", { a: { bold: false }, b: { bold: false, italic: true } }),
  { cells: [] },
  line("KẾ HOẠCH", { bold: true, size: 14 }),
  line("Triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa " +
    "học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia năm 2025", { bold: true }),
  { cells: [] },
  line(`Các nhiệm vụ của Kế hoạch được giao bằng ${FORMS.length} phiếu giao việc (các sheet NV1 đến ` +
    `NV${FORMS.length}); đơn vị chủ trì báo cáo kết quả về Văn phòng UBND tỉnh khi hoàn thành.`,
  { align: "left", italic: true }),
] };
cover.rows[5].height = 48;
cover.rows[7].height = 36;

const sheets = [cover];
const tasks = [];
const lines = [];
FORMS.forEach(([content, lead, co, time, due, product, who], i) => {
  const no = `${String(i + 1).padStart(2, "0")}/PGV`;
  sheets.push({ name: `NV${i + 1}`, widths: WIDTHS, rows: [
    pair("UBND TỈNH LAI CHÂU", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { a: { bold: false } }),
    pair("VĂN PHÒNG", "Độc lập - Tự do - Hạnh phúc"),
    { cells: [] },
    line("PHIẾU GIAO VIỆC", { bold: true, size: 14 }),
    line(`Số: ${no}`),
    { cells: [] },
    field("Nội dung công việc:", content, 36),
    field("Đơn vị chủ trì:", lead),
    field("Đơn vị phối hợp:", co.join("; ")),
    field("Thời hạn hoàn thành:", time),
    field("Sản phẩm:", product),
    field("Người theo dõi:", who),
    { cells: [] },
    { cells: [C(""), C(""), C(`Lai Châu, ngày ${String(6 + (i % 3)).padStart(2, "0")} tháng 3 năm 2025`,
      { across: 1, italic: true, align: "center" })] },
    pair("NGƯỜI NHẬN VIỆC", "NGƯỜI GIAO VIỆC"),
    pair("(Ký, ghi rõ họ tên)", "KT. CHÁNH VĂN PHÒNG", { a: { bold: false, italic: true } }),
    pair("", "PHÓ CHÁNH VĂN PHÒNG"),
    { cells: [] },
    { cells: [] },
    pair("", "Giàng A Páo", { b: { bold: true } }),
  ] });
  const t = task(no, content, due, [g(lead)], co.map(g));
  tasks.push(t);
  lines.push(dateLine(no, time, t));
});

ready(DIR);
const wb = new ExcelJS.Workbook();
wb.creator = "VPUBND";
wb.created = new Date("2025-03-05T07:40:00Z");
wb.modified = new Date("2025-03-08T02:20:00Z");
for (const sh of sheets) toWorksheet(wb, sh, { font: "Times New Roman", size: 12, landscape: false });
await wb.xlsx.writeFile(path.join(DIR, "plan.xlsx"));
fs.writeFileSync(path.join(DIR, "plan.txt"), sheets.map((sh) => `${sh.name}\r\n${clipboard(sh)}`).join("\r\n")
  .normalize("NFC"));
printAndCopy(DIR);

const expected = {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Lai Châu, 05/3/2025 (before the reorganisation: old departments, districts; ` +
    "'UBND các huyện, thành phố' = @districts, 'Các sở, ban, ngành' = @departments; 'Liên minh Hợp tác xã tỉnh' " +
    "unresolved), Nghị quyết 57-NQ/TW 2025, as a workbook of ONE SHEET PER TASK: sheet 'KH' holds the plan's " +
    "header (number, date, title) and says ten phiếu follow; sheets NV1-NV10 are each a 'PHIẾU GIAO VIỆC' form of " +
    "the Văn phòng: title, 'Số: 01/PGV' …, label cells (Nội dung công việc:, Đơn vị chủ trì:, Đơn vị phối hợp:, " +
    "Thời hạn hoàn thành:, Sản phẩm:, Người theo dõi:) beside merged value cells, then the phiếu's own date " +
    "(06-08/3/2025, not a deadline) and signatures. One task per sheet; ref = the phiếu's number as written " +
    "('01/PGV' on NV1 …); the person following it up and the product are neither lead nor coordinator; " +
    "'trình UBND tỉnh' / 'về Văn phòng UBND tỉnh' name recipients. Dates: " + lines.join("; ") + ". plan.xlsx " +
    "(exceljs), .xls/.ods LibreOffice's copies, plan.pdf its print (all sheets), plan.txt each sheet's Excel copy " +
    "one after another under its tab's name.",
  province: "Lai Châu",
  plan: { number: NUM, date: "2025-03-05" },
  tasks,
  unresolved: [LM],
  successors: [],
};
writeJson(path.join(DIR, "expected.json"), expected);

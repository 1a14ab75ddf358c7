// 09: Thái Nguyên 2026 (after the reorganisation: merged departments, wards and communes, no districts). The annex
// of Kế hoạch 31/KH-UBND ngày 05/02/2026 (kiểm soát thủ tục hành chính, một cửa, một cửa liên thông năm 2026) as a
// RESPONSIBILITY MATRIX workbook: rows are tasks (STT | Nội dung nhiệm vụ | Thời hạn hoàn thành, the time typed in
// words and dates), then ONE COLUMN PER UNIT under a merged "Cơ quan, đơn vị thực hiện" whose cells say "CT" (chủ
// trì) or "PH" (phối hợp) or are empty; a legend row above the header explains the marks; the header's unit names
// abbreviated as offices write them ("VP UBND tỉnh", "Sở KH&CN", "Sở NN&MT", "BHXH tỉnh"). Group rows I..IV in
// bold, STT running 1..16 across them; two rows with a recurring time (no task); one row with two "CT".
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { writeExpected } from "../../plan-corpus/author-kit/sheet.mjs";
import { C, H, blank, note, saveBook, title, when } from "./common.mjs";

const ID = "09-thai-nguyen-2026-responsibility-matrix-unit-columns-ct-ph-marks-abbreviated-unit-headers";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "31/KH-UBND";
const XP = "UBND các xã, phường";

// [key, header as typed, the answer's unit]
const UNITS = [
  ["NV", "Sở Nội vụ", "Sở Nội vụ"],
  ["TP", "Sở Tư pháp", "Sở Tư pháp"],
  ["TC", "Sở Tài chính", "Sở Tài chính"],
  ["VP", "VP UBND tỉnh", "Văn phòng UBND tỉnh"],
  ["KH", "Sở KH&CN", "Sở Khoa học và Công nghệ"],
  ["NM", "Sở NN&MT", "Sở Nông nghiệp và Môi trường"],
  ["XD", "Sở Xây dựng", "Sở Xây dựng"],
  ["YT", "Sở Y tế", "Sở Y tế"],
  ["CA", "Công an tỉnh", "Công an tỉnh"],
  ["BH", "BHXH tỉnh", "Bảo hiểm xã hội tỉnh"],
  ["BD", "Bưu điện tỉnh", "Bưu điện tỉnh"],
  ["XP", XP, XP],
];
const KEYS = UNITS.map((u) => u[0]);

// group: {g, name}; task: [STT, text, time as typed, due (ISO) | null, CT keys, PH keys]
const ROWS = [
  { g: "I", name: "KIỂM SOÁT QUY ĐỊNH, THỦ TỤC HÀNH CHÍNH" },
  ["1", "Rà soát, công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của cấp tỉnh, cấp xã sau khi " +
    "điều chỉnh chức năng, nhiệm vụ của các sở", "Tháng 3/2026", "2026-03-31", "VP", "NV TP TC KH NM XD YT"],
  ["2", "Xây dựng phương án đơn giản hóa thủ tục hành chính, giấy tờ công dân liên quan đến quản lý dân cư",
    "Trước 30/4/2026", "2026-04-29", "CA", "TP VP"],
  ["3", "Thẩm định, cho ý kiến quy định thủ tục hành chính trong dự thảo văn bản quy phạm pháp luật do UBND tỉnh " +
    "ban hành", "Thường xuyên", null, "TP", "VP"],
  ["4", "Kiểm tra công tác kiểm soát thủ tục hành chính tại một số sở, ngành và UBND các xã, phường",
    "Quý III/2026", "2026-09-30", "VP", "NV TP"],
  { g: "II", name: "THỰC HIỆN CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG" },
  ["5", "Kiện toàn Bộ phận Một cửa cấp xã, bố trí công chức tiếp nhận hồ sơ đáp ứng yêu cầu nhiệm vụ",
    "15/3/2026", "2026-03-15", "XP", "NV"],
  ["6", "Triển khai liên thông điện tử nhóm thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế " +
    "cho trẻ em dưới 6 tuổi", "Chậm nhất 30/6/2026", "2026-06-30", "TP CA", "KH BH XP"],
  ["7", "Mở rộng dịch vụ bưu chính công ích trong tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính tại " +
    "nhà", "6 tháng đầu năm 2026", "2026-06-30", "BD", "VP XP"],
  ["8", "Đánh giá chất lượng giải quyết thủ tục hành chính theo Bộ chỉ số phục vụ người dân, doanh nghiệp",
    "Hằng quý", null, "VP", "NV KH"],
  { g: "III", name: "CHUYỂN ĐỔI SỐ TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH" },
  ["9", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, kết nối với Cổng Dịch vụ công quốc gia",
    "Trước ngày 01/6/2026", "2026-05-31", "KH", "TC VP"],
  ["10", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực thuộc lĩnh vực đất đai, xây dựng",
    "Từ tháng 4 đến tháng 8/2026", "2026-08-31", "NM", "XD KH XP"],
  ["11", "Bố trí kinh phí bảo đảm số hóa và vận hành Hệ thống thông tin giải quyết thủ tục hành chính tỉnh",
    "Quý II/2026", "2026-06-30", "TC", "VP KH"],
  ["12", "Hướng dẫn, hỗ trợ người dân thực hiện dịch vụ công trực tuyến toàn trình tại Bộ phận Một cửa cấp xã",
    "Cuối tháng 10/2026", "2026-10-31", "XP", "BD"],
  ["13", "Kết nối dữ liệu giấy chứng sinh, giấy báo tử, giấy khám sức khỏe lái xe điện tử lên Cổng Dịch vụ công " +
    "quốc gia", "Đầu tháng 9/2026", "2026-09-10", "YT", "CA KH"],
  { g: "IV", name: "THÔNG TIN, TUYÊN TRUYỀN VÀ BÁO CÁO" },
  ["14", "Tuyên truyền kết quả cải cách thủ tục hành chính, các mô hình một cửa hiệu quả trên phương tiện thông " +
    "tin đại chúng", "Giữa tháng 5/2026", "2026-05-15", "NV", "VP"],
  ["15", "Báo cáo kết quả kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông năm 2026 " +
    "của cơ quan, đơn vị", "Trước 15/11/2026", "2026-11-14", "NV TP TC KH NM XD YT CA BH BD XP", ""],
  ["16", "Tổng hợp, xây dựng báo cáo năm 2026 của UBND tỉnh gửi Văn phòng Chính phủ", "Trước 15/12/2026",
    "2026-12-14", "VP", ""],
];

const N = 3 + UNITS.length;
const MID = { align: "center", valign: "middle" };
const marks = (ct, ph) => KEYS.map((k) =>
  C(ct.split(" ").includes(k) ? "CT" : ph.split(" ").includes(k) ? "PH" : "", MID));
const sheet = {
  name: "Phân công", widths: [5, 44, 13, ...Array(UNITS.length).fill(8.5)], boxFrom: 7, size: 11,
  rows: [
    title("PHỤ LỤC", N),
    title("MA TRẬN PHÂN CÔNG NHIỆM VỤ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH, THỰC HIỆN CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN " +
      "THÔNG NĂM 2026", N),
    title(`(Kèm theo Kế hoạch số ${NUM} ngày 05/02/2026 của UBND tỉnh Thái Nguyên)`, N, { bold: false, italic: true }),
    blank(),
    { cells: [C("", { across: 2 }), C("Ký hiệu: CT - Cơ quan, đơn vị chủ trì; PH - Cơ quan, đơn vị phối hợp; ô " +
      "để trống - không tham gia", { across: UNITS.length - 1, italic: true, align: "right" })], box: false },
    blank(),
    { cells: [C("STT", { ...H, down: 1 }), C("Nội dung nhiệm vụ", { ...H, down: 1 }),
      C("Thời hạn hoàn thành", { ...H, down: 1 }),
      C("Cơ quan, đơn vị thực hiện", { ...H, across: UNITS.length - 1 })] },
    { cells: UNITS.map((u) => C(u[1], { ...H, size: 10 })) },
    ...ROWS.map((r) => (r.g
      ? { cells: [C(r.g, { bold: true, align: "center" }), C(r.name, { bold: true, across: N - 2 })] }
      : { cells: [C(r[0], { align: "center" }), C(r[1]), C(r[2], { align: "center" }), ...marks(r[4], r[5])] })),
    blank(),
    note("Ghi chú: Cơ quan, đơn vị chủ trì (CT) chịu trách nhiệm tổ chức thực hiện, bảo đảm thời hạn; cơ quan, đơn " +
      "vị phối hợp (PH) tham gia theo đề nghị của cơ quan chủ trì. Kết quả gửi Văn phòng UBND tỉnh để tổng hợp.",
    N, { italic: true }),
  ],
  setup(ws) {
    ws.pageSetup.printTitlesRow = "7:8";
  },
};

await saveBook(DIR, [sheet], { creator: "Hoang Thu Trang", created: "2026-01-29T02:10:00Z",
  modified: "2026-02-05T08:40:00Z", size: 11 });

const unitOf = Object.fromEntries(UNITS.map((u) => [u[0], u[2]]));
const pick = (keys) => KEYS.filter((k) => keys.split(" ").includes(k)).map((k) => unitOf[k]);
const tasks = [];
const lines = [];
for (const r of ROWS) {
  if (r.g) continue;
  const [stt, text, written, due, ct, ph] = r;
  if (!due) {
    lines.push(`${stt} '${written}' no task`);
    continue;
  }
  tasks.push(task(stt, text, due, pick(ct), pick(ph)));
  lines.push(when(stt, written, due));
}
writeExpected(DIR, {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Thái Nguyên, 05/02/2026 (after the reorganisation: no districts), kiểm ` +
    "soát TTHC, một cửa 2026: its annex as a RESPONSIBILITY MATRIX workbook, one sheet 'Phân công'; STT | Nội " +
    "dung nhiệm vụ | Thời hạn hoàn thành | one COLUMN PER UNIT under 'Cơ quan, đơn vị thực hiện', each cell 'CT' " +
    "(lead), 'PH' (coordinator) or empty (the legend row above the header says so). Headers abbreviated: 'VP UBND " +
    "tỉnh' = Văn phòng UBND tỉnh, 'Sở KH&CN' = Sở Khoa học và Công nghệ, 'Sở NN&MT' = Sở Nông nghiệp và Môi trường, " +
    "'BHXH tỉnh' = Bảo hiểm xã hội tỉnh; 'UBND các xã, phường' = unresolved 'UBND cấp xã'. Leads and coordinators " +
    "in column order. Row 6 has two CT (two leads); row 15 CT in every column but VP UBND tỉnh (11 leads, the " +
    "report goes to VP). Group rows I..IV bold, no marks, no task; STT runs 1..16, ref = STT. Times in words read " +
    "by the rules ('Trước X' = X-1, 'Tháng/Quý' = its last day, 'Từ … đến tháng 8' = 31/8, 'Đầu/Giữa/Cuối tháng' " +
    "= 10/15/last, '6 tháng đầu năm' = 30/6): " + lines.join("; ") + ". 'Gửi Văn phòng UBND tỉnh', 'gửi Văn phòng " +
    "Chính phủ' name recipients. plan.xlsx (exceljs), .xls/.ods LibreOffice's copies, plan.pdf its print, plan.txt " +
    "Excel's copy after the tab name (a merged cell's value in its first cell).",
  province: "Thái Nguyên",
  plan: { number: NUM, date: "2026-02-05" },
  tasks,
  unresolved: [XP],
  successors: [],
});

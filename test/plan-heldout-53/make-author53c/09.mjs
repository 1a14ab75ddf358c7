// 09: Thái Nguyên 2026, after the reorganisation. Kế hoạch rà soát, đánh giá thủ tục hành chính năm 2026 typed in one
// sheet, its task table led by CODE COLUMNS the Phòng Kiểm soát TTHC copied from the national TTHC database: after
// "STT" come "Mã TTHC" (text cells "1.001193", "2.000908": dotted numbers that look like sub-item numbers) and "Lĩnh
// vực", frozen with the header (panes split after column C) so they stay in view while scrolling to the task's name,
// lead, partners and time. The general tasks of parts I and III have no code; part II is one row per procedure.
// The ref is the STT, never the code.
import { C, H, D, answerUnits, headerRows, note, saveBook, signRows, task, title, when, writeExpected } from "./common.mjs";

const ID = "09-thai-nguyen-2026-tthc-review-list-frozen-code-columns-ma-tthc-linh-vuc-before-task-dotted-codes-not-refs";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "18/KH-UBND";
const TP = "Sở Tư pháp", VP = "Văn phòng UBND tỉnh", NV = "Sở Nội vụ", CA = "Công an tỉnh";
const SBN = "Các sở, ban, ngành", XA = "UBND các xã, phường", TTPV = "Trung tâm Phục vụ hành chính công tỉnh";
const MAP = { [SBN]: ["@departments"], [XA]: ["UBND cấp xã"] };
const ans = (names) => answerUnits(names, MAP);

// group rows: ["I", text]; task rows: [STT, code, field, name, leads, partners, time (Date | text), note, due | null]
const R = [
  ["I", "NHIỆM VỤ CHUNG"],
  ["1", "", "", "Xây dựng, ban hành Kế hoạch rà soát, đánh giá thủ tục hành chính năm 2026 của cơ quan, đơn vị",
    [SBN, XA], [], "Trước 15/02/2026", "", "2026-02-14"],
  ["II", "DANH MỤC THỦ TỤC HÀNH CHÍNH RÀ SOÁT, ĐÁNH GIÁ"],
  ["2", "1.001193", "Hộ tịch", "Rà soát thủ tục đăng ký khai sinh có yếu tố nước ngoài", [TP], [CA, XA],
    "Tháng 4/2026", "", "2026-04-30"],
  ["3", "2.000908", "Chứng thực", "Rà soát thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có " +
    "thẩm quyền của Việt Nam cấp", [TP], [XA], D(2026, 5, 30), "", "2026-05-30"],
  ["4", "1.004227", "Đất đai", "Rà soát thủ tục đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền " +
    "với đất", ["Sở Nông nghiệp và Môi trường"], [TTPV], "Quý II/2026", "Liên thông thuế", "2026-06-30"],
  ["5", "1.009994", "Hoạt động xây dựng", "Rà soát thủ tục cấp giấy phép xây dựng mới đối với công trình cấp III, " +
    "cấp IV", ["Sở Xây dựng"], [XA], D(2026, 6, 15), "", "2026-06-15"],
  ["6", "2.001263", "Thành lập và hoạt động doanh nghiệp", "Rà soát thủ tục đăng ký thành lập doanh nghiệp tư nhân",
    ["Sở Tài chính"], ["Thuế tỉnh"], "Trước 30/6/2026", "", "2026-06-29"],
  ["7", "1.000105", "Lưu thông hàng hóa trong nước", "Rà soát thủ tục cấp Giấy phép bán lẻ sản phẩm rượu",
    ["Sở Công Thương"], [], D(2026, 7, 31), "", "2026-07-31"],
  ["8", "1.002425", "Khám bệnh, chữa bệnh", "Rà soát thủ tục cấp lại giấy phép hành nghề khám bệnh, chữa bệnh",
    ["Sở Y tế"], [], "Tháng 8/2026", "", "2026-08-31"],
  ["9", "1.005384", "Công chức, viên chức", "Rà soát thủ tục thi tuyển công chức", [NV], [SBN], "Quý III/2026", "",
    "2026-09-30"],
  ["10", "2.000286", "Bảo trợ xã hội", "Rà soát thủ tục trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở, sửa chữa nhà ở",
    [NV], [XA], "Chậm nhất ngày 28/8/2026", "", "2026-08-28"],
  ["11", "1.001639", "Giáo dục trung học", "Rà soát thủ tục chuyển trường đối với học sinh trung học phổ thông",
    ["Sở Giáo dục và Đào tạo"], [], "Sau khi Bộ Giáo dục và Đào tạo công bố thủ tục hành chính sửa đổi",
    "Chờ văn bản của Bộ", null],
  ["III", "TỔNG HỢP, BÁO CÁO"],
  ["12", "", "", "Tổng hợp phương án đơn giản hóa thủ tục hành chính, trình Chủ tịch UBND tỉnh thông qua", [VP], [TP],
    "Trước 15/10/2026", "", "2026-10-14"],
  ["13", "", "", "Báo cáo kết quả rà soát, đánh giá thủ tục hành chính năm 2026, gửi Văn phòng UBND tỉnh tổng hợp",
    [SBN, XA], [], "Trước 15/11/2026", "", "2026-11-14"],
  ["14", "", "", "Theo dõi, đôn đốc, kiểm tra việc rà soát, đánh giá thủ tục hành chính", [VP], [],
    "Thường xuyên", "", null],
];

const N = 8;
const rows = [
  ...headerRows({ up: "ỦY BAN NHÂN DÂN", agency: "TỈNH THÁI NGUYÊN", number: NUM,
    place: "Thái Nguyên, ngày 22 tháng 01 năm 2026" }, N, 3),
  title("KẾ HOẠCH", N),
  title("Rà soát, đánh giá thủ tục hành chính trên địa bàn tỉnh Thái Nguyên năm 2026", N),
  title("(Danh mục nhiệm vụ và thủ tục hành chính rà soát)", N, { bold: false, italic: true }),
  { cells: [C("", { across: N - 1 })], box: false },
  { cells: ["STT", "Mã TTHC", "Lĩnh vực", "Nhiệm vụ / Tên thủ tục hành chính rà soát", "Cơ quan chủ trì",
    "Cơ quan phối hợp", "Thời gian hoàn thành", "Ghi chú"].map((h) => C(h, { ...H, fill: "FFDDEBF7" })) },
];
const HEAD = rows.length;
for (const r of R) {
  if (r.length === 2) {
    rows.push({ cells: [C(r[0], { bold: true, align: "center" }), C(r[1], { bold: true, across: N - 2 })] });
    continue;
  }
  const time = r[6] instanceof Date ? C(r[6], { align: "center", fmt: "dd/mm/yyyy" }) : C(r[6], { align: "center" });
  rows.push({ cells: [C(r[0], { align: "center" }), C(r[1], { align: "center", fmt: "@" }), r[2], r[3],
    r[4].join(";\n"), r[5].join(";\n"), time, C(r[7], { size: 11 })] });
}
rows.push({ cells: [C("", { across: N - 1 })], box: false });
rows.push(note("Ghi chú: Mã TTHC theo Cơ sở dữ liệu quốc gia về thủ tục hành chính; cơ quan chủ trì rà soát đề xuất " +
  "phương án đơn giản hóa theo biểu mẫu tại Thông tư số 02/2017/TT-VPCP.", N, { italic: true }));
rows.push(...signRows(["- Văn phòng Chính phủ (Cục KSTTHC);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
  "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;", "- Lưu: VT, KSTT."],
["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Hoàng Văn Lâm"], N, 3));

const sheet = {
  name: "Danh muc ra soat 2026", widths: [5, 11, 16, 46, 22, 24, 18, 15], boxFrom: HEAD, size: 11, rows,
  setup(ws) {
    ws.views = [{ state: "frozen", xSplit: 3, ySplit: HEAD, topLeftCell: `D${HEAD + 1}`, showGridLines: false }];
    ws.pageSetup.printTitlesRow = `${HEAD}:${HEAD}`;
  },
};
await saveBook(DIR, [sheet], { creator: "Phong KSTTHC - VP UBND tinh", created: "2026-01-12T01:40:00Z",
  modified: "2026-01-22T08:20:00Z", size: 11 });

const tasks = [];
const lines = [];
for (const r of R) {
  if (r.length === 2) continue;
  if (!r[8]) { lines.push(`${r[0]} '${r[6]}' no task`); continue; }
  tasks.push(task(r[0], r[3], r[8], ans(r[4]), ans(r[5])));
  lines.push(when(r[1] ? `${r[0]} (code ${r[1]})` : r[0], r[6] instanceof Date ? null : r[6], r[8]));
}
writeExpected(DIR, {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Thái Nguyên, 22/01/2026 (after the reorganisation: merged departments, no ` +
    "districts), rà soát, đánh giá TTHC năm 2026, typed in one sheet: header block, title, table, note, Nơi nhận, " +
    "signature. The table opens with CODE COLUMNS before the task: STT | Mã TTHC (text cells like '1.001193') | Lĩnh " +
    "vực, frozen with the header rows (panes split after C), then Nhiệm vụ / Tên TTHC | Chủ trì | Phối hợp | Thời " +
    "gian | Ghi chú. Group rows I, II, III (no tasks); the STT runs on 1-14 and is the ref; the dotted TTHC codes are " +
    "codes, not item numbers, and the field names are no units. " + lines.join("; ") + ". Units one a line; 'Các " +
    "sở, ban, ngành' = @departments; 'UBND các xã, phường' = UBND cấp xã (no commune imported); 'gửi Văn phòng UBND " +
    "tỉnh tổng hợp' names the recipient; Trung tâm Phục vụ hành chính công tỉnh unresolved. plan.xlsx (exceljs), " +
    ".xls/.ods LibreOffice's copies, plan.pdf LibreOffice's print, plan.txt Excel's copy.",
  province: "Thái Nguyên",
  plan: { number: NUM, date: "2026-01-22" },
  tasks,
  unresolved: [TTPV, "UBND cấp xã"],
  successors: [],
});

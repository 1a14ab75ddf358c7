// 06: Lai Châu, 9/2025 (after the two-level reform) — a prose plan printed, signed, SCANNED and OCR'd: plan.pdf is
// page images with an invisible text layer carrying OCR misreadings ("Sở Nộì vụ", "3O/11/2025", "UBNĐ").
// plan.txt and the Word files are the clean text the office typed. PDF: WeasyPrint, then scan.py (ReportLab).
import { execFileSync } from "node:child_process";
import { writeFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { HERE, T, headerBlock, signBlock, toHtml, writeExpected, writeWordAndText } from "./model.mjs";

const SLUG = "06-lai-chau-2025-ocr-scan-text-layer";
const P = (text, o = {}) => ({ text, indent: 709, align: "justify", ...o });
const H = (label, text) => ({ label, text, bold: true, indent: 709, list: { kind: "roman", inst: "h" } });
const N = (label, text) => ({ label, text, indent: 709, align: "justify", list: { kind: "decimal", inst: "n" } });
const A = (text) => ({ label: "-", text, indent: 709, align: "justify", list: { kind: "dash", inst: "d" } });

const TASKS = [
  ["Rà soát, kiện toàn Bộ phận Một cửa cấp xã sau sắp xếp đơn vị hành chính; bố trí công chức đủ năng lực.",
    "Sở Nội vụ", "Văn phòng UBND tỉnh, UBND các xã, phường", "trước ngày 15/10/2025"],
  ["Rà soát, cập nhật, công khai thủ tục hành chính trên Cơ sở dữ liệu quốc gia theo mô hình chính quyền địa " +
    "phương hai cấp.", "Văn phòng UBND tỉnh", "các sở, ban, ngành tỉnh", "hoàn thành ngày 31/10/2025"],
  ["Hướng dẫn lập dự toán kinh phí bảo đảm hoạt động của Bộ phận Một cửa cấp xã năm 2026.", "Sở Tài chính",
    "Kho bạc Nhà nước khu vực", "trong tháng 10/2025"],
  ["Bảo đảm hạ tầng số, chữ ký số, tài khoản Hệ thống thông tin giải quyết thủ tục hành chính cho công chức cấp xã.",
    "Sở Khoa học và Công nghệ", "Bưu điện tỉnh, UBND các xã, phường", "trước ngày 30/11/2025"],
  ["Tổ chức khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính cấp xã.",
    "Sở Nội vụ", "Bưu điện tỉnh", "trước ngày 30/11/2025"],
  ["Tập huấn nghiệp vụ giải quyết thủ tục hành chính cho công chức Bộ phận Một cửa cấp xã.", "Sở Nội vụ",
    "Sở Tư pháp, Văn phòng UBND tỉnh", "Quý IV/2025"],
  ["Kiểm tra việc tiếp nhận, giải quyết thủ tục hành chính tại cấp xã.", "Văn phòng UBND tỉnh",
    "Sở Nội vụ, Thanh tra tỉnh", "trước ngày 20/12/2025"],
  ["Tuyên truyền về mô hình chính quyền địa phương hai cấp trên Cổng thông tin điện tử tỉnh.",
    "Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình Lai Châu", "thường xuyên"],
  ["Công bố danh mục thủ tục hành chính thực hiện không phụ thuộc vào địa giới hành chính trong tỉnh.",
    "Văn phòng UBND tỉnh", "Công an tỉnh", "trước ngày 31/10/2025"],
  ["Rà soát, bố trí trụ sở, trang thiết bị của Bộ phận Một cửa cấp xã.", "Sở Tài chính",
    "Sở Xây dựng, UBND các xã, phường", "trước ngày 15/11/2025"],
  ["Kiểm tra việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại cấp xã.", "Sở Khoa học và Công nghệ",
    "Văn phòng UBND tỉnh", "trong tháng 11/2025"],
  ["Triển khai thu phí, lệ phí, nghĩa vụ tài chính trực tuyến tại Bộ phận Một cửa cấp xã.", "Thuế tỉnh",
    "Sở Tài chính, Kho bạc Nhà nước khu vực", "trước ngày 15/12/2025"],
  ["Tổng hợp kết quả thực hiện Kế hoạch, báo cáo Chủ tịch UBND tỉnh.", "Sở Nội vụ", "", "trước ngày 10/01/2026"],
];

const body = [];
TASKS.forEach(([what, lead, partners, due], i) => {
  body.push(N(`${i + 1}.`, what));
  body.push(A(`Cơ quan chủ trì: ${lead}${partners ? `; cơ quan phối hợp: ${partners}` : ""}.`));
  body.push(A(`Thời hạn: ${due}.`));
});

const blocks = [
  ...headerBlock({ issuerTop: "", issuer: "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", number: "Số: 3412/KH-UBND",
    place: "Lai Châu, ngày 22 tháng 9 năm 2025" }),
  { text: "" },
  { text: "KẾ HOẠCH", bold: true, align: "center" },
  { text: "Nâng cao chất lượng giải quyết thủ tục hành chính tại cấp xã sau sắp xếp, năm 2025", bold: true,
    align: "center" },
  P("Thực hiện Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế " +
    "một cửa, một cửa liên thông; chính quyền địa phương hai cấp của tỉnh chính thức hoạt động từ ngày 01/7/2025. " +
    "UBND tỉnh ban hành Kế hoạch như sau:"),
  H("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("Bảo đảm việc tiếp nhận, giải quyết thủ tục hành chính tại cấp xã thông suốt, không để gián đoạn."),
  H("II.", "NHIỆM VỤ CỤ THỂ"),
  ...body,
  H("III.", "TỔ CHỨC THỰC HIỆN"),
  P("UBND các xã, phường chủ động phối hợp với các cơ quan được giao chủ trì; báo cáo kết quả về Sở Nội vụ. Trong " +
    "quá trình thực hiện, nếu có vướng mắc, kịp thời báo cáo UBND tỉnh (qua Sở Nội vụ) để xem xét, chỉ đạo./."),
  signBlock({
    recipients: ["- Bộ Nội vụ (b/c);", "- TT. Tỉnh ủy, TT. HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
      "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;", "- Lưu: VT, NC."],
    signer: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(đã ký)", "", "Hà Trọng Hải"],
  }),
];

const CSS = `@page{size:A4;margin:2cm 1.5cm 2cm 3cm}body{font-family:"DejaVu Serif",serif;font-size:12pt}
p{margin:0 0 4pt;text-align:justify}table{border-collapse:collapse;width:100%;margin:4pt 0}
table.plain td{vertical-align:top;text-align:center}`;

// OCR misreadings of whole words of the text layer (as pdftotext splits them).
const ERRORS = [["Nội", "Nộì"], ["30/11/2025.", "3O/11/2025."], ["UBND", "UBNĐ"], ["Tài", "Tàì"],
  ["15/10/2025.", "l5/10/2025."], ["31/10/2025.", "3l/10/2025,"], ["tỉnh,", "tinh,"], ["10/2025.", "1O/2025."],
  ["Thời", "Thòi"], ["20/12/2025.", "20/l2/2025."], ["Quý", "Quỷ"], ["10/01/2026.", "10/0l/2026."], ["15/11/2025.", "15/1l/2025."]];

const dir = await writeWordAndText(SLUG, blocks, "Kế hoạch 3412/KH-UBND");
const tmp = `/tmp/author11b-06-${process.pid}`;
writeFileSync(`${tmp}.html`, toHtml(blocks, CSS));
writeFileSync(`${tmp}.json`, JSON.stringify(ERRORS));
execFileSync("weasyprint", [`${tmp}.html`, `${tmp}.pdf`], { stdio: ["ignore", "ignore", "inherit"] });
execFileSync(process.env.PYTHON ?? "/usr/bin/python3", [join(HERE, "scan.py"), `${tmp}.pdf`, join(dir, "plan.pdf"), `${tmp}.json`], { cwd: HERE });
for (const ext of ["html", "json", "pdf"]) rmSync(`${tmp}.${ext}`, { force: true });

const C = "UBND cấp xã";
writeExpected(dir, SLUG, {
  style: "Kế hoạch 3412/KH-UBND Lai Châu 22/9/2025, a printed, signed and SCANNED copy: plan.pdf = page images " +
    "(WeasyPrint -> pdftoppm) with an invisible OCR text layer (ReportLab, producer 'ABBYY FineReader') carrying " +
    "misreadings: 'Sở Nộì vụ', 'UBNĐ', 'Sở Tàì chính', '3O/11/2025', 'l5/10/2025', '3l/10/2025', '1O/2025', " +
    "'20/l2/2025', '10/0l/2026', '15/1l/2025', 'Quỷ IV', 'Thòi hạn'. A careful reader still reads the clean names and dates below " +
    "(plan.txt/docx are the clean typed text). Tasks numbered 1-13 under II, each followed by '- Cơ quan chủ trì: X; " +
    "cơ quan phối hợp: Y.' and '- Thời hạn: ...'; ref = '1'..'13' (not II.1). Task 8 'thường xuyên' undated. " +
    "'trong tháng 10/2025' -> 31/10; 'Quý IV/2025' -> 31/12. No communes.json: 'UBND các xã, phường' = UBND cấp xã. " +
    "'Báo và Phát thanh, Truyền hình Lai Châu' only in undated task. Cited dates (NĐ 118 09/6/2025; 01/7/2025) are " +
    "not deadlines. Holidays: none hit; 30/11/2025 Sun -> 1/12, 20/12 Sat -> 22/12, 15/11 Sat -> 17/11, 10/01/2026 Sat -> 12/01.",
  province: "Lai Châu",
  plan: { number: "3412/KH-UBND", date: "2025-09-22" },
  tasks: [
    T("1", "Rà soát, kiện toàn Bộ phận Một cửa cấp xã sau sắp xếp", "2025-10-15", "2025-10-15", ["Sở Nội vụ"],
      ["Văn phòng UBND tỉnh", C]),
    T("2", "Rà soát, cập nhật, công khai thủ tục hành chính trên Cơ sở dữ liệu quốc gia", "2025-10-31", "2025-10-31",
      ["Văn phòng UBND tỉnh"], ["@departments"]),
    T("3", "Hướng dẫn lập dự toán kinh phí bảo đảm hoạt động của Bộ phận Một cửa cấp xã", "2025-10-31", "2025-10-31",
      ["Sở Tài chính"], ["Kho bạc Nhà nước khu vực"]),
    T("4", "Bảo đảm hạ tầng số, chữ ký số", "2025-11-30", "2025-12-01", ["Sở Khoa học và Công nghệ"],
      ["Bưu điện tỉnh", C]),
    T("5", "Tổ chức khảo sát sự hài lòng của người dân, tổ chức", "2025-11-30", "2025-12-01", ["Sở Nội vụ"],
      ["Bưu điện tỉnh"]),
    T("6", "Tập huấn nghiệp vụ giải quyết thủ tục hành chính", "2025-12-31", "2025-12-31", ["Sở Nội vụ"],
      ["Sở Tư pháp", "Văn phòng UBND tỉnh"]),
    T("7", "Kiểm tra việc tiếp nhận, giải quyết thủ tục hành chính tại cấp xã", "2025-12-20", "2025-12-22",
      ["Văn phòng UBND tỉnh"], ["Sở Nội vụ", "Thanh tra tỉnh"]),
    T("9", "Công bố danh mục thủ tục hành chính thực hiện không phụ thuộc vào địa giới hành chính", "2025-10-31",
      "2025-10-31", ["Văn phòng UBND tỉnh"], ["Công an tỉnh"]),
    T("10", "Rà soát, bố trí trụ sở, trang thiết bị của Bộ phận Một cửa cấp xã", "2025-11-15", "2025-11-17",
      ["Sở Tài chính"], ["Sở Xây dựng", C]),
    T("11", "Kiểm tra việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "2025-11-30", "2025-12-01",
      ["Sở Khoa học và Công nghệ"], ["Văn phòng UBND tỉnh"]),
    T("12", "Triển khai thu phí, lệ phí, nghĩa vụ tài chính trực tuyến", "2025-12-15", "2025-12-15", ["Thuế tỉnh"],
      ["Sở Tài chính", "Kho bạc Nhà nước khu vực"]),
    T("13", "Tổng hợp kết quả thực hiện Kế hoạch, báo cáo Chủ tịch UBND tỉnh", "2026-01-10", "2026-01-12",
      ["Sở Nội vụ"]),
  ],
});
console.log("wrote", dir);

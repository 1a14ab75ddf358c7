// 02: Thái Nguyên, Sở Tài chính, 22/4/2025 (before the reorganisation) — a DRAFT of the department's plan for the
// 2024 budget settlement and the 2026 estimate, sent round for comments: a diagonal "DỰ THẢO" watermark behind
// every page (Word: a VML text-path shape in the default header, as Word's "Custom watermark" writes it; HTML: a
// fixed, rotated element, which Chromium prints on every page). One task table TT | Nội dung công việc | Đơn vị
// chủ trì | Đơn vị phối hợp | Thời hạn | Sản phẩm with group rows I-III (merged across); task rows 1-15 run on.
// Dates are typed as the drafter typed them: two-digit years ("30/6/25"), dots ("15.8.2025"), hyphens
// ("31-10-2025") as well as slashes. plan.pdf: Chromium from HTML.
import { build, task, toHtml } from "./lib.mjs";
import { head, sign } from "./head.mjs";
import fs from "node:fs";
import { execFileSync } from "node:child_process";

const ID = "02-thai-nguyen-2025-stc-draft-watermark-two-digit-years-dotted-dates";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const QLNS = "Phòng Quản lý ngân sách";
const HCSN = "Phòng Tài chính hành chính sự nghiệp";
const TCDT = "Phòng Tài chính đầu tư";
const VPS = "Văn phòng Sở";
const CP = "Các phòng thuộc Sở";
const KB = "Kho bạc Nhà nước tỉnh";
const THUE = "Thuế tỉnh";

// Group rows: [roman, title, time | ""]; task rows: [text, lead cell, co cell, time cell, product, due|null, L, C]
const ROWS = [
  ["I", "QUYẾT TOÁN NGÂN SÁCH NHÀ NƯỚC NĂM 2024", ""],
  ["Hướng dẫn các đơn vị dự toán cấp tỉnh khóa sổ, lập báo cáo quyết toán ngân sách năm 2024", HCSN,
    "Kho bạc Nhà nước", "trước 10/5/25", "Văn bản hướng dẫn", "2025-05-09", [HCSN], [KB]],
  ["Lập báo cáo quyết toán ngân sách năm 2024 của đơn vị, gửi Sở Tài chính thẩm định", "Các sở, ban, ngành",
    "Kho bạc Nhà nước", "31.5.2025", "Báo cáo quyết toán", "2025-05-31", ["@departments"], [KB]],
  ["Lập báo cáo quyết toán thu, chi ngân sách địa phương năm 2024 của cấp huyện, gửi Sở Tài chính",
    "UBND các huyện, thành phố", "Phòng Quản lý ngân sách", "30/6/25", "Báo cáo quyết toán", "2025-06-30",
    ["@districts"], [QLNS]],
  ["Quyết toán vốn đầu tư công nguồn ngân sách địa phương năm 2024", TCDT, "Kho bạc Nhà nước; các chủ đầu tư",
    "31-7-2025", "Báo cáo", "2025-07-31", [TCDT], [KB, "các chủ đầu tư"]],
  ["Thẩm định, tổng hợp quyết toán ngân sách địa phương năm 2024; tham mưu UBND tỉnh trình HĐND tỉnh phê chuẩn",
    QLNS, "Phòng Tài chính hành chính sự nghiệp, Phòng Tài chính đầu tư", "15.8.2025", "Tờ trình, dự thảo Nghị " +
    "quyết", "2025-08-15", [QLNS], [HCSN, TCDT]],
  ["II", "XÂY DỰNG DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC NĂM 2026 VÀ KẾ HOẠCH TÀI CHÍNH - NGÂN SÁCH 03 NĂM 2026 - 2028", ""],
  ["Ban hành văn bản hướng dẫn xây dựng dự toán ngân sách năm 2026 cho các đơn vị, địa phương", QLNS, "",
    "10 ngày sau khi có Thông tư hướng dẫn của Bộ Tài chính", "Văn bản hướng dẫn", null],
  ["Xây dựng dự toán thu, chi ngân sách năm 2026 của đơn vị, địa phương, gửi Sở Tài chính",
    "Các sở, ban, ngành; UBND các huyện, thành phố", "", "trước 20.7.2025", "Dự toán", "2025-07-19",
    ["@departments", "@districts"], []],
  ["Xây dựng dự toán thu ngân sách nhà nước trên địa bàn năm 2026", "Thuế tỉnh Thái Nguyên",
    "Phòng Quản lý ngân sách", "20/7/25", "Dự toán thu", "2025-07-20", [THUE], [QLNS]],
  ["Thảo luận dự toán năm 2026 với các đơn vị dự toán cấp tỉnh", HCSN, "Phòng Quản lý ngân sách",
    "Từ 01.8 đến 20.8.2025", "Biên bản thảo luận", "2025-08-20", [HCSN], [QLNS]],
  ["Tổng hợp dự toán ngân sách địa phương năm 2026, kế hoạch tài chính - ngân sách 03 năm 2026 - 2028, báo cáo " +
    "UBND tỉnh", QLNS, "Các phòng thuộc Sở", "31-10-2025", "Báo cáo", "2025-10-31", [QLNS], [CP]],
  ["Tham mưu phương án phân bổ dự toán ngân sách năm 2026, trình HĐND tỉnh tại kỳ họp cuối năm", QLNS,
    "Các phòng thuộc Sở", "Tháng 12/25", "Tờ trình", "2025-12-31", [QLNS], [CP]],
  ["III", "CÔNG KHAI, KIỂM TRA NGÂN SÁCH", "Quý IV/2025"],
  ["Công khai quyết toán ngân sách địa phương năm 2024 đã được HĐND tỉnh phê chuẩn", VPS, "Phòng Quản lý ngân " +
    "sách", "", "Đăng Cổng TTĐT Sở", "2025-12-31", [VPS], [QLNS], true],
  ["Kiểm tra việc công khai ngân sách tại một số đơn vị dự toán cấp tỉnh và UBND cấp huyện", HCSN,
    "Phòng Quản lý ngân sách", "", "Thông báo kết quả", "2025-12-31", [HCSN], [QLNS], true],
  ["Tổng hợp tình hình thực hiện thu, chi ngân sách, báo cáo UBND tỉnh", QLNS, "Kho bạc Nhà nước; Thuế tỉnh " +
    "Thái Nguyên", "Hằng quý", "Báo cáo", null],
  ["Đánh giá tình hình thực hiện dự toán ngân sách 9 tháng năm 2025, ước thực hiện cả năm", QLNS,
    "Các sở, ban, ngành; UBND các huyện, thành phố", "15/10/25", "Báo cáo", "2025-10-15", [QLNS],
    ["@departments", "@districts"]],
];

const tasks = [];
let n = 0;
const rows = ROWS.map((r) => {
  if (r.length === 3) {
    return [{ text: r[0], bold: true, align: "center", list: { kind: "rcell", inst: "g" } },
      { text: r[1], bold: true, span: r[2] ? 3 : 5 }, ...(r[2] ? [{ text: r[2], bold: true }, ""] : [])];
  }
  const [text, lead, co, time, prod, due, L, C, inh] = r;
  n += 1;
  if (due) tasks.push(task(String(n), text, due, L, C, !!inh));
  return [{ text: String(n), align: "center", list: { kind: "cell", inst: "tt" } }, text, lead, co, time, prod];
});

const P = (text, more = {}) => ({ t: "p", text, align: "justify", ...more });
const blocks = [
  ...head(["UBND TỈNH THÁI NGUYÊN", "SỞ TÀI CHÍNH"], "Số: 92/KH-STC", "Thái Nguyên, ngày 22 tháng 4 năm 2025",
    "KẾ HOẠCH", "Quyết toán ngân sách nhà nước năm 2024 và xây dựng dự toán ngân sách nhà nước năm 2026, kế hoạch " +
    "tài chính - ngân sách nhà nước 03 năm 2026 - 2028"),
  P("Căn cứ Luật Ngân sách nhà nước ngày 25.6.2015; Thông tư số 342/2016/TT-BTC ngày 30/12/16 của Bộ Tài chính " +
    "quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định số 163/2016/NĐ-CP; Quyết định giao dự toán " +
    "ngân sách năm 2025 của UBND tỉnh ngày 10-12-2024;"),
  P("Sở Tài chính xây dựng Kế hoạch triển khai công tác quyết toán ngân sách nhà nước năm 2024 và xây dựng dự toán " +
    "ngân sách năm 2026 như sau:"),
  P("I. MỤC ĐÍCH, YÊU CẦU", { bold: true }),
  P("- Bảo đảm công tác quyết toán, lập dự toán đúng trình tự, thời hạn theo quy định của Luật Ngân sách nhà nước; " +
    "số liệu đầy đủ, chính xác, có thuyết minh chi tiết."),
  P("- Phân công rõ trách nhiệm của các phòng thuộc Sở, sự phối hợp với các cơ quan, đơn vị, địa phương."),
  P("II. NỘI DUNG, PHÂN CÔNG NHIỆM VỤ", { bold: true }),
  { t: "table", widths: [500, 3400, 1550, 1600, 1250, 1050], header: 1, rows: [
    ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Sản phẩm"],
    ...rows,
  ] },
  P("III. TỔ CHỨC THỰC HIỆN", { bold: true }),
  P("1. Trưởng các phòng thuộc Sở căn cứ nhiệm vụ được giao tổ chức thực hiện; chủ động đôn đốc các đơn vị, địa " +
    "phương gửi báo cáo đúng thời hạn."),
  P("2. Văn phòng Sở theo dõi, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Giám đốc Sở trước 10.12.2025."),
  P("3. Đề nghị các sở, ban, ngành, UBND các huyện, thành phố phối hợp thực hiện. Trong quá trình triển khai, nếu " +
    "có vướng mắc, phản ánh về Sở Tài chính (qua Phòng Quản lý ngân sách) để hướng dẫn."),
  ...sign(["UBND tỉnh (b/c)", "Các sở, ban, ngành", "UBND các huyện, thành phố", "Giám đốc, các PGĐ Sở",
    "Các phòng thuộc Sở"], "GIÁM ĐỐC", "Nguyễn Văn Tuấn"),
];
tasks.push(task("III.2", "Theo dõi, tổng hợp kết quả thực hiện Kế hoạch", "2025-12-09", [VPS]));

const WM = '<div class="wm">DỰ THẢO</div>';
const css = "@page{size:A4;margin:2cm 1.5cm 2cm 2.5cm}table.bd td:first-child{text-align:center}" +
  "table.bd th:nth-child(1){width:5%}table.bd th:nth-child(2){width:32%}table.bd th:nth-child(5){width:17%}" +
  "table.bd th:nth-child(6){width:12%}" +
  ".wm{position:fixed;top:42%;left:0;width:100%;text-align:center;font-size:100pt;font-weight:bold;" +
  "color:rgba(150,150,150,.35);transform:rotate(-45deg);z-index:-1;letter-spacing:6pt}";
function chromium(out) {
  const html = `/tmp/author30a-${ID}.html`;
  fs.writeFileSync(html, toHtml(blocks, css, WM));
  execFileSync("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
    "--user-data-dir=/tmp/author30a-chrome", `--print-to-pdf=${out}`, "file://" + html], { stdio: "ignore" });
}
await build(DIR, {
  blocks, printer: chromium, css, extra: { watermark: "DỰ THẢO" },
  expected: {
    id: ID,
    style: "DRAFT of Kế hoạch 92/KH-STC of Sở Tài chính tỉnh Thái Nguyên, 22/4/2025 (before the reorganisation: " +
      "districts, old departments), budget settlement 2024 and estimate 2026; header 'UBND TỈNH THÁI NGUYÊN / SỞ " +
      "TÀI CHÍNH', signed GIÁM ĐỐC. Every page carries a diagonal 'DỰ THẢO' watermark (Word: VML text-path shape " +
      "in the header; PDF: a rotated fixed element printed by Chromium; plan.txt has none): not text of the plan, " +
      "and the draft is read as it stands (number and date are typed in). One table TT | Nội dung công việc | Đơn " +
      "vị chủ trì | Đơn vị phối hợp | Thời hạn | Sản phẩm, group rows I-III merged across, tasks 1-15 running on " +
      "(ref = TT). Dates typed with two-digit years, dots and hyphens: 1 'trước 10/5/25' -> 9/5; 2 '31.5.2025' " +
      "Sat -> 2/6; 3 '30/6/25'; 4 '31-7-2025'; 5 '15.8.2025'; 7 'trước 20.7.2025' -> 19/7 Sat -> 21/7; 8 '20/7/25' " +
      "Sun -> 21/7; 9 'Từ 01.8 đến 20.8.2025' -> 20/8; 10 '31-10-2025'; 11 'Tháng 12/25' -> 31/12; 15 " +
      "'15/10/25'. Group III's row carries 'Quý IV/2025' and rows 12, 13 have an empty Thời hạn: they inherit " +
      "31/12/2025. Out: 6 (relative: '10 ngày sau khi có Thông tư …'), 14 'Hằng quý'. III.2 prose: Văn phòng Sở " +
      "'báo cáo Giám đốc Sở trước 10.12.2025' -> 9/12. Legal basis dates (25.6.2015, 30/12/16, 10-12-2024) are no " +
      "tasks. Units: the Sở's own offices as written (unresolved); 'Kho bạc Nhà nước' = Kho bạc Nhà nước tỉnh; " +
      "'Thuế tỉnh Thái Nguyên' = Thuế tỉnh; 'Các sở, ban, ngành' = @departments; 'UBND các huyện, thành phố' = " +
      "@districts; 'các chủ đầu tư' unresolved. 'gửi Sở Tài chính', 'báo cáo UBND tỉnh', 'trình HĐND tỉnh' are " +
      "recipients.",
    province: "Thái Nguyên",
    plan: { number: "92/KH-STC", date: "2025-04-22" },
    tasks,
    unresolved: [HCSN, QLNS, TCDT, "các chủ đầu tư", CP, VPS],
    successors: [],
  },
});

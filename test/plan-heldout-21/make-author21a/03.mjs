// 03: Lai Châu 2025 (after the reorganisation) — a Sở Nông nghiệp và Môi trường plan for the winter-spring crop
// season, sent to its own sub-departments and centres and to the communes/wards. It carries two tables that are no
// tasks: the season's targets by crop (a two-row header, "Kế hoạch vụ Đông Xuân 2025 - 2026" spanning three
// columns) and the sowing calendar ("Khung lịch thời vụ": windows of dates per crop and batch, the crop cell
// vMerged over its batches). The work is in part V: one paragraph per body with the body in a bold run-in label,
// its duties as sentences separated by semicolons, each with its own time, mixed with periodic and undated ones.
// plan.pdf: Chromium prints the model's HTML.
import fs from "node:fs";
import { execFileSync } from "node:child_process";
import { build, task, toHtml } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "03-lai-chau-2025-snnmt-season-targets-and-sowing-calendar-tables";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const v = (num, text) => ({ t: "p", num, text, list: { kind: "decimal", inst: "V" } });
const dash = (inst) => (text) => ({ t: "p", num: "-", text, list: { kind: "dash", inst } });
const d1 = dash("I"), d4 = dash("IV");

const BVTV = "Chi cục Trồng trọt và Bảo vệ thực vật", TL = "Chi cục Thủy lợi", KN = "Trung tâm Khuyến nông";
const CN = "Chi cục Chăn nuôi và Thú y", KHTC = "Phòng Kế hoạch - Tài chính", XA = "UBND cấp xã";

const TARGETS = [
  [{ text: "TT", vm: "restart", rows: 2 }, { text: "Cây trồng", vm: "restart", rows: 2 },
    { text: "Kế hoạch vụ Đông Xuân 2025 - 2026", span: 3 }],
  [{ text: "", vm: "continue" }, { text: "", vm: "continue" }, "Diện tích (ha)", "Năng suất (tạ/ha)",
    "Sản lượng (tấn)"],
  ["1", "Lúa", "6.850", "58,2", "39.867"],
  ["2", "Ngô", "4.120", "42,5", "17.510"],
  ["3", "Rau, đậu các loại", "1.950", "-", "-"],
];
const CAL = [
  ["Cây trồng", "Trà", "Gieo mạ / gieo hạt", "Cấy / trồng", "Thu hoạch dự kiến"],
  [{ text: "Lúa", vm: "restart", rows: 2 }, "Xuân sớm", "Từ 15/01 đến 31/01/2026", "Từ 05/02 đến 25/02/2026",
    "Tháng 6/2026"],
  [{ text: "", vm: "continue" }, "Xuân chính vụ", "Từ 01/02 đến 20/02/2026", "Từ 01/3 đến 20/3/2026",
    "Tháng 7/2026"],
  ["Ngô", "Xuân", "Từ 10/02 đến 10/3/2026", "-", "Tháng 6 - 7/2026"],
];

const blocks = [
  ...head("UBND TỈNH LAI CHÂU\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 2468/KH-SNNMT",
    "Lai Châu, ngày 20 tháng 10 năm 2025", "KẾ HOẠCH", "Sản xuất vụ Đông Xuân 2025 - 2026"),
  sec("I.", "KẾT QUẢ SẢN XUẤT VỤ MÙA NĂM 2025"),
  d1("Tổng diện tích gieo trồng đạt 21.340 ha, bằng 101,2% kế hoạch; năng suất lúa bình quân đạt 52,6 tạ/ha."),
  d1("Đã hoàn thành hỗ trợ giống lúa lai cho 38 xã, phường bị ảnh hưởng bởi mưa lũ tháng 8/2025 (Quyết định số " +
    "1502/QĐ-SNNMT ngày 05/9/2025)."),
  sec("II.", "MỤC TIÊU, CHỈ TIÊU"),
  { t: "p", text: "Phấn đấu tổng sản lượng lương thực có hạt vụ Đông Xuân đạt trên 57.000 tấn; cụ thể:" },
  { t: "table", widths: [700, 2900, 1900, 1900, 1900], header: 2, rows: TARGETS },
  sec("III.", "KHUNG LỊCH THỜI VỤ"),
  { t: "p", text: "Các địa phương bố trí lịch gieo cấy trong khung thời vụ dưới đây, kết thúc gieo cấy trước ngày " +
    "25/3/2026 để tránh ảnh hưởng của mưa đá, dông lốc đầu mùa:" },
  { t: "table", widths: [1500, 1500, 2300, 2300, 1700], header: 1, rows: CAL },
  sec("IV.", "GIẢI PHÁP CHỦ YẾU"),
  d4("Ưu tiên sử dụng giống lúa chất lượng cao, giống ngô chịu hạn; mở rộng diện tích áp dụng quy trình canh tác " +
    "lúa cải tiến (SRI)."),
  d4("Chủ động nguồn nước tưới; chuyển đổi diện tích lúa thiếu nước sang cây trồng cạn."),
  sec("V.", "TỔ CHỨC THỰC HIỆN"),
  v("1.", "⟦B⟧Chi cục Trồng trọt và Bảo vệ thực vật:⟦/B⟧ chủ trì, phối hợp với Trung tâm Khuyến nông xây dựng cơ cấu " +
    "giống lúa, ngô vụ Đông Xuân cho từng xã, phường, trình Sở trước ngày 05/11/2025; kiểm tra chất lượng giống, " +
    "phân bón, thuốc bảo vệ thực vật tại các cơ sở kinh doanh, xong trong tháng 12/2025; ra thông báo tình hình " +
    "sinh vật gây hại định kỳ 07 ngày/lần."),
  v("2.", "⟦B⟧Chi cục Thủy lợi:⟦/B⟧ hướng dẫn UBND các xã, phường nạo vét kênh mương, tu sửa công trình thủy lợi " +
    "đầu mối, xong trước ngày 15/12/2025; xây dựng phương án cấp nước, lịch điều tiết nước vụ Đông Xuân, trình Sở " +
    "chậm nhất ngày 28/11/2025."),
  v("3.", "⟦B⟧Trung tâm Khuyến nông:⟦/B⟧ xây dựng 02 mô hình lúa chất lượng cao tại xã Bình Lư và xã Mường Kim " +
    "trong vụ Đông Xuân; tập huấn kỹ thuật thâm canh lúa, ngô cho cán bộ khuyến nông cấp xã trước ngày " +
    "10/01/2026."),
  v("4.", "⟦B⟧Chi cục Chăn nuôi và Thú y:⟦/B⟧ hướng dẫn các biện pháp phòng, chống đói, rét cho gia súc, hoàn thành " +
    "trong tháng 11/2025; chủ trì, phối hợp với UBND các xã, phường tổ chức tiêm phòng vắc xin lở mồm long móng, " +
    "tụ huyết trùng trâu bò đợt I năm 2026, hoàn thành trong quý I/2026."),
  v("5.", "⟦B⟧Phòng Kế hoạch - Tài chính:⟦/B⟧ tham mưu Giám đốc Sở trình UBND tỉnh phân bổ kinh phí hỗ trợ giống vụ " +
    "Đông Xuân trước ngày 30/11/2025."),
  v("6.", "⟦B⟧UBND các xã, phường:⟦/B⟧ xây dựng kế hoạch sản xuất vụ Đông Xuân của địa phương, gửi Sở Nông nghiệp " +
    "và Môi trường trước ngày 15/11/2025; chỉ đạo Nhân dân gieo cấy đúng khung lịch thời vụ tại Mục III; báo cáo " +
    "tiến độ gieo trồng vào ngày 25 hằng tháng; báo cáo kết quả sản xuất vụ Đông Xuân trước ngày 15/6/2026."),
  v("7.", "⟦B⟧Đề nghị Báo và Phát thanh, Truyền hình Lai Châu:⟦/B⟧ tuyên truyền kịp thời khung lịch thời vụ, các " +
    "biện pháp kỹ thuật và gương điển hình trong sản xuất."),
  { t: "p", text: "Sở Nông nghiệp và Môi trường đề nghị các đơn vị, địa phương triển khai thực hiện; quá trình thực " +
    "hiện nếu có vướng mắc, phản ánh về Sở (qua Chi cục Trồng trọt và Bảo vệ thực vật) để được hướng dẫn./." },
  ...sign(["UBND tỉnh (b/c)", "Giám đốc, các PGĐ Sở", "Các chi cục, trung tâm thuộc Sở", "UBND các xã, phường",
    "Báo và Phát thanh, Truyền hình Lai Châu"], "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Vàng A Dơ"),
];

const tasks = [
  task("V.1", "Xây dựng cơ cấu giống lúa, ngô vụ Đông Xuân cho từng xã, phường, trình Sở", "2025-11-04", [BVTV],
    [KN]),
  task("V.1", "Kiểm tra chất lượng giống, phân bón, thuốc bảo vệ thực vật tại các cơ sở kinh doanh", "2025-12-31",
    [BVTV]),
  task("V.2", "Hướng dẫn UBND các xã, phường nạo vét kênh mương, tu sửa công trình thủy lợi đầu mối", "2025-12-14",
    [TL]),
  task("V.2", "Xây dựng phương án cấp nước, lịch điều tiết nước vụ Đông Xuân, trình Sở", "2025-11-28", [TL]),
  task("V.3", "Tập huấn kỹ thuật thâm canh lúa, ngô cho cán bộ khuyến nông cấp xã", "2026-01-09", [KN]),
  task("V.4", "Hướng dẫn các biện pháp phòng, chống đói, rét cho gia súc", "2025-11-30", [CN]),
  task("V.4", "Tổ chức tiêm phòng vắc xin lở mồm long móng, tụ huyết trùng trâu bò đợt I năm 2026", "2026-03-31",
    [CN], [XA]),
  task("V.5", "Tham mưu trình UBND tỉnh phân bổ kinh phí hỗ trợ giống vụ Đông Xuân", "2025-11-29", [KHTC]),
  task("V.6", "Xây dựng kế hoạch sản xuất vụ Đông Xuân của địa phương, gửi Sở Nông nghiệp và Môi trường",
    "2025-11-14", [XA]),
  task("V.6", "Báo cáo kết quả sản xuất vụ Đông Xuân", "2026-06-14", [XA]),
];

// The bold run-in labels survive into the HTML Chromium prints (lib's toHtml drops ⟦…⟧ markers).
function printer(out) {
  const marked = blocks.map((b) => (b.text ? { ...b, text: b.text.replace(/⟦B⟧/g, "\u0001")
    .replace(/⟦\/B⟧/g, "\u0002") } : b));
  const html = "/tmp/author21a-03.html";
  fs.writeFileSync(html, toHtml(marked, "table.bd td{text-align:center}table.nb tr:only-child td:first-child{text-align:left;font-size:11pt}").replaceAll("\u0001", "<b>")
    .replaceAll("\u0002", "</b>"));
  execFileSync("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
    `--print-to-pdf=${out}`, "file://" + html], { stdio: "ignore" });
}

await build(DIR, {
  blocks, printer,
  extra: { transform: (xml) => xml
    .replace(/⟦B⟧/g, '</w:t></w:r><w:r><w:rPr><w:b/><w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">')
    .replace(/⟦\/B⟧/g, '</w:t></w:r><w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">') },
  expected: {
    id: ID,
    style: "Kế hoạch 2468/KH-SNNMT of the Sở Nông nghiệp và Môi trường Lai Châu, 20/10/2025 (after the " +
      "reorganisation: communes/wards), winter-spring crop season 2025-2026, to its own sub-departments/centres and " +
      "UBND các xã, phường. Part I last season's results (done), part II a target table by crop (two-row header, " +
      "TT and Cây trồng vMerged, 'Kế hoạch …' spanning three columns) — targets, no tasks; part III the sowing " +
      "calendar (windows 'Từ … đến …', harvest months, crop cell vMerged over its batches) and 'kết thúc gieo cấy " +
      "trước ngày 25/3/2026' given to no unit — no tasks; part IV undated measures. Part V: one numbered paragraph " +
      "per body, the body as a bold run-in label 'X:' (lead of its clauses), duties separated by ';' each with its " +
      "own time; several tasks share a paragraph's ref V.n. Left out: V.1's 'định kỳ 07 ngày/lần', V.3's models " +
      "'trong vụ Đông Xuân' (no date), V.6's 'đúng khung lịch thời vụ' and 'ngày 25 hằng tháng', V.7 (undated " +
      "request to the press). 'trước ngày X' = X-1: 05/11 -> 4/11, 15/12 -> 14/12 (Sun -> 15/12), 10/01/2026 -> " +
      "9/1, 30/11 -> 29/11 (Sat -> 1/12), 15/11 -> 14/11, 15/6/2026 -> 14/6 (Sun -> 15/6); 'chậm nhất ngày 28/11' = " +
      "28/11; 'xong/hoàn thành trong tháng M' = last day (12 -> 31/12; 11 -> 30/11 Sun -> 1/12); 'quý I/2026' = " +
      "31/3. 'chủ trì, phối hợp với Y' -> Y coordinates; 'hướng dẫn UBND các xã, phường …' makes the communes the " +
      "object, not units; 'trình Sở / UBND tỉnh', 'gửi Sở' are recipients. UBND các xã, phường -> UBND cấp xã; the " +
      "Sở's bodies unresolved as written. PDF: Chromium.",
    province: "Lai Châu",
    plan: { number: "2468/KH-SNNMT", date: "2025-10-20" },
    tasks,
    unresolved: [BVTV, TL, KN, CN, KHTC],
    successors: [],
  },
});

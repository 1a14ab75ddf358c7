// 03: Lai Châu 2024 (before the reorganisation) — a Kế hoạch for the 2024 Land Law, numbered I-III / 1-6 / a)-d),
// as an office prints it to save paper: two A4 pages reduced onto one landscape sheet (2-up), page numbers at the
// top of pages 2 onwards. The HTML is paginated in the page itself (a script moves each block to the next page when
// it no longer fits), pairs of pages are scaled to 70.7 % side by side, and Chromium prints the sheets.
import fs from "node:fs";
import { execFileSync } from "node:child_process";
import { build, task, toHtml } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "03-lai-chau-2024-two-pages-per-sheet-print";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const TN = "Sở Tài nguyên và Môi trường";
const S = "@departments";
const D = "@districts";
const R = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: { kind: "roman", inst: "R" } });
const N = (inst) => (num, text, bold = false) => ({ t: "p", num, text, bold, list: { kind: "decimal", inst } });
const L = (inst) => (num, text) => ({ t: "p", num, text, list: { kind: "letter", inst } });
const n1 = N("I");
const n2 = N("II");
const n3 = N("III");
const tasks = [];
const T = (ref, title, due, lead, coord = []) => tasks.push(task(ref, title, due, lead, coord));
T("II.1.a", "Tổ chức hội nghị phổ biến Luật Đất đai năm 2024 cho cán bộ chủ chốt cấp tỉnh, cấp huyện", "2024-05-31",
  [TN], ["Sở Tư pháp"]);
T("II.2.a", "Rà soát văn bản quy phạm pháp luật của tỉnh về đất đai, đề xuất sửa đổi, bổ sung, thay thế, bãi bỏ",
  "2024-06-14", ["Sở Tư pháp"], [TN]);
T("II.2.b", "Rà soát văn bản do cấp huyện ban hành về đất đai", "2024-05-30", [D]);
T("II.3.a", "Quy định hạn mức giao đất, công nhận quyền sử dụng đất cho hộ gia đình, cá nhân", "2024-07-25", [TN],
  ["Sở Tư pháp"]);
T("II.3.b", "Quy định hệ số điều chỉnh giá đất năm 2024", "2024-07-26", ["Sở Tài chính"], [TN]);
T("II.3.c", "Quy định điều kiện chuyển mục đích sử dụng đất trồng lúa sang mục đích khác", "2024-07-31",
  ["Sở Nông nghiệp và Phát triển nông thôn"]);
T("II.3.d", "Quy định đơn giá bồi thường nhà, công trình xây dựng khi Nhà nước thu hồi đất", "2024-09-30",
  ["Sở Xây dựng"], ["Sở Tài chính"]);
T("II.4", "Tập huấn chuyên sâu Luật Đất đai năm 2024 cho công chức địa chính cấp xã", "2024-10-31", [TN],
  ["Sở Nội vụ"]);
T("II.5", "Kiểm tra việc thi hành Luật Đất đai tại các huyện Phong Thổ, Sìn Hồ, Mường Tè", "2024-12-31",
  ["Thanh tra tỉnh"], [TN]);
T("II.6", "Cập nhật, chỉnh lý cơ sở dữ liệu đất đai theo quy định mới", "2024-11-29",
  ["Văn phòng Đăng ký đất đai tỉnh"], [D]);
T("III.1", "Xây dựng kế hoạch triển khai Luật Đất đai năm 2024 của cơ quan, đơn vị", "2024-04-09", [S, D]);
T("III.2", "Tổng hợp báo cáo kết quả triển khai thi hành Luật Đất đai năm 2024", "2024-12-14", [TN]);
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 1185/KH-UBND", "Lai Châu, ngày 22 tháng 3 năm 2024", "KẾ HOẠCH",
    "Triển khai thi hành Luật Đất đai năm 2024 trên địa bàn tỉnh Lai Châu"),
  { t: "p", text: "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024 (có hiệu lực thi hành từ ngày 01/8/2024); Quyết " +
    "định số 222/QĐ-TTg ngày 05/3/2024 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi hành Luật Đất đai, " +
    "UBND tỉnh Lai Châu ban hành Kế hoạch triển khai như sau:" },
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  n1("1.", "Xác định cụ thể nội dung công việc, thời hạn, tiến độ hoàn thành và trách nhiệm của các cơ quan, đơn " +
    "vị trong việc triển khai thi hành Luật Đất đai năm 2024."),
  n1("2.", "Bảo đảm các văn bản quy định chi tiết thuộc thẩm quyền của tỉnh được ban hành kịp thời, có hiệu lực " +
    "cùng thời điểm Luật có hiệu lực."),
  R("II.", "NỘI DUNG, NHIỆM VỤ"),
  n2("1.", "Tổ chức phổ biến, quán triệt Luật Đất đai năm 2024", true),
  L("1")("a)", "Sở Tài nguyên và Môi trường chủ trì, phối hợp với Sở Tư pháp tổ chức hội nghị phổ biến Luật Đất " +
    "đai năm 2024 cho cán bộ chủ chốt cấp tỉnh, cấp huyện; hoàn thành trong tháng 5/2024."),
  L("1")("b)", "Đài Phát thanh - Truyền hình tỉnh, Báo Lai Châu mở chuyên trang, chuyên mục giới thiệu nội dung " +
    "Luật; thực hiện thường xuyên."),
  n2("2.", "Rà soát văn bản quy phạm pháp luật", true),
  L("2")("a)", "Sở Tư pháp chủ trì, phối hợp với Sở Tài nguyên và Môi trường rà soát văn bản quy phạm pháp luật " +
    "của tỉnh về đất đai, đề xuất sửa đổi, bổ sung, thay thế, bãi bỏ; hoàn thành trước ngày 15/6/2024."),
  L("2")("b)", "UBND các huyện, thành phố rà soát văn bản do cấp huyện ban hành về đất đai, gửi kết quả về Sở Tư " +
    "pháp trước ngày 31/5/2024."),
  n2("3.", "Xây dựng văn bản quy định chi tiết thuộc thẩm quyền của tỉnh", true),
  L("3")("a)", "Sở Tài nguyên và Môi trường chủ trì, phối hợp với Sở Tư pháp xây dựng Quy định hạn mức giao đất, " +
    "công nhận quyền sử dụng đất cho hộ gia đình, cá nhân, trình UBND tỉnh chậm nhất ngày 25/7/2024."),
  L("3")("b)", "Sở Tài chính chủ trì, phối hợp với Sở Tài nguyên và Môi trường xây dựng Quy định hệ số điều chỉnh " +
    "giá đất năm 2024; hoàn thành ngày 26/7/2024."),
  L("3")("c)", "Sở Nông nghiệp và Phát triển nông thôn chủ trì xây dựng Quy định điều kiện chuyển mục đích sử dụng " +
    "đất trồng lúa sang mục đích khác, trình UBND tỉnh trước ngày 01/8/2024."),
  L("3")("d)", "Sở Xây dựng chủ trì, phối hợp với Sở Tài chính xây dựng Quy định đơn giá bồi thường nhà, công " +
    "trình xây dựng khi Nhà nước thu hồi đất; hoàn thành trong quý III/2024."),
  n2("4.", "Tập huấn chuyên sâu: Sở Tài nguyên và Môi trường chủ trì, phối hợp với Sở Nội vụ tổ chức tập huấn " +
    "chuyên sâu Luật Đất đai năm 2024 cho công chức địa chính cấp xã, hoàn thành tháng 10/2024."),
  n2("5.", "Kiểm tra thi hành: Thanh tra tỉnh chủ trì, phối hợp với Sở Tài nguyên và Môi trường kiểm tra việc thi " +
    "hành Luật Đất đai tại các huyện Phong Thổ, Sìn Hồ, Mường Tè trong quý IV/2024."),
  n2("6.", "Cơ sở dữ liệu đất đai: Văn phòng Đăng ký đất đai tỉnh chủ trì, phối hợp với UBND các huyện, thành phố " +
    "cập nhật, chỉnh lý cơ sở dữ liệu đất đai theo quy định mới, hoàn thành trước 30/11/2024."),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  n3("1.", "Các sở, ban, ngành, UBND các huyện, thành phố căn cứ Kế hoạch này xây dựng kế hoạch của cơ quan, đơn " +
    "vị, hoàn thành trước ngày 10/4/2024. Kinh phí thực hiện bố trí trong dự toán được giao năm 2024."),
  n3("2.", "Sở Tài nguyên và Môi trường theo dõi, đôn đốc, tổng hợp báo cáo kết quả triển khai thi hành Luật Đất " +
    "đai năm 2024 về UBND tỉnh và Bộ Tài nguyên và Môi trường trước ngày 15/12/2024."),
  { t: "p", text: "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Tài " +
    "nguyên và Môi trường để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./." },
  ...sign(["Bộ Tài nguyên và Môi trường", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành", "UBND các huyện, " +
    "thành phố"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hà Trọng Hải"),
];

// Two pages per sheet: the script paginates #src into .page boxes (A4 with Word's margins), two per sheet.
const PAGINATE = `<script>
const src = document.getElementById("src");
const sheets = document.getElementById("sheets");
let page = null, count = 0;
function newPage() {
  count += 1;
  if (count % 2 === 1) { const s = document.createElement("div"); s.className = "sheet"; sheets.appendChild(s); }
  const slot = document.createElement("div"); slot.className = "slot";
  const p = document.createElement("div"); p.className = "page";
  if (count > 1) {
    const h = document.createElement("div"); h.className = "pno"; h.textContent = count; p.appendChild(h);
  }
  const c = document.createElement("div"); c.className = "content"; p.appendChild(c);
  slot.appendChild(p); sheets.lastChild.appendChild(slot); page = c;
}
newPage();
for (const el of Array.from(src.children)) {
  page.appendChild(el);
  if (page.scrollHeight > page.clientHeight) { newPage(); page.appendChild(el); }
}
src.remove();
</script>`;
const CSS = `@page{size:297mm 210mm;margin:0}body{margin:0}
.sheet{width:297mm;height:210mm;display:flex;page-break-after:always;overflow:hidden}
.slot{width:148.5mm;height:210mm;overflow:hidden;border-right:0.2mm dotted #999}
.page{width:210mm;height:297mm;box-sizing:border-box;padding:20mm 15mm 20mm 30mm;transform:scale(0.7071);
transform-origin:0 0;position:relative}.pno{position:absolute;top:10mm;left:0;right:0;text-align:center}
.content{height:257mm;overflow:hidden}`;
function twoUp(out) {
  const html = toHtml(blocks, CSS).replace("<body>", '<body><div id="sheets"></div><div id="src">')
    .replace("</body>", `</div>${PAGINATE}</body>`);
  const file = `/tmp/author18a-${ID}.html`;
  fs.writeFileSync(file, html);
  execFileSync("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
    "--virtual-time-budget=3000", `--print-to-pdf=${out}`, "file://" + file], { stdio: "ignore" });
}

await build(DIR, {
  blocks, printer: twoUp,
  expected: {
    id: ID,
    style: "Kế hoạch 1185/KH-UBND Lai Châu 22/3/2024 (old departments, districts) for the 2024 Land Law: I / II 1-6 " +
      "(1-3 with a)-d)) / III 1-2, refs II.1.a, II.4, III.2. plan.pdf is a 2-up print: two A4 pages scaled onto " +
      "each landscape sheet, page numbers on top of pages 2+. 'tháng 5/2024' -> 31/5; 'trước 01/8' -> 31/7; quý " +
      "III -> 30/9; quý IV -> 31/12; 'trước 15/12' -> 14/12 Sat -> 16/12. II.1.b 'thường xuyên' left out; II.5's " +
      "districts are where the inspection goes, not units. 'trình UBND tỉnh', 'gửi … Sở Tư pháp', 'về UBND tỉnh " +
      "và Bộ' are recipients. Văn phòng Đăng ký đất đai tỉnh unresolved. Dates 01/8/2024, 05/3/2024 in the " +
      "preamble are not deadlines. PDF: Chromium (HTML, paginated in the page, 2 per sheet).",
    province: "Lai Châu",
    plan: { number: "1185/KH-UBND", date: "2024-03-22" },
    tasks,
    unresolved: ["Văn phòng Đăng ký đất đai tỉnh"],
    successors: [],
  },
});

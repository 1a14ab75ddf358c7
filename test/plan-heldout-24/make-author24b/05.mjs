// 05: Lai Châu, UBND tỉnh (after the reorganisation), 14/4/2026 — the yearly digital transformation plan, as the
// province publishes it after signing it digitally with the government CA (VGCA): the PDF carries the
// organisation's signature stamp (a blue-bordered text box "Ký bởi / Email / Cơ quan / Thời gian ký") overlaid near
// the header of page 1, and the signer's stamp over the signature block on the last page. The docx files are the
// unsigned drafts: no stamp. Body in prose: III.n area paragraphs with a)-d) points, the deadline in each point's
// own words; IV names the two reports of the standing unit. plan.pdf: Chromium, the stamps drawn as absolutely
// positioned boxes (painted after the page's text, as a signing tool appends its overlay).
import fs from "node:fs";
import { execFileSync } from "node:child_process";
import { build, task, toHtml } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "05-lai-chau-2026-vgca-signed-pdf-stamp-boxes-prose-points";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const KHCN = "Sở Khoa học và Công nghệ";
const NV = "Sở Nội vụ";
const TP = "Sở Tư pháp";
const VP = "Văn phòng UBND tỉnh";
const DNVT = "các doanh nghiệp viễn thông";
const TTPV = "Trung tâm Phục vụ hành chính công tỉnh";
const SN = "các sở, ngành";
const CA = "Công an tỉnh";
const XP = "UBND các xã, phường";
const CT = "Sở Công Thương";
const BD = "Bưu điện tỉnh";
const YT = "Sở Y tế";
const GD = "Sở Giáo dục và Đào tạo";

const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const n3 = (num, text) => ({ t: "p", num, text, bold: true, list: { kind: "decimal", inst: "III" } });
const n4 = (num, text) => ({ t: "p", num, text, list: { kind: "decimal", inst: "IV" } });
const pt = (inst) => (num, text) => ({ t: "p", num, text, list: { kind: "letter", inst } });
const dash = (inst) => (text) => ({ t: "p", num: "-", text, list: { kind: "dash", inst } });
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });
const [a1, a2, a3, a4, a5] = ["1", "2", "3", "4", "5"].map((k) => pt("a" + k));
const [d1, d2] = [dash("I"), dash("II")];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 1287/KH-UBND", "Lai Châu, ngày 14 tháng 4 năm 2026",
    "KẾ HOẠCH", "Chuyển đổi số, phát triển chính quyền số tỉnh Lai Châu năm 2026"),
  plain("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, " +
    "đổi mới sáng tạo và chuyển đổi số quốc gia; Chương trình hành động số 09/CTr-UBND ngày 20/01/2026 của UBND " +
    "tỉnh; để cụ thể hóa nhiệm vụ năm 2026, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  d1("Đẩy mạnh chuyển đổi số trong hoạt động của các cơ quan nhà nước, phục vụ người dân và doanh nghiệp ngày " +
    "càng tốt hơn; gắn chuyển đổi số với cải cách hành chính và Đề án 06."),
  d1("Nhiệm vụ được giao phải có cơ quan chủ trì, thời hạn hoàn thành cụ thể; người đứng đầu chịu trách nhiệm " +
    "trước Chủ tịch UBND tỉnh về kết quả thực hiện."),
  sec("II.", "CHỈ TIÊU CHỦ YẾU NĂM 2026"),
  d2("100% thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình."),
  d2("Tỷ lệ hồ sơ giải quyết thủ tục hành chính được xử lý trực tuyến đạt từ 80% trở lên; 100% kết quả giải " +
    "quyết được số hóa."),
  d2("Trên 90% văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử, được ký số (trừ văn bản mật)."),
  sec("III.", "NHIỆM VỤ, GIẢI PHÁP"),
  n3("1.", "Hoàn thiện thể chế, tổ chức bộ máy"),
  a1("a)", "Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ tham mưu UBND tỉnh kiện toàn Ban Chỉ đạo " +
    "về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh; hoàn thành trước ngày 15/5/2026."),
  a1("b)", "Sở Tư pháp rà soát các văn bản quy phạm pháp luật của tỉnh có quy định không còn phù hợp với môi " +
    "trường số, đề xuất sửa đổi, bổ sung; chậm nhất ngày 30/6/2026."),
  a1("c)", "Danh mục cơ sở dữ liệu dùng chung của tỉnh đã được ban hành tại Quyết định số 312/QĐ-UBND ngày " +
    "10/3/2026; các cơ quan được giao quản lý cơ sở dữ liệu cập nhật dữ liệu thường xuyên, đúng quy định."),
  n3("2.", "Phát triển hạ tầng số"),
  a2("a)", "Sở Khoa học và Công nghệ chủ trì, phối hợp với các doanh nghiệp viễn thông hoàn thành phủ sóng di " +
    "động 4G/5G tại các thôn, bản còn lõm sóng trong quý III/2026."),
  a2("b)", "Văn phòng UBND tỉnh nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, bảo đảm kết nối " +
    "đồng bộ với Cổng Dịch vụ công quốc gia; hoàn thành trong tháng 6/2026."),
  a2("c)", "Sở Tài chính thẩm định, bố trí kinh phí thực hiện các nhiệm vụ chuyển đổi số theo đề xuất của các cơ " +
    "quan, đơn vị và khả năng cân đối ngân sách."),
  n3("3.", "Phát triển chính quyền số, nâng cao chất lượng dịch vụ công trực tuyến"),
  a3("a)", "Trung tâm Phục vụ hành chính công tỉnh chủ trì, phối hợp với các sở, ngành rà soát, tái cấu trúc quy " +
    "trình của ít nhất 50 thủ tục hành chính để cung cấp dịch vụ công trực tuyến toàn trình, trước ngày 31/7/2026."),
  a3("b)", "Sở Nội vụ hoàn thành số hóa hồ sơ cán bộ, công chức, viên chức trên Cơ sở dữ liệu quốc gia về cán " +
    "bộ, công chức, viên chức trước ngày 30/9/2026."),
  a3("c)", "Công an tỉnh chủ trì, phối hợp với UBND các xã, phường làm sạch dữ liệu dân cư, bảo đảm dữ liệu " +
    "\"đúng, đủ, sạch, sống\"; hoàn thành trong quý II/2026."),
  a3("d)", "UBND các xã, phường đưa vào vận hành hệ thống hội nghị truyền hình trực tuyến kết nối đến thôn, bản; " +
    "chậm nhất ngày 31/8/2026 báo cáo kết quả về Sở Khoa học và Công nghệ."),
  n3("4.", "Phát triển kinh tế số, xã hội số"),
  a4("a)", "Sở Công Thương chủ trì, phối hợp với Bưu điện tỉnh đưa ít nhất 200 sản phẩm OCOP, nông sản đặc trưng " +
    "của tỉnh lên sàn thương mại điện tử; hoàn thành trong năm 2026."),
  a4("b)", "Sở Y tế triển khai sổ sức khỏe điện tử cho người dân trên ứng dụng VNeID tại 100% trạm y tế xã, " +
    "phường trong 6 tháng đầu năm 2026."),
  a4("c)", "Sở Giáo dục và Đào tạo triển khai học bạ số đối với tất cả các trường tiểu học, trung học cơ sở; " +
    "hoàn thành trước ngày 01/9/2026, kịp thời phục vụ năm học mới."),
  a4("d)", "Báo và Phát thanh, Truyền hình Lai Châu duy trì chuyên mục \"Chuyển đổi số\", phát sóng hằng tháng."),
  n3("5.", "Bảo đảm an toàn, an ninh mạng"),
  a5("a)", "Công an tỉnh chủ trì, phối hợp với Sở Khoa học và Công nghệ tổ chức diễn tập thực chiến bảo đảm an " +
    "toàn thông tin mạng của tỉnh trong tháng 10/2026."),
  a5("b)", "Các cơ quan, đơn vị triển khai mô hình bảo vệ 4 lớp đối với hệ thống thông tin thuộc phạm vi quản lý " +
    "theo quy định."),
  sec("IV.", "TỔ CHỨC THỰC HIỆN"),
  n4("1.", "Sở Khoa học và Công nghệ là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng " +
    "hợp, báo cáo UBND tỉnh kết quả thực hiện 6 tháng trước ngày 15/6/2026 và kết quả cả năm trước ngày " +
    "15/12/2026."),
  n4("2.", "Các sở, ban, ngành, UBND các xã, phường căn cứ nhiệm vụ được giao xây dựng kế hoạch của cơ quan, đơn " +
    "vị; định kỳ hằng quý báo cáo kết quả về Sở Khoa học và Công nghệ để tổng hợp."),
  n4("3.", "Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách hiện hành."),
  plain("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Khoa học và " +
    "Công nghệ để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./."),
  ...sign(["Bộ Khoa học và Công nghệ (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các xã, phường", "Lãnh đạo VP UBND tỉnh"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hà Trọng Hải"),
];

const tasks = [
  task("III.1.a", "Kiện toàn Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh",
    "2026-05-14", [KHCN], [NV]),
  task("III.1.b", "Rà soát các văn bản quy phạm pháp luật của tỉnh không còn phù hợp với môi trường số, đề xuất " +
    "sửa đổi, bổ sung", "2026-06-30", [TP]),
  task("III.2.a", "Phủ sóng di động 4G/5G tại các thôn, bản còn lõm sóng", "2026-09-30", [KHCN], [DNVT]),
  task("III.2.b", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, kết nối với Cổng Dịch vụ công " +
    "quốc gia", "2026-06-30", [VP]),
  task("III.3.a", "Rà soát, tái cấu trúc quy trình của ít nhất 50 thủ tục hành chính để cung cấp dịch vụ công " +
    "trực tuyến toàn trình", "2026-07-30", [TTPV], [SN]),
  task("III.3.b", "Số hóa hồ sơ cán bộ, công chức, viên chức trên Cơ sở dữ liệu quốc gia", "2026-09-29", [NV]),
  task("III.3.c", "Làm sạch dữ liệu dân cư", "2026-06-30", [CA], [XP]),
  task("III.3.d", "Đưa vào vận hành hệ thống hội nghị truyền hình trực tuyến kết nối đến thôn, bản", "2026-08-31",
    [XP]),
  task("III.4.a", "Đưa ít nhất 200 sản phẩm OCOP, nông sản đặc trưng lên sàn thương mại điện tử", "2026-12-31",
    [CT], [BD]),
  task("III.4.b", "Triển khai sổ sức khỏe điện tử trên ứng dụng VNeID tại 100% trạm y tế xã, phường", "2026-06-30",
    [YT]),
  task("III.4.c", "Triển khai học bạ số đối với các trường tiểu học, trung học cơ sở", "2026-08-31", [GD]),
  task("III.5.a", "Tổ chức diễn tập thực chiến bảo đảm an toàn thông tin mạng của tỉnh", "2026-10-31", [CA], [KHCN]),
  task("IV.1", "Báo cáo UBND tỉnh kết quả thực hiện Kế hoạch 6 tháng", "2026-06-14", [KHCN]),
  task("IV.1", "Báo cáo UBND tỉnh kết quả thực hiện Kế hoạch cả năm", "2026-12-14", [KHCN]),
];

const STAMP1 = "Ký bởi: Ủy ban Nhân dân tỉnh Lai Châu\nEmail: ubnd@laichau.gov.vn\nCơ quan: Tỉnh Lai Châu\n" +
  "Thời gian ký: 14.04.2026 16:05:31 +07:00";
const STAMP2 = "Ký bởi: Hà Trọng Hải\nEmail: hatronghai@laichau.gov.vn\nCơ quan: Ủy ban Nhân dân tỉnh Lai Châu\n" +
  "Thời gian ký: 14.04.2026 15:58:07 +07:00";
const box = (cls, text) => `<div class="stamp ${cls}">${text.split("\n").join("<br>")}</div>`;
const CSS = `@page{size:A4;margin:20mm 20mm 20mm 30mm}body{position:relative}
.stamp{position:absolute;z-index:5;border:1.5pt solid #c00000;color:#1f3f9f;font-family:"Liberation Sans",sans-serif;
font-size:8pt;line-height:1.25;padding:3pt 5pt;text-align:left;text-indent:0;font-weight:normal;width:62mm}
.s1{top:-4mm;right:0}.s2{top:14mm;right:4mm}td.sg{position:relative}`;

function printer(out) {
  const html = toHtml(blocks, CSS)
    .replace("<body>", "<body>" + box("s1", STAMP1))
    .replace("<td>TM. ỦY BAN NHÂN DÂN", `<td class="sg">${box("s2", STAMP2)}TM. ỦY BAN NHÂN DÂN`);
  const file = "/tmp/author24b-05.html";
  fs.writeFileSync(file, html);
  execFileSync("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
    "--user-data-dir=/tmp/author24b-chrome", `--print-to-pdf=${out}`, "file://" + file], { stdio: "ignore" });
}

await build(DIR, {
  blocks, printer,
  expected: {
    id: ID,
    style: "Kế hoạch 1287/KH-UBND of UBND tỉnh Lai Châu (after the reorganisation), 14/4/2026, digital " +
      "transformation 2026, as published after signing with the government CA (VGCA): plan.pdf carries the " +
      "organisation's signature stamp (a boxed 'Ký bởi: Ủy ban Nhân dân tỉnh Lai Châu / Email / Cơ quan / Thời " +
      "gian ký: 14.04.2026 16:05:31 +07:00') overlaid at the top right of page 1 over the motto, and the signer's " +
      "stamp over the signature block on the last page; the docx and plan.txt are the unsigned text without stamps. " +
      "The stamps' dates and e-mail lines are no deadlines, units or signers' tasks. Prose: I aims, II targets (no " +
      "tasks), III.1-5 areas with a)-d) points, each point dated in its own words; IV standing unit. Refs III.n.x " +
      "and IV.1 (twice: the 6-month and the year report). Out: III.1.c (done: 'đã được ban hành … thường " +
      "xuyên'), III.2.c and IV.3 undated, III.4.d 'hằng tháng', III.5.b and IV.2 undated / quarterly. Dates: " +
      "'trước ngày 15/5' -> 14/5; 'chậm nhất ngày 30/6' -> 30/6; 'quý III/2026' -> 30/9; 'trong tháng 6/2026' -> " +
      "30/6; 'trước ngày 31/7' -> 30/7; 'trước ngày 30/9' -> 29/9; 'quý II/2026' -> 30/6; III.3.d 'chậm nhất " +
      "ngày 31/8/2026 báo cáo kết quả về Sở KH&CN' -> 31/8 (the Sở is a recipient); 'trong năm 2026' -> 31/12; " +
      "'6 tháng đầu năm 2026' -> 30/6; 'trước ngày 01/9/2026' -> 31/8; 'trong tháng 10/2026' -> 31/10 (Sat -> " +
      "2/11); IV.1 'trước ngày 15/6' -> 14/6 (Sun -> 15/6), 'trước ngày 15/12' -> 14/12. 'tham mưu UBND tỉnh', " +
      "'báo cáo UBND tỉnh' are recipients. 'X chủ trì, phối hợp với Y': X lead, Y coordinator.",
    province: "Lai Châu",
    plan: { number: "1287/KH-UBND", date: "2026-04-14" },
    tasks,
    unresolved: [DNVT, TTPV, SN, XP],
    successors: [],
  },
});

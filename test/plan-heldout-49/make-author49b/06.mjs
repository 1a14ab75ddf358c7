// 06: Lai Châu, UBND tỉnh, Kế hoạch 09/KH-UBND ngày 09/01/2026 (after the reorganisation: no districts, merged
// departments), nâng cao Chỉ số SIPAS năm 2026. Habits: part III's tasks GROUPED BY QUARTER HEADINGS (a bold italic
// line "Quý I/2026:", "Quý II/2026:" …, then "+" items), the units IN BRACKETS AFTER EACH ITEM in several shapes
// ("(Sở Nội vụ chủ trì; Văn phòng UBND tỉnh phối hợp)", "(Chủ trì: …; phối hợp: …)", "(các sở, ban, ngành; UBND các
// xã, phường)", "(Sở Nội vụ)"), an item's own day overriding its quarter; a "Thường xuyên trong năm:" group with no
// date; the page number at the top from page 2; plan.pdf WeasyPrint's print (@page counter on top, not page 1) as a
// portal's HTML copy is printed.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, buildPaged, lister, plus } from "./common.mjs";

const ID = "06-lai-chau-2026-quarter-heading-lines-quy-i-plus-items-units-in-brackets-after-item-own-day-overrides-weasyprint";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", KC = "Sở Khoa học và Công nghệ", TP = "Sở Tư pháp";
const BD = "Bưu điện tỉnh", HH = "Hiệp hội Doanh nghiệp tỉnh", MT = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh";
const XA = "UBND các xã, phường", DEP = "@departments";

const R = lister("roman", "parts", { bold: true, indent: false });
const N = lister("decimal", "aims");
const Q = (text) => P(text, { bold: true, italic: true });
let q = 0;
const I = (text) => plus(text, "q" + q);
const nextQ = (text) => { q += 1; return Q(text); };

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 09/KH-UBND", "Lai Châu, ngày 09 tháng 01 năm 2026", "KẾ HOẠCH",
    "Nâng cao Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) " +
    "trên địa bàn tỉnh Lai Châu năm 2026"),
  P("Căn cứ Quyết định số 1256/QĐ-UBND ngày 28/10/2025 của UBND tỉnh ban hành Kế hoạch cải cách hành chính tỉnh Lai " +
    "Châu năm 2026; kết quả Chỉ số SIPAS năm 2025 của tỉnh do Bộ Nội vụ công bố, trong đó tỉnh Lai Châu xếp thứ 41/63 " +
    "(giảm 07 bậc so với năm 2024), Ủy ban nhân dân tỉnh ban hành Kế hoạch nâng cao Chỉ số SIPAS năm 2026 như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  N("1.", "Khắc phục các tồn tại, hạn chế đã được chỉ ra qua kết quả đo lường Chỉ số SIPAS năm 2025; phấn đấu năm " +
    "2026 Chỉ số SIPAS của tỉnh đạt từ 82% trở lên."),
  N("2.", "Xác định rõ nhiệm vụ, tiến độ thực hiện theo từng quý và trách nhiệm của cơ quan chủ trì, cơ quan phối " +
    "hợp; người đứng đầu chịu trách nhiệm về kết quả thực hiện tại cơ quan, địa phương mình."),
  R("II.", "CHỈ TIÊU CHỦ YẾU"),
  N("3.", "100% thủ tục hành chính được công khai đầy đủ, đúng quy định; 100% hồ sơ được giải quyết đúng hạn; tỷ lệ " +
    "hồ sơ trực tuyến toàn trình đạt từ 60% trở lên."),
  N("4.", "Không để xảy ra tình trạng cán bộ, công chức nhũng nhiễu, gây phiền hà cho người dân, tổ chức."),
  R("III.", "NHIỆM VỤ VÀ TIẾN ĐỘ THỰC HIỆN"),
  nextQ("Quý I/2026:"),
  I("Xây dựng, ban hành Kế hoạch tuyên truyền về nâng cao Chỉ số SIPAS năm 2026 (Sở Nội vụ chủ trì; các sở, ban, " +
    "ngành phối hợp)."),
  I("Kiện toàn đội ngũ công chức đầu mối làm công tác cải cách hành chính, gửi danh sách về Sở Nội vụ trước ngày " +
    "31/01/2026 (các sở, ban, ngành; UBND các xã, phường)."),
  I("Rà soát, công khai đầy đủ thủ tục hành chính, quy trình nội bộ tại Trung tâm Phục vụ hành chính công tỉnh và " +
    "Bộ phận Một cửa cấp xã, hoàn thành trước ngày 15/02/2026 (Chủ trì: Văn phòng UBND tỉnh; phối hợp: UBND các xã, " +
    "phường)."),
  I("Bố trí hòm thư góp ý, mã QR khảo sát ý kiến người dân tại nơi tiếp nhận hồ sơ (UBND các xã, phường chủ trì; " +
    "Sở Khoa học và Công nghệ phối hợp)."),
  nextQ("Quý II/2026:"),
  I("Tập huấn kỹ năng giao tiếp, ứng xử cho công chức làm việc tại Bộ phận Một cửa các cấp (Sở Nội vụ chủ trì; Văn " +
    "phòng UBND tỉnh, UBND các xã, phường phối hợp)."),
  I("Tổ chức khảo sát trực tuyến giữa kỳ trên Cổng Dịch vụ công của tỉnh trong tháng 5/2026 (Chủ trì: Sở Khoa học " +
    "và Công nghệ; phối hợp: Bưu điện tỉnh)."),
  I("Báo cáo kết quả thực hiện 6 tháng đầu năm gửi Sở Nội vụ trước ngày 10/6/2026 để tổng hợp (các sở, ban, ngành; " +
    "UBND các xã, phường)."),
  nextQ("Quý III/2026:"),
  I("Kiểm tra công tác cải cách hành chính, việc tiếp nhận, giải quyết thủ tục hành chính tại 12 xã, phường (Sở " +
    "Nội vụ chủ trì; Sở Tư pháp, Văn phòng UBND tỉnh phối hợp)."),
  I("Đối thoại giữa Chủ tịch UBND tỉnh với người dân, doanh nghiệp về giải quyết thủ tục hành chính (Văn phòng UBND " +
    "tỉnh chủ trì; Hiệp hội Doanh nghiệp tỉnh, Ủy ban MTTQ Việt Nam tỉnh phối hợp)."),
  I("Cung cấp danh sách người dân, tổ chức đã giải quyết thủ tục hành chính để chọn mẫu điều tra xã hội học, hạn " +
    "cuối ngày 31/8/2026 (các sở, ban, ngành; UBND các xã, phường)."),
  nextQ("Quý IV/2026:"),
  I("Phối hợp với Bộ Nội vụ tổ chức điều tra xã hội học đo lường sự hài lòng năm 2026 trên địa bàn tỉnh (Sở Nội vụ " +
    "chủ trì; Bưu điện tỉnh phối hợp)."),
  I("Tham mưu UBND tỉnh chỉ đạo khắc phục các chỉ số thành phần có điểm thấp, chậm nhất 30/11/2026 (Sở Nội vụ)."),
  I("Tổng kết, đánh giá kết quả thực hiện Kế hoạch, báo cáo UBND tỉnh trước ngày 15/12/2026 (Sở Nội vụ)."),
  nextQ("Thường xuyên trong năm:"),
  I("Đăng tải tin, bài về cải cách hành chính, gương cán bộ, công chức tận tụy phục vụ Nhân dân (Báo và Phát thanh, " +
    "Truyền hình Lai Châu chủ trì)."),
  I("Theo dõi, xử lý phản ánh, kiến nghị của người dân, tổ chức về thủ tục hành chính (Văn phòng UBND tỉnh)."),
  R("IV.", "TỔ CHỨC THỰC HIỆN"),
  P("Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường căn cứ Kế hoạch này chủ động triển khai thực hiện " +
    "đúng tiến độ; các nhiệm vụ có thời hạn theo quý được hiểu là hoàn thành chậm nhất vào ngày cuối cùng của quý. Sở Nội vụ " +
    "theo dõi, đôn đốc, tổng hợp kết quả thực hiện vào báo cáo cải cách hành chính định kỳ của tỉnh./."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành",
    "UBND các xã, phường", "Báo và PT-TH Lai Châu", "Cổng TTĐT tỉnh"], "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
    "Nguyễn Quốc Hưng"),
];

const tasks = [
  task(null, "ban hành Kế hoạch tuyên truyền về nâng cao Chỉ số SIPAS năm 2026", "2026-03-31", [NV], [DEP], true),
  task(null, "Kiện toàn đội ngũ công chức đầu mối làm công tác cải cách hành chính", "2026-01-30", [DEP, XA]),
  task(null, "công khai đầy đủ thủ tục hành chính, quy trình nội bộ tại Trung tâm Phục vụ hành chính công tỉnh",
    "2026-02-14", [VP], [XA]),
  task(null, "Bố trí hòm thư góp ý, mã QR khảo sát ý kiến người dân", "2026-03-31", [XA], [KC], true),
  task(null, "Tập huấn kỹ năng giao tiếp, ứng xử cho công chức làm việc tại Bộ phận Một cửa", "2026-06-30", [NV],
    [VP, XA], true),
  task(null, "Tổ chức khảo sát trực tuyến giữa kỳ trên Cổng Dịch vụ công của tỉnh", "2026-05-31", [KC], [BD]),
  task(null, "Báo cáo kết quả thực hiện 6 tháng đầu năm gửi Sở Nội vụ", "2026-06-09", [DEP, XA]),
  task(null, "Kiểm tra công tác cải cách hành chính, việc tiếp nhận, giải quyết thủ tục hành chính tại 12 xã",
    "2026-09-30", [NV], [TP, VP], true),
  task(null, "Đối thoại giữa Chủ tịch UBND tỉnh với người dân, doanh nghiệp", "2026-09-30", [VP], [HH, MT], true),
  task(null, "Cung cấp danh sách người dân, tổ chức đã giải quyết thủ tục hành chính", "2026-08-31", [DEP, XA]),
  task(null, "tổ chức điều tra xã hội học đo lường sự hài lòng năm 2026", "2026-12-31", [NV], [BD], true),
  task(null, "chỉ đạo khắc phục các chỉ số thành phần có điểm thấp", "2026-11-30", [NV]),
  task(null, "Tổng kết, đánh giá kết quả thực hiện Kế hoạch, báo cáo UBND tỉnh", "2026-12-14", [NV]),
];

const WORK = "Part III: '+' items under quarter heading lines, ref null. An item with no day of its own takes its " +
  "quarter's last day (inherited true); an item with its own day keeps it (inherited false). Units from the " +
  "bracket after the item: 'X chủ trì; Y phối hợp', 'Chủ trì: X; phối hợp: Y', or a bare list = leads. Quý I: " +
  "tuyên truyền 31/3 (coord @departments); đầu mối 'trước ngày 31/01/2026' 30/01, leads @departments and UBND các " +
  "xã, phường (UBND cấp xã, unresolved); công khai 'trước ngày 15/02/2026' 14/02 Sat, 16-20/02 Tết -> 23/02; hòm " +
  "thư 31/3. Quý II: tập huấn 30/6; khảo sát 'trong tháng 5/2026' 31/5 Sun -> 01/6; báo cáo 'trước ngày " +
  "10/6/2026' 09/6. Quý III: kiểm tra 30/9; đối thoại 30/9; danh sách 'hạn cuối ngày 31/8/2026' 31/8. Quý IV: " +
  "điều tra 31/12; 'chậm nhất 30/11/2026' 30/11; 'trước ngày 15/12/2026' 14/12. 'Thường xuyên trong năm': no " +
  "date, no task. Part IV says a quarter's tasks end 'chậm nhất vào ngày cuối cùng của quý'. PDF: WeasyPrint's print of the HTML copy, page number on top from page 2.";

await buildPaged(DIR, {
  typed: blocks,
  printer: "weasyprint",
  css: "@page{size:A4;margin:2cm 2cm 2cm 3cm;@top-center{content:counter(page);font-family:'Liberation Serif';" +
    "font-size:13pt}}@page:first{@top-center{content:none}}table.nb tr:last-child td:first-child{text-align:left;" +
    "font-size:11pt}",
  expected: {
    id: ID,
    style: "Kế hoạch 09/KH-UBND of UBND tỉnh Lai Châu, 09/01/2026 (after the reorganisation). HABIT: TASKS GROUPED BY " +
      "QUARTER HEADING LINES, UNITS IN BRACKETS AFTER EACH ITEM, an item's own day overriding the quarter. " + WORK,
    province: "Lai Châu",
    plan: { number: "09/KH-UBND", date: "2026-01-09" },
    tasks,
    unresolved: [XA],
    successors: [],
  },
});

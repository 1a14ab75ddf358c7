// 06: Lai Châu 2023 (before the reorganisation: old departments, districts) — a BIÊN BẢN (minutes) of a meeting:
// time and place, attendance, what each speaker said (reports of done work, PROPOSALS to move deadlines, one unit
// asking another for money), then the chair's conclusions, which alone assign work: one proposal refused (the old
// deadline stands), one accepted (the new deadline counts), the rest of the districts keep the old one. Signed by
// the secretary and the chair side by side.
import path from "node:path";
import { build, task } from "./lib.mjs";
import { head } from "./head.mjs";

const id = "06-lai-chau-2023-bien-ban-minutes-proposals-then-conclusions";
const p = (text, extra = {}) => ({ t: "p", text, ...extra });
const li = (kind, inst, num, text, extra = {}) => p(text, { num, list: { kind, inst }, ...extra });
const sec = (num, text) => li("roman", 1, num, text, { bold: true, indent: false });
const NV = "Sở Nội vụ";
const MT = "UBND huyện Mường Tè";

const items = {};
const k = (n, text) => { items["IV." + n] = text; return li("decimal", 3, n + ".", text); };

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 12/BB-UBND", "Lai Châu, ngày 20 tháng 3 năm 2023",
    "BIÊN BẢN", "Cuộc họp đánh giá kết quả Chỉ số cải cách hành chính, Chỉ số SIPAS năm 2022 và triển khai " +
    "giải pháp năm 2023"),
  sec("I.", "THỜI GIAN, ĐỊA ĐIỂM"),
  p("Vào hồi 08 giờ 00 phút, ngày 20 tháng 3 năm 2023, tại Phòng họp số 2, trụ sở UBND tỉnh Lai Châu."),
  sec("II.", "THÀNH PHẦN"),
  p("- Chủ trì: đồng chí Hà Văn Lương, Phó Chủ tịch UBND tỉnh.", { indent: false }),
  p("- Thư ký: đồng chí Lò Thị Hằng, chuyên viên Văn phòng UBND tỉnh.", { indent: false }),
  p("- Tham dự: lãnh đạo Sở Nội vụ, Sở Tư pháp, Sở Thông tin và Truyền thông, Sở Tài chính, Sở Kế hoạch và " +
    "Đầu tư, Sở Y tế, Sở Giáo dục và Đào tạo, Văn phòng UBND tỉnh, Cục Thống kê tỉnh; lãnh đạo UBND các huyện, " +
    "thành phố (dự trực tuyến tại điểm cầu cấp huyện).", { indent: false }),
  sec("III.", "NỘI DUNG CUỘC HỌP"),
  li("decimal", 2, "1.", "Lãnh đạo Sở Nội vụ báo cáo kết quả Chỉ số cải cách hành chính năm 2022: tỉnh đạt " +
    "84,12%, xếp thứ 38/63 tỉnh, thành phố, giảm 05 bậc; Chỉ số SIPAS đạt 81,50%. Sở Nội vụ đã ban hành Hướng " +
    "dẫn số 02/HD-SNV ngày 02/3/2023 về tự đánh giá Chỉ số năm 2023 và đã tập huấn cho 320 công chức đầu mối " +
    "ngày 10/3/2023."),
  li("decimal", 2, "2.", "Ý kiến phát biểu của các đại biểu:"),
  p("- Đại diện Sở Tư pháp: việc rà soát văn bản quy phạm pháp luật có quy định thủ tục hành chính còn nhiều " +
    "(146 văn bản); đề nghị cho lùi thời hạn hoàn thành từ ngày 14/4/2023 sang ngày 30/6/2023."),
  p("- Đại diện UBND huyện Mường Tè: nhiều xã chưa có đường truyền ổn định, máy quét còn thiếu; đề nghị lùi " +
    "thời hạn số hóa kết quả giải quyết thủ tục hành chính từ ngày 30/6/2023 đến ngày 31/7/2023."),
  p("- Đại diện Sở Thông tin và Truyền thông: Sở đã hoàn thành nâng cấp Hệ thống thông tin giải quyết thủ tục " +
    "hành chính của tỉnh ngày 15/3/2023; đề nghị Sở Tài chính sớm bố trí kinh phí nâng cấp đường truyền cho các " +
    "xã vùng lõm sóng."),
  p("- Đại diện Cục Thống kê tỉnh: sẵn sàng phối hợp điều tra xã hội học đo lường sự hài lòng; dự kiến triển " +
    "khai từ tháng 8/2023."),
  sec("IV.", "KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ CUỘC HỌP"),
  p("Sau khi nghe báo cáo và ý kiến của các đại biểu, đồng chí Phó Chủ tịch UBND tỉnh kết luận:"),
  k(1, "Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh xây dựng Kế hoạch khắc phục các tiêu chí, tiêu chí " +
    "thành phần bị giảm điểm năm 2022, trình UBND tỉnh ban hành trước ngày 31/3/2023."),
  k(2, "Không đồng ý đề xuất lùi thời hạn của Sở Tư pháp. Sở Tư pháp bổ sung nhân lực, hoàn thành rà soát văn " +
    "bản quy phạm pháp luật có quy định thủ tục hành chính đúng thời hạn đã giao là ngày 14/4/2023."),
  k(3, "Đồng ý để UBND huyện Mường Tè hoàn thành số hóa kết quả giải quyết thủ tục hành chính chậm nhất ngày " +
    "31/7/2023."),
  k(4, "UBND các huyện, thành phố còn lại hoàn thành số hóa kết quả giải quyết thủ tục hành chính trước ngày " +
    "30/6/2023 theo đúng Kế hoạch của UBND tỉnh."),
  k(5, "Sở Nội vụ phối hợp với Cục Thống kê tỉnh tổ chức điều tra xã hội học đo lường sự hài lòng của người " +
    "dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm 2023, hoàn thành trong tháng 10/2023."),
  k(6, "Sở Thông tin và Truyền thông chủ trì, phối hợp với Viễn thông Lai Châu, Viettel Lai Châu nâng cấp đường " +
    "truyền cho 07 xã vùng lõm sóng thuộc các huyện Mường Tè, Nậm Nhùn, xong trước ngày 15/6/2023."),
  k(7, "Sở Tài chính cân đối, tham mưu bố trí kinh phí thực hiện các nhiệm vụ cải cách hành chính phát sinh " +
    "(trong đó có kinh phí nâng cấp đường truyền nêu tại điểm 6) trong quý II/2023."),
  k(8, "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Hiệp hội Doanh nghiệp tỉnh tổ chức Hội nghị đối thoại giữa " +
    "lãnh đạo tỉnh với doanh nghiệp, chậm nhất ngày 25/5/2023."),
  k(9, "Sở Y tế và Sở Giáo dục và Đào tạo (hai ngành có tỷ lệ hồ sơ trực tuyến thấp nhất) xây dựng giải pháp " +
    "nâng tỷ lệ hồ sơ nộp trực tuyến toàn trình, gửi Sở Nội vụ trước ngày 20/4/2023."),
  k(10, "Các sở, ban, ngành, UBND các huyện, thành phố thường xuyên quán triệt cán bộ, công chức nâng cao tinh " +
    "thần, thái độ phục vụ người dân, doanh nghiệp."),
  k(11, "Sở Nội vụ theo dõi, tổng hợp kết quả thực hiện các nội dung kết luận, báo cáo UBND tỉnh trước ngày " +
    "10/7/2023."),
  k(12, "Văn phòng UBND tỉnh ra thông báo kết luận cuộc họp gửi các cơ quan, đơn vị để thực hiện."),
  p("Cuộc họp kết thúc vào hồi 11 giờ 15 phút cùng ngày. Biên bản được lập thành 03 bản, đã đọc lại cho các " +
    "đại biểu dự họp cùng nghe và thống nhất nội dung./."),
  { t: "table", borders: false, widths: [4700, 4700], rows: [[
    { text: "THƯ KÝ\n\n(Đã ký)\n\nLò Thị Hằng", bold: true, align: "center" },
    { text: "CHỦ TRÌ\nPHÓ CHỦ TỊCH UBND TỈNH\n(Đã ký)\n\nHà Văn Lương", bold: true, align: "center" },
  ]] },
];

const t = (ref) => items[ref].replace(/\.$/, "");
const tasks = [
  task("IV.1", t("IV.1"), "2023-03-30", [NV], ["Văn phòng UBND tỉnh"]),
  task("IV.2", "Sở Tư pháp bổ sung nhân lực, hoàn thành rà soát văn bản quy phạm pháp luật có quy định thủ tục " +
    "hành chính đúng thời hạn đã giao là ngày 14/4/2023", "2023-04-14", ["Sở Tư pháp"]),
  task("IV.3", t("IV.3"), "2023-07-31", [MT]),
  task("IV.4", t("IV.4"), "2023-06-29", ["@districts"]),
  task("IV.5", t("IV.5"), "2023-10-31", [NV], ["Cục Thống kê tỉnh"]),
  task("IV.6", t("IV.6"), "2023-06-14", ["Sở Thông tin và Truyền thông"], ["Viễn thông Lai Châu", "Viettel Lai Châu"]),
  task("IV.7", t("IV.7"), "2023-06-30", ["Sở Tài chính"]),
  task("IV.8", t("IV.8"), "2023-05-25", ["Sở Kế hoạch và Đầu tư"], ["Hiệp hội Doanh nghiệp tỉnh"]),
  task("IV.9", t("IV.9"), "2023-04-19", ["Sở Y tế", "Sở Giáo dục và Đào tạo"]),
  task("IV.11", t("IV.11"), "2023-07-09", [NV]),
];

const dir = path.join(import.meta.dirname, "..", id);
await build(dir, { blocks, printer: "libreoffice", expected: {
  id,
  style: "BIÊN BẢN 12/BB-UBND of a meeting of UBND tỉnh Lai Châu, 20/3/2023 (pre-2025 directory: old " +
    "departments, districts). I time/place, II attendance, III what was said (III.1 a report of done work with " +
    "past dates; III.2 dash paragraphs of speakers: PROPOSALS to move deadlines, 'đề nghị Sở Tài chính …' asked " +
    "by one unit of another, 'dự kiến từ tháng 8/2023'), IV the chair's conclusions 1-12 (Word list; ref IV.n). " +
    "Only IV assigns work. IV.2 refuses Sở Tư pháp's proposal (30/6): the old deadline 14/4 stands. IV.3 accepts " +
    "Mường Tè's: 31/7 (lead UBND huyện Mường Tè). IV.4 'các huyện, thành phố còn lại' = @districts, trước 30/6 " +
    "-> 29/6. IV.6 Mường Tè, Nậm Nhùn name places. IV.9 two leads. 'trình/gửi/báo cáo' = recipients. Left out: " +
    "IV.10 'thường xuyên', IV.12 undated; nothing in III is a task (a proposal is not an assignment). Moves: 9/7 " +
    "Sun -> 10/7. Unresolved: Viễn thông Lai Châu, Viettel Lai Châu. Signed THƯ KÝ | CHỦ TRÌ in a borderless " +
    "table. PDF: LibreOffice from plan-auto.docx.",
  province: "Lai Châu",
  plan: { number: "12/BB-UBND", date: "2023-03-20" },
  tasks,
  unresolved: ["Viễn thông Lai Châu", "Viettel Lai Châu"],
} });

// 08: Lai Châu 2026 (after the reorganisation: merged departments, no districts, communes and wards) — a Công văn of
// the UBND tỉnh ANSWERING VOTERS' PETITIONS (trả lời kiến nghị cử tri) sent on by the Thường trực HĐND tỉnh. Each
// numbered paragraph is a petition of the voters of a named commune or ward ("Cử tri xã Pa Tần kiến nghị: …"), the
// paragraph after it the answer ("Trả lời: …"): explanations, work already done, promises without a date, and the
// sentences that give a body work with a deadline. A closing paragraph without a number asks for reports.
import path from "node:path";
import { build, task } from "./lib.mjs";
import { sign } from "./head.mjs";

const id = "08-lai-chau-2026-voter-petition-answers-communes";
const p = (text, extra = {}) => ({ t: "p", text, ...extra });
const li = (kind, inst, num, text, extra = {}) => p(text, { num, list: { kind, inst }, ...extra });
const sec = (num, text) => li("roman", 1, num, text, { bold: true, indent: false });
const ask = (inst, num, text) => li("decimal", inst, num, text, { italic: true });
const ans = (text) => p("Trả lời: " + text);
const NV = "Sở Nội vụ";
const XA = "UBND cấp xã";

const blocks = [
  { t: "table", borders: false, widths: [3800, 5600], rows: [
    [{ text: "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", bold: true, align: "center" },
      { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold: true, align: "center" }],
    [{ text: "Số: 215/UBND-TH\nV/v trả lời kiến nghị của cử tri gửi tới Kỳ họp thường lệ cuối năm 2025, HĐND " +
      "tỉnh khóa XV", align: "center", size: 22 },
    { text: "Lai Châu, ngày 20 tháng 01 năm 2026", italic: true, align: "center" }],
  ] },
  p("Kính gửi: Thường trực Hội đồng nhân dân tỉnh.", { align: "center", indent: false }),
  p("Ngày 12/12/2025, Thường trực HĐND tỉnh có Văn bản số 598/HĐND-VP chuyển kiến nghị của cử tri gửi tới Kỳ " +
    "họp thường lệ cuối năm 2025, HĐND tỉnh khóa XV. Sau khi xem xét, UBND tỉnh trả lời như sau:"),
  sec("I.", "LĨNH VỰC HẠ TẦNG, ĐẤT ĐAI, ĐIỆN, VIỄN THÔNG"),
  ask(1, "1.", "Cử tri xã Pa Tần kiến nghị: Tuyến đường từ trung tâm xã đến bản Nậm Ngà bị sạt lở sau mưa lũ " +
    "tháng 9/2025, đề nghị sớm sửa chữa."),
  ans("Tuyến đường đã được xử lý sạt lở tạm thời, bảo đảm thông xe từ ngày 15/10/2025. Sở Xây dựng chủ trì, " +
    "phối hợp với UBND xã Pa Tần khảo sát, lập phương án sửa chữa, khắc phục lâu dài; hoàn thành trong quý " +
    "II/2026."),
  ask(1, "2.", "Cử tri phường Đoàn Kết kiến nghị: Việc cấp Giấy chứng nhận quyền sử dụng đất cho hộ gia đình " +
    "còn chậm, nhiều hồ sơ quá hạn."),
  ans("Nguyên nhân chủ yếu do hồ sơ tồn đọng từ trước khi sắp xếp đơn vị hành chính và việc bàn giao dữ liệu " +
    "địa chính giữa cấp huyện cũ và cấp xã. Giao Sở Nông nghiệp và Môi trường chỉ đạo Văn phòng Đăng ký đất đai " +
    "tỉnh giải quyết dứt điểm 36 hồ sơ tồn đọng trên địa bàn phường trước ngày 31/3/2026."),
  ask(1, "3.", "Cử tri xã Mường Tè kiến nghị: Còn 03 bản chưa có điện lưới quốc gia."),
  ans("Dự án cấp điện nông thôn cho các bản đã khởi công tháng 10/2025. UBND tỉnh đề nghị Công ty Điện lực Lai " +
    "Châu đẩy nhanh tiến độ, đóng điện cho 03 bản trước ngày 30/6/2026."),
  ask(1, "4.", "Cử tri xã Phong Thổ kiến nghị: Nhiều bản vùng cao chưa có sóng điện thoại di động."),
  ans("Sở Khoa học và Công nghệ phối hợp với các doanh nghiệp viễn thông khảo sát, lắp đặt bổ sung trạm phát " +
    "sóng cho các bản chưa có sóng trong năm 2026."),
  sec("II.", "LĨNH VỰC NỘI VỤ, HÀNH CHÍNH"),
  ask(2, "1.", "Cử tri xã Sìn Hồ kiến nghị: Chưa chi trả đầy đủ chế độ cho cán bộ, công chức dôi dư sau sắp xếp."),
  ans("Đến nay, tỉnh đã chi trả chế độ cho 112 người (hoàn thành trong tháng 12/2025). Đối với 14 trường hợp " +
    "còn lại chưa đủ hồ sơ, Sở Nội vụ chủ trì, phối hợp với Sở Tài chính thẩm định, trình UBND tỉnh quyết định " +
    "trước ngày 15/3/2026."),
  ask(2, "2.", "Cử tri nhiều xã, phường kiến nghị: Giảm giấy tờ phải nộp khi làm thủ tục hành chính, nhất là " +
    "giấy tờ đã có trong cơ sở dữ liệu."),
  ans("Trung tâm Phục vụ hành chính công tỉnh phối hợp với Sở Khoa học và Công nghệ tích hợp, tái sử dụng kết " +
    "quả số hóa hồ sơ trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, hoàn thành trong quý " +
    "III/2026."),
  ask(2, "3.", "Cử tri xã Khổng Lào kiến nghị: Thẻ bảo hiểm y tế của nhiều người dân còn ghi địa chỉ cũ, sai tên " +
    "đơn vị hành chính sau sắp xếp."),
  ans("Đề nghị Bảo hiểm xã hội tỉnh phối hợp với UBND xã Khổng Lào rà soát, cấp đổi thẻ bảo hiểm y tế cho người " +
    "dân có nhu cầu, xong trước ngày 28/02/2026."),
  sec("III.", "LĨNH VỰC VĂN HÓA - XÃ HỘI, MÔI TRƯỜNG"),
  ask(3, "1.", "Cử tri xã Tân Uyên kiến nghị: Công trình nước sinh hoạt tập trung bản Nà Phát hư hỏng, người dân " +
    "thiếu nước vào mùa khô."),
  ans("Giao UBND xã Tân Uyên chủ trì, phối hợp với Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh sửa " +
    "chữa, khôi phục công trình; hoàn thành tháng 5/2026."),
  ask(3, "2.", "Cử tri phường Tân Phong kiến nghị: Một số tuyến phố bị ngập úng cục bộ khi mưa lớn."),
  ans("Năm 2025, tỉnh đã đầu tư cải tạo 1,2 km mương thoát nước trên địa bàn phường. UBND phường Tân Phong rà " +
    "soát, nạo vét hệ thống thoát nước trước mùa mưa bão, xong trước ngày 15/5/2026."),
  ask(3, "3.", "Cử tri xã Than Uyên kiến nghị: Đầu tư xây dựng thêm phòng học cho Trường Tiểu học xã."),
  ans("Dự án đã được đưa vào danh mục Kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030 của tỉnh; Sở Giáo " +
    "dục và Đào tạo sẽ tham mưu bố trí vốn khi cân đối được nguồn."),
  ask(3, "4.", "Cử tri xã Bum Nưa kiến nghị: Trạm Y tế xã thiếu bác sĩ."),
  ans("Sở Y tế điều động luân phiên bác sĩ của Trung tâm Y tế khu vực về Trạm Y tế xã Bum Nưa, bắt đầu từ tháng " +
    "3/2026, mỗi đợt 06 tháng."),
  p("UBND tỉnh yêu cầu các sở, ngành và UBND các xã, phường được giao nhiệm vụ tại văn bản này báo cáo kết quả " +
    "thực hiện về Văn phòng UBND tỉnh trước ngày 10/6/2026 để tổng hợp, báo cáo Thường trực HĐND tỉnh. Văn " +
    "phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện."),
  p("UBND tỉnh trả lời để Thường trực HĐND tỉnh biết, thông báo đến cử tri./."),
  ...sign(["Như trên", "TT Tỉnh ủy (b/c)", "Ban Thường trực UBMTTQ Việt Nam tỉnh", "Các sở, ngành liên quan",
    "UBND các xã, phường liên quan", "Văn phòng Đoàn ĐBQH và HĐND tỉnh"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)", "Vàng A Dình"),
];

const tasks = [
  task("I.1", "Sở Xây dựng chủ trì, phối hợp với UBND xã Pa Tần khảo sát, lập phương án sửa chữa, khắc phục lâu " +
    "dài tuyến đường từ trung tâm xã đến bản Nậm Ngà", "2026-06-30", ["Sở Xây dựng"], ["UBND xã Pa Tần"]),
  task("I.2", "Chỉ đạo Văn phòng Đăng ký đất đai tỉnh giải quyết dứt điểm 36 hồ sơ tồn đọng trên địa bàn phường " +
    "Đoàn Kết", "2026-03-30", ["Sở Nông nghiệp và Môi trường"]),
  task("I.3", "Đẩy nhanh tiến độ, đóng điện cho 03 bản của xã Mường Tè", "2026-06-29", ["Công ty Điện lực Lai Châu"]),
  task("I.4", "Khảo sát, lắp đặt bổ sung trạm phát sóng cho các bản chưa có sóng", "2026-12-31",
    ["Sở Khoa học và Công nghệ"], ["các doanh nghiệp viễn thông"]),
  task("II.1", "Thẩm định, trình UBND tỉnh quyết định chế độ của 14 trường hợp dôi dư còn lại", "2026-03-14", [NV],
    ["Sở Tài chính"]),
  task("II.2", "Tích hợp, tái sử dụng kết quả số hóa hồ sơ trên Hệ thống thông tin giải quyết thủ tục hành chính " +
    "của tỉnh", "2026-09-30", ["Trung tâm Phục vụ hành chính công tỉnh"], ["Sở Khoa học và Công nghệ"]),
  task("II.3", "Rà soát, cấp đổi thẻ bảo hiểm y tế cho người dân xã Khổng Lào có nhu cầu", "2026-02-27",
    ["Bảo hiểm xã hội tỉnh"], ["UBND xã Khổng Lào"]),
  task("III.1", "Sửa chữa, khôi phục công trình nước sinh hoạt tập trung bản Nà Phát", "2026-05-31",
    ["UBND xã Tân Uyên"], ["Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh"]),
  task("III.2", "Rà soát, nạo vét hệ thống thoát nước trước mùa mưa bão", "2026-05-14", ["UBND phường Tân Phong"]),
  task(null, "Báo cáo kết quả thực hiện về Văn phòng UBND tỉnh",
    "2026-06-09", ["@departments", XA]),
];

const dir = path.join(import.meta.dirname, "..", id);
await build(dir, { blocks, printer: "libreoffice", expected: {
  id,
  style: "Công văn 215/UBND-TH of UBND tỉnh Lai Châu, 20/01/2026 (after the reorganisation: merged departments, " +
    "no districts), 'V/v trả lời kiến nghị của cử tri', Kính gửi Thường trực HĐND tỉnh (a recipient). Roman " +
    "fields I-III; under each, numbered petitions ('1. Cử tri xã Pa Tần kiến nghị: …', italic, Word list) each " +
    "followed by an UNNUMBERED answer paragraph 'Trả lời: …'. A task sits in an answer and takes its petition's " +
    "ref (I.1 … III.2). Not tasks: explanations, done work ('thông xe từ ngày 15/10/2025', 'đã chi trả … tháng " +
    "12/2025', 'đã đầu tư … năm 2025', 'đã khởi công tháng 10/2025'), III.3 (promise without a date), III.4 " +
    "(a rota 'bắt đầu từ tháng 3/2026, mỗi đợt 06 tháng': a start, not a deadline), the follow-up duty of Văn " +
    "phòng UBND tỉnh (undated). 'Giao Sở NN&MT chỉ đạo Văn phòng Đăng ký đất đai tỉnh …' (I.2): the Sở leads, the " +
    "office it directs is no unit of the task. 'Đề nghị X …' = X leads (I.3, II.3). 'X phối hợp với Y' without " +
    "chủ trì: X leads (I.4, II.2, II.3). Named communes/wards as leads or partners are written as the plan writes " +
    "them (no communes.json); the commune a petition comes from is no unit. Closing unnumbered paragraph: ref " +
    "null, lead @departments + UBND cấp xã, Văn phòng UBND tỉnh a recipient. Moves: 14/3 Sat -> 16/3; 31/5 Sun " +
    "-> 1/6. PDF: LibreOffice.",
  province: "Lai Châu",
  plan: { number: "215/UBND-TH", date: "2026-01-20" },
  tasks,
  unresolved: ["UBND xã Pa Tần", "các doanh nghiệp viễn thông", "Trung tâm Phục vụ hành chính công tỉnh",
    "UBND xã Khổng Lào", "UBND xã Tân Uyên", "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh",
    "UBND phường Tân Phong", XA],
} });

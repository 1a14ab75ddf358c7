// 03: Lai Châu (before the reorganisation), Văn phòng UBND tỉnh, 14/3/2025 — Thông báo kết luận of the Chairman
// at a meeting on key projects and public-investment disbursement. Numbered conclusions "1. Về …:" (Word list in
// plan-auto), each a paragraph of sentences "Giao Sở X chủ trì, phối hợp với Y …, báo cáo UBND tỉnh trước ngày
// …"; some conclusions give two assignments, some "Các sở, ngành: A, B, C … khẩn trương …", some an undated
// "tiếp tục …". Signed "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG". plan.pdf: Chromium from HTML.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "03-lai-chau-2025-vpubnd-chairman-conclusions-ve-headings-giao-sentences-two-per-point";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const KHDT = "Sở Kế hoạch và Đầu tư";
const TC = "Sở Tài chính";
const TNMT = "Sở Tài nguyên và Môi trường";
const XD = "Sở Xây dựng";
const NN = "Sở Nông nghiệp và Phát triển nông thôn";

const C = (n, text) => ({ t: "p", text, num: n + ".", list: { kind: "decimal", inst: "kl" } });
const blocks = [
  ...head("UBND TỈNH LAI CHÂU\nVĂN PHÒNG", "Số: 96/TB-VPUBND", "Lai Châu, ngày 14 tháng 3 năm 2025",
    "THÔNG BÁO", "Kết luận của đồng chí Chủ tịch UBND tỉnh tại cuộc họp nghe báo cáo tiến độ các dự án trọng " +
    "điểm và giải ngân vốn đầu tư công năm 2025"),
  { t: "p", text: "Ngày 10/3/2025, tại trụ sở UBND tỉnh, đồng chí Chủ tịch UBND tỉnh chủ trì cuộc họp nghe báo cáo " +
    "tiến độ thực hiện các dự án trọng điểm và tình hình giải ngân vốn đầu tư công năm 2025. Tham dự cuộc họp có " +
    "đồng chí Phó Chủ tịch UBND tỉnh; lãnh đạo các sở: Kế hoạch và Đầu tư, Tài chính, Xây dựng, Giao thông vận " +
    "tải, Tài nguyên và Môi trường, Nông nghiệp và Phát triển nông thôn; Kho bạc Nhà nước tỉnh; lãnh đạo UBND " +
    "các huyện, thành phố và các chủ đầu tư." },
  { t: "p", text: "Sau khi nghe Sở Kế hoạch và Đầu tư báo cáo và ý kiến của các đại biểu dự họp, đồng chí Chủ tịch " +
    "UBND tỉnh kết luận như sau:" },
  C(1, "Về đánh giá chung: Hai tháng đầu năm 2025, các cấp, các ngành đã tập trung triển khai nhiệm vụ đầu tư " +
    "công ngay từ đầu năm; tuy nhiên tỷ lệ giải ngân mới đạt 4,8% kế hoạch vốn, thấp hơn bình quân chung cả " +
    "nước; công tác giải phóng mặt bằng một số dự án còn chậm, chưa đáp ứng tiến độ."),
  C(2, "Về giải ngân vốn đầu tư công: Các sở, ngành, UBND các huyện, thành phố khẩn trương hoàn thiện thủ tục " +
    "đầu tư, đẩy nhanh tiến độ thi công, bảo đảm giải ngân đạt trên 30% kế hoạch vốn trước ngày 30/6/2025. Giao " +
    "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính rà soát, đề xuất điều chuyển vốn của các dự án " +
    "chậm giải ngân sang các dự án có khả năng giải ngân tốt, báo cáo UBND tỉnh trước ngày 15/4/2025."),
  C(3, "Về dự án Đường nối thành phố Lai Châu với cao tốc Nội Bài - Lào Cai: Giao UBND huyện Tam Đường chủ trì, " +
    "phối hợp với Sở Tài nguyên và Môi trường hoàn thành bồi thường, giải phóng mặt bằng phần diện tích còn lại, " +
    "báo cáo UBND tỉnh trước ngày 25/4/2025. Sở Giao thông vận tải tiếp tục đôn đốc nhà thầu tăng cường nhân " +
    "lực, thiết bị, thi công bù tiến độ."),
  C(4, "Về công tác quyết toán dự án hoàn thành: Giao Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước tỉnh " +
    "rà soát các dự án hoàn thành chậm lập, thẩm tra quyết toán; đề xuất biện pháp xử lý dứt điểm, báo cáo UBND " +
    "tỉnh trong tháng 5/2025."),
  C(5, "Về các chương trình mục tiêu quốc gia: Giao Ban Dân tộc tỉnh chủ trì, phối hợp với Sở Nông nghiệp và " +
    "Phát triển nông thôn, UBND các huyện, thành phố rà soát nguồn vốn các năm trước chuyển sang, xác định " +
    "nguyên nhân chậm giải ngân, báo cáo UBND tỉnh trước ngày 10/4/2025. Sở Nông nghiệp và Phát triển nông thôn " +
    "tiếp tục hướng dẫn các địa phương thực hiện các dự án hỗ trợ phát triển sản xuất."),
  C(6, "Về dự án Khu du lịch sinh thái Sin Suối Hồ: Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Xây " +
    "dựng, Sở Tài nguyên và Môi trường, UBND huyện Phong Thổ thẩm định hồ sơ đề xuất dự án, tham mưu UBND tỉnh " +
    "chấp thuận chủ trương đầu tư trước ngày 20/4/2025. Đồng thời, giao UBND huyện Phong Thổ hoàn thiện quy " +
    "hoạch chi tiết khu vực dự án, trình cấp có thẩm quyền phê duyệt trong quý II/2025."),
  C(7, "Về công tác giải phóng mặt bằng: Các sở, ngành: Tài nguyên và Môi trường, Xây dựng, Nông nghiệp và Phát " +
    "triển nông thôn theo chức năng, nhiệm vụ khẩn trương hướng dẫn UBND các huyện, thành phố xác định giá đất " +
    "cụ thể, phương án bồi thường, hỗ trợ, tái định cư đối với các dự án trọng điểm, hoàn thành trong tháng " +
    "4/2025."),
  C(8, "Về dự án Bệnh viện Đa khoa tỉnh giai đoạn 2: Giao Sở Y tế chủ trì, phối hợp với Sở Xây dựng rà soát, " +
    "hoàn chỉnh hồ sơ thiết kế, dự toán; báo cáo UBND tỉnh trước ngày 05/5/2025. Sở Xây dựng tiếp tục hướng " +
    "dẫn chủ đầu tư về thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở."),
  C(9, "Về các công trình chào mừng Đại hội Đảng bộ tỉnh lần thứ XV: Giao Sở Văn hóa, Thể thao và Du lịch chủ " +
    "trì, phối hợp với UBND thành phố Lai Châu xây dựng phương án tổ chức lễ khởi công, gắn biển công trình, " +
    "trình UBND tỉnh trước ngày 15/5/2025."),
  C(10, "Về thanh tra, kiểm tra: Giao Thanh tra tỉnh chủ trì, phối hợp với Sở Kế hoạch và Đầu tư kiểm tra việc " +
    "quản lý, sử dụng vốn tại 03 dự án chậm tiến độ kéo dài, báo cáo kết quả về UBND tỉnh trước ngày 20/6/2025."),
  C(11, "Về tổ chức thực hiện: Các sở, ngành, UBND các huyện, thành phố báo cáo tiến độ giải ngân về Sở Kế hoạch " +
    "và Đầu tư trước ngày 25 hằng tháng để tổng hợp. Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện các " +
    "nội dung kết luận tại Thông báo này."),
  { t: "p", text: "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./." },
  ...sign(["Chủ tịch, các PCT UBND tỉnh", "Các sở, ngành: KH&ĐT, TC, XD, GTVT, TN&MT, NN&PTNT, YT, VHTT&DL",
    "Ban Dân tộc tỉnh, Thanh tra tỉnh, KBNN tỉnh", "UBND các huyện, thành phố", "V, C, các CV"],
  "TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG", "Lò Văn Thành"),
];

const tasks = [
  task("2", "Hoàn thiện thủ tục đầu tư, đẩy nhanh tiến độ thi công, bảo đảm giải ngân đạt trên 30% kế hoạch vốn",
    "2025-06-29", ["@departments", "@districts"]),
  task("2", "Rà soát, đề xuất điều chuyển vốn của các dự án chậm giải ngân", "2025-04-14", [KHDT], [TC]),
  task("3", "Hoàn thành bồi thường, giải phóng mặt bằng phần diện tích còn lại của dự án Đường nối thành phố Lai " +
    "Châu với cao tốc Nội Bài - Lào Cai", "2025-04-24", ["UBND huyện Tam Đường"], [TNMT]),
  task("4", "Rà soát các dự án hoàn thành chậm lập, thẩm tra quyết toán; đề xuất biện pháp xử lý dứt điểm",
    "2025-05-31", [TC], ["Kho bạc Nhà nước tỉnh"]),
  task("5", "Rà soát nguồn vốn các chương trình mục tiêu quốc gia các năm trước chuyển sang, xác định nguyên nhân " +
    "chậm giải ngân", "2025-04-09", ["Ban Dân tộc tỉnh"], [NN, "@districts"]),
  task("6", "Thẩm định hồ sơ đề xuất dự án, tham mưu UBND tỉnh chấp thuận chủ trương đầu tư", "2025-04-19", [KHDT], [XD, TNMT, "UBND huyện Phong Thổ"]),
  task("6", "Hoàn thiện quy hoạch chi tiết khu vực dự án, trình cấp có thẩm quyền phê duyệt", "2025-06-30",
    ["UBND huyện Phong Thổ"]),
  task("7", "Hướng dẫn UBND các huyện, thành phố xác định giá đất cụ thể, phương án bồi thường, hỗ trợ, tái định " +
    "cư đối với các dự án trọng điểm", "2025-04-30", [TNMT, XD, NN]),
  task("8", "Rà soát, hoàn chỉnh hồ sơ thiết kế, dự toán dự án Bệnh viện Đa khoa tỉnh giai đoạn 2", "2025-05-04",
    ["Sở Y tế"], [XD]),
  task("9", "Xây dựng phương án tổ chức lễ khởi công, gắn biển công trình chào mừng Đại hội Đảng bộ tỉnh",
    "2025-05-14", ["Sở Văn hóa, Thể thao và Du lịch"], ["UBND thành phố Lai Châu"]),
  task("10", "Kiểm tra việc quản lý, sử dụng vốn tại 03 dự án chậm tiến độ kéo dài", "2025-06-19",
    ["Thanh tra tỉnh"], [KHDT]),
];

await build(DIR, {
  blocks, printer: "chromium",
  css: "@page{size:A4;margin:2cm 1.5cm 2cm 2.5cm}table.nb:last-of-type td:first-child{text-align:left;" +
    "font-size:11pt}table.nb:last-of-type td:last-child{white-space:nowrap}",
  expected: {
    id: ID,
    style: "Thông báo 96/TB-VPUBND of Văn phòng UBND tỉnh Lai Châu, 14/3/2025 (before the reorganisation: old " +
      "departments, districts): the Chairman's conclusions at a meeting on key projects and disbursement, signed " +
      "'TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG'. The meeting date 10/3/2025 is no deadline. " +
      "Conclusions '1. Về …:' … '11.' (Word list in plan-auto), each one paragraph; ref = the conclusion's number; " +
      "two tasks in one conclusion share it (2, 6). 'Giao X chủ trì, phối hợp với Y' -> X leads, Y coordinate; " +
      "'Các sở, ngành, UBND các huyện, thành phố khẩn trương …' -> @departments + @districts; 7 'Các sở, ngành: " +
      "Tài nguyên và Môi trường, Xây dựng, Nông nghiệp và Phát triển nông thôn' -> those three lead. 6's second " +
      "sentence 'Đồng thời, giao UBND huyện Phong Thổ …' is its own task (Phong Thổ coordinates the first). " +
      "'báo cáo UBND tỉnh', 'tham mưu UBND tỉnh', 'trình UBND tỉnh', 'báo cáo … về Sở Kế hoạch và Đầu tư': " +
      "recipients. Dates: 'trước ngày 30/6/2025' -> 29/6 Sun -> 30/6; 'trước ngày 15/4/2025' -> 14/4; 'trước " +
      "ngày 25/4/2025' -> 24/4; 'trong tháng 5/2025' -> 31/5 Sat -> 2/6; 'trước ngày 10/4/2025' -> 9/4; 'trước " +
      "ngày 20/4/2025' -> 19/4 Sat -> 21/4; 'trong quý II/2025' -> 30/6; 'hoàn thành trong tháng 4/2025' -> 30/4 " +
      "(holiday 30/4-1/5, 2/5 off, weekend) -> 5/5; 'trước ngày 05/5/2025' -> 4/5 Sun -> 5/5; 'trước ngày " +
      "15/5/2025' -> 14/5; 'trước ngày 20/6/2025' -> 19/6. Left out: 1 (assessment), the undated 'tiếp tục' " +
      "sentences of 3, 5, 8, 11's 'trước ngày 25 hằng tháng' (recurs) and the Văn phòng's follow-up. Every unit " +
      "is in the directory. PDF: Chromium from HTML.",
    province: "Lai Châu",
    plan: { number: "96/TB-VPUBND", date: "2025-03-14" },
    tasks,
    unresolved: [],
    successors: [],
  },
});

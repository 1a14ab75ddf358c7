// 01: Thái Nguyên, UBND tỉnh, Thông báo 1248/TB-UBND ngày 23/7/2026 (after the reorganisation: merged departments,
// communes and wards, Bắc Kạn merged in), kết luận của Chủ tịch UBND tỉnh tại cuộc họp kiểm điểm giải ngân vốn đầu
// tư công và giải phóng mặt bằng. Habit: a THÔNG BÁO KẾT LUẬN: a meeting's preamble, then conclusions numbered 1.-7.
// ("Về …"), most of them split into "-" dashes, two of them one paragraph; tasks said "Giao Sở X chủ trì, phối hợp
// với Y …, báo cáo UBND tỉnh trước ngày …", "Sở Z khẩn trương …, hoàn thành trong tháng 8/2026", "chậm nhất ngày …";
// dates typed "30-9-2026", "30-10-2026", "15/10" (no year), "ngày 20 tháng 8 năm 2026"; work given to a head
// ("Giám đốc Sở Tài chính chỉ đạo …", "Chủ tịch UBND các xã, phường …") meaning the unit; a weekly report (no task);
// a project board, two named wards/communes no directory knows.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, buildDoc, dash, lister } from "./common.mjs";

const ID = "01-thai-nguyen-2026-thong-bao-ket-luan-numbered-ve-points-dashes-giao-chu-tri-dash-dates-heads-titles";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const TC = "Sở Tài chính", NM = "Sở Nông nghiệp và Môi trường", TP = "Sở Tư pháp", XD = "Sở Xây dựng";
const KC = "Sở Khoa học và Công nghệ", NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TTR = "Thanh tra tỉnh";
const KB = "Kho bạc Nhà nước tỉnh", KCN = "Ban Quản lý các khu công nghiệp tỉnh", XQ = "UBND các xã, phường có dự án đi qua";
const BQL = "Ban Quản lý dự án đầu tư xây dựng tỉnh", PY = "UBND phường Phổ Yên", DT = "UBND xã Đại Từ";

const n = lister("decimal", "kl");
const V = (num, text) => n(num, text, { bold: true, indent: false });

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 1248/TB-UBND", "Thái Nguyên, ngày 23 tháng 7 năm 2026",
    "THÔNG BÁO", "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp kiểm điểm tiến độ giải ngân vốn đầu tư công và " +
    "công tác bồi thường, giải phóng mặt bằng các dự án trọng điểm năm 2026"),
  P("Ngày 20/7/2026, tại Trụ sở UBND tỉnh, đồng chí Đặng Minh Khoa, Chủ tịch UBND tỉnh chủ trì cuộc họp kiểm điểm " +
    "tiến độ giải ngân vốn đầu tư công 6 tháng đầu năm và công tác bồi thường, giải phóng mặt bằng các dự án trọng " +
    "điểm của tỉnh. Tham dự cuộc họp có đồng chí Nguyễn Thị Hằng, Phó Chủ tịch UBND tỉnh; lãnh đạo các sở: Tài " +
    "chính, Xây dựng, Nông nghiệp và Môi trường, Tư pháp, Nội vụ, Khoa học và Công nghệ; lãnh đạo Thanh tra tỉnh, " +
    "Kho bạc Nhà nước khu vực VI, Ban Quản lý các khu công nghiệp tỉnh, Ban Quản lý dự án đầu tư xây dựng tỉnh; " +
    "Chủ tịch UBND các phường Phổ Yên, Vạn Xuân, Trung Thành và các xã Đại Từ, Quân Chu, Phú Bình; lãnh đạo Văn " +
    "phòng UBND tỉnh."),
  P("Sau khi nghe Sở Tài chính báo cáo tình hình giải ngân, Sở Nông nghiệp và Môi trường báo cáo tiến độ giải " +
    "phóng mặt bằng, ý kiến của các đại biểu dự họp, Chủ tịch UBND tỉnh kết luận như sau:"),
  V("1.", "Đánh giá chung"),
  P("Đến hết ngày 15/7/2026, toàn tỉnh giải ngân được 4.126 tỷ đồng, đạt 38,6% kế hoạch vốn Thủ tướng Chính phủ " +
    "giao, thấp hơn bình quân chung cả nước. Công tác giải phóng mặt bằng có chuyển biến nhưng chưa đạt yêu cầu: " +
    "Dự án đường liên kết vùng Thái Nguyên - Bắc Kạn còn 214 hộ chưa nhận tiền bồi thường; một số xã, phường chưa " +
    "bàn giao mặt bằng theo thời hạn ngày 30/6/2026 đã cam kết tại cuộc họp ngày 12/5/2026. Nguyên nhân chủ yếu do " +
    "sự phối hợp giữa các cơ quan, đơn vị còn thiếu chặt chẽ, một số chủ đầu tư chưa quyết liệt."),
  V("2.", "Về giải ngân vốn đầu tư công"),
  dash("Giao Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước rà soát, tham mưu điều chuyển kế hoạch vốn năm 2026 " +
    "từ các dự án giải ngân chậm sang các dự án có khả năng giải ngân tốt, còn thiếu vốn, báo cáo UBND tỉnh trước " +
    "ngày 10/8/2026."),
  dash("Giám đốc Sở Tài chính chỉ đạo các phòng chuyên môn đẩy nhanh thẩm tra, phê duyệt quyết toán dự án hoàn " +
    "thành sử dụng vốn nhà nước còn tồn đọng từ năm 2024 trở về trước; chậm nhất ngày 15/9/2026 phải xử lý dứt " +
    "điểm."),
  dash("Các chủ đầu tư định kỳ vào thứ Sáu hằng tuần báo cáo tiến độ giải ngân, khó khăn, vướng mắc về Sở Tài chính " +
    "để tổng hợp, báo cáo Chủ tịch UBND tỉnh."),
  dash("Sở Nội vụ tham mưu Chủ tịch UBND tỉnh xem xét trách nhiệm người đứng đầu các cơ quan, đơn vị để tỷ lệ giải " +
    "ngân dưới 30%, gửi báo cáo đề xuất trước ngày 20 tháng 8 năm 2026."),
  V("3.", "Về công tác bồi thường, hỗ trợ, tái định cư"),
  dash("Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính, Sở Tư pháp tham mưu sửa đổi, bổ sung " +
    "Quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất trên địa bàn tỉnh cho phù hợp với thực " +
    "tiễn sau khi hợp nhất tỉnh, trình UBND tỉnh trong tháng 8/2026."),
  dash("Chủ tịch UBND các xã, phường có dự án đi qua tập trung vận động, hoàn thành chi trả tiền bồi thường và bàn " +
    "giao mặt bằng sạch cho chủ đầu tư chậm nhất ngày 30-9-2026; chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để " +
    "chậm trễ."),
  dash("UBND phường Phổ Yên, UBND xã Đại Từ khẩn trương hoàn thiện phương án bố trí tái định cư cho 37 hộ dân phải " +
    "di chuyển chỗ ở thuộc Dự án đường liên kết vùng, hoàn thành trong tháng 8/2026."),
  dash("Sở Nông nghiệp và Môi trường hướng dẫn việc xác định giá đất cụ thể làm căn cứ tính tiền bồi thường đối với " +
    "các dự án còn vướng mắc, xong trước 15/10."),
  V("4.", "Về các dự án giao thông, hạ tầng trọng điểm"),
  dash("Sở Xây dựng khẩn trương thẩm định hồ sơ thiết kế điều chỉnh Dự án cải tạo, nâng cấp đường tỉnh ĐT.261 đoạn " +
    "qua xã Phú Bình, hoàn thành trong tháng 8/2026."),
  dash("Giao Ban Quản lý dự án đầu tư xây dựng tỉnh chỉ đạo nhà thầu tăng ca, bổ sung máy móc, nhân lực, phấn đấu " +
    "hoàn thành nền đường, cống thoát nước đoạn Km0 - Km8 Dự án đường liên kết vùng trước ngày 15/10."),
  dash("Ban Quản lý các khu công nghiệp tỉnh phối hợp với Sở Nông nghiệp và Môi trường, UBND phường Phổ Yên hoàn " +
    "tất thủ tục giao đất, cho thuê đất đối với phần diện tích đã giải phóng mặt bằng của Khu công nghiệp Yên Bình " +
    "mở rộng; thời hạn hoàn thành 30-10-2026."),
  n("5.", "Về thanh tra, kiểm tra: Giao Thanh tra tỉnh tiến hành thanh tra việc quản lý, sử dụng vốn đầu tư công " +
    "tại các dự án chậm tiến độ kéo dài, làm rõ trách nhiệm của tổ chức, cá nhân liên quan; báo cáo kết quả với " +
    "Chủ tịch UBND tỉnh trước 30-9-2026."),
  n("6.", "Về chuyển đổi số trong theo dõi giải ngân: Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính " +
    "xây dựng công cụ theo dõi tiến độ giải ngân trực tuyến trên Hệ thống thông tin báo cáo của tỉnh, đưa vào vận " +
    "hành chậm nhất ngày 15/9/2026."),
  V("7.", "Tổ chức thực hiện"),
  dash("Văn phòng UBND tỉnh theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Thông báo này; tổng hợp kết quả, báo cáo " +
    "Chủ tịch UBND tỉnh trước ngày 05/11/2026."),
  dash("Công an tỉnh chỉ đạo Công an các xã, phường bảo đảm an ninh, trật tự tại các khu vực tổ chức cưỡng chế " +
    "thu hồi đất khi có đề nghị của địa phương."),
  P("UBND tỉnh thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./."),
  ...sign(["Thường trực Tỉnh ủy (b/c)", "Thường trực HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở: TC, NN&MT, XD, TP, NV, KH&CN", "Thanh tra tỉnh, Công an tỉnh", "KBNN khu vực VI",
    "Ban QL các KCN tỉnh, Ban QLDA ĐTXD tỉnh", "UBND các xã, phường", "LĐVP, các phòng CV"],
  "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG", "Lê Quang Tiến"),
];

const tasks = [
  task(null, "rà soát, tham mưu điều chuyển kế hoạch vốn năm 2026", "2026-08-09", [TC], [KB]),
  task(null, "đẩy nhanh thẩm tra, phê duyệt quyết toán dự án hoàn thành sử dụng vốn nhà nước", "2026-09-15", [TC]),
  task(null, "tham mưu Chủ tịch UBND tỉnh xem xét trách nhiệm người đứng đầu", "2026-08-19", [NV]),
  task(null, "tham mưu sửa đổi, bổ sung Quy định về bồi thường, hỗ trợ, tái định cư", "2026-08-31", [NM], [TC, TP]),
  task(null, "hoàn thành chi trả tiền bồi thường và bàn giao mặt bằng sạch cho chủ đầu tư", "2026-09-30", [XQ]),
  task(null, "hoàn thiện phương án bố trí tái định cư cho 37 hộ dân", "2026-08-31", [PY, DT]),
  task(null, "hướng dẫn việc xác định giá đất cụ thể làm căn cứ tính tiền bồi thường", "2026-10-14", [NM]),
  task(null, "thẩm định hồ sơ thiết kế điều chỉnh Dự án cải tạo, nâng cấp đường tỉnh ĐT.261", "2026-08-31", [XD]),
  task(null, "chỉ đạo nhà thầu tăng ca, bổ sung máy móc, nhân lực", "2026-10-14", [BQL]),
  task(null, "hoàn tất thủ tục giao đất, cho thuê đất đối với phần diện tích đã giải phóng mặt bằng", "2026-10-30",
    [KCN], [NM, PY]),
  task("5", "thanh tra việc quản lý, sử dụng vốn đầu tư công tại các dự án chậm tiến độ kéo dài", "2026-09-29",
    [TTR]),
  task("6", "xây dựng công cụ theo dõi tiến độ giải ngân trực tuyến", "2026-09-15", [KC], [TC]),
  task(null, "theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Thông báo này", "2026-11-04", [VP]),
];

const WORK = "ref: the numbered points 1.-7. (5 and 6 are one paragraph each: ref '5', '6'); a dash has no number of " +
  "its own (null). 1 results, past days (no task). 2: 'Giao Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước' " +
  "(= Kho bạc Nhà nước tỉnh), 'báo cáo UBND tỉnh trước ngày 10/8/2026' 09/8 Sun -> 10/8 (UBND tỉnh a recipient); " +
  "'Giám đốc Sở Tài chính chỉ đạo' = Sở Tài chính, 'chậm nhất ngày 15/9/2026' 15/9; the chủ đầu tư's weekly " +
  "report (thứ Sáu hằng tuần): no task; Sở Nội vụ 'trước ngày 20 tháng 8 năm 2026' 19/8. 3: Sở NN&MT with Sở " +
  "Tài chính, Sở Tư pháp 'trong tháng 8/2026' 31/8; 'Chủ tịch UBND các xã, phường có dự án đi qua' = that narrowed group as written, unresolved " +
  "(unresolved), 'chậm nhất ngày 30-9-2026' 30/9; UBND phường Phổ Yên, UBND xã Đại Từ (as written, unresolved) " +
  "'hoàn thành trong tháng 8/2026' 31/8; Sở NN&MT 'xong trước 15/10' (the plan's year) 14/10. 4: Sở Xây dựng " +
  "'hoàn thành trong tháng 8/2026' 31/8; Ban Quản lý dự án đầu tư xây dựng tỉnh (unresolved) 'trước ngày 15/10' " +
  "14/10; Ban QL các KCN tỉnh 'phối hợp với' Sở NN&MT, UBND phường Phổ Yên (the sentence's subject leads), 'thời " +
  "hạn hoàn thành 30-10-2026' 30/10. 5 Thanh tra tỉnh 'báo cáo kết quả với Chủ tịch UBND tỉnh trước 30-9-2026' " +
  "29/9. 6 Sở KH&CN with Sở Tài chính 'chậm nhất ngày 15/9/2026' 15/9. 7: Văn phòng UBND tỉnh 'trước ngày " +
  "05/11/2026' 04/11; Công an tỉnh 'khi có đề nghị' (no day, no task).";

await buildDoc(DIR, {
  typed: blocks,
  expected: {
    id: ID,
    style: "Thông báo 1248/TB-UBND of UBND tỉnh Thái Nguyên, 23/7/2026 (after the reorganisation: merged " +
      "departments, communes and wards). HABIT: A THÔNG BÁO KẾT LUẬN of the Chủ tịch after a meeting: conclusions " +
      "numbered 1.-7. ('Về …') with '-' dashes, 'Giao X chủ trì, phối hợp với Y …, báo cáo UBND tỉnh trước ngày …', " +
      "dates typed with dashes (30-9-2026) or without a year (15/10), work given to heads (Giám đốc Sở …, Chủ tịch " +
      "UBND các xã, phường) meaning their units. " + WORK + " PDF: LibreOffice.",
    province: "Thái Nguyên",
    plan: { number: "1248/TB-UBND", date: "2026-07-23" },
    tasks,
    unresolved: [XQ, PY, DT, BQL],
    successors: [],
  },
});

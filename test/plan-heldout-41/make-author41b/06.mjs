// 06: Thái Nguyên 2025 (plan of 20/8/2025, after the reorganisation: merged departments, Bắc Kạn merged in, communes,
// no districts), UBND tỉnh, Kế hoạch 168/KH-UBND, thông tin, tuyên truyền cải cách hành chính, chuyển đổi số gắn với
// các ngày lễ lớn, from 8/2025 to 7/2026. Habit: DEADLINES NAMED BY HOLIDAYS AND NATIONAL DAYS: "trước Lễ Quốc khánh
// 02/9", "trước Tết Dương lịch 2026", "trước Tết Nguyên đán Bính Ngọ" (Tết = 17/02/2026), "trước ngày 30/4", "nhân
// dịp Ngày Thương binh - Liệt sĩ 27/7"; some by the day's name only ("trước Ngày Nhà giáo Việt Nam", "nhân dịp Ngày
// Pháp luật Việt Nam", "trước Ngày Chuyển đổi số quốc gia"): the reader must know the date and pick the year inside
// the plan's period. Prose under each unit (III.n, a/b letters).
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, H } from "./common.mjs";

const ID = "06-thai-nguyen-2025-deadlines-named-by-holidays-and-national-days-tet-quoc-khanh-30-4-27-7-20-11";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", KC = "Sở Khoa học và Công nghệ", TP = "Sở Tư pháp", GD = "Sở Giáo dục và Đào tạo";
const YT = "Sở Y tế", VP = "Văn phòng UBND tỉnh", VH = "Sở Văn hóa, Thể thao và Du lịch", CA = "Công an tỉnh";
const BAO = "Báo và Phát thanh, Truyền hình Thái Nguyên", LD = "Liên đoàn Lao động tỉnh", XA = "UBND cấp xã";
const TT = "Trung tâm Phục vụ hành chính công tỉnh";

const tasks = [];
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 168/KH-UBND", "Thái Nguyên, ngày 20 tháng 8 năm 2025", "KẾ HOẠCH",
    "Thông tin, tuyên truyền cải cách hành chính, chuyển đổi số gắn với các ngày lễ lớn, sự kiện chính trị quan " +
    "trọng trên địa bàn tỉnh, giai đoạn từ tháng 8/2025 đến tháng 7/2026"),
  P("Thực hiện Kế hoạch cải cách hành chính nhà nước tỉnh Thái Nguyên năm 2025 và để kịp thời thông tin về hoạt " +
    "động của chính quyền địa phương hai cấp từ ngày 01/7/2025, UBND tỉnh ban hành Kế hoạch thông tin, tuyên truyền " +
    "cải cách hành chính (CCHC), chuyển đổi số gắn với các ngày lễ lớn như sau:"),
  H("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("Lồng ghép tuyên truyền CCHC, chuyển đổi số vào các hoạt động kỷ niệm ngày lễ lớn của đất nước; mỗi hoạt động " +
    "gắn với một ngày lễ, sự kiện cụ thể, hoàn thành đúng dịp để tạo sức lan tỏa."),
  H("II.", "THỜI GIAN THỰC HIỆN"),
  P("Từ tháng 8 năm 2025 đến hết tháng 7 năm 2026. Các ngày lễ, ngày kỷ niệm nêu tại Mục III là ngày lễ, ngày kỷ " +
    "niệm diễn ra trong thời gian thực hiện Kế hoạch."),
  H("III.", "NHIỆM VỤ CỤ THỂ"),
];
// A unit's heading, then its items: [letter | null, text, due, lead[], coord[], title]
function unit(n, name, items) {
  blocks.push(H(`${n}.`, name, { bold: true, indent: true }));
  for (const [l, text, due, lead, co, title] of items) {
    blocks.push(P(text, l ? { num: `${l})` } : { num: "-" }));
    tasks.push(task(l ? `III.${n}.${l}` : `III.${n}`, title, due, lead, co));
  }
}
unit(1, NV, [
  ["a", "Chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Thái Nguyên phát động Cuộc thi tìm hiểu về cải cách " +
    "hành chính và mô hình chính quyền địa phương hai cấp; hoàn thành trước Lễ Quốc khánh 02/9.", "2025-09-01", [NV],
  [BAO], "phát động Cuộc thi tìm hiểu về cải cách hành chính và mô hình chính quyền địa phương hai cấp"],
  ["b", "Hoàn thành tự đánh giá, chấm điểm Chỉ số CCHC năm 2025 của tỉnh, gửi Bộ Nội vụ trước Tết Dương lịch 2026.",
    "2025-12-31", [NV], [], "Hoàn thành tự đánh giá, chấm điểm Chỉ số CCHC năm 2025 của tỉnh"],
  ["c", "Phối hợp với UBND cấp xã rà soát, giải quyết dứt điểm hồ sơ xác nhận người có công với cách mạng còn tồn " +
    "đọng, hoàn thành nhân dịp Ngày Thương binh - Liệt sĩ 27/7.", "2026-07-27", [NV], [XA],
  "rà soát, giải quyết dứt điểm hồ sơ xác nhận người có công với cách mạng còn tồn đọng"],
]);
unit(2, KC, [
  ["a", "Phối hợp với Công an tỉnh hoàn thành việc tích hợp tài khoản định danh điện tử VNeID với Cổng Dịch vụ công " +
    "của tỉnh trước Ngày Chuyển đổi số quốc gia.", "2025-10-09", [KC], [CA],
  "hoàn thành việc tích hợp tài khoản định danh điện tử VNeID với Cổng Dịch vụ công của tỉnh"],
  ["b", "Tổ chức Ngày hội chuyển đổi số tỉnh Thái Nguyên, trưng bày các nền tảng số phục vụ người dân, doanh nghiệp " +
    "nhân dịp Ngày Chuyển đổi số quốc gia 10/10; Sở Văn hóa, Thể thao và Du lịch phối hợp bố trí địa điểm.",
  "2025-10-10", [KC], [VH], "Tổ chức Ngày hội chuyển đổi số tỉnh Thái Nguyên"],
]);
unit(3, TP, [[null, "Tổ chức tọa đàm, giao lưu trực tuyến về thủ tục hành chính lĩnh vực hộ tịch, chứng thực nhân " +
  "dịp Ngày Pháp luật Việt Nam, phối hợp với Báo và Phát thanh, Truyền hình Thái Nguyên.", "2025-11-09", [TP], [BAO],
"Tổ chức tọa đàm, giao lưu trực tuyến về thủ tục hành chính lĩnh vực hộ tịch, chứng thực"]]);
unit(4, GD, [[null, "Hoàn thành số hóa sổ gốc cấp văn bằng, chứng chỉ của các trường trung học phổ thông, cho phép " +
  "tra cứu trực tuyến trước Ngày Nhà giáo Việt Nam.", "2025-11-19", [GD], [],
"Hoàn thành số hóa sổ gốc cấp văn bằng, chứng chỉ của các trường trung học phổ thông"]]);
unit(5, YT, [[null, "Chủ trì, phối hợp với Sở Tư pháp hoàn thành liên thông điện tử giấy chứng sinh, giấy báo tử " +
  "với cơ sở dữ liệu hộ tịch tại tất cả bệnh viện tuyến tỉnh trước Ngày Thầy thuốc Việt Nam 27/2.", "2026-02-26", [YT],
[TP], "hoàn thành liên thông điện tử giấy chứng sinh, giấy báo tử với cơ sở dữ liệu hộ tịch"]]);
unit(6, VP, [[null, "Phối hợp với Trung tâm Phục vụ hành chính công tỉnh giải quyết dứt điểm hồ sơ thủ tục hành " +
  "chính quá hạn, trả kết quả cho người dân, doanh nghiệp trước Tết Nguyên đán Bính Ngọ.", "2026-02-16", [VP], [TT],
"giải quyết dứt điểm hồ sơ thủ tục hành chính quá hạn, trả kết quả cho người dân, doanh nghiệp"]]);
unit(7, VH, [[null, "Phối hợp với UBND cấp xã hoàn thành lắp đặt pano, áp phích tuyên truyền CCHC, chuyển đổi số " +
  "tại các trục đường chính trước ngày 30/4, nhân kỷ niệm 51 năm Ngày Giải phóng miền Nam, thống nhất đất nước.",
"2026-04-29", [VH], [XA], "hoàn thành lắp đặt pano, áp phích tuyên truyền CCHC, chuyển đổi số tại các trục đường chính"]]);
unit(8, BAO, [[null, "Mở chuyên mục \"Chính quyền hai cấp phục vụ Nhân dân\", phát sóng số đầu tiên trước Ngày thành " +
  "lập Đảng Cộng sản Việt Nam 03/02.", "2026-02-02", [BAO], [],
"Mở chuyên mục \"Chính quyền hai cấp phục vụ Nhân dân\", phát sóng số đầu tiên"]]);
unit(9, LD, [[null, "Tuyên truyền đến đoàn viên, người lao động về dịch vụ công trực tuyến lĩnh vực bảo hiểm, lao " +
  "động, việc làm nhân dịp Ngày Quốc tế Lao động 01/5.", "2026-05-01", [LD], [],
"Tuyên truyền đến đoàn viên, người lao động về dịch vụ công trực tuyến lĩnh vực bảo hiểm, lao động, việc làm"]]);
unit(10, XA, [
  ["a", "Bố trí khu vực ưu tiên cho phụ nữ mang thai, người cao tuổi, người khuyết tật tại Bộ phận Một cửa, hoàn " +
    "thành trước Ngày Phụ nữ Việt Nam 20/10.", "2025-10-19", [XA], [],
  "Bố trí khu vực ưu tiên cho phụ nữ mang thai, người cao tuổi, người khuyết tật tại Bộ phận Một cửa"],
  ["b", "Tổ chức đối thoại với Nhân dân về giải quyết thủ tục hành chính tại khu dân cư nhân dịp Ngày hội Đại đoàn " +
    "kết toàn dân tộc 18/11.", "2025-11-18", [XA], [],
  "Tổ chức đối thoại với Nhân dân về giải quyết thủ tục hành chính tại khu dân cư"],
]);
blocks.push(
  H("IV.", "TỔ CHỨC THỰC HIỆN"),
  P("Các cơ quan, đơn vị chủ động bố trí kinh phí từ dự toán được giao; gửi kết quả từng hoạt động về Sở Nội vụ ngay " +
    "sau khi hoàn thành để tổng hợp. Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch, báo cáo UBND tỉnh."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành",
    BAO, LD, XA], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đinh Văn Khải"),
);

const DATES = "III.1.a 'trước Lễ Quốc khánh 02/9' = 01/9/2025 Mon, a holiday (01-02/9/2025) -> 03/9 Wed; III.1.b " +
  "'trước Tết Dương lịch 2026' = 31/12/2025 Wed; III.1.c 'nhân dịp Ngày Thương binh - Liệt sĩ 27/7' = 27/7/2026 Mon; " +
  "III.2.a 'trước Ngày Chuyển đổi số quốc gia' (10/10, name only) = 09/10/2025 Thu; III.2.b 'nhân dịp Ngày Chuyển " +
  "đổi số quốc gia 10/10' = 10/10/2025 Fri; III.3 'nhân dịp Ngày Pháp luật Việt Nam' (09/11, name only) = 09/11/2025 " +
  "Sun -> 10/11 Mon; III.4 'trước Ngày Nhà giáo Việt Nam' (20/11, name only) = 19/11/2025 Wed; III.5 'trước Ngày " +
  "Thầy thuốc Việt Nam 27/2' = 26/02/2026 Thu; III.6 'trước Tết Nguyên đán Bính Ngọ' (mùng 1 Tết = 17/02/2026, name " +
  "only) = 16/02/2026 Mon, a Tết day (16-20/02) -> 23/02 Mon; III.7 'trước ngày 30/4' (51 năm Ngày Giải phóng: " +
  "2026) = 29/4/2026 Wed; III.8 'trước Ngày thành lập Đảng Cộng sản Việt Nam 03/02' = 02/02/2026 Mon; III.9 'nhân " +
  "dịp Ngày Quốc tế Lao động 01/5' = 01/5/2026 Fri, a holiday -> 04/5 Mon; III.10.a 'trước Ngày Phụ nữ Việt Nam " +
  "20/10' = 19/10/2025 Sun -> 20/10 Mon; III.10.b 'nhân dịp Ngày hội Đại đoàn kết toàn dân tộc 18/11' = 18/11/2025 " +
  "Tue. Each day's year is the one inside the plan's period 8/2025-7/2026.";

await build(DIR, {
  blocks, printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 168/KH-UBND of UBND tỉnh Thái Nguyên, 20/8/2025 (after the reorganisation: merged departments, " +
      "communes, no districts), propaganda on administrative reform and digital transformation tied to national " +
      "days, 8/2025-7/2026. HABIT: DEADLINES NAMED BY HOLIDAYS AND FIXED-DATE NATIONAL DAYS, some with the day " +
      "('Lễ Quốc khánh 02/9', 'Ngày Thương binh - Liệt sĩ 27/7'), some by name only ('Ngày Nhà giáo Việt Nam', " +
      "'Tết Nguyên đán Bính Ngọ'); 'trước X' = X-1, 'nhân dịp X' = X. Prose under each unit of III (n. unit; a), b) " +
      "or '-' items): ref III.n.l or III.n. " + DATES + " Lead = the unit heading the item; 'phối hợp với X' " +
      "coordinators; 'gửi Bộ Nội vụ' a recipient. 'UBND cấp xã' and Trung tâm Phục vụ hành chính công tỉnh " +
      "unresolved. The 01/7/2025 in the preamble is no deadline. plan.pdf LibreOffice's print of plan-auto.docx.",
    province: "Thái Nguyên",
    plan: { number: "168/KH-UBND", date: "2025-08-20" },
    tasks, unresolved: [XA, TT], successors: [],
  },
});

// 01: Lai Châu, Sở Nội vụ, Kế hoạch 46/KH-SNV ngày 11/3/2024 (before the reorganisation), công tác văn thư, lưu trữ
// năm 2024. Habit: a DEPARTMENT'S OWN PLAN to its chi cục, its public-service unit and its offices, each task a
// paragraph "Nhiệm vụ N:" (a Word list running on 1-11 across three headings) followed by LABEL LINES whose names
// vary as the drafting officer wrote them: "Đơn vị tham mưu:" / "Đơn vị chủ trì:" / "Đơn vị thực hiện:" (the lead),
// "Đơn vị phối hợp:", and "Thời hạn trình:" / "Thời hạn hoàn thành:" / "Thời gian:" (the due day); two tasks
// "Thời gian: Thường xuyên" and one "Hằng năm" among the dated ones.
import { addKind, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, buildDoc, dash, label, lister } from "./common.mjs";

const ID = "01-lai-chau-2024-so-noi-vu-own-units-van-thu-luu-tru-nhiem-vu-n-label-lines-don-vi-tham-muu-thoi-han-trinh";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const CC = "Chi cục Văn thư - Lưu trữ", TT = "Trung tâm Lưu trữ lịch sử", VP = "Văn phòng Sở";
const TS = "Thanh tra Sở", CCVC = "Phòng Công chức, viên chức", TCBC = "Phòng Tổ chức, biên chế và tổ chức phi chính phủ";
const STP = "Sở Tư pháp", HUY = "@districts";

addKind("nv", ["decimal", "Nhiệm vụ %1:"]);
const R = lister("roman", "parts", { bold: true, indent: false });
const H = lister("decimal", "heads", { bold: true, indent: false });
const N = lister("nv", "nv", { bold: false });
const nv = (n, text, ...lines) => [N(`Nhiệm vụ ${n}:`, text, { tight: true }), ...lines.map((l, i) =>
  label(l, i === lines.length - 1 ? { tight: false, italic: false } : {}))];
const n4 = lister("decimal", "iv");

const blocks = [
  ...head(["UBND TỈNH LAI CHÂU", "SỞ NỘI VỤ"], "Số: 46/KH-SNV", "Lai Châu, ngày 11 tháng 3 năm 2024", "KẾ HOẠCH",
    "Công tác văn thư, lưu trữ năm 2024"),
  P("Thực hiện Kế hoạch số 512/KH-UBND ngày 20/02/2024 của UBND tỉnh Lai Châu về công tác văn thư, lưu trữ năm " +
    "2024, Sở Nội vụ ban hành Kế hoạch triển khai đối với các phòng, chi cục và đơn vị sự nghiệp thuộc Sở như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  dash("Tăng cường quản lý nhà nước về văn thư, lưu trữ trên địa bàn tỉnh; bảo quản an toàn, phát huy giá trị tài " +
    "liệu lưu trữ tại Lưu trữ lịch sử tỉnh."),
  dash("Nhiệm vụ giao cụ thể cho từng phòng, đơn vị; có sản phẩm và thời hạn rõ ràng để Giám đốc Sở theo dõi, đôn " +
    "đốc."),
  R("II.", "NHIỆM VỤ CỤ THỂ"),
  H("1.", "Quản lý nhà nước về văn thư, lưu trữ"),
  ...nv(1, "Tham mưu Giám đốc Sở trình UBND tỉnh ban hành Kế hoạch kiểm tra công tác văn thư, lưu trữ năm 2024 " +
    "tại các sở, ban, ngành và UBND các huyện, thành phố.",
    "Đơn vị tham mưu: Chi cục Văn thư - Lưu trữ.", "Đơn vị phối hợp: Văn phòng Sở.",
    "Thời hạn trình: trước ngày 20/3/2024."),
  ...nv(2, "Hướng dẫn các cơ quan, tổ chức thuộc danh mục nguồn nộp lưu lập kế hoạch và danh mục hồ sơ, tài liệu " +
    "đến hạn nộp lưu vào Lưu trữ lịch sử tỉnh năm 2024.",
    "Đơn vị chủ trì: Chi cục Văn thư - Lưu trữ.", "Thời hạn hoàn thành: tháng 4/2024."),
  ...nv(3, "Kiểm tra công tác văn thư, lưu trữ tại 10 sở, ban, ngành và 04 huyện theo Kế hoạch được UBND tỉnh phê " +
    "duyệt.", "Đơn vị chủ trì: Chi cục Văn thư - Lưu trữ.", "Đơn vị phối hợp: Thanh tra Sở; UBND các huyện, thành phố.",
    "Thời gian: quý II và quý III năm 2024."),
  ...nv(4, "Tổ chức 02 lớp tập huấn nghiệp vụ văn thư, lưu trữ và lập hồ sơ điện tử cho công chức văn phòng - thống " +
    "kê cấp xã.", "Đơn vị tham mưu: Chi cục Văn thư - Lưu trữ.",
    "Đơn vị phối hợp: Phòng Công chức, viên chức; UBND các huyện, thành phố.", "Thời hạn hoàn thành: tháng 6/2024."),
  ...nv(5, "Tham mưu trình UBND tỉnh sửa đổi, bổ sung Danh mục cơ quan, tổ chức thuộc nguồn nộp lưu tài liệu vào " +
    "Lưu trữ lịch sử tỉnh.", "Đơn vị tham mưu: Chi cục Văn thư - Lưu trữ.",
    "Đơn vị phối hợp: Phòng Tổ chức, biên chế và tổ chức phi chính phủ; Sở Tư pháp (thẩm định).",
    "Thời hạn trình: ngày 15/8/2024."),
  ...nv(6, "Tổng hợp số liệu thống kê cơ sở về công tác văn thư, lưu trữ năm 2024 của tỉnh, tham mưu Sở báo cáo UBND " +
    "tỉnh và Cục Văn thư và Lưu trữ nhà nước.", "Đơn vị thực hiện: Chi cục Văn thư - Lưu trữ.",
    "Thời hạn trình: trước ngày 10/12/2024."),
  H("2.", "Hoạt động của Lưu trữ lịch sử tỉnh"),
  ...nv(7, "Thu thập, chỉnh lý hoàn chỉnh tài liệu của 06 cơ quan, tổ chức đến hạn nộp lưu; lập mục lục hồ sơ.",
    "Đơn vị thực hiện: Trung tâm Lưu trữ lịch sử.", "Đơn vị phối hợp: Chi cục Văn thư - Lưu trữ.",
    "Thời gian: từ tháng 5 đến hết tháng 10/2024."),
  ...nv(8, "Số hóa 30.000 trang tài liệu phông Ủy ban nhân dân tỉnh Lai Châu giai đoạn 2004 - 2010, cập nhật vào Cơ " +
    "sở dữ liệu tài liệu lưu trữ.", "Đơn vị thực hiện: Trung tâm Lưu trữ lịch sử.",
    "Thời hạn hoàn thành: ngày 15/11/2024."),
  ...nv(9, "Tham mưu thành lập Hội đồng xác định giá trị tài liệu, lập hồ sơ đề nghị hủy tài liệu hết giá trị tại " +
    "kho Lưu trữ lịch sử tỉnh.", "Đơn vị tham mưu: Trung tâm Lưu trữ lịch sử.",
    "Đơn vị phối hợp: Chi cục Văn thư - Lưu trữ; Văn phòng Sở.", "Thời hạn trình: tháng 9/2024."),
  ...nv(10, "Vệ sinh kho, khử trùng, khử axit tài liệu; kiểm tra hệ thống phòng cháy, chữa cháy tại kho lưu trữ.",
    "Đơn vị thực hiện: Trung tâm Lưu trữ lịch sử.", "Thời gian: Thường xuyên."),
  H("3.", "Văn thư, lưu trữ tại cơ quan Sở"),
  ...nv(11, "Lập hồ sơ điện tử, nộp lưu hồ sơ, tài liệu năm 2023 của các phòng, đơn vị vào Lưu trữ cơ quan.",
    "Đơn vị chủ trì: Văn phòng Sở.", "Đơn vị phối hợp: Các phòng, đơn vị thuộc Sở.",
    "Thời hạn hoàn thành: 31/5/2024."),
  ...nv(12, "Quản lý, sử dụng con dấu, thiết bị lưu khóa bí mật và chữ ký số của cơ quan theo quy định.",
    "Đơn vị thực hiện: Văn phòng Sở.", "Thời gian: Hằng năm."),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  n4("1.", "Chi cục trưởng Chi cục Văn thư - Lưu trữ, Giám đốc Trung tâm Lưu trữ lịch sử, Chánh Văn phòng Sở và " +
    "Trưởng các phòng thuộc Sở chịu trách nhiệm trước Giám đốc Sở về kết quả thực hiện nhiệm vụ được giao."),
  n4("2.", "Các phòng, đơn vị báo cáo tiến độ thực hiện hằng quý (trước ngày 15 của tháng cuối quý) về Chi cục Văn " +
    "thư - Lưu trữ để tổng hợp, báo cáo Giám đốc Sở."),
  P("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các phòng, đơn vị báo cáo Giám đốc Sở (qua Văn phòng " +
    "Sở) để xem xét, giải quyết./."),
  ...sign(["UBND tỉnh (b/c)", "Giám đốc, các PGĐ Sở", "Các phòng, đơn vị thuộc Sở", "Trang TTĐT Sở"],
    "GIÁM ĐỐC", "Nguyễn Văn Hùng"),
];

const tasks = [
  task("Nhiệm vụ 1", "Tham mưu Giám đốc Sở trình UBND tỉnh ban hành Kế hoạch kiểm tra công tác văn thư, lưu trữ năm 2024",
    "2024-03-19", [CC], [VP]),
  task("Nhiệm vụ 2", "Hướng dẫn các cơ quan, tổ chức thuộc danh mục nguồn nộp lưu lập kế hoạch và danh mục hồ sơ",
    "2024-04-30", [CC]),
  task("Nhiệm vụ 3", "Kiểm tra công tác văn thư, lưu trữ tại 10 sở, ban, ngành và 04 huyện", "2024-09-30", [CC],
    [TS, HUY]),
  task("Nhiệm vụ 4", "Tổ chức 02 lớp tập huấn nghiệp vụ văn thư, lưu trữ và lập hồ sơ điện tử", "2024-06-30", [CC],
    [CCVC, HUY]),
  task("Nhiệm vụ 5", "Tham mưu trình UBND tỉnh sửa đổi, bổ sung Danh mục cơ quan, tổ chức thuộc nguồn nộp lưu",
    "2024-08-15", [CC], [TCBC, STP]),
  task("Nhiệm vụ 6", "Tổng hợp số liệu thống kê cơ sở về công tác văn thư, lưu trữ năm 2024", "2024-12-09", [CC]),
  task("Nhiệm vụ 7", "Thu thập, chỉnh lý hoàn chỉnh tài liệu của 06 cơ quan, tổ chức đến hạn nộp lưu", "2024-10-31",
    [TT], [CC]),
  task("Nhiệm vụ 8", "Số hóa 30.000 trang tài liệu phông Ủy ban nhân dân tỉnh Lai Châu giai đoạn 2004 - 2010",
    "2024-11-15", [TT]),
  task("Nhiệm vụ 9", "Tham mưu thành lập Hội đồng xác định giá trị tài liệu, lập hồ sơ đề nghị hủy tài liệu",
    "2024-09-30", [TT], [CC, VP]),
  task("Nhiệm vụ 11", "Lập hồ sơ điện tử, nộp lưu hồ sơ, tài liệu năm 2023 của các phòng, đơn vị vào Lưu trữ cơ quan",
    "2024-05-31", [VP], ["Các phòng, đơn vị thuộc Sở"]),
];

const WORK = "Refs are the document's own 'Nhiệm vụ N' (a Word list running 1-12 across the three headings of part " +
  "II; the headings are areas, not units). The lead is the unit of the first label line whatever its name ('Đơn vị " +
  "tham mưu', 'Đơn vị chủ trì', 'Đơn vị thực hiện' all name who does the work); 'Đơn vị phối hợp' coordinates; the " +
  "time label ('Thời hạn trình', 'Thời hạn hoàn thành', 'Thời gian') gives the due day. NV1 'trước ngày 20/3/2024' " +
  "19/3. NV2 'tháng 4/2024' 30/4, a holiday with 01/5, -> 02/5. NV3 'quý II và quý III năm 2024' ends 30/9; " +
  "coordinators Thanh tra Sở and 'UBND các huyện, thành phố' (@districts). NV4 'tháng 6/2024' 30/6 Sun -> 01/7. NV5 " +
  "'ngày 15/8/2024'; Sở Tư pháp '(thẩm định)' a coordinator. NV6 'trước ngày 10/12/2024' 09/12 (UBND tỉnh and the " +
  "Cục are recipients). NV7 'từ tháng 5 đến hết tháng 10/2024' its end 31/10. NV8 15/11. NV9 'tháng 9/2024' 30/9. " +
  "NV10 'Thường xuyên' and NV12 'Hằng năm': no task. NV11 31/5, the coordinator 'Các phòng, đơn vị thuộc Sở' kept " +
  "as written. Part III.2 quarterly reports (recurring, no date): no task. The Sở's own offices, chi cục and centre " +
  "are no directory unit: kept as written, unresolved; the cited provincial plan's date is no deadline.";

await buildDoc(DIR, {
  typed: blocks,
  printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 46/KH-SNV of Sở Nội vụ Lai Châu (before the reorganisation), 11/3/2024, công tác văn thư, lưu " +
      "trữ năm 2024. HABIT: A DEPARTMENT'S OWN PLAN TO ITS CHI CỤC, PUBLIC-SERVICE CENTRE AND OFFICES, each task " +
      "'Nhiệm vụ N:' then label lines of varying names (tham mưu / chủ trì / thực hiện; thời hạn trình / hoàn " +
      "thành / thời gian). " + WORK + " PDF: LibreOffice.",
    province: "Lai Châu",
    plan: { number: "46/KH-SNV", date: "2024-03-11" },
    tasks,
    unresolved: [CC, TT, VP, CCVC, TCBC, TS, "Các phòng, đơn vị thuộc Sở"],
    successors: [],
  },
});

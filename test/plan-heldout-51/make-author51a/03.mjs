// 03: Bắc Kạn (before the reorganisation), Kế hoạch 58/KH-STTTT ngày 04/3/2024 of Sở Thông tin và Truyền thông to its
// own offices and centre, chuyển đổi số năm 2024. Habit: TASKS WITH STAGED MILESTONES, a share or a part of the work by
// an earlier day and the whole by a later one ("đạt 50% … trước ngày 30/6/2024 và 100% trước ngày 30/9/2024"; "hết
// quý II/2024 đạt 40%; hết quý III/2024 đạt 70%; hết năm 2024 đạt 100%"; "giai đoạn 1 … xong trong tháng 5/2024; giai
// đoạn 2 … xong trong tháng 8/2024"; "đến tháng 6/2024 đạt 50%, đến tháng 10/2024 đạt 80%"), among tasks of one day
// and one that starts on a day ("từ ngày 01/4/2024") and names no end. The lead and partners are in the sentence.
import { P, buildDoc, dash, dirOf, head, lister, sign, task } from "./common.mjs";

const ID = "03-bac-kan-2024-so-own-offices-staged-milestones-dat-50-phan-tram-truoc-100-phan-tram-truoc-giai-doan-1-2";
const DIR = dirOf(ID, import.meta.url);
const CNTT = "Phòng Công nghệ thông tin", BCVT = "Phòng Bưu chính, Viễn thông", TTS = "Thanh tra Sở";
const VPS = "Văn phòng Sở", TT = "Trung tâm Công nghệ thông tin và Truyền thông", BD = "Bưu điện tỉnh";
const VNPT = "VNPT Bắc Kạn", VT = "Viettel Bắc Kạn", HUY = "@districts";

const R = lister("roman", "parts", { bold: true, indent: false });
const n = lister("decimal", "ii");

const blocks = [
  ...head(["UBND TỈNH BẮC KẠN", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"], "Số: 58/KH-STTTT",
    "Bắc Kạn, ngày 04 tháng 3 năm 2024", "KẾ HOẠCH",
    "Triển khai nhiệm vụ chuyển đổi số năm 2024 của Sở Thông tin và Truyền thông"),
  P("Thực hiện Kế hoạch số 118/KH-UBND ngày 26/01/2024 của UBND tỉnh Bắc Kạn về chuyển đổi số tỉnh Bắc Kạn năm 2024, " +
    "Sở Thông tin và Truyền thông xây dựng Kế hoạch phân công nhiệm vụ cho các phòng, đơn vị thuộc Sở như sau:"),
  R("I.", "MỤC TIÊU"),
  dash("100% văn bản trao đổi giữa các cơ quan nhà nước (trừ văn bản mật) dưới dạng điện tử, được ký số."),
  dash("Tỷ lệ hồ sơ giải quyết thủ tục hành chính được số hóa, lưu trữ điện tử đạt tối thiểu 70%."),
  R("II.", "NHIỆM VỤ CỤ THỂ"),
  n("1.", "Phòng Công nghệ thông tin chủ trì, phối hợp với Trung tâm Công nghệ thông tin và Truyền thông nâng cấp " +
    "Hệ thống quản lý văn bản và điều hành của tỉnh, kết nối liên thông văn bản điện tử 4 cấp chính quyền; tiến độ: " +
    "đạt 50% số cơ quan, đơn vị trước ngày 30/6/2024 và 100% trước ngày 30/9/2024."),
  n("2.", "Trung tâm Công nghệ thông tin và Truyền thông chủ trì số hóa, đưa vào kho dữ liệu điện tử hồ sơ, kết quả " +
    "giải quyết thủ tục hành chính còn hiệu lực của các cơ quan cấp tỉnh. Tiến độ: hết quý II/2024 đạt 40%; hết quý " +
    "III/2024 đạt 70%; hết năm 2024 đạt 100%."),
  n("3.", "Phòng Bưu chính, Viễn thông phối hợp với VNPT Bắc Kạn, Viettel Bắc Kạn và UBND các huyện, thành phố khảo " +
    "sát, phủ sóng di động 4G tại các thôn, bản còn lõm sóng: phủ sóng 20 thôn trong 6 tháng đầu năm, 35 thôn còn " +
    "lại trước ngày 15/11/2024."),
  n("4.", "Văn phòng Sở bảo đảm 100% văn bản đi của Sở được ký số và gửi nhận trên môi trường mạng, thực hiện từ ngày " +
    "01/4/2024."),
  n("5.", "Thanh tra Sở kiểm tra việc bảo đảm an toàn thông tin và sử dụng chữ ký số tại 06 sở, ngành và 03 huyện " +
    "trong quý III/2024."),
  n("6.", "Phòng Công nghệ thông tin tham mưu Giám đốc Sở trình UBND tỉnh ban hành Kế hoạch chuyển đổi số tỉnh Bắc " +
    "Kạn năm 2025, chậm nhất ngày 20/11/2024."),
  n("7.", "Phòng Bưu chính, Viễn thông chủ trì, phối hợp với Bưu điện tỉnh và UBND các huyện, thành phố kiện toàn, " +
    "hướng dẫn Tổ công nghệ số cộng đồng phổ cập kỹ năng số cho người dân; lộ trình: đến tháng 6/2024 đạt 50% số hộ " +
    "gia đình được hướng dẫn, đến tháng 10/2024 đạt 80%."),
  n("8.", "Trung tâm Công nghệ thông tin và Truyền thông tổ chức diễn tập thực chiến bảo đảm an toàn thông tin mạng " +
    "cho các hệ thống thông tin dùng chung của tỉnh trước ngày 30/8/2024."),
  n("9.", "Phòng Công nghệ thông tin chủ trì, phối hợp với UBND các huyện, thành phố triển khai nền tảng họp trực " +
    "tuyến và ứng dụng IOC cấp huyện theo hai giai đoạn: giai đoạn 1 (04 huyện) xong trong tháng 5/2024; giai đoạn 2 (04 huyện, thành phố còn lại) " +
    "xong trong tháng 8/2024."),
  n("10.", "Văn phòng Sở chủ trì, phối hợp với Phòng Công nghệ thông tin tổ chức sơ kết 6 tháng thực hiện Kế hoạch, " +
    "hoàn thành trước ngày 15/7/2024."),
  n("11.", "Văn phòng Sở tổng hợp báo cáo kết quả chuyển đổi số năm 2024 của Sở, gửi UBND tỉnh trước ngày 10/12/2024."),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  P("1. Trưởng các phòng, Giám đốc Trung tâm Công nghệ thông tin và Truyền thông căn cứ nhiệm vụ được giao xây dựng " +
    "lịch triển khai chi tiết; báo cáo tiến độ về Văn phòng Sở trước ngày 20 hằng tháng."),
  P("2. Trong quá trình thực hiện, nếu có vướng mắc, các phòng, đơn vị kịp thời báo cáo Giám đốc Sở để chỉ đạo giải " +
    "quyết./."),
  ...sign(["UBND tỉnh (b/c)", "Lãnh đạo Sở", "Các phòng, đơn vị thuộc Sở", "Lưu: VT, CNTT"], "GIÁM ĐỐC",
    "Hoàng Văn Thạch"),
];

const tasks = [
  task("II.1", "Nâng cấp Hệ thống quản lý văn bản và điều hành của tỉnh, kết nối liên thông văn bản điện tử 4 cấp " +
    "chính quyền", "2024-09-29", [CNTT], [TT]),
  task("II.2", "Số hóa, đưa vào kho dữ liệu điện tử hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực của các " +
    "cơ quan cấp tỉnh", "2024-12-31", [TT]),
  task("II.3", "Khảo sát, phủ sóng di động 4G tại các thôn, bản còn lõm sóng", "2024-11-14", [BCVT], [VNPT, VT, HUY]),
  task("II.5", "Kiểm tra việc bảo đảm an toàn thông tin và sử dụng chữ ký số tại 06 sở, ngành và 03 huyện",
    "2024-09-30", [TTS]),
  task("II.6", "Tham mưu Giám đốc Sở trình UBND tỉnh ban hành Kế hoạch chuyển đổi số tỉnh Bắc Kạn năm 2025",
    "2024-11-20", [CNTT]),
  task("II.7", "Kiện toàn, hướng dẫn Tổ công nghệ số cộng đồng phổ cập kỹ năng số cho người dân", "2024-10-31", [BCVT],
    [BD, HUY]),
  task("II.8", "Tổ chức diễn tập thực chiến bảo đảm an toàn thông tin mạng cho các hệ thống thông tin dùng chung của " +
    "tỉnh", "2024-08-29", [TT]),
  task("II.9", "Triển khai nền tảng họp trực tuyến và ứng dụng IOC cấp huyện", "2024-08-31",
    [CNTT], [HUY]),
  task("II.10", "Tổ chức sơ kết 6 tháng thực hiện Kế hoạch", "2024-07-14", [VPS], [CNTT]),
  task("II.11", "Tổng hợp báo cáo kết quả chuyển đổi số năm 2024 của Sở", "2024-12-09", [VPS]),
];

const WORK = "Refs II.n. A task with staged milestones is ONE task due at its last stage (the earlier stages are " +
  "progress marks inside it, as a range is due at its end). II.1 'đạt 50% … trước ngày 30/6/2024 và 100% trước " +
  "ngày 30/9/2024' 29/9 (Sun) -> 30/9; Phòng CNTT chủ trì, Trung tâm CNTT&TT phối hợp. II.2 'hết quý II … 40%; hết " +
  "quý III … 70%; hết năm 2024 đạt 100%' 31/12. II.3 'phủ sóng 20 thôn trong 6 tháng đầu năm, 35 thôn còn lại trước " +
  "ngày 15/11/2024' 14/11; the office is the sentence's subject before 'phối hợp với' (lead), VNPT Bắc Kạn, Viettel " +
  "Bắc Kạn (unresolved) and UBND các huyện, thành phố (@districts) coordinate. II.4 'thực hiện từ ngày 01/4/2024' " +
  "names a start and no end: no task. II.5 'trong quý III/2024' 30/9. II.6 'chậm nhất ngày 20/11/2024' 20/11 " +
  "(UBND tỉnh receives). II.7 'đến tháng 6/2024 đạt 50% …, đến tháng 10/2024 đạt 80%' the last stage 31/10; Bưu " +
  "điện tỉnh and @districts coordinate. II.8 'trước ngày 30/8/2024' 29/8. II.9 'giai đoạn 1 … xong trong tháng " +
  "5/2024; giai đoạn 2 … xong trong tháng 8/2024' 31/8 (Sat), then 02-03/9 (Quốc khánh days off) -> 04/9; Phòng " +
  "CNTT chủ trì, UBND các huyện, thành phố (@districts) phối hợp. II.10 'hoàn thành trước ngày " +
  "15/7/2024' 14/7 (Sun) -> 15/7. II.11 'gửi UBND tỉnh trước ngày 10/12/2024' 09/12. III.1 monthly progress reports " +
  "(recurring): no task. The Sở's own offices, centre and the two telecom companies are no directory unit: kept as " +
  "written, unresolved.";

await buildDoc(DIR, {
  typed: blocks,
  printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 58/KH-STTTT of Sở Thông tin và Truyền thông Bắc Kạn (before the reorganisation), 04/3/2024, " +
      "chuyển đổi số năm 2024, to the Sở's own offices and centre. HABIT: TASKS WITH STAGED MILESTONES (a share by " +
      "an earlier day, the whole by a later one; 'giai đoạn 1 … giai đoạn 2 …'; 'lộ trình: đến tháng … đạt …'). " +
      WORK + " PDF: LibreOffice.",
    province: "Bắc Kạn",
    plan: { number: "58/KH-STTTT", date: "2024-03-04" },
    tasks,
    unresolved: [CNTT, BCVT, TTS, VPS, TT, VNPT, VT],
    successors: [],
  },
});

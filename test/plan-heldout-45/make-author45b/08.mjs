// 08: Lai Châu, SỞ KHOA HỌC VÀ CÔNG NGHỆ, Kế hoạch 112/KH-SKHCN ngày 18/8/2025 (after the reorganisation: the
// department took over Thông tin và Truyền thông; communes, no districts), nền tảng số dùng chung năm 2025. Habit: a
// DEPARTMENT'S OWN PLAN: part II tasks for its own offices (a) b) items, each followed by "- Đơn vị thực hiện: …" and
// "- Thời gian: …" bullets, or one paragraph), part III its own Văn phòng Sở, then requests ("Đề nghị …") to the
// departments, to named departments (one under its pre-merger name, copied from an older plan), to the communes and to
// the telecom companies. The department's offices and the companies are not in the province's directory (unresolved).
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, H, buildTwo } from "./common.mjs";

const ID = "08-lai-chau-2025-department-plan-own-offices-and-de-nghi-requests-to-departments-and-communes";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TC = "Sở Tài chính", XD = "Sở Xây dựng", CA = "Công an tỉnh";
const KC = "Sở Khoa học và Công nghệ", NM = "Sở Nông nghiệp và Môi trường", BD = "Bưu điện tỉnh";
const OLD_TN = "Sở Tài nguyên và Môi trường";
const CDS = "Phòng Chuyển đổi số", TTCN = "Trung tâm Công nghệ thông tin và Truyền thông", VPS = "Văn phòng Sở";
const BCVT = "Phòng Bưu chính, Viễn thông và Công nghệ thông tin";
const VNPT = "Viễn thông Lai Châu", VTL = "Viettel Lai Châu", XA = "UBND các xã, phường";

const R = (num, text) => H(num, text, { list: { kind: "roman", inst: "sec" } });
const N = (inst) => (n, text) => H(`${n}.`, text, { list: { kind: "decimal", inst } });
const L = (inst) => (l, text) => P(text, { num: `${l})`, list: { kind: "letter", inst } });
const D = (inst) => (text) => P(text, { num: "-", list: { kind: "dash", inst } });
const n2 = N("n2"), n3 = N("n3");

const blocks = [
  ...head(["UBND TỈNH LAI CHÂU", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"], "Số: 112/KH-SKHCN", "Lai Châu, ngày 18 tháng 8 năm 2025",
    "KẾ HOẠCH", "Triển khai, khai thác các nền tảng số dùng chung trên địa bàn tỉnh Lai Châu năm 2025"),
  P("Căn cứ Quyết định số 15/2025/QĐ-UBND ngày 01/7/2025 của UBND tỉnh Lai Châu quy định chức năng, nhiệm vụ, quyền " +
    "hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ; căn cứ Kế hoạch chuyển đổi số tỉnh Lai Châu năm 2025 và " +
    "yêu cầu bảo đảm hoạt động thông suốt của chính quyền địa phương hai cấp, Sở Khoa học và Công nghệ ban hành Kế " +
    "hoạch triển khai, khai thác các nền tảng số dùng chung năm 2025 như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("Bảo đảm các nền tảng số dùng chung của tỉnh (quản lý văn bản và điều hành, tích hợp và chia sẻ dữ liệu, bản " +
    "đồ số, họp trực tuyến) vận hành ổn định, kết nối đến 38 xã, phường; phân công rõ đơn vị, rõ thời hạn, rõ sản " +
    "phẩm; các phòng, đơn vị thuộc Sở chủ động phối hợp với cơ quan, địa phương trong quá trình triển khai."),
  R("II.", "NHIỆM VỤ CỤ THỂ"),
  n2(1, "Nền tảng quản lý văn bản và điều hành"),
  L("a1")("a", "Cấp mới, điều chỉnh tài khoản và chứng thư số cho cán bộ, công chức của 38 xã, phường sau sắp xếp " +
    "trên Hệ thống quản lý văn bản và điều hành của tỉnh."),
  D("d1")(`Đơn vị thực hiện: ${CDS}.`),
  D("d1")("Thời gian: chậm nhất ngày 19/9/2025."),
  L("a1")("b", "Tích hợp chức năng ký số từ xa trên thiết bị di động cho lãnh đạo các cơ quan, đơn vị."),
  D("d2")(`Đơn vị thực hiện: ${TTCN} chủ trì; ${VNPT} phối hợp.`),
  D("d2")("Thời gian: trước ngày 15/9/2025."),
  n2(2, "Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) và cơ sở dữ liệu dùng chung"),
  L("a2")("a", "Kết nối nền tảng LGSP của tỉnh với Hệ thống thông tin giải quyết thủ tục hành chính và các phần " +
    "mềm chuyên ngành đang sử dụng tại cấp xã."),
  D("d3")(`Đơn vị thực hiện: ${TTCN}, phối hợp: ${CDS}.`),
  D("d3")("Thời gian: Quý III/2025."),
  L("a2")("b", "Xây dựng danh mục cơ sở dữ liệu dùng chung của tỉnh, tham mưu trình UBND tỉnh ban hành."),
  D("d4")(`Đơn vị thực hiện: ${CDS} chủ trì, ${VPS} phối hợp.`),
  D("d4")("Thời gian: tháng 10/2025."),
  L("a2")("c", "Hướng dẫn các cơ quan, đơn vị khai thác, sử dụng dữ liệu trên nền tảng; thực hiện thường xuyên."),
  n2(3, "Bảo đảm an toàn thông tin"),
  P(`${BCVT} chủ trì, phối hợp với ${CA} đánh giá, xác định cấp độ an toàn hệ thống thông tin cho các nền tảng số ` +
    "dùng chung, trình phê duyệt hồ sơ đề xuất cấp độ chậm nhất ngày 20/10/2025."),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  n3(1, VPS),
  P("Tham mưu bố trí kinh phí thực hiện Kế hoạch; theo dõi, đôn đốc, tổng hợp kết quả thực hiện, tham mưu Giám đốc " +
    "Sở báo cáo UBND tỉnh trước ngày 10/12/2025."),
  n3(2, "Các phòng, đơn vị thuộc Sở"),
  P("Căn cứ nhiệm vụ được giao tại Mục II, chủ động triển khai; định kỳ hằng tháng báo cáo tiến độ qua Văn phòng Sở."),
  n3(3, "Đề nghị các sở, ban, ngành tỉnh"),
  L("a3")("a", "Các sở, ban, ngành: rà soát, cập nhật danh sách tài khoản, chứng thư số của cơ quan mình, gửi về Sở " +
    "Khoa học và Công nghệ (qua Phòng Chuyển đổi số) trước ngày 05/9/2025."),
  L("a3")("b", "Sở Nội vụ: cung cấp danh sách cán bộ, công chức cấp xã sau sắp xếp (họ tên, chức vụ, vị trí việc " +
    "làm) để tạo tài khoản; thời gian trong tuần thứ nhất của tháng 9/2025."),
  L("a3")("c", `${OLD_TN}, ${XD}: chia sẻ dữ liệu đất đai, quy hoạch xây dựng lên nền tảng bản đồ số dùng chung ` +
    "của tỉnh trong quý IV năm 2025."),
  L("a3")("d", "Sở Tài chính: tham mưu UBND tỉnh bố trí kinh phí duy trì, vận hành các nền tảng số dùng chung trong " +
    "dự toán năm 2026, xong trước 31/10/2025."),
  L("a3")("e", "Văn phòng UBND tỉnh phối hợp với Sở Khoa học và Công nghệ tích hợp chức năng họp trực tuyến với Hệ " +
    "thống quản lý văn bản và điều hành; hoàn thành chậm nhất 30/9/2025."),
  n3(4, "Đề nghị UBND các xã, phường"),
  L("a4")("a", "Bố trí 01 công chức phụ trách chuyển đổi số, gửi thông tin (họ tên, số điện thoại, thư điện tử) về " +
    "Sở Khoa học và Công nghệ trước ngày 29/8/2025."),
  L("a4")("b", "Sử dụng Hệ thống quản lý văn bản và điều hành trong xử lý công việc, không gửi văn bản giấy song song " +
    "với văn bản điện tử (trừ văn bản mật)."),
  L("a4")("c", "Tự đánh giá mức độ sử dụng các nền tảng số dùng chung năm 2025, báo cáo về Sở Khoa học và Công nghệ " +
    "trước ngày 25/11/2025."),
  n3(5, `Đề nghị ${VNPT}, ${VTL} và ${BD}`),
  P("Bảo đảm hạ tầng mạng truyền số liệu chuyên dùng kết nối đến trụ sở 38 xã, phường, hoàn thành trước 30/9/2025; " +
    "cử cán bộ kỹ thuật hỗ trợ các xã, phường khi có sự cố."),
  P("Trên đây là Kế hoạch triển khai, khai thác các nền tảng số dùng chung năm 2025 của Sở Khoa học và Công nghệ. " +
    "Quá trình thực hiện, nếu có vướng mắc, đề nghị các cơ quan, đơn vị liên hệ Phòng Chuyển đổi số (điện thoại " +
    "0213.3876.558) để phối hợp giải quyết./."),
  ...sign(["UBND tỉnh (b/c)", "Giám đốc, các PGĐ Sở", "Các sở, ban, ngành tỉnh", XA, `${VNPT}, ${VTL}, ${BD}`,
    "Các phòng, đơn vị thuộc Sở"], "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lò Văn Hùng"),
];

const tasks = [
  task("II.1.a", "Cấp mới, điều chỉnh tài khoản và chứng thư số", "2025-09-19", [CDS]),
  task("II.1.b", "Tích hợp chức năng ký số từ xa trên thiết bị di động", "2025-09-14", [TTCN], [VNPT]),
  task("II.2.a", "Kết nối nền tảng LGSP của tỉnh với Hệ thống thông tin giải quyết thủ tục hành chính", "2025-09-30",
    [TTCN], [CDS]),
  task("II.2.b", "Xây dựng danh mục cơ sở dữ liệu dùng chung của tỉnh", "2025-10-31", [CDS], [VPS]),
  task("II.3", "đánh giá, xác định cấp độ an toàn hệ thống thông tin", "2025-10-20", [BCVT], [CA]),
  task("III.1", "Tham mưu bố trí kinh phí thực hiện Kế hoạch", "2025-12-09", [VPS]),
  task("III.3.a", "rà soát, cập nhật danh sách tài khoản, chứng thư số của cơ quan mình", "2025-09-04",
    ["@departments"]),
  task("III.3.b", "cung cấp danh sách cán bộ, công chức cấp xã sau sắp xếp", "2025-09-07", [NV]),
  task("III.3.c", "chia sẻ dữ liệu đất đai, quy hoạch xây dựng lên nền tảng bản đồ số", "2025-12-31", [NM, XD]),
  task("III.3.d", "tham mưu UBND tỉnh bố trí kinh phí duy trì, vận hành các nền tảng số", "2025-10-30", [TC]),
  task("III.3.e", "tích hợp chức năng họp trực tuyến với Hệ thống quản lý văn bản và điều hành", "2025-09-30", [VP],
    [KC]),
  task("III.4.a", "Bố trí 01 công chức phụ trách chuyển đổi số", "2025-08-28", [XA]),
  task("III.4.c", "Tự đánh giá mức độ sử dụng các nền tảng số dùng chung năm 2025", "2025-11-24", [XA]),
  task("III.5", "Bảo đảm hạ tầng mạng truyền số liệu chuyên dùng", "2025-09-29", [VNPT, VTL, BD]),
];

const WORK = "II.1.a Phòng Chuyển đổi số (bullet 'Đơn vị thực hiện'), bullet 'Thời gian: chậm nhất ngày 19/9/2025' " +
  "19/9; II.1.b Trung tâm CNTT&TT with Viễn thông Lai Châu, 'trước ngày 15/9/2025' 14/9 (Sun) -> 15/9; II.2.a " +
  "Trung tâm CNTT&TT with Phòng Chuyển đổi số 'Quý III/2025' 30/9; II.2.b Phòng Chuyển đổi số with Văn phòng Sở " +
  "'tháng 10/2025' 31/10; II.2.c 'thường xuyên', no task; II.3 (paragraph under its heading) Phòng Bưu chính, Viễn " +
  "thông và CNTT with Công an tỉnh 'chậm nhất ngày 20/10/2025' 20/10; III.1 the heading 'Văn phòng Sở' leads its " +
  "paragraph 'trước ngày 10/12/2025' 9/12 (UBND tỉnh a recipient); III.2 monthly, no task; III.3.a 'Các sở, ban, " +
  "ngành' @departments 'trước ngày 05/9/2025' 4/9 (Sở KH&CN, Phòng Chuyển đổi số recipients); III.3.b Sở Nội vụ " +
  "'trong tuần thứ nhất của tháng 9/2025' day 7 (Sun) -> 8/9; III.3.c 'Sở Tài nguyên và Môi trường' (old name, " +
  "successor Sở Nông nghiệp và Môi trường) and Sở Xây dựng 'trong quý IV năm 2025' 31/12; III.3.d Sở Tài chính " +
  "'xong trước 31/10/2025' 30/10; III.3.e Văn phòng UBND tỉnh leads ('phối hợp với Sở Khoa học và Công nghệ': " +
  "the issuing department coordinates) 'hoàn thành chậm nhất 30/9/2025' 30/9; III.4 heading 'Đề nghị UBND các xã, " +
  "phường' (UBND cấp xã, unresolved) leads a) 'trước ngày 29/8/2025' 28/8 and c) 'trước ngày 25/11/2025' 24/11, b) " +
  "no day, no task; III.5 heading's Viễn thông Lai Châu, Viettel Lai Châu (unresolved) and Bưu điện tỉnh, 'hoàn " +
  "thành trước 30/9/2025' 29/9. Part I no task.";

await buildTwo(DIR, {
  typed: blocks,
  expected: {
    id: ID,
    style: "Kế hoạch 112/KH-SKHCN of Sở Khoa học và Công nghệ tỉnh Lai Châu, 18/8/2025, after the reorganisation " +
      "(communes, no districts). HABIT: a DEPARTMENT'S OWN PLAN: II its offices' tasks, a) b) items each followed " +
      "by '- Đơn vị thực hiện' and '- Thời gian' bullets, or a paragraph under a heading; III its Văn phòng Sở, then " +
      "'Đề nghị …' requests to departments (one under its pre-merger name), communes and telecom companies. Its " +
      "offices and the companies are unresolved. " + WORK,
    province: "Lai Châu",
    plan: { number: "112/KH-SKHCN", date: "2025-08-18" },
    tasks,
    unresolved: [CDS, TTCN, VNPT, VPS, BCVT, VTL, XA],
    successors: [{ written: OLD_TN, unit: NM }],
  },
});

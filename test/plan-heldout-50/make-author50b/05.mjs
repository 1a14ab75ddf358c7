// 05: Thái Nguyên (merged province), UBND tỉnh, Kế hoạch 96/KH-UBND ngày 12/3/2026, nâng cao Chỉ số CCHC (PAR
// INDEX) và Chỉ số hài lòng (SIPAS) năm 2026. Habit: UNITS NAMED IN THE PLAN'S OWN SHORT FORMS, DEFINED ONCE in the
// opening part ("sau đây gọi tắt là Cơ quan thường trực", "gọi tắt là Văn phòng", "gọi chung là các cơ quan cấp
// tỉnh", "gọi chung là UBND cấp xã"), the tasks then naming only those short forms; A DEADLINE GIVEN ONCE FOR A
// WHOLE GROUP in its heading ("Thời hạn chung đối với các nhiệm vụ tại điểm này: …"), one item of that group with an
// earlier date of its own; second-level numbers 1.1.-3.3. (Word lists "1.%1."). PDF: Chromium.
import { addKind } from "../../plan-corpus/author-kit/lib.mjs";
import { P, buildDoc, head, lister, sign, task } from "./common.mjs";

const ID = "05-thai-nguyen-2026-short-forms-sau-day-goi-tat-defined-once-group-heading-thoi-han-chung-one-own-date";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
for (const g of ["1", "2", "3"]) addKind("g" + g, ["decimal", `${g}.%1.`]);

const SNV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TT = "Trung tâm Phục vụ hành chính công tỉnh";
const DEPTS = "@departments", XA = "UBND cấp xã", STP = "Sở Tư pháp", KHCN = "Sở Khoa học và Công nghệ";
const BAO = "Báo và Phát thanh, Truyền hình Thái Nguyên";

const R = lister("roman", "parts", { bold: true, indent: false });
const G = lister("decimal", "groups", { bold: true });
const [i1, i2, i3] = ["g1", "g2", "g3"].map((k) => lister(k, k));
const n3 = lister("decimal", "iii");

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 96/KH-UBND", "Thái Nguyên, ngày 12 tháng 3 năm 2026", "KẾ HOẠCH",
    "Nâng cao Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ " +
    "của cơ quan hành chính nhà nước (SIPAS) năm 2026"),
  P("Thực hiện Quyết định số 1195/QĐ-BNV ngày 31/12/2025 của Bộ trưởng Bộ Nội vụ phê duyệt Đề án xác định Chỉ số " +
    "cải cách hành chính của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương; " +
    "trên cơ sở kết quả Chỉ số CCHC và Chỉ số SIPAS năm 2025 của tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch nâng " +
    "cao các chỉ số năm 2026 như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU VÀ QUY ƯỚC TRONG KẾ HOẠCH"),
  P("1. Khắc phục các tiêu chí, tiêu chí thành phần bị mất điểm năm 2025; phấn đấu Chỉ số CCHC năm 2026 của tỉnh " +
    "thuộc nhóm 20 tỉnh, thành phố dẫn đầu cả nước; Chỉ số SIPAS đạt trên 88%."),
  P("2. Trong Kế hoạch này, Sở Nội vụ - cơ quan thường trực giúp UBND tỉnh về công tác cải cách hành chính (sau " +
    "đây gọi tắt là Cơ quan thường trực); Văn phòng Ủy ban nhân dân tỉnh (sau đây gọi tắt là Văn phòng); Trung tâm " +
    "Phục vụ hành chính công tỉnh (sau đây gọi tắt là Trung tâm); các sở, ban, ngành tỉnh (sau đây gọi chung là " +
    "các cơ quan cấp tỉnh); Ủy ban nhân dân các xã, phường (sau đây gọi chung là UBND cấp xã)."),
  R("II.", "NHIỆM VỤ, GIẢI PHÁP"),
  G("1.", "Nhóm nhiệm vụ chuẩn bị, hướng dẫn (thời hạn chung đối với các nhiệm vụ tại điểm này: trước ngày " +
    "15/4/2026)"),
  i1("1.1.", "Cơ quan thường trực hướng dẫn các cơ quan cấp tỉnh, UBND cấp xã tự đánh giá, chấm điểm Chỉ số CCHC " +
    "năm 2026 theo bộ tiêu chí mới áp dụng cho chính quyền địa phương 02 cấp."),
  i1("1.2.", "Văn phòng chủ trì, phối hợp với Trung tâm rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục " +
    "hành chính thuộc thẩm quyền của Chủ tịch UBND tỉnh, UBND tỉnh."),
  i1("1.3.", "Các cơ quan cấp tỉnh, UBND cấp xã phân công công chức đầu mối theo dõi, cập nhật tài liệu kiểm chứng " +
    "Chỉ số CCHC; gửi danh sách về Cơ quan thường trực để theo dõi."),
  i1("1.4.", "Cơ quan thường trực tham mưu UBND tỉnh thành lập Tổ công tác theo dõi, đánh giá các chỉ số năm 2026; " +
    "hoàn thành trước ngày 31/3/2026."),
  G("2.", "Nhóm nhiệm vụ nâng cao mức độ hài lòng của người dân, tổ chức"),
  i2("2.1.", "Trung tâm phối hợp với Cơ quan thường trực tổ chức khảo sát trực tuyến sự hài lòng của người dân, tổ " +
    "chức tại Bộ phận Một cửa các cấp, đợt 1 hoàn thành trong tháng 6/2026."),
  i2("2.2.", "Sở Khoa học và Công nghệ nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, tích hợp " +
    "chức năng đánh giá mức độ hài lòng sau khi trả kết quả; hoàn thành trước ngày 30/9/2026."),
  i2("2.3.", "Báo và Phát thanh, Truyền hình Thái Nguyên phối hợp với Văn phòng mở chuyên mục giới thiệu mô hình, " +
    "cách làm hay trong cải cách hành chính; thực hiện trong quý III/2026."),
  G("3.", "Nhóm nhiệm vụ kiểm tra, tự đánh giá"),
  i3("3.1.", "Cơ quan thường trực chủ trì, phối hợp với Văn phòng, Sở Tư pháp kiểm tra công tác cải cách hành " +
    "chính, kỷ luật, kỷ cương công vụ tại 10 cơ quan cấp tỉnh và 20 UBND cấp xã; hoàn thành trước ngày 30/10/2026."),
  i3("3.2.", "Các cơ quan cấp tỉnh, UBND cấp xã tự đánh giá, chấm điểm, gửi báo cáo kèm tài liệu kiểm chứng về Cơ " +
    "quan thường trực chậm nhất ngày 15/11/2026."),
  i3("3.3.", "Cơ quan thường trực tổng hợp kết quả tự đánh giá, trình Hội đồng thẩm định Chỉ số CCHC của tỉnh " +
    "trước ngày 15/12/2026."),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  n3("1.", "Thủ trưởng các cơ quan cấp tỉnh, Chủ tịch UBND cấp xã chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết " +
    "quả các tiêu chí, tiêu chí thành phần thuộc lĩnh vực, địa bàn quản lý; không để mất điểm ở những tiêu chí đã " +
    "được chỉ ra năm 2025."),
  n3("2.", "Các cơ quan cấp tỉnh, UBND cấp xã báo cáo kết quả thực hiện Kế hoạch 6 tháng đầu năm về Cơ quan thường " +
    "trực trước ngày 10/6/2026."),
  n3("3.", "Cơ quan thường trực theo dõi, đôn đốc; định kỳ hằng quý tổng hợp, báo cáo UBND tỉnh tình hình thực " +
    "hiện. Văn phòng thường xuyên cập nhật kết quả trên Hệ thống thông tin báo cáo của tỉnh."),
  P("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Cơ quan thường trực " +
    "để tổng hợp, báo cáo UBND tỉnh xem xét, quyết định./."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các xã, phường", "Trung tâm Phục vụ hành chính công tỉnh"],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Thanh Bình"),
];

const tasks = [
  task("II.1.1", "hướng dẫn các cơ quan cấp tỉnh, UBND cấp xã tự đánh giá, chấm điểm Chỉ số CCHC năm 2026",
    "2026-04-14", [SNV], [], true),
  task("II.1.2", "rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính", "2026-04-14", [VP], [TT], true),
  task("II.1.3", "phân công công chức đầu mối theo dõi, cập nhật tài liệu kiểm chứng Chỉ số CCHC", "2026-04-14",
    [DEPTS, XA], [], true),
  task("II.1.4", "tham mưu UBND tỉnh thành lập Tổ công tác theo dõi, đánh giá các chỉ số năm 2026", "2026-03-30",
    [SNV]),
  task("II.2.1", "tổ chức khảo sát trực tuyến sự hài lòng của người dân, tổ chức tại Bộ phận Một cửa các cấp",
    "2026-06-30", [TT], [SNV]),
  task("II.2.2", "nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "2026-09-29", [KHCN]),
  task("II.2.3", "mở chuyên mục giới thiệu mô hình, cách làm hay trong cải cách hành chính", "2026-09-30", [BAO],
    [VP]),
  task("II.3.1", "kiểm tra công tác cải cách hành chính, kỷ luật, kỷ cương công vụ", "2026-10-29", [SNV], [VP, STP]),
  task("II.3.2", "tự đánh giá, chấm điểm, gửi báo cáo kèm tài liệu kiểm chứng", "2026-11-15", [DEPTS, XA]),
  task("II.3.3", "tổng hợp kết quả tự đánh giá, trình Hội đồng thẩm định Chỉ số CCHC", "2026-12-14", [SNV]),
  task("III.2", "báo cáo kết quả thực hiện Kế hoạch 6 tháng đầu năm", "2026-06-09", [DEPTS, XA]),
];

const WORK = "Part I.2 defines the short forms once: Cơ quan thường trực = Sở Nội vụ, Văn phòng = Văn phòng UBND tỉnh, " +
  "Trung tâm = Trung tâm Phục vụ hành chính công tỉnh (no directory entry: unresolved), các cơ quan cấp tỉnh = the " +
  "sở, ban, ngành (@departments), UBND cấp xã = UBND các xã, phường (no commune imported: UBND cấp xã). Every task " +
  "below names only the short forms and is answered with the full units. Refs II.<group>.<item> as numbered. Group " +
  "1's heading gives 'thời hạn chung … trước ngày 15/4/2026' = 14/4 (Tue) to 1.1-1.3, which carry no date of their " +
  "own (inherited true); 1.4 has its own earlier 'trước ngày 31/3/2026' = 30/3 (Mon), not inherited. 1.1: 'hướng dẫn " +
  "các cơ quan cấp tỉnh, UBND cấp xã' names whom it guides, not partners: lead only. 1.3: 'gửi danh sách về Cơ quan " +
  "thường trực' a recipient. 2.1 'trong tháng 6/2026' 30/6, Trung tâm leads with Sở Nội vụ. 2.2 'trước ngày " +
  "30/9/2026' 29/9. 2.3 'trong quý III/2026' 30/9, with Văn phòng. 3.1 'trước ngày 30/10/2026' 29/10 with Văn phòng " +
  "and Sở Tư pháp. 3.2 'chậm nhất ngày 15/11/2026' a Sunday -> 16/11 (Sở Nội vụ a recipient). 3.3 'trước ngày " +
  "15/12/2026' 14/12 (the Hội đồng a recipient). III.1 no time; III.2 'trước ngày 10/6/2026' 09/6; III.3 'hằng " +
  "quý', 'thường xuyên': no task. Quyết định 1195/QĐ-BNV of 31/12/2025 is a basis, no deadline.";

await buildDoc(DIR, {
  typed: blocks,
  printer: "chromium",
  expected: {
    id: ID,
    style: "Kế hoạch 96/KH-UBND of UBND tỉnh Thái Nguyên (merged province), 12/3/2026, PAR INDEX and SIPAS 2026. " +
      "HABIT: UNITS NAMED BY THE PLAN'S OWN SHORT FORMS DEFINED ONCE ('sau đây gọi tắt là …'), and ONE DEADLINE FOR " +
      "A WHOLE GROUP in its heading. " + WORK + " PDF: Chromium.",
    province: "Thái Nguyên",
    plan: { number: "96/KH-UBND", date: "2026-03-12" },
    tasks,
    unresolved: [TT, XA],
    successors: [],
  },
});

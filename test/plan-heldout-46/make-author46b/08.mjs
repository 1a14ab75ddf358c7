// 08: Lai Châu, UBND tỉnh, Kế hoạch 1185/KH-UBND ngày 08/4/2024 (before the reorganisation: districts), cải thiện
// Chỉ số CCHC và Chỉ số SIPAS năm 2024. Habit: TWO PARTS OF TASKS, "A. NHIỆM VỤ CHUNG" (items 1.-5. for every
// department and district named once in A's opening line) and "B. NHIỆM VỤ CỤ THỂ" (numbers restart: 1.-6. unit
// headings, a) b) c) items or one paragraph), then "C. TỔ CHỨC THỰC HIỆN"; Word FOOTNOTES citing legal documents
// (one in the opening, three against tasks); after the signature a short "PHỤ LỤC" table of its own numbering
// (TT 1-6: Chỉ số thành phần | Nhiệm vụ | Đơn vị chủ trì | Thời gian hoàn thành) with more dated tasks.
import { addKind, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, H, item, buildDoc } from "./common.mjs";

addKind("upper", ["upperLetter", "%1."]);

const ID = "08-lai-chau-2024-parts-a-chung-b-cu-the-numbers-restart-footnotes-short-appendix-table";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TP = "Sở Tư pháp", TT = "Sở Thông tin và Truyền thông";
const BD = "Bưu điện tỉnh", CA = "Công an tỉnh", DEP = "@departments", DIS = "@districts";

const PART = (num, text) => H(num, text, { list: { kind: "upper", inst: "parts" } });
const a = item("decimal", "a");
const unit = (num, text) => H(num, text, { list: { kind: "decimal", inst: "b" } });
const letter = (inst) => item("letter", inst);
const b1 = letter("b1"), b2 = letter("b2"), b5 = letter("b5");
const c = item("decimal", "c");
const dash = (text) => P(text, { num: "-", list: { kind: "dash", inst: "d" } });

const NOTES = {
  1: "Quyết định số 264/QĐ-BNV ngày 02/4/2024 của Bộ trưởng Bộ Nội vụ phê duyệt và công bố Chỉ số cải cách hành " +
    "chính năm 2023 của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.",
  2: "Quyết định số 12/2023/QĐ-UBND ngày 20/3/2023 của UBND tỉnh ban hành Bộ chỉ số theo dõi, đánh giá, xếp hạng " +
    "kết quả thực hiện cải cách hành chính của các cơ quan, đơn vị trên địa bàn tỉnh Lai Châu.",
  3: "Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và " +
    "đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo " +
    "thời gian thực trên môi trường điện tử.",
  4: "Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu " +
    "về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến " +
    "năm 2030.",
};

// Appendix rows [chỉ số thành phần, nhiệm vụ, đơn vị chủ trì, thời gian].
const APPX = [
  ["Tỷ lệ hồ sơ trực tuyến", "Hướng dẫn, hỗ trợ người dân nộp hồ sơ trực tuyến tại Bộ phận Một cửa cấp huyện, cấp " +
    "xã", "UBND các huyện, thành phố", "Quý II/2024"],
  ["Tiếp cận dịch vụ", "Cải tạo khu vực chờ, bố trí đủ ghế ngồi, máy tra cứu tại Trung tâm Phục vụ hành chính công " +
    "tỉnh", "Văn phòng UBND tỉnh", "Trước 30/6/2024"],
  ["Thủ tục hành chính", "Niêm yết đầy đủ quy trình nội bộ, thời hạn giải quyết từng thủ tục tại nơi tiếp nhận hồ " +
    "sơ", "Các sở, ban, ngành", "Tháng 7/2024"],
  ["Công chức giải quyết thủ tục hành chính", "Mở lớp bồi dưỡng kỹ năng giao tiếp, ứng xử cho công chức Bộ phận " +
    "Một cửa các cấp", "Sở Nội vụ", "20/9/2024"],
  ["Kết quả dịch vụ", "Lấy ý kiến người dân qua thiết bị đánh giá đặt tại Bộ phận Một cửa",
    "VP UBND tỉnh; UBND các huyện, thành phố", "Thường xuyên"],
  ["Tiếp nhận, xử lý góp ý, phản ánh", "Hoàn thiện chức năng tiếp nhận, trả lời phản ánh, kiến nghị trên Cổng " +
    "Dịch vụ công của tỉnh", "Sở Thông tin và Truyền thông", "Đến 31/10/2024"],
];

const appendix = {
  t: "table", widths: [600, 2200, 3700, 1700, 1400], header: 1,
  rows: [["TT", "Chỉ số thành phần", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành"],
    ...APPX.map((r, i) => [{ text: String(i + 1), align: "center", list: { kind: "cell", inst: "tt" } }, ...r])],
};

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 1185/KH-UBND", "Lai Châu, ngày 08 tháng 4 năm 2024", "KẾ HOẠCH",
    "Cải thiện, nâng cao Chỉ số cải cách hành chính và Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ " +
    "của cơ quan hành chính nhà nước tỉnh Lai Châu năm 2024"),
  P("Năm 2023, Chỉ số cải cách hành chính của tỉnh Lai Châu tăng 05 bậc so với năm 2022⟦fn:1⟧, song một số chỉ số " +
    "thành phần còn thấp như: cải cách thủ tục hành chính, hiện đại hóa nền hành chính, mức độ hài lòng về tiếp " +
    "cận dịch vụ. Để khắc phục, UBND tỉnh ban hành Kế hoạch năm 2024 như sau:"),
  H("", "MỤC ĐÍCH, YÊU CẦU"),
  dash("Khắc phục dứt điểm các tồn tại, hạn chế được chỉ ra qua kết quả Chỉ số CCHC, Chỉ số SIPAS năm 2023; phấn " +
    "đấu năm 2024 cả hai chỉ số của tỉnh đều tăng bậc."),
  dash("Phân định rõ trách nhiệm của từng cơ quan, đơn vị đối với từng chỉ số thành phần; người đứng đầu chịu " +
    "trách nhiệm về kết quả chỉ số thành phần do cơ quan mình phụ trách."),
  PART("A.", "NHIỆM VỤ CHUNG"),
  P("Các sở, ban, ngành, UBND các huyện, thành phố thực hiện các nhiệm vụ sau:"),
  a("1.", "Quán triệt đến toàn thể cán bộ, công chức, viên chức về ý nghĩa của Chỉ số CCHC, Chỉ số SIPAS; xác " +
    "định cải thiện các chỉ số là nhiệm vụ trọng tâm, thường xuyên."),
  a("2.", "Rà soát kết quả Chỉ số CCHC, Chỉ số SIPAS năm 2023 của cơ quan, địa phương, chỉ rõ tiêu chí bị điểm " +
    "thấp, nguyên nhân, trách nhiệm; ban hành kế hoạch khắc phục, gửi về Sở Nội vụ trước ngày 30/4/2024."),
  a("3.", "Tự kiểm tra công tác cải cách hành chính tại cơ quan, đơn vị và các đơn vị trực thuộc ít nhất 01 lần; " +
    "hoàn thành trong quý III/2024."),
  a("4.", "Cử công chức đầu mối tham gia đầy đủ các lớp tập huấn về Chỉ số CCHC do Sở Nội vụ tổ chức."),
  a("5.", "Gắn kết quả cải cách hành chính với việc đánh giá, xếp loại chất lượng tập thể, cá nhân người đứng đầu " +
    "hằng năm."),
  PART("B.", "NHIỆM VỤ CỤ THỂ"),
  unit("1.", "Sở Nội vụ"),
  b1("a)", "Tham mưu UBND tỉnh sửa đổi, bổ sung Bộ chỉ số theo dõi, đánh giá cải cách hành chính của các cơ quan, " +
    "đơn vị⟦fn:2⟧ cho phù hợp với hướng dẫn mới của Bộ Nội vụ, trình ban hành trong tháng 6/2024."),
  b1("b)", "Chủ trì, phối hợp với Văn phòng UBND tỉnh và Bưu điện tỉnh tổ chức khảo sát mức độ hài lòng của người " +
    "dân, tổ chức tại Bộ phận Một cửa các cấp; hoàn thành trước ngày 15/10/2024."),
  b1("c)", "Theo dõi, tổng hợp kết quả thực hiện Kế hoạch của các cơ quan, đơn vị; kịp thời đề xuất khen thưởng, " +
    "phê bình."),
  unit("2.", "Văn phòng UBND tỉnh"),
  b2("a)", "Đánh giá chất lượng giải quyết thủ tục hành chính theo Bộ chỉ số phục vụ người dân, doanh nghiệp" +
    "⟦fn:3⟧; công bố kết quả 6 tháng đầu năm trước ngày 20/7/2024."),
  b2("b)", "Phối hợp với Sở Thông tin và Truyền thông rà soát, tái cấu trúc quy trình, nâng số thủ tục cung cấp " +
    "dịch vụ công trực tuyến toàn trình; hoàn thành chậm nhất ngày 31/8/2024."),
  unit("3.", "Sở Thông tin và Truyền thông"),
  P("Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, bảo đảm kết nối, chia sẻ dữ liệu với Cơ " +
    "sở dữ liệu quốc gia về dân cư⟦fn:4⟧; phối hợp với Công an tỉnh, hoàn thành trong quý III năm 2024."),
  unit("4.", "Sở Tư pháp"),
  P("Triển khai cấp bản sao điện tử từ sổ gốc, chứng thực bản sao điện tử từ bản chính tại tất cả UBND cấp xã " +
    "trước ngày 01/7/2024; hướng dẫn, kiểm tra việc thực hiện."),
  unit("5.", "UBND các huyện, thành phố"),
  b5("a)", "Bố trí công chức có năng lực, kỹ năng giao tiếp tốt làm việc tại Bộ phận Một cửa cấp huyện; hoàn " +
    "thành trong tháng 5/2024."),
  b5("b)", "Chỉ đạo UBND các xã, phường, thị trấn niêm yết công khai, đầy đủ thủ tục hành chính và số điện thoại " +
    "đường dây nóng tại trụ sở."),
  b5("c)", "UBND huyện Sìn Hồ, UBND huyện Mường Tè (hai đơn vị có Chỉ số CCHC năm 2023 thấp nhất tỉnh) xây dựng " +
    "báo cáo chuyên đề về nguyên nhân, giải pháp khắc phục, gửi Sở Nội vụ trước ngày 15/5/2024."),
  unit("6.", "Báo Lai Châu, Đài Phát thanh - Truyền hình tỉnh"),
  P("Duy trì chuyên mục về cải cách hành chính, phản ánh kết quả cải thiện các chỉ số trong năm 2024."),
  PART("C.", "TỔ CHỨC THỰC HIỆN"),
  c("1.", "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố tổ chức thực hiện Kế hoạch; báo cáo " +
    "kết quả (lồng ghép trong báo cáo cải cách hành chính năm 2024) gửi Sở Nội vụ trước ngày 05/12/2024."),
  c("2.", "Sở Nội vụ theo dõi, đôn đốc, tổng hợp, báo cáo UBND tỉnh theo quy định./."),
  ...sign(["Bộ Nội vụ (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các huyện, thành phố", "Lãnh đạo VP, CB NC"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hà Trọng Hải"),
  { t: "br" },
  { t: "p", text: "PHỤ LỤC", bold: true, align: "center", indent: false, tight: true },
  { t: "p", text: "NHIỆM VỤ CẢI THIỆN MỘT SỐ CHỈ SỐ THÀNH PHẦN NĂM 2024", bold: true, align: "center",
    indent: false, tight: true },
  { t: "p", text: "(Kèm theo Kế hoạch số 1185/KH-UBND ngày 08/4/2024 của UBND tỉnh Lai Châu)", italic: true,
    align: "center", indent: false },
  appendix,
];

const tasks = [
  task("A.2", "Rà soát kết quả Chỉ số CCHC, Chỉ số SIPAS năm 2023", "2024-04-29", [DEP, DIS]),
  task("A.3", "Tự kiểm tra công tác cải cách hành chính tại cơ quan, đơn vị", "2024-09-30", [DEP, DIS]),
  task("B.1.a", "Tham mưu UBND tỉnh sửa đổi, bổ sung Bộ chỉ số", "2024-06-30", [NV]),
  task("B.1.b", "tổ chức khảo sát mức độ hài lòng của người dân, tổ chức", "2024-10-14", [NV], [VP, BD]),
  task("B.2.a", "Đánh giá chất lượng giải quyết thủ tục hành chính", "2024-07-19", [VP]),
  task("B.2.b", "rà soát, tái cấu trúc quy trình, nâng số thủ tục cung cấp dịch vụ công trực tuyến toàn trình",
    "2024-08-31", [VP], [TT]),
  task("B.3", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh", "2024-09-30", [TT], [CA]),
  task("B.4", "Triển khai cấp bản sao điện tử từ sổ gốc", "2024-06-30", [TP]),
  task("B.5.a", "Bố trí công chức có năng lực, kỹ năng giao tiếp tốt", "2024-05-31", [DIS]),
  task("B.5.c", "xây dựng báo cáo chuyên đề về nguyên nhân, giải pháp khắc phục", "2024-05-14",
    ["UBND huyện Sìn Hồ", "UBND huyện Mường Tè"]),
  task("B.6", "Duy trì chuyên mục về cải cách hành chính", "2024-12-31",
    ["Báo Lai Châu", "Đài Phát thanh - Truyền hình tỉnh"]),
  task("C.1", "báo cáo kết quả (lồng ghép trong báo cáo cải cách hành chính năm 2024)", "2024-12-04", [DEP, DIS]),
  task("1", "Hướng dẫn, hỗ trợ người dân nộp hồ sơ trực tuyến", "2024-06-30", [DIS]),
  task("2", "Cải tạo khu vực chờ, bố trí đủ ghế ngồi, máy tra cứu", "2024-06-29", [VP]),
  task("3", "Niêm yết đầy đủ quy trình nội bộ, thời hạn giải quyết từng thủ tục", "2024-07-31", [DEP]),
  task("4", "Mở lớp bồi dưỡng kỹ năng giao tiếp, ứng xử", "2024-09-20", [NV]),
  task("6", "Hoàn thiện chức năng tiếp nhận, trả lời phản ánh, kiến nghị", "2024-10-31", [TT]),
];

const WORK = "Part A's items take the units of its opening line (@departments, @districts): A.1 'thường xuyên', " +
  "A.4, A.5 undated, no task; A.2 'trước ngày 30/4/2024' 29/4 (holiday, 30/4 and 1/5 too) -> 2/5 (Sở Nội vụ a " +
  "recipient); A.3 'trong quý III/2024' 30/9. Part B's unit headings lead their items: B.1.a Sở Nội vụ 'trong " +
  "tháng 6/2024' 30/6 (Sun) -> 1/7; B.1.b with VP UBND tỉnh, Bưu điện tỉnh 'trước ngày 15/10/2024' 14/10; B.1.c " +
  "undated; B.2.a VP UBND tỉnh 'trước ngày 20/7/2024' 19/7 ('6 tháng đầu năm' is the period published); B.2.b " +
  "VP UBND tỉnh with Sở TT&TT 'chậm nhất ngày 31/8/2024' 31/8 (Sat; 2-3/9 holidays) -> 4/9; B.3 (paragraph) Sở " +
  "TT&TT with Công an tỉnh 'quý III năm 2024' 30/9; B.4 Sở Tư pháp 'trước ngày 01/7/2024' 30/6 (Sun) -> 1/7 " +
  "(UBND cấp xã where it is done, not a unit); B.5.a @districts 'trong tháng 5/2024' 31/5; B.5.b undated; B.5.c " +
  "names its own units UBND huyện Sìn Hồ, UBND huyện Mường Tè 'trước ngày 15/5/2024' 14/5; B.6 Báo Lai Châu, Đài " +
  "PT-TH tỉnh 'trong năm 2024' 31/12; C.1 @departments, @districts 'trước ngày 05/12/2024' 4/12; C.2 no day. " +
  "Footnotes (Word footnotes; '[^n]' in plan.txt) only cite documents, their dates no deadline. PHỤ LỤC, ref = its " +
  "own TT: 1 @districts 'Quý II/2024' 30/6 -> 1/7; 2 VP UBND tỉnh 'Trước 30/6/2024' 29/6 (Sat) -> 1/7; 3 " +
  "@departments 'Tháng 7/2024' 31/7; 4 Sở Nội vụ '20/9/2024'; 5 'Thường xuyên', no task; 6 Sở TT&TT 'Đến " +
  "31/10/2024' 31/10.";

await buildDoc(DIR, {
  typed: blocks, notes: NOTES,
  expected: {
    id: ID,
    style: "Kế hoạch 1185/KH-UBND of UBND tỉnh Lai Châu, 08/4/2024, before the reorganisation (districts). HABIT: " +
      "TWO PARTS OF TASKS, 'A. NHIỆM VỤ CHUNG' (items 1.-5.) and 'B. NHIỆM VỤ CỤ THỂ' (numbers restart: unit " +
      "headings 1.-6., a) b) c) items or a paragraph), then 'C. TỔ CHỨC THỰC HIỆN'; refs A.n, B.n(.x), C.n; Word " +
      "footnotes citing legal documents; a short PHỤ LỤC table after the signature with its own TT. " + WORK,
    province: "Lai Châu",
    plan: { number: "1185/KH-UBND", date: "2024-04-08" },
    tasks, unresolved: [], successors: [],
  },
});

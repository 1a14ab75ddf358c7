// 04: Thái Nguyên, UBND tỉnh, Kế hoạch 52/KH-UBND ngày 20/02/2025 (before the reorganisation: districts, old
// departments), khắc phục hạn chế, nâng cao Chỉ số CCHC và SIPAS năm 2025. Habit: tasks under LETTERED AREAS
// typed by hand ("a) Cải cách thể chế", "b) …", "đ) …", "g) …", the Vietnamese letters), each task a "+" BULLET
// ending in a BRACKET holding its units and its time ("(Sở Tư pháp; quý II/2025)", "(Văn phòng UBND tỉnh chủ trì,
// các sở, ban, ngành phối hợp; tháng 5/2025)"), some brackets "thường xuyên"/"hằng quý"; part III numbered duties,
// two dated. plan-auto.docx draws the "+" bullets and part III's numbers with Word lists.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, H, L, buildTwo } from "./common.mjs";

const ID = "04-thai-nguyen-2025-lettered-areas-plus-bullets-unit-and-time-in-closing-bracket";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TP = "Sở Tư pháp", TC = "Sở Tài chính", BD = "Bưu điện tỉnh";
const TT = "Sở Thông tin và Truyền thông", XA = "UBND cấp xã";
const VN = "UBND huyện Võ Nhai", DH = "UBND huyện Định Hóa";

const R = (num, text) => H(num, text, { list: { kind: "roman", inst: "sec" } });
const AREA = (l, text) => P(`${l}) ${text}`, { bold: true, italic: true });
let inst = 0;
const plus = (text, first = false) => L("+", text, "plus", `p${first ? ++inst : inst}`);
const D = (text) => L("-", text, "dash", "d");
const N = (n, text) => L(`${n}.`, text, "decimal", "o");

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 52/KH-UBND", "Thái Nguyên, ngày 20 tháng 02 năm 2025",
    "KẾ HOẠCH", "Khắc phục hạn chế, nâng cao Chỉ số cải cách hành chính và Chỉ số hài lòng của người dân, tổ chức " +
    "đối với sự phục vụ của cơ quan hành chính nhà nước tỉnh Thái Nguyên năm 2025"),
  P("Căn cứ Quyết định số 1184/QĐ-BNV ngày 30/12/2024 của Bộ Nội vụ phê duyệt Báo cáo Chỉ số CCHC năm 2024 của " +
    "các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố trực thuộc trung ương; kết quả Chỉ số CCHC năm 2024, tỉnh " +
    "Thái Nguyên xếp thứ 11/63, giảm 03 bậc so với năm 2023, trong đó các lĩnh vực cải cách thủ tục hành chính, " +
    "chính quyền số và Chỉ số SIPAS còn bị trừ nhiều điểm."),
  P("Để khắc phục các tồn tại, hạn chế, UBND tỉnh ban hành Kế hoạch như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  D("Xác định rõ nguyên nhân của từng tiêu chí, tiêu chí thành phần bị trừ điểm; đề ra giải pháp khắc phục cụ " +
    "thể, gắn với trách nhiệm của người đứng đầu cơ quan, đơn vị."),
  D("Phấn đấu năm 2025 Chỉ số CCHC của tỉnh nằm trong nhóm 10 địa phương dẫn đầu cả nước; Chỉ số SIPAS đạt trên " +
    "85%."),
  R("II.", "NHIỆM VỤ, GIẢI PHÁP"),
  AREA("a", "Cải cách thể chế"),
  plus("Rà soát, hệ thống hóa văn bản quy phạm pháp luật của HĐND, UBND tỉnh kỳ 2019 - 2023, công bố danh mục " +
    "văn bản hết hiệu lực (Sở Tư pháp; quý II/2025).", true),
  plus("Theo dõi tình hình thi hành pháp luật trong lĩnh vực xử lý vi phạm hành chính (Sở Tư pháp chủ trì, các " +
    "sở, ban, ngành phối hợp; thường xuyên)."),
  plus("Trình UBND tỉnh ban hành quy định phân cấp quản lý tổ chức bộ máy, cán bộ, công chức, viên chức thay thế " +
    "quy định hiện hành (Sở Nội vụ; trước 31/3/2025)."),
  AREA("b", "Cải cách thủ tục hành chính"),
  plus("Rà soát, đề xuất phương án cắt giảm thời gian giải quyết ít nhất 20 thủ tục hành chính thuộc thẩm quyền " +
    "của tỉnh (Văn phòng UBND tỉnh chủ trì, các sở, ban, ngành phối hợp; tháng 5/2025).", true),
  plus("Tái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến toàn trình đối với các thủ tục đủ điều kiện (Sở " +
    "TT&TT, Văn phòng UBND tỉnh; trước ngày 15/6/2025)."),
  AREA("c", "Cải cách tổ chức bộ máy hành chính nhà nước"),
  plus("Kiện toàn chức năng, nhiệm vụ, cơ cấu tổ chức của các cơ quan chuyên môn sau khi sắp xếp, hợp nhất (Sở " +
    "Nội vụ; xong trước 01/3/2025).", true),
  plus("Rà soát, điều chỉnh Đề án vị trí việc làm, cơ cấu ngạch công chức của cơ quan, đơn vị (các sở, ban, ngành; " +
    "UBND các huyện, thành phố; quý III/2025)."),
  AREA("d", "Cải cách chế độ công vụ"),
  plus("Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức theo kết quả thực hiện nhiệm vụ (các cơ quan, " +
    "đơn vị; hằng quý).", true),
  plus("Tổ chức thi nâng ngạch công chức năm 2025 theo chỉ tiêu được giao (Sở Nội vụ; từ tháng 8 đến tháng " +
    "10/2025)."),
  AREA("đ", "Cải cách tài chính công"),
  plus("Giao quyền tự chủ tài chính giai đoạn 2025 - 2027 cho các đơn vị sự nghiệp công lập đủ điều kiện (Sở Tài " +
    "chính, phối hợp Sở Nội vụ; 6 tháng đầu năm 2025).", true),
  AREA("e", "Xây dựng và phát triển chính quyền điện tử, chính quyền số"),
  plus("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực giai đoạn 2020 - 2024 (UBND các huyện, " +
    "thành phố; UBND các xã, phường, thị trấn; 30/4/2025).", true),
  plus("Kết nối Hệ thống thông tin báo cáo của tỉnh với Hệ thống thông tin báo cáo Chính phủ, cập nhật chỉ tiêu " +
    "kinh tế - xã hội theo thời gian thực (Văn phòng UBND tỉnh; đầu tháng 4/2025)."),
  plus("Phát hành tin, bài về kết quả chuyển đổi số trong cơ quan nhà nước (Báo Thái Nguyên, Đài PT-TH tỉnh, Trung " +
    "tâm Thông tin tỉnh; hằng tháng)."),
  AREA("g", "Nâng cao mức độ hài lòng của người dân, tổ chức"),
  plus("Khảo sát ý kiến người dân, tổ chức trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh và Bộ phận Một " +
    "cửa cấp huyện (Sở Nội vụ phối hợp Bưu điện tỉnh; giữa tháng 9/2025).", true),
  plus("Xây dựng kế hoạch cải thiện Chỉ số SIPAS của địa phương, trong đó nêu rõ tiêu chí bị điểm thấp năm 2024 " +
    "(UBND huyện Võ Nhai, UBND huyện Định Hóa; trước 15/4/2025)."),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  N(1, "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố căn cứ Kế hoạch này xây dựng kế hoạch " +
    "khắc phục của cơ quan, địa phương mình, gửi Sở Nội vụ trước ngày 10/3/2025."),
  N(2, "Sở Nội vụ theo dõi, đôn đốc, kiểm tra việc thực hiện; tổng hợp kết quả 6 tháng đầu năm, báo cáo UBND tỉnh " +
    "trước ngày 20/6/2025."),
  N(3, "Sở Tài chính cân đối, bố trí kinh phí thực hiện Kế hoạch trong dự toán chi thường xuyên của các cơ quan, " +
    "đơn vị."),
  P("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo UBND tỉnh (qua Sở Nội vụ) " +
    "để xem xét, chỉ đạo./."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh", "Các sở, ban, ngành",
    "UBND các huyện, thành phố", "Trung tâm Thông tin tỉnh", "LĐVP, Phòng NC"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đặng Xuân Trường"),
];

const tasks = [
  task(null, "Rà soát, hệ thống hóa văn bản quy phạm pháp luật của HĐND, UBND tỉnh kỳ 2019 - 2023", "2025-06-30",
    [TP]),
  task(null, "Trình UBND tỉnh ban hành quy định phân cấp quản lý tổ chức bộ máy", "2025-03-30", [NV]),
  task(null, "Rà soát, đề xuất phương án cắt giảm thời gian giải quyết ít nhất 20 thủ tục hành chính", "2025-05-31",
    [VP], ["@departments"]),
  task(null, "Tái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến toàn trình", "2025-06-14", [TT, VP]),
  task(null, "Kiện toàn chức năng, nhiệm vụ, cơ cấu tổ chức của các cơ quan chuyên môn", "2025-02-28", [NV]),
  task(null, "Rà soát, điều chỉnh Đề án vị trí việc làm, cơ cấu ngạch công chức", "2025-09-30",
    ["@departments", "@districts"]),
  task(null, "Tổ chức thi nâng ngạch công chức năm 2025", "2025-10-31", [NV]),
  task(null, "Giao quyền tự chủ tài chính giai đoạn 2025 - 2027", "2025-06-30", [TC], [NV]),
  task(null, "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực", "2025-04-30", ["@districts", XA]),
  task(null, "Kết nối Hệ thống thông tin báo cáo của tỉnh với Hệ thống thông tin báo cáo Chính phủ", "2025-04-10",
    [VP]),
  task(null, "Khảo sát ý kiến người dân, tổ chức trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh",
    "2025-09-15", [NV], [BD]),
  task(null, "Xây dựng kế hoạch cải thiện Chỉ số SIPAS của địa phương", "2025-04-14", [VN, DH]),
  task("III.1", "căn cứ Kế hoạch này xây dựng kế hoạch khắc phục của cơ quan, địa phương mình", "2025-03-09",
    ["@departments", "@districts"]),
  task("III.2", "tổng hợp kết quả 6 tháng đầu năm, báo cáo UBND tỉnh", "2025-06-19", [NV]),
];

const DATES = "The '+' bullets show no number of their own: ref null (their area's letter is shared by several); " +
  "part III's duties III.n. In each closing bracket the units come before the last ';', the time after it; " +
  "'X chủ trì, Y phối hợp' / 'X phối hợp Y' / 'X, phối hợp Y' make Y a partner; units with nothing between them " +
  "all lead. a) Sở Tư pháp 'quý II/2025' 30/6; 'thường xuyên' no task; Sở Nội vụ 'trước 31/3/2025' 30/3 Sun -> " +
  "31/3. b) VP UBND tỉnh with @departments 'tháng 5/2025' 31/5 Sat -> 02/6; 'Sở TT&TT, Văn phòng UBND tỉnh' both " +
  "lead, 'trước ngày 15/6/2025' 14/6 Sat -> 16/6. c) Sở Nội vụ 'xong trước 01/3/2025' 28/02; 'các sở, ban, " +
  "ngành; UBND các huyện, thành phố' = @departments + @districts, 'quý III/2025' 30/9 (the plan's units, though " +
  "the districts end on 30/6). d) 'hằng quý' no task; Sở Nội vụ 'từ tháng 8 đến tháng 10/2025' 31/10. đ) Sở Tài " +
  "chính with Sở Nội vụ, '6 tháng đầu năm 2025' 30/6. e) @districts + 'UBND các xã, phường, thị trấn' (UBND cấp " +
  "xã), '30/4/2025' a bare day = 30/4 (30/4-02/5 off, weekend) -> 05/5; VP UBND tỉnh 'đầu tháng 4/2025' 10/4; " +
  "'hằng tháng' no task. g) Sở Nội vụ with Bưu điện tỉnh 'giữa tháng 9/2025' 15/9; UBND huyện Võ Nhai, UBND " +
  "huyện Định Hóa 'trước 15/4/2025' 14/4. III.1 'Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành " +
  "phố' = @departments + @districts, 'gửi Sở Nội vụ trước ngày 10/3/2025' 09/3 Sun -> 10/3; III.2 'báo cáo UBND " +
  "tỉnh trước ngày 20/6/2025' 19/6; III.3 no day. Kết quả 2024 and Quyết định 1184 of 30/12/2024: no deadlines.";

await buildTwo(DIR, {
  typed: blocks,
  expected: {
    id: ID,
    style: "Kế hoạch 52/KH-UBND of UBND tỉnh Thái Nguyên, 20/02/2025 (districts, old departments), khắc phục hạn " +
      "chế, nâng cao Chỉ số CCHC, SIPAS 2025. HABIT: LETTERED AREAS a) … g) (typed, with đ) AND '+' BULLETS ENDING " +
      "IN A BRACKET (units; time). " + DATES + " PDF: LibreOffice.",
    province: "Thái Nguyên",
    plan: { number: "52/KH-UBND", date: "2025-02-20" },
    tasks,
    unresolved: [XA],
    successors: [],
  },
});

// 03: Bắc Kạn 2024 (before the reorganisation: districts, old departments), UBND tỉnh, Kế hoạch 148/KH-UBND ngày
// 14/3/2024 xác định Chỉ số CCHC năm 2024 của các sở, ban, ngành, UBND các huyện, thành phố và đo lường SIPAS.
// Habit: TASKS BY UNIT HEADING: "III. TỔ CHỨC THỰC HIỆN", "1. Sở Nội vụ", "2. Sở TT&TT", …, "4. Các sở, ban,
// ngành", "5. UBND các huyện, thành phố", "6. Đề nghị Bưu điện tỉnh", each with a), b), c) items (or one paragraph),
// department names in the short forms Bắc Kạn clerks type (Sở TT&TT, Sở KH&ĐT, Sở LĐ-TB&XH, Sở NN&PTNT, Sở TN&MT,
// Đài PT-TH tỉnh); an item under a group heading that names its own units.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, H, CC, N, buildMerged } from "./common.mjs";

const ID = "03-bac-kan-2024-tasks-by-unit-headings-letter-items-short-department-names";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", TT = "Sở Thông tin và Truyền thông", TC = "Sở Tài chính", BD = "Bưu điện tỉnh";
const KH = "Sở Kế hoạch và Đầu tư", LD = "Sở Lao động - Thương binh và Xã hội";
const NN = "Sở Nông nghiệp và Phát triển nông thôn", TN = "Sở Tài nguyên và Môi trường";
const BAO = "Báo Bắc Kạn", DAI = "Đài Phát thanh - Truyền hình tỉnh";
const TPBK = "UBND thành phố Bắc Kạn", CM = "UBND huyện Chợ Mới";
const sec = (num, text) => H(num, text, { list: { kind: "roman", inst: "sec" } });
const unit = (n, text) => N(`${n}.`, "decimal", "unit", text, { bold: true });
const sub = (n, text) => N(`${n}.`, "decimal", "nd", text);
const L = (inst) => (c, text) => P(text, { num: `${c})`, list: { kind: "letter", inst } });
const [a1, a2, a4, a5] = [L("u1"), L("u2"), L("u4"), L("u5")];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 148/KH-UBND", "Bắc Kạn, ngày 14 tháng 3 năm 2024", "KẾ HOẠCH",
    "Xác định Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành, UBND các huyện, thành phố và đo lường sự " +
    "hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước tỉnh Bắc Kạn năm 2024"),
  CC("Căn cứ Quyết định số 876/QĐ-BNV ngày 10/11/2022 của Bộ Nội vụ phê duyệt Đề án \"Xác định Chỉ số cải cách hành " +
    "chính của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\";"),
  CC("Căn cứ Kế hoạch cải cách hành chính nhà nước năm 2024 của UBND tỉnh Bắc Kạn;"),
  P("Ủy ban nhân dân tỉnh ban hành Kế hoạch xác định Chỉ số cải cách hành chính (Chỉ số CCHC) năm 2024 của các sở, " +
    "ban, ngành, UBND các huyện, thành phố và đo lường sự hài lòng của người dân, tổ chức (Chỉ số SIPAS) năm 2024 " +
    "như sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("- Đánh giá thực chất, khách quan kết quả thực hiện cải cách hành chính năm 2024 của các cơ quan, đơn vị; xác " +
    "định những mặt được, hạn chế để có giải pháp khắc phục."),
  P("- Việc tự đánh giá, chấm điểm phải trung thực, có đầy đủ tài liệu kiểm chứng; bảo đảm đúng thời gian quy định."),
  sec("II.", "ĐỐI TƯỢNG, NỘI DUNG VÀ KINH PHÍ"),
  sub(1, "Đối tượng: các sở, cơ quan ngang sở, Ban Dân tộc tỉnh, Thanh tra tỉnh, Văn phòng UBND tỉnh (gọi chung là " +
    "các sở, ban, ngành); UBND các huyện, thành phố."),
  sub(2, "Nội dung: đánh giá theo Bộ Chỉ số theo dõi, đánh giá cải cách hành chính của các cơ quan, đơn vị do UBND " +
    "tỉnh ban hành; đo lường sự hài lòng theo các tiêu chí của Bộ Nội vụ."),
  sub(3, "Kỳ đánh giá: tính từ ngày 01/01/2024 đến hết ngày 31/12/2024."),
  sub(4, "Kinh phí: từ nguồn ngân sách tỉnh giao cho Sở Nội vụ năm 2024 và các nguồn hợp pháp khác."),
  sec("III.", "TỔ CHỨC THỰC HIỆN"),
  unit(1, "Sở Nội vụ"),
  a1("a", "Tham mưu UBND tỉnh thành lập Hội đồng thẩm định, Tổ giúp việc Hội đồng thẩm định xác định Chỉ số CCHC " +
    "năm 2024; hoàn thành trước ngày 05/4/2024."),
  a1("b", "Chủ trì, phối hợp với Sở TT&TT, Bưu điện tỉnh tổ chức điều tra xã hội học (phát, thu phiếu khảo sát) " +
    "phục vụ xác định Chỉ số CCHC và Chỉ số SIPAS; thời gian thực hiện từ tháng 8 đến tháng 10/2024."),
  a1("c", "Tổ chức thẩm định kết quả tự đánh giá, chấm điểm của các sở, ban, ngành, UBND các huyện, thành phố; " +
    "hoàn thành trước ngày 20/01/2025."),
  a1("d", "Tổng hợp, báo cáo UBND tỉnh kết quả xác định Chỉ số CCHC năm 2024 của các cơ quan, đơn vị chậm nhất " +
    "ngày 15/02/2025."),
  a1("e", "Theo dõi, đôn đốc, hướng dẫn các cơ quan, đơn vị thực hiện Kế hoạch này; thực hiện thường xuyên."),
  unit(2, "Sở TT&TT"),
  a2("a", "Cấp tài khoản, hướng dẫn sử dụng phần mềm theo dõi, đánh giá Chỉ số CCHC trực tuyến cho các cơ quan, " +
    "đơn vị trước ngày 30/4/2024."),
  a2("b", "Phối hợp với Báo Bắc Kạn, Đài PT-TH tỉnh tuyên truyền về mục đích, ý nghĩa của Chỉ số CCHC, Chỉ số " +
    "SIPAS để người dân, tổ chức tích cực tham gia trả lời phiếu khảo sát; thực hiện trong quý II/2024."),
  unit(3, "Sở Tài chính"),
  P("Thẩm định dự toán, tham mưu UBND tỉnh bố trí kinh phí điều tra xã hội học, thẩm định kết quả tự đánh giá; xong " +
    "trước 15/5/2024."),
  unit(4, "Các sở, ban, ngành"),
  a4("a", "Tự đánh giá, chấm điểm các tiêu chí, tiêu chí thành phần, cập nhật tài liệu kiểm chứng trên phần mềm; " +
    "gửi Báo cáo tự đánh giá về Sở Nội vụ trước ngày 15/12/2024."),
  a4("b", "Lập danh sách công chức đang công tác tại cơ quan (theo mẫu tại Phụ lục I) gửi Sở Nội vụ trong tháng " +
    "6/2024 để chọn mẫu khảo sát."),
  a4("c", "Sở KH&ĐT, Sở LĐ-TB&XH, Sở NN&PTNT, Sở TN&MT cung cấp danh sách tổ chức, cá nhân đã giải quyết thủ tục " +
    "hành chính thuộc lĩnh vực quản lý (theo mẫu tại Phụ lục III); hoàn thành đầu tháng 7/2024."),
  unit(5, "UBND các huyện, thành phố"),
  a5("a", "Tự đánh giá, chấm điểm Chỉ số CCHC năm 2024 của đơn vị mình, gửi hồ sơ về Sở Nội vụ chậm nhất ngày " +
    "13/12/2024."),
  a5("b", "Chỉ đạo UBND các xã, phường, thị trấn lập danh sách người dân, tổ chức đã giải quyết thủ tục hành chính " +
    "tại Bộ phận Một cửa cấp xã, tổng hợp gửi Sở Nội vụ cuối tháng 7/2024."),
  a5("c", `${TPBK}, ${CM} phối hợp với Sở Nội vụ khảo sát thí điểm bằng phiếu điện tử đối với người dân đến giao ` +
    "dịch tại Bộ phận Một cửa; thực hiện trong tháng 9/2024."),
  unit(6, "Đề nghị Bưu điện tỉnh"),
  P("Phối hợp với Sở Nội vụ phát, thu hồi phiếu khảo sát đến người dân, tổ chức theo danh sách được chọn, bảo đảm " +
    "đúng đối tượng, đúng quy trình; hoàn thành trước ngày 31/10/2024."),
  P("Trên đây là Kế hoạch xác định Chỉ số CCHC và đo lường sự hài lòng của người dân, tổ chức năm 2024 của UBND " +
    "tỉnh. Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai; trong quá trình thực hiện, nếu có vướng mắc, phản ánh " +
    "về Sở Nội vụ để được hướng dẫn./."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh", "Các sở, ban, ngành",
    "UBND các huyện, thành phố", "Bưu điện tỉnh", "LĐVP"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Đinh Quang Tuyên"),
];

const tasks = [
  task("III.1.a", "Tham mưu UBND tỉnh thành lập Hội đồng thẩm định, Tổ giúp việc Hội đồng thẩm định", "2024-04-04",
    [NV]),
  task("III.1.b", "tổ chức điều tra xã hội học (phát, thu phiếu khảo sát)", "2024-10-31", [NV], [TT, BD]),
  task("III.1.c", "Tổ chức thẩm định kết quả tự đánh giá, chấm điểm", "2025-01-19", [NV]),
  task("III.1.d", "Tổng hợp, báo cáo UBND tỉnh kết quả xác định Chỉ số CCHC năm 2024", "2025-02-15", [NV]),
  task("III.2.a", "Cấp tài khoản, hướng dẫn sử dụng phần mềm theo dõi, đánh giá Chỉ số CCHC trực tuyến",
    "2024-04-29", [TT]),
  task("III.2.b", "tuyên truyền về mục đích, ý nghĩa của Chỉ số CCHC, Chỉ số SIPAS", "2024-06-30", [TT], [BAO, DAI]),
  task("III.3", "Thẩm định dự toán, tham mưu UBND tỉnh bố trí kinh phí điều tra xã hội học", "2024-05-14", [TC]),
  task("III.4.a", "Tự đánh giá, chấm điểm các tiêu chí, tiêu chí thành phần, cập nhật tài liệu kiểm chứng",
    "2024-12-14", ["@departments"]),
  task("III.4.b", "Lập danh sách công chức đang công tác tại cơ quan", "2024-06-30", ["@departments"]),
  task("III.4.c", "cung cấp danh sách tổ chức, cá nhân đã giải quyết thủ tục hành chính", "2024-07-10",
    [KH, LD, NN, TN]),
  task("III.5.a", "Tự đánh giá, chấm điểm Chỉ số CCHC năm 2024 của đơn vị mình", "2024-12-13", ["@districts"]),
  task("III.5.b", "Chỉ đạo UBND các xã, phường, thị trấn lập danh sách người dân, tổ chức", "2024-07-31",
    ["@districts"]),
  task("III.5.c", "khảo sát thí điểm bằng phiếu điện tử đối với người dân", "2024-09-30", [TPBK, CM], [NV]),
  task("III.6", "phát, thu hồi phiếu khảo sát đến người dân, tổ chức", "2024-10-30", [BD], [NV]),
];

const DATES = "III.1.a 'trước ngày 05/4/2024' 04/4; III.1.b 'Chủ trì, phối hợp với Sở TT&TT, Bưu điện tỉnh', 'từ " +
  "tháng 8 đến tháng 10/2024' 31/10; III.1.c 'trước ngày 20/01/2025' 19/01 Sun -> 20/01 (the sở, huyện are " +
  "appraised, no units); III.1.d 'báo cáo UBND tỉnh … chậm nhất ngày 15/02/2025' Sat -> 17/02; III.1.e 'thường " +
  "xuyên' no task; III.2.a 'trước ngày 30/4/2024' 29/4 (29/4-01/5 off) -> 02/5; III.2.b 'Phối hợp với Báo Bắc Kạn, " +
  "Đài PT-TH tỉnh' (coord; Sở TT&TT the heading, lead), 'trong quý II/2024' 30/6 Sun -> 01/7; III.3 one paragraph, " +
  "'trước 15/5/2024' 14/5; III.4.a @departments, 'gửi … về Sở Nội vụ trước ngày 15/12/2024' 14/12 Sat -> 16/12 " +
  "(Sở Nội vụ a recipient); III.4.b 'trong tháng 6/2024' 30/6 Sun -> 01/7; III.4.c its OWN subject under the group " +
  "heading: Sở KH&ĐT, Sở LĐ-TB&XH, Sở NN&PTNT, Sở TN&MT lead, 'đầu tháng 7/2024' 10/7; III.5.a @districts 'chậm " +
  "nhất ngày 13/12/2024'; III.5.b 'cuối tháng 7/2024' 31/7 (UBND các xã, phường, thị trấn are directed, no unit); " +
  "III.5.c own subject UBND thành phố Bắc Kạn, UBND huyện Chợ Mới, coord Sở Nội vụ, 'trong tháng 9/2024' 30/9; " +
  "III.6 heading 'Đề nghị Bưu điện tỉnh' leads, 'Phối hợp với Sở Nội vụ' coord, 'trước ngày 31/10/2024' 30/10.";

await buildMerged(DIR, {
  blocks,
  expected: {
    id: ID,
    style: "Kế hoạch 148/KH-UBND of UBND tỉnh Bắc Kạn, 14/3/2024 (before the reorganisation: districts, old " +
      "departments). HABIT: TASKS BY UNIT HEADING under III. TỔ CHỨC THỰC HIỆN ('1. Sở Nội vụ', '2. Sở TT&TT', '3. " +
      "Sở Tài chính', '4. Các sở, ban, ngành', '5. UBND các huyện, thành phố', '6. Đề nghị Bưu điện tỉnh'), items " +
      "a), b) … (ref III.n.x) or one paragraph (ref III.n); the heading's unit leads an item with no subject of " +
      "its own; Bắc Kạn short forms (Sở TT&TT, Sở KH&ĐT, Sở LĐ-TB&XH, Sở NN&PTNT, Sở TN&MT, Đài PT-TH tỉnh). II " +
      "(đối tượng, nội dung, kỳ đánh giá 01/01-31/12/2024) no task. " + DATES + " plan.pdf LibreOffice's print of " +
      "plan-auto.docx (Word lists).",
    province: "Bắc Kạn",
    plan: { number: "148/KH-UBND", date: "2024-03-14" },
    tasks, unresolved: [], successors: [],
  },
});

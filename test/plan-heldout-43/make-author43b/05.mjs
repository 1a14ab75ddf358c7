// 05: Thái Nguyên, October 2025 (after the reorganisation: merged departments, communes, no districts). Habit: a
// DEPARTMENT'S OWN PLAN: SỞ NỘI VỤ, Kế hoạch 412/KH-SNV ngày 14/10/2025 triển khai đánh giá, xác định Chỉ số CCHC
// năm 2025. Section II gives work to the department's own offices (Phòng Cải cách hành chính, Phòng Tổ chức, biên
// chế và tổ chức phi chính phủ, Phòng Công chức, viên chức, Thanh tra Sở, Văn phòng Sở: none is in the directory),
// section III asks other departments and the communes ("Đề nghị …"), section IV has one dated follow-up.
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, H, L } from "./common.mjs";

const ID = "05-thai-nguyen-2025-department-own-plan-tasks-for-its-offices-and-other-departments";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const CC = "Phòng Cải cách hành chính", VPS = "Văn phòng Sở", TTS = "Thanh tra Sở";
const TCBC = "Phòng Tổ chức, biên chế và tổ chức phi chính phủ", CCVC = "Phòng Công chức, viên chức";
const KC = "Sở Khoa học và Công nghệ", VP = "Văn phòng UBND tỉnh", TC = "Sở Tài chính", TP = "Sở Tư pháp";
const TTR = "Thanh tra tỉnh", BAO = "Báo và Phát thanh, Truyền hình Thái Nguyên", XA = "UBND các xã, phường";
const HD = "Hội đồng thẩm định";
const NAME = "Triển khai đánh giá, xác định Chỉ số cải cách hành chính năm 2025 của các sở, ban, ngành, UBND các xã, " +
  "phường trên địa bàn tỉnh";
const B = (n, text) => H(`${n}.`, text, { list: { kind: "decimal", inst: "ii" } });
const C = (n, text) => H(`${n}.`, text, { list: { kind: "decimal", inst: "iii" }, bold: false, align: "justify",
  indent: true });

const blocks = [
  ...head(["UBND TỈNH THÁI NGUYÊN", "SỞ NỘI VỤ"], "Số: 412/KH-SNV", "Thái Nguyên, ngày 14 tháng 10 năm 2025",
    "KẾ HOẠCH", NAME),
  P("Căn cứ Quyết định số 1685/QĐ-UBND ngày 25/7/2025 của UBND tỉnh Thái Nguyên ban hành Bộ Chỉ số đánh giá, xác " +
    "định Chỉ số cải cách hành chính của các sở, ban, ngành, UBND các xã, phường thuộc tỉnh;", { italic: true }),
  P("Căn cứ Kế hoạch số 118/KH-UBND ngày 05/8/2025 của UBND tỉnh về cải cách hành chính nhà nước tỉnh Thái Nguyên " +
    "6 tháng cuối năm 2025;", { italic: true }),
  P("Căn cứ Quyết định số 21/2025/QĐ-UBND ngày 01/7/2025 của UBND tỉnh quy định vị trí, chức năng, nhiệm vụ, quyền " +
    "hạn và cơ cấu tổ chức của Sở Nội vụ tỉnh Thái Nguyên,", { italic: true }),
  P("Sở Nội vụ xây dựng Kế hoạch triển khai đánh giá, xác định Chỉ số cải cách hành chính (Chỉ số CCHC) năm 2025 " +
    "như sau:"),
  H("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("1. Đánh giá thực chất, khách quan kết quả thực hiện cải cách hành chính năm 2025 của các cơ quan, đơn vị trong " +
    "năm đầu vận hành chính quyền địa phương hai cấp; bảo đảm đúng Bộ Chỉ số do UBND tỉnh ban hành."),
  P("2. Phân công cụ thể cho từng phòng, đơn vị thuộc Sở; xác định rõ thời hạn, sản phẩm. Các phòng chủ động phối " +
    "hợp, không để chậm tiến độ ảnh hưởng đến việc công bố Chỉ số CCHC của tỉnh."),
  H("II.", "NHIỆM VỤ CỦA CÁC PHÒNG, ĐƠN VỊ THUỘC SỞ"),
  B(1, `${CC} (cơ quan thường trực)`),
  L(0, "Tham mưu Giám đốc Sở ban hành văn bản hướng dẫn các cơ quan, đơn vị tự đánh giá, chấm điểm Chỉ số CCHC năm " +
    "2025 theo Bộ Chỉ số mới, kèm biểu mẫu tài liệu kiểm chứng; trình trước ngày 20/10/2025.", "p1"),
  L(1, `Tổ chức tập huấn sử dụng phần mềm chấm điểm Chỉ số CCHC cho cán bộ đầu mối các sở, ban, ngành và ${XA}; ` +
    `phối hợp với ${VPS} chuẩn bị hội trường, tài liệu. Thời gian tổ chức: tuần thứ hai của tháng 11/2025.`, "p1"),
  L(2, "Tiếp nhận, tổng hợp hồ sơ tự đánh giá của các cơ quan, đơn vị, phân loại tài liệu kiểm chứng, chuyển Tổ " +
    "giúp việc Hội đồng thẩm định. Hạn hoàn thành: chậm nhất ngày 09/01/2026.", "p1"),
  L(3, "Dự thảo Báo cáo kết quả xác định Chỉ số CCHC năm 2025 của các cơ quan, đơn vị để Giám đốc Sở trình UBND " +
    "tỉnh phê duyệt, công bố; xong trong tháng 02/2026.", "p1"),
  B(2, `${TCBC}; ${CCVC}`),
  P(`${TCBC} và ${CCVC} rà soát, cung cấp số liệu về tổ chức bộ máy, biên chế, vị trí việc làm, tuyển dụng và đào ` +
    `tạo, bồi dưỡng năm 2025 của các cơ quan, đơn vị làm căn cứ thẩm định; gửi ${CC} trước ngày 05/12/2025.`),
  B(3, TTS),
  P(`Chủ trì, phối hợp với ${CC} kiểm tra công tác cải cách hành chính, kỷ luật, kỷ cương hành chính tại 05 sở, ` +
    "ngành và 10 xã, phường theo Kế hoạch kiểm tra năm 2025 của Sở; hoàn thành trong tháng 11."),
  B(4, VPS),
  L(0, "Bảo đảm kinh phí, phương tiện, cơ sở vật chất phục vụ các hoạt động của Kế hoạch.", "p4"),
  L(1, "Đăng tải văn bản hướng dẫn, kết quả Chỉ số CCHC lên Trang thông tin điện tử của Sở ngay sau khi được ban " +
    "hành, công bố.", "p4"),
  L(2, "Lập dự toán kinh phí điều tra xã hội học phục vụ xác định Chỉ số CCHC năm 2026, gửi Sở Tài chính thẩm định " +
    "trước ngày 01/12/2025.", "p4"),
  H("III.", "ĐỀ NGHỊ CÁC CƠ QUAN, ĐƠN VỊ PHỐI HỢP"),
  C(1, `${KC}: nâng cấp phần mềm đánh giá, chấm điểm Chỉ số CCHC, bổ sung tài khoản cho các xã, phường mới thành ` +
    `lập; phối hợp với ${VP} bảo đảm an toàn thông tin của hệ thống. Hoàn thành trước ngày 31 tháng 10 năm 2025.`),
  C(2, `${VP}: cung cấp số liệu về tỷ lệ hồ sơ giải quyết đúng hạn, tỷ lệ dịch vụ công trực tuyến toàn trình ` +
    "của từng cơ quan, đơn vị trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, tính đến hết ngày " +
    "30/11/2025, gửi Sở Nội vụ chậm nhất ngày 10/12/2025."),
  C(3, `${TC}, ${TP} và ${TTR}: mỗi cơ quan cử 01 lãnh đạo và 01 công chức tham gia Tổ giúp việc ${HD}, gửi danh ` +
    "sách về Sở Nội vụ trước 15/11/2025."),
  C(4, "Các sở, ban, ngành tỉnh: tự đánh giá, chấm điểm Chỉ số CCHC năm 2025 của cơ quan mình trên phần mềm, đính kèm " +
    `đầy đủ tài liệu kiểm chứng, gửi Sở Nội vụ (qua ${CC}) trước ngày 25/12/2025.`),
  C(5, `${XA}: tự đánh giá, chấm điểm Chỉ số CCHC năm 2025 theo hướng dẫn; hoàn thành việc nhập dữ liệu trên phần ` +
    "mềm chậm nhất ngày 26/12/2025."),
  C(6, `${BAO}: phối hợp với ${VPS} mở chuyên mục giới thiệu cách làm hay, mô hình mới trong cải cách hành chính ` +
    "của các xã, phường sau sắp xếp, phát sóng, đăng tải trong quý IV/2025."),
  H("IV.", "TỔ CHỨC THỰC HIỆN"),
  P("1. Trưởng các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao chủ động triển khai; trường hợp không bảo đảm " +
    "tiến độ phải báo cáo Giám đốc Sở bằng văn bản, nêu rõ lý do."),
  P(`2. ${CC} theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày ` +
    "20/01/2026."),
  P("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ (qua Phòng Cải " +
    "cách hành chính, điện thoại 0208.3855.214) để phối hợp giải quyết./."),
  ...sign(["UBND tỉnh (b/c)", "Các sở, ban, ngành tỉnh", "UBND các xã, phường", "Giám đốc, các PGĐ Sở",
    "Các phòng, đơn vị thuộc Sở"], "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Hoàng Thị Thu Hằng"),
];

const tasks = [
  task("II.1.a", "Tham mưu Giám đốc Sở ban hành văn bản hướng dẫn các cơ quan, đơn vị tự đánh giá", "2025-10-19",
    [CC]),
  task("II.1.b", "Tổ chức tập huấn sử dụng phần mềm chấm điểm Chỉ số CCHC", "2025-11-14", [CC], [VPS]),
  task("II.1.c", "Tiếp nhận, tổng hợp hồ sơ tự đánh giá của các cơ quan, đơn vị", "2026-01-09", [CC]),
  task("II.1.d", "Dự thảo Báo cáo kết quả xác định Chỉ số CCHC năm 2025", "2026-02-28", [CC]),
  task("II.2", "rà soát, cung cấp số liệu về tổ chức bộ máy, biên chế, vị trí việc làm", "2025-12-04", [TCBC, CCVC]),
  task("II.3", "kiểm tra công tác cải cách hành chính, kỷ luật, kỷ cương hành chính", "2025-11-30", [TTS], [CC]),
  task("II.4.c", "Lập dự toán kinh phí điều tra xã hội học phục vụ xác định Chỉ số CCHC năm 2026", "2025-11-30",
    [VPS]),
  task("III.1", "nâng cấp phần mềm đánh giá, chấm điểm Chỉ số CCHC", "2025-10-30", [KC], [VP]),
  task("III.2", "cung cấp số liệu về tỷ lệ hồ sơ giải quyết đúng hạn", "2025-12-10", [VP]),
  task("III.3", "mỗi cơ quan cử 01 lãnh đạo và 01 công chức tham gia Tổ giúp việc", "2025-11-14", [TC, TP, TTR]),
  task("III.4", "tự đánh giá, chấm điểm Chỉ số CCHC năm 2025 của cơ quan mình trên phần mềm", "2025-12-24",
    ["@departments"]),
  task("III.5", "tự đánh giá, chấm điểm Chỉ số CCHC năm 2025 theo hướng dẫn", "2025-12-26", [XA]),
  task("III.6", "mở chuyên mục giới thiệu cách làm hay, mô hình mới trong cải cách hành chính", "2025-12-31", [BAO],
    [VPS]),
  task("IV.2", "theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả", "2026-01-19", [CC]),
];

const DATES = "II.1.a 'trình trước ngày 20/10/2025' 19/10 Sun->20/10; II.1.b 'tuần thứ hai của tháng 11/2025' " +
  "(next sentence) day 14, coord Văn phòng Sở; II.1.c 'chậm nhất ngày 09/01/2026' (next sentence); II.1.d 'trong " +
  "tháng 02/2026' 28/02 Sat->02/3; II.2 TWO LEADS (heading and text name both offices), 'gửi Phòng Cải cách hành " +
  "chính trước ngày 05/12/2025' 04/12, recipient no role; II.3 'trong tháng 11' year left out = 2025, 30/11 " +
  "Sun->01/12, lead Thanh tra Sở (not Thanh tra tỉnh); II.4.a-b undated; II.4.c 'trước ngày 01/12/2025' 30/11 " +
  "Sun->01/12; III.1 'Hoàn thành trước ngày 31 tháng 10 năm 2025' (next sentence) 30/10; III.2 'tính đến hết ngày " +
  "30/11/2025' is a cut-off, due 'chậm nhất ngày 10/12/2025'; III.3 three leads, 'trước 15/11/2025' 14/11; III.4 " +
  "@departments, 'trước ngày 25/12/2025' 24/12; III.5 'UBND các xã, phường' = UBND cấp xã (unresolved), 'chậm " +
  "nhất ngày 26/12/2025'; III.6 'quý IV/2025' 31/12; IV.2 'trước ngày 20/01/2026' 19/01.";

await build(DIR, {
  blocks, printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 412/KH-SNV of SỞ NỘI VỤ tỉnh Thái Nguyên, 14/10/2025 (after the reorganisation). HABIT: a " +
      "DEPARTMENT'S OWN PLAN: section II gives tasks to its own offices (Phòng …, Thanh tra Sở, Văn phòng Sở: not " +
      "in the directory, unresolved as written; heading '1. Phòng …' leads its items a), b); ref II.n[.x]); " +
      "section III 'Đề nghị' asks other departments and the communes, one 'Unit: task' item each (ref III.n); " +
      "IV.2 a dated follow-up. Recipients (Sở Nội vụ, Sở Tài chính, Giám đốc Sở) have no role. " + DATES +
      " plan.pdf LibreOffice's print of plan-auto.docx.",
    province: "Thái Nguyên",
    plan: { number: "412/KH-SNV", date: "2025-10-14" },
    tasks, unresolved: [CC, TCBC, CCVC, TTS, VPS, XA], successors: [],
  },
});

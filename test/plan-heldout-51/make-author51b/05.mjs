// 05: Bắc Kạn (before the reorganisation), UBND tỉnh, Kế hoạch 164/KH-UBND ngày 18/3/2024, kiểm soát thủ tục hành
// chính, thực hiện cơ chế một cửa, một cửa liên thông năm 2024. Habit: a TASK TABLE IN THE BODY WITH ROWS INSERTED
// AFTER THE DRAFT AND NUMBERED "2a", "5a" (the clerk did not renumber; the prose above the table says which rows were
// added on the departments' comments), prose before the table (undated) and after it: "Ngoài các nhiệm vụ tại bảng
// trên, …" with dated dash paragraphs, one a recurring report (no task). Typed numbers in the table in both Word
// files (an inserted row cannot take Word's automatic number), Word lists for the headings and dashes.
import { P, buildDoc, dash, lister, task, head, sign } from "./common.mjs";

const ID = "05-bac-kan-2024-body-table-inserted-rows-numbered-2a-5a-not-renumbered-prose-ngoai-cac-nhiem-vu-dash-tasks-after";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const VP = "Văn phòng UBND tỉnh", TT = "Sở Thông tin và Truyền thông", NV = "Sở Nội vụ", TP = "Sở Tư pháp";
const TN = "Sở Tài nguyên và Môi trường", XD = "Sở Xây dựng", BD = "Bưu điện tỉnh";
const DEP = "@departments", DIS = "@districts";

const R = lister("roman", "parts", { bold: true, indent: false });
const n1 = lister("decimal", "i");
const n3 = lister("decimal", "iii");

const T = (n, what, lead, partners, time) => [{ text: n, align: "center" }, what, lead, partners,
  { text: time, align: "center" }];
const table = () => ({ t: "table", widths: [600, 3700, 1700, 1900, 1500], header: 1, rows: [
  ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
  T("1", "Ban hành Kế hoạch rà soát, đánh giá quy định, thủ tục hành chính năm 2024 trên địa bàn tỉnh", VP,
    "Các sở, ban, ngành", "Tháng 3/2024"),
  T("2", "Công bố danh mục thủ tục hành chính được chuẩn hóa theo quyết định công bố của các bộ, ngành; công khai " +
    "trên Cơ sở dữ liệu quốc gia về thủ tục hành chính", VP, "Các sở, ban, ngành", "Trước 30/4/2024"),
  T("2a", "Rà soát, cập nhật quy trình nội bộ, quy trình điện tử giải quyết thủ tục hành chính trên Hệ thống thông " +
    "tin giải quyết thủ tục hành chính tỉnh", TT, "Văn phòng UBND tỉnh; các sở, ban, ngành", "15/5/2024"),
  T("3", "Rà soát, đề xuất đơn giản hóa thủ tục hành chính thuộc lĩnh vực đất đai, xây dựng", "Sở Tài nguyên và Môi " +
    "trường; Sở Xây dựng", TP, "Quý II/2024"),
  T("4", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa các cấp", TT,
    "UBND các huyện, thành phố", "Thường xuyên"),
  T("5", "Triển khai dịch vụ bưu chính công ích trong tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính " +
    "tại Trung tâm Phục vụ hành chính công tỉnh", VP, BD, "Trước 15/7/2024"),
  T("5a", "Khảo sát mức độ hài lòng của người dân, doanh nghiệp đối với sự phục vụ của Bộ phận Một cửa cấp huyện",
    NV, "UBND các huyện, thành phố", "Tháng 9/2024"),
  T("6", "Kiểm tra công tác kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông tại các " +
    "huyện Chợ Đồn, Na Rì, Pác Nặm", VP, "Sở Nội vụ; Sở Tư pháp", "Quý III/2024"),
  T("7", "Tổng hợp, báo cáo kết quả kiểm soát thủ tục hành chính năm 2024 gửi Văn phòng Chính phủ", VP,
    "Các sở, ban, ngành; UBND các huyện, thành phố", "Trước 15/12/2024"),
] });

const body = () => [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 164/KH-UBND", "Bắc Kạn, ngày 18 tháng 3 năm 2024", "KẾ HOẠCH",
    "Kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông năm 2024"),
  P("Thực hiện Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính; Nghị định " +
    "số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết " +
    "thủ tục hành chính (được sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP), UBND tỉnh Bắc Kạn ban hành Kế " +
    "hoạch thực hiện năm 2024 như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  n1("1.", "Kiểm soát chặt chẽ việc ban hành, công bố, công khai thủ tục hành chính; cắt giảm, đơn giản hóa thủ tục " +
    "hành chính, tạo thuận lợi cho người dân, doanh nghiệp."),
  n1("2.", "Các nhiệm vụ phải gắn với trách nhiệm của người đứng đầu, có thời hạn hoàn thành cụ thể; kết quả thực " +
    "hiện là căn cứ đánh giá Chỉ số cải cách hành chính năm 2024 của các cơ quan, đơn vị."),
  R("II.", "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
  P("Để bảo đảm thực hiện đồng bộ, thống nhất, UBND tỉnh phân công các cơ quan, đơn vị thực hiện các nhiệm vụ tại " +
    "bảng dưới đây. Nhiệm vụ số 2a và số 5a được bổ sung theo ý kiến góp ý của Sở Thông tin và Truyền thông, Sở " +
    "Nội vụ đối với dự thảo Kế hoạch; số thứ tự các nhiệm vụ khác giữ nguyên như dự thảo đã lấy ý kiến."),
  table(),
  P("Ngoài các nhiệm vụ tại bảng trên, các cơ quan, đơn vị thực hiện một số nội dung sau:"),
  dash("Các sở, ban, ngành, UBND các huyện, thành phố cử công chức đầu mối thực hiện nhiệm vụ kiểm soát thủ tục hành " +
    "chính, gửi danh sách về Văn phòng UBND tỉnh trước ngày 29/3/2024."),
  dash("Sở Tư pháp chủ trì, phối hợp với Văn phòng UBND tỉnh kiểm tra việc tiếp nhận, xử lý phản ánh, kiến nghị của " +
    "cá nhân, tổ chức về quy định hành chính; hoàn thành trong tháng 10/2024."),
  dash("Định kỳ hằng quý, trước ngày 15 của tháng cuối quý, các sở, ban, ngành, UBND các huyện, thành phố báo cáo " +
    "tình hình, kết quả kiểm soát thủ tục hành chính về Văn phòng UBND tỉnh để tổng hợp."),
  dash("Sở Nội vụ đưa kết quả thực hiện Kế hoạch này vào tiêu chí chấm điểm Chỉ số cải cách hành chính năm 2024 của " +
    "các cơ quan, đơn vị; hoàn thành chậm nhất ngày 20/01/2025."),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  n3("1.", "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố chịu trách nhiệm trước Chủ tịch UBND " +
    "tỉnh về kết quả thực hiện các nhiệm vụ được giao tại Kế hoạch này."),
  n3("2.", "Văn phòng UBND tỉnh theo dõi, đôn đốc, hướng dẫn việc thực hiện; trong quá trình thực hiện, nếu có khó " +
    "khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Văn phòng UBND tỉnh để tổng hợp, báo cáo UBND tỉnh xem xét."),
  ...sign(["Văn phòng Chính phủ (Cục KSTTHC) (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, PCT UBND tỉnh",
    "Các sở, ban, ngành", "UBND các huyện, thành phố", "LĐVP", "Trung tâm PVHCC tỉnh"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đinh Quang Tuyên"),
];

const tasks = [
  task("1", "Ban hành Kế hoạch rà soát, đánh giá quy định, thủ tục hành chính năm 2024 trên địa bàn tỉnh",
    "2024-03-31", [VP], [DEP]),
  task("2", "Công bố danh mục thủ tục hành chính được chuẩn hóa theo quyết định công bố của các bộ, ngành",
    "2024-04-29", [VP], [DEP]),
  task("2a", "Rà soát, cập nhật quy trình nội bộ, quy trình điện tử giải quyết thủ tục hành chính", "2024-05-15", [TT],
    [VP, DEP]),
  task("3", "Rà soát, đề xuất đơn giản hóa thủ tục hành chính thuộc lĩnh vực đất đai, xây dựng", "2024-06-30",
    [TN, XD], [TP]),
  task("5", "Triển khai dịch vụ bưu chính công ích trong tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính",
    "2024-07-14", [VP], [BD]),
  task("5a", "Khảo sát mức độ hài lòng của người dân, doanh nghiệp đối với sự phục vụ của Bộ phận Một cửa cấp huyện",
    "2024-09-30", [NV], [DIS]),
  task("6", "Kiểm tra công tác kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông",
    "2024-09-30", [VP], [NV, TP]),
  task("7", "Tổng hợp, báo cáo kết quả kiểm soát thủ tục hành chính năm 2024 gửi Văn phòng Chính phủ", "2024-12-14",
    [VP], [DEP, DIS]),
  task(null, "cử công chức đầu mối thực hiện nhiệm vụ kiểm soát thủ tục hành chính, gửi danh sách về Văn phòng UBND " +
    "tỉnh", "2024-03-28", [DEP, DIS]),
  task(null, "kiểm tra việc tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính",
    "2024-10-31", [TP], [VP]),
  task(null, "đưa kết quả thực hiện Kế hoạch này vào tiêu chí chấm điểm Chỉ số cải cách hành chính năm 2024",
    "2025-01-20", [NV]),
];

const WORK = "Refs: the table's own TT, kept as typed, inserted rows included ('2a' after 2, '5a' after 5: the prose " +
  "above the table says they were added to the draft and the others kept their numbers); the dash paragraphs after " +
  "the table have no number (ref null). Times: 'Tháng 3/2024' 31/3 Sun -> 01/4; 'Trước 30/4/2024' 29/4, a holiday " +
  "(29/4-01/5) -> 02/5; '15/5/2024' Wed; 'Quý II/2024' 30/6 Sun -> 01/7; 'Trước 15/7/2024' 14/7 Sun -> 15/7; " +
  "'Tháng 9/2024' and 'Quý III/2024' 30/9 Mon; 'Trước 15/12/2024' 14/12 Sat -> 16/12. Row 4 'Thường xuyên': no task. " +
  "Row 3's Chủ trì cell names two departments: both lead. Row 6 names the three districts visited in its title only " +
  "(who is inspected is no unit of the task); its partners are Sở Nội vụ and Sở Tư pháp. 'Các sở, ban, ngành' = " +
  "@departments, 'UBND các huyện, thành phố' = @districts (row 2a's 'Văn phòng UBND tỉnh; các sở, ban, ngành': " +
  "VP and the group). After the table: 'trước ngày 29/3/2024' 28/3 Thu, led by both groups (the list is sent to " +
  "Văn phòng UBND tỉnh, a recipient); 'hoàn thành trong tháng 10/2024' 31/10 Thu, Sở Tư pháp with VP; 'chậm nhất " +
  "ngày 20/01/2025' Mon, Sở Nội vụ. The quarterly report 'Định kỳ hằng quý, trước ngày 15 của tháng cuối quý' " +
  "recurs: no task. Parts I and III hold no dated work.";

await buildDoc(DIR, {
  typed: body(),
  auto: body(),
  printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 164/KH-UBND of UBND tỉnh Bắc Kạn (before the reorganisation), 18/3/2024, kiểm soát TTHC và cơ " +
      "chế một cửa năm 2024. HABIT: A TASK TABLE IN THE BODY WITH ROWS INSERTED AFTER THE DRAFT, NUMBERED '2a' AND " +
      "'5a' (not renumbered), prose before it and dated dash paragraphs after it ('Ngoài các nhiệm vụ tại bảng trên " +
      "…'). " + WORK + " PDF: LibreOffice.",
    province: "Bắc Kạn",
    plan: { number: "164/KH-UBND", date: "2024-03-18" },
    tasks,
    unresolved: [],
    successors: [],
  },
});

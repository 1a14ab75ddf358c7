// 04: Bắc Kạn 2023 (before the reorganisation) — a Sở Tư pháp plan for reviewing and systematising legal documents,
// sent to its own offices, the provincial departments and the districts. Part III says what and who, item by item
// ("1. … 9."), most items without a time; the times are in a separate part IV "TIẾN ĐỘ THỰC HIỆN", a list of dated
// lines that name the work in words (not by item number), one of them already done. plan.pdf: the LibreOffice PDF
// distilled again by Ghostscript (pdfwrite), as a virtual PDF printer does.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "04-bac-kan-2023-stp-items-then-separate-tien-do-part";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const iii = (num, text) => ({ t: "p", num, text, list: { kind: "decimal", inst: "III" } });
const dash = (inst) => (text) => ({ t: "p", num: "-", text, list: { kind: "dash", inst } });
const d1 = dash("I"), d2 = dash("II"), d4 = dash("IV"), d5 = dash("V");

const XD = "Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật", VP = "Văn phòng Sở", TT = "Thanh tra Sở";

const blocks = [
  ...head("UBND TỈNH BẮC KẠN\nSỞ TƯ PHÁP", "Số: 46/KH-STP", "Bắc Kạn, ngày 17 tháng 02 năm 2023", "KẾ HOẠCH",
    "Rà soát, hệ thống hóa văn bản quy phạm pháp luật trên địa bàn tỉnh Bắc Kạn năm 2023"),
  { t: "p", text: "Thực hiện Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của Chính phủ (được sửa đổi, bổ sung bởi " +
    "Nghị định số 154/2020/NĐ-CP) và Quyết định số 95/QĐ-UBND ngày 20/01/2023 của UBND tỉnh ban hành Kế hoạch công " +
    "tác tư pháp năm 2023, Sở Tư pháp xây dựng Kế hoạch rà soát, hệ thống hóa văn bản quy phạm pháp luật năm 2023 " +
    "như sau:" },
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  d1("Kịp thời phát hiện văn bản trái pháp luật, mâu thuẫn, chồng chéo, hết hiệu lực để xử lý theo thẩm quyền."),
  d1("Hoàn thành hệ thống hóa văn bản kỳ 2019 - 2023 theo đúng quy định, đúng thời hạn."),
  sec("II.", "PHẠM VI"),
  d2("Văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành và do HĐND, UBND các huyện, thành phố ban hành còn " +
    "hiệu lực đến hết ngày 31/12/2023."),
  sec("III.", "NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN"),
  iii("1.", "Các sở, ban, ngành rà soát văn bản quy phạm pháp luật của HĐND, UBND tỉnh thuộc lĩnh vực quản lý, gửi " +
    "kết quả về Sở Tư pháp chậm nhất ngày 28/4/2023."),
  iii("2.", "UBND các huyện, thành phố rà soát văn bản quy phạm pháp luật do HĐND, UBND cấp huyện ban hành; gửi " +
    "kết quả về Sở Tư pháp theo tiến độ tại Mục IV."),
  iii("3.", "Các sở, ban, ngành hệ thống hóa văn bản quy phạm pháp luật kỳ 2019 - 2023 thuộc lĩnh vực quản lý, lập " +
    "danh mục văn bản còn hiệu lực, hết hiệu lực, gửi Sở Tư pháp."),
  iii("4.", "Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật chủ trì, phối hợp với Văn phòng Sở tổng hợp kết " +
    "quả hệ thống hóa kỳ 2019 - 2023, tham mưu Giám đốc Sở trình Chủ tịch UBND tỉnh công bố."),
  iii("5.", "Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật tổng hợp Danh mục văn bản quy phạm pháp luật hết " +
    "hiệu lực toàn bộ hoặc một phần năm 2023, tham mưu trình Chủ tịch UBND tỉnh công bố."),
  iii("6.", "Các sở, ban, ngành, UBND các huyện, thành phố cập nhật văn bản mới ban hành, văn bản hết hiệu lực lên " +
    "Cơ sở dữ liệu quốc gia về pháp luật."),
  iii("7.", "Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật tổ chức tập huấn nghiệp vụ rà soát, hệ thống hóa " +
    "văn bản cho công chức pháp chế các sở, ngành và công chức Phòng Tư pháp cấp huyện."),
  iii("8.", "Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật chủ trì, phối hợp với Thanh tra Sở kiểm tra công " +
    "tác rà soát, hệ thống hóa văn bản tại UBND 03 huyện: Ba Bể, Na Rì, Pác Nặm."),
  iii("9.", "Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật xây dựng báo cáo kết quả rà soát, hệ thống hóa " +
    "văn bản năm 2023 của tỉnh, gửi Bộ Tư pháp, UBND tỉnh."),
  sec("IV.", "TIẾN ĐỘ THỰC HIỆN"),
  d4("Tháng 01/2023: Kiện toàn Tổ công tác rà soát, hệ thống hóa văn bản của Sở (đã thực hiện tại Quyết định số " +
    "12/QĐ-STP ngày 10/01/2023)."),
  d4("Trước ngày 15/3/2023: Tập huấn nghiệp vụ rà soát, hệ thống hóa văn bản."),
  d4("Trước ngày 31/5/2023: UBND các huyện, thành phố gửi kết quả rà soát văn bản về Sở Tư pháp."),
  d4("Quý III/2023: Kiểm tra công tác rà soát, hệ thống hóa văn bản tại các huyện."),
  d4("Trước ngày 15/7/2023: Các sở, ban, ngành gửi kết quả hệ thống hóa văn bản kỳ 2019 - 2023."),
  d4("Tháng 9/2023: Trình Chủ tịch UBND tỉnh công bố kết quả hệ thống hóa văn bản kỳ 2019 - 2023."),
  d4("Trước ngày 15/11/2023: Báo cáo kết quả rà soát, hệ thống hóa văn bản năm 2023 của tỉnh."),
  d4("Tháng 01/2024: Trình công bố Danh mục văn bản hết hiệu lực toàn bộ hoặc một phần năm 2023."),
  sec("V.", "KINH PHÍ"),
  d5("Kinh phí thực hiện từ dự toán ngân sách năm 2023 đã giao cho Sở Tư pháp và các cơ quan, đơn vị."),
  { t: "p", text: "Đề nghị các sở, ban, ngành, UBND các huyện, thành phố phối hợp thực hiện; các phòng, đơn vị thuộc " +
    "Sở triển khai nhiệm vụ được giao. Mọi vướng mắc liên hệ Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp " +
    "luật, Sở Tư pháp (điện thoại 0209.3878.xxx)./." },
  ...sign(["UBND tỉnh (b/c)", "Cục Kiểm tra VBQPPL - Bộ Tư pháp (b/c)", "Giám đốc, các PGĐ Sở", "Các sở, ban, " +
    "ngành", "UBND các huyện, thành phố", "Các phòng, đơn vị thuộc Sở"], "GIÁM ĐỐC", "Hà Thị Liễu"),
];

const tasks = [
  task("III.1", "Rà soát văn bản QPPL của HĐND, UBND tỉnh thuộc lĩnh vực quản lý, gửi kết quả về Sở Tư pháp",
    "2023-04-28", ["@departments"]),
  task("III.2", "Rà soát văn bản QPPL do HĐND, UBND cấp huyện ban hành; gửi kết quả về Sở Tư pháp", "2023-05-30",
    ["@districts"]),
  task("III.3", "Hệ thống hóa văn bản QPPL kỳ 2019 - 2023 thuộc lĩnh vực quản lý, lập danh mục, gửi Sở Tư pháp",
    "2023-07-14", ["@departments"]),
  task("III.4", "Tổng hợp kết quả hệ thống hóa kỳ 2019 - 2023, tham mưu trình Chủ tịch UBND tỉnh công bố",
    "2023-09-30", [XD], [VP]),
  task("III.5", "Tổng hợp Danh mục văn bản QPPL hết hiệu lực toàn bộ hoặc một phần năm 2023, tham mưu trình công bố",
    "2024-01-31", [XD]),
  task("III.7", "Tập huấn nghiệp vụ rà soát, hệ thống hóa văn bản cho công chức pháp chế các sở, ngành và công chức " +
    "Phòng Tư pháp cấp huyện", "2023-03-14", [XD]),
  task("III.8", "Kiểm tra công tác rà soát, hệ thống hóa văn bản tại UBND 03 huyện: Ba Bể, Na Rì, Pác Nặm",
    "2023-09-30", [XD], [TT]),
  task("III.9", "Xây dựng báo cáo kết quả rà soát, hệ thống hóa văn bản năm 2023 của tỉnh, gửi Bộ Tư pháp, UBND tỉnh",
    "2023-11-14", [XD]),
];

await build(DIR, {
  blocks, printer: "ghostscript",
  expected: {
    id: ID,
    style: "Kế hoạch 46/KH-STP of the Sở Tư pháp Bắc Kạn, 17/02/2023 (before the reorganisation: districts), " +
      "review and systematisation of legal documents 2023, to its own offices, the departments and the districts. " +
      "Part III items 1.-9. say what and who (refs III.n); only III.1 carries its own time ('chậm nhất ngày " +
      "28/4/2023' = 28/4). The others take their time from part IV 'TIẾN ĐỘ THỰC HIỆN', dated dash lines that name " +
      "the work in words, matched by hand: 'Trước ngày 15/3' tập huấn -> III.7 (14/3); 'Trước ngày 31/5' huyện gửi " +
      "kết quả rà soát -> III.2 (30/5); 'Quý III/2023' kiểm tra tại các huyện -> III.8 (30/9 Sat -> 2/10); 'Trước " +
      "ngày 15/7' sở, ngành gửi kết quả hệ thống hóa -> III.3 (14/7); 'Tháng 9/2023' trình công bố kết quả hệ " +
      "thống hóa -> III.4 (30/9 -> 2/10); 'Trước ngày 15/11' báo cáo năm -> III.9 (14/11); 'Tháng 01/2024' danh mục " +
      "hết hiệu lực -> III.5 (31/1/2024). Such a time is the task's own (it names the same work), so inherited is " +
      "false. Left out: part IV's first line (Tháng 01/2023, done), III.6 (no time anywhere: ongoing updating of " +
      "the national database), part V and the closing request. 'chủ trì, phối hợp với' -> coordinators (Văn phòng " +
      "Sở, Thanh tra Sở); 'gửi Sở Tư pháp / Bộ Tư pháp, UBND tỉnh', 'trình Chủ tịch UBND tỉnh' are recipients; " +
      "'Các sở, ban, ngành' -> @departments, 'UBND các huyện, thành phố' -> @districts; the three named districts " +
      "in III.8 are places inspected, not units. The Sở's offices unresolved as written. PDF: LibreOffice, " +
      "distilled again by Ghostscript pdfwrite.",
    province: "Bắc Kạn",
    plan: { number: "46/KH-STP", date: "2023-02-17" },
    tasks,
    unresolved: [XD, VP, TT],
    successors: [],
  },
});

// 05: Bắc Kạn 2022, UBND tỉnh's plan implementing a Bộ Nội vụ decision (Chỉ số CCHC): Phụ lục table with
// "Sản phẩm" and "Cấp ban hành" columns beside the lead/partner columns; rows numbered 1-14 across groups I-IV.
import path from "node:path";
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const id = "05-bac-kan-2022-ministry-decision-product-issuing-level";
const p = (text, extra = {}) => ({ t: "p", text, ...extra });
const li = (kind, inst, num, text, extra = {}) => p(text, { num, list: { kind, inst }, ...extra });
const SNV = "Sở Nội vụ";
const VP = "Văn phòng UBND tỉnh";
const g = (roman, label) => [{ text: roman, bold: true, align: "center" }, { text: label, bold: true, span: 6 }];

const rows = [
  ["TT", "Nhiệm vụ", "Sản phẩm", "Cấp ban hành", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
  g("I", "BAN HÀNH VĂN BẢN TRIỂN KHAI"),
  ["1", "Ban hành Bộ tiêu chí xác định Chỉ số cải cách hành chính của các sở, ban, ngành và UBND các huyện, " +
    "thành phố tỉnh Bắc Kạn", "Quyết định", "UBND tỉnh", SNV, "Sở Tư pháp; các sở, ban, ngành", "Tháng 01/2023"],
  ["2", "Ban hành Kế hoạch tổ chức xác định Chỉ số cải cách hành chính năm 2022 của tỉnh", "Kế hoạch", "UBND tỉnh",
    SNV, VP, "Trước ngày 20/12/2022"],
  ["3", "Kiện toàn Hội đồng thẩm định Chỉ số cải cách hành chính tỉnh năm 2022", "Quyết định",
    "Chủ tịch UBND tỉnh", SNV, `Sở Tư pháp, ${VP}`, "Trước ngày 31/12/2022"],
  ["4", "Hướng dẫn tự đánh giá, chấm điểm và cung cấp tài liệu kiểm chứng", "Văn bản hướng dẫn", SNV, SNV, "",
    "Chậm nhất ngày 10/01/2023"],
  g("II", "ĐIỀU TRA XÃ HỘI HỌC, TỰ ĐÁNH GIÁ"),
  ["5", "Lập danh sách đối tượng điều tra xã hội học (lãnh đạo, công chức các cơ quan, đại biểu HĐND tỉnh)",
    "Danh sách gửi Bộ Nội vụ", "", SNV, "Các sở, ban, ngành; UBND các huyện, thành phố", "15/02/2023"],
  ["6", "Phát, thu phiếu điều tra xã hội học tại các cơ quan, địa phương", "Phiếu điều tra được thu về", "",
    "Bưu điện tỉnh", SNV, "Tháng 3/2023"],
  ["7", "Tự đánh giá, cập nhật kết quả và tài liệu kiểm chứng lên Phần mềm Chỉ số cải cách hành chính",
    "Báo cáo tự đánh giá (số liệu đến ngày 15/12/2022)", "", SNV, "Các sở, ban, ngành", "Trước ngày 28/02/2023"],
  g("III", "THẨM ĐỊNH, CÔNG BỐ KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CẤP TỈNH"),
  ["8", "Thẩm định kết quả tự đánh giá của các sở, ban, ngành, UBND các huyện, thành phố", "Biên bản thẩm định", "",
    "Hội đồng thẩm định", SNV, "Trước ngày 31/5/2023"],
  ["9", "Công bố Chỉ số cải cách hành chính năm 2022 của các sở, ban, ngành, UBND các huyện, thành phố",
    "Quyết định công bố", "UBND tỉnh", SNV, `Hội đồng thẩm định; ${VP}`, "Quý II/2023"],
  ["10", "Tổ chức Hội nghị công bố, phân tích kết quả Chỉ số", "Hội nghị", "", SNV,
    `${VP}; Báo Bắc Kạn; Đài Phát thanh - Truyền hình tỉnh`, "Tháng 7/2023"],
  g("IV", "BẢO ĐẢM ĐIỀU KIỆN THỰC HIỆN"),
  ["11", "Nâng cấp Phần mềm theo dõi, chấm điểm Chỉ số cải cách hành chính của tỉnh", "Phần mềm được nâng cấp", "",
    "Sở Thông tin và Truyền thông", SNV, "Quý I/2023"],
  ["12", "Bố trí kinh phí thực hiện Kế hoạch", "Quyết định giao dự toán", "UBND tỉnh", "Sở Tài chính", SNV,
    "Trước ngày 25/12/2022"],
  ["13", "Xây dựng kế hoạch khắc phục tồn tại, hạn chế sau khi công bố Chỉ số", "Kế hoạch của cơ quan, địa phương",
    "Cơ quan chủ trì", "Các sở, ban, ngành; UBND các huyện, thành phố", "", "Tháng 9/2023"],
  ["14", "Tuyên truyền về Chỉ số cải cách hành chính trên Cổng Thông tin điện tử tỉnh", "Tin, bài", "",
    "Sở Thông tin và Truyền thông", "Báo Bắc Kạn", "Thường xuyên"],
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 318/KH-UBND", "Bắc Kạn, ngày 06 tháng 12 năm 2022", "KẾ HOẠCH",
    "Triển khai thực hiện Quyết định số 876/QĐ-BNV ngày 10/11/2022 của Bộ trưởng Bộ Nội vụ phê duyệt Đề án " +
    "\"Xác định Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố trực thuộc " +
    "Trung ương\" trên địa bàn tỉnh Bắc Kạn"),
  p("Thực hiện Quyết định số 876/QĐ-BNV ngày 10/11/2022 của Bộ trưởng Bộ Nội vụ, Ủy ban nhân dân tỉnh Bắc Kạn ban " +
    "hành Kế hoạch triển khai trên địa bàn tỉnh như sau:"),
  li("roman", 1, "I.", "MỤC ĐÍCH, YÊU CẦU", { bold: true }),
  li("dash", 1, "-", "Cụ thể hóa các nội dung của Đề án thuộc trách nhiệm của tỉnh; xác định rõ sản phẩm, cấp ban " +
    "hành, cơ quan chủ trì và thời gian hoàn thành của từng nhiệm vụ."),
  li("dash", 1, "-", "Đánh giá thực chất, khách quan kết quả cải cách hành chính của các cơ quan, địa phương; làm " +
    "căn cứ bình xét thi đua, khen thưởng cuối năm."),
  li("roman", 1, "II.", "NHIỆM VỤ", { bold: true }),
  p("Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này. Thời gian tại cột \"Thời gian hoàn thành\" là hạn " +
    "hoàn thành sản phẩm; cột \"Cấp ban hành\" ghi cấp có thẩm quyền ký ban hành sản phẩm, không phải cơ quan thực " +
    "hiện nhiệm vụ."),
  li("roman", 1, "III.", "TỔ CHỨC THỰC HIỆN", { bold: true }),
  li("decimal", 1, "1.", "Sở Nội vụ là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp " +
    "kết quả, tham mưu UBND tỉnh báo cáo Bộ Nội vụ trước ngày 15/12/2023."),
  li("decimal", 1, "2.", "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố chủ động thực hiện nhiệm " +
    "vụ được giao; thường xuyên cập nhật tiến độ về Sở Nội vụ."),
  li("decimal", 1, "3.", "Sở Tài chính tham mưu bố trí kinh phí theo phân cấp ngân sách hiện hành."),
  p("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp, " +
    "báo cáo UBND tỉnh xem xét, giải quyết./."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "CT, các PCT UBND tỉnh", "Các sở, ban, ngành",
    "UBND các huyện, thành phố"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đỗ Thị Minh Hoa"),
  p("PHỤ LỤC", { bold: true, align: "center", indent: false }),
  p("DANH MỤC NHIỆM VỤ TRIỂN KHAI ĐỀ ÁN XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH",
    { bold: true, align: "center", indent: false }),
  p("(Kèm theo Kế hoạch số 318/KH-UBND ngày 06/12/2022 của UBND tỉnh Bắc Kạn)",
    { italic: true, align: "center", indent: false }),
  { t: "table", header: 1, widths: [450, 2600, 1400, 1000, 1300, 1500, 1150], rows },
];

const t = (n) => rows.find((r) => r[0] === n)[1];
const D = "@departments";
const H = "@districts";
const ST = "Sở Tư pháp";
const TT = "Sở Thông tin và Truyền thông";
const tasks = [
  task("1", t("1"), "2023-01-31", [SNV], [ST, D]),
  task("2", t("2"), "2022-12-19", [SNV], [VP]),
  task("3", t("3"), "2022-12-30", [SNV], [ST, VP]),
  task("4", t("4"), "2023-01-10", [SNV]),
  task("5", t("5"), "2023-02-15", [SNV], [D, H]),
  task("6", t("6"), "2023-03-31", ["Bưu điện tỉnh"], [SNV]),
  task("7", t("7"), "2023-02-27", [SNV], [D]),
  task("8", t("8"), "2023-05-30", ["Hội đồng thẩm định"], [SNV]),
  task("9", t("9"), "2023-06-30", [SNV], ["Hội đồng thẩm định", VP]),
  task("10", t("10"), "2023-07-31", [SNV], [VP, "Báo Bắc Kạn", "Đài Phát thanh - Truyền hình tỉnh"]),
  task("11", t("11"), "2023-03-31", [TT], [SNV]),
  task("12", t("12"), "2022-12-24", ["Sở Tài chính"], [SNV]),
  task("13", t("13"), "2023-09-30", [D, H]),
  task("III.1", "Theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả, tham mưu UBND tỉnh báo cáo Bộ Nội vụ",
    "2023-12-14", [SNV]),
];

const dir = path.join(import.meta.dirname, "..", id);
await build(dir, { blocks, printer: "chromium", expected: {
  id,
  style: "Kế hoạch 318/KH-UBND of UBND tỉnh Bắc Kạn, 06/12/2022, implementing a ministry's decision (Quyết định " +
    "876/QĐ-BNV, Chỉ số CCHC) at the provincial level. Body I-III (Word lists in plan-auto.docx), signature, then " +
    "the Phụ lục table TT | Nhiệm vụ | Sản phẩm | Cấp ban hành | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian " +
    "hoàn thành, group rows I-IV spanning, rows numbered 1-14 straight through (ref = TT). 'Cấp ban hành' (UBND " +
    "tỉnh, Chủ tịch UBND tỉnh, Sở Nội vụ, 'Cơ quan chủ trì') names who signs the product, never a lead or partner " +
    "(section II says so). The date in row 7's product ('số liệu đến ngày 15/12/2022') is no deadline. Row 14 " +
    "'Thường xuyên' left out. III.1 'tham mưu UBND tỉnh báo cáo Bộ Nội vụ trước ngày 15/12/2023' = Sở Nội vụ's " +
    "task (14/12). Row 13's lead 'Các sở, ban, ngành; UBND các huyện, thành phố' = @departments + @districts; row 1 " +
    "'các sở, ban, ngành' as partner = @departments. Moves: 24/12/2022 (Sat) -> 26/12; 30/9/2023 (Sat) -> 2/10. " +
    "Printed by Chromium from HTML.",
  province: "Bắc Kạn",
  plan: { number: "318/KH-UBND", date: "2022-12-06" },
  tasks,
  unresolved: [],
  successors: [],
} });

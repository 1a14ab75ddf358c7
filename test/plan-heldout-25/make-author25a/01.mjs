// 01: Bắc Kạn before the reorganisation (05/4/2024) — UBND tỉnh's plan for responding to storms, floods, flash
// floods and landslides by risk level. II is a table of risk levels (who commands at each level: no tasks). III is
// ONE table per unit with three phase columns: "Trước khi thiên tai xảy ra (công tác chuẩn bị)" with lettered lines
// a), b) … (the only dated work), "Khi thiên tai xảy ra" and "Sau khi thiên tai xảy ra" with dash lines (undated,
// or counted from the undated disaster). IV "Tổ chức thực hiện" adds two dated report items. plan.pdf: LibreOffice.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "01-bac-kan-2024-disaster-response-unit-rows-before-during-after-columns-lettered-preparation";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NN = "Sở NN&PTNT";
const QS = "Bộ Chỉ huy Quân sự tỉnh";
const CA = "Công an tỉnh";
const GT = "Sở Giao thông vận tải";
const CT = "Sở Công Thương";
const YT = "Sở Y tế";
const TT = "Sở Thông tin và Truyền thông";
const DN = "các doanh nghiệp viễn thông trên địa bàn";
const HUYEN = "@districts";

const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const item = (inst, kind) => (num, text, extra = {}) => ({ t: "p", num, text, list: { kind, inst }, ...extra });
const d1 = item("I", "dash");
const n4 = item("IV", "decimal");
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });

const row = (stt, unit, before, during, after) => [{ text: stt, align: "center" }, { text: unit, bold: true },
  before, during, after];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 176/KH-UBND", "Bắc Kạn, ngày 05 tháng 4 năm 2024",
    "KẾ HOẠCH", "Ứng phó với bão, mưa lớn, lũ, lũ quét, sạt lở đất theo cấp độ rủi ro thiên tai năm 2024"),
  plain("Căn cứ Luật Phòng, chống thiên tai năm 2013, được sửa đổi, bổ sung năm 2020; Quyết định số 18/2021/QĐ-TTg " +
    "ngày 22/4/2021 của Thủ tướng Chính phủ quy định về dự báo, cảnh báo, truyền tin thiên tai và cấp độ rủi ro " +
    "thiên tai; xét đề nghị của Sở Nông nghiệp và Phát triển nông thôn (sau đây viết tắt là Sở NN&PTNT) - cơ quan " +
    "thường trực Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh (sau đây viết tắt là Ban Chỉ huy PCTT " +
    "và TKCN tỉnh), UBND tỉnh ban hành Kế hoạch như sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  d1("-", "Chủ động phòng ngừa, ứng phó kịp thời, hiệu quả với bão, mưa lớn, lũ, lũ quét, sạt lở đất trong mùa mưa " +
    "lũ năm 2024; giảm thiểu thiệt hại về người và tài sản của Nhân dân và Nhà nước."),
  d1("-", "Thực hiện tốt phương châm \"bốn tại chỗ\" (chỉ huy tại chỗ; lực lượng tại chỗ; phương tiện, vật tư tại " +
    "chỗ; hậu cần tại chỗ); phân công rõ trách nhiệm của từng cơ quan, đơn vị trước, trong và sau thiên tai."),
  sec("II.", "CẤP ĐỘ RỦI RO THIÊN TAI VÀ CHỈ HUY ỨNG PHÓ"),
  { t: "table", widths: [1500, 4400, 3500], header: 1, rows: [
    ["Cấp độ rủi ro", "Tình huống điển hình trên địa bàn tỉnh", "Chỉ huy, chỉ đạo ứng phó"],
    ["Cấp độ 1", "Mưa lớn 100-200 mm trong 24 giờ; lũ quét, sạt lở đất cục bộ tại một số xã",
      "Chủ tịch UBND cấp xã, Ban Chỉ huy PCTT và TKCN cấp xã"],
    ["Cấp độ 2", "Mưa lớn trên 200 mm trong 24 giờ kéo dài từ 2 ngày; lũ quét, sạt lở đất trên diện rộng",
      "Chủ tịch UBND cấp huyện; Ban Chỉ huy PCTT và TKCN tỉnh hỗ trợ khi vượt khả năng của cấp huyện"],
    ["Cấp độ 3", "Bão mạnh cấp 10-11 ảnh hưởng trực tiếp; mưa lớn trên 400 mm trong 48 giờ",
      "Chủ tịch UBND tỉnh, Trưởng Ban Chỉ huy PCTT và TKCN tỉnh"],
    ["Cấp độ 4, 5", "Thảm họa thiên tai", "Theo chỉ đạo của Ban Chỉ đạo quốc gia về Phòng, chống thiên tai"],
  ] },
  sec("III.", "NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ"),
  plain("Các cơ quan, đơn vị thực hiện nhiệm vụ theo từng giai đoạn trước, trong và sau khi thiên tai xảy ra như " +
    "sau (công tác chuẩn bị phải hoàn thành đúng thời hạn ghi tại cột (3)):"),
  { t: "table", widths: [680, 1450, 2950, 2250, 2070], header: 2, rows: [
    ["STT", "Cơ quan, đơn vị", "Trước khi thiên tai xảy ra\n(công tác chuẩn bị)", "Khi thiên tai xảy ra",
      "Sau khi thiên tai xảy ra"],
    ["(1)", "(2)", "(3)", "(4)", "(5)"],
    row("1", "Sở NN&PTNT (cơ quan thường trực Ban Chỉ huy PCTT và TKCN tỉnh)",
      "a) Tham mưu kiện toàn Ban Chỉ huy PCTT và TKCN tỉnh, phân công nhiệm vụ cho các thành viên; hoàn thành " +
      "trước ngày 15/4/2024.\nb) Chủ trì, phối hợp với UBND các huyện, thành phố kiểm tra an toàn hồ chứa, đập " +
      "dâng, công trình thủy lợi xung yếu; xong trong tháng 5/2024.\nc) Tổng kết công tác phòng, chống thiên tai " +
      "năm 2023 (đã thực hiện tháng 01/2024).\nd) Rà soát, cập nhật phương án ứng phó thiên tai theo cấp độ rủi " +
      "ro hằng năm.",
      "- Trực ban 24/24 giờ, theo dõi sát diễn biến thời tiết, tham mưu ban hành công điện, văn bản chỉ đạo.\n" +
      "- Tổng hợp tình hình, báo cáo Ban Chỉ huy PCTT và TKCN tỉnh.",
      "- Chậm nhất 05 ngày sau khi kết thúc đợt thiên tai, tổng hợp thiệt hại, đề xuất hỗ trợ khôi phục sản xuất."),
    row("2", "Bộ Chỉ huy Quân sự tỉnh",
      "a) Chủ trì, phối hợp với Công an tỉnh, UBND các huyện, thành phố xây dựng kế hoạch huy động lực lượng, " +
      "phương tiện tham gia ứng phó, tìm kiếm cứu nạn; xong trước ngày 30/4/2024.\nb) Tổ chức diễn tập ứng phó " +
      "lũ quét, sạt lở đất tại huyện Chợ Đồn trong quý II/2024.",
      "- Huy động lực lượng, phương tiện sơ tán dân, cứu hộ, cứu nạn theo lệnh của Trưởng Ban Chỉ huy PCTT và " +
      "TKCN tỉnh.",
      "- Giúp nhân dân khắc phục hậu quả, dọn dẹp vệ sinh môi trường."),
    row("3", "Công an tỉnh",
      "a) Xây dựng phương án bảo đảm an ninh, trật tự, phân luồng giao thông tại các khu vực thường xuyên ngập " +
      "lụt, sạt lở; chậm nhất ngày 10/5/2024.\nb) Duy trì lực lượng thường trực sẵn sàng tham gia cứu hộ, cứu nạn.",
      "- Bảo đảm an ninh, trật tự; bảo vệ tài sản của Nhà nước và Nhân dân tại khu vực sơ tán.",
      "- Điều tra, xử lý các hành vi lợi dụng thiên tai để trục lợi."),
    row("4", "Sở Giao thông vận tải",
      "a) Rà soát, bố trí vật tư dự phòng (đá hộc, rọ thép, cọc tiêu) tại các vị trí xung yếu trên quốc lộ 3, 3B, " +
      "279 và các tuyến đường tỉnh; trước ngày 31/5/2024.",
      "- Chỉ đạo bảo đảm giao thông thông suốt; cắm biển cảnh báo, bố trí người hướng dẫn tại các điểm ngầm, tràn.",
      "- Khắc phục sạt lở, thông tuyến nhanh nhất."),
    row("5", "Sở Công Thương",
      "a) Chỉ đạo các doanh nghiệp dự trữ lương thực, nước uống, hàng hóa thiết yếu tại các xã vùng sâu dễ bị " +
      "chia cắt; hoàn thành trước ngày 15/6/2024.",
      "- Phối hợp với Công ty Điện lực Bắc Kạn bảo đảm an toàn lưới điện, cắt điện khu vực nguy hiểm.",
      "- Bình ổn giá cả hàng hóa thiết yếu tại vùng bị thiệt hại."),
    row("6", "Sở Y tế",
      "a) Bố trí cơ số thuốc, hóa chất khử khuẩn và đội y tế cơ động tại các huyện có nguy cơ cao; trong tháng " +
      "5/2024.",
      "- Cấp cứu, điều trị người bị nạn.",
      "- Phòng, chống dịch bệnh sau thiên tai."),
    row("7", TT,
      "a) Chủ trì, phối hợp với các doanh nghiệp viễn thông trên địa bàn xây dựng phương án bảo đảm thông tin " +
      "liên lạc phục vụ chỉ đạo, điều hành khi có thiên tai; trước ngày 20/5/2024.",
      "- Chỉ đạo bảo đảm thông tin liên lạc thông suốt; nhắn tin cảnh báo đến thuê bao tại vùng nguy hiểm.",
      "- Khôi phục hạ tầng viễn thông bị hư hỏng."),
    row("8", "Sở Tài chính",
      "a) Tham mưu bố trí kinh phí dự phòng cho công tác phòng, chống thiên tai theo quy định.",
      "- Bảo đảm kinh phí cho các hoạt động ứng phó khẩn cấp.",
      "- Tham mưu hỗ trợ kinh phí khắc phục hậu quả."),
    row("9", "Đài Phát thanh - Truyền hình tỉnh, Báo Bắc Kạn",
      "a) Thường xuyên tuyên truyền kiến thức, kỹ năng phòng tránh thiên tai.",
      "- Đưa tin kịp thời các bản tin dự báo, cảnh báo và chỉ đạo của các cấp.", "- Phản ánh công tác khắc phục."),
    row("10", "UBND các huyện, thành phố",
      "a) Kiện toàn Ban Chỉ huy PCTT và TKCN cấp huyện, chỉ đạo kiện toàn cấp xã; trước ngày 20/4/2024.\nb) Rà " +
      "soát, lập danh sách hộ dân sống ở vùng có nguy cơ lũ quét, sạt lở đất và phương án di dời; hoàn thành " +
      "trước ngày 15/5/2024.\nc) Tổ chức tập huấn cho lực lượng xung kích phòng, chống thiên tai cấp xã trong " +
      "quý II/2024.\nd) Chuẩn bị vật tư, phương tiện theo phương châm \"bốn tại chỗ\".",
      "- Tổ chức sơ tán, di dời dân ra khỏi vùng nguy hiểm; hỗ trợ lương thực, nơi ở tạm thời.",
      "- Thống kê, báo cáo thiệt hại; ổn định đời sống nhân dân."),
  ] },
  sec("IV.", "TỔ CHỨC THỰC HIỆN"),
  n4("1.", "Giao Sở NN&PTNT theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch; tổng hợp kết quả công tác " +
    "chuẩn bị, báo cáo UBND tỉnh trước ngày 30/6/2024."),
  n4("2.", "Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các huyện, thành phố báo cáo kết quả thực hiện công " +
    "tác chuẩn bị của cơ quan, địa phương mình (qua Sở NN&PTNT) trước ngày 25/6/2024."),
  n4("3.", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo UBND tỉnh " +
    "(qua Sở NN&PTNT) để xem xét, chỉ đạo./."),
  ...sign(["Bộ Nông nghiệp và PTNT (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, PCT UBND tỉnh",
    "Thành viên Ban Chỉ huy PCTT và TKCN tỉnh", "Các sở, ban, ngành tỉnh", "UBND các huyện, thành phố"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đinh Quang Tuyên"),
];

const tasks = [
  task("III.1.a", "Tham mưu kiện toàn Ban Chỉ huy PCTT và TKCN tỉnh, phân công nhiệm vụ cho các thành viên",
    "2024-04-14", [NN]),
  task("III.1.b", "Kiểm tra an toàn hồ chứa, đập dâng, công trình thủy lợi xung yếu", "2024-05-31", [NN], [HUYEN]),
  task("III.2.a", "Xây dựng kế hoạch huy động lực lượng, phương tiện tham gia ứng phó, tìm kiếm cứu nạn",
    "2024-04-29", [QS], [CA, HUYEN]),
  task("III.2.b", "Tổ chức diễn tập ứng phó lũ quét, sạt lở đất tại huyện Chợ Đồn", "2024-06-30", [QS]),
  task("III.3.a", "Xây dựng phương án bảo đảm an ninh, trật tự, phân luồng giao thông tại các khu vực thường xuyên " +
    "ngập lụt, sạt lở", "2024-05-10", [CA]),
  task("III.4.a", "Rà soát, bố trí vật tư dự phòng tại các vị trí xung yếu trên quốc lộ 3, 3B, 279 và các tuyến " +
    "đường tỉnh", "2024-05-30", [GT]),
  task("III.5.a", "Chỉ đạo các doanh nghiệp dự trữ lương thực, nước uống, hàng hóa thiết yếu tại các xã vùng sâu dễ " +
    "bị chia cắt", "2024-06-14", [CT]),
  task("III.6.a", "Bố trí cơ số thuốc, hóa chất khử khuẩn và đội y tế cơ động tại các huyện có nguy cơ cao",
    "2024-05-31", [YT]),
  task("III.7.a", "Xây dựng phương án bảo đảm thông tin liên lạc phục vụ chỉ đạo, điều hành khi có thiên tai",
    "2024-05-19", [TT], [DN]),
  task("III.10.a", "Kiện toàn Ban Chỉ huy PCTT và TKCN cấp huyện, chỉ đạo kiện toàn cấp xã", "2024-04-19", [HUYEN]),
  task("III.10.b", "Rà soát, lập danh sách hộ dân sống ở vùng có nguy cơ lũ quét, sạt lở đất và phương án di dời",
    "2024-05-14", [HUYEN]),
  task("III.10.c", "Tổ chức tập huấn cho lực lượng xung kích phòng, chống thiên tai cấp xã", "2024-06-30", [HUYEN]),
  task("IV.1", "Tổng hợp kết quả công tác chuẩn bị, báo cáo UBND tỉnh", "2024-06-29", [NN]),
  task("IV.2", "Báo cáo kết quả thực hiện công tác chuẩn bị của cơ quan, địa phương mình (qua Sở NN&PTNT)",
    "2024-06-24", ["@departments", HUYEN]),
];

await build(DIR, {
  blocks, printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 176/KH-UBND of UBND tỉnh Bắc Kạn, 05/4/2024 (before the reorganisation: districts), response " +
      "to storms, floods, flash floods and landslides by risk level. Acronyms defined once in the preamble ('Sở " +
      "NN&PTNT', 'Ban Chỉ huy PCTT và TKCN tỉnh') and used after. II is a risk-level table (level | situation | " +
      "who commands): no tasks. III is one table, a row per unit: STT | Cơ quan, đơn vị | Trước khi thiên tai xảy " +
      "ra (công tác chuẩn bị) | Khi thiên tai xảy ra | Sau khi thiên tai xảy ra, with a column-number row (1)-(5). " +
      "The 'Trước' cell holds lettered lines a), b) …, the only dated work; the 'Khi'/'Sau' cells hold dash lines, " +
      "undated or counted from the undated disaster ('Chậm nhất 05 ngày sau khi kết thúc đợt thiên tai'): no tasks. " +
      "Reading: ref = III.<STT>.<letter>; lead = the row's unit; 'chủ trì, phối hợp với Y' gives coordinators. " +
      "Left out: 1.c done (đã thực hiện), 1.d hằng năm, 3.b duy trì, 8.a and 9.a undated/thường xuyên, 10.d " +
      "undated. IV.1/IV.2 dated report items ('báo cáo UBND tỉnh', '(qua Sở NN&PTNT)' are recipients). 'Thủ " +
      "trưởng các sở, ban, ngành tỉnh' = @departments, '(Chủ tịch) UBND các huyện, thành phố' = @districts. " +
      "Dates: 'trước ngày 15/4' -> 14/4 Sun -> 15/4; 'trong tháng 5/2024' -> 31/5; 'trước ngày 30/4' -> 29/4 " +
      "(off, 30/4, 1/5 holidays) -> 2/5; 'quý II/2024' -> 30/6 Sun -> 1/7; 'chậm nhất ngày 10/5' -> 10/5; " +
      "'trước ngày 31/5' -> 30/5; 'trước ngày 15/6' -> 14/6; 'trước ngày 20/5' -> 19/5 Sun -> 20/5; 'trước ngày " +
      "20/4' -> 19/4; 'trước ngày 15/5' -> 14/5; 'trước ngày 30/6' -> 29/6 Sat -> 1/7; 'trước ngày 25/6' -> 24/6. " +
      "PDF: LibreOffice from the auto docx.",
    province: "Bắc Kạn",
    plan: { number: "176/KH-UBND", date: "2024-04-05" },
    tasks,
    unresolved: [QS, DN],
    successors: [],
  },
});

// 01: Bắc Kạn (before the reorganisation), Tờ trình 46/TTr-SNV ngày 06/3/2024 of Sở Nội vụ to UBND tỉnh, asking it to
// issue the plan for raising the PAR and SIPAS indexes in 2024. Habit: A TỜ TRÌNH CARRYING ITS DRAFT PLAN: the
// submission's own prose (why, how the draft was made with past dates of consultation, what it holds, the request
// "ban hành trước ngày 15/3/2024" addressed to UBND tỉnh) and then, after a boxed "DỰ THẢO" mark on a new page, the
// draft plan itself with a blank number and date ("Số:      /KH-UBND", "ngày      tháng      năm 2024") and an
// unsigned signature block. The tasks are the draft's; the document's number and date are the Tờ trình's.
import { P, buildDoc, dirOf, head, lister, sign, task } from "./common.mjs";

const ID = "01-bac-kan-2024-to-trinh-so-noi-vu-carrying-du-thao-ke-hoach-blank-number-past-consultation-dates";
const DIR = dirOf(ID, import.meta.url);
const SNV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TTTT = "Sở Thông tin và Truyền thông", STC = "Sở Tài chính";
const BD = "Bưu điện tỉnh", DEP = "@departments", DIS = "@districts";

const R1 = lister("roman", "ttr", { bold: true, indent: false });
const R2 = lister("roman", "kh", { bold: true, indent: false });
const n = lister("decimal", "nv");
const m = lister("decimal", "tc");

const blocks = [
  ...head(["UBND TỈNH BẮC KẠN", "SỞ NỘI VỤ"], "Số: 46/TTr-SNV", "Bắc Kạn, ngày 06 tháng 3 năm 2024", "TỜ TRÌNH",
    "Về việc ban hành Kế hoạch nâng cao Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng của người dân, " +
    "tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) tỉnh Bắc Kạn năm 2024"),
  P("Kính gửi: Ủy ban nhân dân tỉnh Bắc Kạn.", { align: "center", indent: false }),
  P("Căn cứ Quyết định số 2441/QĐ-UBND ngày 29/12/2023 của UBND tỉnh ban hành Kế hoạch cải cách hành chính nhà nước " +
    "tỉnh Bắc Kạn năm 2024; Văn bản số 225/UBND-NCPC ngày 15/01/2024 của UBND tỉnh về việc giao Sở Nội vụ xây dựng " +
    "Kế hoạch nâng cao Chỉ số PAR INDEX, SIPAS năm 2024, Sở Nội vụ kính trình Ủy ban nhân dân tỉnh như sau:"),
  R1("I.", "SỰ CẦN THIẾT BAN HÀNH KẾ HOẠCH"),
  P("Năm 2023, Chỉ số cải cách hành chính của tỉnh Bắc Kạn đạt 83,12%, xếp thứ 49/63 tỉnh, thành phố; Chỉ số SIPAS " +
    "đạt 80,45%, xếp thứ 41/63. Một số chỉ số thành phần đạt thấp như cải cách tài chính công, xây dựng và phát " +
    "triển Chính phủ điện tử, Chính phủ số. Để khắc phục hạn chế, cải thiện thứ hạng năm 2024, việc ban hành Kế " +
    "hoạch với nhiệm vụ cụ thể, rõ cơ quan chủ trì, thời gian hoàn thành là cần thiết."),
  R1("II.", "QUÁ TRÌNH XÂY DỰNG DỰ THẢO KẾ HOẠCH"),
  P("Ngày 02/02/2024, Sở Nội vụ có Văn bản số 198/SNV-CCHC gửi các sở, ban, ngành, UBND các huyện, thành phố đề " +
    "nghị tham gia ý kiến vào dự thảo Kế hoạch, thời hạn góp ý đến ngày 23/02/2024. Đến ngày 01/3/2024, Sở Nội vụ " +
    "đã nhận được ý kiến của 24/26 cơ quan, đơn vị; trong đó 17 đơn vị nhất trí với dự thảo, 07 đơn vị có ý kiến " +
    "bổ sung. Sở Nội vụ đã tiếp thu, hoàn thiện dự thảo (có Bảng tổng hợp, tiếp thu, giải trình ý kiến kèm theo)."),
  R1("III.", "BỐ CỤC VÀ NỘI DUNG CHÍNH CỦA DỰ THẢO"),
  P("Dự thảo Kế hoạch gồm 03 phần: I. Mục đích, yêu cầu; II. Nhiệm vụ, giải pháp (11 nhiệm vụ, trong đó 09 nhiệm " +
    "vụ có thời gian hoàn thành cụ thể); III. Tổ chức thực hiện. Nội dung bám sát các tiêu chí, tiêu chí thành phần " +
    "của Bộ Chỉ số CCHC cấp tỉnh do Bộ Nội vụ ban hành và kết quả Chỉ số năm 2023 của tỉnh."),
  R1("IV.", "ĐỀ XUẤT, KIẾN NGHỊ"),
  P("Để kịp thời triển khai các nhiệm vụ ngay từ đầu năm, Sở Nội vụ kính trình Ủy ban nhân dân tỉnh xem xét, ban " +
    "hành Kế hoạch trước ngày 15/3/2024 (có dự thảo Kế hoạch kèm theo)."),
  P("Sở Nội vụ kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./."),
  ...sign(["Như trên", "Giám đốc, các PGĐ Sở", "Phòng CCHC"], "GIÁM ĐỐC", "Hà Thị Liễu"),
  { t: "br" },
  { t: "table", widths: [1800], rows: [[{ text: "DỰ THẢO", bold: true, align: "center" }]] },
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số:        /KH-UBND", "Bắc Kạn, ngày      tháng      năm 2024",
    "KẾ HOẠCH", "Nâng cao Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng của người dân, tổ chức đối với " +
    "sự phục vụ của cơ quan hành chính nhà nước (SIPAS) tỉnh Bắc Kạn năm 2024"),
  R2("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("Cải thiện, nâng cao kết quả Chỉ số CCHC, Chỉ số SIPAS năm 2024 của tỉnh; phấn đấu Chỉ số CCHC xếp trong nhóm " +
    "40 tỉnh, thành phố dẫn đầu, Chỉ số SIPAS đạt trên 82%. Các nhiệm vụ phải cụ thể, rõ trách nhiệm của cơ quan " +
    "chủ trì, cơ quan phối hợp và thời gian hoàn thành."),
  R2("II.", "NHIỆM VỤ, GIẢI PHÁP"),
  n("1.", "Tổ chức Hội nghị phân tích kết quả Chỉ số CCHC, Chỉ số SIPAS năm 2023 và triển khai nhiệm vụ năm 2024. " +
    "Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh thực hiện trong tháng 4/2024."),
  n("2.", "Các sở, ban, ngành, UBND các huyện, thành phố xây dựng kế hoạch khắc phục các tiêu chí, tiêu chí thành " +
    "phần bị mất điểm năm 2023 thuộc lĩnh vực, địa bàn quản lý, gửi Sở Nội vụ trước ngày 15/4/2024."),
  n("3.", "Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Thông tin và Truyền thông rà soát, tham mưu công bố danh mục " +
    "thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình, một phần, hoàn thành chậm nhất ngày 31/5/2024."),
  n("4.", "UBND các huyện, thành phố chỉ đạo UBND cấp xã niêm yết, công khai đầy đủ thủ tục hành chính, số điện " +
    "thoại đường dây nóng tại Bộ phận Một cửa; hoàn thành trước ngày 30/6/2024."),
  n("5.", "Sở Tư pháp theo dõi tình hình thi hành pháp luật, kiểm tra, rà soát văn bản quy phạm pháp luật của tỉnh " +
    "theo quy định; thực hiện thường xuyên."),
  n("6.", "Sở Thông tin và Truyền thông nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, bảo đảm " +
    "kết nối, đồng bộ với Cổng Dịch vụ công quốc gia; hoàn thành trong quý III/2024."),
  n("7.", "Sở Nội vụ chủ trì, phối hợp với Sở Tài chính kiểm tra công tác CCHC tại 06 sở, ban, ngành và 04 huyện, " +
    "thành phố trong quý II và quý III năm 2024."),
  n("8.", "Sở Nội vụ chủ trì, phối hợp với Bưu điện tỉnh tổ chức điều tra xã hội học đo lường Chỉ số SIPAS cấp " +
    "tỉnh năm 2024; thời gian từ tháng 9 đến tháng 11/2024."),
  n("9.", "Sở Thông tin và Truyền thông, Báo Bắc Kạn, Đài Phát thanh - Truyền hình tỉnh đẩy mạnh tuyên truyền về " +
    "CCHC, Chỉ số PAR INDEX, SIPAS trên các phương tiện thông tin đại chúng; thực hiện thường xuyên trong năm."),
  n("10.", "Các sở, ban, ngành, UBND các huyện, thành phố tự đánh giá, chấm điểm Chỉ số CCHC năm 2024, gửi báo cáo " +
    "kèm tài liệu kiểm chứng về Sở Nội vụ trước ngày 05/12/2024."),
  n("11.", "Sở Nội vụ theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND tỉnh trước ngày " +
    "15/12/2024."),
  R2("III.", "TỔ CHỨC THỰC HIỆN"),
  m("1.", "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố chịu trách nhiệm trước Chủ tịch UBND " +
    "tỉnh về kết quả các tiêu chí, tiêu chí thành phần thuộc lĩnh vực, địa bàn quản lý."),
  m("2.", "Giao Sở Nội vụ hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị triển khai thực hiện Kế hoạch. Trong quá " +
    "trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp, báo cáo " +
    "UBND tỉnh xem xét, chỉ đạo./."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, PCT UBND tỉnh", "Các sở, ban, ngành",
    "UBND các huyện, thành phố"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", ""),
];

const tasks = [
  task("II.1", "Tổ chức Hội nghị phân tích kết quả Chỉ số CCHC, Chỉ số SIPAS năm 2023 và triển khai nhiệm vụ năm 2024",
    "2024-04-30", [SNV], [VP]),
  task("II.2", "Xây dựng kế hoạch khắc phục các tiêu chí, tiêu chí thành phần bị mất điểm năm 2023", "2024-04-14",
    [DEP, DIS]),
  task("II.3", "Rà soát, tham mưu công bố danh mục thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình, " +
    "một phần", "2024-05-31", [VP], [TTTT]),
  task("II.4", "Chỉ đạo UBND cấp xã niêm yết, công khai đầy đủ thủ tục hành chính", "2024-06-29", [DIS]),
  task("II.6", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "2024-09-30", [TTTT]),
  task("II.7", "Kiểm tra công tác CCHC tại 06 sở, ban, ngành và 04 huyện, thành phố", "2024-09-30", [SNV], [STC]),
  task("II.8", "Tổ chức điều tra xã hội học đo lường Chỉ số SIPAS cấp tỉnh năm 2024", "2024-11-30", [SNV], [BD]),
  task("II.10", "Tự đánh giá, chấm điểm Chỉ số CCHC năm 2024, gửi báo cáo kèm tài liệu kiểm chứng về Sở Nội vụ",
    "2024-12-04", [DEP, DIS]),
  task("II.11", "Theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND tỉnh", "2024-12-14", [SNV]),
];

const WORK = "The Tờ trình's own prose holds no task: 'Ngày 02/02/2024 … thời hạn góp ý đến ngày 23/02/2024', 'Đến " +
  "ngày 01/3/2024' are the past of the drafting, and 'kính trình UBND tỉnh … ban hành Kế hoạch trước ngày 15/3/2024' " +
  "is what the Tờ trình asks of its addressee, not a task of the plan. The tasks are the draft's part II items, ref " +
  "'II.n' (the draft's Roman part, as earlier answers). II.1 Sở Nội vụ chủ trì, Văn phòng UBND tỉnh phối hợp, " +
  "'trong tháng 4/2024' 30/4 (Reunification day off; 01/5 off) -> 02/5. II.2 'Các sở, ban, ngành, UBND các huyện, " +
  "thành phố' = @departments + @districts, 'gửi Sở Nội vụ trước ngày 15/4/2024' 14/4 (Sun) -> 15/4; Sở Nội vụ " +
  "receives. II.3 'chậm nhất ngày 31/5/2024' 31/5. II.4 the districts lead ('chỉ đạo UBND cấp xã': the communes " +
  "are who is directed, not a unit of the task), 'trước ngày 30/6/2024' 29/6 (Sat) -> 01/7. II.5 and II.9 " +
  "'thường xuyên': no task. II.6 'trong quý III/2024' 30/9. II.7 'trong quý II và quý III năm 2024' the later " +
  "quarter's end 30/9. II.8 'từ tháng 9 đến tháng 11/2024' the range's end 30/11 (Sat) -> 02/12. II.10 'trước " +
  "ngày 05/12/2024' 04/12. II.11 'báo cáo UBND tỉnh trước ngày 15/12/2024' 14/12 (Sat) -> 16/12. Part III sets no " +
  "date.";

await buildDoc(DIR, {
  typed: blocks,
  printer: "libreoffice",
  expected: {
    id: ID,
    style: "Tờ trình 46/TTr-SNV of Sở Nội vụ Bắc Kạn (before the reorganisation), 06/3/2024, asking UBND tỉnh to " +
      "issue the PAR INDEX and SIPAS plan for 2024. HABIT: A TỜ TRÌNH CARRYING ITS DRAFT PLAN (boxed 'DỰ THẢO', " +
      "blank 'Số: /KH-UBND' and date, unsigned): the number and date are the Tờ trình's, the tasks the draft's. " +
      WORK + " PDF: LibreOffice.",
    province: "Bắc Kạn",
    plan: { number: "46/TTr-SNV", date: "2024-03-06" },
    tasks,
    unresolved: [],
    successors: [],
  },
});

// 04: Thái Nguyên, Sở Nội vụ, Kế hoạch 15/KH-SNV ngày 13/01/2025 (before the reorganisation: districts, old
// departments), tổ chức thẩm định, xác định Chỉ số CCHC năm 2024. Habit: a DEPARTMENT'S OWN PLAN that gives work to
// its own rooms ("Phòng Cải cách hành chính", "Văn phòng Sở", "Phòng Tổ chức biên chế", "Phòng Công chức, viên
// chức", "Thanh tra Sở": names no directory knows) and asks ("Đề nghị") province departments for theirs; part "V.
// TỔ CHỨC THỰC HIỆN" by room, numbered unit headings with "-" dashes under them, the deadline at the dash's end in
// brackets ("(trước ngày 20/01/2025)", "(thời hạn: 07/3/2025)", "(tháng 5/2025)") or after a comma ("…, hoàn thành
// trước 10/3", "…, xong trong tháng 4/2025"); under "6." each dash names its own department ("Sở Tư pháp: …").
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, buildDoc, dash, lister } from "./common.mjs";

const ID = "04-thai-nguyen-2025-department-plan-own-rooms-headings-dashes-deadline-in-brackets-or-after-comma";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const CC = "Phòng Cải cách hành chính", VS = "Văn phòng Sở", TB = "Phòng Tổ chức biên chế";
const CV = "Phòng Công chức, viên chức", TS = "Thanh tra Sở", PV = "Trung tâm Phục vụ hành chính công tỉnh";
const TP = "Sở Tư pháp", TC = "Sở Tài chính", VP = "Văn phòng UBND tỉnh", TT = "Sở Thông tin và Truyền thông";
const KC = "Sở Khoa học và Công nghệ", DEP = "@departments", DIS = "@districts";

const R = lister("roman", "parts", { bold: true, indent: false });
const U = lister("decimal", "rooms", { bold: true });

const blocks = [
  ...head(["UBND TỈNH THÁI NGUYÊN", "SỞ NỘI VỤ"], "Số: 15/KH-SNV", "Thái Nguyên, ngày 13 tháng 01 năm 2025",
    "KẾ HOẠCH", "Tổ chức thẩm định, xác định Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành, UBND các " +
    "huyện, thành phố"),
  P("Căn cứ Quyết định số 1589/QĐ-UBND ngày 25/7/2023 của UBND tỉnh ban hành Bộ Chỉ số theo dõi, đánh giá, xếp " +
    "hạng kết quả thực hiện cải cách hành chính của các cơ quan, đơn vị trên địa bàn tỉnh Thái Nguyên; Quyết định số " +
    "45/QĐ-UBND ngày 08/01/2025 của UBND tỉnh về việc thành lập Hội đồng thẩm định kết quả tự đánh giá, chấm điểm " +
    "Chỉ số cải cách hành chính năm 2024; Sở Nội vụ (cơ quan thường trực của Hội đồng thẩm định) xây dựng Kế hoạch " +
    "tổ chức thực hiện như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  dash("Đánh giá thực chất, khách quan kết quả thực hiện cải cách hành chính năm 2024 của các cơ quan, đơn vị; làm " +
    "căn cứ xếp loại mức độ hoàn thành nhiệm vụ của tập thể, người đứng đầu và bình xét thi đua, khen thưởng."),
  dash("Việc thẩm định bảo đảm đúng tiêu chí, thang điểm, thời gian quy định; tài liệu kiểm chứng đầy đủ, chính xác."),
  R("II.", "ĐỐI TƯỢNG, PHẠM VI"),
  P("20 sở, ban, ngành và 09 UBND huyện, thành phố thuộc tỉnh; kết quả thực hiện nhiệm vụ cải cách hành chính tính " +
    "từ ngày 01/01/2024 đến hết ngày 31/12/2024."),
  R("III.", "NỘI DUNG, PHƯƠNG PHÁP"),
  dash("Các cơ quan, đơn vị tự đánh giá, chấm điểm theo Bộ Chỉ số trên Phần mềm quản lý Chỉ số cải cách hành chính " +
    "của tỉnh (điểm tối đa 70)."),
  dash("Hội đồng thẩm định, Tổ giúp việc thẩm định kết quả tự đánh giá theo từng lĩnh vực; kết quả điều tra xã hội " +
    "học (điểm tối đa 30) đã được Sở Nội vụ phối hợp với Cục Thống kê tỉnh thực hiện xong trong tháng 12/2024."),
  R("IV.", "KINH PHÍ"),
  P("Từ nguồn kinh phí cải cách hành chính năm 2025 đã giao cho Sở Nội vụ tại Quyết định số 2856/QĐ-UBND ngày " +
    "12/12/2024 của UBND tỉnh."),
  R("V.", "TỔ CHỨC THỰC HIỆN"),
  U("1.", "Phòng Cải cách hành chính"),
  dash("Tham mưu Giám đốc Sở ban hành văn bản hướng dẫn các cơ quan, đơn vị tự đánh giá, chấm điểm và cập nhật tài " +
    "liệu kiểm chứng trên Phần mềm (trước ngày 20/01/2025)."),
  dash("Chủ trì, phối hợp với Phòng Tổ chức biên chế tiếp nhận, kiểm tra tính đầy đủ, hợp lệ của hồ sơ tự đánh giá; " +
    "đề nghị các cơ quan, đơn vị bổ sung tài liệu kiểm chứng còn thiếu, hoàn thành trước 10/3."),
  dash("Là đầu mối giúp Hội đồng thẩm định theo dõi, giải đáp vướng mắc của các cơ quan, đơn vị trong quá trình tự " +
    "đánh giá."),
  dash("Tổng hợp kết quả thẩm định, dự thảo Báo cáo kết quả xác định Chỉ số cải cách hành chính năm 2024, trình Hội " +
    "đồng thẩm định, UBND tỉnh xem xét, phê duyệt, xong trong tháng 4/2025."),
  U("2.", "Văn phòng Sở"),
  dash("Đăng tải Kế hoạch này và văn bản hướng dẫn trên Trang thông tin điện tử của Sở (trước ngày 17/01/2025)."),
  dash("Bảo đảm kinh phí, cơ sở vật chất phục vụ hoạt động của Hội đồng thẩm định, Tổ giúp việc; thanh, quyết toán " +
    "kinh phí theo quy định."),
  dash("Chủ trì, phối hợp với Phòng Cải cách hành chính chuẩn bị nội dung, tổ chức Hội nghị công bố Chỉ số cải cách " +
    "hành chính năm 2024 (tháng 5/2025)."),
  U("3.", "Phòng Tổ chức biên chế"),
  dash("Thẩm định, chấm điểm các tiêu chí, tiêu chí thành phần thuộc lĩnh vực cải cách tổ chức bộ máy hành chính nhà " +
    "nước, hoàn thành ngày 07/3/2025."),
  U("4.", "Phòng Công chức, viên chức"),
  dash("Thẩm định, chấm điểm lĩnh vực cải cách chế độ công vụ, xây dựng đội ngũ cán bộ, công chức, viên chức " +
    "(thời hạn: 07/3/2025)."),
  U("5.", "Thanh tra Sở"),
  dash("Kiểm tra xác suất tài liệu kiểm chứng tại 05 sở, ngành và 02 huyện có điểm tự đánh giá tăng cao bất thường " +
    "so với năm 2023, xong trong tháng 3/2025."),
  dash("Tham mưu giải quyết kiến nghị, phản ánh (nếu có) về kết quả thẩm định."),
  U("6.", "Đề nghị các sở, ngành là thành viên Hội đồng thẩm định"),
  dash("Sở Tư pháp: thẩm định, chấm điểm lĩnh vực cải cách thể chế; gửi kết quả về Sở Nội vụ (qua Phòng Cải cách " +
    "hành chính) trước ngày 10/3/2025."),
  dash("Sở Tài chính: thẩm định, chấm điểm lĩnh vực cải cách tài chính công (trước ngày 10/3/2025)."),
  dash("Văn phòng UBND tỉnh: thẩm định lĩnh vực cải cách thủ tục hành chính; phối hợp với Trung tâm Phục vụ hành " +
    "chính công tỉnh cung cấp số liệu hồ sơ trễ hạn năm 2024 của từng cơ quan, đơn vị, hoàn thành trước 10/3/2025."),
  dash("Sở Thông tin và Truyền thông: thẩm định lĩnh vực xây dựng, phát triển chính quyền điện tử, chính quyền số " +
    "(hạn: 12/3/2025)."),
  dash("Sở Khoa học và Công nghệ: cung cấp kết quả áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 " +
    "của các cơ quan hành chính, chậm nhất ngày 28/02/2025."),
  U("7.", "Các sở, ban, ngành, UBND các huyện, thành phố"),
  dash("Tự đánh giá, chấm điểm, cập nhật đầy đủ tài liệu kiểm chứng trên Phần mềm; gửi Báo cáo tự đánh giá về Sở " +
    "Nội vụ (qua Phòng Cải cách hành chính) trước ngày 15/02/2025."),
  dash("Giải trình, bổ sung tài liệu kiểm chứng khi có đề nghị của Hội đồng thẩm định, trong thời hạn 03 ngày làm " +
    "việc kể từ ngày nhận được đề nghị."),
  P("Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị liên hệ Sở Nội vụ (qua Phòng Cải cách hành " +
    "chính, điện thoại 0208.3855.xxx) để được hướng dẫn./."),
  ...sign(["UBND tỉnh (b/c)", "Thành viên Hội đồng thẩm định", "Các sở, ban, ngành", "UBND các huyện, thành phố",
    "Giám đốc, các PGĐ Sở", "Các phòng, đơn vị thuộc Sở"], "GIÁM ĐỐC", "Nguyễn Thanh Bình"),
];

const tasks = [
  task(null, "ban hành văn bản hướng dẫn các cơ quan, đơn vị tự đánh giá, chấm điểm", "2025-01-19", [CC]),
  task(null, "tiếp nhận, kiểm tra tính đầy đủ, hợp lệ của hồ sơ tự đánh giá", "2025-03-09", [CC], [TB]),
  task(null, "Tổng hợp kết quả thẩm định, dự thảo Báo cáo kết quả xác định Chỉ số", "2025-04-30", [CC]),
  task(null, "Đăng tải Kế hoạch này và văn bản hướng dẫn trên Trang thông tin điện tử của Sở", "2025-01-16", [VS]),
  task(null, "tổ chức Hội nghị công bố Chỉ số cải cách hành chính năm 2024", "2025-05-31", [VS], [CC]),
  task(null, "chấm điểm các tiêu chí, tiêu chí thành phần thuộc lĩnh vực cải cách tổ chức bộ máy", "2025-03-07",
    [TB]),
  task(null, "chấm điểm lĩnh vực cải cách chế độ công vụ", "2025-03-07", [CV]),
  task(null, "Kiểm tra xác suất tài liệu kiểm chứng tại 05 sở, ngành và 02 huyện", "2025-03-31", [TS]),
  task(null, "thẩm định, chấm điểm lĩnh vực cải cách thể chế", "2025-03-09", [TP]),
  task(null, "thẩm định, chấm điểm lĩnh vực cải cách tài chính công", "2025-03-09", [TC]),
  task(null, "thẩm định lĩnh vực cải cách thủ tục hành chính", "2025-03-09", [VP], [PV]),
  task(null, "thẩm định lĩnh vực xây dựng, phát triển chính quyền điện tử, chính quyền số", "2025-03-12", [TT]),
  task(null, "cung cấp kết quả áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", "2025-02-28", [KC]),
  task(null, "Tự đánh giá, chấm điểm, cập nhật đầy đủ tài liệu kiểm chứng trên Phần mềm", "2025-02-14", [DEP, DIS]),
];

const WORK = "Every task is a '-' dash under a numbered unit heading of part V, so ref null; the heading's unit leads " +
  "its dashes, except under 6. where each dash names its department before a colon. Parts I-IV: no task (the " +
  "survey 'xong trong tháng 12/2024' is past). 1 Phòng Cải cách hành chính (unresolved): '(trước ngày " +
  "20/01/2025)' 19/01 Sun -> 20/01; with Phòng Tổ chức biên chế 'hoàn thành trước 10/3' (no year: 2025) 09/3 Sun " +
  "-> 10/3; the third dash undated; 'xong trong tháng 4/2025' 30/4 (30/4-02/5 off, weekend) -> 05/5 (Hội đồng, " +
  "UBND tỉnh recipients). 2 Văn phòng Sở: '(trước ngày 17/01/2025)' 16/01; kinh phí undated; with Phòng CCHC " +
  "'(tháng 5/2025)' 31/5 Sat -> 02/6. 3 Phòng Tổ chức biên chế 'hoàn thành ngày 07/3/2025' 07/3. 4 Phòng Công " +
  "chức, viên chức '(thời hạn: 07/3/2025)' 07/3. 5 Thanh tra Sở (the department's own inspectorate, not Thanh " +
  "tra tỉnh; unresolved) 'xong trong tháng 3/2025' 31/3; its second dash undated. 6 ('Đề nghị'): Sở Tư pháp " +
  "'trước ngày 10/3/2025' 09/3 -> 10/3 (Sở Nội vụ, Phòng CCHC recipients); Sở Tài chính '(trước ngày " +
  "10/3/2025)' 09/3 -> 10/3; Văn phòng UBND tỉnh with Trung tâm Phục vụ hành chính công tỉnh (unresolved) " +
  "'hoàn thành trước 10/3/2025' 09/3 -> 10/3; Sở TT&TT '(hạn: 12/3/2025)' 12/3; Sở KH&CN 'chậm nhất ngày " +
  "28/02/2025' 28/02. 7 @departments + @districts 'trước ngày 15/02/2025' 14/02; 'trong thời hạn 03 ngày làm " +
  "việc kể từ ngày nhận được đề nghị' counts from no known day: no task.";

await buildDoc(DIR, {
  typed: blocks,
  expected: {
    id: ID,
    style: "Kế hoạch 15/KH-SNV of Sở Nội vụ tỉnh Thái Nguyên, 13/01/2025 (before the reorganisation). HABIT: A " +
      "DEPARTMENT'S PLAN GIVING WORK TO ITS OWN ROOMS (names no directory knows: as written, unresolved) and " +
      "asking province departments; part V by room, dashes with the deadline in brackets at the end or after a " +
      "comma. " + WORK + " PDF: LibreOffice.",
    province: "Thái Nguyên",
    plan: { number: "15/KH-SNV", date: "2025-01-13" },
    tasks,
    unresolved: [CC, VS, TB, CV, TS, PV],
    successors: [],
  },
});

// 07: Thái Nguyên 2024 (before the reorganisation: districts, old departments), UBND tỉnh, Thông báo 126/TB-UBND
// ngày 27/3/2024, kết luận của Chủ tịch UBND tỉnh tại cuộc họp về cải cách hành chính quý I/2024. Habit: MEETING
// CONCLUSIONS: who met and who attended (no task), "1. Đánh giá chung" (no task), then "2." with a) b) … sentences
// opening "Giao …", "Yêu cầu …", "Đề nghị …" (some to two or three units, one with its deadline in the next
// sentence, one "thường xuyên"), then "3." and "4." single paragraphs with a deadline of their own.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, buildTwo } from "./common.mjs";

const ID = "07-thai-nguyen-2024-thong-bao-ket-luan-chairman-giao-yeu-cau-de-nghi-sentences";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TT = "Sở Thông tin và Truyền thông", TP = "Sở Tư pháp";
const KH = "Sở Kế hoạch và Đầu tư", TN = "Sở Tài nguyên và Môi trường", TC = "Sở Tài chính", CA = "Công an tỉnh";
const BH = "Bảo hiểm xã hội tỉnh", BD = "Bưu điện tỉnh", HH = "Hiệp hội Doanh nghiệp tỉnh";

const N = (n, text) => P(text, { num: `${n}.`, list: { kind: "decimal", inst: "kl" } });
const a = (l, text) => P(text, { num: `${l})`, list: { kind: "letter", inst: "giao" } });

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 126/TB-UBND", "Thái Nguyên, ngày 27 tháng 3 năm 2024", "THÔNG BÁO",
    "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp đánh giá kết quả cải cách hành chính quý I năm 2024 và giải " +
    "pháp nâng cao Chỉ số CCHC, Chỉ số SIPAS của tỉnh"),
  P("Ngày 22/3/2024, tại trụ sở UBND tỉnh, đồng chí Chủ tịch UBND tỉnh chủ trì cuộc họp đánh giá kết quả thực hiện " +
    "nhiệm vụ cải cách hành chính quý I năm 2024 và bàn giải pháp nâng cao Chỉ số CCHC (PAR INDEX), Chỉ số hài lòng " +
    "về sự phục vụ hành chính (SIPAS) của tỉnh. Tham dự cuộc họp có đồng chí Phó Chủ tịch UBND tỉnh; lãnh đạo các " +
    "sở: Nội vụ, Tư pháp, Tài chính, Kế hoạch và Đầu tư, Thông tin và Truyền thông, Tài nguyên và Môi trường; Văn " +
    "phòng UBND tỉnh; Công an tỉnh; Bảo hiểm xã hội tỉnh; lãnh đạo UBND các huyện, thành phố (dự trực tuyến)."),
  P("Sau khi nghe Giám đốc Sở Nội vụ báo cáo kết quả Chỉ số CCHC, Chỉ số SIPAS năm 2023 của tỉnh và ý kiến của các " +
    "đại biểu dự họp, Chủ tịch UBND tỉnh kết luận như sau:"),
  N(1, "Năm 2023, Chỉ số CCHC của tỉnh đạt 88,21%, xếp thứ 9/63 tỉnh, thành phố, tăng 03 bậc so với năm 2022; Chỉ " +
    "số SIPAS đạt 83,6%, xếp thứ 21/63. Tuy nhiên, một số chỉ số thành phần giảm điểm, nhất là cải cách thủ tục " +
    "hành chính, xây dựng chính quyền điện tử; tỷ lệ hồ sơ giải quyết quá hạn ở một số lĩnh vực còn cao; việc " +
    "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính ở cấp huyện, cấp xã còn chậm."),
  N(2, "Để khắc phục các hạn chế nêu trên, phấn đấu năm 2024 Chỉ số CCHC, Chỉ số SIPAS của tỉnh tiếp tục tăng bậc, " +
    "Chủ tịch UBND tỉnh yêu cầu:"),
  a("a", `Giao ${NV} chủ trì, phối hợp với ${VP}, ${TT} phân tích, đánh giá kết quả Chỉ số CCHC năm 2023 của tỉnh ` +
    "theo từng lĩnh vực, tiêu chí, tiêu chí thành phần; tham mưu UBND tỉnh giao cơ quan chủ trì theo dõi, cải thiện " +
    "từng tiêu chí, hoàn thành trước ngày 10/4/2024."),
  a("b", `Yêu cầu ${VP} rà soát toàn bộ hồ sơ thủ tục hành chính giải quyết quá hạn tại Trung tâm Phục vụ hành ` +
    "chính công tỉnh từ đầu năm đến nay, làm rõ nguyên nhân, trách nhiệm của từng cơ quan, đơn vị; đôn đốc việc " +
    "xin lỗi người dân, tổ chức theo quy định. Thời hạn báo cáo kết quả: chậm nhất ngày 30/4/2024."),
  a("c", "Yêu cầu các sở, ban, ngành, UBND các huyện, thành phố khẩn trương khắc phục những tồn tại, hạn chế đã được " +
    "chỉ ra qua thẩm định Chỉ số CCHC năm 2023; báo cáo kết quả khắc phục về Sở Nội vụ trước ngày 20/5/2024."),
  a("d", `Giao ${TT} chủ trì, phối hợp với ${VP} nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, ` +
    "bảo đảm kết nối, đồng bộ trạng thái hồ sơ với Cổng Dịch vụ công quốc gia; hoàn thành trong quý II/2024."),
  a("e", `Giao ${TP}, ${NV} theo chức năng, nhiệm vụ được giao rà soát các quy định về phân cấp, ủy quyền giải ` +
    "quyết thủ tục hành chính trên địa bàn tỉnh, đề xuất UBND tỉnh sửa đổi, bổ sung; hoàn thành trong tháng 6/2024."),
  a("f", `Giao ${KH} chủ trì, phối hợp với ${HH} tổ chức Hội nghị đối thoại với doanh nghiệp về thủ tục đầu tư, ` +
    "đất đai, xây dựng; thời gian tổ chức: giữa tháng 6/2024."),
  a("g", `Giao ${TN} phối hợp với UBND các huyện, thành phố giải quyết dứt điểm hồ sơ đăng ký, cấp giấy chứng nhận ` +
    "quyền sử dụng đất còn tồn đọng, xong trước ngày 31/7/2024."),
  a("h", `Đề nghị ${CA}, ${BH} phối hợp với ${TP} đẩy mạnh thực hiện liên thông điện tử nhóm thủ tục hành chính ` +
    "đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi, bảo đảm tỷ lệ hồ sơ trực " +
    "tuyến đạt trên 80% trước ngày 30/9/2024."),
  a("i", `Giao ${NV} phối hợp với ${BD} tổ chức điều tra xã hội học xác định Chỉ số SIPAS năm 2024 của tỉnh; thời ` +
    "gian điều tra từ tháng 8 đến tháng 10/2024."),
  a("j", "Báo Thái Nguyên, Đài Phát thanh - Truyền hình tỉnh, Trung tâm Thông tin tỉnh thường xuyên mở chuyên trang, " +
    "chuyên mục tuyên truyền về cải cách hành chính, gương điển hình trong phục vụ người dân, doanh nghiệp."),
  a("k", "Yêu cầu UBND các huyện, thành phố chỉ đạo rà soát, niêm yết công khai đầy đủ thủ tục hành chính, số điện " +
    "thoại đường dây nóng tại Bộ phận Một cửa cấp huyện, cấp xã; hoàn thành chậm nhất trong ngày 15/5/2024."),
  N(3, "Về đề xuất của Sở Nội vụ tại Báo cáo số 58/BC-SNV ngày 18/3/2024: đồng ý chủ trương tổ chức Hội thi \"Cán " +
    `bộ, công chức Bộ phận Một cửa thân thiện" năm 2024. Giao ${NV} chủ trì, phối hợp với ${TC} xây dựng kế hoạch, ` +
    "dự toán kinh phí tổ chức Hội thi, trình UBND tỉnh trong tháng 5/2024."),
  N(4, `Giao ${VP} theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Thông báo này; tổng hợp, báo cáo Chủ tịch UBND ` +
    "tỉnh kết quả thực hiện trước ngày 05/7/2024."),
  P("UBND tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./."),
  ...sign(["Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành có tên tại mục 2, 3, 4", "UBND các huyện, thành phố",
    "Báo Thái Nguyên, Đài PT-TH tỉnh", "Trung tâm Thông tin tỉnh", "LĐVP, CV NC"], "TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\n" +
    "PHÓ CHÁNH VĂN PHÒNG", "Đào Thị Hương"),
];

const tasks = [
  task("2.a", "phân tích, đánh giá kết quả Chỉ số CCHC năm 2023 của tỉnh", "2024-04-09", [NV], [VP, TT]),
  task("2.b", "rà soát toàn bộ hồ sơ thủ tục hành chính giải quyết quá hạn", "2024-04-30", [VP]),
  task("2.c", "khẩn trương khắc phục những tồn tại, hạn chế", "2024-05-19", ["@departments", "@districts"]),
  task("2.d", "nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "2024-06-30", [TT], [VP]),
  task("2.e", "rà soát các quy định về phân cấp, ủy quyền giải quyết thủ tục hành chính", "2024-06-30", [TP, NV]),
  task("2.f", "tổ chức Hội nghị đối thoại với doanh nghiệp về thủ tục đầu tư", "2024-06-15", [KH], [HH]),
  task("2.g", "giải quyết dứt điểm hồ sơ đăng ký, cấp giấy chứng nhận quyền sử dụng đất", "2024-07-30", [TN],
    ["@districts"]),
  task("2.h", "đẩy mạnh thực hiện liên thông điện tử nhóm thủ tục hành chính", "2024-09-29", [CA, BH], [TP]),
  task("2.i", "tổ chức điều tra xã hội học xác định Chỉ số SIPAS năm 2024", "2024-10-31", [NV], [BD]),
  task("2.k", "rà soát, niêm yết công khai đầy đủ thủ tục hành chính", "2024-05-15", ["@districts"]),
  task("3", "xây dựng kế hoạch, dự toán kinh phí tổ chức Hội thi", "2024-05-31", [NV], [TC]),
  task("4", "theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Thông báo này", "2024-07-04", [VP]),
];

const DATES = "2.a 'Giao Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh, Sở TT&TT', 'trước ngày 10/4/2024' 09/4; " +
  "2.b 'Yêu cầu Văn phòng UBND tỉnh' (the Trung tâm is where, not who), deadline in the next sentence 'Thời hạn báo " +
  "cáo kết quả: chậm nhất ngày 30/4/2024' 30/4 -> 02/5 (30/4, 1/5 off); 2.c @departments and @districts, 'trước " +
  "ngày 20/5/2024' 19/5 Sun -> 20/5 (Sở Nội vụ a recipient); 2.d 'quý II/2024' 30/6 Sun -> 01/7; 2.e two leads " +
  "'Giao Sở Tư pháp, Sở Nội vụ', 'trong tháng 6/2024' 30/6 -> 01/7; 2.f 'giữa tháng 6/2024' 15/6 Sat -> 17/6, " +
  "Hiệp hội Doanh nghiệp tỉnh coordinates; 2.g 'Giao Sở TN&MT phối hợp với UBND các huyện, thành phố' (@districts " +
  "coordinate), 'xong trước ngày 31/7/2024' 30/7; 2.h 'Đề nghị Công an tỉnh, Bảo hiểm xã hội tỉnh phối hợp với Sở " +
  "Tư pháp', 'trước ngày 30/9/2024' 29/9 Sun -> 30/9; 2.i 'từ tháng 8 đến tháng 10/2024' 31/10, Bưu điện tỉnh " +
  "coordinates; 2.j 'thường xuyên' no task; 2.k @districts 'hoàn thành chậm nhất trong ngày 15/5/2024' 15/5; 3 " +
  "'trình UBND tỉnh trong tháng 5/2024' 31/5, Sở Tài chính coordinates; 4 'trước ngày 05/7/2024' 04/7.";

await buildTwo(DIR, {
  typed: blocks, printer: "ghostscript",
  expected: {
    id: ID,
    style: "Thông báo 126/TB-UBND of UBND tỉnh Thái Nguyên, 27/3/2024, before the reorganisation (districts, old " +
      "departments). HABIT: a THÔNG BÁO KẾT LUẬN of the Chairman after a meeting on 22/3/2024: who chaired and who " +
      "attended (no task), '1.' the assessment (no task), '2.' '… Chủ tịch UBND tỉnh yêu cầu:' with a) to k) " +
      "(Latin letters, as Word's automatic list writes them) each a 'Giao …' / 'Yêu cầu …' / 'Đề nghị …' sentence, " +
      "'3.' a proposal approved and a 'Giao' with its own deadline, '4.' the follow-up; signed TL. Chủ tịch by the " +
      "office. Refs 2.x, 3, 4: " + DATES + " plan.pdf LibreOffice's print of plan-auto.docx distilled by " +
      "Ghostscript.",
    province: "Thái Nguyên",
    plan: { number: "126/TB-UBND", date: "2024-03-27" },
    tasks, unresolved: [], successors: [],
  },
});

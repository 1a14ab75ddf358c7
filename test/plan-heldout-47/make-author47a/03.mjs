// 03: Lai Châu, UBND tỉnh, Báo cáo 245/BC-UBND ngày 06/7/2026 (after the reorganisation: merged departments, the
// merged press body, communes and wards), kết quả cải cách hành chính 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm
// 2026. Habit: a MID-YEAR REPORT: parts I-II only results, full of past days (plans issued, conferences held,
// deadlines already met) that are no tasks; part III "NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM" lists the duties BY
// UNIT (bold numbered unit lines, a) b) items or one paragraph), some dated, some continuing; three communes and a
// ward named; one old name (Ban Dân tộc tỉnh) written out of habit.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, H, L, buildTwo } from "./common.mjs";

const ID = "03-lai-chau-2026-bao-cao-6-thang-results-then-part-iii-duties-by-unit-lettered";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TP = "Sở Tư pháp", TC = "Sở Tài chính", CA = "Công an tỉnh";
const KC = "Sở Khoa học và Công nghệ", BD = "Bưu điện tỉnh", DTG = "Sở Dân tộc và Tôn giáo", XA = "UBND cấp xã";
const BAO = "Báo và Phát thanh, Truyền hình Lai Châu";
const MT = "UBND xã Mường Tè", SH = "UBND xã Sìn Hồ", TP2 = "UBND phường Tân Phong";

const R = (num, text) => H(num, text, { list: { kind: "roman", inst: "sec" } });
let part = 0;
const S = (n, text) => L(`${n}.`, text, "decimal", `s${n === 1 ? ++part : part}`, { bold: true });
let inst = 0;
const a = (l, text) => L(`${l})`, text, "letter", `l${l === "a" ? ++inst : inst}`);

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 245/BC-UBND", "Lai Châu, ngày 06 tháng 7 năm 2026", "BÁO CÁO",
    "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2026"),
  R("I.", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"),
  P("Ngay từ đầu năm, UBND tỉnh ban hành Kế hoạch số 15/KH-UBND ngày 12/01/2026 về cải cách hành chính năm 2026 " +
    "với 42 nhiệm vụ; Kế hoạch số 38/KH-UBND ngày 05/02/2026 về tuyên truyền cải cách hành chính. Ngày 20/3/2026, " +
    "UBND tỉnh tổ chức Hội nghị công bố Chỉ số CCHC năm 2025 của các sở, ban, ngành và UBND các xã, phường."),
  P("Đến ngày 30/6/2026, các cơ quan, đơn vị đã hoàn thành 19/42 nhiệm vụ (đạt 45,2%), 23 nhiệm vụ đang triển " +
    "khai theo tiến độ; không có nhiệm vụ quá hạn. Công tác kiểm tra được thực hiện tại 04 sở và 12 xã, phường " +
    "trong tháng 5 và tháng 6/2026, kết thúc trước ngày 25/6/2026 theo đúng kế hoạch."),
  R("II.", "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH"),
  S(1, "Cải cách thể chế"),
  P("Sở Tư pháp đã thẩm định 27 dự thảo văn bản quy phạm pháp luật; UBND tỉnh ban hành 19 quyết định quy phạm, " +
    "trong đó 08 quyết định quy định chi tiết luật sửa đổi có hiệu lực từ ngày 01/3/2026. Việc rà soát văn bản " +
    "sau sắp xếp đơn vị hành chính hoàn thành ngày 15/4/2026."),
  S(2, "Cải cách thủ tục hành chính"),
  P("Chủ tịch UBND tỉnh công bố 212 thủ tục hành chính mới, sửa đổi, bổ sung. Tỷ lệ hồ sơ giải quyết đúng hạn đạt " +
    "98,6%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 61,3%. Các xã Mường Tè, Sìn Hồ và phường Tân Phong còn để " +
    "xảy ra 74 hồ sơ trễ hạn, chủ yếu lĩnh vực đất đai, hộ tịch."),
  S(3, "Cải cách tổ chức bộ máy, chế độ công vụ, tài chính công"),
  P("Hoàn thành việc kiện toàn tổ chức bộ máy các cơ quan chuyên môn thuộc UBND tỉnh theo các nghị định của Chính " +
    "phủ; tổ chức thi tuyển công chức cấp xã đợt 1 từ ngày 18/5 đến ngày 22/5/2026. Giao dự toán ngân sách cho " +
    "100% đơn vị sự nghiệp công lập trước ngày 31/01/2026."),
  S(4, "Xây dựng chính quyền điện tử, chính quyền số"),
  P("Hệ thống quản lý văn bản và điều hành được kết nối liên thông bốn cấp; 100% văn bản trao đổi giữa các cơ " +
    "quan hành chính (trừ văn bản mật) được gửi, nhận dưới dạng điện tử. Nền tảng họp trực tuyến được triển khai " +
    "đến 38/38 xã, phường từ ngày 10/3/2026."),
  S(5, "Đánh giá chung"),
  P("Công tác cải cách hành chính 6 tháng đầu năm đạt nhiều kết quả tích cực. Tuy nhiên, tỷ lệ thanh toán trực " +
    "tuyến còn thấp; một số xã, phường chưa bố trí đủ công chức tại Bộ phận Một cửa; việc số hóa hồ sơ, kết quả " +
    "giải quyết thủ tục hành chính còn chậm; dữ liệu hộ tịch chưa được làm sạch đồng bộ."),
  R("III.", "NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM 2026"),
  S(1, "Sở Nội vụ"),
  a("a", "Tham mưu UBND tỉnh ban hành Kế hoạch kiểm tra công tác cải cách hành chính 6 tháng cuối năm 2026, trong " +
    "tháng 7/2026."),
  a("b", "Chủ trì, phối hợp với Bưu điện tỉnh, Ban Dân tộc tỉnh tổ chức điều tra xã hội học đo lường sự hài lòng " +
    "của người dân, tổ chức (SIPAS) năm 2026; hoàn thành trước ngày 15/10/2026."),
  a("c", "Theo dõi, đôn đốc việc thực hiện kỷ luật, kỷ cương hành chính của cán bộ, công chức cấp xã sau sắp xếp."),
  a("d", "Tổng hợp, xây dựng báo cáo cải cách hành chính năm 2026 của tỉnh, trình UBND tỉnh báo cáo Bộ Nội vụ trước " +
    "15/12/2026."),
  S(2, "Văn phòng UBND tỉnh"),
  a("a", "Tham mưu Chủ tịch UBND tỉnh công bố danh mục thủ tục hành chính được sửa đổi theo các luật có hiệu lực " +
    "từ ngày 01/7/2026, chậm nhất ngày 15/9/2026."),
  a("b", "Đánh giá chất lượng giải quyết thủ tục hành chính theo Bộ chỉ số phục vụ người dân, doanh nghiệp; thông " +
    "báo kết quả định kỳ hằng quý."),
  S(3, "Sở Tư pháp"),
  P("Phối hợp với các sở, ban, ngành rà soát, kiến nghị sửa đổi các quy định về thủ tục hành chính không còn phù " +
    "hợp với mô hình chính quyền địa phương hai cấp; xong trong quý III/2026."),
  S(4, "Sở Khoa học và Công nghệ"),
  P("Chủ trì, phối hợp với Văn phòng UBND tỉnh, Công an tỉnh hoàn thiện việc tích hợp, khai thác dữ liệu dân cư " +
    "trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh. Thời hạn: 31/8/2026."),
  S(5, "Sở Tài chính"),
  P("Phối hợp với Sở Nội vụ thẩm định, trình phân bổ kinh phí điều tra xã hội học SIPAS năm 2026, hoàn thành đầu " +
    "tháng 8/2026."),
  S(6, "Các sở, ban, ngành tỉnh"),
  a("a", "Khắc phục các tồn tại, hạn chế nêu tại Mục 5 Phần II; báo cáo kết quả khắc phục về Sở Nội vụ trước ngày " +
    "20/11/2026."),
  a("b", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026, cập nhật tài liệu kiểm chứng trên phần mềm " +
    "vào cuối tháng 11/2026."),
  S(7, "UBND các xã, phường"),
  a("a", "Bố trí đủ công chức làm việc tại Bộ phận Một cửa; niêm yết công khai, đầy đủ thủ tục hành chính thuộc " +
    "thẩm quyền."),
  a("b", "Hoàn thành số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực đang lưu tại xã, phường; " +
    "thời gian: giữa tháng 10/2026."),
  a("c", "UBND xã Mường Tè, UBND xã Sìn Hồ và UBND phường Tân Phong xây dựng kế hoạch khắc phục tình trạng hồ sơ " +
    "trễ hạn, gửi Sở Nội vụ trước ngày 31/7/2026."),
  S(8, "Báo và Phát thanh, Truyền hình Lai Châu"),
  P("Duy trì chuyên mục “Cải cách hành chính” trên báo in, báo điện tử và sóng phát thanh, truyền hình, mỗi tháng " +
    "ít nhất 02 kỳ, từ tháng 7 đến tháng 12/2026."),
  S(9, "Công an tỉnh"),
  P("Phối hợp với Sở Tư pháp, UBND các xã, phường làm sạch dữ liệu hộ tịch, bảo đảm đồng bộ với Cơ sở dữ liệu " +
    "quốc gia về dân cư; hoàn thành trước 01/9/2026."),
  P("Trên đây là báo cáo kết quả công tác cải cách hành chính 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng " +
    "cuối năm 2026 của UBND tỉnh Lai Châu./."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các xã, phường", "Báo và PT-TH Lai Châu", "LĐVP, Phòng KSTT"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hà Trọng Hải"),
];

const tasks = [
  task("III.1.a", "Tham mưu UBND tỉnh ban hành Kế hoạch kiểm tra công tác cải cách hành chính 6 tháng cuối năm 2026",
    "2026-07-31", [NV]),
  task("III.1.b", "tổ chức điều tra xã hội học đo lường sự hài lòng của người dân, tổ chức", "2026-10-14", [NV],
    [BD, DTG]),
  task("III.1.d", "Tổng hợp, xây dựng báo cáo cải cách hành chính năm 2026 của tỉnh", "2026-12-14", [NV]),
  task("III.2.a", "Tham mưu Chủ tịch UBND tỉnh công bố danh mục thủ tục hành chính được sửa đổi", "2026-09-15", [VP]),
  task("III.3", "rà soát, kiến nghị sửa đổi các quy định về thủ tục hành chính", "2026-09-30", [TP],
    ["@departments"]),
  task("III.4", "hoàn thiện việc tích hợp, khai thác dữ liệu dân cư", "2026-08-31", [KC], [VP, CA]),
  task("III.5", "thẩm định, trình phân bổ kinh phí điều tra xã hội học SIPAS năm 2026", "2026-08-10", [TC], [NV]),
  task("III.6.a", "Khắc phục các tồn tại, hạn chế nêu tại Mục 5 Phần II", "2026-11-19", ["@departments"]),
  task("III.6.b", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026", "2026-11-30", ["@departments"]),
  task("III.7.b", "Hoàn thành số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực", "2026-10-15", [XA]),
  task("III.7.c", "xây dựng kế hoạch khắc phục tình trạng hồ sơ trễ hạn", "2026-07-30", [MT, SH, TP2]),
  task("III.8", "Duy trì chuyên mục “Cải cách hành chính” trên báo in, báo điện tử", "2026-12-31", [BAO]),
  task("III.9", "làm sạch dữ liệu hộ tịch, bảo đảm đồng bộ với Cơ sở dữ liệu quốc gia về dân cư", "2026-08-31", [CA],
    [TP, XA]),
];

const DATES = "Parts I-II are results: the plans of 12/01 and 05/02/2026, the conference of 20/3, 'Đến ngày " +
  "30/6/2026', inspections 'kết thúc trước ngày 25/6/2026', 'hiệu lực từ ngày 01/3/2026', 'hoàn thành ngày " +
  "15/4/2026', the exam 18-22/5, 'trước ngày 31/01/2026', 'từ ngày 10/3/2026' are past, no task. Part III by " +
  "unit, ref III.unit.letter (III.unit for a one-paragraph unit); the unit line is the lead of its items. 1 Sở " +
  "Nội vụ: a) 'trong tháng 7/2026' 31/7; b) partners Bưu điện tỉnh and 'Ban Dân tộc tỉnh' (old name -> Sở Dân " +
  "tộc và Tôn giáo), 'trước ngày 15/10/2026' 14/10; c) continuing; d) 'trình UBND tỉnh báo cáo Bộ Nội vụ trước " +
  "15/12/2026' 14/12 (recipients). 2 VP UBND tỉnh: a) 'luật có hiệu lực từ ngày 01/7/2026' no deadline, " +
  "'chậm nhất ngày 15/9/2026' 15/9; b) 'hằng quý' no task. 3 Sở Tư pháp with 'các sở, ban, ngành' " +
  "(@departments), 'xong trong quý III/2026' 30/9. 4 Sở KH&CN with VP UBND tỉnh, Công an tỉnh, 'Thời hạn: " +
  "31/8/2026' 31/8. 5 Sở Tài chính with Sở Nội vụ, 'đầu tháng 8/2026' 10/8. 6 @departments: a) 'gửi Sở Nội vụ " +
  "trước ngày 20/11/2026' 19/11; b) 'cuối tháng 11/2026' 30/11. 7 'UBND các xã, phường' (UBND cấp xã): a) " +
  "continuing; b) 'giữa tháng 10/2026' 15/10; c) its own subjects UBND xã Mường Tè, UBND xã Sìn Hồ, UBND phường " +
  "Tân Phong (named, unresolved), 'trước ngày 31/7/2026' 30/7. 8 the merged press body, 'từ tháng 7 đến tháng " +
  "12/2026' 31/12. 9 Công an tỉnh with Sở Tư pháp and UBND các xã, phường, 'trước 01/9/2026' 31/8.";

await buildTwo(DIR, {
  typed: blocks,
  expected: {
    id: ID,
    style: "Báo cáo 245/BC-UBND of UBND tỉnh Lai Châu, 06/7/2026 (after the reorganisation: merged departments, " +
      "communes and wards), CCHC 6 tháng đầu năm 2026. HABIT: A MID-YEAR REPORT, RESULTS WITH PAST DAYS FIRST, " +
      "THEN PART III DUTIES BY UNIT (bold numbered unit lines, a) b) items or one paragraph). " + DATES +
      " PDF: LibreOffice.",
    province: "Lai Châu",
    plan: { number: "245/BC-UBND", date: "2026-07-06" },
    tasks,
    unresolved: [XA, MT, SH, TP2],
    successors: [{ written: "Ban Dân tộc tỉnh", unit: DTG }],
  },
});

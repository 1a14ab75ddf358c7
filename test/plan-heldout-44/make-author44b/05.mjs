// 05: Thái Nguyên 2026 (after the reorganisation: merged departments, communes, Bắc Kạn merged in), Ban Chỉ đạo
// cải cách hành chính tỉnh, Kế hoạch 05/KH-BCĐ ngày 23/01/2026, hoạt động của Ban Chỉ đạo năm 2026. Habit: a
// STEERING COMMITTEE'S PLAN: the header names UBND tỉnh above the committee, the tasks are assigned to the members by
// their titles ("1. Giám đốc Sở Nội vụ - Phó Trưởng ban Thường trực", a) b) …; some members' task follows the title
// in the same paragraph), the member's agency leads; signed by the Standing Deputy Head for the Head.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, H, buildTwo } from "./common.mjs";

const ID = "05-thai-nguyen-2026-steering-committee-plan-tasks-by-member-title";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", KC = "Sở Khoa học và Công nghệ", TP = "Sở Tư pháp";
const TC = "Sở Tài chính", TTR = "Thanh tra tỉnh", CA = "Công an tỉnh", HH = "Hiệp hội Doanh nghiệp tỉnh";
const BAO = "Báo và Phát thanh, Truyền hình Thái Nguyên", LQ = "Các cơ quan liên quan";

const R = (num, text) => H(num, text, { list: { kind: "roman", inst: "sec" } });
const M = (n, text, o = {}) => P(text, { num: `${n}.`, list: { kind: "decimal", inst: "mem" }, ...o });
const a = (l, text, inst) => P(text, { num: `${l})`, list: { kind: "letter", inst } });
const D = (text) => P(text, { num: "-", list: { kind: "dash", inst: "d" } });

const blocks = [
  ...head(["UBND TỈNH THÁI NGUYÊN", "BAN CHỈ ĐẠO\nCẢI CÁCH HÀNH CHÍNH TỈNH"], "Số: 05/KH-BCĐ",
    "Thái Nguyên, ngày 23 tháng 01 năm 2026", "KẾ HOẠCH", "Hoạt động của Ban Chỉ đạo cải cách hành chính tỉnh năm 2026"),
  P("Căn cứ Quyết định số 3157/QĐ-UBND ngày 12/8/2025 của UBND tỉnh Thái Nguyên về việc kiện toàn Ban Chỉ đạo cải " +
    "cách hành chính tỉnh Thái Nguyên; Quy chế hoạt động của Ban Chỉ đạo ban hành kèm theo Quyết định số 41/QĐ-BCĐ " +
    "ngày 20/8/2025 của Trưởng Ban Chỉ đạo;"),
  P("Căn cứ Kế hoạch số 12/KH-UBND ngày 14/01/2026 của UBND tỉnh về cải cách hành chính nhà nước tỉnh Thái Nguyên " +
    "năm 2026;"),
  P("Ban Chỉ đạo cải cách hành chính tỉnh (sau đây gọi tắt là Ban Chỉ đạo) xây dựng Kế hoạch hoạt động năm 2026 " +
    "như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  D("Nâng cao vai trò, trách nhiệm của từng thành viên Ban Chỉ đạo trong chỉ đạo, đôn đốc, kiểm tra việc thực hiện " +
    "nhiệm vụ cải cách hành chính thuộc lĩnh vực, địa bàn được phân công theo dõi, nhất là trong năm đầu tiên vận " +
    "hành đầy đủ mô hình chính quyền địa phương hai cấp."),
  D("Phân công cụ thể, rõ người, rõ việc, rõ thời gian hoàn thành; phấn đấu năm 2026 Chỉ số CCHC (PAR INDEX), Chỉ " +
    "số SIPAS của tỉnh thuộc nhóm 20 tỉnh, thành phố dẫn đầu cả nước."),
  R("II.", "NỘI DUNG HOẠT ĐỘNG CHUNG CỦA BAN CHỈ ĐẠO"),
  P("1. Ban Chỉ đạo họp định kỳ 06 tháng một lần (phiên sơ kết và phiên tổng kết); họp bất thường theo triệu tập " +
    "của Trưởng ban. Thành viên vắng họp phải báo cáo Trưởng ban và cử người dự thay."),
  P("2. Trưởng ban, các Phó Trưởng ban trực tiếp kiểm tra, làm việc với các cơ quan, đơn vị có kết quả Chỉ số CCHC, " +
    "Chỉ số SIPAS năm 2025 thấp hoặc giảm nhiều bậc; thời gian cụ thể do Thường trực Ban Chỉ đạo bố trí."),
  R("III.", "PHÂN CÔNG NHIỆM VỤ CÁC THÀNH VIÊN BAN CHỈ ĐẠO"),
  M(1, "Giám đốc Sở Nội vụ - Phó Trưởng ban Thường trực", { bold: true }),
  a("a", "Tham mưu Trưởng ban ban hành Quyết định kiện toàn Tổ giúp việc Ban Chỉ đạo sau khi có thay đổi về nhân " +
    "sự; hoàn thành trước ngày 15/02/2026.", "m1"),
  a("b", "Xây dựng, trình Trưởng ban ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2026; chủ trì Đoàn " +
    `kiểm tra, phối hợp với ${VP}, ${KC} kiểm tra tại các sở, ngành và xã, phường từ tháng 5 đến hết ` +
    "tháng 9/2026.", "m1"),
  a("c", "Tổng hợp kết quả xác định Chỉ số CCHC năm 2025 của các sở, ban, ngành và UBND các xã, phường; báo cáo " +
    "Trưởng ban chậm nhất ngày 31/3/2026.", "m1"),
  a("d", "Chuẩn bị nội dung, tài liệu phiên họp sơ kết 6 tháng của Ban Chỉ đạo, gửi các thành viên trước phiên họp " +
    "02 ngày làm việc. Thời gian: tuần thứ hai của tháng 7/2026.", "m1"),
  M(2, "Chánh Văn phòng UBND tỉnh - Phó Trưởng ban", { bold: true }),
  a("a", "Chủ trì rà soát, trình Chủ tịch UBND tỉnh công bố danh mục thủ tục hành chính được tiếp nhận hồ sơ không " +
    "phụ thuộc vào địa giới hành chính trong phạm vi tỉnh; hoàn thành trong tháng 4/2026.", "m2"),
  a("b", "Theo dõi, đánh giá Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp " +
    "trong thực hiện thủ tục hành chính, dịch vụ công của tỉnh; báo cáo Ban Chỉ đạo hằng quý.", "m2"),
  M(3, `Giám đốc ${KC} - Ủy viên: chủ trì, phối hợp với ${VP} và các cơ quan liên quan nâng cấp Hệ thống thông tin ` +
    "giải quyết thủ tục hành chính tỉnh, bảo đảm kết nối, chia sẻ dữ liệu với Cổng Dịch vụ công quốc gia và Cơ sở " +
    "dữ liệu quốc gia về dân cư. Thời hạn hoàn thành: 30/6/2026."),
  M(4, `Giám đốc ${TP} - Ủy viên: chủ trì rà soát các văn bản quy phạm pháp luật của HĐND, UBND tỉnh có quy định ` +
    "về thủ tục hành chính không còn phù hợp với mô hình chính quyền địa phương hai cấp, đề xuất sửa đổi, bổ sung, " +
    "thay thế hoặc bãi bỏ; gửi kết quả về Sở Nội vụ trước ngày 20/5/2026."),
  M(5, `Giám đốc ${TC} - Ủy viên`, { bold: true }),
  a("a", "Thẩm định, tham mưu bố trí kinh phí thực hiện các nhiệm vụ cải cách hành chính, đo lường sự hài lòng " +
    "năm 2026 của tỉnh; hoàn thành trong quý I/2026.", "m5"),
  a("b", `Chủ trì, phối hợp với ${HH} tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với doanh nghiệp về thủ ` +
    "tục đầu tư, đất đai, xây dựng vào giữa tháng 9/2026.", "m5"),
  M(6, "Chánh Thanh tra tỉnh - Ủy viên: chủ trì thanh tra trách nhiệm thực hiện pháp luật về cải cách hành chính, " +
    "công vụ, công chức tại 02 sở và 04 xã, phường; kết thúc trước 30/11/2026."),
  M(7, `Tổng Biên tập ${BAO} - Ủy viên`, { bold: true }),
  a("a", "Duy trì chuyên mục \"Cải cách hành chính - Vì nhân dân phục vụ\" trên sóng phát thanh, truyền hình và báo " +
    "in, báo điện tử với thời lượng ít nhất 02 kỳ/tháng.", "m7"),
  a("b", "Xây dựng phóng sự chuyên đề về một năm vận hành chính quyền địa phương hai cấp gắn với cải cách hành " +
    "chính, phát sóng đầu tháng 7/2026.", "m7"),
  M(8, "Giám đốc Công an tỉnh - Ủy viên: chủ trì triển khai các nhiệm vụ của Đề án 06 về ứng dụng dữ liệu dân cư, " +
    "định danh và xác thực điện tử trong giải quyết thủ tục hành chính; đánh giá kết quả, báo cáo Ban Chỉ đạo " +
    "trước ngày 10/12/2026."),
  M(9, "Các Ủy viên là Thủ trưởng các sở, ban, ngành tỉnh", { bold: true }),
  a("a", "Ban hành Kế hoạch cải cách hành chính năm 2026 của cơ quan, đơn vị mình; gửi Sở Nội vụ (cơ quan Thường " +
    "trực Ban Chỉ đạo) trước ngày 10/02/2026.", "m9"),
  a("b", "Báo cáo kết quả thực hiện nhiệm vụ được phân công 6 tháng đầu năm 2026 về Thường trực Ban Chỉ đạo chậm " +
    "nhất ngày 15/6/2026.", "m9"),
  M(10, "Tổ giúp việc Ban Chỉ đạo: giúp Phó Trưởng ban Thường trực theo dõi, đôn đốc, tổng hợp tình hình thực hiện " +
    "Kế hoạch này; chuẩn bị các điều kiện phục vụ hoạt động của Ban Chỉ đạo."),
  R("IV.", "TỔ CHỨC THỰC HIỆN"),
  P("Các thành viên Ban Chỉ đạo chủ động chỉ đạo cơ quan, đơn vị mình thực hiện nhiệm vụ được phân công; kết quả " +
    "thực hiện là căn cứ đánh giá, xếp loại thành viên Ban Chỉ đạo và chấm điểm tiêu chí \"Công tác chỉ đạo, điều " +
    "hành cải cách hành chính\" của cơ quan, đơn vị năm 2026."),
  P("Sở Nội vụ (cơ quan Thường trực Ban Chỉ đạo) theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; kịp thời báo " +
    "cáo Trưởng ban những khó khăn, vướng mắc phát sinh./."),
  ...sign(["Trưởng ban, các Phó Trưởng ban (b/c)", "Thành viên Ban Chỉ đạo", "Tổ giúp việc Ban Chỉ đạo",
    "Sở Nội vụ (Phòng CCHC)"], "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC\nGIÁM ĐỐC SỞ NỘI VỤ",
    "Hoàng Minh Tuấn"),
];

const tasks = [
  task("III.1.a", "Tham mưu Trưởng ban ban hành Quyết định kiện toàn Tổ giúp việc Ban Chỉ đạo", "2026-02-14", [NV]),
  task("III.1.b", "Xây dựng, trình Trưởng ban ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2026",
    "2026-09-30", [NV], [VP, KC]),
  task("III.1.c", "Tổng hợp kết quả xác định Chỉ số CCHC năm 2025", "2026-03-31", [NV]),
  task("III.1.d", "Chuẩn bị nội dung, tài liệu phiên họp sơ kết 6 tháng của Ban Chỉ đạo", "2026-07-14", [NV]),
  task("III.2.a", "rà soát, trình Chủ tịch UBND tỉnh công bố danh mục thủ tục hành chính", "2026-04-30", [VP]),
  task("III.3", "nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "2026-06-30", [KC], [VP, LQ]),
  task("III.4", "rà soát các văn bản quy phạm pháp luật của HĐND, UBND tỉnh", "2026-05-19", [TP]),
  task("III.5.a", "Thẩm định, tham mưu bố trí kinh phí thực hiện các nhiệm vụ cải cách hành chính", "2026-03-31", [TC]),
  task("III.5.b", "tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với doanh nghiệp", "2026-09-15", [TC], [HH]),
  task("III.6", "thanh tra trách nhiệm thực hiện pháp luật về cải cách hành chính", "2026-11-29", [TTR]),
  task("III.7.b", "Xây dựng phóng sự chuyên đề về một năm vận hành chính quyền địa phương hai cấp", "2026-07-10",
    [BAO]),
  task("III.8", "triển khai các nhiệm vụ của Đề án 06 về ứng dụng dữ liệu dân cư", "2026-12-09", [CA]),
  task("III.9.a", "Ban hành Kế hoạch cải cách hành chính năm 2026 của cơ quan, đơn vị mình", "2026-02-09",
    ["@departments"]),
  task("III.9.b", "Báo cáo kết quả thực hiện nhiệm vụ được phân công 6 tháng đầu năm 2026", "2026-06-15",
    ["@departments"]),
];

const DATES = "III.1 (Sở Nội vụ): a) 'trước ngày 15/02/2026' 14/02 Sat -> 23/02 (Tết 16-20/02); b) 'từ tháng 5 " +
  "đến hết tháng 9/2026' 30/9, VP and Sở KH&CN coordinate; c) 'chậm nhất ngày 31/3/2026' (the communes are summed " +
  "up, not partners); d) 'tuần thứ hai của tháng 7/2026' 14/7. III.2 (Văn phòng UBND tỉnh): a) 'trong tháng " +
  "4/2026' 30/4 -> 04/5; b) 'hằng quý' no task. III.3 Sở KH&CN, 'và các cơ quan liên quan' unresolved, deadline in " +
  "the next sentence 'Thời hạn hoàn thành: 30/6/2026'. III.4 'trước ngày 20/5/2026' 19/5. III.5 (Sở Tài chính): " +
  "a) 'quý I/2026' 31/3; b) 'giữa tháng 9/2026' 15/9. III.6 'kết thúc trước 30/11/2026' 29/11 Sun -> 30/11. " +
  "III.7: a) '02 kỳ/tháng' no task; b) 'đầu tháng 7/2026' 10/7. III.8 Công an tỉnh 'trước ngày 10/12/2026' 09/12. " +
  "III.9 (@departments): a) 'trước ngày 10/02/2026' 09/02; b) 'chậm nhất ngày 15/6/2026' (the '6 tháng đầu năm' " +
  "is the period reported on). III.10, II, IV: no dated task.";

await buildTwo(DIR, {
  typed: blocks, printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 05/KH-BCĐ of the Ban Chỉ đạo cải cách hành chính tỉnh Thái Nguyên (header 'UBND TỈNH THÁI " +
      "NGUYÊN' over the committee), 23/01/2026, after the reorganisation. HABIT: a STEERING COMMITTEE'S PLAN " +
      "assigning tasks to its MEMBERS BY TITLE: III numbered 1.-10. by member title ('Giám đốc Sở Nội vụ - Phó " +
      "Trưởng ban Thường trực' = Sở Nội vụ, 'Chánh Thanh tra tỉnh' = Thanh tra tỉnh, 'Tổng Biên tập Báo và …' = the " +
      "paper), a bold title line with a) b) items or 'title - Ủy viên: task' in one paragraph; the member's agency " +
      "leads; refs III.n or III.n.x: " + DATES + " plan.pdf LibreOffice's print of plan-auto.docx.",
    province: "Thái Nguyên",
    plan: { number: "05/KH-BCĐ", date: "2026-01-23" },
    tasks, unresolved: [LQ], successors: [],
  },
});

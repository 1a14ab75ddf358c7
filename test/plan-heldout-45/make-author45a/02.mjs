// 02: Thái Nguyên, UBND tỉnh, Kế hoạch 38/KH-UBND ngày 06/02/2026 (after the reorganisation: merged departments,
// communes), công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm 2026. Habit: a PROSE PLAN of 1., a), "-"
// bullets where the deadline often stands ALONE IN A SUB-BULLET ("- Thời gian hoàn thành: …", "- Thời gian thực
// hiện: …", "- Báo cáo kết quả …: trước ngày …") under a task whose unit is in the a) sentence; Thanh tra tỉnh
// leads most of it (once named by its head, "Chánh Thanh tra tỉnh"); reports gửi Thanh tra tỉnh (a recipient).
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, H, L, buildTwo } from "./common.mjs";

const ID = "02-thai-nguyen-2026-complaints-plan-prose-deadline-in-own-sub-bullet-thanh-tra-leads";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const TTR = "Thanh tra tỉnh", BTCD = "Ban Tiếp công dân tỉnh", NM = "Sở Nông nghiệp và Môi trường";
const TP = "Sở Tư pháp", KC = "Sở Khoa học và Công nghệ", VP = "Văn phòng UBND tỉnh", XA = "UBND cấp xã";
const XA_LQ = "UBND các xã, phường có liên quan";
const BAO = "Báo và Phát thanh, Truyền hình Thái Nguyên", LQ = "các cơ quan liên quan";

const R = (num, text) => H(num, text, { list: { kind: "roman", inst: "sec" } });
const N = (n, text, inst) => H(`${n}.`, text, { list: { kind: "decimal", inst } });
const NP = (n, text, inst) => L(`${n}.`, text, "decimal", inst);
const a = (l, text, inst) => L(`${l})`, text, "letter", inst);
let dashes = 0;
const D = (text, fresh) => L("-", text, "dash", fresh ? `d${++dashes}` : `d${dashes}`);

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 38/KH-UBND", "Thái Nguyên, ngày 06 tháng 02 năm 2026", "KẾ HOẠCH",
    "Công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm 2026"),
  P("Căn cứ Luật Tiếp công dân ngày 25/11/2013; Luật Khiếu nại ngày 11/11/2011; Luật Tố cáo ngày 12/6/2018;"),
  P("Căn cứ Nghị định số 124/2020/NĐ-CP ngày 19/10/2020 của Chính phủ quy định chi tiết một số điều và biện pháp thi " +
    "hành Luật Khiếu nại; Nghị định số 31/2019/NĐ-CP ngày 10/4/2019 của Chính phủ quy định chi tiết một số điều và " +
    "biện pháp tổ chức thi hành Luật Tố cáo;"),
  P("Thực hiện Chỉ thị số 35-CT/TW ngày 26/5/2014 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công " +
    "tác tiếp công dân và giải quyết khiếu nại, tố cáo; xét đề nghị của Chánh Thanh tra tỉnh, UBND tỉnh ban hành Kế " +
    "hoạch công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm 2026 như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  D("Nâng cao trách nhiệm của người đứng đầu cơ quan hành chính các cấp trong tiếp công dân, giải quyết kịp thời, " +
    "đúng pháp luật các vụ việc khiếu nại, tố cáo ngay từ khi mới phát sinh, tại cơ sở; không để hình thành điểm " +
    "nóng, nhất là trong năm đầu vận hành chính quyền địa phương hai cấp.", true),
  D("Phân công cụ thể cơ quan chủ trì, thời gian thực hiện; gắn kết quả thực hiện Kế hoạch với đánh giá, xếp loại " +
    "cơ quan, đơn vị và người đứng đầu."),
  R("II.", "NHIỆM VỤ CỤ THỂ"),
  N(1, "Công tác tiếp công dân", "n2"),
  a("a", `Thanh tra tỉnh chủ trì, phối hợp với ${BTCD} tham mưu Chủ tịch UBND tỉnh ban hành lịch tiếp công dân ` +
    "định kỳ năm 2026 của Chủ tịch và các Phó Chủ tịch UBND tỉnh.", "l1"),
  D("Thời gian hoàn thành: trước ngày 28/02/2026.", true),
  a("b", "Các sở, ban, ngành tỉnh; UBND các xã, phường:", "l1"),
  D("Bố trí địa điểm tiếp công dân bảo đảm thuận tiện, an toàn; niêm yết công khai nội quy, lịch tiếp công dân " +
    "của người đứng đầu tại trụ sở và trên trang thông tin điện tử của cơ quan, đơn vị.", true),
  D("Thời gian hoàn thành: trong tháng 3/2026."),
  a("c", "Người đứng đầu các cơ quan, đơn vị trực tiếp tiếp công dân định kỳ và đột xuất theo quy định của Luật Tiếp " +
    "công dân; không ủy quyền tiếp công dân đối với vụ việc đông người, phức tạp.", "l1"),
  N(2, "Công tác giải quyết khiếu nại, tố cáo", "n2"),
  a("a", "Thanh tra tỉnh:", "l2"),
  D("Chủ trì rà soát các vụ việc khiếu nại, tố cáo đông người, phức tạp, kéo dài trên địa bàn tỉnh; đề xuất Chủ " +
    "tịch UBND tỉnh phương án giải quyết dứt điểm từng vụ việc.", true),
  D("Thời gian hoàn thành: Quý I/2026."),
  a("b", `${NM} chủ trì, phối hợp với UBND các xã, phường có liên quan giải quyết dứt điểm các vụ việc khiếu nại ` +
    "về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất đã được Chủ tịch UBND tỉnh giao; hoàn thành trước " +
    "ngày 30/9/2026.", "l2"),
  a("c", "Thanh tra tỉnh theo dõi, đôn đốc, kiểm tra việc thi hành các quyết định giải quyết khiếu nại, kết luận " +
    "nội dung tố cáo đã có hiệu lực pháp luật.", "l2"),
  D("Báo cáo kết quả kiểm tra với Chủ tịch UBND tỉnh: trước ngày 15/11/2026.", true),
  a("d", "Công an tỉnh chủ trì, phối hợp với Thanh tra tỉnh bảo đảm an ninh, trật tự tại Trụ sở Tiếp công dân tỉnh " +
    "và nơi tiếp công dân của các cơ quan, nhất là trong các dịp lễ, Tết và sự kiện chính trị quan trọng.", "l2"),
  N(3, "Công tác thanh tra, kiểm tra trách nhiệm", "n2"),
  a("a", "Thanh tra tỉnh tiến hành thanh tra trách nhiệm thủ trưởng trong việc chấp hành pháp luật về tiếp công " +
    "dân, giải quyết khiếu nại, tố cáo tại 02 sở và 05 xã, phường.", "l3"),
  D("Thời gian thực hiện: từ tháng 4 đến hết tháng 8/2026.", true),
  a("b", "Thủ trưởng các sở, ban, ngành tỉnh tự kiểm tra việc tiếp nhận, phân loại, xử lý đơn thư tại cơ quan " +
    "mình, khắc phục ngay các thiếu sót; xong trong quý III/2026.", "l3"),
  N(4, "Tuyên truyền, phổ biến pháp luật; bồi dưỡng nghiệp vụ", "n2"),
  a("a", `${TP} chủ trì, phối hợp với Thanh tra tỉnh, ${BAO} và ${LQ} tổ chức tuyên truyền, phổ biến Luật Tiếp ` +
    "công dân, Luật Khiếu nại, Luật Tố cáo cho người dân tại các xã vùng sâu, vùng xa.", "l4"),
  D("Thời gian: 6 tháng đầu năm 2026.", true),
  a("b", "Thanh tra tỉnh mở 02 lớp bồi dưỡng nghiệp vụ tiếp công dân, xử lý đơn cho công chức cấp xã, hoàn thành " +
    "trong tháng 5/2026.", "l4"),
  N(5, "Ứng dụng công nghệ thông tin", "n2"),
  P("Thanh tra tỉnh chủ trì, phối hợp với Sở KH&CN hướng dẫn, hỗ trợ UBND các xã, phường cập nhật, khai thác Cơ sở " +
    "dữ liệu quốc gia về công tác tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo."),
  D("Hoàn thành việc cấp tài khoản, hướng dẫn sử dụng cho 100% xã, phường: cuối tháng 4/2026.", true),
  N(6, "Chế độ thông tin, báo cáo", "n2"),
  P("Các sở, ban, ngành tỉnh, UBND các xã, phường báo cáo kết quả công tác tiếp công dân, giải quyết khiếu nại, tố " +
    "cáo gửi Thanh tra tỉnh để tổng hợp, báo cáo UBND tỉnh, cụ thể:"),
  a("a", "Báo cáo 6 tháng đầu năm 2026 (số liệu từ ngày 15/12/2025 đến ngày 14/6/2026): gửi chậm nhất ngày " +
    "18/6/2026.", "l6"),
  a("b", "Báo cáo công tác năm 2026 (số liệu từ ngày 15/12/2025 đến ngày 14/11/2026): gửi trước ngày 20/11/2026.",
    "l6"),
  a("c", "Báo cáo đột xuất, chuyên đề: theo yêu cầu của cơ quan có thẩm quyền.", "l6"),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  NP(1, "Chánh Thanh tra tỉnh giúp UBND tỉnh theo dõi, đôn đốc, hướng dẫn việc thực hiện Kế hoạch; tổ chức Hội nghị " +
    "tổng kết công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm 2026 vào tuần thứ ba của tháng 12/2026.", "o"),
  NP(2, "Chánh Văn phòng UBND tỉnh bố trí lịch, phương tiện phục vụ lãnh đạo UBND tỉnh tiếp công dân; hoàn thành " +
    "sửa chữa, nâng cấp phòng tiếp công dân tại Trụ sở Tiếp công dân tỉnh trước 30/4/2026.", "o"),
  NP(3, "Sở Tài chính bảo đảm kinh phí cho công tác tiếp công dân, giải quyết khiếu nại, tố cáo theo quy định.", "o"),
  NP(4, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp giám sát, " +
    "vận động, thuyết phục người khiếu nại, tố cáo chấp hành quyết định giải quyết đã có hiệu lực pháp luật.", "o"),
  P("Yêu cầu Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các xã, phường nghiêm túc triển khai thực hiện; quá " +
    "trình thực hiện có khó khăn, vướng mắc báo cáo UBND tỉnh (qua Thanh tra tỉnh) để xem xét, chỉ đạo./."),
  ...sign(["Thanh tra Chính phủ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các xã, phường", "Ban Tiếp công dân tỉnh", "LĐVP, Phòng NC"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Thanh Bình"),
];

const tasks = [
  task("II.1.a", "tham mưu Chủ tịch UBND tỉnh ban hành lịch tiếp công dân định kỳ năm 2026", "2026-02-27", [TTR],
    [BTCD]),
  task("II.1.b", "Bố trí địa điểm tiếp công dân bảo đảm thuận tiện, an toàn", "2026-03-31", ["@departments", XA]),
  task("II.2.a", "rà soát các vụ việc khiếu nại, tố cáo đông người, phức tạp, kéo dài", "2026-03-31", [TTR]),
  // Corrected after the first measure: a group narrowed by "có …" is kept as written (README, set 27's rules).
  task("II.2.b", "giải quyết dứt điểm các vụ việc khiếu nại về bồi thường, hỗ trợ, tái định cư", "2026-09-29", [NM],
    [XA_LQ]),
  task("II.2.c", "theo dõi, đôn đốc, kiểm tra việc thi hành các quyết định giải quyết khiếu nại", "2026-11-14", [TTR]),
  task("II.3.a", "thanh tra trách nhiệm thủ trưởng trong việc chấp hành pháp luật về tiếp công dân", "2026-08-31",
    [TTR]),
  task("II.3.b", "tự kiểm tra việc tiếp nhận, phân loại, xử lý đơn thư tại cơ quan mình", "2026-09-30",
    ["@departments"]),
  task("II.4.a", "tổ chức tuyên truyền, phổ biến Luật Tiếp công dân, Luật Khiếu nại, Luật Tố cáo", "2026-06-30", [TP],
    [TTR, BAO, LQ]),
  task("II.4.b", "mở 02 lớp bồi dưỡng nghiệp vụ tiếp công dân, xử lý đơn cho công chức cấp xã", "2026-05-31", [TTR]),
  task("II.5", "hướng dẫn, hỗ trợ UBND các xã, phường cập nhật, khai thác Cơ sở dữ liệu quốc gia", "2026-04-30",
    [TTR], [KC]),
  task("II.6.a", "Báo cáo 6 tháng đầu năm 2026", "2026-06-18", ["@departments", XA]),
  task("II.6.b", "Báo cáo công tác năm 2026", "2026-11-19", ["@departments", XA]),
  task("III.1", "tổ chức Hội nghị tổng kết công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm 2026",
    "2026-12-21", [TTR]),
  task("III.2", "hoàn thành sửa chữa, nâng cấp phòng tiếp công dân tại Trụ sở Tiếp công dân tỉnh", "2026-04-29",
    [VP]),
];

const DATES = "II.1.a Thanh tra tỉnh, partner 'Ban Tiếp công dân tỉnh' (unresolved), sub-bullet 'Thời gian hoàn " +
  "thành: trước ngày 28/02/2026' 27/02; II.1.b the a) line names the units ('Các sở, ban, ngành tỉnh; UBND các " +
  "xã, phường' = @departments + unresolved 'UBND cấp xã'), task in the first dash, 'trong tháng 3/2026' in the " +
  "second = 31/3; II.1.c no day; II.2.a 'Thanh tra tỉnh:' then the task dash and 'Quý I/2026' 31/3; II.2.b Sở " +
  "NN&MT, partner the communes ('có liên quan'), 'trước ngày 30/9/2026' 29/9; II.2.c the report dash 'trước ngày " +
  "15/11/2026' 14/11 Sat -> 16/11 (Chủ tịch UBND tỉnh a recipient); II.2.d Công an tỉnh, no day; II.3.a 'từ " +
  "tháng 4 đến hết tháng 8/2026' 31/8; II.3.b 'Thủ trưởng các sở, ban, ngành tỉnh' = @departments, 'quý III/2026' " +
  "30/9; II.4.a Sở Tư pháp, partners Thanh tra tỉnh, the merged press, 'các cơ quan liên quan' (unresolved), " +
  "'6 tháng đầu năm 2026' 30/6; II.4.b 'trong tháng 5/2026' 31/5 Sun -> 01/6; II.5 (no letter: ref II.5) Thanh " +
  "tra tỉnh with Sở KH&CN, 'cuối tháng 4/2026' 30/4 -> 04/5 (30/4, 01/5 off, weekend); II.6 the units in the lead " +
  "sentence (@departments, UBND cấp xã; Thanh tra tỉnh the recipient): a) 'chậm nhất ngày 18/6/2026' 18/6, b) " +
  "'trước ngày 20/11/2026' 19/11 (the 'số liệu từ … đến …' spans are data periods, no deadline), c) no day. " +
  "III.1 'Chánh Thanh tra tỉnh' = Thanh tra tỉnh, 'tuần thứ ba của tháng 12/2026' 21/12; III.2 'Chánh Văn phòng " +
  "UBND tỉnh' = Văn phòng UBND tỉnh, 'trước 30/4/2026' 29/4; III.3, III.4 no day.";

await buildTwo(DIR, {
  typed: blocks,
  expected: {
    id: ID,
    style: "Kế hoạch 38/KH-UBND of UBND tỉnh Thái Nguyên, 06/02/2026, after the reorganisation (merged " +
      "departments; 'UBND các xã, phường' = unresolved 'UBND cấp xã'), on citizen reception and complaints. HABIT: " +
      "a PROSE PLAN WITH THE DEADLINE IN ITS OWN SUB-BULLET: II 1.-6. bold headings, a) items, '-' bullets; the " +
      "unit in the a) sentence or line, the deadline often a dash of its own; Thanh tra tỉnh leads most. " + DATES +
      " plan.pdf LibreOffice's print of plan-auto.docx.",
    province: "Thái Nguyên",
    plan: { number: "38/KH-UBND", date: "2026-02-06" },
    tasks, unresolved: [BTCD, XA, LQ, XA_LQ], successors: [],
  },
});

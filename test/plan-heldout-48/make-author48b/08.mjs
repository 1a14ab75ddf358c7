// 08: Lai Châu, UBND tỉnh, Kế hoạch 214/KH-UBND ngày 22/01/2024 (before the reorganisation: old departments,
// districts) kiểm soát thủ tục hành chính năm 2024. Habit: the task list is TAB-ALIGNED LINES, NOT A TABLE: in a
// landscape section, one line per task "1.<tab>content<tab>units<tab>time" under a bold tab-aligned caption line,
// a sentence before it saying once what the three columns mean ("Nội dung — Đơn vị thực hiện — Thời gian"); the
// unit field names the lead first ("… chủ trì" or bare) and the partners after "phối hợp"; numbers 1-16 run on
// through unnumbered bold group lines; three lines carry no day (thường xuyên, theo quy định, hằng tháng).
// plan-auto.docx numbers the lines with a Word list whose number is followed by a tab; both put the columns at the
// same tab stops. Part III in prose, portrait, one dated duty. One due day is the make-up Saturday 4/5/2024.
import { addKind, textWidth } from "../../plan-corpus/author-kit/lib.mjs";
import { P, H, L, buildTwo, head, sign, job, style } from "./common.mjs";

const ID = "08-lai-chau-2024-tab-aligned-task-lines-noi-dung-don-vi-thoi-gian-caption-once-chu-tri-then-phoi-hop";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TP = "Sở Tư pháp", TC = "Sở Tài chính";
const KH = "Sở Kế hoạch và Đầu tư", TN = "Sở Tài nguyên và Môi trường", TT = "Sở Thông tin và Truyền thông";
const CA = "Công an tỉnh", BH = "Bảo hiểm xã hội tỉnh", KB = "Kho bạc Nhà nước tỉnh", BD = "Bưu điện tỉnh";

addKind("t-dec", ["decimal", "%1."]);
const SIZE = 24; // 12 pt
const STOPS = [{ pos: 680 }, { pos: 7700 }, { pos: 12500 }];
const COLS = [[680, 7600], [7700, 12400], [12500, 14570]]; // twips, landscape text width 14570
const fits = (text, [from, to]) => textWidth(text, SIZE / 2) <= 0.95 * (to - from) / 20; // the estimate runs short

const R = (num, text) => H(num, text, { list: { kind: "roman", inst: "sec" } });
let sub = 0;
const N = (n, text) => L(`${n}.`, text, "decimal", `n${n === 1 ? ++sub : sub}`);
const D = (text) => L("-", text, "dash", "d");
const tabbed = (text, o = {}) => ({ t: "p", text, tabs: STOPS, indent: false, align: "left", size: SIZE, tight: true,
  after: 40, ...o });
const group = (text) => tabbed("\t" + text, { bold: true, after: 60 });

// [content, units as written, time as written]; groups are strings.
const LINES = [
  "Kiểm soát quy định thủ tục hành chính",
  ["Đánh giá tác động TTHC trong dự thảo văn bản QPPL của tỉnh", "Sở Tư pháp; phối hợp: các sở, ngành",
    "Thường xuyên"],
  ["Rà soát, đơn giản hóa TTHC, giấy tờ công dân năm 2024", "VP UBND tỉnh; phối hợp: các sở, ngành", "Quý II/2024"],
  ["Rà soát quy định liên quan đến hoạt động kinh doanh", "Sở KH&ĐT chủ trì, phối hợp Sở Tư pháp",
    "Trước 31/5/2024"],
  "Công bố, công khai thủ tục hành chính",
  ["Công bố danh mục TTHC mới, sửa đổi, bổ sung, bãi bỏ", "Các sở, ngành; phối hợp: VP UBND tỉnh", "Theo quy định"],
  ["Phê duyệt quy trình nội bộ giải quyết TTHC lĩnh vực đất đai", "Sở TN&MT; phối hợp: VP UBND tỉnh",
    "Tháng 3/2024"],
  ["Công khai TTHC trên Cổng DVC quốc gia, Hệ thống tỉnh", "VP UBND tỉnh", "Trước 05/5/2024"],
  "Giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông",
  ["Kiện toàn Bộ phận Một cửa cấp huyện, cấp xã", "UBND các huyện, TP; phối hợp: Sở Nội vụ", "Tháng 02/2024"],
  ["Triển khai thanh toán trực tuyến phí, lệ phí giải quyết TTHC", "Sở Tài chính; phối hợp: KBNN tỉnh",
    "6 tháng đầu năm"],
  ["Số hóa hồ sơ, kết quả giải quyết TTHC tại Một cửa cấp xã", "UBND các huyện, thành phố",
    "Tháng 4 - 10/2024"],
  ["Liên thông TTHC đăng ký khai sinh, thường trú, cấp thẻ BHYT", "Sở Tư pháp; phối hợp: CA tỉnh, BHXH tỉnh",
    "Trước 15/9/2024"],
  "Kiểm tra, tập huấn, tuyên truyền",
  ["Kiểm tra công tác kiểm soát TTHC tại 04 sở, 03 huyện", "VP UBND tỉnh chủ trì, phối hợp Sở Nội vụ",
    "Tháng 8 - 9/2024"],
  ["Tập huấn nghiệp vụ kiểm soát TTHC cho cán bộ đầu mối", "VP UBND tỉnh", "Tháng 4/2024"],
  ["Tuyên truyền về DVC trực tuyến trên sóng PT-TH của tỉnh", "Đài PT-TH tỉnh; phối hợp: Sở TT&TT",
    "Hằng tháng"],
  ["Khảo sát mức độ hài lòng tại Bộ phận Một cửa các cấp", "Sở Nội vụ; phối hợp: Bưu điện tỉnh",
    "Cuối tháng 11/2024"],
  ["Báo cáo tình hình, kết quả kiểm soát TTHC năm 2024", "Các sở, ngành, UBND các huyện, TP", "Trước 05/12/2024"],
  ["Đánh giá chất lượng giải quyết TTHC theo QĐ 766/QĐ-TTg", "VP UBND tỉnh; phối hợp: Sở TT&TT",
    "Tuần thứ 2 tháng 12"],
];

function list(auto) {
  let n = 0;
  return LINES.map((l) => {
    if (typeof l === "string") return group(l);
    const [content, units, time] = l;
    n += 1;
    for (const [i, piece] of [content, units, time].entries()) {
      if (!fits(piece, COLS[i])) throw new Error(`line ${n}: "${piece}" does not fit its column`);
    }
    const text = `${content}\t${units}\t${time}`;
    const last = l === LINES.at(-1) ? { tight: false } : {};
    return auto ? tabbed(text, { list: { kind: "t-dec", inst: "tasks" }, ...last }) :
      tabbed(text, { num: `${n}.`, numSep: "\t", ...last });
  });
}

const blocks = (auto) => [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 214/KH-UBND", "Lai Châu, ngày 22 tháng 01 năm 2024", "KẾ HOẠCH",
    "Thực hiện công tác kiểm soát thủ tục hành chính năm 2024 trên địa bàn tỉnh Lai Châu"),
  P("Thực hiện Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính (được sửa " +
    "đổi, bổ sung bởi các Nghị định số 48/2013/NĐ-CP, 92/2017/NĐ-CP); Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 " +
    "của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính, UBND tỉnh " +
    "Lai Châu ban hành Kế hoạch thực hiện công tác kiểm soát thủ tục hành chính năm 2024 như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  D("Kiểm soát chặt chẽ việc ban hành quy định thủ tục hành chính ngay từ khâu dự thảo; công bố, công khai kịp thời, " +
    "đầy đủ thủ tục hành chính; nâng cao chất lượng giải quyết thủ tục hành chính cho người dân, doanh nghiệp."),
  D("Xác định rõ nội dung công việc, đơn vị thực hiện, thời gian hoàn thành; các cơ quan, đơn vị chủ động phối hợp, " +
    "bảo đảm hoàn thành đúng tiến độ."),
  { t: "sect" },
  R("II.", "NỘI DUNG, ĐƠN VỊ THỰC HIỆN VÀ THỜI GIAN HOÀN THÀNH"),
  P("Các nhiệm vụ cụ thể được trình bày theo thứ tự: Nội dung công việc — Đơn vị thực hiện (đơn vị chủ trì ghi " +
    "trước; các đơn vị phối hợp ghi sau chữ “phối hợp”) — Thời gian hoàn thành, như sau:"),
  tabbed("TT\tNội dung công việc\tĐơn vị thực hiện\tThời gian", { bold: true, after: 80 }),
  ...list(auto),
  { t: "sect", landscape: true },
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  N(1, "Văn phòng UBND tỉnh là cơ quan đầu mối, hướng dẫn, đôn đốc, kiểm tra các cơ quan, đơn vị thực hiện Kế " +
    "hoạch; tổng hợp tình hình, kết quả kiểm soát thủ tục hành chính, báo cáo Văn phòng Chính phủ và UBND tỉnh định " +
    "kỳ hằng quý, 6 tháng, năm theo quy định."),
  N(2, "Các sở, ban, ngành, UBND các huyện, thành phố căn cứ Kế hoạch này xây dựng kế hoạch kiểm soát thủ tục hành " +
    "chính năm 2024 của cơ quan, đơn vị mình, hoàn thành trước ngày 20/02/2024, gửi Văn phòng UBND tỉnh để theo dõi."),
  N(3, "Sở Tài chính tham mưu bố trí kinh phí thực hiện công tác kiểm soát thủ tục hành chính theo Thông tư số " +
    "167/2012/TT-BTC của Bộ Tài chính và các văn bản sửa đổi, bổ sung."),
  P("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo UBND tỉnh (qua Văn phòng " +
    "UBND tỉnh) để xem xét, giải quyết./."),
  ...sign(["Văn phòng Chính phủ (Cục KSTTHC)", "TT. Tỉnh ủy; TT. HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các huyện, thành phố", "Lãnh đạo VP, TT PVHCC"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Tống Thanh Hải"),
];

const t = (n, words, due, lead, co = []) => job(`II.${n}`, words, due, lead, co);
const tasks = [
  t(2, "Rà soát, đơn giản hóa TTHC, giấy tờ công dân năm 2024", "2024-06-30", [VP], ["@departments"]),
  t(3, "Rà soát quy định liên quan đến hoạt động kinh doanh", "2024-05-30", [KH], [TP]),
  t(5, "Phê duyệt quy trình nội bộ giải quyết TTHC lĩnh vực đất đai", "2024-03-31", [TN], [VP]),
  t(6, "Công khai TTHC trên Cổng DVC quốc gia, Hệ thống tỉnh", "2024-05-04", [VP]),
  t(7, "Kiện toàn Bộ phận Một cửa cấp huyện, cấp xã", "2024-02-29", ["@districts"], [NV]),
  t(8, "Triển khai thanh toán trực tuyến phí, lệ phí giải quyết TTHC", "2024-06-30", [TC], [KB]),
  t(9, "Số hóa hồ sơ, kết quả giải quyết TTHC tại Một cửa cấp xã", "2024-10-31", ["@districts"]),
  t(10, "Liên thông TTHC đăng ký khai sinh, thường trú, cấp thẻ BHYT", "2024-09-14", [TP], [CA, BH]),
  t(11, "Kiểm tra công tác kiểm soát TTHC tại 04 sở, 03 huyện", "2024-09-30", [VP], [NV]),
  t(12, "Tập huấn nghiệp vụ kiểm soát TTHC cho cán bộ đầu mối", "2024-04-30", [VP]),
  t(14, "Khảo sát mức độ hài lòng tại Bộ phận Một cửa các cấp", "2024-11-30", [NV], [BD]),
  t(15, "Báo cáo tình hình, kết quả kiểm soát TTHC năm 2024", "2024-12-04", ["@departments", "@districts"]),
  t(16, "Đánh giá chất lượng giải quyết TTHC theo QĐ 766/QĐ-TTg", "2024-12-14", [VP], [TT]),
  job("III.2", "xây dựng kế hoạch kiểm soát thủ tục hành chính năm 2024 của cơ quan, đơn vị mình", "2024-02-19",
    ["@departments", "@districts"]),
];

const DATES = "ref = II.n (the line's number 1-16, running on through the bold group lines) and III.n. A line " +
  "reads content | units | time at the caption's tab stops; in the unit field the first unit leads ('… chủ trì' or " +
  "bare), those after 'phối hợp' are partners. 'các sở, ngành' = @departments, 'UBND các huyện, TP/thành phố' = " +
  "@districts, abbreviations (VP UBND tỉnh, Sở KH&ĐT, Sở TN&MT, KBNN tỉnh, CA tỉnh, BHXH tỉnh, Sở TT&TT) = full " +
  "names. 1 'Thường xuyên', 4 'Theo quy định', 13 'Hằng tháng': no task. 2 'Quý II/2024' 30/6 Sun -> 01/7; 3 " +
  "'Trước 31/5/2024' 30/5; 5 'Tháng 3/2024' 31/3 Sun -> 01/4; 6 'Trước 05/5/2024' 04/5, a make-up working " +
  "Saturday, stays 04/5; 7 'Tháng 02/2024' 29/02 (leap year); 8 '6 tháng đầu năm' (the plan's year) 30/6 -> 01/7; " +
  "9 'Tháng 4 - 10/2024' = từ tháng 4 đến tháng 10, 31/10; 10 'Trước 15/9/2024' 14/9 Sat -> 16/9; 11 'Tháng 8 - " +
  "9/2024' 30/9; 12 'Tháng 4/2024' 30/4 (29/4-01/5 off) -> 02/5; 14 'Cuối tháng 11/2024' 30/11 Sat -> 02/12; 15 " +
  "'Trước 05/12/2024' 04/12; 16 'Tuần thứ 2 tháng 12' (no year: 2024) day 14, Sat -> 16/12. III.1 recurring " +
  "reports: no task; III.2 'hoàn thành trước ngày 20/02/2024' 19/02, VP UBND tỉnh the recipient; III.3 no day. " +
  "Decrees' and circulars' days are no deadlines.";

await buildTwo(DIR, {
  typed: blocks(false),
  auto: blocks(true),
  expected: {
    id: ID,
    style: style("Kế hoạch 214/KH-UBND of UBND tỉnh Lai Châu, 22/01/2024 (old departments, districts), kiểm soát " +
      "TTHC năm 2024. HABIT: TASKS AS TAB-ALIGNED LINES '1.<tab>content<tab>units<tab>time' IN A LANDSCAPE " +
      "SECTION, NOT A TABLE; a sentence and a bold caption line give the columns once; lead first, partners after " +
      "'phối hợp'. " + DATES),
    province: "Lai Châu",
    plan: { number: "214/KH-UBND", date: "2024-01-22" },
    tasks,
    unresolved: [],
    successors: [],
  },
});

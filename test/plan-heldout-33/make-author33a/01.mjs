// 01: Thái Nguyên, Tỉnh ủy (Ban Thường vụ Tỉnh ủy), 20/01/2026 — a Party committee's plan. Header "ĐẢNG BỘ TỈNH
// THÁI NGUYÊN / TỈNH ỦY" left, "ĐẢNG CỘNG SẢN VIỆT NAM" right, the Party's number form "Số 86-KH/TU". The tasks are
// prose points 1-11 under "II. NHIỆM VỤ VÀ GIẢI PHÁP", each ending in its time; NO unit is named in them: part
// "III. TỔ CHỨC THỰC HIỆN" assigns the points to Party bodies and government units by their point numbers
// ("chủ trì thực hiện điểm 1 và điểm 10 mục II"). plan.pdf: LibreOffice then Ghostscript pdfwrite.
import { build, task } from "./lib.mjs";
import { sign } from "./head.mjs";

const ID = "01-thai-nguyen-2026-party-committee-dash-number-prose-points-assigned-by-point-number";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const BTC = "Ban Tổ chức Tỉnh ủy";
const UBKT = "Ủy ban Kiểm tra Tỉnh ủy";
const BTGDV = "Ban Tuyên giáo và Dân vận Tỉnh ủy";
const DUUB = "Đảng ủy UBND tỉnh";
const VPTU = "Văn phòng Tỉnh ủy";
const DUX = "Đảng ủy các xã, phường";
const NV = "Sở Nội vụ";
const TC = "Sở Tài chính";
const KHCN = "Sở Khoa học và Công nghệ";
const BAO = "Báo và Phát thanh, Truyền hình Thái Nguyên";
const MT = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh";

// [title, time phrase] — the prose point is `${title}. ${time}.`
const POINTS = [
  ["Rà soát, bổ sung quy hoạch cán bộ diện Ban Thường vụ Tỉnh ủy quản lý nhiệm kỳ 2025-2030 và nhiệm kỳ 2030-2035",
    "Hoàn thành trước ngày 31/3/2026"],
  ["Xây dựng, ban hành Chương trình kiểm tra, giám sát năm 2026 của Ban Chấp hành Đảng bộ tỉnh",
    "Thời gian chậm nhất ngày 15/02/2026"],
  ["Tổ chức hội nghị học tập, quán triệt, triển khai Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng đến " +
    "cán bộ, đảng viên", "Hoàn thành trong tháng 3/2026"],
  ["Lãnh đạo kiện toàn tổ chức bộ máy, sắp xếp các đơn vị sự nghiệp công lập thuộc UBND tỉnh", "Thời gian: quý II " +
    "năm 2026"],
  ["Sơ kết một năm vận hành mô hình chính quyền địa phương hai cấp; đề xuất điều chỉnh chức năng, nhiệm vụ của các " +
    "cơ quan chuyên môn cấp xã", "Hoàn thành trước ngày 01/7/2026"],
  ["Kết nối, liên thông Hệ thống quản lý văn bản và điều hành của các cơ quan Đảng với hệ thống của chính quyền",
    "Hoàn thành trong 6 tháng đầu năm 2026"],
  ["Mở chuyên trang, chuyên mục tuyên truyền kỷ niệm 96 năm Ngày thành lập Đảng và kết quả thực hiện Nghị quyết",
    "Thời gian từ ngày 01/4/2026 đến ngày 30/4/2026"],
  ["Kiểm tra việc kê khai, công khai tài sản, thu nhập của cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý",
    "Thực hiện trong quý III/2026"],
  ["Giám sát việc tiếp công dân, giải quyết khiếu nại, tố cáo và phản ánh, kiến nghị của Nhân dân ở cơ sở",
    "Hoàn thành trong tháng 10/2026"],
  ["Sơ kết, đánh giá kết quả thực hiện Kế hoạch, báo cáo Ban Thường vụ Tỉnh ủy", "Hoàn thành trước ngày 15/12/2026"],
];

const hdr = { t: "table", borders: false, widths: [4200, 5200], rows: [
  [{ text: "ĐẢNG BỘ TỈNH THÁI NGUYÊN\nTỈNH ỦY\n*", bold: true, align: "center" },
    { text: "ĐẢNG CỘNG SẢN VIỆT NAM", bold: true, align: "center" }],
  [{ text: "Số 86-KH/TU", align: "center" }, { text: "Thái Nguyên, ngày 20 tháng 01 năm 2026", italic: true,
    align: "right" }],
] };
const P = (text, o = {}) => ({ t: "p", text, align: "justify", ...o });
const blocks = [
  hdr,
  { t: "p", text: "KẾ HOẠCH", bold: true, align: "center", indent: false },
  { t: "p", text: "thực hiện nhiệm vụ trọng tâm về công tác xây dựng Đảng và hệ thống chính trị năm 2026",
    bold: true, align: "center", indent: false },
  { t: "p", text: "-----", align: "center", indent: false },
  P("Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XXI, nhiệm kỳ 2025-2030; Chương trình công tác năm " +
    "2026 của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch thực hiện như sau:"),
  P("I. MỤC ĐÍCH, YÊU CẦU", { bold: true, indent: false }),
  P("Cụ thể hóa các nhiệm vụ trọng tâm về công tác xây dựng Đảng năm 2026; xác định rõ trách nhiệm của các cấp ủy, " +
    "tổ chức đảng, cơ quan, đơn vị trong tổ chức thực hiện; bảo đảm chất lượng, đúng thời gian."),
  P("II. NHIỆM VỤ VÀ GIẢI PHÁP", { bold: true, indent: false }),
  ...POINTS.map(([t, time], i) => P(`${t}. ${time}.`, { num: `${i + 1}.`, list: { kind: "decimal", inst: "II" } })),
  P("Thường xuyên nắm bắt tình hình tư tưởng của cán bộ, đảng viên và Nhân dân; kịp thời định hướng thông tin, " +
    "đấu tranh phản bác các quan điểm sai trái, thù địch.", { num: "11.", list: { kind: "decimal", inst: "II" } }),
  P("III. TỔ CHỨC THỰC HIỆN", { bold: true, indent: false }),
  P(`${BTC} chủ trì thực hiện điểm 1 và điểm 10 mục II; ${NV} phối hợp thực hiện điểm 1, ${VPTU} phối hợp thực ` +
    "hiện điểm 10.", { num: "1.", list: { kind: "decimal", inst: "III" } }),
  P(`${UBKT} chủ trì thực hiện điểm 2 (phối hợp: ${VPTU}) và điểm 8 (phối hợp: Thanh tra tỉnh).`,
    { num: "2.", list: { kind: "decimal", inst: "III" } }),
  P(`${BTGDV} chủ trì thực hiện điểm 3, phối hợp với ${DUX}; chủ trì thực hiện điểm 11; phối hợp với ${BAO} thực ` +
    "hiện điểm 7.", { num: "3.", list: { kind: "decimal", inst: "III" } }),
  P(`${DUUB} chủ trì thực hiện điểm 4, phối hợp với ${NV}. ${NV} chủ trì, phối hợp với ${TC} thực hiện điểm 5, ` +
    "báo cáo Ban Thường vụ Tỉnh ủy kết quả.", { num: "4.", list: { kind: "decimal", inst: "III" } }),
  P(`${VPTU} chủ trì thực hiện điểm 6, phối hợp với ${KHCN}; theo dõi, đôn đốc việc thực hiện Kế hoạch.`,
    { num: "5.", list: { kind: "decimal", inst: "III" } }),
  P(`${BAO} chủ trì thực hiện điểm 7.`, { num: "6.", list: { kind: "decimal", inst: "III" } }),
  P(`Đề nghị Ban Thường trực ${MT.replace("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban MTTQ Việt Nam tỉnh")} ` +
    `chủ trì thực hiện điểm 9; ${DUX} phối hợp.`, { num: "7.", list: { kind: "decimal", inst: "III" } }),
  ...sign(["Ban Bí thư Trung ương Đảng (b/c)", "Các đồng chí Tỉnh ủy viên", "Các ban đảng, Văn phòng Tỉnh ủy",
    "Các đảng ủy trực thuộc"], "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ", "Nguyễn Thanh Bình"),
];

const due = ["2026-03-30", "2026-02-15", "2026-03-31", "2026-06-30", "2026-06-30", "2026-06-30", "2026-04-30",
  "2026-09-30", "2026-10-31", "2026-12-14"];
const units = [[[BTC], [NV]], [[UBKT], [VPTU]], [[BTGDV], [DUX]], [[DUUB], [NV]], [[NV], [TC]], [[VPTU], [KHCN]],
  [[BAO], [BTGDV]], [[UBKT], ["Thanh tra tỉnh"]], [[MT], [DUX]], [[BTC], [VPTU]]];
const tasks = POINTS.map(([t], i) => task(`II.${i + 1}`, t, due[i], ...units[i]));

await build(DIR, {
  blocks, printer: "ghostscript",
  expected: {
    id: ID,
    style: "Kế hoạch of the Tỉnh ủy Thái Nguyên (Ban Thường vụ), 20/01/2026 (after the merger: no districts, " +
      "merged sở). Party header 'ĐẢNG BỘ TỈNH THÁI NGUYÊN / TỈNH ỦY / *' left, 'ĐẢNG CỘNG SẢN VIỆT NAM' right, " +
      "number in the Party form 'Số 86-KH/TU' (dash before KH). Tasks: prose points 1-11 of 'II. NHIỆM VỤ VÀ GIẢI " +
      "PHÁP', each ending in its time and naming NO unit; ref II.n. Leads and coordinators come only from 'III. TỔ " +
      "CHỨC THỰC HIỆN', which assigns by point number ('chủ trì thực hiện điểm 1 và điểm 10 mục II; Sở Nội vụ phối " +
      "hợp thực hiện điểm 1, Văn phòng Tỉnh ủy phối hợp thực hiện điểm 10'). Point 11 'Thường xuyên' undated: no " +
      "task. Dates: 1 'trước ngày 31/3/2026' -> 30/3 Mon; 2 'chậm nhất 15/02/2026' Sun, 16-20/2 Tết -> 23/2; " +
      "3 'trong tháng 3/2026' 31/3 Tue; 4 'quý II năm 2026' 30/6 Tue; 5 'trước ngày 01/7/2026' 30/6; 6 '6 tháng " +
      "đầu năm 2026' 30/6; 7 'từ 01/4 đến 30/4/2026' 30/4 (off; 1/5 off, weekend) -> 4/5; 8 'quý III/2026' 30/9 " +
      "Wed; 9 'tháng 10/2026' 31/10 Sat -> 2/11; 10 'trước ngày 15/12/2026' 14/12 Mon ('báo cáo Ban Thường vụ' = " +
      "recipient). Party bodies are not in the directory: Ban Tổ chức Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy, Ban Tuyên " +
      "giáo và Dân vận Tỉnh ủy, Đảng ủy UBND tỉnh, Văn phòng Tỉnh ủy (the issuer's own office), 'Đảng ủy các xã, " +
      "phường' (a group of commune Party committees) are kept as written and unresolved. 'Ban Thường trực Ủy ban " +
      "MTTQ Việt Nam tỉnh' = Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; 'Báo và Phát thanh, Truyền hình Thái Nguyên' " +
      "the merged press body. Legal-basis references no tasks.",
    province: "Thái Nguyên",
    plan: { number: "86-KH/TU", date: "2026-01-20" },
    tasks,
    unresolved: [BTC, UBKT, BTGDV, DUUB, VPTU, DUX],
    successors: [],
  },
});

// 06: Bắc Kạn, UBND tỉnh, 20/02/2025 — livestock disease prevention. The body is an outline under "Phần I./II./
// III." with decimal items "1.1.", "2.3." (plan-auto: one Word list per part, lvlText "2.%1."), and Phần II-III are
// set in TWO COLUMNS of text (a Word section with w:cols num=2). Units are named inside each item's sentence.
// plan.pdf: LibreOffice from plan-auto.docx.
import { addKind, build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "06-bac-kan-2025-phan-parts-decimal-outline-items-two-text-columns";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
addKind("p1", ["decimal", "1.%1."]);
addKind("p3", ["decimal", "3.%1."]);
const NN = "Sở Nông nghiệp và Phát triển nông thôn";
const H = "@districts";
const item = (part, n, text) => ({ t: "p", num: `${part}.${n}.`, text,
  list: { kind: part === 1 ? "p1" : part === 2 ? "two" : "p3", inst: part } });

const P2 = [
  ["Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với UBND các huyện, thành phố tổ chức tiêm phòng " +
    "vắc xin Lở mồm long móng, Tụ huyết trùng trâu, bò đợt 1 năm 2025, xong trước ngày 30/4/2025.",
  "Tổ chức tiêm phòng vắc xin Lở mồm long móng, Tụ huyết trùng trâu, bò đợt 1 năm 2025", "2025-04-29", [NN], [H]],
  ["UBND các huyện, thành phố chủ trì tổ chức tiêm phòng bệnh Dại cho chó, mèo trên địa bàn, hoàn thành trong " +
    "tháng 5/2025; Sở Nông nghiệp và Phát triển nông thôn cung ứng vắc xin, hướng dẫn kỹ thuật.",
  "Tổ chức tiêm phòng bệnh Dại cho chó, mèo trên địa bàn", "2025-05-31", [H], [NN]],
  ["Phát động Tháng hành động vệ sinh, tiêu độc, khử trùng môi trường chăn nuôi đợt 1 từ ngày 15/3 đến ngày " +
    "15/4/2025. Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì, UBND các huyện, thành phố phối hợp.",
  "Phát động Tháng hành động vệ sinh, tiêu độc, khử trùng môi trường chăn nuôi đợt 1", "2025-04-15", [NN], [H]],
  ["Giám sát chủ động, lấy mẫu xét nghiệm bệnh Dịch tả lợn châu Phi tại các ổ dịch cũ và các cơ sở giết mổ: " +
    "Sở Nông nghiệp và Phát triển nông thôn thực hiện thường xuyên.", null],
  ["Công an tỉnh phối hợp với Sở Nông nghiệp và Phát triển nông thôn kiểm tra, xử lý việc vận chuyển, buôn bán " +
    "động vật, sản phẩm động vật không rõ nguồn gốc, chậm nhất ngày 30 tháng 6 năm 2025 báo cáo kết quả đợt " +
    "cao điểm.",
  "Kiểm tra, xử lý việc vận chuyển, buôn bán động vật, sản phẩm động vật không rõ nguồn gốc", "2025-06-30",
    ["Công an tỉnh"], [NN]],
  ["Sở Thông tin và Truyền thông chủ trì, phối hợp với Báo Bắc Kạn, Đài Phát thanh - Truyền hình tỉnh mở " +
    "chuyên mục tuyên truyền về phòng, chống dịch bệnh gia súc, gia cầm trong quý I/2025.",
  "Mở chuyên mục tuyên truyền về phòng, chống dịch bệnh gia súc, gia cầm", "2025-03-31",
    ["Sở Thông tin và Truyền thông"], ["Báo Bắc Kạn", "Đài Phát thanh - Truyền hình tỉnh"]],
  ["Sở Tài chính phối hợp với Sở Nông nghiệp và Phát triển nông thôn thẩm định, tham mưu bố trí kinh phí mua " +
    "vắc xin, hóa chất năm 2025 trước ngày 15 tháng 3 năm 2025.",
  "Thẩm định, tham mưu bố trí kinh phí mua vắc xin, hóa chất năm 2025", "2025-03-14", ["Sở Tài chính"], [NN]],
  ["Việc cấp phát 5.000 lít hóa chất sát trùng đợt 1 cho các huyện, thành phố đã hoàn thành trong tháng 01/2025.",
    null],
  ["UBND huyện Chợ Mới chủ trì, phối hợp với Sở Nông nghiệp và Phát triển nông thôn hoàn thiện hồ sơ đề nghị " +
    "công nhận vùng chăn nuôi an toàn dịch bệnh, hoàn thành trong quý II năm 2025.",
  "Hoàn thiện hồ sơ đề nghị công nhận vùng chăn nuôi an toàn dịch bệnh", "2025-06-30", ["UBND huyện Chợ Mới"], [NN]],
];
const P3 = [
  ["Sở Nông nghiệp và Phát triển nông thôn là cơ quan thường trực, theo dõi, đôn đốc thực hiện Kế hoạch; tổng " +
    "hợp, báo cáo UBND tỉnh kết quả thực hiện 6 tháng đầu năm 2025 trước ngày 20/6/2025.",
  "Tổng hợp, báo cáo kết quả thực hiện 6 tháng đầu năm 2025", "2025-06-19", [NN], []],
  ["UBND các huyện, thành phố xây dựng kế hoạch phòng, chống dịch bệnh động vật cấp huyện năm 2025, gửi về Sở " +
    "Nông nghiệp và Phát triển nông thôn trước ngày 10/3/2025.",
  "Xây dựng kế hoạch phòng, chống dịch bệnh động vật cấp huyện năm 2025", "2025-03-09", [H], []],
  ["Các sở, ban, ngành tỉnh theo chức năng, nhiệm vụ phối hợp thực hiện; định kỳ hằng quý gửi báo cáo về Sở " +
    "Nông nghiệp và Phát triển nông thôn để tổng hợp.", null],
];
const tasks = [];
P2.forEach(([, title, due, lead, co], i) => due && tasks.push(task(`2.${i + 1}`, title, due, lead, co)));
P3.forEach(([, title, due, lead, co], i) => due && tasks.push(task(`3.${i + 1}`, title, due, lead, co)));

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 45/KH-UBND", "Bắc Kạn, ngày 20 tháng 02 năm 2025", "KẾ HOẠCH",
    "Phòng, chống dịch bệnh động vật trên cạn tỉnh Bắc Kạn năm 2025"),
  { t: "p", text: "Phần I. MỤC ĐÍCH, YÊU CẦU", bold: true, indent: false },
  item(1, 1, "Chủ động giám sát, phát hiện sớm, khoanh vùng, xử lý kịp thời các ổ dịch, không để dịch bệnh lây " +
    "lan diện rộng."),
  item(1, 2, "Tỷ lệ tiêm phòng các bệnh bắt buộc đạt trên 80% tổng đàn trong diện tiêm."),
  { t: "sect", cols: 1, type: "continuous" },
  { t: "p", text: "Phần II. NHIỆM VỤ, GIẢI PHÁP", bold: true, indent: false },
  ...P2.map(([text], i) => item(2, i + 1, text)),
  { t: "p", text: "Phần III. TỔ CHỨC THỰC HIỆN", bold: true, indent: false },
  ...P3.map(([text], i) => item(3, i + 1, text)),
  { t: "sect", cols: 2, type: "continuous" },
  ...sign(["Bộ Nông nghiệp và PTNT (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "CT, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các huyện, thành phố"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Đinh Quang Tuyên"),
];

await build(DIR, {
  blocks, printer: "libreoffice", lastType: "continuous",
  expected: {
    id: ID,
    style: "Kế hoạch 45/KH-UBND of UBND tỉnh Bắc Kạn, 20/02/2025 (before the reorganisation), animal disease " +
      "prevention. Body an outline: 'Phần I. / Phần II. / Phần III.' headings, items numbered '1.1.', '2.1.' … " +
      "'3.3.' (typed in plan-typed; in plan-auto one Word list per part with lvlText '2.%1.'). Phần II and III " +
      "are set in TWO COLUMNS of text (a continuous Word section with two columns; the PDF reads down the left " +
      "column, then the right). ref = the item's number without its last dot ('2.5', '3.2'). Units in each " +
      "item's sentence: 'X chủ trì, phối hợp với Y' -> X lead, Y coordinator; 'X phối hợp với Y' without chủ " +
      "trì (2.5, 2.7) -> X leads, Y coordinates; 2.2 'UBND các huyện, thành phố chủ trì …; Sở NN&PTNT cung ứng " +
      "vắc xin' -> the Sở is a coordinator; 2.3 'Giao X chủ trì, Y phối hợp' after the date sentence. Dates: " +
      "'xong trước ngày 30/4/2025' -> 29/4; 'trong tháng 5/2025' -> 31/5 (Sat -> 2/6); 'từ ngày 15/3 đến ngày " +
      "15/4/2025' -> 15/4; 'chậm nhất ngày 30 tháng 6 năm 2025' -> 30/6; 'trong quý I/2025' -> 31/3; 'trước ngày " +
      "15 tháng 3 năm 2025' -> 14/3; 'quý II năm 2025' -> 30/6; 3.1 'trước ngày 20/6/2025' -> 19/6; 3.2 'trước " +
      "ngày 10/3/2025' -> 9/3 (Sun -> 10/3). Left out: Phần I (aims), 2.4 'thường xuyên', 2.8 'đã hoàn " +
      "thành', 3.3 'định kỳ hằng quý'. 'gửi về Sở NN&PTNT', 'báo cáo UBND tỉnh': recipients. 'UBND các huyện, " +
      "thành phố' = @districts.",
    province: "Bắc Kạn",
    plan: { number: "45/KH-UBND", date: "2025-02-20" },
    tasks,
    unresolved: [],
    successors: [],
  },
});

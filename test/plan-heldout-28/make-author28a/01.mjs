// 01: Thái Nguyên after the reorganisation (22/9/2025) — a commune's plan (UBND xã La Bằng) for the second round of
// livestock vaccination, typed the way a small office types: Roman and Arabic numbers and "a)" typed by hand in
// BOTH docx, only the "-" lines are Word bullets in plan-auto.docx; each item closes with label lines
// "- Chủ trì:<tab>…", "- Phối hợp:<tab>…", "- Thời gian:<tab>…"; "+" lines indented with a typed tab.
// Header block in a two-column borderless table. plan.pdf: LibreOffice (from plan-auto.docx).
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "01-thai-nguyen-2025-commune-typed-numbers-word-bullets-tab-label-lines";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;

const TABS = [{ pos: 2552 }];
let bulletRun = 0;
// A new Word bullet list for each run of "-" lines (the office pressed the bullet button again each time).
const run = () => `B${++bulletRun}`;
let cur = run();
const dash = (text, extra = {}) => ({ t: "p", num: "-", text, list: { kind: "dash", inst: cur }, ...extra });
const label = (lab, val) => dash(`${lab}:\t${val}`, { tabs: TABS });
const typed = (num, text, extra = {}) => {
  cur = run();
  return { t: "p", num, text, ...extra };
};
const sec = (num, text) => typed(num, text, { bold: true, indent: false });
const plus = (text) => ({ t: "p", text: `\t+ ${text}`, indent: false });
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });

const PKT = "Phòng Kinh tế";
const XOM = "Trưởng các xóm";
const TYV = "Thú y viên các xóm";
const TO = "Tổ tiêm phòng của xã";
const VP = "Văn phòng HĐND và UBND xã";

const blocks = [
  ...head(
    "ỦY BAN NHÂN DÂN\nXÃ LA BẰNG",
    "Số: 87/KH-UBND",
    "La Bằng, ngày 22 tháng 9 năm 2025",
    "KẾ HOẠCH",
    "Tiêm phòng vắc xin cho đàn gia súc, gia cầm đợt 2 và phòng, chống dịch bệnh động vật vụ Thu - Đông năm 2025",
  ),
  plain("Căn cứ Luật Thú y ngày 19 tháng 6 năm 2015;"),
  plain(
    "Căn cứ Kế hoạch số 41/KH-UBND ngày 28/02/2025 của UBND tỉnh Thái Nguyên về phòng, chống dịch bệnh động " +
      "vật trên cạn năm 2025;",
  ),
  plain(
    "Căn cứ tình hình chăn nuôi thực tế tại địa phương, UBND xã La Bằng xây dựng Kế hoạch tiêm phòng vắc xin " +
      "cho đàn gia súc, gia cầm đợt 2 năm 2025, cụ thể như sau:",
  ),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  dash(
    "Chủ động phòng, chống các bệnh nguy hiểm trên đàn vật nuôi: Lở mồm long móng, Viêm da nổi cục, Dịch tả " +
      "lợn châu Phi, Cúm gia cầm, bệnh Dại trên chó, mèo; không để dịch bệnh lây lan trên diện rộng.",
  ),
  dash("Tỷ lệ tiêm phòng đạt trên 80% tổng đàn trong diện tiêm; 100% chó, mèo được lập danh sách quản lý."),
  dash("Các hộ chăn nuôi chấp hành việc khai báo, đưa vật nuôi đi tiêm phòng theo đúng lịch của xóm."),
  sec("II.", "NỘI DUNG THỰC HIỆN"),
  typed("1.", "Rà soát, thống kê đàn vật nuôi", { bold: true }),
  plain(
    "Rà soát, thống kê số lượng trâu, bò, lợn, gia cầm, chó, mèo của từng hộ chăn nuôi tại các xóm; xác định " +
      "số con thuộc diện tiêm phòng đợt 2.",
  ),
  label("Chủ trì", PKT),
  label("Phối hợp", `${XOM}, ${TYV}`),
  label("Thời gian", "Xong trước ngày 10/10/2025"),
  typed("2.", "Dự trù, tiếp nhận vắc xin và vật tư tiêm phòng", { bold: true }),
  plain(
    "Lập dự trù số lượng vắc xin, bơm kim tiêm, bảo hộ lao động gửi Sở Nông nghiệp và Môi trường (qua Chi cục " +
      "Chăn nuôi và Thú y); tiếp nhận, bảo quản vắc xin đúng quy trình và cấp phát cho Tổ tiêm phòng của xã.",
  ),
  label("Chủ trì", PKT),
  label("Phối hợp", VP),
  label("Thời gian", "Chậm nhất ngày 15/10/2025"),
  typed("3.", "Công tác tuyên truyền", { bold: true }),
  dash(
    "Phòng Văn hóa - Xã hội biên soạn nội dung, phát trên hệ thống truyền thanh của xã 02 lần/tuần trong suốt " +
      "thời gian tiêm phòng.",
  ),
  dash(
    "Ủy ban MTTQ Việt Nam xã, Hội Nông dân xã, Hội Liên hiệp Phụ nữ xã vận động hội viên đưa vật nuôi đi tiêm " +
      "phòng đầy đủ, không giấu dịch, không bán chạy gia súc, gia cầm ốm.",
  ),
  typed("4.", "Tổ chức tiêm phòng", { bold: true }),
  plain(
    "Tổ tiêm phòng của xã (gồm công chức Phòng Kinh tế và thú y viên các xóm) trực tiếp tiêm tại các xóm theo " +
      "lịch do Phòng Kinh tế thông báo; Trưởng các xóm bố trí địa điểm tập kết vật nuôi, thông báo đến từng hộ.",
  ),
  typed("a)", "Tiêm vắc xin cho trâu, bò, lợn:"),
  plus("Trâu, bò: vắc xin Lở mồm long móng, Tụ huyết trùng, Viêm da nổi cục;"),
  plus("Lợn: vắc xin Dịch tả lợn cổ điển, Tai xanh (đối với hộ có nhu cầu)."),
  label("Thời gian", "Từ ngày 20/10/2025 đến ngày 15/11/2025"),
  typed("b)", "Tiêm vắc xin Cúm gia cầm, vắc xin Dại cho chó, mèo:"),
  label("Thời gian", "Trong tháng 11/2025"),
  typed("c)", "Tiêm bổ sung cho vật nuôi mới nhập đàn, vật nuôi chưa được tiêm trong đợt chính:"),
  label("Thời gian", "Đầu tháng 12/2025"),
  typed("5.", "Vệ sinh, tiêu độc, khử trùng", { bold: true }),
  dash("Phòng Kinh tế tiếp nhận hóa chất Chlorine, Benkocid; cấp phát cho các xóm xong trước ngày 25/10/2025."),
  dash("Trưởng các xóm hướng dẫn các hộ phun tiêu độc chuồng trại, phát quang bụi rậm định kỳ 02 tuần/lần."),
  typed("6.", "Giám sát dịch bệnh, chế độ báo cáo", { bold: true }),
  dash("Thú y viên các xóm theo dõi, phát hiện sớm vật nuôi ốm, chết bất thường, báo ngay về Phòng Kinh tế."),
  dash(
    "Phòng Kinh tế tổng hợp kết quả tiêm phòng đợt 2, báo cáo UBND xã và Sở Nông nghiệp và Môi trường chậm nhất " +
      "ngày 20/12/2025.",
  ),
  sec("III.", "KINH PHÍ"),
  dash(
    "Vắc xin Lở mồm long móng, Cúm gia cầm, Dại và hóa chất do ngân sách tỉnh cấp; vắc xin khác, công tiêm do " +
      "hộ chăn nuôi chi trả theo quy định.",
  ),
  sec("IV.", "TỔ CHỨC THỰC HIỆN"),
  typed(
    "1.",
    "Phòng Kinh tế: Là cơ quan thường trực, tham mưu Chủ tịch UBND xã quyết định thành lập Tổ tiêm phòng " +
      "của xã trước ngày 01/10/2025; thông báo lịch tiêm cụ thể đến từng xóm.",
  ),
  typed("2.", "Phòng Văn hóa - Xã hội: Thực hiện nội dung tuyên truyền tại điểm 3 Mục II Kế hoạch này."),
  typed(
    "3.",
    "Công an xã: Phối hợp kiểm soát việc vận chuyển, buôn bán gia súc, gia cầm không rõ nguồn gốc qua " + "địa bàn xã.",
  ),
  typed(
    "4.",
    "Trưởng các xóm: Tổ chức họp xóm phổ biến Kế hoạch; lập danh sách hộ chăn nuôi, số lượng vật nuôi " +
      "gửi Phòng Kinh tế trước ngày 08/10/2025.",
  ),
  plain(
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các bộ phận, các xóm báo cáo về Phòng Kinh tế để " +
      "tổng hợp, báo cáo UBND xã xem xét, giải quyết./.",
  ),
  ...sign(
    [
      "Sở Nông nghiệp và Môi trường (b/c)",
      "Đảng ủy, HĐND xã (b/c)",
      "Chủ tịch, các PCT UBND xã",
      "Các phòng, đơn vị thuộc UBND xã",
      "Các xóm",
    ],
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
    "Hoàng Văn Thái",
  ),
];

const tasks = [
  task("II.1", "Rà soát, thống kê đàn vật nuôi", "2025-10-09", [PKT], [XOM, TYV]),
  task("II.2", "Dự trù, tiếp nhận vắc xin và vật tư tiêm phòng", "2025-10-15", [PKT], [VP]),
  task("II.4.a", "Tiêm vắc xin cho trâu, bò, lợn", "2025-11-15", [TO], [XOM]),
  task("II.4.b", "Tiêm vắc xin Cúm gia cầm, vắc xin Dại cho chó, mèo", "2025-11-30", [TO], [XOM]),
  task(
    "II.4.c",
    "Tiêm bổ sung cho vật nuôi mới nhập đàn, vật nuôi chưa được tiêm trong đợt chính",
    "2025-12-10",
    [TO],
    [XOM],
  ),
  task("II.5", "Tiếp nhận hóa chất Chlorine, Benkocid; cấp phát cho các xóm", "2025-10-24", [PKT]),
  task("II.6", "Tổng hợp kết quả tiêm phòng đợt 2, báo cáo UBND xã và Sở Nông nghiệp và Môi trường", "2025-12-20", [
    PKT,
  ]),
  task("IV.1", "Tham mưu Chủ tịch UBND xã quyết định thành lập Tổ tiêm phòng của xã", "2025-09-30", [PKT]),
  task(
    "IV.4",
    "Tổ chức họp xóm phổ biến Kế hoạch; lập danh sách hộ chăn nuôi, số lượng vật nuôi gửi Phòng Kinh tế",
    "2025-10-07",
    [XOM],
  ),
];

await build(DIR, {
  blocks,
  printer: "libreoffice",
  expected: {
    id: ID,
    style:
      "Kế hoạch 87/KH-UBND of UBND xã La Bằng (Thái Nguyên after the reorganisation), 22/9/2025: second round " +
      "of livestock vaccination. Header in a two-column borderless table. Small-office typing: I./1./a) typed by hand " +
      "in both docx; only '-' lines are Word bullets in plan-auto.docx (a new list per run); '+' lines start with a " +
      "typed tab. Items II.1, II.2 close with label lines '- Chủ trì:<tab>X', '- Phối hợp:<tab>Y', '- Thời gian:" +
      "<tab>…': lead = Chủ trì, coordinators = Phối hợp (split at ','), title = the item's heading. II.4 names the " +
      "doer in its own paragraph ('Tổ tiêm phòng của xã … trực tiếp tiêm; Trưởng các xóm bố trí …'): a), b), c) " +
      "take that lead and coordinator, each with its own '- Thời gian:' line (not inherited). II.5 and II.6: the " +
      "one dated dash under the item (ref = the item); the subject is the lead. IV.1, IV.4: 'Unit: …' items, the " +
      "unit before the colon leads. Dates: 'Xong trước ngày 10/10/2025' -> 9/10; 'Chậm nhất ngày 15/10/2025' = " +
      "15/10; 'Từ 20/10 đến 15/11/2025' -> 15/11 Sat -> 17/11; 'Trong tháng 11/2025' -> 30/11 Sun -> 1/12; 'Đầu " +
      "tháng 12/2025' -> 10/12; 'xong trước ngày 25/10' -> 24/10; 'chậm nhất ngày 20/12/2025' Sat -> 22/12; " +
      "'trước ngày 01/10/2025' -> 30/9; 'trước ngày 08/10/2025' -> 7/10. Left out: II.3 (02 lần/tuần), the " +
      "other dashes of II.5, II.6 (định kỳ, báo ngay), III, IV.2, IV.3 (no date), I (aims). Recipients: 'gửi Sở " +
      "Nông nghiệp và Môi trường (qua Chi cục …)', 'báo cáo UBND xã và Sở …', 'gửi Phòng Kinh tế'. The commune's " +
      "own offices, village heads, village vets and the vaccination team are unresolved, as written. PDF: " +
      "LibreOffice export of plan-auto.docx.",
    province: "Thái Nguyên",
    plan: { number: "87/KH-UBND", date: "2025-09-22" },
    tasks,
    unresolved: [PKT, XOM, TYV, VP, TO],
    successors: [],
  },
});

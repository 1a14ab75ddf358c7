// 05: Lai Châu, UBND tỉnh (after the reorganisation), 16/3/2026 — Đề án 06 (dân cư, định danh điện tử) 2026.
// plan.txt is the plan AS FORWARDED IN A ZALO GROUP CHAT by the office's clerk: a first line "Kế hoạch số 63/KH-UBND
// ngày 16/3/2026 của UBND tỉnh Lai Châu …", then the parts and tasks with emoji bullets (🔹 part, 📌 section, 👉 item,
// ✅ a line the clerk marks), *bold* / _italic_ markers, "📅 Hạn: trước 31/3" deadlines with no year (the plan's),
// units after "👤", long items broken over lines ending "…", and sender notes ("Các đ/c lưu ý nhé") that are no
// tasks. Both Word files and the PDF are the original plan (plan-auto: Word lists). plan.pdf: Chromium from HTML.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "05-lai-chau-2026-zalo-chat-forward-emoji-bullets";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const CA = "Công an tỉnh";
const KH = "Sở Khoa học và Công nghệ";
const XA = "UBND cấp xã";
const TT = "Trung tâm Phục vụ hành chính công tỉnh";

// [num, text, kind (r roman | d decimal | l letter | "" prose), list inst]
const PARAS = [
  ["", "Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng " +
    "dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025, tầm " +
    "nhìn đến năm 2030 (Đề án 06); UBND tỉnh ban hành Kế hoạch triển khai Đề án 06 năm 2026 như sau:"],
  ["I.", "MỤC ĐÍCH, YÊU CẦU", "r"],
  ["", "Khai thác hiệu quả Cơ sở dữ liệu quốc gia về dân cư và tài khoản định danh điện tử trong giải quyết thủ tục " +
    "hành chính, cung cấp dịch vụ công trực tuyến; bảo đảm dữ liệu “đúng, đủ, sạch, sống”; phân công rõ cơ quan chủ " +
    "trì, phối hợp, thời hạn hoàn thành."],
  ["II.", "NHIỆM VỤ CỤ THỂ", "r"],
  ["1.", "Hoàn thiện hạ tầng, dữ liệu", "d", "s1"],
  ["a)", "Công an tỉnh chủ trì, phối hợp với UBND các xã, phường rà soát, làm sạch dữ liệu dân cư, cập nhật thông tin " +
    "người chết, người chuyển đi; hoàn thành trước ngày 31/3/2026.", "l", "a1"],
  ["b)", "Sở Khoa học và Công nghệ chủ trì nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, kết nối, " +
    "xác thực với Cơ sở dữ liệu quốc gia về dân cư; hoàn thành trong quý II/2026.", "l", "a1"],
  ["c)", "Sở Y tế chủ trì, phối hợp với Bảo hiểm xã hội tỉnh triển khai sổ sức khỏe điện tử tại 100% trạm y tế xã, " +
    "phường; hoàn thành trong tháng 5/2026.", "l", "a1"],
  ["2.", "Dịch vụ công trực tuyến", "d", "s1"],
  ["a)", "Văn phòng UBND tỉnh chủ trì, phối hợp với Trung tâm Phục vụ hành chính công tỉnh rà soát, tái cấu trúc quy " +
    "trình các thủ tục hành chính có yêu cầu xác thực tài khoản định danh điện tử; chậm nhất ngày 15/4/2026.", "l",
  "a2"],
  ["b)", "Sở Tư pháp chủ trì, phối hợp với Công an tỉnh, Bảo hiểm xã hội tỉnh thực hiện liên thông nhóm thủ tục đăng " +
    "ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi; hoàn thành trước ngày " +
    "30/6/2026.", "l", "a2"],
  ["c)", "UBND các xã, phường số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực; hoàn thành trong quý " +
    "III/2026.", "l", "a2"],
  ["3.", "Tuyên truyền, đào tạo", "d", "s1"],
  ["a)", "Báo và Phát thanh, Truyền hình Lai Châu chủ trì, phối hợp với Công an tỉnh duy trì chuyên mục “Đề án 06 " +
    "- chuyển đổi số vì người dân”; thực hiện thường xuyên.", "l", "a3"],
  ["b)", "Sở Nội vụ chủ trì, phối hợp với Sở Khoa học và Công nghệ tổ chức tập huấn kỹ năng số cho cán bộ, công chức " +
    "cấp xã; thời gian từ ngày 20/4 đến ngày 24/4/2026.", "l", "a3"],
  ["c)", "Sở Giáo dục và Đào tạo chủ trì triển khai thu học phí, các khoản thu không dùng tiền mặt tại 100% cơ sở " +
    "giáo dục trước khi bước vào năm học mới, hoàn thành trước ngày 05/9/2026.", "l", "a3"],
  ["4.", "Bảo đảm an ninh, an toàn thông tin và nguồn lực", "d", "s1"],
  ["a)", "Công an tỉnh chủ trì, phối hợp với Sở Khoa học và Công nghệ kiểm tra an ninh, an toàn các hệ thống thông " +
    "tin kết nối Cơ sở dữ liệu quốc gia về dân cư; hoàn thành trong tháng 10/2026.", "l", "a4"],
  ["b)", "Sở Tài chính chủ trì tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch; trình trước ngày 15/5/2026.",
    "l", "a4"],
  ["III.", "TỔ CHỨC THỰC HIỆN", "r"],
  ["1.", "Công an tỉnh (Thường trực Tổ công tác triển khai Đề án 06 tỉnh) theo dõi, đôn đốc, hướng dẫn các cơ quan, " +
    "đơn vị thực hiện Kế hoạch.", "d", "s2"],
  ["2.", "Các sở, ban, ngành, UBND các xã, phường báo cáo tiến độ trước ngày 20 hằng tháng; báo cáo sơ kết 6 tháng " +
    "đầu năm 2026 gửi Công an tỉnh trước ngày 10/6/2026.", "d", "s2"],
  ["3.", "Công an tỉnh tổng hợp, báo cáo UBND tỉnh, Tổ công tác triển khai Đề án 06 của Chính phủ kết quả thực hiện " +
    "năm 2026 trước ngày 10/12/2026.", "d", "s2"],
];
const KIND = { r: "roman", d: "decimal", l: "letter" };
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 63/KH-UBND", "Lai Châu, ngày 16 tháng 3 năm 2026", "KẾ HOẠCH",
    "Triển khai Đề án 06 năm 2026 trên địa bàn tỉnh Lai Châu"),
  ...PARAS.map(([num, text, k, inst]) => ({ t: "p", text, num: num || undefined, bold: k === "r" || k === "d",
    align: "justify", list: k ? { kind: KIND[k], inst: k === "r" ? "r" : inst } : undefined })),
  ...sign(["Bộ Công an (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các xã, phường"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Tống Thanh Hải"),
];

// The Zalo message as the clerk forwarded it (CRLF-free, UTF-8, emoji as typed on a phone).
const ZALO = `Kế hoạch số 63/KH-UBND ngày 16/3/2026 của UBND tỉnh Lai Châu về triển khai Đề án 06 năm 2026 trên địa bàn tỉnh
Em gửi các anh chị tóm tắt nhiệm vụ để nắm, văn bản gốc em đã gửi file PDF ở trên ạ 👆

🔹 *II. NHIỆM VỤ CỤ THỂ*

📌 *1. Hoàn thiện hạ tầng, dữ liệu*
👉 a) Rà soát, làm sạch dữ liệu dân cư, cập nhật thông tin người chết, người chuyển đi…
… bảo đảm dữ liệu "đúng, đủ, sạch, sống"
👤 *Công an tỉnh* chủ trì; phối hợp: UBND các xã, phường
📅 Hạn: trước 31/3
👉 b) Nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh, kết nối, xác thực với CSDL quốc gia về dân cư
👤 *Sở Khoa học và Công nghệ*
📅 Hạn: quý II
👉 c) Triển khai sổ sức khỏe điện tử tại 100% trạm y tế xã, phường
👤 *Sở Y tế* chủ trì; phối hợp: BHXH tỉnh
📅 Hạn: trong tháng 5

Các đ/c lưu ý nhé, mục 1 Tổ công tác sẽ kiểm tra đột xuất 🙏

📌 *2. Dịch vụ công trực tuyến*
👉 a) Rà soát, tái cấu trúc quy trình các TTHC có yêu cầu xác thực tài khoản định danh điện tử
👤 *Văn phòng UBND tỉnh* chủ trì; phối hợp: Trung tâm Phục vụ hành chính công tỉnh
📅 Hạn: chậm nhất 15/4
👉 b) Liên thông nhóm TTHC đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT…
… cho trẻ em dưới 6 tuổi
👤 *Sở Tư pháp* chủ trì; phối hợp: Công an tỉnh, BHXH tỉnh
📅 Hạn: trước 30/6
👉 c) Số hóa hồ sơ, kết quả giải quyết TTHC còn hiệu lực
👤 *UBND các xã, phường*
📅 Hạn: quý III

📌 *3. Tuyên truyền, đào tạo*
👉 a) Duy trì chuyên mục "Đề án 06 - chuyển đổi số vì người dân"
👤 *Báo và Phát thanh, Truyền hình Lai Châu* chủ trì; phối hợp: Công an tỉnh
📅 _Thường xuyên_
👉 b) Tập huấn kỹ năng số cho cán bộ, công chức cấp xã
👤 *Sở Nội vụ* chủ trì; phối hợp: Sở KH&CN
📅 Hạn: từ 20/4 đến 24/4
👉 c) Thu học phí, các khoản thu không dùng tiền mặt tại 100% cơ sở giáo dục…
… trước khi bước vào năm học mới
👤 *Sở GD&ĐT*
📅 Hạn: trước 05/9

📌 *4. Bảo đảm an ninh, an toàn thông tin và nguồn lực*
👉 a) Kiểm tra an ninh, an toàn các hệ thống thông tin kết nối CSDL quốc gia về dân cư
👤 *Công an tỉnh* chủ trì; phối hợp: Sở KH&CN
📅 Hạn: trong tháng 10
👉 b) Tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch
👤 *Sở Tài chính*
📅 Hạn: trình trước 15/5

🔹 *III. TỔ CHỨC THỰC HIỆN*
✅ 2. Các sở, ban, ngành, UBND các xã, phường báo cáo tiến độ trước ngày 20 hằng tháng…
… báo cáo sơ kết 6 tháng gửi Công an tỉnh
📅 Hạn: trước 10/6
✅ 3. Công an tỉnh tổng hợp, báo cáo UBND tỉnh, Tổ công tác Đề án 06 của Chính phủ kết quả năm 2026
📅 Hạn: trước 10/12

_Các đ/c chủ động triển khai, có vướng mắc nhắn em hoặc gọi đ/c Phó Trưởng phòng nhé._ 📞
@All Các đ/c lưu ý nhé, báo cáo gửi qua hệ thống QLVB, không gửi qua Zalo ạ 🙏
`;

const tasks = [
  task("II.1.a", "Rà soát, làm sạch dữ liệu dân cư, cập nhật thông tin người chết, người chuyển đi", "2026-03-30",
    [CA], [XA]),
  task("II.1.b", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, kết nối, xác thực với Cơ sở dữ " +
    "liệu quốc gia về dân cư", "2026-06-30", [KH]),
  task("II.1.c", "Triển khai sổ sức khỏe điện tử tại 100% trạm y tế xã, phường", "2026-05-31", ["Sở Y tế"],
    ["Bảo hiểm xã hội tỉnh"]),
  task("II.2.a", "Rà soát, tái cấu trúc quy trình các thủ tục hành chính có yêu cầu xác thực tài khoản định danh " +
    "điện tử", "2026-04-15", ["Văn phòng UBND tỉnh"], [TT]),
  task("II.2.b", "Liên thông nhóm thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em " +
    "dưới 6 tuổi", "2026-06-29", ["Sở Tư pháp"], [CA, "Bảo hiểm xã hội tỉnh"]),
  task("II.2.c", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực", "2026-09-30", [XA]),
  task("II.3.b", "Tập huấn kỹ năng số cho cán bộ, công chức cấp xã", "2026-04-24", ["Sở Nội vụ"], [KH]),
  task("II.3.c", "Thu học phí, các khoản thu không dùng tiền mặt tại 100% cơ sở giáo dục", "2026-09-04",
    ["Sở Giáo dục và Đào tạo"]),
  task("II.4.a", "Kiểm tra an ninh, an toàn các hệ thống thông tin kết nối Cơ sở dữ liệu quốc gia về dân cư",
    "2026-10-31", [CA], [KH]),
  task("II.4.b", "Tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch", "2026-05-14", ["Sở Tài chính"]),
  task("III.2", "Báo cáo sơ kết 6 tháng đầu năm 2026", "2026-06-09", ["@departments", XA]),
  task("III.3", "Tổng hợp, báo cáo kết quả thực hiện năm 2026", "2026-12-09", [CA]),
];

await build(DIR, {
  blocks, printer: "chromium", txt: ZALO,
  expected: {
    id: ID,
    style: "Kế hoạch 63/KH-UBND of UBND tỉnh Lai Châu, 16/3/2026 (after the reorganisation), Đề án 06 in 2026. " +
      "plan.txt is the plan FORWARDED IN A ZALO GROUP by the clerk: first line 'Kế hoạch số 63/KH-UBND ngày " +
      "16/3/2026 của UBND tỉnh Lai Châu …' (number and date), then 🔹 parts (*II. …*), 📌 sections (*1. …*), 👉 " +
      "items 'a) …', ✅ lines in III, *bold* / _italic_ markers, '👤' unit lines (lead first, 'phối hợp:' after), " +
      "'📅 Hạn: trước 31/3' with no year (the plan's, 2026); items broken over lines ending '…' and going on with " +
      "'… '; sender notes ('Em gửi …', 'Các đ/c lưu ý nhé', '@All …') are no tasks; part I and III.1 are left out " +
      "of the chat. The Word files and the PDF (Chromium) are the original plan (plan-auto: Word lists). ref = the " +
      "outline path, the same in the chat and the plan. Dates (2026): " +
      "II.1.a 'trước 31/3' -> 30/3 Mon; II.1.b 'quý II' 30/6 Tue; II.1.c 'tháng 5' 31/5 Sun -> 1/6; II.2.a 'chậm " +
      "nhất 15/4' Wed; II.2.b 'trước 30/6' -> 29/6; II.2.c 'quý III' 30/9; II.3.a 'Thường xuyên' no task; II.3.b " +
      "'từ 20/4 đến 24/4' 24/4 Fri; II.3.c 'trước 05/9' -> 4/9 Fri; II.4.a 'tháng 10' 31/10 Sat -> 2/11; II.4.b " +
      "'trình trước 15/5' -> 14/5 (UBND tỉnh the recipient); III.2 'trước 10/6' -> 9/6 (lead @departments + UBND " +
      "các xã, phường = UBND cấp xã, unresolved; Công an tỉnh recipient; 'trước ngày 20 hằng tháng' undated); " +
      "III.3 'trước 10/12' -> 9/12 (UBND tỉnh and the Government's team recipients). Abbreviations in the chat " +
      "(BHXH tỉnh, Sở KH&CN, Sở GD&ĐT) = the full names. 'Trung tâm Phục vụ hành chính công tỉnh' is no directory " +
      "unit: as written, unresolved.",
    province: "Lai Châu",
    plan: { number: "63/KH-UBND", date: "2026-03-16" },
    tasks,
    unresolved: [XA, TT],
    successors: [],
  },
});

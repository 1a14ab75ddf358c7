// 05: Thái Nguyên 2026 (after the reorganisation: merged departments, communes and wards, no districts) — the
// province's yearly administrative-reform plan written the way some offices write it: each of the six reform areas
// is a numbered heading that names its "cơ quan đầu mối" once, in brackets; the lettered items under it say only
// what and by when, and take the focal unit as their lead unless the item itself gives the work to another body
// ("Giao …", "do … chủ trì"). Targets, recurring work and work already done sit among the items. plan.pdf:
// LibreOffice from plan-auto.docx.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "05-thai-nguyen-2026-par-plan-focal-unit-in-area-heading";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const TP = "Sở Tư pháp";
const VP = "Văn phòng UBND tỉnh";
const NV = "Sở Nội vụ";
const TC = "Sở Tài chính";
const KC = "Sở Khoa học và Công nghệ";
const XA = "UBND cấp xã";
const TT = "Trung tâm Phục vụ hành chính công tỉnh";
const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const area = (num, text) => ({ t: "p", num, text, bold: true, list: { kind: "decimal", inst: "III" } });
const item = (inst) => (num, text) => ({ t: "p", num, text, list: { kind: "letter", inst } });
const dash = (text) => ({ t: "p", num: "-", text, list: { kind: "dash", inst: "CT" } });
const a1 = item("A1");
const a2 = item("A2");
const a3 = item("A3");
const a4 = item("A4");
const a5 = item("A5");
const a6 = item("A6");
const iv = (num, text) => ({ t: "p", num, text, list: { kind: "decimal", inst: "IV" } });

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 21/KH-UBND", "Thái Nguyên, ngày 20 tháng 01 năm 2026",
    "KẾ HOẠCH", "Cải cách hành chính tỉnh Thái Nguyên năm 2026"),
  { t: "p", text: "Năm 2026 là năm đầu tiên chính quyền địa phương hai cấp của tỉnh Thái Nguyên (sau hợp nhất với " +
    "tỉnh Bắc Kạn) vận hành trọn một năm. Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành " +
    "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 và chỉ đạo của Bộ Nội vụ, Ủy ban " +
    "nhân dân tỉnh ban hành Kế hoạch cải cách hành chính năm 2026 như sau:" },
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  { t: "p", text: "Cải cách hành chính gắn với vận hành thông suốt chính quyền hai cấp; mỗi lĩnh vực cải cách có một " +
    "cơ quan đầu mối chịu trách nhiệm trước Ủy ban nhân dân tỉnh về kết quả. Ở Mục III, tên cơ quan ghi trong " +
    "ngoặc đơn sau tên lĩnh vực là cơ quan đầu mối của lĩnh vực đó: cơ quan đầu mối chủ trì thực hiện các nhiệm " +
    "vụ của lĩnh vực, trừ nhiệm vụ được ghi rõ giao cho cơ quan khác." },
  sec("II.", "CHỈ TIÊU CHỦ YẾU"),
  dash("100% thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình."),
  dash("Tỷ lệ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính đạt từ 95% trở lên."),
  dash("Chỉ số cải cách hành chính (PAR Index) năm 2026 của tỉnh thuộc nhóm 15 tỉnh, thành phố dẫn đầu."),
  sec("III.", "NHIỆM VỤ THEO TỪNG LĨNH VỰC"),
  area("1.", "Cải cách thể chế (cơ quan đầu mối: Sở Tư pháp)"),
  a1("a)", "Xây dựng Kế hoạch rà soát, hệ thống hóa văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân " +
    "dân tỉnh Bắc Kạn, tỉnh Thái Nguyên (cũ) ban hành còn hiệu lực, trình Chủ tịch UBND tỉnh ký ban hành; xong " +
    "trước ngày 15/3/2026."),
  a1("b)", "Theo dõi tình hình thi hành pháp luật về tổ chức chính quyền địa phương hai cấp; thực hiện thường " +
    "xuyên trong năm."),
  a1("c)", "Kiểm tra công tác xây dựng và thi hành văn bản quy phạm pháp luật tại 12 xã, phường; UBND các xã, " +
    "phường được kiểm tra phối hợp; hoàn thành trong quý III/2026."),
  area("2.", "Cải cách thủ tục hành chính (cơ quan đầu mối: Văn phòng UBND tỉnh)"),
  a2("a)", "Công bố danh mục thủ tục hành chính thực hiện không phụ thuộc vào địa giới hành chính trong phạm vi " +
    "tỉnh, chậm nhất ngày 31/3/2026."),
  a2("b)", "Giao Trung tâm Phục vụ hành chính công tỉnh chủ trì, phối hợp với Văn phòng UBND tỉnh rà soát, tái cấu " +
    "trúc quy trình tiếp nhận, trả kết quả của 35 thủ tục hành chính có số lượng hồ sơ lớn; hoàn thành tháng " +
    "6/2026."),
  a2("c)", "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính; thực hiện thường " +
    "xuyên."),
  area("3.", "Cải cách tổ chức bộ máy (cơ quan đầu mối: Sở Nội vụ)"),
  a3("a)", "Tham mưu quy định chức năng, nhiệm vụ, quyền hạn của các phòng chuyên môn thuộc UBND cấp xã theo " +
    "hướng dẫn mới của Bộ Nội vụ, trình UBND tỉnh trước ngày 30/4/2026."),
  a3("b)", "Sơ kết một năm vận hành chính quyền địa phương hai cấp, báo cáo Tỉnh ủy, UBND tỉnh trong tháng " +
    "7/2026; các sở, ban, ngành và UBND các xã, phường phối hợp cung cấp số liệu."),
  a3("c)", "Năm 2025 đã hoàn thành sắp xếp 17 cơ quan chuyên môn thuộc UBND tỉnh còn 14 cơ quan và 180 đơn vị " +
    "hành chính cấp xã còn 92 xã, phường; không đặt lại nhiệm vụ này trong năm 2026."),
  area("4.", "Cải cách chế độ công vụ (cơ quan đầu mối: Sở Nội vụ)"),
  a4("a)", "Hoàn thiện, trình phê duyệt vị trí việc làm, cơ cấu ngạch công chức của các xã, phường; UBND các xã, " +
    "phường phối hợp; hoàn thành quý II/2026."),
  a4("b)", "Lớp bồi dưỡng kỹ năng số cho công chức cấp xã (4 lớp, 600 học viên) do Sở Nội vụ chủ trì, Sở Khoa " +
    "học và Công nghệ phối hợp tổ chức trong tháng 9/2026."),
  area("5.", "Cải cách tài chính công (cơ quan đầu mối: Sở Tài chính)"),
  a5("a)", "Dự toán ngân sách năm 2026 đã được giao cho các cơ quan, đơn vị và các xã, phường tại Quyết định số " +
    "3125/QĐ-UBND ngày 12/12/2025."),
  a5("b)", "Hướng dẫn các xã, phường xây dựng phương án tự chủ tài chính của đơn vị sự nghiệp công lập trực thuộc, " +
    "xong trước 30/6/2026."),
  a5("c)", "Báo cáo tiến độ giải ngân vốn đầu tư công hằng tháng."),
  area("6.", "Xây dựng, phát triển chính quyền điện tử, chính quyền số (cơ quan đầu mối: Sở Khoa học và Công nghệ)"),
  a6("a)", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, kết nối, đồng bộ với Cổng Dịch vụ công " +
    "quốc gia và Cơ sở dữ liệu quốc gia về dân cư; đến hết tháng 5/2026 phải đưa vào sử dụng."),
  a6("b)", "UBND các xã, phường phối hợp với Sở Khoa học và Công nghệ số hóa hồ sơ, kết quả giải quyết thủ tục " +
    "hành chính còn hiệu lực lưu tại xã, phường, hoàn thành trước ngày 01/10/2026."),
  a6("c)", "Bảo đảm an toàn thông tin cho các hệ thống dùng chung của tỉnh; thường xuyên."),
  sec("IV.", "TỔ CHỨC THỰC HIỆN"),
  iv("1.", "Sở Nội vụ theo dõi chung việc thực hiện Kế hoạch; xác định, công bố Chỉ số cải cách hành chính năm " +
    "2025 của các sở, ban, ngành và UBND các xã, phường trong tháng 4/2026; tổng hợp báo cáo cải cách hành chính " +
    "định kỳ quý, 6 tháng, năm."),
  iv("2.", "Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán của các cơ quan, đơn vị."),
  iv("3.", "Các sở, ban, ngành, UBND các xã, phường xây dựng, ban hành kế hoạch cải cách hành chính năm 2026 của " +
    "cơ quan, địa phương mình, chậm nhất ngày 10/02/2026, gửi Sở Nội vụ để theo dõi."),
  iv("4.", "Báo và Phát thanh, Truyền hình Thái Nguyên mở chuyên mục \"Chính quyền hai cấp phục vụ Nhân dân\" phát " +
    "hằng tuần; số đầu tiên lên sóng trong quý I/2026."),
  { t: "p", text: "Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng " +
    "hợp, báo cáo UBND tỉnh xem xét, điều chỉnh./." },
  ...sign(["Bộ Nội vụ", "TT Tỉnh ủy, TT HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành",
    "UBND các xã, phường", "Báo và PT-TH Thái Nguyên"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Nguyễn Thanh Bình"),
];

const tasks = [
  task("III.1.a", "Xây dựng Kế hoạch rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh Bắc Kạn, " +
    "tỉnh Thái Nguyên (cũ) ban hành còn hiệu lực", "2026-03-14", [TP]),
  task("III.1.c", "Kiểm tra công tác xây dựng và thi hành văn bản quy phạm pháp luật tại 12 xã, phường",
    "2026-09-30", [TP], [XA]),
  task("III.2.a", "Công bố danh mục thủ tục hành chính thực hiện không phụ thuộc vào địa giới hành chính trong " +
    "phạm vi tỉnh", "2026-03-31", [VP]),
  task("III.2.b", "Rà soát, tái cấu trúc quy trình tiếp nhận, trả kết quả của 35 thủ tục hành chính có số lượng hồ " +
    "sơ lớn", "2026-06-30", [TT], [VP]),
  task("III.3.a", "Tham mưu quy định chức năng, nhiệm vụ, quyền hạn của các phòng chuyên môn thuộc UBND cấp xã",
    "2026-04-29", [NV]),
  task("III.3.b", "Sơ kết một năm vận hành chính quyền địa phương hai cấp", "2026-07-31", [NV],
    ["@departments", XA]),
  task("III.4.a", "Hoàn thiện, trình phê duyệt vị trí việc làm, cơ cấu ngạch công chức của các xã, phường",
    "2026-06-30", [NV], [XA]),
  task("III.4.b", "Lớp bồi dưỡng kỹ năng số cho công chức cấp xã (4 lớp, 600 học viên)", "2026-09-30", [NV], [KC]),
  task("III.5.b", "Hướng dẫn các xã, phường xây dựng phương án tự chủ tài chính của đơn vị sự nghiệp công lập " +
    "trực thuộc", "2026-06-29", [TC]),
  task("III.6.a", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, kết nối, đồng bộ với Cổng Dịch " +
    "vụ công quốc gia và Cơ sở dữ liệu quốc gia về dân cư", "2026-05-31", [KC]),
  task("III.6.b", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực lưu tại xã, phường",
    "2026-09-30", [XA], [KC]),
  task("IV.1", "Xác định, công bố Chỉ số cải cách hành chính năm 2025 của các sở, ban, ngành và UBND các xã, phường",
    "2026-04-30", [NV]),
  task("IV.3", "Xây dựng, ban hành kế hoạch cải cách hành chính năm 2026 của cơ quan, địa phương",
    "2026-02-10", ["@departments", XA]),
  task("IV.4", "Mở chuyên mục \"Chính quyền hai cấp phục vụ Nhân dân\"", "2026-03-31",
    ["Báo và Phát thanh, Truyền hình Thái Nguyên"]),
];

await build(DIR, {
  blocks, printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 21/KH-UBND Thái Nguyên 20/01/2026, yearly administrative-reform plan after the " +
      "reorganisation (merged departments, communes and wards). Part III has six area headings 1.-6., each naming " +
      "its focal unit once in brackets '(cơ quan đầu mối: Sở X)'; the lettered items a)-c) under it say what and " +
      "by when only and take the focal unit as lead (I.'s paragraph says so), unless the item gives the work to " +
      "another body: III.2.b 'Giao Trung tâm PVHCC tỉnh chủ trì, phối hợp với VP UBND tỉnh' (TT PVHCC leads, " +
      "unresolved); III.4.b passive 'do Sở Nội vụ chủ trì, Sở KH&CN phối hợp'; III.6.b 'UBND các xã, phường " +
      "phối hợp với Sở KH&CN' (no chủ trì: UBND cấp xã leads, Sở KH&CN coordinates). Refs III.n.x, IV.n. Left " +
      "out: part II targets, III.1.b, III.2.c, III.6.c (thường xuyên), III.3.c and III.5.a (done in 2025), " +
      "III.5.c (hằng tháng), IV.2 (undated); IV.1's quarterly reports are recurring, its 'trong tháng 4/2026' " +
      "announcement is a task. IV.4's weekly broadcast is recurring, its first issue 'trong quý I' is dated. " +
      "Dates: 'xong trước ngày 15/3' -> 14/3 Sat -> 16/3; 'trước ngày 30/4' -> 29/4; 'trước 30/6' -> 29/6; 'trước " +
      "ngày 01/10' -> 30/9; 'đến hết tháng 5/2026' -> 31/5 Sun -> 1/6; 'trong tháng 4/2026' -> 30/4 (off, 1/5 " +
      "off, weekend) -> 4/5. 'trình Chủ tịch UBND tỉnh', 'báo cáo Tỉnh ủy, UBND tỉnh', 'gửi Sở Nội vụ' are " +
      "recipients. 'UBND các xã, phường' = UBND cấp xã. PDF: LibreOffice.",
    province: "Thái Nguyên",
    plan: { number: "21/KH-UBND", date: "2026-01-20" },
    tasks,
    unresolved: [TT, XA],
    successors: [],
  },
});

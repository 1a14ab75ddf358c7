// 08: Thái Nguyên (after the reorganisation, Bắc Kạn merged in), Kế hoạch phối hợp of SỞ NỘI VỤ and SỞ TƯ PHÁP,
// 15/9/2025, two numbers (1846/KH-SNV, 312/KH-STP) side by side in a three-column header, and TWO SIGNATURES
// (Giám đốc Sở Tư pháp left, Giám đốc Sở Nội vụ right) above a full-width "Nơi nhận". Habits: a JOINT PLAN whose
// tasks go by body ("1. Trách nhiệm của Sở Nội vụ", "2. Trách nhiệm của Sở Tư pháp", "3. Nội dung hai Sở cùng phối
// hợp thực hiện": both lead), a)-d) points, a "Hai Sở cử …" line in the coordination mechanism, a working-days rule
// with no start day; page number on top from page 2; plan.pdf Chromium's print of the portal's HTML copy.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { P, buildPaged, dash, lister } from "./common.mjs";

const ID = "08-thai-nguyen-2025-joint-plan-so-noi-vu-so-tu-phap-two-numbers-two-signatures-trach-nhiem-moi-so-hai-so-chromium";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", TP = "Sở Tư pháp", XA = "UBND các xã, phường";

const R = lister("roman", "parts", { bold: true, indent: false });
const B = lister("decimal", "bodies", { bold: true });
const a1 = lister("letter", "b1"), a2 = lister("letter", "b2"), a3 = lister("letter", "b3");

const blocks = [
  { t: "table", borders: false, widths: [2900, 2900, 4000], rows: [
    [{ paras: [{ text: "UBND TỈNH THÁI NGUYÊN", align: "center" }, { text: "SỞ NỘI VỤ", bold: true, align: "center" }] },
      { paras: [{ text: "UBND TỈNH THÁI NGUYÊN", align: "center" }, { text: "SỞ TƯ PHÁP", bold: true, align: "center" }] },
      { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold: true, align: "center" }],
    [{ text: "Số: 1846/KH-SNV", align: "center" }, { text: "Số: 312/KH-STP", align: "center" },
      { text: "Thái Nguyên, ngày 15 tháng 9 năm 2025", italic: true, align: "center" }],
  ] },
  { t: "p", text: "KẾ HOẠCH PHỐI HỢP", bold: true, align: "center", indent: false },
  { t: "p", text: "Giữa Sở Nội vụ và Sở Tư pháp trong theo dõi thi hành pháp luật về tổ chức chính quyền địa phương " +
    "hai cấp và cải cách thể chế giai đoạn 2025 - 2026", bold: true, align: "center", indent: false },
  P("Thực hiện Kế hoạch số 205/KH-UBND ngày 18/8/2025 của UBND tỉnh về cải cách hành chính giai đoạn 2025 - 2026 sau " +
    "sắp xếp đơn vị hành chính; căn cứ chức năng, nhiệm vụ của mỗi cơ quan, Sở Nội vụ và Sở Tư pháp thống nhất ban " +
    "hành Kế hoạch phối hợp như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  dash("Phát huy vai trò tham mưu của hai Sở trong theo dõi thi hành pháp luật về tổ chức bộ máy, chính quyền địa " +
    "phương hai cấp; kịp thời phát hiện, đề xuất xử lý văn bản chồng chéo, mâu thuẫn sau khi hợp nhất tỉnh Bắc Kạn " +
    "(cũ) và tỉnh Thái Nguyên (cũ).", "aim"),
  dash("Việc phối hợp thường xuyên, chặt chẽ, đúng chức năng; không làm ảnh hưởng đến nhiệm vụ chuyên môn của mỗi " +
    "cơ quan.", "aim"),
  R("II.", "NỘI DUNG PHỐI HỢP"),
  B("1.", "Trách nhiệm của Sở Nội vụ"),
  a1("a)", "Cung cấp cho Sở Tư pháp danh mục văn bản quy định chức năng, nhiệm vụ, cơ cấu tổ chức của các cơ quan " +
    "chuyên môn thuộc UBND tỉnh và UBND các xã, phường sau sắp xếp, trước ngày 30/9/2025."),
  a1("b)", "Chủ trì, phối hợp với Sở Tư pháp hướng dẫn UBND các xã, phường rà soát, ban hành quy chế làm việc theo " +
    "mô hình chính quyền địa phương hai cấp; hoàn thành trong tháng 10/2025."),
  a1("c)", "Tổng hợp kết quả thẩm định Chỉ số cải cách hành chính năm 2025 đối với lĩnh vực cải cách thể chế, gửi Sở " +
    "Tư pháp trước 15/3/2026."),
  B("2.", "Trách nhiệm của Sở Tư pháp"),
  a2("a)", "Thẩm định dự thảo quyết định quy định chức năng, nhiệm vụ của các cơ quan, đơn vị do Sở Nội vụ gửi trong " +
    "thời hạn 07 ngày làm việc kể từ ngày nhận đủ hồ sơ."),
  a2("b)", "Chủ trì, phối hợp với Sở Nội vụ rà soát các văn bản quy phạm pháp luật của tỉnh Bắc Kạn (cũ) và tỉnh " +
    "Thái Nguyên (cũ) về tổ chức bộ máy, cán bộ, công chức; đề xuất bãi bỏ, thay thế, báo cáo UBND tỉnh trước ngày " +
    "15/11/2025."),
  a2("c)", "Cung cấp kết quả theo dõi tình hình thi hành pháp luật năm 2025 trong lĩnh vực nội vụ cho Sở Nội vụ chậm " +
    "nhất ngày 05/01/2026."),
  a2("d)", "Hướng dẫn UBND các xã, phường tự kiểm tra văn bản quy phạm pháp luật do HĐND, UBND cấp xã ban hành từ " +
    "ngày 01/7/2025; xong trong Quý I/2026."),
  B("3.", "Nội dung hai Sở cùng phối hợp thực hiện"),
  a3("a)", "Tổ chức kiểm tra liên ngành việc thực hiện quy định về tổ chức bộ máy, công vụ, công tác văn bản tại 10 " +
    "xã, phường; thời gian: Quý IV/2025."),
  a3("b)", "Tổ chức tập huấn cho công chức Văn phòng HĐND và UBND các xã, phường về kỹ năng xây dựng, kiểm tra văn " +
    "bản, hoàn thành trước ngày 31/10/2025."),
  a3("c)", "Sở Nội vụ chủ trì, Sở Tư pháp phối hợp sơ kết 06 tháng thực hiện Kế hoạch phối hợp, báo cáo UBND tỉnh " +
    "trước ngày 20/3/2026."),
  a3("d)", "Tổng kết việc thực hiện Kế hoạch phối hợp giai đoạn 2025 - 2026, đề xuất nội dung phối hợp giai đoạn " +
    "tiếp theo trong tháng 9/2026."),
  R("III.", "CƠ CHẾ PHỐI HỢP"),
  dash("Hai Sở cử lãnh đạo phòng chuyên môn làm đầu mối phối hợp, gửi danh sách cho nhau trước ngày 25/9/2025.",
    "mech"),
  dash("Định kỳ hằng quý trao đổi thông tin, tài liệu bằng văn bản điện tử qua Hệ thống quản lý văn bản và điều " +
    "hành của tỉnh.", "mech"),
  R("IV.", "TỔ CHỨC THỰC HIỆN"),
  P("Văn phòng Sở Nội vụ và Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật (Sở Tư pháp) giúp Giám đốc hai " +
    "Sở theo dõi, đôn đốc việc thực hiện Kế hoạch. Đề nghị UBND các xã, phường cử công chức tham gia tập huấn, gửi " +
    "danh sách về Sở Nội vụ trước ngày 10/10/2025."),
  P("Trong quá trình thực hiện, nếu có vướng mắc, hai cơ quan kịp thời trao đổi, thống nhất giải quyết; trường hợp " +
    "vượt thẩm quyền, báo cáo UBND tỉnh xem xét, chỉ đạo./."),
  { t: "table", borders: false, widths: [4700, 4700], rows: [[
    { text: "GIÁM ĐỐC\nSỞ TƯ PHÁP\n\n\n\nNguyễn Thị Thanh Hà", bold: true, align: "center" },
    { text: "GIÁM ĐỐC\nSỞ NỘI VỤ\n\n\n\nLưu Văn Khánh", bold: true, align: "center" },
  ]] },
  { t: "table", borders: false, widths: [9400], rows: [[
    { paras: [{ text: "Nơi nhận:", bold: true, italic: true }, ...["UBND tỉnh (b/c);", "Chủ tịch, các PCT UBND " +
      "tỉnh (b/c);", "Giám đốc, các PGĐ hai Sở;", "UBND các xã, phường;", "Các phòng, đơn vị thuộc hai Sở;",
      "Cổng TTĐT Sở Nội vụ, Sở Tư pháp;", "Lưu: VT (SNV), VT (STP)."].map((t) => ({ text: "- " + t, size: 22 }))] },
  ]] },
];

const tasks = [
  task("II.1.a", "Cung cấp cho Sở Tư pháp danh mục văn bản quy định chức năng, nhiệm vụ", "2025-09-29", [NV]),
  task("II.1.b", "hướng dẫn UBND các xã, phường rà soát, ban hành quy chế làm việc", "2025-10-31", [NV], [TP]),
  task("II.1.c", "Tổng hợp kết quả thẩm định Chỉ số cải cách hành chính năm 2025", "2026-03-14", [NV]),
  task("II.2.b", "rà soát các văn bản quy phạm pháp luật của tỉnh Bắc Kạn (cũ) và tỉnh Thái Nguyên (cũ)",
    "2025-11-14", [TP], [NV]),
  task("II.2.c", "Cung cấp kết quả theo dõi tình hình thi hành pháp luật năm 2025", "2026-01-05", [TP]),
  task("II.2.d", "Hướng dẫn UBND các xã, phường tự kiểm tra văn bản quy phạm pháp luật", "2026-03-31", [TP]),
  task("II.3.a", "Tổ chức kiểm tra liên ngành việc thực hiện quy định về tổ chức bộ máy", "2025-12-31", [NV, TP]),
  task("II.3.b", "Tổ chức tập huấn cho công chức Văn phòng HĐND và UBND các xã, phường", "2025-10-30", [NV, TP]),
  task("II.3.c", "sơ kết 06 tháng thực hiện Kế hoạch phối hợp, báo cáo UBND tỉnh", "2026-03-19", [NV], [TP]),
  task("II.3.d", "Tổng kết việc thực hiện Kế hoạch phối hợp giai đoạn 2025 - 2026", "2026-09-30", [NV, TP]),
  task(null, "Hai Sở cử lãnh đạo phòng chuyên môn làm đầu mối phối hợp", "2025-09-24", [NV, TP]),
  task(null, "cử công chức tham gia tập huấn, gửi danh sách về Sở Nội vụ", "2025-10-09", [XA]),
];

const WORK = "The plan's number is the first issuer's (Sở Nội vụ, left column and first named; it signs on the right " +
  "as the lead body): 1846/KH-SNV; the second number 312/KH-STP is the same plan in Sở Tư pháp's register. Refs " +
  "II.n.x; 'Trách nhiệm của X' heads lead their points; under 3 ('hai Sở cùng') both lead unless the point says " +
  "who chủ trì. 1.a 'trước ngày 30/9/2025' 29/9; 1.b with Sở Tư pháp 'trong tháng 10/2025' 31/10 (the communes " +
  "are guided, no coordinator); 1.c 'trước 15/3/2026' 14/3 Sat -> 16/3. 2.a '07 ngày làm việc kể từ ngày nhận đủ " +
  "hồ sơ' counts from no known day: no task; 2.b with Sở Nội vụ 'trước ngày 15/11/2025' 14/11; 2.c 'chậm nhất " +
  "ngày 05/01/2026' 05/01; 2.d 'từ ngày 01/7/2025' is the documents' start, the due 'xong trong Quý I/2026' 31/3. " +
  "3.a 'Quý IV/2025' 31/12; 3.b 'trước ngày 31/10/2025' 30/10; 3.c Sở Nội vụ chủ trì, Sở Tư pháp phối hợp 'trước " +
  "ngày 20/3/2026' 19/3; 3.d 'trong tháng 9/2026' 30/9. III: 'Hai Sở cử …' both lead, 'trước ngày 25/9/2025' 24/9 " +
  "(ref null, a dash); the quarterly exchange no task. IV: the two offices' follow-up undated (no task); 'Đề nghị " +
  "UBND các xã, phường' (UBND cấp xã, unresolved) 'trước ngày 10/10/2025' 09/10, Sở Nội vụ a recipient. PDF: " +
  "Chromium's print of the HTML copy.";

await buildPaged(DIR, {
  typed: blocks,
  printer: "chromium",
  css: "@page{size:A4;margin:2cm 2cm 2cm 3cm}table.nb:last-of-type td{text-align:left;font-size:11pt}",
  expected: {
    id: ID,
    style: "Kế hoạch phối hợp 1846/KH-SNV - 312/KH-STP of Sở Nội vụ and Sở Tư pháp tỉnh Thái Nguyên, 15/9/2025 " +
      "(after the reorganisation). HABIT: A JOINT PLAN OF TWO DEPARTMENTS, two numbers, two signatures, tasks by " +
      "body and a 'hai Sở cùng' part. " + WORK,
    province: "Thái Nguyên",
    plan: { number: "1846/KH-SNV", date: "2025-09-15" },
    tasks,
    unresolved: [XA],
    successors: [],
  },
});

// 02: Thái Nguyên, a commune after the reorganisation (06/10/2025) — UBND xã Phú Bình's plan for the yearly review of
// poor and near-poor households, the kind every commune issues each autumn. Part III is the review process in steps:
// each step line is a Word list item "Bước %1:" (numbering.xml; the typed copy types "Bước 1:") with the step's
// deadline pushed to the right margin by a right tab with a dot leader ("Bước 1: Công tác chuẩn bị ........
// Hoàn thành trước ngày 15/10/2025"); the a)-c) points under a step name who does what and mostly take the step's
// deadline, a few carry their own. Step 5 is the monthly review (recurring). Part IV gives each office its part.
// plan.pdf: LibreOffice (the tab leaders as Word draws them).
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "02-thai-nguyen-2025-commune-poverty-review-steps-dot-leader-tab-deadlines";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const VX = "Phòng Văn hóa - Xã hội";
const KT = "Phòng Kinh tế";
const VP = "Văn phòng HĐND và UBND xã";
const TT = "Trung tâm Phục vụ hành chính công xã";
const TRS = "Tổ rà soát thôn";
const TRT = "Trưởng các thôn";

const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const TAB = [{ pos: 9354, val: "right", leader: "dot" }];
const step = (num, text, time) => ({ t: "p", num, text: `${text}\t${time}`, bold: true, tabs: TAB,
  list: { kind: "buoc", inst: "B" } });
const pt = (inst) => (num, text) => ({ t: "p", num, text, list: { kind: "letter", inst } });
const a1 = pt("B1");
const a2 = pt("B2");
const a3 = pt("B3");
const a4 = pt("B4");
const n4 = (num, text) => ({ t: "p", num, text, list: { kind: "decimal", inst: "IV" } });
const dash = (inst) => (text) => ({ t: "p", num: "-", text, list: { kind: "dash", inst } });
const d1 = dash("I");
const d2 = dash("II");
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nXÃ PHÚ BÌNH", "Số: 87/KH-UBND", "Phú Bình, ngày 06 tháng 10 năm 2025", "KẾ HOẠCH",
    "Rà soát hộ nghèo, hộ cận nghèo; xác định hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp có mức sống trung bình " +
    "năm 2025 trên địa bàn xã Phú Bình"),
  plain("Căn cứ Nghị định số 07/2021/NĐ-CP ngày 27/01/2021 của Chính phủ quy định chuẩn nghèo đa chiều giai đoạn " +
    "2022 - 2025; Thông tư số 07/2021/TT-BLĐTBXH ngày 18/7/2021 hướng dẫn phương pháp rà soát, phân loại hộ nghèo, " +
    "hộ cận nghèo; Kế hoạch số 233/KH-UBND ngày 19/9/2025 của UBND tỉnh Thái Nguyên về rà soát hộ nghèo, hộ cận " +
    "nghèo năm 2025, UBND xã Phú Bình xây dựng Kế hoạch thực hiện như sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  d1("Xác định chính xác số hộ nghèo, hộ cận nghèo, hộ có mức sống trung bình trên địa bàn xã làm cơ sở thực hiện " +
    "các chính sách giảm nghèo, an sinh xã hội năm 2026."),
  d1("Việc rà soát bảo đảm dân chủ, công khai, đúng quy trình; có sự tham gia của người dân và giám sát của Mặt " +
    "trận Tổ quốc, các đoàn thể."),
  sec("II.", "PHẠM VI, ĐỐI TƯỢNG VÀ CHỈ TIÊU"),
  d2("Phạm vi: 38 thôn trên địa bàn xã (sau sắp xếp từ thị trấn Hương Sơn, xã Xuân Phương, xã Úc Kỳ cũ)."),
  d2("Đối tượng: toàn bộ hộ gia đình có đơn đề nghị; hộ nghèo, hộ cận nghèo trong danh sách quản lý năm 2024."),
  d2("Chỉ tiêu: tỷ lệ hộ nghèo cuối năm 2025 giảm 1,2% so với cuối năm 2024; không để sót hộ nghèo."),
  sec("III.", "QUY TRÌNH VÀ THỜI GIAN RÀ SOÁT"),
  step("Bước 1:", "Công tác chuẩn bị", "Hoàn thành trước ngày 15/10/2025"),
  a1("a)", "Phòng Văn hóa - Xã hội tham mưu Chủ tịch UBND xã thành lập Ban Chỉ đạo rà soát xã và Tổ rà soát ở các " +
    "thôn (mỗi thôn 01 tổ, do Trưởng thôn làm tổ trưởng)."),
  a1("b)", "Phòng Văn hóa - Xã hội tổ chức tập huấn nghiệp vụ cho rà soát viên các thôn, thực hiện trong ngày " +
    "13/10/2025 tại Hội trường UBND xã."),
  a1("c)", "Văn phòng HĐND và UBND xã thông báo kế hoạch rà soát trên hệ thống loa truyền thanh xã, Trang thông tin " +
    "điện tử xã; Trưởng các thôn niêm yết thông báo tại nhà văn hóa thôn."),
  step("Bước 2:", "Rà soát, phân loại hộ gia đình", "Từ ngày 16/10 đến ngày 05/11/2025"),
  a2("a)", "Tổ rà soát thôn tiếp nhận giấy đề nghị của hộ gia đình, thu thập thông tin theo phiếu B1, B2; Trưởng " +
    "các thôn phối hợp lập danh sách hộ cần rà soát."),
  a2("b)", "Trưởng các thôn chủ trì tổ chức họp dân thống nhất kết quả rà soát; Tổ rà soát thôn phối hợp, lập " +
    "biên bản họp."),
  step("Bước 3:", "Tổng hợp, công khai kết quả", "Trước ngày 15/11/2025"),
  a3("a)", "Phòng Văn hóa - Xã hội tổng hợp kết quả rà soát của các thôn, báo cáo Ban Chỉ đạo rà soát xã."),
  a3("b)", "Văn phòng HĐND và UBND xã niêm yết công khai danh sách dự kiến hộ nghèo, hộ cận nghèo tại trụ sở UBND " +
    "xã, Trung tâm Phục vụ hành chính công xã và nhà văn hóa các thôn; Trung tâm Phục vụ hành chính công xã phối " +
    "hợp tiếp nhận ý kiến, khiếu nại của người dân."),
  step("Bước 4:", "Phê duyệt, báo cáo kết quả", "Chậm nhất ngày 05/12/2025"),
  a4("a)", "Phòng Văn hóa - Xã hội tham mưu Chủ tịch UBND xã quyết định công nhận danh sách hộ nghèo, hộ cận nghèo, " +
    "hộ thoát nghèo năm 2025, trình trước ngày 28/11/2025."),
  a4("b)", "Phòng Văn hóa - Xã hội phối hợp với Trưởng các thôn cấp Giấy chứng nhận hộ nghèo, hộ cận nghèo cho các " +
    "hộ gia đình."),
  a4("c)", "Phòng Văn hóa - Xã hội báo cáo kết quả rà soát về UBND tỉnh (qua Sở Nông nghiệp và Môi trường) trước " +
    "ngày 10/12/2025."),
  step("Bước 5:", "Rà soát thường xuyên", "Hằng tháng"),
  plain("UBND xã xem xét giấy đề nghị phát sinh của hộ gia đình, hộ phát sinh khó khăn đột xuất hằng tháng; công nhận " +
    "bổ sung theo quy trình rà soát thường xuyên."),
  sec("IV.", "TỔ CHỨC THỰC HIỆN"),
  n4("1.", "Phòng Văn hóa - Xã hội là cơ quan thường trực, hướng dẫn, đôn đốc các thôn trong suốt quá trình rà soát; " +
    "cập nhật kết quả vào phần mềm quản lý hộ nghèo."),
  n4("2.", "Phòng Kinh tế chủ trì xác định hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp có mức sống trung bình, gửi " +
    "Phòng Văn hóa - Xã hội tổng hợp trước ngày 20/11/2025."),
  n4("3.", "Trung tâm Phục vụ hành chính công xã tiếp nhận giấy đề nghị của hộ gia đình thường xuyên trong năm."),
  n4("4.", "Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể tham gia giám sát việc rà soát ở các thôn."),
  plain("Kinh phí thực hiện: 45.000.000 đồng từ nguồn ngân sách xã năm 2025 đã bố trí tại Quyết định số 12/QĐ-UBND " +
    "ngày 02/7/2025 của UBND xã."),
  plain("Trên đây là Kế hoạch rà soát hộ nghèo, hộ cận nghèo năm 2025 của UBND xã Phú Bình./."),
  ...sign(["Sở Nông nghiệp và Môi trường (b/c)", "Thường trực Đảng ủy, HĐND xã (b/c)", "Chủ tịch, các PCT UBND xã",
    "Ủy ban MTTQ Việt Nam xã", "Các phòng, Trung tâm PVHCC xã", "Các thôn"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Dương Thị Hoa"),
];

const tasks = [
  task("III.1.a", "Tham mưu thành lập Ban Chỉ đạo rà soát xã và Tổ rà soát ở các thôn", "2025-10-14", [VX], [], true),
  task("III.1.b", "Tổ chức tập huấn nghiệp vụ cho rà soát viên các thôn", "2025-10-13", [VX]),
  task("III.1.c", "Thông báo kế hoạch rà soát trên hệ thống loa truyền thanh xã, Trang thông tin điện tử xã; niêm " +
    "yết thông báo tại nhà văn hóa thôn", "2025-10-14", [VP, TRT], [], true),
  task("III.2.a", "Tiếp nhận giấy đề nghị của hộ gia đình, thu thập thông tin theo phiếu B1, B2; lập danh sách hộ " +
    "cần rà soát", "2025-11-05", [TRS], [TRT], true),
  task("III.2.b", "Tổ chức họp dân thống nhất kết quả rà soát", "2025-11-05", [TRT], [TRS], true),
  task("III.3.a", "Tổng hợp kết quả rà soát của các thôn", "2025-11-14", [VX], [], true),
  task("III.3.b", "Niêm yết công khai danh sách dự kiến hộ nghèo, hộ cận nghèo", "2025-11-14", [VP], [TT], true),
  task("III.4.a", "Tham mưu quyết định công nhận danh sách hộ nghèo, hộ cận nghèo, hộ thoát nghèo năm 2025",
    "2025-11-27", [VX]),
  task("III.4.b", "Cấp Giấy chứng nhận hộ nghèo, hộ cận nghèo cho các hộ gia đình", "2025-12-05", [VX], [TRT], true),
  task("III.4.c", "Báo cáo kết quả rà soát", "2025-12-09", [VX]),
  task("IV.2", "Xác định hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp có mức sống trung bình", "2025-11-19", [KT]),
];

await build(DIR, {
  blocks, printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 87/KH-UBND of UBND xã Phú Bình (Thái Nguyên, after the reorganisation; 06/10/2025): yearly " +
      "review of poor households. I aims, II scope and a target (no task), III the process in steps: each step " +
      "line is a bold Word list item 'Bước %1:' (numbering.xml, number followed by a space; typed 'Bước 1:' in " +
      "plan-typed) whose deadline stands at the right margin after a right tab with a dot leader ('Bước 1: Công " +
      "tác chuẩn bị …… Hoàn thành trước ngày 15/10/2025'; plan.txt keeps the tab). The a)-c) points under a step " +
      "name the units in their sentence and take the step's deadline (inherited) unless they carry their own " +
      "(III.1.b 'trong ngày 13/10/2025'; III.4.a 'trình trước ngày 28/11' -> 27/11; III.4.c 'trước ngày 10/12' -> " +
      "9/12). Refs: III.<step>.<letter>. Step deadlines: 'Hoàn thành trước ngày 15/10' -> 14/10; 'Từ ngày 16/10 " +
      "đến ngày 05/11/2025' -> 5/11 (end); 'Trước ngày 15/11' -> 14/11; 'Chậm nhất ngày 05/12' = 5/12. Step 5 " +
      "'Hằng tháng' (recurring) out; IV.1, IV.3 (ongoing), IV.4 (request to the Front), funding line and II's " +
      "target out; IV.2 'gửi Phòng Văn hóa - Xã hội tổng hợp trước ngày 20/11' -> 19/11 (recipient, not unit). " +
      "'X phối hợp với Y' without chủ trì: X leads (III.4.b). III.1.c names two doers in two clauses (both lead). " +
      "III.1.a's '(do Trưởng thôn làm tổ trưởng)' describes the team, no unit. 'báo cáo Ban Chỉ đạo', 'về UBND " +
      "tỉnh (qua Sở Nông nghiệp và Môi trường)', 'tham mưu Chủ tịch UBND xã' are recipients. Units are the " +
      "commune's own, as written (unresolved). PDF: LibreOffice.",
    province: "Thái Nguyên",
    plan: { number: "87/KH-UBND", date: "2025-10-06" },
    tasks,
    unresolved: [VX, KT, VP, TT, TRS, TRT],
    successors: [],
  },
});

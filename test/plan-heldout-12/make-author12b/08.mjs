// 08: Thái Nguyên 2021 — a five-year plan whose task table is split into two phases (Giai đoạn 1 / 2) by group rows
// carrying the phase's years; rows with no time of their own take the phase's end; times are years and year spans.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "08-thai-nguyen-2021-phase-rows-year-spans";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ";
const VP = "Văn phòng UBND tỉnh";
const TTTT = "Sở Thông tin và Truyền thông";
const DEP = "@departments";
const D = "@districts";
const DEPD = "Các sở, ban, ngành; UBND các huyện, thành phố";

// group: [letter, title, time, due, effectiveDue]; row: [n, task, lead cell, coord cell, time, exp]
// exp = [due, effectiveDue, lead[], coord[], inherited] | null. lead cell "^" = merged with the row above.
const P1 = ["2023-12-31", "2024-01-02"];
const P2 = ["2025-12-31", "2025-12-31"];
const R = [
  ["A", "GIAI ĐOẠN 1 (NĂM 2021 - 2023)", "2021 - 2023"],
  [1, "Ban hành Kế hoạch tuyên truyền cải cách hành chính giai đoạn 2021 - 2025", "Sở Nội vụ",
    "Sở Thông tin và Truyền thông; Báo Thái Nguyên; Đài Phát thanh - Truyền hình tỉnh", "Quý IV/2021",
    ["2021-12-31", "2021-12-31", [NV], [TTTT, "Báo Thái Nguyên", "Đài Phát thanh - Truyền hình tỉnh"]]],
  [2, "Xây dựng, trình ban hành Kế hoạch cải cách hành chính hằng năm của tỉnh", "Sở Nội vụ", "Các sở, ban, ngành",
    "Hằng năm", null],
  [3, "Rà soát, đánh giá, đề xuất đơn giản hóa thủ tục hành chính thuộc phạm vi quản lý của tỉnh",
    "Văn phòng UBND tỉnh", "Các sở, ban, ngành", "", [...P1, [VP], [DEP], true]],
  [4, "Kiện toàn tổ chức bộ máy các cơ quan chuyên môn thuộc UBND tỉnh, UBND cấp huyện theo Nghị định số " +
    "107/2020/NĐ-CP và Nghị định số 108/2020/NĐ-CP", { text: "Sở Nội vụ", vm: "restart" }, DEPD, "Năm 2021",
    ["2021-12-31", "2021-12-31", [NV], [DEP, D]]],
  [5, "Rà soát, sắp xếp lại các đơn vị sự nghiệp công lập theo Nghị quyết số 19-NQ/TW", { text: "", vm: "cont" },
    "Sở Tài chính; UBND các huyện, thành phố", "2021 - 2022", ["2022-12-31", "2023-01-03", [NV], ["Sở Tài chính", D]]],
  [6, "Xây dựng, phê duyệt Đề án vị trí việc làm công chức trong các cơ quan hành chính theo Nghị định số " +
    "62/2020/NĐ-CP", { text: "", vm: "cont" }, DEPD, "", [...P1, [NV], [DEP, D], true]],
  [7, "Xây dựng cơ sở dữ liệu cán bộ, công chức, viên chức của tỉnh", { text: "", vm: "cont" },
    "Sở Thông tin và Truyền thông", "Tháng 10/2022", ["2022-10-31", "2022-10-31", [NV], [TTTT]]],
  [8, "Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập theo Nghị định số 60/2021/NĐ-CP",
    "Sở Tài chính", DEPD, "Từ Quý IV/2021 đến Quý II/2022", ["2022-06-30", "2022-06-30", ["Sở Tài chính"], [DEP, D]]],
  [9, "Đưa vào vận hành Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, kết nối với Cổng Dịch vụ công " +
    "quốc gia", "Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh", "Tháng 12/2021",
    ["2021-12-31", "2021-12-31", [TTTT], [VP]]],
  [10, "Thành lập, đưa vào hoạt động Trung tâm Phục vụ hành chính công tỉnh", "Văn phòng UBND tỉnh",
    "Sở Nội vụ; Sở Tài chính", "", [...P1, [VP], [NV, "Sở Tài chính"], true]],
  [11, "Thí điểm thi tuyển chức danh lãnh đạo, quản lý cấp phòng tại các sở, ban, ngành", "Sở Nội vụ",
    "Các sở, ban, ngành", "2022 - 2023", ["2023-12-31", "2024-01-02", [NV], [DEP]]],
  [12, "Thông tin, tuyên truyền về cải cách hành chính trên báo, đài của tỉnh",
    "Báo Thái Nguyên; Đài Phát thanh - Truyền hình tỉnh", "Sở Nội vụ", "Thường xuyên", null],
  ["B", "GIAI ĐOẠN 2 (NĂM 2024 - 2025)", "2024 - 2025"],
  [13, "Sơ kết 03 năm thực hiện Kế hoạch cải cách hành chính giai đoạn 2021 - 2025", "Sở Nội vụ", DEPD, "Quý I/2024",
    ["2024-03-31", "2024-04-01", [NV], [DEP, D]]],
  [14, "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực", "Văn phòng UBND tỉnh",
    "Sở Thông tin và Truyền thông; UBND các huyện, thành phố", "", [...P2, [VP], [TTTT, D], true]],
  [15, "Hoàn thiện Hệ thống quản lý văn bản và điều hành, kết nối liên thông 4 cấp chính quyền",
    { text: "Sở Thông tin và Truyền thông", vm: "restart" }, "Văn phòng UBND tỉnh", "Năm 2024",
    ["2024-12-31", "2024-12-31", [TTTT], [VP]]],
  [16, "Xây dựng, vận hành Trung tâm giám sát, điều hành thông minh (IOC) của tỉnh", { text: "", vm: "cont" },
    "Công an tỉnh", "Quý II/2024", ["2024-06-30", "2024-07-01", [TTTT], ["Công an tỉnh"]]],
  [17, "Rà soát, sửa đổi Quy chế làm việc của UBND tỉnh nhiệm kỳ 2021 - 2026", "Văn phòng UBND tỉnh", "Sở Tư pháp",
    "", [...P2, [VP], ["Sở Tư pháp"], true]],
  [18, "Tổng kết Kế hoạch cải cách hành chính giai đoạn 2021 - 2025; xây dựng Kế hoạch giai đoạn 2026 - 2030",
    { text: "Sở Nội vụ", vm: "restart" }, DEPD, "Tháng 11/2025", ["2025-11-30", "2025-12-01", [NV], [DEP, D]]],
  [19, "Kiểm tra việc thực hiện chế độ công vụ, kỷ luật, kỷ cương hành chính", { text: "", vm: "cont" },
    "Thanh tra tỉnh", "2024 - 2025", ["2025-12-31", "2025-12-31", [NV], ["Thanh tra tỉnh"]]],
  [20, "Cung cấp dịch vụ công trực tuyến toàn trình đối với tối thiểu 80% thủ tục hành chính đủ điều kiện",
    "Văn phòng UBND tỉnh", "Sở Thông tin và Truyền thông", "Trước 30/6/2025", ["2025-06-29", "2025-06-30", [VP], [TTTT]]],
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 3326/KH-UBND", "Thái Nguyên, ngày 20 tháng 9 năm 2021",
    "KẾ HOẠCH", "Cải cách hành chính nhà nước tỉnh Thái Nguyên giai đoạn 2021 - 2025"),
  { t: "p", text: "Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải " +
    "cách hành chính nhà nước giai đoạn 2021 - 2030, UBND tỉnh Thái Nguyên ban hành Kế hoạch cải cách hành chính " +
    "nhà nước giai đoạn 2021 - 2025 như sau:" },
  { t: "p", text: "MỤC TIÊU", num: "I.", list: { kind: "roman", inst: 1 }, bold: true },
  { t: "p", text: "Mục tiêu chung", num: "1.", list: { kind: "decimal", inst: 1 }, bold: true },
  { t: "p", text: "Xây dựng nền hành chính dân chủ, chuyên nghiệp, hiện đại, tinh gọn, hiệu lực, hiệu quả; lấy sự hài " +
    "lòng của người dân, doanh nghiệp làm thước đo chất lượng phục vụ." },
  { t: "p", text: "Mục tiêu cụ thể đến năm 2025", num: "2.", list: { kind: "decimal", inst: 1 }, bold: true },
  { t: "p", text: "Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt trên " +
    "90%; 100% hồ sơ giải quyết thủ tục hành chính được cập nhật, công khai trên Hệ thống thông tin giải quyết thủ " +
    "tục hành chính; Chỉ số cải cách hành chính của tỉnh thuộc nhóm 20 tỉnh, thành phố dẫn đầu cả nước đến năm 2025." },
  { t: "p", text: "NHIỆM VỤ, GIẢI PHÁP", num: "II.", list: { kind: "roman", inst: 1 }, bold: true },
  { t: "p", text: "Các nhiệm vụ được chia thành hai giai đoạn theo Biểu dưới đây. Nhiệm vụ không ghi thời gian riêng " +
    "được thực hiện và hoàn thành trong thời gian của giai đoạn ghi tại dòng tiêu đề của giai đoạn đó." },
  { t: "p", text: "BIỂU PHÂN CÔNG NHIỆM VỤ", bold: true, align: "center", indent: false },
];
const rows = [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]];
const tasks = [];
for (const r of R) {
  if (r.length === 3) {
    rows.push([{ text: r[0], bold: true, align: "center" }, { text: r[1], span: 3, bold: true },
      { text: r[2], bold: true, align: "center" }]);
    continue;
  }
  const [n, what, lead, coord, time, exp] = r;
  rows.push([{ text: String(n), align: "center" }, what, lead, coord, { text: time, align: "center" }]);
  if (exp) tasks.push(task(String(n), what, exp[0], exp[1], exp[2], exp[3], exp[4] ?? false));
}
blocks.push(
  { t: "table", header: 1, widths: [650, 3700, 1750, 2000, 1250], rows },
  { t: "p", text: "TỔ CHỨC THỰC HIỆN", num: "III.", list: { kind: "roman", inst: 1 }, bold: true },
  { t: "p", text: "Sở Nội vụ là cơ quan thường trực, chủ trì theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; " +
    "hằng năm tổng hợp, báo cáo UBND tỉnh, Bộ Nội vụ kết quả thực hiện.", num: "1.", list: { kind: "decimal", inst: 2 } },
  { t: "p", text: "Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm của các " +
    "cơ quan, đơn vị.", num: "2.", list: { kind: "decimal", inst: 2 } },
  { t: "p", text: "Các sở, ban, ngành; UBND các huyện, thành phố: tổ chức thực hiện các nhiệm vụ được giao tại Biểu " +
    "phân công nhiệm vụ; đánh giá kết quả thực hiện Giai đoạn 1, gửi báo cáo về Sở Nội vụ trước ngày 15/12/2023 để " +
    "tổng hợp.", num: "3.", list: { kind: "decimal", inst: 2 } },
  ...sign(["Bộ Nội vụ (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành", "UBND các huyện, thành phố"], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Trịnh Việt Hùng"),
);
tasks.push(task("III.3", "Đánh giá kết quả thực hiện Giai đoạn 1, gửi báo cáo về Sở Nội vụ", "2023-12-14", "2023-12-14", [DEP, D], []));

const style = "Kế hoạch 3326/KH-UBND Thái Nguyên 20/9/2021 (before 2025), CCHC 2021-2025. One task table STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện, rows 1-20, split by phase rows 'A | GIAI ĐOẠN 1 (NĂM 2021 - 2023) | 2021 - 2023' and 'B | GIAI ĐOẠN 2 (NĂM 2024 - 2025) | 2024 - 2025'. Section II: a row with no time is done within its phase, so rows 3, 6, 10 -> 31/12/2023 and 14, 17 -> 31/12/2025, inherited. Lead cells merged down over rows 4-7, 15-16, 18-19 (blank in plan.txt). PDF: Chromium. ref = STT. 'Năm Y' -> 31/12/Y; year spans '2021 - 2022' etc. -> 31/12 of the last year (rows 11, 19 own, not inherited); 'Từ Quý IV/2021 đến Quý II/2022' -> 30/6/2022; 'Trước 30/6/2025' -> 29/6. Rows 2 'Hằng năm', 12 'Thường xuyên' left out. III.3 (both groups report 'trước ngày 15/12/2023') is a task. Days off: 31/12/2022 -> 3/1/2023; 31/12/2023 -> 2/1/2024; 31/3/2024 -> 1/4; 30/6/2024 -> 1/7; 29/6/2025 -> 30/6; 30/11/2025 -> 1/12. See make-author12b/README.md.";
await build(DIR, { blocks, printer: "chromium", expected: { id: ID, style, province: "Thái Nguyên",
  plan: { number: "3326/KH-UBND", date: "2021-09-20" }, tasks, quotas: [], unresolved: [], successors: [] } });

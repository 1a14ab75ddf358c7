// 07: Thái Nguyên 2023, a plan whose task list is split by unit: under "II. NHIỆM VỤ CỤ THỂ" each unit has a
// caption line ("1. Sở Nội vụ", a Word list in plan-auto.docx) and its own small table STT | Nhiệm vụ |
// Đơn vị phối hợp | Thời hạn hoàn thành, STT starting again at 1 in each table.
import path from "node:path";
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const id = "07-thai-nguyen-2023-task-table-per-unit-caption-lines";
const p = (text, extra = {}) => ({ t: "p", text, ...extra });
const li = (kind, inst, num, text, extra = {}) => p(text, { num, list: { kind, inst }, ...extra });
const HEAD = ["STT", "Nhiệm vụ", "Đơn vị phối hợp", "Thời hạn hoàn thành"];
const HUYEN = "UBND các huyện, thành phố";
const units = [
  ["Sở Nội vụ", [
    ["Xây dựng Kế hoạch đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính năm " +
      "2023", "Văn phòng UBND tỉnh", "Trước ngày 15/4/2023"],
    ["Tổ chức điều tra xã hội học đo lường Chỉ số SIPAS năm 2023", `Bưu điện tỉnh; ${HUYEN}`, "Tháng 8/2023"],
    ["Tổng hợp, phân tích kết quả Chỉ số SIPAS, đề xuất giải pháp nâng cao", "", "Chậm nhất ngày 30/11/2023"],
  ]],
  ["Văn phòng UBND tỉnh", [
    ["Rà soát việc niêm yết công khai thủ tục hành chính, số điện thoại đường dây nóng tại Trung tâm Phục vụ hành " +
      "chính công tỉnh", "Sở Thông tin và Truyền thông", "Quý II/2023"],
    ["Theo dõi tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn trên Hệ thống thông tin giải quyết thủ tục hành chính",
      "Sở Thông tin và Truyền thông", "Thường xuyên"],
  ]],
  ["Sở Thông tin và Truyền thông", [
    ["Tuyên truyền về Chỉ số PAPI, SIPAS trên Cổng Thông tin điện tử tỉnh và các phương tiện thông tin đại chúng",
      "Báo Thái Nguyên; Đài Phát thanh - Truyền hình tỉnh", "Tháng 5/2023"],
    ["Tích hợp phiếu khảo sát trực tuyến sự hài lòng trên Cổng Dịch vụ công tỉnh", "Sở Nội vụ, Văn phòng UBND tỉnh",
      "Trước ngày 01/7/2023"],
  ]],
  ["Sở Tư pháp", [
    ["Phổ biến pháp luật về thực hiện dân chủ ở cơ sở cho cán bộ, công chức cấp xã và Nhân dân", HUYEN,
      "Quý III/2023"],
  ]],
  ["Thanh tra tỉnh", [
    ["Kiểm tra việc tiếp công dân, giải quyết khiếu nại, tố cáo tại UBND huyện Võ Nhai, UBND huyện Định Hóa",
      "Sở Nội vụ", "Tháng 10/2023"],
  ]],
  [HUYEN, [
    ["Xây dựng kế hoạch cải thiện các chỉ số nội dung PAPI có điểm thấp trên địa bàn", "", "Trước ngày 20/4/2023"],
    ["Chỉ đạo UBND cấp xã công khai thông tin về ngân sách, đất đai tại trụ sở và nhà văn hóa xóm", "",
      "Trong tháng 7/2023"],
    ["Báo cáo kết quả thực hiện Kế hoạch gửi Sở Nội vụ", "", "Trước ngày 10/12/2023"],
  ]],
  ["Đề nghị Ủy ban MTTQ Việt Nam tỉnh", [
    ["Giám sát việc thực hiện dân chủ ở cơ sở; tiếp nhận phản ánh của Nhân dân về thái độ phục vụ của cán bộ, " +
      "công chức", "Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh", "Quý IV/2023"],
  ]],
];

const perUnit = units.flatMap(([name, rows], i) => [
  li("decimal", 2, `${i + 1}.`, name, { bold: true }),
  { t: "table", header: 1, widths: [650, 4600, 2450, 1650],
    rows: [HEAD, ...rows.map((r, j) => [String(j + 1), ...r])] },
]);

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 39/KH-UBND", "Thái Nguyên, ngày 15 tháng 3 năm 2023", "KẾ HOẠCH",
    "Nâng cao Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) và Chỉ số hiệu quả quản trị và hành chính công " +
    "cấp tỉnh (PAPI) năm 2023"),
  li("roman", 1, "I.", "MỤC ĐÍCH, YÊU CẦU", { bold: true }),
  p("Khắc phục các chỉ số thành phần giảm điểm năm 2022; nâng cao chất lượng phục vụ của cơ quan hành chính các " +
    "cấp; nhiệm vụ của từng cơ quan gắn với thời hạn cụ thể."),
  li("roman", 1, "II.", "NHIỆM VỤ CỤ THỂ", { bold: true }),
  p("Giao các cơ quan, đơn vị thực hiện theo từng bảng dưới đây; cơ quan ghi ở đầu bảng là cơ quan chủ trì các " +
    "nhiệm vụ trong bảng."),
  ...perUnit,
  li("roman", 1, "III.", "TỔ CHỨC THỰC HIỆN", { bold: true }),
  li("decimal", 3, "1.", "Sở Nội vụ theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo UBND tỉnh trước ngày " +
    "15/12/2023."),
  li("decimal", 3, "2.", "Các cơ quan, đơn vị báo cáo tiến độ định kỳ hằng quý về Sở Nội vụ để tổng hợp./."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Ủy ban MTTQ Việt Nam tỉnh", "Các sở, ban, ngành",
    HUYEN], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đặng Xuân Trường"),
];

const D = "@districts";
const MT = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh";
const lead = (i) => (i === 5 ? [D] : i === 6 ? [MT] : [units[i][0]]);
const tk = (i, j, due, co = []) => task(`II.${i + 1}.${j + 1}`, units[i][1][j][0], due, lead(i), co);
const tasks = [
  tk(0, 0, "2023-04-14", ["Văn phòng UBND tỉnh"]),
  tk(0, 1, "2023-08-31", ["Bưu điện tỉnh", D]),
  tk(0, 2, "2023-11-30"),
  tk(1, 0, "2023-06-30", ["Sở Thông tin và Truyền thông"]),
  tk(2, 0, "2023-05-31", ["Báo Thái Nguyên", "Đài Phát thanh - Truyền hình tỉnh"]),
  tk(2, 1, "2023-06-30", ["Sở Nội vụ", "Văn phòng UBND tỉnh"]),
  tk(3, 0, "2023-09-30", [D]),
  tk(4, 0, "2023-10-31", ["Sở Nội vụ"]),
  tk(5, 0, "2023-04-19"),
  tk(5, 1, "2023-07-31"),
  tk(5, 2, "2023-12-09"),
  tk(6, 0, "2023-12-31", ["Hội Nông dân tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"]),
  task("III.1", "Theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo UBND tỉnh", "2023-12-14", ["Sở Nội vụ"]),
];

const dir = path.join(import.meta.dirname, "..", id);
await build(dir, { blocks, printer: "weasyprint", expected: {
  id,
  style: "Kế hoạch 39/KH-UBND of UBND tỉnh Thái Nguyên (before the reorganisation), 15/3/2023, SIPAS/PAPI. Section " +
    "II splits the tasks by unit: a caption line per unit ('1. Sở Nội vụ' … '7. Đề nghị Ủy ban MTTQ Việt Nam " +
    "tỉnh'; a Word decimal list in plan-auto.docx, typed in plan-typed.docx), each above its own small table STT | " +
    "Nhiệm vụ | Đơn vị phối hợp | Thời hạn hoàn thành with STT from 1 again; no lead column: the caption's unit " +
    "leads every row of its table (section II says so). ref = 'II.' + caption number + STT ('II.6.3'). Caption 6 " +
    "'UBND các huyện, thành phố' = @districts; caption 7 'Đề nghị Ủy ban MTTQ Việt Nam tỉnh' = the Ủy ban MTTQ " +
    "leads. II.2.2 'Thường xuyên' left out; III.2 quarterly. II.5.1 names the inspected districts (Võ Nhai, Định " +
    "Hóa) in its title: not units of the task. II.6.3 'gửi Sở Nội vụ' = recipient. III.1 'báo cáo UBND tỉnh trước " +
    "ngày 15/12/2023' = Sở Nội vụ, 14/12. Moves: 30/9 (Sat) -> 2/10; 9/12 (Sat) -> 11/12; 31/12/2023 (Sun; 1/1 " +
    "off) -> 2/1/2024. Printed by WeasyPrint from HTML.",
  province: "Thái Nguyên",
  plan: { number: "39/KH-UBND", date: "2023-03-15" },
  tasks,
  unresolved: [],
  successors: [],
} });

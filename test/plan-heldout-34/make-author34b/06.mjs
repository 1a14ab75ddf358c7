// 06: Lai Châu (before the reorganisation), UBND tỉnh, Kế hoạch 58/KH-UBND, 27/02/2024 — công tác văn thư, lưu trữ
// năm 2024. Rows whose lead cell names two groups ("Các sở, ban, ngành; UBND các huyện, thành phố") have a deadline
// cell with one date per group ("- Các sở, ban, ngành: trước 15/3/2024;\n- UBND các huyện, thành phố: trước …"):
// one task per group (same ref, in the order written). plan.pdf: own printer function, the print-job route:
// LibreOffice 7.4 has no "ps" export filter for Writer, and a PDF -> PostScript -> PDF round trip (gs ps2write,
// pdftops, pdftocairo -ps) loses the Vietnamese letters' Unicode, so LibreOffice "--print-to-file" writes the
// generic printer's print job (a PDF in 7.4) and ps2pdf (Ghostscript) distils that job into plan.pdf.
import fs from "node:fs";
import { execFileSync } from "node:child_process";
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";

const ID = "06-lai-chau-2024-two-group-lead-cell-per-group-deadline-lines-print-job-ps2pdf";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ";
const TT = "Sở Thông tin và Truyền thông";
const TC = "Sở Tài chính";
const LT = "Trung tâm Lưu trữ lịch sử tỉnh";
const BOTH = "Các sở, ban, ngành; UBND các huyện, thành phố";
const two = (a, b) => `- Các sở, ban, ngành: ${a};\n- UBND các huyện, thành phố: ${b}`;

let n = 0;
const r = (text, lead, coord, time) => [{ text: String(++n), align: "center", list: { kind: "cell", inst: "s" } },
  text, lead, coord, time];
const rows = [
  ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"],
  r("Rà soát, ban hành Danh mục hồ sơ năm 2024 của cơ quan, đơn vị", BOTH, NV,
    two("trước 15/3/2024", "trước 25/3/2024")),
  r("Hướng dẫn nghiệp vụ lập hồ sơ điện tử và nộp lưu hồ sơ điện tử vào Lưu trữ cơ quan", NV, TT, "Quý II/2024"),
  r("Thống kê, báo cáo số liệu tài liệu lưu trữ tính đến ngày 31/12/2023 (theo mẫu của Bộ Nội vụ)", BOTH, "",
    two("trước 15/6/2024", "trước 20/6/2024")),
  r("Chỉnh lý khoa học tài liệu tồn đọng tại Kho Lưu trữ lịch sử tỉnh", LT, TC, "Tháng 9/2024"),
  r("Giao nộp hồ sơ, tài liệu đến hạn nộp lưu vào Lưu trữ lịch sử tỉnh", "Các sở, ban, ngành", LT,
    "Chậm nhất ngày 31/10/2024"),
  r("Kiểm tra công tác văn thư, lưu trữ tại một số cơ quan, đơn vị và UBND cấp xã", NV,
    "UBND các huyện, thành phố", "Quý III/2024"),
  r("Tập huấn nghiệp vụ văn thư, lưu trữ cho công chức văn phòng - thống kê cấp xã", "UBND các huyện, thành phố", NV,
    "Từ tháng 7 đến tháng 8/2024"),
  r("Xây dựng, vận hành phần mềm quản lý tài liệu lưu trữ điện tử của tỉnh", NV, `${TT}; ${TC}`, "Năm 2024"),
  r("Báo cáo kết quả công tác văn thư, lưu trữ năm 2024, gửi Sở Nội vụ tổng hợp", BOTH, "",
    two("trước 20/11/2024", "trước 25/11/2024")),
  r("Tổng hợp, báo cáo UBND tỉnh và Cục Văn thư và Lưu trữ nhà nước kết quả công tác văn thư, lưu trữ của tỉnh", NV,
    "", "Trước 15/12/2024"),
  r("Hướng dẫn, đôn đốc việc bảo quản tài liệu lưu trữ tại các cơ quan, đơn vị", NV, LT, "Thường xuyên"),
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 58/KH-UBND", "Lai Châu, ngày 27 tháng 02 năm 2024", "KẾ HOẠCH",
    "Công tác văn thư, lưu trữ năm 2024 trên địa bàn tỉnh Lai Châu"),
  { t: "p", align: "justify", text: "Căn cứ Luật Lưu trữ và các văn bản hướng dẫn của Bộ Nội vụ về công tác văn thư, " +
    "lưu trữ, UBND tỉnh Lai Châu ban hành Kế hoạch công tác văn thư, lưu trữ năm 2024 như sau:" },
  { t: "p", num: "I.", text: "MỤC ĐÍCH, YÊU CẦU", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Nâng cao chất lượng lập hồ sơ, giao nộp hồ sơ vào lưu trữ cơ quan; từng bước " +
    "quản lý tài liệu lưu trữ điện tử; mỗi nhiệm vụ giao rõ đơn vị chủ trì và thời hạn hoàn thành." },
  { t: "p", num: "II.", text: "NHIỆM VỤ CỤ THỂ", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "table", widths: [600, 3200, 1900, 1600, 2050], header: 1, rows },
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Nhiệm vụ giao chung cho các sở, ban, ngành và UBND các huyện, thành phố thực hiện " +
    "theo thời hạn riêng của từng khối ghi tại cột Thời hạn hoàn thành. Sở Nội vụ theo dõi, đôn đốc, tổng hợp kết quả." },
  ...sign(["Bộ Nội vụ (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành", "UBND các huyện, thành phố"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Tống Thanh Hải"),
];

// The print-job route: LibreOffice --print-to-file (own profile) -> ps2pdf.
function printer(out) {
  const tmp = fs.mkdtempSync("/tmp/make-author34b-ps-");
  execFileSync("soffice", ["-env:UserInstallation=file:///tmp/make-author34b-lo", "--headless", "--print-to-file",
    "--outdir", tmp, DIR + "plan-auto.docx"], { stdio: "ignore" });
  execFileSync("ps2pdf", ["-sPAPERSIZE=a4", `${tmp}/plan-auto.pdf`, out]);
}

const D = ["@departments"];
const H = ["@districts"];
const tasks = [
  task("1", "Rà soát, ban hành Danh mục hồ sơ năm 2024 của cơ quan, đơn vị", "2024-03-14", D, [NV]),
  task("1", "Rà soát, ban hành Danh mục hồ sơ năm 2024 của cơ quan, đơn vị", "2024-03-24", H, [NV]),
  task("2", "Hướng dẫn nghiệp vụ lập hồ sơ điện tử và nộp lưu hồ sơ điện tử vào Lưu trữ cơ quan", "2024-06-30",
    [NV], [TT]),
  task("3", "Thống kê, báo cáo số liệu tài liệu lưu trữ tính đến ngày 31/12/2023", "2024-06-14", D),
  task("3", "Thống kê, báo cáo số liệu tài liệu lưu trữ tính đến ngày 31/12/2023", "2024-06-19", H),
  task("4", "Chỉnh lý khoa học tài liệu tồn đọng tại Kho Lưu trữ lịch sử tỉnh", "2024-09-30", [LT], [TC]),
  task("5", "Giao nộp hồ sơ, tài liệu đến hạn nộp lưu vào Lưu trữ lịch sử tỉnh", "2024-10-31", D, [LT]),
  task("6", "Kiểm tra công tác văn thư, lưu trữ tại một số cơ quan, đơn vị và UBND cấp xã", "2024-09-30", [NV], H),
  task("7", "Tập huấn nghiệp vụ văn thư, lưu trữ cho công chức văn phòng - thống kê cấp xã", "2024-08-31", H, [NV]),
  task("8", "Xây dựng, vận hành phần mềm quản lý tài liệu lưu trữ điện tử của tỉnh", "2024-12-31", [NV], [TT, TC]),
  task("9", "Báo cáo kết quả công tác văn thư, lưu trữ năm 2024", "2024-11-19", D),
  task("9", "Báo cáo kết quả công tác văn thư, lưu trữ năm 2024", "2024-11-24", H),
  task("10", "Tổng hợp, báo cáo UBND tỉnh và Cục Văn thư và Lưu trữ nhà nước kết quả công tác văn thư, lưu trữ",
    "2024-12-14", [NV]),
];

await build(DIR, {
  blocks, printer,
  expected: {
    id: ID,
    style: "Kế hoạch 58/KH-UBND of UBND tỉnh Lai Châu, 27/02/2024 (before the reorganisation: old departments, " +
      "districts), văn thư - lưu trữ 2024. Table STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn hoàn " +
      "thành; ref = STT (plan-auto: a Word list in the cell). Decision: rows 1, 3, 9 name two groups in the lead cell " +
      "('Các sở, ban, ngành; UBND các huyện, thành phố') and give each group its own line in the deadline cell ('- Các " +
      "sở, ban, ngành: trước …; - UBND các huyện, thành phố: trước …'): each group with its own date is its own task " +
      "(same ref, @departments first, @districts second, in the order written), lead = that group only, the row's " +
      "coordinators on both. Other rows are ordinary. 'Trung tâm Lưu trữ lịch sử tỉnh' (a centre under Sở Nội vụ, no " +
      "unit of the directory) is kept as written and unresolved. Row 3's '31/12/2023' (data cut-off) and the " +
      "recipients ('gửi Sở Nội vụ', 'báo cáo UBND tỉnh và Cục Văn thư…') are no deadlines nor units of the task. Dates " +
      "(2024): 1 'trước 15/3' -> 14/3 Thu, 'trước 25/3' -> 24/3 Sun -> 25/3; 2 'Quý II' 30/6 Sun -> 1/7; 3 'trước " +
      "15/6' -> 14/6 Fri, 'trước 20/6' -> 19/6 Wed; 4 'Tháng 9' 30/9 Mon; 5 'Chậm nhất 31/10' Thu; 6 'Quý III' 30/9; " +
      "7 'Từ tháng 7 đến tháng 8' 31/8 Sat -> 2/9, 3/9 off -> 4/9; 8 'Năm 2024' 31/12 Tue; 9 'trước 20/11' -> 19/11 " +
      "Tue, 'trước 25/11' -> 24/11 Sun -> 25/11; 10 'Trước 15/12' -> 14/12 Sat -> 16/12; 11 'Thường xuyên' no task. " +
      "plan.pdf: LibreOffice --print-to-file print job -> ps2pdf (LibreOffice 7.4 has no ps export filter).",
    province: "Lai Châu",
    plan: { number: "58/KH-UBND", date: "2024-02-27" },
    tasks,
    unresolved: [LT],
    successors: [],
  },
});

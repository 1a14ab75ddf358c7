// 08: Lai Châu 2024 (before the reorganisation), UBND tỉnh, Kế hoạch 52/KH-UBND, 19/02/2024 — tuyên truyền cải
// cách hành chính năm 2024. Table TT | Nội dung | Sản phẩm | Thời gian | Chủ trì | Phối hợp; the time column has no
// year ("Tháng 3", "Quý II": the year is only in the title "năm 2024"), and some rows' time is "Như mục 2" / "Như
// mục 5" (the time of that row). plan.pdf: LibreOffice's PDF of plan-auto.docx rewritten by `pdftocairo -pdf`
// (poppler/cairo), this file's own printer function.
import fs from "node:fs";
import { execFileSync } from "node:child_process";
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";

const ID = "08-lai-chau-2024-yearless-month-quarter-time-column-year-in-title-nhu-muc-n-times-product-column";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ";
const VP = "Văn phòng UBND tỉnh";
const TT = "Sở Thông tin và Truyền thông";
const SBN = "Các sở, ban, ngành";
const HUY = "UBND các huyện, thành phố";

// [content, product, time, lead, coordinators]
const R = [
  ["Xây dựng, ban hành kế hoạch tuyên truyền cải cách hành chính năm 2024 của cơ quan, đơn vị",
    "Kế hoạch của cơ quan, đơn vị", "Tháng 3", `${SBN}; ${HUY}`, ""],
  ["Duy trì chuyên mục \"Cải cách hành chính\" trên Báo Lai Châu, Báo Lai Châu điện tử", "Chuyên mục (02 kỳ/tháng)",
    "Quý II", "Báo Lai Châu", NV],
  ["Xây dựng phóng sự truyền hình về kết quả thực hiện cơ chế một cửa, một cửa liên thông", "02 phóng sự",
    "Như mục 2", "Đài Phát thanh - Truyền hình tỉnh", `${NV}, ${VP}`],
  ["Tổ chức Cuộc thi trực tuyến \"Tìm hiểu về cải cách hành chính tỉnh Lai Châu năm 2024\"",
    "Quyết định tổ chức; kết quả Cuộc thi", "Quý III", NV, `${TT}, Tỉnh đoàn`],
  ["Lắp đặt pano, áp phích hướng dẫn dịch vụ công trực tuyến tại Trung tâm Phục vụ hành chính công tỉnh",
    "Pano, áp phích", "Tháng 5", VP, ""],
  ["In, cấp phát tờ gấp hướng dẫn nộp hồ sơ trực tuyến tại Bộ phận Một cửa cấp huyện, cấp xã", "Tờ gấp",
    "Như mục 5", HUY, VP],
  ["Tập huấn kỹ năng tuyên truyền cải cách hành chính cho công chức đầu mối các cơ quan, đơn vị",
    "01 lớp tập huấn", "Tháng 8", NV, "Sở Tư pháp"],
  ["Tuyên truyền về cải cách hành chính trên hệ thống đài truyền thanh cấp xã", "Tin, bài", "Thường xuyên", HUY, TT],
  ["Cập nhật tin, bài về cải cách hành chính trên Cổng thông tin điện tử tỉnh", "Tin, bài", "Như mục 2", TT, SBN],
  ["Khảo sát, đánh giá hiệu quả công tác tuyên truyền cải cách hành chính", "Báo cáo kết quả khảo sát", "Quý IV",
    NV, "Tỉnh đoàn"],
  ["Báo cáo kết quả công tác tuyên truyền cải cách hành chính năm 2024 (gửi Sở Nội vụ)", "Báo cáo", "Tháng 11",
    `${SBN}; ${HUY}`, ""],
  ["Tổng hợp, báo cáo UBND tỉnh kết quả công tác tuyên truyền cải cách hành chính năm 2024", "Báo cáo", "Tháng 12",
    NV, ""],
];

const rows = [["TT", "Nội dung", "Sản phẩm", "Thời gian", "Chủ trì", "Phối hợp"],
  ...R.map((r, i) => [{ text: String(i + 1), align: "center", list: { kind: "cell", inst: "tt" } }, r[0], r[1],
    { text: r[2], align: "center" }, r[3], r[4]])];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 52/KH-UBND", "Lai Châu, ngày 19 tháng 02 năm 2024", "KẾ HOẠCH",
    "Tuyên truyền cải cách hành chính năm 2024"),
  { t: "p", align: "justify", text: "Thực hiện Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ phê " +
    "duyệt Đề án Văn hóa công vụ và Kế hoạch cải cách hành chính năm 2024 của tỉnh, UBND tỉnh Lai Châu ban hành Kế " +
    "hoạch tuyên truyền cải cách hành chính năm 2024 như sau:" },
  { t: "p", num: "I.", text: "MỤC ĐÍCH, YÊU CẦU", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Nâng cao nhận thức của cán bộ, công chức, viên chức, người dân và doanh nghiệp " +
    "về cải cách hành chính; tuyên truyền phải thiết thực, đa dạng về hình thức, phù hợp với đồng bào dân tộc thiểu " +
    "số; gắn trách nhiệm của người đứng đầu với kết quả tuyên truyền." },
  { t: "p", num: "II.", text: "NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Tuyên truyền các chủ trương, chính sách về cải cách hành chính; kết quả thực " +
    "hiện cơ chế một cửa, dịch vụ công trực tuyến; Chỉ số CCHC, SIPAS, PAPI của tỉnh. Nhiệm vụ cụ thể như sau:" },
  { t: "table", widths: [620, 3000, 1480, 1050, 1600, 1650], header: 1, rows },
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Sở Nội vụ là cơ quan thường trực, hướng dẫn, đôn đốc các cơ quan, đơn vị thực " +
    "hiện Kế hoạch; kinh phí thực hiện từ nguồn ngân sách nhà nước giao trong dự toán năm 2024 của các cơ quan, " +
    "đơn vị." },
  ...sign(["Bộ Nội vụ (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh", SBN, HUY,
    "Báo Lai Châu, Đài PT-TH tỉnh"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Tống Thanh Hải"),
];

function printer(out) {
  const tmp = fs.mkdtempSync("/tmp/make-author35b-08-");
  execFileSync("soffice", ["-env:UserInstallation=file:///tmp/make-author35b-lo", "--headless", "--convert-to", "pdf",
    "--outdir", tmp, DIR + "plan-auto.docx"], { stdio: "ignore" });
  execFileSync("pdftocairo", ["-pdf", `${tmp}/plan-auto.pdf`, out]);
}

const D = "@departments";
const H = "@districts";
const t = (i) => R[i - 1][0];
const tasks = [
  task("1", t(1), "2024-03-31", [D, H]),
  task("2", t(2), "2024-06-30", ["Báo Lai Châu"], [NV]),
  task("3", t(3), "2024-06-30", ["Đài Phát thanh - Truyền hình tỉnh"], [NV, VP]),
  task("4", t(4), "2024-09-30", [NV], [TT, "Tỉnh đoàn"]),
  task("5", t(5), "2024-05-31", [VP]),
  task("6", t(6), "2024-05-31", [H], [VP]),
  task("7", t(7), "2024-08-31", [NV], ["Sở Tư pháp"]),
  task("9", t(9), "2024-06-30", [TT], [D]),
  task("10", t(10), "2024-12-31", [NV], ["Tỉnh đoàn"]),
  task("11", "Báo cáo kết quả công tác tuyên truyền cải cách hành chính năm 2024", "2024-11-30", [D, H]),
  task("12", t(12), "2024-12-31", [NV]),
];

await build(DIR, {
  blocks, printer,
  expected: {
    id: ID,
    style: "Kế hoạch 52/KH-UBND of UBND tỉnh Lai Châu, 19/02/2024 (before the reorganisation: old departments, " +
      "districts), tuyên truyền CCHC năm 2024. One table TT | Nội dung | Sản phẩm | Thời gian | Chủ trì | Phối hợp " +
      "(product before time, lead and coordinators last). The time column has NO year: 'Tháng 3', 'Tháng 5', 'Quý " +
      "II', 'Quý IV'…; the year is only in the plan's title ('… năm 2024'), so every time is read in 2024. Rows 3 and " +
      "9 say 'Như mục 2' and row 6 'Như mục 5': the time of that row (its due as read), the row's own (inherited = " +
      "false: a sibling row, not a parent). Row 8 'Thường xuyên' is no task. ref = TT. Rows 1 and 11 'Các sở, ban, " +
      "ngành; UBND các huyện, thành phố' = one task led by both groups; '(gửi Sở Nội vụ)' and 'báo cáo UBND tỉnh' " +
      "are recipients; Sản phẩm cells are no deadlines nor units. Dates: 1 'Tháng 3' 31/3 Sun -> 1/4; 2 'Quý II' 30/6 " +
      "Sun -> 1/7 (3, 9 the same); 4 'Quý III' 30/9 Mon; 5 'Tháng 5' 31/5 Fri (6 the same); 7 'Tháng 8' 31/8 Sat, " +
      "2-3/9 off -> 4/9; 10 'Quý IV' 31/12 Tue; 11 'Tháng 11' 30/11 Sat -> 2/12; 12 'Tháng 12' 31/12. plan.pdf: " +
      "LibreOffice PDF rewritten by poppler's pdftocairo -pdf.",
    province: "Lai Châu",
    plan: { number: "52/KH-UBND", date: "2024-02-19" },
    tasks,
    unresolved: [],
    successors: [],
  },
});

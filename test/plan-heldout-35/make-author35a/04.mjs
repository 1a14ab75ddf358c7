// 04: Thái Nguyên (before the reorganisation), UBND tỉnh, Kế hoạch 52/KH-UBND, 10/3/2025 — đẩy nhanh tiến độ giải
// ngân vốn đầu tư công năm 2025. A PROSE plan: section III "Tổ chức thực hiện" assigns work in numbered sentences;
// several name TWO leads together before "chủ trì" ("Sở Tài chính, Sở Kế hoạch và Đầu tư chủ trì, phối hợp với …"),
// others put the deadline MID-SENTENCE right after the recipient ("UBND các huyện, thành phố gửi Sở Kế hoạch và Đầu
// tư trước ngày 20/6/2025 báo cáo …"). plan.pdf: LibreOffice's PDF re-rendered by poppler's `pdftocairo -pdf`
// (as a portal's converter does: text re-embedded as Cairo writes it).
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";

const ID = "04-thai-nguyen-2025-prose-two-leads-before-chu-tri-deadline-mid-sentence-after-recipient-pdftocairo";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const KH = "Sở Kế hoạch và Đầu tư", TC = "Sở Tài chính", TN = "Sở Tài nguyên và Môi trường";
const KB = "Kho bạc Nhà nước tỉnh", H = "UBND các huyện, thành phố", CDT = "các chủ đầu tư";

const items = [
  // [text, task?: {title, due, lead, coord}]
  [`${TC}, ${KH} chủ trì, phối hợp với ${KB} rà soát, tham mưu điều chuyển kế hoạch vốn của các dự án chậm giải ngân ` +
    "sang các dự án có khả năng giải ngân tốt hơn, báo cáo UBND tỉnh trước ngày 15/4/2025.",
  ["rà soát, tham mưu điều chuyển kế hoạch vốn của các dự án chậm giải ngân", "2025-04-14", [TC, KH], [KB]]],
  [`${KH} chủ trì, phối hợp với các sở, ban, ngành, ${H} tham mưu UBND tỉnh giao chi tiết toàn bộ kế hoạch vốn đầu ` +
    "tư công năm 2025 còn lại chưa phân bổ chậm nhất ngày 31/3/2025.",
  ["tham mưu UBND tỉnh giao chi tiết toàn bộ kế hoạch vốn đầu tư công năm 2025", "2025-03-31", [KH],
    ["@departments", "@districts"]]],
  [`${TN}, ${H} chủ trì, phối hợp với ${CDT} đẩy nhanh công tác bồi thường, giải phóng mặt bằng, bàn giao mặt bằng ` +
    "sạch cho các dự án trọng điểm trong quý II/2025.",
  ["đẩy nhanh công tác bồi thường, giải phóng mặt bằng, bàn giao mặt bằng sạch cho các dự án trọng điểm",
    "2025-06-30", [TN, "@districts"], ["Các chủ đầu tư"]]],
  [`${H} gửi ${KH} trước ngày 20/6/2025 báo cáo kết quả giải ngân 6 tháng đầu năm 2025, đề xuất điều chỉnh kế hoạch ` +
    "vốn của các dự án do địa phương quản lý.",
  ["báo cáo kết quả giải ngân 6 tháng đầu năm 2025, đề xuất điều chỉnh kế hoạch vốn", "2025-06-19", ["@districts"],
    []]],
  ["Sở Xây dựng, Sở Giao thông vận tải chủ trì, phối hợp với Sở Tài chính công bố giá vật liệu xây dựng, chỉ số giá " +
    "xây dựng quý I/2025 trên địa bàn tỉnh trước ngày 25/4/2025.",
  ["công bố giá vật liệu xây dựng, chỉ số giá xây dựng quý I/2025 trên địa bàn tỉnh", "2025-04-24",
    ["Sở Xây dựng", "Sở Giao thông vận tải"], [TC]]],
  [`${TC} chủ trì, phối hợp với ${KH} tham mưu UBND tỉnh trình HĐND tỉnh phân bổ nguồn tăng thu ngân sách năm 2024 ` +
    "cho đầu tư phát triển trong tháng 5/2025.",
  ["tham mưu UBND tỉnh trình HĐND tỉnh phân bổ nguồn tăng thu ngân sách năm 2024 cho đầu tư phát triển",
    "2025-05-31", [TC], [KH]]],
  [`Sở Nội vụ trình UBND tỉnh trước ngày 30/9/2025 dự thảo Quy định xử lý trách nhiệm người đứng đầu cơ quan, đơn vị ` +
    `để chậm giải ngân vốn đầu tư công; ${KH}, Thanh tra tỉnh phối hợp cung cấp thông tin, hồ sơ liên quan.`,
  ["dự thảo Quy định xử lý trách nhiệm người đứng đầu cơ quan, đơn vị để chậm giải ngân vốn đầu tư công",
    "2025-09-29", ["Sở Nội vụ"], [KH, "Thanh tra tỉnh"]]],
  [`Thanh tra tỉnh, ${TC} chủ trì, phối hợp với ${KH} kiểm tra việc quản lý, sử dụng vốn đầu tư công tại một số dự án ` +
    "chậm tiến độ, hoàn thành trong quý III/2025.",
  ["kiểm tra việc quản lý, sử dụng vốn đầu tư công tại một số dự án chậm tiến độ", "2025-09-30",
    ["Thanh tra tỉnh", TC], [KH]]],
  [`${KH}, ${TC} chủ trì, phối hợp với Văn phòng UBND tỉnh tham mưu tổ chức Hội nghị đánh giá tình hình giải ngân ` +
    "vốn đầu tư công 6 tháng đầu năm 2025 trước ngày 15/7/2025.",
  ["tham mưu tổ chức Hội nghị đánh giá tình hình giải ngân vốn đầu tư công 6 tháng đầu năm 2025", "2025-07-14",
    [KH, TC], ["Văn phòng UBND tỉnh"]]],
  [`Các chủ đầu tư gửi ${KB} chậm nhất ngày 25/12/2025 hồ sơ đề nghị thanh toán khối lượng hoàn thành, không để ` +
    "dồn hồ sơ vào những ngày cuối năm.",
  ["hồ sơ đề nghị thanh toán khối lượng hoàn thành", "2025-12-25", ["Các chủ đầu tư"], []]],
  [`${KH} báo cáo UBND tỉnh, Ban Chỉ đạo chậm nhất ngày 20/01/2026 kết quả giải ngân vốn đầu tư công năm 2025, đề ` +
    "xuất khen thưởng, xử lý trách nhiệm tập thể, cá nhân.",
  ["kết quả giải ngân vốn đầu tư công năm 2025, đề xuất khen thưởng, xử lý trách nhiệm tập thể, cá nhân",
    "2026-01-20", [KH], []]],
  ["Sở Thông tin và Truyền thông, Báo Thái Nguyên, Đài Phát thanh - Truyền hình tỉnh thường xuyên tuyên truyền " +
    "kết quả giải ngân, biểu dương tập thể, cá nhân có cách làm hay, hiệu quả.", null],
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 52/KH-UBND", "Thái Nguyên, ngày 10 tháng 3 năm 2025", "KẾ HOẠCH",
    "Đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2025 trên địa bàn tỉnh Thái Nguyên"),
  { t: "p", align: "justify", text: "Thực hiện Nghị quyết của Chính phủ về những nhiệm vụ, giải pháp chủ yếu thực " +
    "hiện Kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2025, UBND tỉnh ban hành Kế hoạch " +
    "đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2025 như sau:" },
  { t: "p", num: "I.", text: "MỤC ĐÍCH, YÊU CẦU", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Phấn đấu giải ngân 100% kế hoạch vốn đầu tư công năm 2025 được giao; xác định rõ " +
    "trách nhiệm của từng cơ quan, đơn vị, người đứng đầu trong giải ngân vốn đầu tư công." },
  { t: "p", num: "II.", text: "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Siết chặt kỷ luật, kỷ cương trong giải ngân; tháo gỡ kịp thời khó khăn về giải " +
    "phóng mặt bằng, nguồn vật liệu; nâng cao chất lượng chuẩn bị đầu tư; gắn kết quả giải ngân với đánh giá, xếp " +
    "loại cán bộ, công chức." },
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  ...items.map(([text], i) => ({ t: "p", num: `${i + 1}.`, text, align: "justify", list: { kind: "decimal",
    inst: "d" } })),
  { t: "p", align: "justify", text: "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp " +
    "thời báo cáo UBND tỉnh (qua Sở Kế hoạch và Đầu tư) để xem xét, chỉ đạo." },
  ...sign(["Văn phòng Chính phủ (b/c)", "Bộ Kế hoạch và Đầu tư (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "CT, các PCT " +
    "UBND tỉnh", "Các sở, ban, ngành", H, "Kho bạc Nhà nước tỉnh"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ " +
    "TỊCH", "Đặng Xuân Trường"),
];

// LibreOffice's print of plan-auto.docx, then poppler's pdftocairo -pdf (a portal's PDF converter).
function printer(out) {
  const tmp = fs.mkdtempSync("/tmp/author35a-04-");
  execFileSync("soffice", ["-env:UserInstallation=file:///tmp/author35a-lo", "--headless", "--convert-to", "pdf",
    "--outdir", tmp, path.join(DIR, "plan-auto.docx")], { stdio: "ignore" });
  execFileSync("pdftocairo", ["-pdf", path.join(tmp, "plan-auto.pdf"), out], { stdio: "ignore" });
}

const tasks = items.flatMap(([, t], i) => (t ? [task(String(i + 1), ...t)] : []));

await build(DIR, {
  blocks, printer,
  expected: {
    id: ID,
    style: "Kế hoạch 52/KH-UBND of UBND tỉnh Thái Nguyên, 10/3/2025 (before the reorganisation: old departments, " +
      "'UBND các huyện, thành phố' = @districts), giải ngân vốn đầu tư công 2025. Prose: section III 'Tổ chức thực " +
      "hiện' gives numbered sentences 1-12, one assignment each; ref = the number. Habits: TWO units lead together " +
      "before 'chủ trì' ('Sở Tài chính, Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Kho bạc Nhà nước tỉnh …': both " +
      "leads, the names after 'phối hợp với' coordinators), and the deadline MID-SENTENCE right after the recipient " +
      "('UBND các huyện, thành phố gửi Sở Kế hoạch và Đầu tư trước ngày 20/6/2025 báo cáo …': the sender leads, the " +
      "recipient is no unit of the task, the object after the date is the title). Item 5's 'quý I/2025' belongs to " +
      "the title (the price index's quarter); its deadline is 'trước ngày 25/4/2025'. Item 7: 'Sở Nội vụ trình UBND " +
      "tỉnh trước ngày 30/9/2025 dự thảo …; Sở KH&ĐT, Thanh tra tỉnh phối hợp' = lead SNV, those two coordinators. " +
      "Dates: 1 'trước 15/4' -> 14/4 Mon; 2 'chậm nhất 31/3' Mon; 3 'trong quý II' 30/6 Mon; 4 'trước 20/6' -> " +
      "19/6 Thu; 5 'trước 25/4' -> 24/4 Thu; 6 'trong tháng 5' 31/5 Sat -> 2/6; 7 'trước 30/9' -> 29/9 Mon; 8 " +
      "'quý III' 30/9 Tue; 9 'trước 15/7' -> 14/7 Mon; 10 'chậm nhất 25/12' Thu (Kho bạc the recipient; 'Các chủ " +
      "đầu tư' lead, unresolved); 11 'chậm nhất 20/01/2026' Tue (UBND tỉnh, Ban Chỉ đạo recipients); 12 " +
      "'thường xuyên' none. Units as named on 10/3/2025 (the plan's date). Word files from the kit; plan.pdf: " +
      "LibreOffice's print re-rendered by poppler's pdftocairo -pdf.",
    province: "Thái Nguyên",
    plan: { number: "52/KH-UBND", date: "2025-03-10" },
    tasks,
    unresolved: ["Các chủ đầu tư"],
    successors: [],
  },
});

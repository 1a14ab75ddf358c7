// 05: Lai Châu, UBND tỉnh, Kế hoạch 61/KH-UBND, 07/3/2024 — phổ biến, giáo dục pháp luật; hòa giải ở cơ sở năm 2024.
// Habit: the PDF's text layer is DECOMPOSED Vietnamese: plan.pdf was made from NFD text (a document typed with a
// "Unicode tổ hợp" keyboard setting, exported by a tool that keeps the code points as typed), so every accented
// letter is a base letter plus separate combining-mark glyphs (U+0300 … U+0323), each mark drawn by its own text
// operation at its own position (pdfdraw.mjs, mode "nfd", DejaVu Serif). The Word files and plan.txt are NFC.
import fs from "node:fs";
import path from "node:path";
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { renderPdf } from "./pdfdraw.mjs";

const ID = "05-lai-chau-2024-table-pdf-decomposed-nfd-combining-marks-own-glyphs-dejavu";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const TP = "Sở Tư pháp", DT = "Ban Dân tộc tỉnh", H = "UBND các huyện, thành phố", S = "Các sở, ban, ngành";
const MT = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh";

// [content, lead cell, coord cell, time cell, due|null, lead[], coord[]]
const rowsData = [
  ["Ban hành văn bản hướng dẫn các cơ quan, đơn vị triển khai công tác phổ biến, giáo dục pháp luật năm 2024", TP,
    `${S}; ${H}`, "Trước ngày 15/4/2024", "2024-04-14", [TP], ["@departments", "@districts"]],
  ["Biên soạn, phát hành tài liệu hỏi - đáp pháp luật song ngữ Việt - Mông, Việt - Thái cho đồng bào vùng cao", TP, DT,
    "Quý II/2024", "2024-06-30", [TP], [DT]],
  ["Duy trì chuyên mục \"Pháp luật và đời sống\" trên sóng phát thanh, truyền hình tỉnh",
    "Đài Phát thanh - Truyền hình tỉnh", TP, "Tháng 5/2024", "2024-05-31", ["Đài Phát thanh - Truyền hình tỉnh"], [TP]],
  ["Tổ chức Cuộc thi trực tuyến tìm hiểu Luật Đất đai năm 2024 trên địa bàn tỉnh", "Sở Tài nguyên và Môi trường",
    `${TP}; Báo Lai Châu`, "Từ tháng 7 đến tháng 9/2024", "2024-09-30", ["Sở Tài nguyên và Môi trường"],
    [TP, "Báo Lai Châu"]],
  ["Kiện toàn, củng cố tổ hòa giải ở cơ sở sau sắp xếp thôn, bản, tổ dân phố", H, `${TP}; Ủy ban MTTQ Việt Nam tỉnh`,
    "Trong tháng 6/2024", "2024-06-30", ["@districts"], [TP, MT]],
  ["Tuyên truyền pháp luật cho người dân qua hệ thống loa truyền thanh cơ sở", H, "", "Thường xuyên", null],
  ["Tập huấn kỹ năng hòa giải cho hòa giải viên ở cơ sở các huyện Mường Tè, Nậm Nhùn, Sìn Hồ", TP,
    "UBND huyện Mường Tè; UBND huyện Nậm Nhùn; UBND huyện Sìn Hồ", "Quý III/2024", "2024-09-30", [TP],
    ["UBND huyện Mường Tè", "UBND huyện Nậm Nhùn", "UBND huyện Sìn Hồ"]],
  ["Phổ biến pháp luật về lao động, bảo hiểm xã hội cho người lao động tại các khu công nghiệp, cụm công nghiệp",
    "Sở Lao động - Thương binh và Xã hội", "Liên đoàn Lao động tỉnh; Bảo hiểm xã hội tỉnh", "Tháng 8/2024",
    "2024-08-31", ["Sở Lao động - Thương binh và Xã hội"], ["Liên đoàn Lao động tỉnh", "Bảo hiểm xã hội tỉnh"]],
  ["Phổ biến pháp luật về hôn nhân và gia đình cho phụ nữ vùng đồng bào dân tộc thiểu số", "Hội Liên hiệp Phụ nữ tỉnh",
    DT, "Giữa tháng 10/2024", "2024-10-15", ["Hội Liên hiệp Phụ nữ tỉnh"], [DT]],
  ["Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam", TP, `${S}; ${H}`,
    "Từ ngày 01/11 đến ngày 09/11/2024", "2024-11-09", [TP], ["@departments", "@districts"]],
  ["Giáo dục pháp luật về phòng, chống ma túy, mua bán người cho học sinh các trường trung học phổ thông",
    "Sở Giáo dục và Đào tạo", "Công an tỉnh", "Trước ngày 20/12/2024", "2024-12-19", ["Sở Giáo dục và Đào tạo"],
    ["Công an tỉnh"]],
  ["Hỗ trợ pháp lý cho doanh nghiệp nhỏ và vừa trên địa bàn tỉnh", TP, "Hiệp hội Doanh nghiệp tỉnh", "Hằng năm", null],
  ["Đánh giá, công nhận xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật năm 2024", H, TP, "Trước ngày 15/12/2024",
    "2024-12-14", ["@districts"], [TP]],
  ["Tổng kết công tác phổ biến, giáo dục pháp luật và hòa giải ở cơ sở năm 2024, báo cáo Bộ Tư pháp", TP, `${S}; ${H}`,
    "Trước ngày 05/12/2024", "2024-12-04", [TP], ["@departments", "@districts"]],
];

const rows = [["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]];
const tasks = [];
rowsData.forEach(([content, lc, cc, time, due, lead, coord], i) => {
  rows.push([{ text: String(i + 1), align: "center", list: { kind: "cell", inst: "stt" } }, content, lc, cc,
    { text: time, align: "center" }]);
  if (due) tasks.push(task(String(i + 1), content, due, lead, coord));
});

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 61/KH-UBND", "Lai Châu, ngày 07 tháng 3 năm 2024", "KẾ HOẠCH",
    "Phổ biến, giáo dục pháp luật; hòa giải ở cơ sở trên địa bàn tỉnh Lai Châu năm 2024"),
  { t: "p", align: "justify", text: "Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Luật Hòa giải ở cơ sở năm 2013; " +
    "thực hiện Kế hoạch công tác năm 2024 của Hội đồng phối hợp phổ biến, giáo dục pháp luật Trung ương, Ủy ban nhân " +
    "dân tỉnh ban hành Kế hoạch phổ biến, giáo dục pháp luật; hòa giải ở cơ sở năm 2024 như sau:" },
  { t: "p", num: "I.", text: "MỤC ĐÍCH, YÊU CẦU", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Nâng cao hiệu quả công tác phổ biến, giáo dục pháp luật, chú trọng đồng bào dân tộc " +
    "thiểu số, vùng sâu, vùng xa, biên giới; đổi mới hình thức phổ biến, ứng dụng công nghệ thông tin; củng cố đội ngũ " +
    "hòa giải viên ở cơ sở." },
  { t: "p", num: "II.", text: "NHIỆM VỤ CỤ THỂ", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "table", widths: [560, 3700, 1750, 2000, 1400], header: 1, rows },
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Sở Tư pháp là cơ quan thường trực của Hội đồng phối hợp phổ biến, giáo dục pháp " +
    "luật tỉnh, hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch. Các sở, ban, ngành, UBND các huyện, thành phố " +
    "căn cứ Kế hoạch này xây dựng kế hoạch của cơ quan, địa phương mình; kinh phí thực hiện bố trí trong dự toán ngân " +
    "sách năm 2024 của các cơ quan, đơn vị theo phân cấp hiện hành." },
  ...sign(["Bộ Tư pháp (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành", H],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hà Trọng Hải"),
];

const DATES = "Dates (2024): 1 'Trước ngày 15/4/2024' -> 14/4 Sun -> 15/4 Mon; 2 'Quý II/2024' 30/6 Sun -> 1/7 Mon; " +
  "3 'Tháng 5/2024' 31/5 Fri; 4 'Từ tháng 7 đến tháng 9/2024' -> 30/9 Mon; 5 'Trong tháng 6/2024' 30/6 Sun -> 1/7; " +
  "6 'Thường xuyên' no task; 7 'Quý III/2024' 30/9 Mon; 8 'Tháng 8/2024' 31/8 Sat, 2-3/9 National Day -> 4/9 Wed; " +
  "9 'Giữa tháng 10/2024' 15/10 Tue; 10 'Từ ngày 01/11 đến ngày 09/11/2024' -> 9/11 Sat -> 11/11 Mon; 11 'Trước ngày " +
  "20/12/2024' -> 19/12 Thu; 12 'Hằng năm' no task; 13 'Trước ngày 15/12/2024' -> 14/12 Sat -> 16/12 Mon; 14 'Trước " +
  "ngày 05/12/2024' -> 4/12 Wed ('báo cáo Bộ Tư pháp' a recipient).";

await build(DIR, {
  blocks, printer: () => {},
  expected: {
    id: ID,
    style: "Kế hoạch 61/KH-UBND of UBND tỉnh Lai Châu, 07/3/2024 (before the reorganisation: old departments; 'UBND " +
      "các huyện, thành phố' = @districts, 'Các sở, ban, ngành' = @departments; three districts named in row 7; 'Ủy " +
      "ban MTTQ Việt Nam tỉnh' = Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh), phổ biến, giáo dục pháp luật; hòa giải ở cơ " +
      "sở 2024. One task table in II: STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực " +
      "hiện, rows 1-14, ref = STT. HABIT: plan.pdf's text layer is DECOMPOSED (NFD): every accented letter is a base " +
      "letter followed by separate combining-mark glyphs (U+0300 grave, U+0301 acute, U+0302 circumflex, U+0303 " +
      "tilde, U+0306 breve, U+0309 hook, U+031B horn, U+0323 dot below), each mark its own text operation at its own " +
      "position (a second mark above raised to the right), DejaVu Serif Condensed, as a PDF made from NFD text; pdftotext gives " +
      "NFD text. The Word files and plan.txt are NFC; the answer is the same in NFC. " + DATES,
    province: "Lai Châu",
    plan: { number: "61/KH-UBND", date: "2024-03-07" },
    tasks, unresolved: [], successors: [],
  },
});
const D = "/usr/share/fonts/truetype/dejavu/";
await renderPdf(path.join(DIR, "plan.pdf"), blocks, {
  fonts: ["", "-Bold", "-Italic", "-BoldItalic"].map((s) => `${D}DejaVuSerifCondensed${s}.ttf`),
  glyphs: "nfd", size: 12, tableSize: 10.5, title: "KE HOACH 61/KH-UBND", creator: "Writer", producer: "PDF export",
});
if (!fs.existsSync(path.join(DIR, "plan.pdf"))) throw new Error("no plan.pdf");

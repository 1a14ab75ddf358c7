// 06: Bắc Kạn 2023 (before the reorganisation), UBND tỉnh, Kế hoạch 186/KH-UBND, 24/3/2023 — cải thiện Chỉ số PAPI
// năm 2023. The Phụ lục's task table is split over two pages into TWO Word tables: the second is headed by a caption
// line "(tiếp theo)" and its own repeated header row, STT running on (plan-auto: one Word list across both tables);
// a last row "Tổng cộng: 14 nhiệm vụ". Lead and coordinators share one column, "Chủ trì: …" / "Phối hợp: …" on
// separate lines, some rows with "Chủ trì" only. plan.pdf: the kit's "ghostscript" (LibreOffice PDF, gs pdfwrite).
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";

const ID = "06-bac-kan-2023-table-split-two-word-tables-tiep-theo-caption-chu-tri-phoi-hop-lines-total-row";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ";
const VP = "Văn phòng UBND tỉnh";
const TT = "Sở Thông tin và Truyền thông";
const SBN = "Các sở, ban, ngành";
const HUY = "UBND các huyện, thành phố";

// [title, lead text, coordinators text ("" = none), time]
const R = [
  ["Tổ chức Hội nghị quán triệt, phân tích kết quả Chỉ số PAPI năm 2022 của tỉnh Bắc Kạn", NV, VP, "Tháng 4/2023"],
  ["Xây dựng kế hoạch cải thiện các chỉ số nội dung PAPI thuộc lĩnh vực quản lý của ngành", SBN, "",
    "Trước ngày 15/4/2023"],
  ["Ban hành kế hoạch cải thiện Chỉ số PAPI cấp huyện, phân công rõ trách nhiệm đến cấp xã", HUY, NV,
    "Trước ngày 20/4/2023"],
  ["Công khai dự toán ngân sách, quy hoạch, kế hoạch sử dụng đất cấp xã trên Trang thông tin điện tử của xã",
    "Sở Tài nguyên và Môi trường", `Sở Tài chính, ${HUY}`, "Quý II/2023"],
  ["Tuyên truyền về Chỉ số PAPI, quyền và trách nhiệm của người dân trên các phương tiện thông tin đại chúng", TT,
    "Báo Bắc Kạn, Đài Phát thanh - Truyền hình tỉnh", "Thường xuyên"],
  ["Rà soát, giải quyết dứt điểm đơn thư khiếu nại, tố cáo tồn đọng, kéo dài", "Thanh tra tỉnh",
    `Công an tỉnh, ${HUY}`, "Tháng 6/2023"],
  ["Kiểm tra việc thực hiện dân chủ ở cơ sở tại một số xã, thị trấn", NV, "Ủy ban MTTQ Việt Nam tỉnh", "Quý III/2023"],
  ["Khảo sát mức độ hài lòng của người dân đối với dịch vụ khám, chữa bệnh tại bệnh viện tuyến huyện", "Sở Y tế", "",
    "Chậm nhất ngày 31/8/2023"],
  ["Đánh giá chất lượng dịch vụ giáo dục tiểu học công lập, công khai kết quả", "Sở Giáo dục và Đào tạo", "",
    "Tháng 9/2023"],
  ["Nâng cao tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình", VP, `${TT}; các sở, ban, ngành`,
    "Quý IV/2023"],
  ["Tăng cường kiểm soát tham nhũng trong khu vực công, công khai kết quả xử lý vụ việc", "Thanh tra tỉnh", SBN,
    "Năm 2023"],
  ["Cải thiện chất lượng cung cấp nước sạch, thu gom, xử lý rác thải sinh hoạt ở khu dân cư", HUY,
    "Sở Xây dựng, Sở Nông nghiệp và Phát triển nông thôn", "Từ tháng 5 đến tháng 10/2023"],
  ["Báo cáo kết quả thực hiện Kế hoạch năm 2023, gửi Sở Nội vụ tổng hợp", `${SBN}; ${HUY}`, "",
    "Trước ngày 25/11/2023"],
  ["Tổng hợp, báo cáo UBND tỉnh kết quả cải thiện Chỉ số PAPI năm 2023", NV, "", "Trước ngày 10/12/2023"],
];

const HEAD = ["STT", "Nội dung nhiệm vụ", "Cơ quan thực hiện", "Thời gian hoàn thành"];
const W = [750, 4200, 2900, 1600];
const row = (r, i) => [{ text: String(i + 1), align: "center", list: { kind: "cell", inst: "stt" } }, r[0],
  r[2] ? `Chủ trì: ${r[1]}\nPhối hợp: ${r[2]}` : `Chủ trì: ${r[1]}`, { text: r[3], align: "center" }];
const SPLIT = 8;

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 186/KH-UBND", "Bắc Kạn, ngày 24 tháng 3 năm 2023", "KẾ HOẠCH",
    "Cải thiện Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2023"),
  { t: "p", align: "justify", text: "Năm 2022, Chỉ số PAPI của tỉnh Bắc Kạn đạt 42,18 điểm, giảm 12 bậc so với năm " +
    "2021; các chỉ số nội dung \"Công khai, minh bạch trong việc ra quyết định ở địa phương\", \"Kiểm soát tham nhũng " +
    "trong khu vực công\" và \"Quản trị môi trường\" còn thấp. Để khắc phục hạn chế, UBND tỉnh ban hành Kế hoạch cải " +
    "thiện Chỉ số PAPI năm 2023 như sau:" },
  { t: "p", num: "I.", text: "MỤC ĐÍCH, YÊU CẦU", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Nâng cao nhận thức, trách nhiệm của cán bộ, công chức trong thực thi công vụ; " +
    "phấn đấu năm 2023 Chỉ số PAPI của tỉnh tăng tối thiểu 05 bậc so với năm 2022. Nhiệm vụ giao cụ thể, rõ cơ quan " +
    "chủ trì, cơ quan phối hợp, thời gian hoàn thành." },
  { t: "p", num: "II.", text: "NHIỆM VỤ, GIẢI PHÁP", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này." },
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố chịu trách " +
    "nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện các nhiệm vụ được giao. Sở Nội vụ là cơ quan thường trực, " +
    "theo dõi, đôn đốc, tổng hợp, báo cáo UBND tỉnh theo quy định." },
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh", SBN, HUY],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đỗ Thị Minh Hoa"),
  { t: "br" },
  { t: "p", text: "PHỤ LỤC", bold: true, align: "center", indent: false, tight: true },
  { t: "p", text: "NHIỆM VỤ CẢI THIỆN CHỈ SỐ PAPI NĂM 2023", bold: true, align: "center", indent: false, tight: true },
  { t: "p", text: "(Kèm theo Kế hoạch số 186/KH-UBND ngày 24/3/2023 của UBND tỉnh Bắc Kạn)", italic: true,
    align: "center", indent: false },
  { t: "table", widths: W, header: 1, rows: [HEAD, ...R.slice(0, SPLIT).map(row)] },
  { t: "br" },
  { t: "p", text: "(tiếp theo)", italic: true, align: "center", indent: false },
  { t: "table", widths: W, header: 1, rows: [HEAD, ...R.slice(SPLIT).map((r, i) => row(r, i + SPLIT)),
    [{ text: "Tổng cộng: 14 nhiệm vụ", span: 4, bold: true, align: "center" }]] },
];

const D = "@departments";
const H = "@districts";
const t = (i) => R[i - 1][0];
const tasks = [
  task("1", t(1), "2023-04-30", [NV], [VP]),
  task("2", t(2), "2023-04-14", [D]),
  task("3", t(3), "2023-04-19", [H], [NV]),
  task("4", t(4), "2023-06-30", ["Sở Tài nguyên và Môi trường"], ["Sở Tài chính", H]),
  task("6", t(6), "2023-06-30", ["Thanh tra tỉnh"], ["Công an tỉnh", H]),
  task("7", t(7), "2023-09-30", [NV], ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]),
  task("8", t(8), "2023-08-31", ["Sở Y tế"]),
  task("9", t(9), "2023-09-30", ["Sở Giáo dục và Đào tạo"]),
  task("10", t(10), "2023-12-31", [VP], [TT, D]),
  task("11", t(11), "2023-12-31", ["Thanh tra tỉnh"], [D]),
  task("12", t(12), "2023-10-31", [H], ["Sở Xây dựng", "Sở Nông nghiệp và Phát triển nông thôn"]),
  task("13", "Báo cáo kết quả thực hiện Kế hoạch năm 2023", "2023-11-24", [D, H]),
  task("14", t(14), "2023-12-09", [NV]),
];

await build(DIR, {
  blocks, printer: "ghostscript",
  expected: {
    id: ID,
    style: "Kế hoạch 186/KH-UBND of UBND tỉnh Bắc Kạn, 24/3/2023 (before the reorganisation: old departments, " +
      "districts), cải thiện Chỉ số PAPI 2023. Body I-III in prose; the tasks are in a Phụ lục after the signature, " +
      "STT | Nội dung nhiệm vụ | Cơ quan thực hiện | Thời gian hoàn thành, split over two pages into TWO Word tables: " +
      "rows 1-8, a page break, a caption line '(tiếp theo)', then a second table with its own header row and rows " +
      "9-14 (STT runs on; plan-auto: one Word list running across both tables), closed by a full-width row 'Tổng cộng: " +
      "14 nhiệm vụ' (no task). Lead and coordinators in ONE column, 'Chủ trì: …' and 'Phối hợp: …' on separate " +
      "lines; rows 2, 8, 9, 13, 14 have 'Chủ trì' only. ref = STT. Row 13 'Chủ trì: Các sở, ban, ngành; UBND các " +
      "huyện, thành phố' = one task led by both groups (one date); 'gửi Sở Nội vụ' / 'báo cáo UBND tỉnh' are " +
      "recipients. Row 5 'Thường xuyên' is no task (13 dated of 14 rows). Dates: 1 'Tháng 4/2023' 30/4 Sun, 1-3/5 " +
      "off -> 4/5; 2 'Trước ngày 15/4' -> 14/4 Fri; 3 'Trước ngày 20/4' -> 19/4; 4 'Quý II' 30/6 Fri; 6 'Tháng 6' " +
      "30/6; 7 'Quý III' 30/9 Sat -> 2/10; 8 'Chậm nhất ngày 31/8' Thu; 9 'Tháng 9' 30/9 -> 2/10; 10 'Quý IV' and " +
      "11 'Năm 2023' 31/12 Sun, 1/1/2024 off -> 2/1/2024; 12 'Từ tháng 5 đến tháng 10/2023' 31/10; 13 'Trước ngày " +
      "25/11' -> 24/11 Fri; 14 'Trước ngày 10/12' -> 9/12 Sat -> 11/12. plan.pdf: LibreOffice PDF distilled by " +
      "Ghostscript pdfwrite.",
    province: "Bắc Kạn",
    plan: { number: "186/KH-UBND", date: "2023-03-24" },
    tasks,
    unresolved: [],
    successors: [],
  },
});

// 08: Thái Nguyên (after the reorganisation), UBND tỉnh, Kế hoạch 31/KH-UBND, 05/02/2026 — bảo vệ môi trường năm
// 2026. Landscape page; to save paper the task table holds two tasks per row: "STT | Nội dung | Chủ trì | Thời hạn ||
// STT | Nội dung | Chủ trì | Thời hạn", left half tasks 1-8, right half tasks 9-15 (the right half of the last row is
// empty); the coordinators are a second line inside each Nội dung cell, "(Phối hợp: …)". plan.pdf: WeasyPrint.
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";

const ID = "08-thai-nguyen-2026-two-tasks-per-row-side-by-side-halves-coordinators-line-in-content-cell";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const MT = "Sở Nông nghiệp và Môi trường";
const XA = "UBND cấp xã";
const XP = "UBND các xã, phường";
const CA = "Công an tỉnh";

// [title, lead, coordinators as written (or ""), deadline]
const items = [
  ["Ban hành kế hoạch thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt năm 2026 trên địa bàn", XP, MT,
    "Tháng 3/2026"],
  ["Rà soát, cập nhật danh mục cơ sở gây ô nhiễm môi trường nghiêm trọng", MT, `${CA}; ${XP}`, "Trước 30/4/2026"],
  ["Kiểm tra việc vận hành hệ thống xử lý nước thải tập trung tại các khu, cụm công nghiệp", MT,
    "Sở Công Thương; Ban Quản lý các khu công nghiệp tỉnh", "Quý II/2026"],
  ["Hướng dẫn phân loại chất thải rắn sinh hoạt tại nguồn cho hộ gia đình, cá nhân", MT,
    "Sở Văn hóa, Thể thao và Du lịch", "15/5/2026"],
  ["Kiểm soát việc thu gom, xử lý chất thải y tế tại các cơ sở khám bệnh, chữa bệnh", "Sở Y tế", MT,
    "6 tháng đầu năm 2026"],
  ["Đưa nội dung giáo dục bảo vệ môi trường vào hoạt động trải nghiệm của học sinh", "Sở Giáo dục và Đào tạo",
    "Tỉnh đoàn", "Tháng 9/2026"],
  ["Phát động Tết trồng cây \"Đời đời nhớ ơn Bác Hồ\" Xuân Bính Ngọ", XP, MT, "Từ 23/02 đến 15/3/2026"],
  ["Đấu tranh, phòng ngừa, xử lý tội phạm và vi phạm pháp luật về môi trường", CA, MT, "Thường xuyên"],
  ["Xây dựng, cập nhật cơ sở dữ liệu môi trường tỉnh Thái Nguyên", MT, "Sở Khoa học và Công nghệ", "Quý IV/2026"],
  ["Bố trí kinh phí sự nghiệp bảo vệ môi trường năm 2027", "Sở Tài chính", MT, "Tháng 11/2026"],
  ["Kiểm soát bụi từ hoạt động thi công xây dựng và vận chuyển vật liệu xây dựng", "Sở Xây dựng", XP,
    "Chậm nhất 31/7/2026"],
  ["Tuyên truyền hạn chế sử dụng túi ni lông khó phân hủy tại chợ, siêu thị", "Sở Công Thương",
    "Báo và Phát thanh, Truyền hình Thái Nguyên", "Quý III/2026"],
  ["Tổ chức các hoạt động hưởng ứng Ngày Môi trường thế giới và Tháng hành động vì môi trường", MT,
    `Các sở, ban, ngành; ${XP}`, "Tháng 6/2026"],
  ["Báo cáo kết quả thực hiện Kế hoạch năm 2026 gửi Sở Nông nghiệp và Môi trường", `Các sở, ban, ngành; ${XP}`, "",
    "Trước 10/12/2026"],
  ["Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch bảo vệ môi trường năm 2026", MT, "", "Trước 20/12/2026"],
];

const half = (i) => {
  if (i >= items.length) return ["", "", "", ""];
  const [title, lead, coord, time] = items[i];
  return [{ text: String(i + 1), align: "center" },
    { paras: [{ text: title }, ...(coord ? [{ text: `(Phối hợp: ${coord})`, italic: true }] : [])] }, lead, time];
};
const H = ["STT", "Nội dung", "Chủ trì", "Thời hạn"];
const rows = [[...H, ...H], ...Array.from({ length: 8 }, (_, k) => [...half(k), ...half(k + 8)])];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 31/KH-UBND", "Thái Nguyên, ngày 05 tháng 02 năm 2026",
    "KẾ HOẠCH", "Thực hiện công tác bảo vệ môi trường trên địa bàn tỉnh Thái Nguyên năm 2026"),
  { t: "p", align: "justify", text: "Để chủ động kiểm soát ô nhiễm, cải thiện chất lượng môi trường sống của Nhân dân " +
    "sau khi tổ chức chính quyền địa phương hai cấp, UBND tỉnh ban hành Kế hoạch bảo vệ môi trường năm 2026 như sau:" },
  { t: "p", num: "I.", text: "MỤC ĐÍCH, YÊU CẦU", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Phân công rõ cơ quan chủ trì, phối hợp và thời hạn hoàn thành; các cơ quan, đơn vị " +
    "chủ động bố trí nguồn lực thực hiện." },
  { t: "p", num: "II.", text: "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", text: "(Bảng phân công in hai nhiệm vụ trên một hàng: nhiệm vụ 1-8 ở nửa trái, nhiệm vụ 9-15 ở nửa phải)",
    italic: true, align: "center", indent: false },
  { t: "table", widths: [500, 3700, 1650, 1350, 500, 3700, 1650, 1350], header: 1, rows },
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Sở Nông nghiệp và Môi trường là cơ quan thường trực, hướng dẫn, đôn đốc, kiểm tra " +
    "việc thực hiện Kế hoạch; định kỳ tổng hợp, báo cáo UBND tỉnh. Chủ tịch UBND cấp xã chịu trách nhiệm trước Chủ " +
    "tịch UBND tỉnh về công tác bảo vệ môi trường trên địa bàn." },
  ...sign(["Bộ Nông nghiệp và Môi trường (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành", XP], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Huy Dũng"),
];
const css = "@page{size:A4 landscape;margin:15mm 15mm 15mm 15mm}table.bd td,table.bd th{font-size:10.5pt}" +
  "table.bd td:nth-child(5),table.bd th:nth-child(5){border-left:2.5px double #000}";

const tasks = [
  task("1", items[0][0], "2026-03-31", [XA], [MT]),
  task("2", items[1][0], "2026-04-29", [MT], [CA, XA]),
  task("3", items[2][0], "2026-06-30", [MT], ["Sở Công Thương", "Ban Quản lý các khu công nghiệp tỉnh"]),
  task("4", items[3][0], "2026-05-15", [MT], ["Sở Văn hóa, Thể thao và Du lịch"]),
  task("5", items[4][0], "2026-06-30", ["Sở Y tế"], [MT]),
  task("6", items[5][0], "2026-09-30", ["Sở Giáo dục và Đào tạo"], ["Tỉnh đoàn"]),
  task("7", "Phát động Tết trồng cây", "2026-03-15", [XA], [MT]),
  task("9", items[8][0], "2026-12-31", [MT], ["Sở Khoa học và Công nghệ"]),
  task("10", items[9][0], "2026-11-30", ["Sở Tài chính"], [MT]),
  task("11", items[10][0], "2026-07-31", ["Sở Xây dựng"], [XA]),
  task("12", items[11][0], "2026-09-30", ["Sở Công Thương"], ["Báo và Phát thanh, Truyền hình Thái Nguyên"]),
  task("13", items[12][0], "2026-06-30", [MT], ["@departments", XA]),
  task("14", "Báo cáo kết quả thực hiện Kế hoạch năm 2026", "2026-12-09", ["@departments", XA]),
  task("15", items[14][0], "2026-12-19", [MT]),
];

await build(DIR, {
  blocks, printer: "weasyprint", landscape: true, css,
  expected: {
    id: ID,
    style: "Kế hoạch 31/KH-UBND of UBND tỉnh Thái Nguyên, 05/02/2026 (after the reorganisation: merged departments, " +
      "no districts; 'UBND các xã, phường' = UBND cấp xã, unresolved), bảo vệ môi trường 2026. Landscape page; one " +
      "table printing two tasks per row: 'STT | Nội dung | Chủ trì | Thời hạn || STT | Nội dung | Chủ trì | Thời " +
      "hạn' (header repeated in each half), left half tasks 1-8, right half 9-15, the right half of row 8 empty. " +
      "Each half is its own task with its own STT, lead and deadline; the coordinators are the second line of the " +
      "Nội dung cell '(Phối hợp: …)' (italic), not part of the title. ref = STT; tasks listed in STT order. Dates " +
      "(2026): 1 'Tháng 3' 31/3 Tue; 2 'Trước 30/4' -> 29/4 Wed; 3 'Quý II' 30/6 Tue; 4 '15/5' Fri; 5 '6 tháng " +
      "đầu năm' 30/6; 6 'Tháng 9' 30/9 Wed; 7 'Từ 23/02 đến 15/3' 15/3 Sun -> 16/3; 8 'Thường xuyên' no task; 9 " +
      "'Quý IV' 31/12 Thu; 10 'Tháng 11' 30/11 Mon; 11 'Chậm nhất 31/7' Fri; 12 'Quý III' 30/9; 13 'Tháng 6' 30/6; " +
      "14 'Trước 10/12' -> 9/12 Wed (Sở NN&MT the recipient); 15 'Trước 20/12' -> 19/12 Sat -> 21/12 (UBND tỉnh " +
      "the recipient). 'Báo và Phát thanh, Truyền hình Thái Nguyên' (the merged provincial press body) is kept as " +
      "written and listed unresolved (unsure whether the directory knows it).",
    province: "Thái Nguyên",
    plan: { number: "31/KH-UBND", date: "2026-02-05" },
    tasks,
    unresolved: [XA, "Báo và Phát thanh, Truyền hình Thái Nguyên"],
    successors: [],
  },
});

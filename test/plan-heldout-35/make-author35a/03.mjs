// 03: Lai Châu (after the reorganisation), UBND tỉnh, Kế hoạch 27/KH-UBND, 20/01/2026 — nâng cao chất lượng cung cấp
// dịch vụ công trực tuyến năm 2026. Task table STT | Nội dung thực hiện | Cơ quan chủ trì | Cơ quan phối hợp | Thời
// gian hoàn thành. Some rows' content cell holds a lead-in line and lettered sub-tasks "a) … (hoàn thành trong tháng
// 3/2026);", "b) … (trước ngày 30/6/2026).", each with its own deadline in brackets INSIDE the content cell, the time
// cell saying "Theo tiến độ từng nội dung"; other rows have an ordinary time cell. plan-typed: typed "a)"; plan-auto:
// a Word lowerLetter list restarting in each row. plan.pdf: WeasyPrint.
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";

const ID = "03-lai-chau-2026-lettered-subtasks-own-bracket-deadlines-in-content-cell-time-theo-tien-do";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const VP = "Văn phòng UBND tỉnh", KH = "Sở Khoa học và Công nghệ", NV = "Sở Nội vụ", TC = "Sở Tài chính";
const VH = "Sở Văn hóa, Thể thao và Du lịch", SBN = "Các sở, ban, ngành", XA = "UBND các xã, phường";
const BAO = "Báo và Phát thanh, Truyền hình Lai Châu";
const PER = "Theo tiến độ từng nội dung";

const c = (t) => ({ text: t, align: "center" });
const sub = (row, lead, items) => ({ paras: [{ text: lead },
  ...items.map(([t, when], i) => ({ num: String.fromCharCode(97 + i) + ")", text: `${t} (${when})` +
    (i === items.length - 1 ? "." : ";"), list: { kind: "c-letter", inst: "s" + row } }))] });
const S2 = [["Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, kết nối đồng bộ với Cổng Dịch vụ công " +
  "quốc gia", "hoàn thành trong tháng 3/2026"],
["Triển khai chữ ký số từ xa cho công chức Bộ phận Một cửa của UBND các xã, phường", "trước ngày 30/6/2026"]];
const S4 = [["Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực thuộc thẩm quyền cấp tỉnh",
  "hoàn thành trong tháng 6/2026"],
["Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực thuộc thẩm quyền cấp xã", "trước ngày 15/9/2026"],
["Tổng hợp, báo cáo UBND tỉnh kết quả số hóa năm 2026", "chậm nhất ngày 05/12/2026"]];
const S6 = [["Mở chuyên mục hướng dẫn sử dụng dịch vụ công trực tuyến trên sóng phát thanh, truyền hình và báo điện tử",
  "trong quý II/2026"],
["Tổ chức đợt cao điểm hướng dẫn người dân nộp hồ sơ trực tuyến tại các thôn, bản, tổ dân phố",
  "từ tháng 7 đến tháng 9/2026"]];
const rows = [
  ["STT", "Nội dung thực hiện", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
    .map((t) => ({ text: t, bold: true, align: "center" })),
  [c("1"), "Rà soát, công bố danh mục dịch vụ công trực tuyến toàn trình, một phần sau sắp xếp bộ máy", VP, SBN,
    c("Tháng 3/2026")],
  [c("2"), sub(2, "Nâng cấp hạ tầng, nền tảng phục vụ cung cấp dịch vụ công trực tuyến:", S2), KH, `${VP}; ${XA}`,
    c(PER)],
  [c("3"), "Tập huấn kỹ năng hướng dẫn, hỗ trợ người dân sử dụng dịch vụ công trực tuyến cho công chức cấp xã", KH,
    NV, c("Quý II/2026")],
  [c("4"), sub(4, "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính:", S4), VP, `${SBN}; ${XA}`, c(PER)],
  [c("5"), "Triển khai thu phí, lệ phí qua Nền tảng thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia", TC,
    `Bưu điện tỉnh; ${XA}`, c("Trước ngày 01/10/2026")],
  [c("6"), sub(6, "Tuyên truyền, hướng dẫn người dân, doanh nghiệp:", S6), VH, `${BAO}; Tỉnh đoàn; ${XA}`, c(PER)],
  [c("7"), "Đánh giá, xếp hạng chất lượng cung cấp dịch vụ công trực tuyến của các cơ quan, địa phương năm 2026", VP,
    NV, c("Tháng 11/2026")],
  [c("8"), "Duy trì vận hành, bảo đảm an toàn thông tin cho Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", KH,
    VP, c("Thường xuyên")],
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 27/KH-UBND", "Lai Châu, ngày 20 tháng 01 năm 2026", "KẾ HOẠCH",
    "Nâng cao chất lượng cung cấp dịch vụ công trực tuyến trên địa bàn tỉnh Lai Châu năm 2026"),
  { t: "p", align: "justify", text: "Thực hiện chỉ đạo của Thủ tướng Chính phủ về đẩy mạnh cung cấp dịch vụ công trực " +
    "tuyến, phục vụ người dân, doanh nghiệp sau khi tổ chức chính quyền địa phương hai cấp, UBND tỉnh Lai Châu ban " +
    "hành Kế hoạch như sau:" },
  { t: "p", num: "I.", text: "MỤC ĐÍCH, YÊU CẦU", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Phấn đấu tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến " +
    "toàn trình đạt từ 80% trở lên; nhiệm vụ gồm nhiều nội dung thì từng nội dung có thời hạn riêng, ghi ngay sau " +
    "nội dung đó." },
  { t: "p", num: "II.", text: "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "table", widths: [600, 4300, 1700, 1800, 1400], header: 1, rows },
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Các cơ quan, đơn vị được giao chủ trì chủ động triển khai, báo cáo kết quả về Văn " +
    "phòng UBND tỉnh để tổng hợp; trong quá trình thực hiện nếu có vướng mắc, kịp thời phản ánh để xem xét, giải " +
    "quyết." },
  ...sign(["Văn phòng Chính phủ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh", SBN, XA],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hà Trọng Hải"),
];
const css = ".c-letter{margin:0}";

const D = ["@departments"];
const tasks = [
  task("1", rows[1][1], "2026-03-31", [VP], D),
  task("2.a", S2[0][0], "2026-03-31", [KH], [VP, XA]),
  task("2.b", S2[1][0], "2026-06-29", [KH], [VP, XA]),
  task("3", rows[3][1], "2026-06-30", [KH], [NV]),
  task("4.a", S4[0][0], "2026-06-30", [VP], [...D, XA]),
  task("4.b", S4[1][0], "2026-09-14", [VP], [...D, XA]),
  task("4.c", "Tổng hợp, báo cáo UBND tỉnh kết quả số hóa năm 2026", "2026-12-05", [VP], [...D, XA]),
  task("5", rows[5][1], "2026-09-30", [TC], ["Bưu điện tỉnh", XA]),
  task("6.a", S6[0][0], "2026-06-30", [VH], [BAO, "Tỉnh đoàn", XA]),
  task("6.b", S6[1][0], "2026-09-30", [VH], [BAO, "Tỉnh đoàn", XA]),
  task("7", rows[7][1], "2026-11-30", [VP], [NV]),
];

await build(DIR, {
  blocks, printer: "weasyprint", css,
  expected: {
    id: ID,
    style: "Kế hoạch 27/KH-UBND of UBND tỉnh Lai Châu, 20/01/2026 (after the reorganisation: merged departments, no " +
      "districts; 'UBND các xã, phường' unresolved; Báo và Phát thanh, Truyền hình Lai Châu the merged press), dịch " +
      "vụ công trực tuyến 2026. Table STT | Nội dung thực hiện | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn " +
      "thành. Rows 2, 4, 6: the content cell is a lead-in line ('…:', no task of its own) and lettered sub-tasks " +
      "'a) … (hoàn thành trong tháng 3/2026);', each with its OWN deadline in brackets at its end, the time cell " +
      "'Theo tiến độ từng nội dung' (no date); each sub-task is one task with the row's lead and coordinators, ref " +
      "= STT + '.' + letter ('2.a'), title = the sub-task without its bracket. Other rows: an ordinary time cell, " +
      "ref = STT. Dates (2026): 1 'Tháng 3' 31/3 Tue; 2.a 'trong tháng 3' 31/3; 2.b 'trước ngày 30/6' -> 29/6 " +
      "Mon; 3 'Quý II' 30/6 Tue; 4.a 'trong tháng 6' 30/6; 4.b 'trước ngày 15/9' -> 14/9 Mon; 4.c 'chậm nhất ngày " +
      "05/12' Sat -> 7/12 (UBND tỉnh the recipient); 5 'Trước ngày 01/10' -> 30/9 Wed; 6.a 'trong quý II' 30/6; " +
      "6.b 'từ tháng 7 đến tháng 9' 30/9 Wed; 7 'Tháng 11' 30/11 Mon; 8 'Thường xuyên' none. plan-typed: typed " +
      "'a)'; plan-auto: Word lowerLetter list restarting per row (the letters come from numbering.xml). plan.pdf: " +
      "WeasyPrint from HTML.",
    province: "Lai Châu",
    plan: { number: "27/KH-UBND", date: "2026-01-20" },
    tasks,
    unresolved: [XA],
    successors: [],
  },
});

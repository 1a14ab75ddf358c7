// 03: Thái Nguyên, UBND tỉnh, 10/7/2025 (after the merger) — Kế hoạch kiểm tra cải cách hành chính, kiểm soát thủ
// tục hành chính năm 2025. The schedule table has a TWO-LEVEL merged header (STT / Nội dung, đơn vị được kiểm tra /
// Thời gian kiểm tra / "Đoàn kiểm tra" over "Cơ quan chủ trì" + "Cơ quan phối hợp" / Ghi chú), then a row of column
// numbers (1)…(6). Times are compact day ranges "22-24/7/2025", "từ 28 đến 30/7/2025", "29/9-01/10/2025" (the end
// day is the deadline). The table breaks at a page into a second table headed "(tiếp theo)" with the whole header
// repeated, ending in a "Tổng cộng" row. plan.pdf: Chromium.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "03-thai-nguyen-2025-inspection-two-level-header-column-numbers-continued-table-total-row";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ";
const VP = "Văn phòng UBND tỉnh";
const TP = "Sở Tư pháp";
const KH = "Sở Khoa học và Công nghệ";
const TC = "Sở Tài chính";
const CC = "Kiểm tra công tác cải cách hành chính tại ";
const KS = "Kiểm tra công tác kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông tại ";

// [title, time, due, lead, coordinators, note]
const ROWS = [
  [CC + "Sở Y tế", "22-24/7/2025", "2025-07-24", NV, [VP, TP], "Trực tiếp"],
  [CC + "UBND phường Phan Đình Phùng", "từ 28 đến 30/7/2025", "2025-07-30", NV, [VP, KH], "Trực tiếp"],
  [CC + "Sở Xây dựng", "05-07/8/2025", "2025-08-07", NV, [TP], "Trực tiếp"],
  [KS + "UBND xã Đại Từ", "12-14/8/2025", "2025-08-14", VP, [NV, KH], "Kết hợp kiểm tra chuyên đề"],
  [CC + "Sở Giáo dục và Đào tạo", "từ 19 đến 21/8/2025", "2025-08-21", NV, [VP], "Trực tiếp"],
  [CC + "UBND phường Đức Xuân", "28-30/8/2025", "2025-08-30", NV, [TC, TP], "Trực tiếp"],
  [CC + "Sở Nông nghiệp và Môi trường", "10-12/9/2025", "2025-09-12", NV, [VP], "Trực tiếp"],
  ["Kiểm tra công tác theo dõi thi hành pháp luật về xử lý vi phạm hành chính tại UBND xã Phú Bình",
    "từ 15 đến 17/9/2025", "2025-09-17", TP, [NV], "Trực tiếp"],
  [CC + "Sở Công Thương", "29/9-01/10/2025", "2025-10-01", NV, [KH], "Trực tuyến"],
  [KS + "UBND xã Chợ Đồn", "14-16/10/2025", "2025-10-16", VP, [NV], "Kết hợp kiểm tra chuyên đề"],
  [CC + "Sở Văn hóa, Thể thao và Du lịch", "từ 30/10 đến 01/11/2025", "2025-11-01", NV, [VP, TC], "Trực tiếp"],
  [CC + "UBND phường Sông Công", "18-20/11/2025", "2025-11-20", NV, [TP, "Thanh tra tỉnh"], "Trực tiếp"],
];
const widths = [600, 3600, 1500, 1500, 1900, 1200];
const HEAD = [
  [{ text: "STT", vm: "restart", rows: 2 }, { text: "Nội dung, đơn vị được kiểm tra", vm: "restart", rows: 2 },
    { text: "Thời gian kiểm tra", vm: "restart", rows: 2 }, { text: "Đoàn kiểm tra", span: 2 },
    { text: "Ghi chú", vm: "restart", rows: 2 }],
  [{ text: "", vm: "continue" }, { text: "", vm: "continue" }, { text: "", vm: "continue" }, "Cơ quan chủ trì",
    "Cơ quan phối hợp", { text: "", vm: "continue" }],
  ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"].map((t) => ({ text: t, italic: true, bold: false, align: "center" })),
];
const row = (r, i) => [{ text: String(i + 1), align: "center", list: { kind: "cell", inst: "K" } }, r[0],
  { text: r[1], align: "center" }, r[3], r[4].join(", "), { text: r[5], align: "center" }];
const P = (text, o = {}) => ({ t: "p", text, align: "justify", ...o });

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 45/KH-UBND", "Thái Nguyên, ngày 10 tháng 7 năm 2025", "KẾ HOẠCH", "Kiểm tra công tác cải " +
    "cách hành chính, kiểm soát thủ tục hành chính năm 2025"),
  P("Thực hiện Kế hoạch cải cách hành chính năm 2025 và yêu cầu bảo đảm vận hành thông suốt chính quyền địa phương " +
    "hai cấp từ ngày 01/7/2025, UBND tỉnh ban hành Kế hoạch kiểm tra như sau:"),
  P("I. MỤC ĐÍCH, YÊU CẦU", { bold: true, indent: false }),
  P("Đánh giá thực chất việc triển khai nhiệm vụ cải cách hành chính, kiểm soát thủ tục hành chính tại các sở, " +
    "ngành và UBND cấp xã sau sắp xếp; kịp thời chấn chỉnh tồn tại, hạn chế."),
  P("II. NỘI DUNG, THỜI GIAN, ĐƠN VỊ ĐƯỢC KIỂM TRA", { bold: true, indent: false }),
  P("Lịch kiểm tra cụ thể như sau (thời gian ghi tại cột (3) là các ngày làm việc của Đoàn tại đơn vị; ngày cuối " +
    "là hạn hoàn thành cuộc kiểm tra):", { italic: true }),
  { t: "table", widths, header: 3, rows: [...HEAD, ...ROWS.slice(0, 6).map(row)] },
  { t: "sect", type: "nextPage" },
  P("(tiếp theo)", { italic: true, bold: true, align: "center", indent: false }),
  { t: "table", widths, header: 3, rows: [...HEAD, ...ROWS.slice(6).map((r, i) => row(r, i + 6)),
    [{ text: "Tổng cộng", span: 2, bold: true, align: "center" }, { text: "12 cuộc kiểm tra (07 sở, 05 xã, " +
      "phường)", span: 4, bold: true }]] },
  P("III. TỔ CHỨC THỰC HIỆN", { bold: true, indent: false }),
  P("1. Các cơ quan chủ trì tại cột (4) thành lập Đoàn kiểm tra, thông báo cho đơn vị được kiểm tra trước ít nhất 05 " +
    "ngày làm việc; đơn vị được kiểm tra chuẩn bị báo cáo, hồ sơ theo đề cương."),
  P(`2. ${NV} chủ trì, phối hợp với ${VP} tổng hợp kết quả kiểm tra, báo cáo UBND tỉnh trước ngày 15/12/2025.`),
  ...sign(["Bộ Nội vụ (b/c)", "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành", "UBND các xã, phường"],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Huy Dũng"),
];

const tasks = [
  ...ROWS.map((r, i) => task(String(i + 1), r[0], r[2], [r[3]], r[4])),
  task("III.2", "Tổng hợp kết quả kiểm tra, báo cáo UBND tỉnh", "2025-12-14", [NV], [VP]),
];

await build(DIR, {
  blocks, printer: "chromium",
  css: ".sec-1{break-before:page}table.bd td,table.bd th{font-size:11pt}",
  expected: {
    id: ID,
    style: "Kế hoạch 45/KH-UBND of UBND tỉnh Thái Nguyên, 10/7/2025 (after the merger: merged sở, no districts; " +
      "the inspected xã/phường are named only in titles). Inspection schedule table with a TWO-LEVEL merged " +
      "header: STT / Nội dung, đơn vị được kiểm tra / Thời gian kiểm tra / 'Đoàn kiểm tra' spanning 'Cơ quan chủ " +
      "trì' + 'Cơ quan phối hợp' / Ghi chú (vertically merged), then a row of column numbers (1)…(6) (no task). " +
      "The table breaks at a page: a second table titled '(tiếp theo)' repeats the whole header and runs on with " +
      "STT 7-12, then a 'Tổng cộng' row (no task). Ref = STT. Times are day ranges whose END day is the deadline " +
      "(a note above the table says so): 1 '22-24/7/2025' Thu; 2 'từ 28 đến 30/7/2025' Wed; 3 '05-07/8' Thu; 4 " +
      "'12-14/8' Thu; 5 'từ 19 đến 21/8' Thu; 6 '28-30/8' Sat, 1-2/9 off -> 3/9; 7 '10-12/9' Fri; 8 'từ 15 đến " +
      "17/9' Wed; 9 '29/9-01/10/2025' across months -> 1/10 Wed; 10 '14-16/10' Thu; 11 'từ 30/10 đến 01/11/2025' " +
      "Sat -> 3/11; 12 '18-20/11' Thu. Lead = column (4), coordinators = column (5); the inspected unit is not a " +
      "unit of the task. Ghi chú ('Trực tiếp', 'Trực tuyến', 'Kết hợp kiểm tra chuyên đề') carries no date. Part " +
      "III.1 '05 ngày làm việc' before each visit is relative, no task; III.2 Sở Nội vụ report 'trước ngày " +
      "15/12/2025' -> 14/12 Sun -> 15/12 (UBND tỉnh a recipient).",
    province: "Thái Nguyên",
    plan: { number: "45/KH-UBND", date: "2025-07-10" },
    tasks,
    unresolved: [],
    successors: [],
  },
});

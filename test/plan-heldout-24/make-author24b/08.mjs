// 08: Lai Châu, UBND xã Phong Thổ (after the reorganisation), 05/3/2026 — SIPAS/PAPI follow-up plan typed with
// Unikey set to "Unicode tổ hợp": every Vietnamese letter is a base letter followed by combining marks (NFD), in
// the docx, in plan.txt (copied from it) and in the PDF's text. A task table STT | Nội dung | Chủ trì | Phối hợp |
// Thời gian, one dated paragraph in IV. plan.pdf: LibreOffice from plan-auto.docx.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "08-lai-chau-2026-commune-unicode-to-hop-nfd-text-task-table";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const VP = "Văn phòng HĐND và UBND xã";
const TT = "Trung tâm Phục vụ hành chính công xã";
const KT = "Phòng Kinh tế";
const VX = "Phòng Văn hóa - Xã hội";
const MT = "Ủy ban MTTQ Việt Nam xã";
const CA = "Công an xã";
const DTN = "Đoàn Thanh niên xã";
const TB = "Trưởng các thôn, bản";
const PCM = "các phòng chuyên môn";

// [STT, content, lead, coordinators (cell), time, due | null]
const ROWS = [
  ["1", "Quán triệt kết quả Chỉ số SIPAS, PAPI năm 2025 của tỉnh và những chỉ số thành phần còn thấp tại hội nghị " +
    "giao ban", VP, [PCM], "Đã thực hiện ngày 02/3/2026", null],
  ["2", "Niêm yết công khai thủ tục hành chính, số điện thoại đường dây nóng, hòm thư góp ý tại Trung tâm Phục vụ " +
    "hành chính công xã", TT, [VP], "Trước ngày 20/3/2026", "2026-03-19"],
  ["3", "Rà soát, bổ sung máy lấy số thứ tự, thiết bị đánh giá mức độ hài lòng tại Trung tâm Phục vụ hành chính công " +
    "xã", KT, [TT], "Tháng 4/2026", "2026-04-30"],
  ["4", "Tự khảo sát sự hài lòng của người dân bằng phiếu giấy và mã QR tại Trung tâm", TT, [VP], "Hằng quý", null],
  ["5", "Tuyên truyền về Chỉ số PAPI trên hệ thống loa truyền thanh, nhóm Zalo của các thôn, bản", VX, [TB],
    "Thường xuyên", null],
  ["6", "Tổ chức đối thoại giữa Chủ tịch UBND xã với Nhân dân về giải quyết thủ tục hành chính", VP, [MT],
    "Quý II/2026", "2026-06-30"],
  ["7", "Công khai dự toán ngân sách xã năm 2026, các khoản huy động đóng góp của Nhân dân", KT, [VP],
    "Trước ngày 31/3/2026", "2026-03-30"],
  ["8", "Kiểm tra việc thực hiện dân chủ ở cơ sở tại các thôn, bản", VP, [MT, CA], "Từ tháng 6 đến tháng 8/2026",
    "2026-08-31"],
  ["9", "Hướng dẫn người dân sử dụng dịch vụ công trực tuyến, ứng dụng VNeID (Tổ công nghệ số cộng đồng)", DTN,
    [CA, TB], "Chậm nhất ngày 30/9/2026", "2026-09-30"],
  ["10", "Báo cáo kết quả thực hiện Kế hoạch 6 tháng đầu năm gửi UBND tỉnh (qua Sở Nội vụ)", VP, [],
    "Trước ngày 10/6/2026", "2026-06-09"],
  ["11", "Báo cáo kết quả thực hiện Kế hoạch năm 2026 gửi UBND tỉnh (qua Sở Nội vụ)", VP, [], "Trước ngày 05/12/2026",
    "2026-12-04"],
];
const W = [720, 3780, 1700, 1900, 1400];
const rows = [["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
  ...ROWS.map((r) => [{ text: r[0], align: "center", list: { kind: "cell", inst: "stt" } }, r[1], r[2],
    r[3].join("; "), { text: r[4], align: "center" }])];

const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const dash = (inst) => (text) => ({ t: "p", num: "-", text, list: { kind: "dash", inst } });
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nXÃ PHONG THỔ", "Số: 45/KH-UBND", "Phong Thổ, ngày 05 tháng 3 năm 2026",
    "KẾ HOẠCH", "Nâng cao Chỉ số hài lòng của người dân, tổ chức (SIPAS) và Chỉ số PAPI năm 2026 trên địa bàn xã"),
  plain("Thực hiện Kế hoạch số 612/KH-UBND ngày 12/02/2026 của UBND tỉnh Lai Châu về nâng cao các chỉ số cải cách " +
    "hành chính năm 2026, UBND xã Phong Thổ xây dựng Kế hoạch như sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  dash("I")("Khắc phục những chỉ số thành phần SIPAS, PAPI năm 2025 còn thấp; nâng cao chất lượng phục vụ người dân " +
    "tại Trung tâm Phục vụ hành chính công xã."),
  dash("I")("Phân công cụ thể, gắn trách nhiệm của người đứng đầu với kết quả các chỉ số."),
  sec("II.", "CHỈ TIÊU"),
  dash("II")("Mức độ hài lòng của người dân đối với giải quyết thủ tục hành chính của xã đạt từ 90% trở lên; 100% " +
    "phản ánh, kiến nghị được trả lời đúng hạn."),
  sec("III.", "NHIỆM VỤ CỤ THỂ"),
  { t: "table", widths: W, header: 1, rows },
  sec("IV.", "TỔ CHỨC THỰC HIỆN"),
  plain("Các phòng, đơn vị, Trưởng các thôn, bản căn cứ nhiệm vụ được giao tổ chức thực hiện nghiêm túc. Công an " +
    "xã rà soát, cập nhật, điều chỉnh thông tin dân cư sai lệch phục vụ giải quyết thủ tục hành chính trên môi trường " +
    "điện tử, hoàn thành trước ngày 30/4/2026."),
  plain("Văn phòng HĐND và UBND xã theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo Chủ tịch UBND xã."),
  ...sign(["UBND tỉnh (qua Sở Nội vụ) (b/c)", "TT Đảng ủy, TT HĐND xã", "CT, các PCT UBND xã",
    "Các phòng, đơn vị thuộc xã", "Các thôn, bản"], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Vàng A Chư"),
];

const tasks = [
  ...ROWS.filter((r) => r[5]).map((r) => task(r[0], r[1], r[5], [r[2]], r[3])),
  task("IV", "Rà soát, cập nhật, điều chỉnh thông tin dân cư sai lệch phục vụ giải quyết thủ tục hành chính",
    "2026-04-29", [CA]),
];

await build(DIR, {
  blocks, printer: "libreoffice", form: "NFD",
  expected: {
    id: ID,
    style: "Kế hoạch 45/KH-UBND of UBND xã Phong Thổ (Lai Châu, after the reorganisation), 05/3/2026, SIPAS/PAPI " +
      "follow-up, typed with Unikey's 'Unicode tổ hợp': all Vietnamese text is decomposed (NFD: base letter + " +
      "combining marks) in both docx, in plan.txt and in the PDF text; the answers here are written in NFC and " +
      "mean the same text. Task table STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian " +
      "hoàn thành under III; ref = STT. Out: row 1 done ('Đã thực hiện ngày 02/3/2026'), row 4 'Hằng quý', row 5 " +
      "'Thường xuyên'. Rows 10 and 11 are the commune's reports 'gửi UBND tỉnh (qua Sở Nội vụ)': tasks of the " +
      "Văn phòng, the province and the Sở are recipients. One dated sentence in IV (Công an xã, 'trước ngày " +
      "30/4/2026' -> 29/4), ref IV. Dates: 'Trước ngày 20/3' -> 19/3; 'Tháng 4/2026' -> 30/4 (holiday, -> 4/5); " +
      "'Quý II/2026' -> 30/6; 'Trước ngày 31/3' -> 30/3; 'Từ tháng 6 đến tháng 8/2026' -> 31/8; 'Chậm nhất ngày " +
      "30/9' -> 30/9; 'Trước ngày 10/6' -> 9/6; 'Trước ngày 05/12' -> 4/12. Coordinator cells list units " +
      "separated by ';'. Units are the commune's own (unresolved); 'các phòng chuyên môn' appears only in the " +
      "done row.",
    province: "Lai Châu",
    plan: { number: "45/KH-UBND", date: "2026-03-05" },
    tasks,
    unresolved: [VP, TT, KT, MT, CA, DTN, TB],
    successors: [],
  },
});

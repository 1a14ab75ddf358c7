// 07: Lai Châu, UBND tỉnh (after the reorganisation), 20/01/2026 — administrative-procedure (TTHC) control plan:
// requirements numbered "1)", "2)" (a Word list "%1)"), then ONE task table whose FIRST column names the theme of
// a group of rows in a vertically merged cell, the STT column running on 1…15 across the groups; Nhiệm vụ | Cơ quan
// chủ trì | Cơ quan phối hợp | Thời gian hoàn thành. plan.pdf: WeasyPrint from HTML (rowspan for the merged cells).
import { addKind, build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "07-lai-chau-2026-tthc-theme-column-vmerged-stt-runs-on";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const VP = "Văn phòng UBND tỉnh";
const TP = "Sở Tư pháp";
const KHCN = "Sở Khoa học và Công nghệ";
const TC = "Sở Tài chính";
const NV = "Sở Nội vụ";
const CA = "Công an tỉnh";
const BD = "Bưu điện tỉnh";
const KB = "Kho bạc Nhà nước khu vực";
const TTPV = "Trung tâm Phục vụ hành chính công tỉnh";
const SBN = "Các sở, ban, ngành";
const XA = "UBND các xã, phường";
const NNMT = "Sở Nông nghiệp và Môi trường";
const XD = "Sở Xây dựng";
const resolve = (u) => (/^các sở, ban, ngành$/i.test(u) ? "@departments" : u === XA ? "UBND cấp xã" : u);

addKind("paren1", ["decimal", "%1)"]);

// groups: [theme, rows: [content, lead[], coordinators[], time, due | null]]
const GROUPS = [
  ["Rà soát, đơn giản hóa thủ tục hành chính", [
    ["Ban hành Kế hoạch rà soát, đánh giá thủ tục hành chính năm 2026 của cơ quan, đơn vị", [SBN, XA], [VP],
      "Trước ngày 15/02/2026", "2026-02-14"],
    ["Rà soát, đề xuất phương án đơn giản hóa thủ tục hành chính lĩnh vực đất đai, xây dựng, đầu tư", [NNMT, XD, TC],
      [VP], "Quý II/2026", "2026-06-30"],
    ["Thẩm định, trình Chủ tịch UBND tỉnh phê duyệt phương án đơn giản hóa thủ tục hành chính", [VP], [TP],
      "Tháng 8/2026", "2026-08-31"],
    ["Cắt giảm thời gian giải quyết thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước", [SBN, XA], [],
      "Thường xuyên", null],
  ]],
  ["Công bố, công khai thủ tục hành chính", [
    ["Trình công bố danh mục thủ tục hành chính mới ban hành, sửa đổi, bổ sung, bãi bỏ", [SBN], [VP],
      "Chậm nhất 05 ngày làm việc kể từ ngày nhận được quyết định công bố của Bộ, ngành", null],
    ["Cập nhật, công khai thủ tục hành chính trên Cơ sở dữ liệu quốc gia về thủ tục hành chính sau sắp xếp", [VP],
      [SBN], "Đã hoàn thành tháng 12/2025", null],
    ["Niêm yết quy trình nội bộ, quy trình điện tử tại Trung tâm Phục vụ hành chính công tỉnh và các xã, phường",
      [TTPV], [XA], "31/3/2026", "2026-03-31"],
  ]],
  ["Thực hiện thủ tục hành chính trên môi trường điện tử", [
    ["Số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực đang lưu trữ tại cấp xã", [XA], [KHCN],
      "Trước ngày 01/7/2026", "2026-06-30"],
    ["Tích hợp thanh toán trực tuyến phí, lệ phí đối với các thủ tục hành chính có phát sinh phí, lệ phí trên Cổng " +
      "dịch vụ công của tỉnh", [KHCN], [TC, KB], "Tháng 5/2026", "2026-05-31"],
    ["Bố trí nhân viên bưu điện hỗ trợ người dân nộp hồ sơ trực tuyến tại bộ phận một cửa các xã, phường", [BD], [XA],
      "Quý I/2026", "2026-03-31"],
    ["Xác thực tài khoản định danh điện tử VNeID khi đăng nhập Cổng dịch vụ công của tỉnh", [CA], [KHCN], "30/4/2026",
      "2026-04-30"],
  ]],
  ["Kiểm tra, thông tin, báo cáo", [
    ["Kiểm tra việc thực hiện thủ tục hành chính tại 10 xã, phường", [VP], [NV, TP], "Quý III/2026", "2026-09-30"],
    ["Báo cáo tình hình, kết quả kiểm soát thủ tục hành chính (gửi Văn phòng UBND tỉnh)", [SBN, XA], [],
      "Hằng quý, trước ngày 15 của tháng cuối quý", null],
    ["Tổng hợp, báo cáo Văn phòng Chính phủ kết quả kiểm soát thủ tục hành chính 6 tháng đầu năm 2026", [VP], [],
      "Trước ngày 20/6/2026", "2026-06-19"],
    ["Tổng hợp, báo cáo Văn phòng Chính phủ kết quả kiểm soát thủ tục hành chính năm 2026", [VP], [],
      "Trước ngày 18/12/2026", "2026-12-17"],
  ]],
];

const W = [1250, 520, 3050, 1500, 1650, 1384];
const rows = [["Nhóm nhiệm vụ", "STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]];
const tasks = [];
let stt = 0;
for (const [theme, items] of GROUPS) {
  items.forEach(([content, lead, co, time, due], i) => {
    stt += 1;
    if (due) tasks.push(task(String(stt), content, due, lead.map(resolve), co.map(resolve)));
    rows.push([i ? { text: "", vm: "continue" } : { text: theme, vm: "restart", rows: items.length, bold: true },
      { text: String(stt), align: "center", list: { kind: "cell", inst: "stt" } }, content, lead.join("; "),
      co.join("; "), { text: time, align: "center" }]);
  });
}

const req = (text) => ({ t: "p", num: "", text, list: { kind: "paren1", inst: "Y" } });
const reqs = ["Kiểm soát chặt chẽ việc ban hành, công bố, công khai thủ tục hành chính; bảo đảm 100% thủ tục hành " +
  "chính được công khai đúng quy định sau khi sắp xếp tổ chức bộ máy.",
"Đơn giản hóa tối thiểu 20% thủ tục hành chính, cắt giảm tối thiểu 20% chi phí tuân thủ trong năm 2026.",
"Nhiệm vụ có cơ quan chủ trì, thời hạn cụ thể; người đứng đầu chịu trách nhiệm về kết quả thực hiện."]
  .map((t, i) => ({ ...req(t), num: `${i + 1})` }));
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: { kind: "roman", inst: "R" } });
const plain = (text) => ({ t: "p", text });

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 276/KH-UBND", "Lai Châu, ngày 20 tháng 01 năm 2026",
    "KẾ HOẠCH", "Kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông năm 2026"),
  plain("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính (được sửa " +
    "đổi, bổ sung); Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo " +
    "cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia, Ủy ban nhân dân tỉnh Lai " +
    "Châu ban hành Kế hoạch như sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  ...reqs,
  sec("II.", "NHIỆM VỤ CỤ THỂ"),
  plain("(Chi tiết tại bảng dưới đây)"),
  { t: "table", widths: W, header: 1, rows },
  sec("III.", "TỔ CHỨC THỰC HIỆN"),
  plain("Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường chịu trách nhiệm tổ chức thực hiện các nhiệm vụ " +
    "được giao. Văn phòng UBND tỉnh theo dõi, đôn đốc, hướng dẫn; kịp thời báo cáo Chủ tịch UBND tỉnh những vướng " +
    "mắc vượt thẩm quyền."),
  plain("Sở Tài chính bảo đảm kinh phí thực hiện Kế hoạch theo quy định./."),
  ...sign(["Văn phòng Chính phủ (Cục KSTTHC) (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "CT, các PCT UBND tỉnh",
    "Các sở, ban, ngành", "UBND các xã, phường", "Trung tâm Phục vụ hành chính công tỉnh"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hà Trọng Hải"),
];

const css = "table.bd td:first-child{font-weight:bold;vertical-align:middle}table.nb td:first-child{text-align:left;" +
  "font-size:11pt}@page{size:A4;margin:2cm 1.5cm 2cm 2.5cm}";
await build(DIR, {
  blocks, printer: "weasyprint", css,
  expected: {
    id: ID,
    style: "Kế hoạch 276/KH-UBND of UBND tỉnh Lai Châu (after the reorganisation), 20/01/2026, TTHC control and " +
      "one-stop shop for 2026. I's requirements are numbered '1)', '2)', '3)' (plan-auto: a '%1)' Word list), no " +
      "tasks. II is one table: Nhóm nhiệm vụ | STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian " +
      "hoàn thành; the first column names the theme of a group of rows in a VERTICALLY MERGED cell (vMerge / " +
      "rowspan; plan.txt: the theme on the group's first row, empty on the others), the STT runs on 1-15 across " +
      "the four groups, so ref = STT. Units in a cell are separated by ';'. Out: row 4 'Thường xuyên', row 5 " +
      "relative ('Chậm nhất 05 ngày làm việc kể từ …'), row 6 done, row 13 'Hằng quý'. Rows 14-15: the Văn " +
      "phòng reports to the Văn phòng Chính phủ (recipient). 'Các sở, ban, ngành' = @departments; 'UBND các xã, " +
      "phường' = 'UBND cấp xã'; 'Trung tâm Phục vụ hành chính công tỉnh' and 'Kho bạc Nhà nước khu vực' written " +
      "as they are (the latter an alias of the directory's Kho bạc, so resolved). Dates: 'Trước ngày 15/02/2026' " +
      "-> 14/2 (Sat, then Tết 16-20/2 -> 23/2); 'Quý II' -> 30/6; 'Tháng 8/2026' -> 31/8; '31/3/2026' bare; " +
      "'Trước ngày 01/7/2026' -> 30/6; 'Tháng 5/2026' -> 31/5 (Sun -> 1/6); 'Quý I' -> 31/3; '30/4/2026' " +
      "(holiday, 1/5 holiday, weekend -> 4/5); 'Quý III' -> 30/9; 'Trước ngày 20/6' -> 19/6; 'Trước ngày 18/12' " +
      "-> 17/12.",
    province: "Lai Châu",
    plan: { number: "276/KH-UBND", date: "2026-01-20" },
    tasks,
    unresolved: ["UBND cấp xã", TTPV],
    successors: [],
  },
});

// 03: Thái Nguyên 2022 (before the reorganisation) — a pilot plan (digitising records at the one-stop desks) whose
// timeline is a table of phases (Giai đoạn | Thời gian | Nội dung chủ yếu | Phạm vi) with no units, while the
// assignments, in numbered and lettered paragraphs, give their deadlines by naming a phase ("hoàn thành trong Giai
// đoạn 1", "xong trước khi bắt đầu Giai đoạn 2") or a date. A phase's end (or the day before its start) is the
// deadline; the phase rows themselves are not tasks. plan.pdf: WeasyPrint (from HTML).
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "03-thai-nguyen-2022-deadlines-by-phase-named-in-timeline-table";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const VP = "Văn phòng UBND tỉnh";
const TT = "Sở Thông tin và Truyền thông";
const TC = "Sở Tài chính";
const NV = "Sở Nội vụ";
const PILOT = ["UBND huyện Đại Từ", "UBND huyện Phú Bình", "UBND thành phố Sông Công"];
const REST = ["UBND huyện Định Hóa", "UBND huyện Phú Lương", "UBND huyện Đồng Hỷ", "UBND huyện Võ Nhai",
  "UBND thành phố Thái Nguyên", "UBND thành phố Phổ Yên"];
const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const n4 = (num, text, bold = false) => ({ t: "p", num, text, bold, list: { kind: "decimal", inst: "IV" } });
const let4 = (inst) => (num, text) => ({ t: "p", num, text, list: { kind: "letter", inst } });
const [a1, a2, a4] = ["IV1", "IV2", "IV4"].map(let4);
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });
const PHASES = [
  ["Giai đoạn 1\n(Chuẩn bị)", "Từ 01/4/2022 đến 30/4/2022", "Ban hành hướng dẫn; chuẩn bị kinh phí, trang thiết bị; " +
    "tập huấn", "Cấp tỉnh; 03 địa phương thí điểm"],
  ["Giai đoạn 2\n(Thí điểm)", "Từ 01/5/2022 đến 31/8/2022", "Số hóa 100% hồ sơ tiếp nhận tại Bộ phận Một cửa cấp " +
    "huyện, cấp xã của địa phương thí điểm", "Huyện Đại Từ, huyện Phú Bình, thành phố Sông Công"],
  ["Giai đoạn 3\n(Nhân rộng)", "Từ 01/10/2022 đến 30/11/2022", "Triển khai số hóa tại các địa phương còn lại",
    "06 huyện, thành phố còn lại"],
  ["Giai đoạn 4\n(Đánh giá)", "Trước ngày 20/12/2022", "Sơ kết, đánh giá kết quả; đề xuất cơ chế, chính sách",
    "Toàn tỉnh"],
];
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 53/KH-UBND", "Thái Nguyên, ngày 22 tháng 3 năm 2022",
    "KẾ HOẠCH", "Thí điểm số hóa hồ sơ, kết quả giải quyết thủ tục hành chính\ntại Bộ phận Một cửa các cấp năm 2022"),
  plain("Thực hiện Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị " +
    "định số 61/2018/NĐ-CP về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính, UBND " +
    "tỉnh ban hành Kế hoạch thí điểm như sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  plain("Từng bước số hóa hồ sơ, kết quả giải quyết thủ tục hành chính để tái sử dụng dữ liệu, giảm giấy tờ cho " +
    "người dân. Năm 2021, Trung tâm Hành chính công tỉnh đã số hóa 12.450 hồ sơ; kết quả này là cơ sở để mở rộng " +
    "ra cấp huyện, cấp xã."),
  sec("II.", "PHẠM VI, ĐỐI TƯỢNG"),
  plain("Hồ sơ thủ tục hành chính tiếp nhận tại Bộ phận Một cửa cấp huyện, cấp xã; thí điểm tại huyện Đại Từ, huyện " +
    "Phú Bình và thành phố Sông Công, sau đó nhân rộng ra toàn tỉnh."),
  sec("III.", "TIẾN ĐỘ THỰC HIỆN"),
  plain("Kế hoạch được thực hiện theo 04 giai đoạn như sau:"),
  { t: "table", widths: [1700, 2150, 3300, 2200], header: 1,
    rows: [["Giai đoạn", "Thời gian", "Nội dung chủ yếu", "Phạm vi"], ...PHASES] },
  sec("IV.", "TỔ CHỨC THỰC HIỆN"),
  n4("1.", "Văn phòng UBND tỉnh (cơ quan chủ trì):", true),
  a1("a)", "Ban hành hướng dẫn quy trình số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa; " +
    "hoàn thành trong Giai đoạn 1."),
  a1("b)", "Chủ trì, phối hợp với Sở Thông tin và Truyền thông tập huấn cho công chức Bộ phận Một cửa của 03 địa " +
    "phương thí điểm trước ngày 10/5/2022."),
  a1("c)", "Trên cơ sở kết quả Giai đoạn 2, trình Chủ tịch UBND tỉnh quyết định việc nhân rộng trước ngày 15/9/2022."),
  a1("d)", "Tổng hợp, đánh giá kết quả thực hiện Kế hoạch, báo cáo Chủ tịch UBND tỉnh trong Giai đoạn 4."),
  n4("2.", "Sở Thông tin và Truyền thông:", true),
  a2("a)", "Nâng cấp Hệ thống thông tin một cửa điện tử của tỉnh đáp ứng yêu cầu lưu trữ, tái sử dụng hồ sơ số " +
    "hóa; xong trước khi bắt đầu Giai đoạn 2."),
  a2("b)", "Thường xuyên bảo đảm hạ tầng kỹ thuật, an toàn thông tin cho Hệ thống."),
  n4("3.", "Sở Tài chính thẩm định, tham mưu bố trí kinh phí mua sắm máy quét tài liệu cho 03 địa phương thí điểm; " +
    "hoàn thành trong Giai đoạn 1."),
  n4("4.", "UBND huyện Đại Từ, UBND huyện Phú Bình, UBND thành phố Sông Công:", true),
  a4("a)", "Tổ chức số hóa 100% hồ sơ tiếp nhận tại Bộ phận Một cửa cấp huyện, cấp xã trong Giai đoạn 2."),
  a4("b)", "Báo cáo kết quả thí điểm, gửi Văn phòng UBND tỉnh trước ngày 05/9/2022."),
  n4("5.", "Sở Nội vụ phối hợp với Văn phòng UBND tỉnh kiểm tra việc số hóa tại 03 địa phương thí điểm trong tháng " +
    "7/2022."),
  n4("6.", "UBND các huyện Định Hóa, Phú Lương, Đồng Hỷ, Võ Nhai và UBND các thành phố Thái Nguyên, Phổ Yên chuẩn " +
    "bị nhân lực, trang thiết bị, triển khai số hóa hồ sơ theo tiến độ Giai đoạn 3."),
  n4("7.", "Báo Thái Nguyên, Đài Phát thanh - Truyền hình tỉnh thường xuyên tuyên truyền về lợi ích của việc số hóa " +
    "hồ sơ thủ tục hành chính."),
  plain("Trong quá trình thực hiện, nếu phát sinh vướng mắc, các cơ quan, địa phương phản ánh về Văn phòng UBND tỉnh " +
    "để tổng hợp, báo cáo UBND tỉnh xem xét, chỉ đạo."),
  ...sign(["Văn phòng Chính phủ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh",
    "Các sở, ban, ngành", "UBND các huyện, thành phố", "Báo Thái Nguyên, Đài PT-TH tỉnh"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đặng Xuân Trường"),
];
const tasks = [
  task("IV.1.a", "Ban hành hướng dẫn quy trình số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một " +
    "cửa", "2022-04-30", [VP]),
  task("IV.1.b", "Tập huấn cho công chức Bộ phận Một cửa của 03 địa phương thí điểm", "2022-05-09", [VP], [TT]),
  task("IV.1.c", "Trình Chủ tịch UBND tỉnh quyết định việc nhân rộng", "2022-09-14", [VP]),
  task("IV.1.d", "Tổng hợp, đánh giá kết quả thực hiện Kế hoạch, báo cáo Chủ tịch UBND tỉnh", "2022-12-19", [VP]),
  task("IV.2.a", "Nâng cấp Hệ thống thông tin một cửa điện tử của tỉnh đáp ứng yêu cầu lưu trữ, tái sử dụng hồ sơ " +
    "số hóa", "2022-04-30", [TT]),
  task("IV.3", "Thẩm định, tham mưu bố trí kinh phí mua sắm máy quét tài liệu cho 03 địa phương thí điểm",
    "2022-04-30", [TC]),
  task("IV.4.a", "Tổ chức số hóa 100% hồ sơ tiếp nhận tại Bộ phận Một cửa cấp huyện, cấp xã", "2022-08-31", PILOT),
  task("IV.4.b", "Báo cáo kết quả thí điểm, gửi Văn phòng UBND tỉnh", "2022-09-04", PILOT),
  task("IV.5", "Kiểm tra việc số hóa tại 03 địa phương thí điểm", "2022-07-31", [NV], [VP]),
  task("IV.6", "Chuẩn bị nhân lực, trang thiết bị, triển khai số hóa hồ sơ", "2022-11-30", REST),
];

await build(DIR, {
  blocks, printer: "weasyprint",
  css: "table.nb:last-of-type td:first-child{text-align:left;font-size:11pt}" +
    "table.nb:last-of-type td:last-child{font-weight:bold}table.nb:last-of-type{break-inside:avoid}" +
    "@page{size:A4;margin:2cm 2cm 2cm 2.5cm}",
  expected: {
    id: ID,
    style: "Kế hoạch 53/KH-UBND Thái Nguyên 22/3/2022 (old departments, districts), a pilot in phases: III is a " +
      "table Giai đoạn | Thời gian | Nội dung chủ yếu | Phạm vi (4 phases, no units: not tasks, no refs); IV " +
      "assigns work in numbered paragraphs 1-7 (Word list), three split into lettered a)-d) (refs IV.1.a, IV.3 …), " +
      "with deadlines that name a phase: 'hoàn thành trong Giai đoạn 1' = the phase's end 30/4/2022 (Sat; 30/4-3/5 " +
      "off in 2022) -> 4/5; 'xong trước khi bắt đầu Giai đoạn 2' (starts 01/5) -> 30/4 -> 4/5; 'trong Giai đoạn " +
      "2' -> 31/8; 'theo tiến độ Giai đoạn 3' -> 30/11; 'trong Giai đoạn 4' ('Trước ngày 20/12/2022') -> 19/12. " +
      "Dates: 'trước 10/5' -> 9/5; 'trước 15/9' -> 14/9; 'trước 05/9' -> 4/9 Sun -> 5/9; 'trong tháng 7/2022' -> " +
      "31/7 Sun -> 1/8. IV.1.b 'Chủ trì, phối hợp với Sở TT&TT' under the heading unit VP UBND tỉnh; IV.5 'Sở Nội " +
      "vụ phối hợp với VP UBND tỉnh' (no chủ trì) -> Sở Nội vụ leads. IV.4 heading names three leads for a) and " +
      "b) ('gửi VP UBND tỉnh' a recipient); IV.6 'UBND các huyện Định Hóa, Phú Lương, Đồng Hỷ, Võ Nhai và UBND " +
      "các thành phố Thái Nguyên, Phổ Yên' = six named districts. IV.2.b, IV.7 'thường xuyên' and the 2021 " +
      "result left out. PDF: WeasyPrint from HTML.",
    province: "Thái Nguyên",
    plan: { number: "53/KH-UBND", date: "2022-03-22" },
    tasks,
    unresolved: [],
    successors: [],
  },
});

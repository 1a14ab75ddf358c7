// 07: Bắc Kạn 2024 (before the reorganisation: districts, old departments), UBND tỉnh, Kế hoạch 61/KH-UBND ngày
// 25/3/2024, chuyển đổi số trong giải quyết thủ tục hành chính năm 2024, as circulated for comments. Habit: a DRAFT
// WATERMARK: a big grey diagonal "DỰ THẢO" on every page (Word: header1.xml, VML text path in plan-auto.docx,
// DrawingML WordArt with a VML fallback in plan-typed.docx, see watermark.mjs; plan.pdf: LibreOffice's print of
// plan-auto.docx, which draws it rotated and light grey on every page), plus a boxed "Dự thảo lần 2" mark top
// right over the header block (a floating one-cell table). The watermark is no text of the plan.
import { task, toDocx } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, H, buildSplit } from "./common.mjs";
import { printWatermarked, watermarkExtra } from "./watermark.mjs";

const ID = "07-bac-kan-2024-draft-watermark-du-thao-diagonal-every-page-boxed-draft-mark";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TT = "Sở Thông tin và Truyền thông", TC = "Sở Tài chính";
const CA = "Công an tỉnh", KB = "Kho bạc Nhà nước tỉnh", BD = "Bưu điện tỉnh", BAO = "Báo Bắc Kạn";
const VNPT = "VNPT Bắc Kạn", S = "Các sở, ban, ngành", H2 = "UBND các huyện, thành phố";

// [content, lead cell, coord cell, time, product, due, lead[], coord[]]
const rows0 = [
  ["Rà soát, cập nhật danh mục dịch vụ công trực tuyến toàn trình, một phần của các cơ quan, đơn vị", VP, S,
    "Trước 30/4/2024", "Quyết định công bố danh mục", "2024-04-29", [VP], ["@departments"]],
  ["Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực tại Bộ phận Một cửa các cấp",
    `${S}; ${H2}`, VNPT, "Tháng 9/2024", "Dữ liệu số hóa trên Hệ thống", "2024-09-30", ["@departments", "@districts"],
    [VNPT]],
  ["Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, kết nối Cơ sở dữ liệu quốc gia về dân cư", TT,
    `${VP}; ${CA}`, "Quý II/2024", "Hệ thống được nâng cấp", "2024-06-30", [TT], [VP, CA]],
  ["Tập huấn kỹ năng hướng dẫn sử dụng dịch vụ công trực tuyến cho thành viên tổ công nghệ số cộng đồng", TT, H2,
    "Tuần 2 tháng 5/2024", "Hội nghị tập huấn", "2024-05-14", [TT], ["@districts"]],
  ["Triển khai thanh toán trực tuyến phí, lệ phí thủ tục hành chính trên Cổng Dịch vụ công", TC, `${KB}; ${VP}`,
    "Cuối tháng 6/2024", "Văn bản hướng dẫn", "2024-06-30", [TC], [KB, VP]],
  ["Tuyên truyền, hướng dẫn người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến, tài khoản định danh điện tử",
    BAO, TT, "Từ tháng 4 đến tháng 12/2024", "Chuyên mục định kỳ", "2024-12-31", [BAO], [TT]],
  ["Thí điểm tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích tại nhà",
    BD, VP, "Đầu tháng 8/2024", "Báo cáo kết quả thí điểm", "2024-08-10", [BD], [VP]],
  ["Kiểm tra việc tiếp nhận, giải quyết hồ sơ trực tuyến tại một số sở, ngành và huyện, thành phố", NV,
    `${VP}; ${TT}`, "Quý III/2024", "Thông báo kết luận kiểm tra", "2024-09-30", [NV], [VP, TT]],
  ["Khảo sát mức độ hài lòng của người dân, doanh nghiệp khi sử dụng dịch vụ công trực tuyến", NV, VP,
    "Ngày 15/11/2024", "Báo cáo kết quả khảo sát", "2024-11-15", [NV], [VP]],
  ["Báo cáo kết quả thực hiện chuyển đổi số trong giải quyết thủ tục hành chính năm 2024", `${S}; ${H2}`, "",
    "Trước ngày 05/12/2024", "Báo cáo gửi Văn phòng UBND tỉnh", "2024-12-04", ["@departments", "@districts"], []],
  ["Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch", VP, TT, "Chậm nhất 20/12/2024",
    "Báo cáo của UBND tỉnh", "2024-12-20", [VP], [TT]],
];

const rows = [["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
  "Sản phẩm"]];
const tasks = [];
rows0.forEach(([title, lc, cc, time, prod, due, lead, co], i) => {
  rows.push([{ text: String(i + 1), align: "center", list: { kind: "cell", inst: "stt" } }, title, lc, cc, time, prod]);
  tasks.push(task(String(i + 1), title, due, lead, co));
});

const blocks = [
  { t: "table", widths: [1900], float: { x: 9000, y: 420 }, rows: [[
    { text: "Dự thảo lần 2", bold: true, italic: true, align: "center" }]] },
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 61/KH-UBND", "Bắc Kạn, ngày 25 tháng 3 năm 2024", "KẾ HOẠCH",
    "Chuyển đổi số trong giải quyết thủ tục hành chính, cung cấp dịch vụ công trực tuyến trên địa bàn tỉnh Bắc Kạn " +
    "năm 2024"),
  H("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("Đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; " +
    "góp phần cải thiện Chỉ số cải cách hành chính, Chỉ số chuyển đổi số (DTI) và Chỉ số SIPAS của tỉnh năm 2024."),
  P("Xác định rõ nội dung, cơ quan chủ trì, thời gian hoàn thành và sản phẩm của từng nhiệm vụ; bảo đảm sự phối hợp " +
    "chặt chẽ giữa các cơ quan, đơn vị."),
  H("II.", "CHỈ TIÊU"),
  P("Tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 50%; 100% kết quả giải quyết thủ tục hành chính được số hóa; " +
    "tỷ lệ thanh toán trực tuyến đạt tối thiểu 45%."),
  H("III.", "NHIỆM VỤ CỤ THỂ"),
  { t: "table", widths: [550, 3150, 1450, 1550, 1300, 1350], header: 1, rows },
  H("IV.", "TỔ CHỨC THỰC HIỆN"),
  P(`${S}, ${H2} căn cứ nhiệm vụ được giao, chủ động triển khai thực hiện; định kỳ báo cáo kết quả cùng báo cáo ` +
    "cải cách hành chính hằng quý."),
  P("Văn phòng UBND tỉnh theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; kịp thời báo cáo Chủ tịch UBND tỉnh " +
    "những khó khăn, vướng mắc./."),
  ...sign(["Văn phòng Chính phủ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh", S, H2,
    VNPT], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đinh Quang Tuyên"),
];

const DATES = "1 'Trước 30/4/2024' 29/4 (Giỗ Tổ moved, off), 30/4, 01/5 off -> 02/5; 2 'Tháng 9/2024' 30/9; 3 'Quý " +
  "II/2024' 30/6 Sun -> 01/7; 4 'Tuần 2 tháng 5/2024' 14/5; 5 'Cuối tháng 6/2024' 30/6 Sun -> 01/7; 6 'Từ tháng 4 " +
  "đến tháng 12/2024' 31/12; 7 'Đầu tháng 8/2024' 10/8 Sat -> 12/8; 8 'Quý III/2024' 30/9; 9 'Ngày 15/11/2024' " +
  "15/11; 10 'Trước ngày 05/12/2024' 04/12 (the product 'Báo cáo gửi Văn phòng UBND tỉnh' names a recipient); 11 " +
  "'Chậm nhất 20/12/2024' 20/12.";

await buildSplit(DIR, {
  blocks, typed: watermarkExtra("DỰ THẢO", true), auto: watermarkExtra("DỰ THẢO", false),
  print: (out) => printWatermarked(out, { blocks, text: "DỰ THẢO", toDocx }),
  expected: {
    id: ID,
    style: "Kế hoạch 61/KH-UBND of UBND tỉnh Bắc Kạn, 25/3/2024 (before the reorganisation: districts, old " +
      "departments), digital transformation of administrative procedures. HABIT: a DRAFT WATERMARK: a big light-" +
      "grey diagonal 'DỰ THẢO' on every page (Word: the default header's watermark, VML v:textpath in plan-auto, " +
      "DrawingML WordArt in mc:AlternateContent with VML fallback in plan-typed; plan.pdf: LibreOffice's print of " +
      "plan-auto.docx, the watermark drawn rotated on every page) and a boxed 'Dự thảo lần 2' mark top right (a " +
      "floating one-cell table before the header block): neither is text of the plan, the header block's number " +
      "and date are. Table STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | " +
      "Sản phẩm (ref = STT): " + DATES + " 'Các sở, ban, ngành' = @departments, 'UBND các huyện, thành phố' = " +
      "@districts; VNPT Bắc Kạn unresolved.",
    province: "Bắc Kạn",
    plan: { number: "61/KH-UBND", date: "2024-03-25" },
    tasks, unresolved: [VNPT], successors: [],
  },
});

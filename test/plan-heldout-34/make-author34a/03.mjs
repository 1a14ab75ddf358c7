// 03: Bắc Kạn (before the reorganisation), Sở Thông tin và Truyền thông, 05/3/2024 — chuyển đổi số năm 2024. Each
// task takes two table rows: a full-width shaded title row "1. <task>" and under it a detail row "Chủ trì | Phối hợp |
// Thời gian hoàn thành | Sản phẩm" (two header rows: "Nội dung nhiệm vụ" across the four columns, then the four
// names). plan-typed: the title rows span with gridSpan; plan-auto: Word 97's old horizontal merge, w:hMerge
// restart + three w:hMerge continue cells, as a file converted from .doc keeps them, and the task numbers a Word
// list running on across the title rows. plan.pdf: WeasyPrint from HTML.
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";

const ID = "03-bac-kan-2024-shaded-task-title-rows-over-detail-rows-hmerge";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const TT = "Sở Thông tin và Truyền thông";
const NV = "Sở Nội vụ";
const VP = "Văn phòng UBND tỉnh";
const H = "UBND các huyện, thành phố";
const CNTT = "Trung tâm Công nghệ thông tin và Truyền thông";
const WIDTHS = [2300, 2600, 2000, 2400];

let n = 0;
const item = (title, lead, coord, time, product) => [
  [{ span: 4, shade: "D9D9D9", bold: true,
    paras: [{ num: `${++n}.`, text: title, list: { kind: "c-dec", inst: "t" } }] }],
  [lead, coord, time, product],
];
const rows = [
  [{ text: "Nội dung nhiệm vụ", span: 4, bold: true, align: "center" }],
  ["Chủ trì", "Phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
  ...item("Xây dựng, ban hành Kế hoạch chuyển đổi số năm 2024 của các huyện, thành phố", H, TT,
    "Trước ngày 31/3/2024", "Kế hoạch của UBND huyện, thành phố"),
  ...item("Nâng cấp Trung tâm dữ liệu tỉnh, bảo đảm an toàn thông tin theo cấp độ 3", TT, "Sở Tài chính; Sở Kế " +
    "hoạch và Đầu tư", "Quý III/2024", "Hồ sơ đề xuất cấp độ được phê duyệt"),
  ...item("Thành lập, kiện toàn Tổ công nghệ số cộng đồng tại các thôn, tổ dân phố", H, `${TT}; Tỉnh đoàn`,
    "Tháng 6/2024", "Quyết định thành lập Tổ"),
  ...item("Đào tạo, tập huấn kỹ năng số cho cán bộ, công chức cấp huyện, cấp xã", TT, NV,
    "Từ tháng 5 đến tháng 8/2024", "Các lớp tập huấn"),
  ...item("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa các cấp", VP, `${TT}; ${H}`,
    "Thường xuyên", "Dữ liệu số hóa"),
  ...item("Đánh giá, công bố mức độ chuyển đổi số của các sở, ban, ngành và UBND cấp huyện năm 2023", TT, NV,
    "Tháng 4/2024", "Quyết định công bố kết quả"),
  ...item("Cập nhật Kiến trúc Chính quyền điện tử tỉnh Bắc Kạn lên Kiến trúc chính quyền số phiên bản 3.0", CNTT,
    "Phòng Công nghệ thông tin", "Giữa tháng 7/2024", "Kiến trúc được phê duyệt"),
  ...item("Phát triển thanh toán trực tuyến phí, lệ phí trong giải quyết thủ tục hành chính", "Bưu điện tỉnh",
    `${TT}; Kho bạc Nhà nước tỉnh`, "Quý IV/2024", "Báo cáo tỷ lệ hồ sơ thanh toán trực tuyến"),
  ...item("Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia 10/10", TT, `Các sở, ban, ngành; ${H}`,
    "Chậm nhất ngày 10/10/2024", "Chương trình, báo cáo"),
  ...item("Rà soát, phủ sóng di động tại các thôn, bản còn lõm sóng", TT, "Viettel Bắc Kạn; VNPT Bắc Kạn",
    "Trước ngày 15/11/2024", "Danh sách thôn được phủ sóng"),
  ...item("Báo cáo kết quả thực hiện chuyển đổi số năm 2024 gửi Sở Thông tin và Truyền thông",
    `Các sở, ban, ngành; ${H}`, "", "Trước ngày 05/12/2024", "Báo cáo năm"),
];

const blocks = [
  ...head(["UBND TỈNH BẮC KẠN", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"], "Số: 312/KH-STTTT",
    "Bắc Kạn, ngày 05 tháng 3 năm 2024", "KẾ HOẠCH", "Triển khai nhiệm vụ chuyển đổi số năm 2024"),
  { t: "p", align: "justify", text: "Thực hiện Kế hoạch chuyển đổi số tỉnh Bắc Kạn năm 2024 của UBND tỉnh, Sở " +
    "Thông tin và Truyền thông xây dựng Kế hoạch triển khai với các nội dung sau:" },
  { t: "p", num: "I.", text: "MỤC TIÊU", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Hoàn thành các chỉ tiêu chuyển đổi số năm 2024 của tỉnh; mỗi nhiệm vụ có cơ " +
    "quan chủ trì, thời gian hoàn thành và sản phẩm cụ thể để theo dõi, đánh giá." },
  { t: "p", num: "II.", text: "NHIỆM VỤ VÀ PHÂN CÔNG", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "table", widths: WIDTHS, header: 2, rows },
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Các phòng, đơn vị thuộc Sở theo chức năng, nhiệm vụ chủ động phối hợp với các " +
    "cơ quan, địa phương triển khai; định kỳ hằng quý báo cáo Giám đốc Sở kết quả thực hiện." },
  ...sign(["UBND tỉnh (b/c)", "Các sở, ban, ngành", H, "Giám đốc, các PGĐ Sở"], "GIÁM ĐỐC", "Nông Quang Nhất"),
];

// plan-auto only (the one holding Word lists): every four-column gridSpan cell becomes Word 97's horizontal merge.
const TC = /<w:tc><w:tcPr><w:tcW w:w="\d+" w:type="dxa"\/><w:gridSpan w:val="4"\/>(<w:shd [^>]*\/>)?<\/w:tcPr>((?:(?!<\/w:tc>).)*)<\/w:tc>/g;
function transform(body) {
  if (!body.includes("<w:numPr>")) return body;
  return body.replace(TC, (m, shd = "", content) => WIDTHS.map((w, i) => `<w:tc><w:tcPr><w:tcW w:w="${w}" ` +
    `w:type="dxa"/><w:hMerge w:val="${i ? "continue" : "restart"}"/>${shd}</w:tcPr>` +
    `${i ? '<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>' : content}</w:tc>`).join(""));
}

const tasks = [
  task("1", "Xây dựng, ban hành Kế hoạch chuyển đổi số năm 2024 của các huyện, thành phố", "2024-03-30",
    ["@districts"], [TT]),
  task("2", "Nâng cấp Trung tâm dữ liệu tỉnh, bảo đảm an toàn thông tin theo cấp độ 3", "2024-09-30", [TT],
    ["Sở Tài chính", "Sở Kế hoạch và Đầu tư"]),
  task("3", "Thành lập, kiện toàn Tổ công nghệ số cộng đồng tại các thôn, tổ dân phố", "2024-06-30", ["@districts"],
    [TT, "Tỉnh đoàn"]),
  task("4", "Đào tạo, tập huấn kỹ năng số cho cán bộ, công chức cấp huyện, cấp xã", "2024-08-31", [TT], [NV]),
  task("6", "Đánh giá, công bố mức độ chuyển đổi số của các sở, ban, ngành và UBND cấp huyện năm 2023",
    "2024-04-30", [TT], [NV]),
  task("7", "Cập nhật Kiến trúc Chính quyền điện tử tỉnh Bắc Kạn lên Kiến trúc chính quyền số phiên bản 3.0",
    "2024-07-15", [CNTT], ["Phòng Công nghệ thông tin"]),
  task("8", "Phát triển thanh toán trực tuyến phí, lệ phí trong giải quyết thủ tục hành chính", "2024-12-31",
    ["Bưu điện tỉnh"], [TT, "Kho bạc Nhà nước tỉnh"]),
  task("9", "Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia 10/10", "2024-10-10", [TT],
    ["@departments", "@districts"]),
  task("10", "Rà soát, phủ sóng di động tại các thôn, bản còn lõm sóng", "2024-11-14", [TT],
    ["Viettel Bắc Kạn", "VNPT Bắc Kạn"]),
  task("11", "Báo cáo kết quả thực hiện chuyển đổi số năm 2024", "2024-12-04", ["@departments", "@districts"]),
];

await build(DIR, {
  blocks, printer: "weasyprint", extra: { transform },
  expected: {
    id: ID,
    style: "Kế hoạch 312/KH-STTTT of Sở Thông tin và Truyền thông tỉnh Bắc Kạn, 05/3/2024 (before the " +
      "reorganisation: old departments, 'UBND các huyện, thành phố' = @districts), chuyển đổi số 2024. One table of " +
      "four columns; two header rows ('Nội dung nhiệm vụ' across all four, then Chủ trì | Phối hợp | Thời gian " +
      "hoàn thành | Sản phẩm). Every task is two rows: a shaded full-width title row 'n. <task>' and under it the " +
      "detail row giving lead, coordinators, time and product for that title. plan-typed: title rows gridSpan 4; " +
      "plan-auto: w:hMerge restart + 3 × w:hMerge continue (Word 97 horizontal merge, as converted from .doc), the " +
      "'n.' a Word list running on. ref = the title's number. Product is no unit and no date. Dates (2024): 1 " +
      "'Trước 31/3' -> 30/3 Sat -> 1/4; 2 'Quý III' 30/9 Mon; 3 'Tháng 6' 30/6 Sun -> 1/7; 4 'Từ tháng 5 đến " +
      "tháng 8' 31/8 Sat -> 2/9, 3/9 off -> 4/9; 5 'Thường xuyên' no task; 6 'Tháng 4' 30/4 off -> 2/5; 7 'Giữa " +
      "tháng 7' 15/7 Mon (lead the Sở's own centre, coordinator its Phòng CNTT: unresolved); 8 'Quý IV' 31/12 " +
      "Tue; 9 'Chậm nhất 10/10' Thu (the '10/10' in the title is the day's name, the cell's date counts); 10 " +
      "'Trước 15/11' -> 14/11 Thu (telecom companies unresolved); 11 'Trước 05/12' -> 4/12 Wed (Sở TT&TT the " +
      "recipient). Printed by WeasyPrint from HTML (colspan title rows).",
    province: "Bắc Kạn",
    plan: { number: "312/KH-STTTT", date: "2024-03-05" },
    tasks,
    unresolved: [CNTT, "Phòng Công nghệ thông tin", "Viettel Bắc Kạn", "VNPT Bắc Kạn"],
    successors: [],
  },
});

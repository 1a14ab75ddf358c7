// 03: Bắc Kạn 2022 — the yearly training plan for civil servants: every row of the landscape table is a course
// (Đối tượng, Số lớp, Số học viên, Kinh phí are numbers, not dates nor refs), under a two-row header ("Quy mô"
// spanning Số lớp | Số học viên, the other heads merged down) and closed by a "Tổng cộng" row. A course already held
// in January and one "theo kế hoạch của …" are not tasks. Two numbered items of the body are.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "03-bac-kan-2022-training-courses-size-columns-total-row";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ";
const TCT = "Trường Chính trị tỉnh";
const D = "@districts";
// [group] | [course, đối tượng, classes, learners, time cell, lead cell, lead[], coord cell, coord[], money, due|null]
const ROWS = [
  ["A", "ĐÀO TẠO"],
  ["Cao cấp lý luận chính trị (hệ không tập trung)", "Cán bộ, công chức diện Ban Thường vụ Tỉnh ủy quản lý", 1, 80,
    "Năm 2022", "Ban Tổ chức Tỉnh ủy", ["Ban Tổ chức Tỉnh ủy"], "Sở Nội vụ", [NV], "1.200", "2022-12-31"],
  ["Trung cấp lý luận chính trị - hành chính", "Cán bộ, công chức cấp xã", 3, 210, "Quý II/2022", TCT, [TCT],
    "Sở Nội vụ; UBND các huyện, thành phố", [NV, D], "945", "2022-06-30"],
  ["B", "BỒI DƯỠNG"],
  ["Kiến thức quản lý nhà nước chương trình chuyên viên", "Công chức, viên chức các sở, ngành", 2, 150,
    "Tháng 5/2022", "Sở Nội vụ", [NV], "Trường Chính trị tỉnh", [TCT], "420", "2022-05-31"],
  ["Kỹ năng tiếp nhận, giải quyết thủ tục hành chính tại Bộ phận Một cửa", "Công chức Bộ phận Một cửa cấp tỉnh, " +
    "huyện, xã", 2, 140, "Quý II/2022", "Văn phòng UBND tỉnh", ["Văn phòng UBND tỉnh"], "Sở Nội vụ", [NV], "210",
  "2022-06-30"],
  ["Kỹ năng số, sử dụng chữ ký số và Hệ thống quản lý văn bản điều hành", "Cán bộ, công chức, viên chức", 4, 320,
    "Từ tháng 3 đến tháng 6/2022", "Sở Thông tin và Truyền thông", ["Sở Thông tin và Truyền thông"],
    "UBND các huyện, thành phố", [D], "280", "2022-06-30"],
  ["Nghiệp vụ văn thư, lưu trữ", "Công chức làm công tác văn thư, lưu trữ", 1, 90, "Tháng 8/2022", "Sở Nội vụ",
    [NV], "", [], "95", "2022-08-31"],
  ["Kiến thức quốc phòng và an ninh đối tượng 3", "Lãnh đạo cấp phòng", 2, 160,
    "Theo kế hoạch của Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Quân sự tỉnh", [], "Sở Nội vụ", [], "320", null],
  ["Tiếng dân tộc Tày, Mông, Dao", "Cán bộ, công chức công tác tại vùng đồng bào dân tộc thiểu số", 3, 105,
    "Quý III/2022", "Ban Dân tộc tỉnh", ["Ban Dân tộc tỉnh"], "Sở Nội vụ; Sở Giáo dục và Đào tạo",
    [NV, "Sở Giáo dục và Đào tạo"], "360", "2022-09-30"],
  ["Nghiệp vụ thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo", "Công chức thanh tra cấp huyện; công chức " +
    "tư pháp cấp xã", 1, 70, "Trước 15/10/2022", "Thanh tra tỉnh", ["Thanh tra tỉnh"], "", [], "85", "2022-10-14"],
  ["Kỹ năng xây dựng, thẩm định văn bản quy phạm pháp luật", "Công chức pháp chế các sở, ngành", 1, 80,
    "Tháng 10/2022", "Sở Tư pháp", ["Sở Tư pháp"], "Sở Nội vụ", [NV], "90", "2022-10-31"],
  ["Kiến thức hội nhập quốc tế", "Lãnh đạo cấp phòng các sở, ngành", 1, 60, "Đã tổ chức từ 18 - 20/01/2022",
    "Văn phòng UBND tỉnh", [], "Sở Nội vụ", [], "70", null],
  ["Cập nhật kiến thức, kỹ năng hoạt động cho đại biểu HĐND cấp xã", "Đại biểu HĐND cấp xã", 4, 300, "Quý IV/2022",
    "Văn phòng Đoàn ĐBQH và HĐND tỉnh", ["Văn phòng HĐND tỉnh"], "Sở Nội vụ", [NV], "400", "2022-12-31"],
  ["Tiêu chuẩn chức danh nghề nghiệp viên chức y tế", "Viên chức ngành y tế", 2, 150, "Tháng 11/2022", "Sở Y tế",
    ["Sở Y tế"], "Sở Nội vụ", [NV], "180", "2022-11-30"],
  ["Kỹ năng lãnh đạo, quản lý cấp phòng", "Lãnh đạo cấp phòng và tương đương", 2, 120,
    "Khi có chỉ tiêu của Bộ Nội vụ", "Sở Nội vụ", [], "Trường Chính trị tỉnh", [], "240", null],
];
const W = [680, 2570, 2150, 700, 900, 1550, 1650, 1650, 950];
const hdr = [
  [{ text: "STT", vm: "restart", rows: 2 }, { text: "Nội dung, tên lớp", vm: "restart", rows: 2 },
    { text: "Đối tượng", vm: "restart", rows: 2 }, { text: "Quy mô", span: 2 },
    { text: "Thời gian tổ chức", vm: "restart", rows: 2 }, { text: "Cơ quan chủ trì", vm: "restart", rows: 2 },
    { text: "Cơ quan phối hợp", vm: "restart", rows: 2 }, { text: "Kinh phí (triệu đồng)", vm: "restart", rows: 2 }],
  [{ text: "", vm: "continue" }, { text: "", vm: "continue" }, { text: "", vm: "continue" }, "Số lớp",
    "Số học viên", { text: "", vm: "continue" }, { text: "", vm: "continue" }, { text: "", vm: "continue" },
    { text: "", vm: "continue" }],
];
const rows = [...hdr];
const tasks = [];
let n = 0;
let classes = 0;
let learners = 0;
let money = 0;
for (const r of ROWS) {
  if (r.length === 2) {
    rows.push([{ text: r[0], bold: true, align: "center" }, { text: r[1], span: 8, bold: true }]);
    continue;
  }
  const [course, who, cl, le, time, leadCell, lead, coordCell, coord, cost, due] = r;
  n += 1;
  classes += cl;
  learners += le;
  money += Number(cost.replace(".", ""));
  rows.push([{ text: String(n), align: "center", list: { kind: "cell", inst: "stt" } }, course, who,
    { text: String(cl), align: "center" }, { text: String(le), align: "center" }, { text: time, align: "center" },
    leadCell, coordCell, { text: cost, align: "right" }]);
  if (due) tasks.push(task(String(n), course, due, lead, coord));
}
const dots = (x) => String(x).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
rows.push([{ text: "", bold: true }, { text: "Tổng cộng", span: 2, bold: true, align: "center" },
  { text: String(classes), bold: true, align: "center" }, { text: dots(learners), bold: true, align: "center" },
  { text: "", span: 3 }, { text: dots(money), bold: true, align: "right" }]);
const R = { kind: "roman", inst: "R" };
const i3 = (num, text) => ({ t: "p", num, text, list: { kind: "decimal", inst: "III" } });
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 46/KH-UBND", "Bắc Kạn, ngày 24 tháng 01 năm 2022", "KẾ HOẠCH",
    "Đào tạo, bồi dưỡng cán bộ, công chức, viên chức tỉnh Bắc Kạn năm 2022"),
  { t: "p", num: "I.", text: "MỤC ĐÍCH, YÊU CẦU", bold: true, indent: false, list: R },
  { t: "p", text: "Nâng cao trình độ, năng lực thực thi công vụ của đội ngũ cán bộ, công chức, viên chức; năm 2022 " +
    "đào tạo, bồi dưỡng cho khoảng 2.000 lượt người, trong đó ít nhất 30% là cán bộ, công chức cấp xã." },
  { t: "p", num: "II.", text: "NỘI DUNG, CHỈ TIÊU ĐÀO TẠO, BỒI DƯỠNG", bold: true, indent: false, list: R },
  { t: "p", text: "Danh mục lớp, quy mô, thời gian, cơ quan chủ trì mở lớp và kinh phí tại Biểu kèm theo. Các cơ " +
    "quan chủ trì mở lớp hoàn thành việc tổ chức lớp trong thời gian ghi tại Biểu." },
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true, indent: false, list: R },
  i3("1.", "Sở Tài chính thẩm định, bố trí kinh phí đào tạo, bồi dưỡng năm 2022 cho các cơ quan chủ trì mở lớp, " +
    "hoàn thành trong quý I/2022."),
  i3("2.", "Các cơ quan, đơn vị cử học viên tham gia đầy đủ; gửi danh sách học viên về cơ quan chủ trì mở lớp chậm " +
    "nhất 10 ngày trước ngày khai giảng."),
  i3("3.", "Sở Nội vụ theo dõi, tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND tỉnh và Bộ Nội vụ trước ngày " +
    "15/12/2022."),
  ...sign(["Bộ Nội vụ", "TT Tỉnh ủy, TT HĐND tỉnh", "Ban Tổ chức Tỉnh ủy", "Các sở, ban, ngành",
    "UBND các huyện, thành phố"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đỗ Thị Minh Hoa"),
  { t: "p", text: "BIỂU KẾ HOẠCH ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC NĂM 2022", bold: true,
    align: "center", indent: false },
  { t: "p", text: "(Kèm theo Kế hoạch số 46/KH-UBND ngày 24/01/2022 của UBND tỉnh Bắc Kạn)", italic: true,
    align: "center", indent: false },
  { t: "table", widths: W, header: 2, rows },
];
tasks.push(task("III.1", "Thẩm định, bố trí kinh phí đào tạo, bồi dưỡng năm 2022 cho các cơ quan chủ trì mở lớp",
  "2022-03-31", ["Sở Tài chính"], []));
tasks.push(task("III.3", "Theo dõi, tổng hợp kết quả thực hiện Kế hoạch", "2022-12-14", [NV], []));

await build(DIR, {
  blocks, printer: "weasyprint", landscape: true,
  css: "@page{size:A4 landscape;margin:1.8cm 1.5cm}table.bd td{font-size:10.5pt}",
  expected: {
    id: ID,
    style: "Kế hoạch 46/KH-UBND Bắc Kạn 24/01/2022 (old departments, districts): training plan. Landscape Biểu " +
      "STT | Nội dung, tên lớp | Đối tượng | Quy mô (Số lớp | Số học viên, gridSpan under a merged two-row header) " +
      "| Thời gian tổ chức | Chủ trì | Phối hợp | Kinh phí; group rows A, B; STT 1-14 continuous (ref = STT); a " +
      "'Tổng cộng' row (numbers, no task). Each course with a time is a task titled by the course name: 'Năm 2022' / " +
      "quý IV -> 31/12 Sat -> 3/1/2023 (2/1 off); quý II -> 30/6; 'Từ tháng 3 đến tháng 6/2022' -> 30/6; 'Trước " +
      "15/10' -> 14/10. Left out: 7 'Theo kế hoạch của Bộ Chỉ huy Quân sự tỉnh' (undated), 11 'Đã tổ chức từ 18 - " +
      "20/01/2022' (done), 14 'Khi có chỉ tiêu' (undated). Body III.1 (quý I -> 31/3) and III.3 ('báo cáo UBND " +
      "tỉnh và Bộ Nội vụ trước 15/12' -> 14/12) are tasks; III.2 relative, undated. 'Văn phòng Đoàn ĐBQH và HĐND " +
      "tỉnh' = Văn phòng HĐND tỉnh. Unresolved: Ban Tổ chức Tỉnh ủy, Trường Chính trị tỉnh. PDF: WeasyPrint " +
      "(landscape).",
    province: "Bắc Kạn",
    plan: { number: "46/KH-UBND", date: "2022-01-24" },
    tasks,
    unresolved: ["Ban Tổ chức Tỉnh ủy", TCT],
    successors: [],
  },
});

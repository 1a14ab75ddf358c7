// 03: Lai Châu before the reorganisation (04/3/2025) — UBND tỉnh's plan for reviewing and appraising the
// new-rural-area (nông thôn mới) criteria of the communes registered to meet the standard in 2025. Mixed: II a
// table of registered communes per district (no tasks); III.1-2 prose with dates (words, hour cutoff); III.3 a
// paragraph giving ONE deadline for a table of departments, each row naming the criteria it appraises (rows take
// the paragraph's date; one row's "Ghi chú" gives its own "Hạn cuối"); III.4-5 prose ("trong tuần thứ hai của
// tháng 5/2025", "trong tháng 6/2025"). plan.pdf: WeasyPrint.
import { assertWeek, build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "03-lai-chau-2025-new-rural-criteria-review-department-criteria-table-one-deadline-in-lead-paragraph";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NN = "Sở Nông nghiệp và Phát triển nông thôn";
const DISTRICTS = ["UBND huyện Tam Đường", "UBND huyện Than Uyên", "UBND huyện Tân Uyên", "UBND huyện Phong Thổ",
  "UBND huyện Sìn Hồ"];
const QS = "Bộ Chỉ huy Quân sự tỉnh";

const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const item = (inst, kind) => (num, text, extra = {}) => ({ t: "p", num, text, list: { kind, inst }, ...extra });
const d1 = item("I", "dash");
const n3 = item("III", "decimal");
const n4 = item("IV", "decimal");
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });
const C = (text) => ({ text, align: "center" });

// [lead as written, criteria, coordinators as written, note, leads, coordinators, own due]
const ROWS = [
  ["Sở Xây dựng", "Tiêu chí số 9 (Nhà ở dân cư)", "", "Tiêu chí số 1 (Quy hoạch) đã thẩm định tại Văn bản số " +
    "215/SXD-QHKT ngày 20/02/2025", ["Sở Xây dựng"], []],
  ["Sở Giao thông vận tải", "Tiêu chí số 2 (Giao thông)", "", "", ["Sở Giao thông vận tải"], []],
  ["Sở NN&PTNT", "Tiêu chí số 3 (Thủy lợi và phòng, chống thiên tai); Tiêu chí số 13 (Tổ chức sản xuất và phát " +
    "triển kinh tế nông thôn)", "", "", [NN], []],
  ["Công ty Điện lực Lai Châu", "Tiêu chí số 4 (Điện)", "Sở Công Thương", "", ["Công ty Điện lực Lai Châu"],
    ["Sở Công Thương"]],
  ["Sở Giáo dục và Đào tạo", "Tiêu chí số 5 (Trường học); Tiêu chí số 14 (Giáo dục và Đào tạo)", "", "",
    ["Sở Giáo dục và Đào tạo"], []],
  ["Sở Văn hóa, Thể thao và Du lịch", "Tiêu chí số 6 (Cơ sở vật chất văn hóa); Tiêu chí số 16 (Văn hóa)", "", "",
    ["Sở Văn hóa, Thể thao và Du lịch"], []],
  ["Sở Công Thương", "Tiêu chí số 7 (Cơ sở hạ tầng thương mại nông thôn)", "", "", ["Sở Công Thương"], []],
  ["Sở Thông tin và Truyền thông", "Tiêu chí số 8 (Thông tin và Truyền thông)", "", "",
    ["Sở Thông tin và Truyền thông"], []],
  ["Cục Thống kê tỉnh", "Tiêu chí số 10 (Thu nhập)", "Sở NN&PTNT", "Hạn cuối ngày 05/5/2025 (sau khi có kết quả " +
    "khảo sát thu nhập bình quân đầu người)", ["Cục Thống kê tỉnh"], [NN], "2025-05-05"],
  ["Sở Lao động - Thương binh và Xã hội", "Tiêu chí số 11 (Nghèo đa chiều); Tiêu chí số 12 (Lao động)", "", "",
    ["Sở Lao động - Thương binh và Xã hội"], []],
  ["Sở Y tế", "Tiêu chí số 15 (Y tế)", "Bảo hiểm xã hội tỉnh", "", ["Sở Y tế"], ["Bảo hiểm xã hội tỉnh"]],
  ["Sở Tài nguyên và Môi trường", "Tiêu chí số 17 (Môi trường và an toàn thực phẩm)", "Sở Y tế, Sở NN&PTNT", "",
    ["Sở Tài nguyên và Môi trường"], ["Sở Y tế", NN]],
  ["Sở Nội vụ", "Tiêu chí số 18 (Hệ thống chính trị và tiếp cận pháp luật)", "Sở Tư pháp", "", ["Sở Nội vụ"],
    ["Sở Tư pháp"]],
  ["Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh", "Tiêu chí số 19 (Quốc phòng và An ninh)", "", "", [QS, "Công an tỉnh"],
    []],
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 64/KH-UBND", "Lai Châu, ngày 04 tháng 3 năm 2025",
    "KẾ HOẠCH", "Rà soát, thẩm định mức độ đạt tiêu chí đối với các xã đăng ký đạt chuẩn nông thôn mới, nông thôn " +
    "mới nâng cao năm 2025"),
  plain("Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về " +
    "xã nông thôn mới và Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021-2025; Quyết định số " +
    "18/2022/QĐ-TTg ngày 02/8/2022 của Thủ tướng Chính phủ về điều kiện, trình tự, thủ tục, hồ sơ xét, công nhận; " +
    "xét đề nghị của Sở Nông nghiệp và Phát triển nông thôn (sau đây viết tắt là Sở NN&PTNT), UBND tỉnh ban hành " +
    "Kế hoạch như sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  d1("-", "Đánh giá đúng thực chất mức độ đạt từng tiêu chí của các xã; không chạy theo thành tích, không công " +
    "nhận xã chưa đủ điều kiện."),
  d1("-", "Hoàn thành xét, công nhận các xã đạt chuẩn năm 2025 trước khi thực hiện sắp xếp đơn vị hành chính cấp " +
    "xã, bảo đảm quyền lợi của các xã đã đầu tư."),
  sec("II.", "CÁC XÃ ĐĂNG KÝ ĐẠT CHUẨN NĂM 2025"),
  { t: "table", widths: [700, 2300, 3200, 3200], header: 1, rows: [
    [C("STT"), C("Huyện"), C("Xã đăng ký đạt chuẩn nông thôn mới"), C("Xã đăng ký đạt chuẩn nông thôn mới nâng cao")],
    [C("1"), "Tam Đường", "Nà Tăm, Sơn Bình", "Bản Giang"],
    [C("2"), "Than Uyên", "Tà Hừa", "Mường Cang"],
    [C("3"), "Tân Uyên", "Hố Mít", "Trung Đồng"],
    [C("4"), "Phong Thổ", "Hoang Thèn", "-"],
    [C("5"), "Sìn Hồ", "Noong Hẻo", "-"],
    [{ text: "Tổng cộng", span: 2, bold: true, align: "center" }, C("06 xã"), C("03 xã")],
  ] },
  sec("III.", "NỘI DUNG VÀ THỜI GIAN THỰC HIỆN"),
  n3("1.", "Xã tự đánh giá: UBND các huyện: Tam Đường, Than Uyên, Tân Uyên, Phong Thổ, Sìn Hồ chỉ đạo UBND các xã " +
    "đăng ký tự rà soát, đánh giá mức độ đạt từng tiêu chí, lấy ý kiến của Nhân dân và hoàn thiện hồ sơ; hoàn " +
    "thành chậm nhất là ngày mười tám tháng ba năm 2025."),
  n3("2.", "Cấp huyện thẩm tra: UBND các huyện nêu trên tổ chức thẩm tra thực tế tại từng xã, gửi hồ sơ đề nghị " +
    "thẩm định về Sở NN&PTNT (qua Văn phòng Điều phối nông thôn mới tỉnh) trước 17 giờ ngày 04/4/2025."),
  n3("3.", "Thẩm định theo tiêu chí: các sở, ngành được phân công tại bảng dưới đây kiểm tra hồ sơ, thẩm định thực " +
    "tế mức độ đạt tiêu chí của từng xã, gửi văn bản thẩm định về Sở NN&PTNT chậm nhất là ngày 25/4/2025 (trừ " +
    "trường hợp có thời hạn riêng ghi tại cột Ghi chú):"),
  { t: "table", widths: [720, 2450, 2780, 1650, 1800], header: 1, rows: [
    [C("STT"), C("Sở, ngành chủ trì thẩm định"), C("Tiêu chí thẩm định"), C("Cơ quan phối hợp"), C("Ghi chú")],
    ...ROWS.map((r, i) => [{ text: String(i + 1), align: "center", list: { kind: "cell", inst: "T3" } }, r[0], r[1],
      r[2], r[3]]),
  ] },
  n3("4.", "Sở NN&PTNT tổng hợp kết quả thẩm định của các sở, ngành, báo cáo Hội đồng thẩm định tỉnh xem xét " +
    "trong tuần thứ hai của tháng 5/2025."),
  n3("5.", "Sở NN&PTNT hoàn thiện hồ sơ, trình UBND tỉnh quyết định công nhận các xã đạt chuẩn; hoàn thành trong " +
    "tháng 6/2025."),
  sec("IV.", "TỔ CHỨC THỰC HIỆN"),
  n4("1.", "Sở Tài chính bố trí kinh phí cho hoạt động thẩm định từ nguồn Chương trình mục tiêu quốc gia xây dựng " +
    "nông thôn mới theo quy định."),
  n4("2.", "UBND các huyện, thành phố báo cáo tiến độ xây dựng nông thôn mới (qua Sở NN&PTNT) vào ngày 20 hằng " +
    "tháng."),
  n4("3.", "Văn phòng Điều phối nông thôn mới tỉnh giúp Sở NN&PTNT theo dõi, đôn đốc các sở, ngành, địa phương " +
    "thực hiện Kế hoạch này./."),
  ...sign(["Văn phòng Điều phối NTM Trung ương (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh",
    "Các sở, ngành tại Mục III.3", "UBND các huyện, thành phố", "VP Điều phối NTM tỉnh"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hà Trọng Hải"),
];

assertWeek("2025-05-14", 2025, 5, 2);
const tasks = [
  task("III.1", "Chỉ đạo UBND các xã đăng ký tự rà soát, đánh giá mức độ đạt từng tiêu chí, lấy ý kiến của Nhân " +
    "dân và hoàn thiện hồ sơ", "2025-03-18", DISTRICTS),
  task("III.2", "Tổ chức thẩm tra thực tế tại từng xã, gửi hồ sơ đề nghị thẩm định về Sở NN&PTNT", "2025-04-04",
    DISTRICTS),
  ...ROWS.map((r, i) => task(`III.3.${i + 1}`, "Thẩm định mức độ đạt " + r[1], r[6] ?? "2025-04-25", r[4], r[5],
    !r[6])),
  task("III.4", "Tổng hợp kết quả thẩm định của các sở, ngành, báo cáo Hội đồng thẩm định tỉnh xem xét",
    "2025-05-14", [NN]),
  task("III.5", "Hoàn thiện hồ sơ, trình UBND tỉnh quyết định công nhận các xã đạt chuẩn", "2025-06-30", [NN]),
];

await build(DIR, {
  blocks, printer: "weasyprint",
  expected: {
    id: ID,
    style: "Kế hoạch 64/KH-UBND of UBND tỉnh Lai Châu, 04/3/2025 (before the reorganisation: old departments, " +
      "districts), appraising the new-rural-area (nông thôn mới) criteria of the communes registered for 2025. " +
      "'Sở NN&PTNT' defined in the preamble. II a table of registered communes per district with a total row: no " +
      "tasks. III numbered prose 1-5; III.3 is a lead paragraph giving ONE deadline ('chậm nhất là ngày " +
      "25/4/2025 (trừ trường hợp có thời hạn riêng ghi tại cột Ghi chú)') for the table under it: STT | Sở, ngành " +
      "chủ trì thẩm định | Tiêu chí thẩm định | Cơ quan phối hợp | Ghi chú, one row per department. Reading: ref = " +
      "III.<n>, table rows III.3.<STT>; a row's lead = its unit cell (row 14 two leads), coordinators = the " +
      "'Cơ quan phối hợp' cell; title = the paragraph's work ('Thẩm định mức độ đạt') + the row's criteria; rows " +
      "take 25/4 from the paragraph (inherited true) except row 9, whose Ghi chú 'Hạn cuối ngày 05/5/2025' is its " +
      "own (inherited false). Row 1's Ghi chú says criterion 1 is done: the row's task is criterion 9 only. III.1 " +
      "'UBND các huyện: Tam Đường, Than Uyên, Tân Uyên, Phong Thổ, Sìn Hồ' = those five districts (not " +
      "@districts); III.2 'UBND các huyện nêu trên' = the same five. Dates: 'chậm nhất là ngày mười tám tháng ba " +
      "năm 2025' -> 18/3; 'trước 17 giờ ngày 04/4/2025' -> 4/4 (an hour on that day); 'trong tuần thứ hai của " +
      "tháng 5/2025' -> week rule: days 8-14 of the month, due = its last working day -> Wed 14/5; 'trong tháng " +
      "6/2025' -> 30/6. 'gửi … về Sở NN&PTNT (qua Văn phòng Điều phối …)', 'báo cáo Hội đồng thẩm định tỉnh', " +
      "'trình UBND tỉnh' are recipients. Left out: IV.1 (undated), IV.2 (hằng tháng), IV.3 (undated). Bộ Chỉ huy " +
      "Quân sự tỉnh is not in the directory. PDF: WeasyPrint from the HTML.",
    province: "Lai Châu",
    plan: { number: "64/KH-UBND", date: "2025-03-04" },
    tasks,
    unresolved: [QS],
    successors: [],
  },
});

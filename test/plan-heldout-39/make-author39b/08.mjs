// 08: Lai Châu (before the reorganisation), UBND tỉnh, Kế hoạch 38/KH-UBND ngày 17/02/2025, xây dựng nông thôn mới
// năm 2025. Habit: ROWS BROKEN ACROSS PAGES: a landscape task table whose cells hold several paragraphs (the task's
// sub-steps, long "Cơ quan phối hợp" lists a unit a line), Word's default "allow row to break across pages" (no
// w:cantSplit) and a repeated header row (w:tblHeader), so in plan.pdf rows continue at the top of the next page
// under the repeated header with no STT; the clerk pushed the time of some rows down with empty paragraphs to line
// it up with the last sub-step, so it sits only on the continuation part. plan.txt is a clerk's copy (Word's table
// to text: cells by tabs, a cell's paragraphs as lines, the empty ones dropped).
import { build, toText, task, wrap } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";

const ID = "08-lai-chau-2025-landscape-table-rows-broken-across-pages-repeated-header-multi-paragraph-cells-time-below";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NN = "Sở Nông nghiệp và Phát triển nông thôn", KH = "Sở Kế hoạch và Đầu tư", TC = "Sở Tài chính";
const XD = "Sở Xây dựng", GT = "Sở Giao thông vận tải", TN = "Sở Tài nguyên và Môi trường", CT = "Sở Công Thương";
const PN = "Hội Liên hiệp Phụ nữ tỉnh", TD = "Tỉnh đoàn", H = "@districts";
const HU = "UBND các huyện, thành phố";

// [title, sub-steps, lead cell, coordinator lines, time, pushed down?, due | null, lead, coordinators]
const data = [
  ["Rà soát, đánh giá thực trạng các tiêu chí nông thôn mới của các xã đăng ký đạt chuẩn năm 2025",
    ["Ban hành văn bản hướng dẫn rà soát theo Bộ tiêu chí giai đoạn 2021-2025", "Các huyện, thành phố tự rà soát, " +
      "lập biểu tổng hợp từng tiêu chí, chỉ tiêu", "Tổng hợp, xác định tiêu chí còn thiếu, đề xuất giải pháp " +
      "hỗ trợ"], "Sở Nông nghiệp và PTNT", ["Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Xây dựng",
      "Sở Giao thông vận tải", HU], "Trước ngày 31/3/2025", true, "2025-03-30", [NN], [KH, TC, XD, GT, H]],
  ["Phân bổ, giao chi tiết kế hoạch vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2025",
    ["Tổng hợp nhu cầu vốn của các huyện, thành phố", "Tham mưu UBND tỉnh trình HĐND tỉnh phân bổ vốn",
      "Thông báo kế hoạch vốn chi tiết đến từng xã, từng dự án"],
    "Sở Kế hoạch và Đầu tư", ["Sở Tài chính", "Sở Nông nghiệp và PTNT"], "Quý I/2025", false, "2025-03-31", [KH],
    [TC, NN]],
  ["Hướng dẫn cơ chế quản lý, thanh toán, quyết toán vốn sự nghiệp thực hiện Chương trình",
    ["Dự thảo hướng dẫn, lấy ý kiến các sở, ngành, địa phương", "Tổ chức hội nghị giải đáp vướng mắc cho kế toán cấp xã",
      "Hoàn thiện, ban hành hướng dẫn"], "Sở Tài chính",
    ["Kho bạc Nhà nước tỉnh", "Sở Kế hoạch và Đầu tư"], "Tháng 4/2025", true, "2025-04-30", [TC],
    ["Kho bạc Nhà nước tỉnh", KH]],
  ["Cứng hóa đường trục thôn, bản, đường nội đồng theo cơ chế đặc thù",
    ["Hướng dẫn thiết kế mẫu, định mức hỗ trợ xi măng", "Các huyện lập danh mục tuyến đường, phân bổ vật tư",
      "Tổ chức thi công, nghiệm thu, đưa vào sử dụng", "Kiểm tra chất lượng công trình tại các xã"],
    "Sở Giao thông vận tải", ["Sở Xây dựng", "Sở Tài chính", "UBND huyện Tam Đường", "UBND huyện Than Uyên",
      "UBND huyện Tân Uyên"], "Từ tháng 3 đến tháng 10/2025", true, "2025-10-31", [GT],
    [XD, TC, "UBND huyện Tam Đường", "UBND huyện Than Uyên", "UBND huyện Tân Uyên"]],
  ["Điều chỉnh quy hoạch chung xây dựng xã phù hợp với tiêu chí nông thôn mới",
    ["Rà soát quy hoạch chung xây dựng các xã đã hết thời hạn", "Lấy ý kiến cộng đồng dân cư về phương án điều chỉnh",
      "Thẩm định, phê duyệt điều chỉnh quy hoạch"],
    "Sở Xây dựng", ["Sở Tài nguyên và Môi trường", "Sở Giao thông vận tải", HU], "6 tháng đầu năm 2025", false,
    "2025-06-30", [XD], [TN, GT, H]],
  ["Cải tạo, nâng cấp lưới điện nông thôn bảo đảm tiêu chí số 4 về điện",
    ["Khảo sát các thôn, bản chưa có điện lưới quốc gia", "Đầu tư, cải tạo đường dây và trạm biến áp",
      "Nghiệm thu, đóng điện"], "Công ty Điện lực Lai Châu", ["Sở Công Thương", "UBND huyện Mường Tè",
      "UBND huyện Nậm Nhùn"], "Quý III/2025", true, "2025-09-30", ["Công ty Điện lực Lai Châu"],
    [CT, "UBND huyện Mường Tè", "UBND huyện Nậm Nhùn"]],
  ["Phát triển sản phẩm OCOP gắn với lợi thế của từng địa phương",
    ["Hướng dẫn chủ thể hoàn thiện hồ sơ sản phẩm", "Hỗ trợ thiết kế bao bì, nhãn mác, truy xuất nguồn gốc",
      "Tổ chức đánh giá, phân hạng sản phẩm OCOP cấp tỉnh"], "Sở Nông nghiệp và PTNT", ["Sở Công Thương",
      "Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch", "Hội Nông dân tỉnh", HU],
    "Trước ngày 15/9/2025", true, "2025-09-14", [NN], [CT, "Sở Khoa học và Công nghệ",
      "Sở Văn hóa, Thể thao và Du lịch", "Hội Nông dân tỉnh", H]],
  ["Tuyên truyền về xây dựng nông thôn mới trên các phương tiện thông tin đại chúng",
    ["Xây dựng chuyên mục, chuyên trang về nông thôn mới"], "Sở Thông tin và Truyền thông",
    ["Báo Lai Châu", "Đài Phát thanh - Truyền hình tỉnh"], "Thường xuyên", false, null],
  ["Đào tạo nghề cho lao động nông thôn, chuyển dịch cơ cấu lao động",
    ["Khảo sát nhu cầu học nghề của lao động nông thôn", "Mở lớp đào tạo nghề ngắn hạn tại xã",
      "Giới thiệu việc làm sau đào tạo"], "Sở Lao động - Thương binh và Xã hội", ["Hội Liên hiệp Phụ nữ tỉnh",
      "Tỉnh đoàn", HU], "Tháng 11/2025", true, "2025-11-30", ["Sở Lao động - Thương binh và Xã hội"], [PN, TD, H]],
  ["Đầu tư cơ sở vật chất, xây dựng trường học đạt chuẩn quốc gia ở các xã",
    ["Rà soát các trường chưa đạt chuẩn", "Bố trí nguồn lực đầu tư phòng học, công trình phụ trợ",
      "Bổ sung giáo viên, thiết bị dạy học theo chương trình mới", "Kiểm tra, công nhận trường đạt chuẩn"],
    "Sở Giáo dục và Đào tạo", ["Sở Tài chính", "Sở Kế hoạch và Đầu tư", "UBND huyện Sìn Hồ", "UBND huyện Phong Thổ"],
    "Hoàn thành trước 31/8/2025", true, "2025-08-30", ["Sở Giáo dục và Đào tạo"],
    [TC, KH, "UBND huyện Sìn Hồ", "UBND huyện Phong Thổ"]],
  ["Nâng cấp trạm y tế xã đạt Bộ tiêu chí quốc gia về y tế xã",
    ["Bổ sung trang thiết bị y tế thiết yếu", "Tăng tỷ lệ người dân tham gia bảo hiểm y tế",
      "Lập hồ sơ quản lý sức khỏe cá nhân cho người dân"], "Sở Y tế",
    ["Bảo hiểm xã hội tỉnh", HU], "Quý IV/2025", false, "2025-12-31", ["Sở Y tế"], ["Bảo hiểm xã hội tỉnh", H]],
  ["Thu gom, xử lý chất thải rắn sinh hoạt, cải thiện cảnh quan môi trường nông thôn",
    ["Hướng dẫn phân loại rác tại nguồn", "Xây dựng mô hình \"Đường hoa\", \"Bản sáng - xanh - sạch - đẹp\"",
      "Kiểm tra, đánh giá tiêu chí môi trường tại các xã"], "Sở Tài nguyên và Môi trường",
    ["Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn", HU], "Tháng 10/2025", true, "2025-10-31", [TN], [PN, TD, H]],
  ["Xây dựng, hoàn thiện thiết chế văn hóa, thể thao thôn, bản",
    ["Hỗ trợ xây dựng nhà văn hóa thôn, bản", "Tổ chức phong trào văn hóa, thể thao ở cơ sở",
      "Bảo tồn lễ hội, trang phục truyền thống của đồng bào các dân tộc"],
    "Sở Văn hóa, Thể thao và Du lịch", ["Ban Dân tộc tỉnh", HU], "Trước ngày 20/11/2025", false, "2025-11-19",
    ["Sở Văn hóa, Thể thao và Du lịch"], ["Ban Dân tộc tỉnh", H]],
  ["Thẩm định, xét công nhận xã đạt chuẩn nông thôn mới, nông thôn mới nâng cao năm 2025",
    ["Các huyện hoàn thiện hồ sơ đề nghị", "Lấy ý kiến các sở, ngành phụ trách tiêu chí",
      "Trình Chủ tịch UBND tỉnh quyết định công nhận"], "Sở Nông nghiệp và PTNT", ["Các sở, ban, ngành", HU],
    "Trước ngày 25/12/2025", true, "2025-12-24", [NN], ["@departments", H]],
];

const tasks = [];
const rows = [["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]];
const txtRows = [rows[0]];
data.forEach(([title, steps, lc, cl, time, down, due, lead, co], i) => {
  const stt = { text: String(i + 1), align: "center", list: { kind: "cell", inst: "stt" } };
  const content = { paras: [{ text: title, bold: true }, ...steps.map((s) => ({ text: "- " + s }))] };
  const coords = { paras: cl.map((c, j) => ({ text: `- ${c}${j < cl.length - 1 ? ";" : "."}` })) };
  // the clerk's Enter presses: as many empty lines as the content cell has above its last sub-step
  const above = wrap(title, 238, 12, true).length + steps.slice(0, -1).reduce((n, x) => n + wrap("- " + x, 238, 12).length, 0);
  const tc = { paras: [...(down ? Array.from({ length: above }, () => ({ text: "" })) : []), { text: time, align: "center" }] };
  rows.push([stt, content, { text: lc, align: "center" }, coords, tc]);
  txtRows.push([String(i + 1), content, lc, coords, time]);
  if (due) tasks.push(task(String(i + 1), title, due, lead, co));
});

const TITLE = "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh Lai Châu năm 2025";
const pre = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 38/KH-UBND", "Lai Châu, ngày 17 tháng 02 năm 2025", "KẾ HOẠCH", TITLE),
  { t: "p", num: "I.", text: "MỤC TIÊU", bold: true },
  { t: "p", align: "justify", text: "Năm 2025 có thêm ít nhất 10 xã đạt chuẩn nông thôn mới, 03 xã đạt chuẩn nông " +
    "thôn mới nâng cao; bình quân toàn tỉnh đạt 16,5 tiêu chí/xã; không còn xã dưới 10 tiêu chí." },
  { t: "p", num: "II.", text: "NHIỆM VỤ, GIẢI PHÁP VÀ PHÂN CÔNG THỰC HIỆN", bold: true },
  { t: "p", italic: true, text: "(Chi tiết tại bảng dưới đây)" },
];
const post = [
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true },
  { t: "p", align: "justify", text: "Sở Nông nghiệp và Phát triển nông thôn (cơ quan thường trực Chương trình) theo " +
    "dõi, đôn đốc; các cơ quan, đơn vị báo cáo kết quả thực hiện định kỳ hằng quý về Văn phòng Điều phối nông thôn " +
    "mới tỉnh để tổng hợp, báo cáo UBND tỉnh." },
  ...sign(["Bộ Nông nghiệp và PTNT (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành", HU],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hà Trọng Hải"),
];
const widths = [700, 5000, 2100, 4200, 2500];
const blocks = [...pre, { t: "table", widths, header: 1, rows }, ...post];
const txt = toText([...pre, { t: "table", widths, header: 1, rows: txtRows }, ...post]);

const DATES = "Dates: 1 'Trước ngày 31/3/2025' -> 30/3 Sun -> 31/3 Mon; 2 'Quý I/2025' 31/3 Mon; 3 'Tháng 4/2025' 30/4 " +
  "Wed holiday (30/4-2/5, weekend) -> 5/5 Mon; 4 'Từ tháng 3 đến tháng 10/2025' 31/10 Fri; 5 '6 tháng đầu năm 2025' " +
  "30/6 Mon; 6 'Quý III/2025' 30/9 Tue; 7 'Trước ngày 15/9/2025' -> 14/9 Sun -> 15/9 Mon; 8 'Thường xuyên' no " +
  "task; 9 'Tháng 11/2025' 30/11 Sun -> 1/12 Mon; 10 'Hoàn thành trước 31/8/2025' -> 30/8 Sat (1-2/9 holidays) -> " +
  "3/9 Wed; 11 'Quý IV/2025' 31/12 Wed; 12 'Tháng 10/2025' 31/10 Fri; 13 'Trước ngày 20/11/2025' -> 19/11 Wed; 14 " +
  "'Trước ngày 25/12/2025' -> 24/12 Wed.";

await build(DIR, {
  blocks, printer: "libreoffice", landscape: true, txt,
  expected: {
    id: ID,
    style: "Kế hoạch 38/KH-UBND of UBND tỉnh Lai Châu, 17/02/2025 (before the reorganisation: old departments and " +
      "districts, the directory in force on the plan's date even for later deadlines), nông thôn mới năm 2025. " +
      "HABIT: ROWS BROKEN ACROSS PAGES: a landscape table STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối " +
      "hợp | Thời gian hoàn thành, 14 rows whose cells hold several paragraphs (a bold task title then '- ' " +
      "sub-steps; the coordinators a unit a line), Word's default 'allow row to break across pages' (no " +
      "w:cantSplit) and the header row repeated (w:tblHeader): in plan.pdf rows run on at the top of the next page " +
      "under the repeated header, with no STT; in rows 1, 3, 4, 6, 7, 9, 10, 12, 14 the time is pushed down by empty " +
      "paragraphs to line up with the last sub-step, so where such a row breaks its time is only on the " +
      "continuation (in plan.pdf rows 3, 7 and 12 break so). Title = the bold first paragraph; sub-steps are undated parts of the task. ref = STT. " + DATES +
      " 'UBND các huyện, thành phố' = @districts, 'Các sở, ban, ngành' = @departments, 'Sở Nông nghiệp và PTNT' = " +
      "Sở Nông nghiệp và Phát triển nông thôn. plan.txt a clerk's copy (table to text, the empty paragraphs " +
      "dropped); plan.pdf LibreOffice's print of plan-auto.docx.",
    province: "Lai Châu",
    plan: { number: "38/KH-UBND", date: "2025-02-17" },
    tasks, unresolved: [], successors: [],
  },
});

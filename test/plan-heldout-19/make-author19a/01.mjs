// 01: Thái Nguyên 2024 (before the reorganisation) — a PCI/DDCI plan whose appendix table has, under its header, the
// row of column numbers "(1) … (6)" offices put in every official table, and fills the lead, coordinator and time
// cells with ditto marks ("Nt", "-nt-", "nt", "Như trên") meaning "the same as the row above". One ditto copies a
// "Thường xuyên" (so that row is not dated either). plan.pdf: the LibreOffice PDF distilled again by Ghostscript
// (pdfwrite), as a virtual PDF printer (PDFCreator-like) does.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "01-thai-nguyen-2024-ditto-marks-column-number-row";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const KH = "Sở Kế hoạch và Đầu tư";
const TN = "Sở Tài nguyên và Môi trường";
const VP = "Văn phòng UBND tỉnh";
const HH = "Hiệp hội Doanh nghiệp tỉnh";
const KCN = "Ban Quản lý các khu công nghiệp tỉnh";
const D = "@districts";
// [group] | [content, lead cell, coord cell, time cell, product, lead[], coord[], due | null]
const ROWS = [
  ["I", "CHI PHÍ GIA NHẬP THỊ TRƯỜNG VÀ CHI PHÍ THỜI GIAN"],
  ["Rút ngắn thời gian giải quyết thủ tục đăng ký doanh nghiệp xuống còn 02 ngày làm việc", "Sở Kế hoạch và Đầu tư",
    "Cục Thuế tỉnh", "Tháng 5/2024", "Quy trình nội bộ được phê duyệt", [KH], ["Thuế tỉnh"], "2024-05-31"],
  ["Công khai quy trình nội bộ, thời gian giải quyết thủ tục hành chính lĩnh vực đầu tư trên Cổng thông tin điện " +
    "tử tỉnh", "Nt", "Văn phòng UBND tỉnh", "Quý II/2024", "Quy trình được công khai", [KH], [VP], "2024-06-30"],
  ["Tiếp nhận hồ sơ đăng ký hộ kinh doanh trực tuyến toàn trình tại cấp huyện", "UBND các huyện, thành phố",
    "Sở Kế hoạch và Đầu tư", "-nt-", "Tỷ lệ hồ sơ trực tuyến đạt trên 60%", [D], [KH], "2024-06-30"],
  ["II", "TIẾP CẬN ĐẤT ĐAI VÀ TÍNH ỔN ĐỊNH TRONG SỬ DỤNG ĐẤT"],
  ["Công khai kế hoạch sử dụng đất năm 2024 cấp huyện trên trang thông tin điện tử của UBND cấp huyện",
    "Sở Tài nguyên và Môi trường", "UBND các huyện, thành phố", "Trước 31/3/2024", "Kế hoạch được công khai", [TN],
    [D], "2024-03-30"],
  ["Rà soát quỹ đất sạch, lập danh mục dự án kêu gọi đầu tư năm 2024 - 2025", "Nt",
    "Sở Kế hoạch và Đầu tư; Ban Quản lý các khu công nghiệp tỉnh", "Tháng 7/2024", "Danh mục dự án", [TN], [KH, KCN],
    "2024-07-31"],
  ["Tiếp nhận, trả lời kiến nghị của doanh nghiệp về thủ tục đất đai", "Nt", "Nt", "Thường xuyên",
    "Văn bản trả lời", [TN], [KH, KCN], null],
  ["Đẩy nhanh cấp giấy chứng nhận quyền sử dụng đất cho doanh nghiệp trong khu công nghiệp",
    "Ban Quản lý các khu công nghiệp tỉnh", "Sở Tài nguyên và Môi trường", "-nt-", "Giấy chứng nhận được cấp", [KCN],
    [TN], null],
  ["III", "TÍNH MINH BẠCH VÀ TIẾP CẬN THÔNG TIN"],
  ["Xây dựng chuyên mục \"Hỗ trợ doanh nghiệp\" trên Cổng thông tin điện tử tỉnh", "Sở Thông tin và Truyền thông",
    "Văn phòng UBND tỉnh", "Trước 30/6/2024", "Chuyên mục đi vào hoạt động", ["Sở Thông tin và Truyền thông"], [VP],
    "2024-06-29"],
  ["Cập nhật văn bản, chính sách mới liên quan đến doanh nghiệp lên chuyên mục", "Các sở, ban, ngành",
    "Như trên", "Tháng 6/2024", "Văn bản được đăng tải", ["@departments"], [VP], "2024-06-30"],
  ["Tổ chức Hội nghị đối thoại giữa lãnh đạo tỉnh với doanh nghiệp", "Sở Kế hoạch và Đầu tư",
    "Hiệp hội Doanh nghiệp tỉnh", "Hằng quý", "Thông báo kết luận hội nghị", [KH], [HH], null],
  ["IV", "THIẾT CHẾ PHÁP LÝ, CHI PHÍ KHÔNG CHÍNH THỨC VÀ ĐÀO TẠO LAO ĐỘNG"],
  ["Khảo sát, đánh giá Chỉ số năng lực cạnh tranh cấp sở, ngành, địa phương (DDCI) năm 2024", "Sở Kế hoạch và Đầu tư",
    "Hiệp hội Doanh nghiệp tỉnh", "Quý III/2024", "Báo cáo kết quả khảo sát", [KH], [HH], "2024-09-30"],
  ["Công bố kết quả Chỉ số DDCI năm 2024", "nt", "nt", "15/11/2024", "Quyết định công bố", [KH], [HH], "2024-11-15"],
  ["Kiểm tra công vụ việc giải quyết thủ tục hành chính liên quan đến doanh nghiệp", "Sở Nội vụ", "Thanh tra tỉnh",
    "Quý III/2024", "Kết luận kiểm tra", ["Sở Nội vụ"], ["Thanh tra tỉnh"], "2024-09-30"],
  ["Đào tạo nghề theo đặt hàng của doanh nghiệp trong các khu, cụm công nghiệp",
    "Sở Lao động - Thương binh và Xã hội", "UBND các huyện, thành phố", "-nt-", "Số lao động được đào tạo",
    ["Sở Lao động - Thương binh và Xã hội"], [D], "2024-09-30"],
  ["Phổ biến pháp luật về hợp đồng, đất đai, thuế cho doanh nghiệp nhỏ và vừa", "Sở Tư pháp",
    "Hiệp hội Doanh nghiệp tỉnh", "Trước 20/12/2024", "Hội nghị phổ biến pháp luật", ["Sở Tư pháp"], [HH],
    "2024-12-19"],
  ["Rà soát, xử lý phản ánh về chi phí không chính thức trong giải quyết thủ tục hành chính", "Thanh tra tỉnh",
    "Nt", "Nt", "Báo cáo kết quả xử lý", ["Thanh tra tỉnh"], [HH], "2024-12-19"],
];
const W = [720, 2670, 1450, 1450, 1400, 1660];
const rows = [
  ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
  ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"].map((t) => ({ text: t, italic: true, bold: false, align: "center" })),
];
const tasks = [];
let n = 0;
for (const r of ROWS) {
  if (r.length === 2) {
    rows.push([{ text: r[0], bold: true, align: "center", list: { kind: "rcell", inst: "G" } },
      { text: r[1], span: 5, bold: true }]);
    continue;
  }
  const [content, leadCell, coordCell, time, product, lead, coord, due] = r;
  n += 1;
  const stt = { text: String(n), align: "center", list: { kind: "cell", inst: "stt" } };
  const c = (t) => ({ text: t, align: /^(-?nt-?|Nt|Như trên)$/.test(t) ? "center" : undefined });
  rows.push([stt, content, c(leadCell), c(coordCell), { text: time, align: "center" }, product]);
  if (due) tasks.push(task(String(n), content, due, lead, coord));
}
const R = { kind: "roman", inst: "R" };
const i3 = (num, text) => ({ t: "p", num, text, list: { kind: "decimal", inst: "III" } });
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 52/KH-UBND", "Thái Nguyên, ngày 12 tháng 3 năm 2024",
    "KẾ HOẠCH", "Cải thiện Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)\nvà Chỉ số DDCI tỉnh Thái Nguyên năm 2024"),
  { t: "p", text: "Năm 2023, Chỉ số PCI của tỉnh Thái Nguyên đạt 67,05 điểm, xếp thứ 11/63 tỉnh, thành phố; chỉ số " +
    "thành phần Tiếp cận đất đai và Chi phí không chính thức giảm điểm so với năm 2022. Để khắc phục hạn chế, UBND " +
    "tỉnh ban hành Kế hoạch cải thiện Chỉ số PCI và Chỉ số DDCI năm 2024 như sau:" },
  { t: "p", num: "I.", text: "MỤC ĐÍCH, YÊU CẦU", bold: true, indent: false, list: R },
  { t: "p", text: "Nâng cao chất lượng điều hành kinh tế của chính quyền các cấp; phấn đấu năm 2024 Chỉ số PCI " +
    "của tỉnh thuộc nhóm 10 tỉnh, thành phố dẫn đầu cả nước. Mỗi nhiệm vụ giao rõ cơ quan chủ trì, thời gian hoàn " +
    "thành và sản phẩm đầu ra." },
  { t: "p", num: "II.", text: "NHIỆM VỤ, GIẢI PHÁP", bold: true, indent: false, list: R },
  { t: "p", text: "Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này. Trong Phụ lục, \"Nt\" (như trên) là nội " +
    "dung giống ô tương ứng của dòng liền trên." },
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true, indent: false, list: R },
  i3("1.", "Sở Kế hoạch và Đầu tư là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết " +
    "quả thực hiện năm 2024, báo cáo UBND tỉnh trước ngày 10/12/2024."),
  i3("2.", "Các sở, ban, ngành, UBND các huyện, thành phố báo cáo kết quả thực hiện định kỳ hằng quý (trước ngày " +
    "15 của tháng cuối quý) về Sở Kế hoạch và Đầu tư."),
  i3("3.", "Kinh phí thực hiện được bố trí trong dự toán chi thường xuyên năm 2024 của các cơ quan, đơn vị."),
  ...sign(["Bộ Kế hoạch và Đầu tư", "Phòng Thương mại và Công nghiệp Việt Nam", "TT Tỉnh ủy, TT HĐND tỉnh",
    "Các sở, ban, ngành", "UBND các huyện, thành phố", "Hiệp hội Doanh nghiệp tỉnh"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lê Quang Tiến"),
  { t: "p", text: "PHỤ LỤC\nNHIỆM VỤ CẢI THIỆN CHỈ SỐ PCI VÀ DDCI NĂM 2024", bold: true, align: "center",
    indent: false },
  { t: "p", text: "(Kèm theo Kế hoạch số 52/KH-UBND ngày 12/3/2024 của UBND tỉnh Thái Nguyên)", italic: true,
    align: "center", indent: false },
  { t: "table", widths: W, header: 2, rows },
];
tasks.push(task("III.1", "Tổng hợp kết quả thực hiện Kế hoạch năm 2024", "2024-12-09", [KH], []));

await build(DIR, {
  blocks, printer: "ghostscript",
  expected: {
    id: ID,
    style: "Kế hoạch 52/KH-UBND Thái Nguyên 12/3/2024 (old departments, districts): body I-III and a Phụ lục " +
      "table STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian hoàn thành | Sản phẩm, a second header row of column " +
      "numbers '(1)'..'(6)' (not a task, not STT), group rows I-IV, STT 1-16 continuous (ref = STT). Ditto marks " +
      "'Nt', 'nt', '-nt-', 'Như trên' copy the cell of the row just above (body defines 'Nt'): 2 lead Sở KH&ĐT; 3 " +
      "time = quý II; 5 lead Sở TN&MT; 6 lead+coord copied but 'Thường xuyên' -> not a task; 7 time '-nt-' copies " +
      "'Thường xuyên' -> not a task; 9 coord VP UBND tỉnh; 10 'Hằng quý' left out; 12 lead+coord from 11; 14 time " +
      "quý III from 13; 16 coord+time from 15 ('Trước 20/12' -> 19/12). Dates: 'Trước 31/3' -> 30/3 Sat -> 1/4; " +
      "quý II / tháng 6 -> 30/6 Sun -> 1/7; 'Trước 30/6' -> 29/6 Sat -> 1/7; bare '15/11/2024' = that day. Body " +
      "III.1 (báo cáo UBND tỉnh trước 10/12 -> 9/12) is a task; III.2 recurring, III.3 undated. 'Cục Thuế tỉnh' = " +
      "Thuế tỉnh. PDF: LibreOffice then Ghostscript pdfwrite (Producer GPL Ghostscript).",
    province: "Thái Nguyên",
    plan: { number: "52/KH-UBND", date: "2024-03-12" },
    tasks,
    unresolved: [],
    successors: [],
  },
});

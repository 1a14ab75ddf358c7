// 05: Thái Nguyên, 3/2024 — a two-year plan (giai đoạn 2024-2025) whose table mixes RECURRING deadlines
// ("Trước ngày 15/5 hằng năm", "Hằng quý, trước ngày 20 tháng cuối quý") with one-off dates. PDF by WeasyPrint.
import { T, headerBlock, signBlock, toHtml, weasyPrintPdf, writeExpected, writeWordAndText } from "./model.mjs";

const SLUG = "05-thai-nguyen-2024-recurring-annual-deadlines";
const DEP = "Các sở, ban, ngành tỉnh";
const DIS = "UBND các huyện, thành phố";

const ROWS = [
  ["Xây dựng, ban hành Kế hoạch cải cách hành chính hằng năm của cơ quan, đơn vị", `${DEP}; ${DIS}`, "",
    "Trước ngày 15/12 hằng năm"],
  ["Tự đánh giá, chấm điểm Chỉ số cải cách hành chính, gửi Sở Nội vụ kèm tài liệu kiểm chứng", `${DEP}; ${DIS}`, "",
    "Trước ngày 15/01 hằng năm"],
  ["Hoàn thiện Bộ tiêu chí xác định Chỉ số CCHC của các sở, ban, ngành và UBND các huyện, thành phố", "Sở Nội vụ",
    "Văn phòng UBND tỉnh; Sở Tư pháp", "Trước 30/4/2024"],
  ["Rà soát, công bố danh mục thủ tục hành chính được sửa đổi, bổ sung, bãi bỏ", "Văn phòng UBND tỉnh", DEP,
    "Trước ngày 15/5 hằng năm"],
  ["Cập nhật thông tin cán bộ, công chức, viên chức vào Cơ sở dữ liệu quốc gia về cán bộ, công chức", "Sở Nội vụ",
    `${DEP}; ${DIS}`, "Hằng quý, trước ngày 20 tháng cuối quý"],
  ["Điều tra xã hội học đo lường sự hài lòng của người dân, tổ chức (SIPAS)", "Sở Nội vụ",
    `Bưu điện tỉnh; ${DIS}`, "Từ tháng 8 đến tháng 10 hằng năm"],
  ["Báo cáo định kỳ công tác cải cách hành chính (6 tháng, năm)", `${DEP}; ${DIS}`, "",
    "Trước ngày 15/6 và ngày 15/12 hằng năm"],
  ["Hướng dẫn giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập", "Sở Tài chính", "Sở Nội vụ",
    "Trước 31/7/2024"],
  ["Triển khai nền tảng số đánh giá mức độ hài lòng tại Bộ phận Một cửa các cấp", "Sở Thông tin và Truyền thông",
    "Sở Nội vụ; Văn phòng UBND tỉnh", "Quý III/2024"],
  ["Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị", "Sở Nội vụ",
    "Văn phòng UBND tỉnh; Sở Tư pháp", "Theo Kế hoạch kiểm tra được phê duyệt hằng năm"],
  ["Công bố lại Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 khi có thay đổi", "Sở Khoa học và Công nghệ", DEP,
    "Trước ngày 30/11 hằng năm"],
  ["Tuyên truyền về cải cách hành chính trên các phương tiện thông tin đại chúng", "Sở Thông tin và Truyền thông",
    "Đài Phát thanh - Truyền hình tỉnh", "Thường xuyên"],
  ["Tổ chức Hội nghị sơ kết thực hiện Kế hoạch giai đoạn 2024-2025", "Sở Nội vụ", DEP, "Tháng 11/2025"],
  ["Đánh giá kết quả thực hiện Kế hoạch giai đoạn 2024-2025, báo cáo UBND tỉnh", "Sở Nội vụ", "",
    "Trước ngày 20/12/2025"],
  ["Rà soát, đề xuất phương án đơn giản hóa thủ tục hành chính nội bộ", "Văn phòng UBND tỉnh", "Sở Tư pháp",
    "Trước ngày 30/9 hằng năm"],
  ["Kiện toàn đội ngũ công chức làm đầu mối cải cách hành chính", "Sở Nội vụ", `${DEP}; ${DIS}`, "Trước 31/5/2024"],
  ["Theo dõi tình hình thi hành pháp luật về xử lý vi phạm hành chính, báo cáo UBND tỉnh", "Sở Tư pháp", DEP,
    "Trước ngày 25/11 hằng năm"],
  ["Triển khai thanh toán trực tuyến phí, lệ phí giải quyết thủ tục hành chính", "Sở Tài chính",
    "Kho bạc Nhà nước tỉnh", "6 tháng cuối năm 2024"],
  ["Tổ chức Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với doanh nghiệp", "Sở Kế hoạch và Đầu tư",
    "Hiệp hội Doanh nghiệp tỉnh", "Quý IV hằng năm"],
];

const P = (text, o = {}) => ({ text, indent: 709, align: "justify", ...o });
const small = (text, o = {}) => ({ text, size: 22, ...o });
const head = (t) => small(t, { bold: true, align: "center" });

function table() {
  const rows = [[head("TT"), head("Nội dung công việc"), head("Cơ quan chủ trì"), head("Cơ quan phối hợp"),
    head("Thời hạn hoàn thành")]];
  ROWS.forEach(([task, lead, partners, due], i) => {
    rows.push([small(String(i + 1), { align: "center" }), small(task), small(lead), small(partners),
      small(due, { align: "center", italic: /hằng|Hằng/.test(due) })]);
  });
  return { t: "table", widths: [500, 3800, 1700, 1800, 1500], header: 1, rows };
}

const blocks = [
  ...headerBlock({
    issuerTop: "", issuer: "ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", number: "Số: 72/KH-UBND",
    place: "Thái Nguyên, ngày 25 tháng 3 năm 2024",
  }),
  { text: "" },
  { text: "KẾ HOẠCH", bold: true, align: "center" },
  { text: "Nâng cao Chỉ số cải cách hành chính, Chỉ số SIPAS tỉnh Thái Nguyên giai đoạn 2024 - 2025",
    bold: true, align: "center" },
  P("Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính " +
    "nhà nước giai đoạn 2021 - 2030; Quyết định số 876/QĐ-BNV ngày 10/11/2022 của Bộ Nội vụ; Kế hoạch số " +
    "236/KH-UBND ngày 29/12/2023 của UBND tỉnh về cải cách hành chính năm 2024, UBND tỉnh ban hành Kế hoạch như sau:"),
  P("I. MỤC ĐÍCH, YÊU CẦU", { bold: true, indent: 709 }),
  P("Duy trì, cải thiện thứ hạng Chỉ số CCHC, Chỉ số SIPAS của tỉnh trong giai đoạn từ ngày 01/4/2024 đến ngày " +
    "31/12/2025; xác định rõ nhiệm vụ thực hiện một lần và nhiệm vụ thực hiện định kỳ hằng năm."),
  P("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", { bold: true, indent: 709 }),
  table(),
  P("Ghi chú: Đối với nhiệm vụ có thời hạn thực hiện “hằng năm”, “hằng quý”, lần thực hiện đầu tiên là kỳ gần nhất " +
    "kể từ ngày ban hành Kế hoạch này và tiếp tục thực hiện trong các năm tiếp theo của giai đoạn.", { italic: true }),
  P("III. TỔ CHỨC THỰC HIỆN", { bold: true, indent: 709 }),
  P("Sở Nội vụ theo dõi, đôn đốc, tổng hợp tình hình thực hiện Kế hoạch; trong quá trình thực hiện nếu có khó khăn, " +
    "vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh./."),
  signBlock({
    recipients: ["- Bộ Nội vụ (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "- Chủ tịch, các PCT UBND tỉnh;",
      "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thành phố;", "- Lưu: VT, NC."],
    signer: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Đặng Xuân Trường"],
  }),
];

const CSS = `@page{size:A4;margin:2cm 1.5cm 2cm 3cm}body{font-family:"Liberation Serif","DejaVu Serif",serif;font-size:13pt}
p{margin:0 0 4pt;text-align:justify}table{border-collapse:collapse;width:100%;margin:4pt 0}
table.grid td{border:0.6pt solid #000;padding:2pt 3pt;font-size:11pt;vertical-align:top}
table.plain td{vertical-align:top;text-align:center}tr.head td{font-weight:bold;text-align:center}`;

const dir = await writeWordAndText(SLUG, blocks, "Kế hoạch 72/KH-UBND");
weasyPrintPdf(dir, toHtml(blocks, CSS));

const D = ["@departments", "@districts"];
writeExpected(dir, SLUG, {
  style: "Kế hoạch 72/KH-UBND Thái Nguyên 25/3/2024, giai đoạn 2024-2025 (PDF: WeasyPrint). One table TT | Nội dung | " +
    "Chủ trì | Phối hợp | Thời hạn; ref = TT. Deadlines mix one-off dates with recurring ones ('Trước ngày 15/5 hằng " +
    "năm', 'Hằng quý, trước ngày 20 tháng cuối quý'). Decision (the plan's own Ghi chú says so): a recurring task is " +
    "listed ONCE at its first instance on/after the plan date: 15/12/2024, 15/01/2025, 15/5/2024, 20/6/2024 (Q2), " +
    "'Từ tháng 8 đến tháng 10 hằng năm' -> 31/10/2024, '15/6 và 15/12 hằng năm' -> 15/6/2024, 30/11/2024, 30/9/2024, " +
    "25/11/2024, 'Quý IV hằng năm' -> 31/12/2024. Rows 10 " +
    "('Theo Kế hoạch kiểm tra ... hằng năm') and 12 ('Thường xuyên') undated. Lead 'Các sở, ban, ngành tỉnh; UBND các " +
    "huyện, thành phố' = @departments + @districts. Holidays 2024: 27/4-1/5 off (30/4 -> 2/5). Cited dates (NQ 76 " +
    "15/7/2021, QĐ 876 10/11/2022, KH 236 29/12/2023) and scope 01/4/2024-31/12/2025 are not deadlines.",
  province: "Thái Nguyên",
  plan: { number: "72/KH-UBND", date: "2024-03-25" },
  tasks: [
    T("1", "Xây dựng, ban hành Kế hoạch cải cách hành chính hằng năm", "2024-12-15", "2024-12-16", D),
    T("2", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính", "2025-01-15", "2025-01-15", D),
    T("3", "Hoàn thiện Bộ tiêu chí xác định Chỉ số CCHC", "2024-04-30", "2024-05-02", ["Sở Nội vụ"],
      ["Văn phòng UBND tỉnh", "Sở Tư pháp"]),
    T("4", "Rà soát, công bố danh mục thủ tục hành chính", "2024-05-15", "2024-05-15", ["Văn phòng UBND tỉnh"],
      ["@departments"]),
    T("5", "Cập nhật thông tin cán bộ, công chức, viên chức vào Cơ sở dữ liệu quốc gia", "2024-06-20", "2024-06-20",
      ["Sở Nội vụ"], D),
    T("6", "Điều tra xã hội học đo lường sự hài lòng", "2024-10-31", "2024-10-31", ["Sở Nội vụ"],
      ["Bưu điện tỉnh", "@districts"]),
    T("7", "Báo cáo định kỳ công tác cải cách hành chính", "2024-06-15", "2024-06-17", D),
    T("8", "Hướng dẫn giao quyền tự chủ tài chính", "2024-07-31", "2024-07-31", ["Sở Tài chính"], ["Sở Nội vụ"]),
    T("9", "Triển khai nền tảng số đánh giá mức độ hài lòng", "2024-09-30", "2024-09-30",
      ["Sở Thông tin và Truyền thông"], ["Sở Nội vụ", "Văn phòng UBND tỉnh"]),
    T("11", "Công bố lại Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", "2024-11-30", "2024-12-02",
      ["Sở Khoa học và Công nghệ"], ["@departments"]),
    T("13", "Tổ chức Hội nghị sơ kết thực hiện Kế hoạch giai đoạn 2024-2025", "2025-11-30", "2025-12-01", ["Sở Nội vụ"],
      ["@departments"]),
    T("14", "Đánh giá kết quả thực hiện Kế hoạch giai đoạn 2024-2025", "2025-12-20", "2025-12-22", ["Sở Nội vụ"]),
    T("15", "Rà soát, đề xuất phương án đơn giản hóa thủ tục hành chính nội bộ", "2024-09-30", "2024-09-30",
      ["Văn phòng UBND tỉnh"], ["Sở Tư pháp"]),
    T("16", "Kiện toàn đội ngũ công chức làm đầu mối cải cách hành chính", "2024-05-31", "2024-05-31", ["Sở Nội vụ"], D),
    T("17", "Theo dõi tình hình thi hành pháp luật về xử lý vi phạm hành chính", "2024-11-25", "2024-11-25",
      ["Sở Tư pháp"], ["@departments"]),
    T("18", "Triển khai thanh toán trực tuyến phí, lệ phí", "2024-12-31", "2024-12-31", ["Sở Tài chính"],
      ["Kho bạc Nhà nước tỉnh"]),
    T("19", "Tổ chức Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với doanh nghiệp", "2024-12-31", "2024-12-31",
      ["Sở Kế hoạch và Đầu tư"], ["Hiệp hội Doanh nghiệp tỉnh"]),
  ],
});
console.log("wrote", dir);

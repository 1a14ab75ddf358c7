// 06: Thái Nguyên 2026 — a portrait plan whose landscape appendix lists tasks with "Sản phẩm" and "Kết quả đầu ra"
// columns before the units and the deadline; output targets carry dates that are no deadlines.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "06-thai-nguyen-2026-product-output-columns-landscape-appendix";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const X = "UBND cấp xã";
const NV = "Sở Nội vụ";
const VP = "Văn phòng UBND tỉnh";
const TT = "Trung tâm Phục vụ hành chính công tỉnh";
const KHCN = "Sở Khoa học và Công nghệ";
const NNMT = "Sở Nông nghiệp và Môi trường";
const TP = "Sở Tư pháp";

// Appendix rows: group rows [roman, title]; task rows [n, task, product, output, lead cell, coord cell, time, exp|null]
// exp = [due, effectiveDue, lead[], coord[]]
const R = [
  ["I", "NÂNG CAO CHẤT LƯỢNG CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN"],
  [1, "Rà soát, tái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến toàn trình đối với các thủ tục hành chính " +
    "đủ điều kiện", "Quyết định phê duyệt danh mục dịch vụ công trực tuyến toàn trình của Chủ tịch UBND tỉnh",
    "Tối thiểu 85% thủ tục hành chính đủ điều kiện được cung cấp toàn trình", "Văn phòng UBND tỉnh",
    "Các sở, ban, ngành", "Trước 30/4/2026", ["2026-04-29", "2026-04-29", [VP], ["@departments"]]],
  [2, "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh; kết nối, đồng bộ trạng thái hồ sơ với Cổng " +
    "Dịch vụ công quốc gia", "Hệ thống được nâng cấp, vận hành ổn định",
    "100% hồ sơ được đồng bộ trạng thái lên Cổng Dịch vụ công quốc gia", "Sở Khoa học và Công nghệ",
    "Văn phòng UBND tỉnh; Trung tâm Phục vụ hành chính công tỉnh", "Quý II/2026", ["2026-06-30", "2026-06-30", [KHCN],
      [VP, TT]]],
  [3, "Hướng dẫn, hỗ trợ người dân nộp hồ sơ trực tuyến tại bộ phận một cửa; duy trì Tổ công nghệ số cộng đồng",
    "Báo cáo kết quả hỗ trợ hằng tháng", "Tỷ lệ hồ sơ nộp trực tuyến đạt 60% đến 30/6/2026 và 80% đến 31/12/2026",
    "UBND các xã, phường", "Tỉnh đoàn; Bưu điện tỉnh", "Thường xuyên", null],
  [4, "Đánh giá, công bố kết quả Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp " +
    "của các cơ quan, địa phương", "Thông báo kết quả đánh giá của UBND tỉnh", "Kết quả được công khai trên Cổng " +
    "thông tin điện tử tỉnh", "Văn phòng UBND tỉnh", "Sở Khoa học và Công nghệ", "Hằng quý", null],
  [5, "Tuyên truyền về lợi ích của dịch vụ công trực tuyến, thanh toán trực tuyến trên báo, đài và mạng xã hội",
    "Chuyên mục, phóng sự, tin bài (ít nhất 02 tin, bài/tháng)", "Người dân, doanh nghiệp biết và sử dụng dịch vụ " +
    "công trực tuyến", "Báo và Phát thanh, Truyền hình Thái Nguyên", "Sở Khoa học và Công nghệ",
    "Từ tháng 4 đến tháng 11/2026", ["2026-11-30", "2026-11-30", ["Báo và Phát thanh, Truyền hình Thái Nguyên"], [KHCN]]],
  ["II", "SỐ HÓA HỒ SƠ, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"],
  [6, "Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực lĩnh vực đất đai giai đoạn 2021 - 2025, kể cả hồ sơ " +
    "của tỉnh Bắc Kạn (cũ)", "Kho dữ liệu số hóa trên Hệ thống thông tin giải quyết thủ tục hành chính",
    "Đến 30/9/2026 đạt tối thiểu 70%; cả năm đạt 100% kết quả được số hóa, ký số", "Sở Nông nghiệp và Môi trường",
    "UBND các xã, phường", "31/12/2026", ["2026-12-31", "2026-12-31", [NNMT], [X]]],
  [7, "Số hóa sổ hộ tịch lưu trữ tại UBND cấp xã, cập nhật vào Cơ sở dữ liệu hộ tịch điện tử",
    "Cơ sở dữ liệu hộ tịch điện tử được cập nhật", "100% sổ hộ tịch từ năm 1999 đến nay được số hóa",
    "Sở Tư pháp", "UBND các xã, phường", "Chậm nhất 30/9/2026", ["2026-09-30", "2026-09-30", [TP], [X]]],
  [8, "Ban hành Quy chế quản lý, khai thác kho dữ liệu điện tử của tổ chức, cá nhân trên Hệ thống thông tin giải " +
    "quyết thủ tục hành chính tỉnh", "Quyết định của UBND tỉnh", "Quy chế được ban hành, áp dụng thống nhất",
    "Văn phòng UBND tỉnh", "Sở Tư pháp; Sở Khoa học và Công nghệ", "Tháng 5/2026", ["2026-05-31", "2026-06-01", [VP],
      [TP, KHCN]]],
  [9, "Số hóa tài liệu lưu trữ có giá trị bảo quản vĩnh viễn của các cơ quan thuộc diện nộp lưu vào Lưu trữ lịch " +
    "sử tỉnh", "Cơ sở dữ liệu tài liệu lưu trữ", "Tối thiểu 50.000 trang tài liệu được số hóa", "Sở Nội vụ",
    "Sở Tài chính", "Quý IV/2026", ["2026-12-31", "2026-12-31", [NV], ["Sở Tài chính"]]],
  ["III", "THANH TOÁN TRỰC TUYẾN VÀ TÁI SỬ DỤNG DỮ LIỆU"],
  [10, "Triển khai thanh toán trực tuyến nghĩa vụ tài chính trong giải quyết thủ tục hành chính lĩnh vực đất đai",
    "Hướng dẫn liên ngành", "Tỷ lệ hồ sơ đất đai thanh toán trực tuyến đạt tối thiểu 50%",
    "Sở Nông nghiệp và Môi trường", "Thuế tỉnh Thái Nguyên; Sở Tài chính", "Trước ngày 15/7/2026",
    ["2026-07-14", "2026-07-14", [NNMT], ["Thuế tỉnh", "Sở Tài chính"]]],
  [11, "Khai thác, tái sử dụng dữ liệu dân cư, định danh điện tử (VNeID) trong giải quyết thủ tục hành chính; không " +
    "yêu cầu người dân nộp lại giấy tờ đã được số hóa", "Danh mục thủ tục hành chính được tái sử dụng dữ liệu",
    "100% thủ tục có thành phần hồ sơ đã số hóa được tái sử dụng", "Công an tỉnh",
    "Văn phòng UBND tỉnh; các sở, ban, ngành", "30/8/2026", ["2026-08-30", "2026-08-31", ["Công an tỉnh"],
      [VP, "@departments"]]],
  [12, "Liên thông điện tử hai nhóm thủ tục hành chính khai sinh, khai tử với cơ sở dữ liệu bảo hiểm xã hội, bảo " +
    "hiểm y tế", "Hai nhóm thủ tục liên thông được vận hành", "Tối thiểu 90% hồ sơ liên thông được giải quyết đúng " +
    "hạn", "Sở Tư pháp", "Bảo hiểm xã hội tỉnh; Công an tỉnh; Sở Y tế", "Tháng 10/2026",
    ["2026-10-31", "2026-11-02", [TP], ["Bảo hiểm xã hội tỉnh", "Công an tỉnh", "Sở Y tế"]]],
  [13, "Thí điểm mô hình \"Một cửa số\" tiếp nhận, trả kết quả không phụ thuộc địa giới hành chính",
    "Báo cáo sơ kết thí điểm", "10 xã, phường triển khai mô hình", "Trung tâm Phục vụ hành chính công tỉnh",
    "Sở Khoa học và Công nghệ; UBND các xã, phường", "Quý III/2026", ["2026-09-30", "2026-09-30", [TT], [KHCN, X]]],
  [14, "Bố trí kinh phí thực hiện số hóa, nâng cấp hệ thống thông tin và chi trả cho Tổ công nghệ số cộng đồng",
    "Quyết định giao dự toán bổ sung", "Kinh phí được bố trí đủ theo dự toán được duyệt", "Sở Tài chính",
    "Sở Khoa học và Công nghệ", "Quý II/2026", ["2026-06-30", "2026-06-30", ["Sở Tài chính"], [KHCN]]],
  ["IV", "KIỂM TRA, ĐÁNH GIÁ"],
  [15, "Kiểm tra việc cung cấp dịch vụ công trực tuyến, số hóa hồ sơ tại 20 xã, phường",
    "Thông báo kết luận kiểm tra", "Các tồn tại, hạn chế được chỉ ra và khắc phục trước 31/12/2026", "Sở Nội vụ",
    "Văn phòng UBND tỉnh; Sở Khoa học và Công nghệ", "Tháng 8 - tháng 9/2026", ["2026-09-30", "2026-09-30", [NV],
      [VP, KHCN]]],
  [16, "Khảo sát mức độ hài lòng của người dân, doanh nghiệp khi sử dụng dịch vụ công trực tuyến",
    "Báo cáo kết quả khảo sát", "Tỷ lệ hài lòng đạt từ 90% trở lên", "Sở Nội vụ", "Bưu điện tỉnh",
    "Trước 20/11/2026", ["2026-11-19", "2026-11-19", [NV], ["Bưu điện tỉnh"]]],
  [17, "Sơ kết, đánh giá kết quả thực hiện Kế hoạch; đề xuất nhiệm vụ năm 2027",
    "Báo cáo của UBND tỉnh gửi Bộ Khoa học và Công nghệ", "Báo cáo đúng thời hạn, đầy đủ số liệu",
    "Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh", "10/12/2026", ["2026-12-10", "2026-12-10", [KHCN], [VP]]],
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 96/KH-UBND", "Thái Nguyên, ngày 16 tháng 3 năm 2026", "KẾ HOẠCH",
    "Nâng cao chất lượng cung cấp dịch vụ công trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính " +
    "trên địa bàn tỉnh Thái Nguyên năm 2026"),
  { t: "p", text: "Thực hiện Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính " +
    "trên môi trường điện tử; Kế hoạch chuyển đổi số tỉnh Thái Nguyên năm 2026 ban hành kèm theo Quyết định số " +
    "512/QĐ-UBND ngày 20/02/2026 của UBND tỉnh, UBND tỉnh ban hành Kế hoạch như sau:" },
  { t: "p", text: "MỤC ĐÍCH, YÊU CẦU", num: "I.", list: { kind: "roman", inst: 1 }, bold: true },
  { t: "p", text: "Nâng tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến và tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ " +
    "tục hành chính của tỉnh sau hợp nhất; mỗi nhiệm vụ xác định rõ sản phẩm, kết quả đầu ra, cơ quan chủ trì, cơ " +
    "quan phối hợp và thời hạn hoàn thành." },
  { t: "p", text: "NHIỆM VỤ", num: "II.", list: { kind: "roman", inst: 1 }, bold: true },
  { t: "p", text: "Các nhiệm vụ, sản phẩm và kết quả đầu ra cụ thể tại Phụ lục kèm theo Kế hoạch này. Thời hạn hoàn " +
    "thành của mỗi nhiệm vụ ghi tại cột \"Thời hạn hoàn thành\"; các mốc thời gian tại cột \"Kết quả đầu ra\" là chỉ " +
    "tiêu phấn đấu, dùng để theo dõi, đánh giá." },
  { t: "p", text: "KINH PHÍ", num: "III.", list: { kind: "roman", inst: 1 }, bold: true },
  { t: "p", text: "Kinh phí thực hiện từ nguồn ngân sách nhà nước giao trong dự toán năm 2026 của các cơ quan, đơn " +
    "vị và các nguồn hợp pháp khác." },
  { t: "p", text: "TỔ CHỨC THỰC HIỆN", num: "IV.", list: { kind: "roman", inst: 1 }, bold: true },
  { t: "p", text: "Sở Khoa học và Công nghệ là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng " +
    "hợp khó khăn, vướng mắc, báo cáo UBND tỉnh hằng quý.", num: "1.", list: { kind: "decimal", inst: 1 } },
  { t: "p", text: "Các sở, ban, ngành tỉnh; UBND các xã, phường: tổ chức thực hiện các nhiệm vụ được giao; báo cáo " +
    "kết quả thực hiện Kế hoạch năm 2026 về Sở Khoa học và Công nghệ trước ngày 05/12/2026.", num: "2.",
    list: { kind: "decimal", inst: 1 } },
  { t: "p", text: "Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Sở Khoa học và Công " +
    "nghệ để tổng hợp, báo cáo UBND tỉnh xem xét, quyết định./." },
  ...sign(["Bộ Khoa học và Công nghệ (b/c)", "Văn phòng Chính phủ (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh",
    "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành tỉnh", "UBND các xã, phường"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Thanh Bình"),
  { t: "section", landscape: false },
  { t: "p", text: "Phụ lục", bold: true, align: "center", indent: false },
  { t: "p", text: "DANH MỤC NHIỆM VỤ, SẢN PHẨM VÀ KẾT QUẢ ĐẦU RA NĂM 2026", bold: true, align: "center", indent: false },
  { t: "p", text: "(Kèm theo Kế hoạch số 96/KH-UBND ngày 16/3/2026 của UBND tỉnh Thái Nguyên)", italic: true,
    align: "center", indent: false },
];
const rows = [["STT", "Nhiệm vụ", "Sản phẩm", "Kết quả đầu ra", "Cơ quan chủ trì", "Cơ quan phối hợp",
  "Thời hạn hoàn thành"]];
const tasks = [];
for (const r of R) {
  if (r.length === 2) { rows.push([{ text: r[0], bold: true, align: "center" }, { text: r[1], span: 6, bold: true }]); continue; }
  const [n, what, product, output, lead, coord, time, exp] = r;
  rows.push([{ text: String(n), align: "center" }, what, product, output, lead, coord, { text: time, align: "center" }]);
  if (exp) tasks.push(task(String(n), what, exp[0], exp[1], exp[2], exp[3]));
}
blocks.push({ t: "table", header: 1, widths: [600, 3300, 2400, 2600, 1700, 2200, 1400], rows });
tasks.push(task("IV.2", "Tổ chức thực hiện các nhiệm vụ được giao; báo cáo kết quả thực hiện Kế hoạch năm 2026",
  "2026-12-04", "2026-12-04", ["@departments", X], []));

const style = "Kế hoạch 96/KH-UBND Thái Nguyên (merged) 16/3/2026. Portrait body I-IV, then a landscape Phụ lục: STT | Nhiệm vụ | Sản phẩm | Kết quả đầu ra | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn hoàn thành, group rows I-IV merged across, rows 1-17. PDF: WeasyPrint (portrait then landscape pages). ref = STT. Deadline = 'Thời hạn hoàn thành' only: dates in 'Kết quả đầu ra' are targets (section II says so); rows 3 'Thường xuyên' and 4 'Hằng quý' left out. Coordinators split at ';'. 'Các sở, ban, ngành' = @departments; 'UBND các xã, phường' = UBND cấp xã, unresolved; TT Phục vụ HCC tỉnh unresolved; 'Thuế tỉnh Thái Nguyên' = Thuế tỉnh. IV.2 (both groups report to Sở KH&CN 'trước ngày 05/12/2026') is a task; IV.1 'hằng quý' is not. 'Trước (ngày) X' = X-1; 'Từ tháng 4 đến tháng 11/2026' -> 30/11; 'Tháng 8 - tháng 9/2026' -> 30/9. Days off: 31/5 Sun -> 1/6; 30/8 Sun -> 31/8; 31/10 Sat -> 2/11. See make-author12b/README.md.";
await build(DIR, { blocks, printer: "weasyprint", landscape: true, expected: { id: ID, style, province: "Thái Nguyên",
  plan: { number: "96/KH-UBND", date: "2026-03-16" }, tasks, quotas: [], unresolved: [X, TT], successors: [] } });

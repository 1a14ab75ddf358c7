// Held-out set 6, document 04: a Lai Châu plan of January 2025 (before the reorganisation) with parts
// A./B./C., tasks numbered three deep (1.1.1.), and Word features: content controls around unit names
// and around one whole task, a simple field, a hyperlink, non-breaking and soft hyphens, symbol bullets.
import { P, N, TWO, writeAll } from "./wordx.mjs";

const c = (text, o = {}) => P(text, { center: true, ...o });
const unit = (text) => ({ sdt: "Đơn vị", text });
const bullet = (runs) => P([{ sym: "F0A7" }, " ", ...runs]);

const blocks = [
  TWO(
    [c("ỦY BAN NHÂN DÂN"), c("TỈNH LAI CHÂU", { bold: true }), c("Số: 158/KH-UBND")],
    [
      c("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true }),
      c("Độc lập - Tự do - Hạnh phúc", { bold: true }),
      c("Lai Châu, ngày 17 tháng 01 năm 2025", { italic: true }),
    ],
  ),
  c("KẾ HOẠCH", { bold: true }),
  c("Đẩy mạnh cải cách thủ tục hành chính gắn với chuyển đổi số trên địa bàn tỉnh Lai Châu 6 tháng đầu năm 2025", { bold: true }),
  P("Thực hiện Kế hoạch số 3012/KH-UBND ngày 25/12/2024 của UBND tỉnh về cải cách hành chính năm 2025 và Đề án 06 của Chính phủ, UBND tỉnh ban hành Kế hoạch đẩy mạnh cải cách thủ tục hành chính gắn với chuyển đổi số 6 tháng đầu năm 2025 như sau:"),
  N("A.", 0, "MỤC ĐÍCH, YÊU CẦU", { bold: true }),
  P("Tập trung hoàn thành các nhiệm vụ trước khi thực hiện sắp xếp tổ chức bộ máy; phấn đấu đến ngày 30/6/2025 tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%, tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 80%. Kết quả năm 2024 (tính đến ngày 15/12/2024): tỷ lệ hồ sơ trực tuyến toàn trình đạt 41,3%."),
  N("B.", 0, "NHIỆM VỤ CỤ THỂ", { bold: true }),
  N("1.", 1, "Cải cách thủ tục hành chính", { bold: true }),
  N("1.1.", 2, "Rà soát, đơn giản hóa thủ tục hành chính"),
  N("1.1.1.", 3, [
    unit("Sở Tư pháp"),
    " chủ trì, phối hợp với Văn phòng UBND tỉnh rà soát các thủ tục hành chính có quy định giấy tờ công dân đã được tích hợp trên ứng dụng VNeID, đề xuất cắt giảm; hoàn thành trước ngày 30/4/2025.",
  ]),
  N("1.1.2.", 3, [
    "Các sở, ban, ngành thống kê thủ tục hành chính thuộc phạm vi quản lý đủ điều kiện cung cấp dịch vụ công trực tuyến toàn trình, gửi Văn phòng UBND tỉnh chậm nhất ngày 27/01/2025.",
  ]),
  N("1.2.", 2, "Thực hiện cơ chế một cửa, một cửa liên thông"),
  N("1.2.1.", 3, [
    unit("Văn phòng UBND tỉnh"),
    " chủ trì, phối hợp với Sở Thông tin và Truyền thông triển khai tiếp nhận hồ sơ không phụ thuộc địa giới hành chính đối với các thủ tục thuộc thẩm quyền cấp tỉnh trên ",
    { link: "https://dichvucong.laichau.gov.vn", text: "Hệ thống thông tin giải quyết thủ tục hành chính tỉnh" },
    "; thời gian hoàn thành: Quý II/2025.",
  ]),
  N("1.2.2.", 3, [
    "UBND các huyện, thành phố bố trí công chức có chuyên môn về công nghệ thông tin làm việc tại Bộ phận Một cửa cấp huyện; hoàn thành trong tháng 5/2025.",
  ]),
  N("2.", 1, "Chuyển đổi số trong giải quyết thủ tục hành chính", { bold: true }),
  N("2.1.", 2, "Hạ tầng, nền tảng"),
  N("2.1.1.", 3, [
    "Sở Thông tin và Truyền thông chủ trì, phối hợp với ",
    unit("Công an tỉnh"),
    " kết nối Hệ thống thông tin giải quyết thủ tục hành chính tỉnh với ",
    { bm: "_Ref1", text: "Cơ sở dữ liệu quốc gia về dân cư" },
    " phục vụ xác thực điện tử, hoàn thành trước ngày 15/6/2025 (Chủ nhật).",
  ], { block: true }),
  N("2.1.2.", 3, [
    "Sở Lao động",
    { nbh: true },
    "TBXH chủ trì, phối hợp với Bảo hiểm xã hội tỉnh và Bưu điện tỉnh chi trả trợ cấp xã hội không dùng tiền mặt cho 100% đối tượng có tài khoản; hoàn thành 30/6/2025.",
  ]),
  N("2.2.", 2, "Dữ liệu"),
  N("2.2.1.", 3, [
    "Sở Tài ngu",
    { shy: true },
    "yên và Môi trường chủ trì số hóa, làm sạch dữ liệu đất đai của các huyện, thành phố phục vụ cấp giấy chứng nhận quyền sử dụng đất trực tuyến, đồng bộ với ",
    { field: "REF _Ref1 \\h", text: "Cơ sở dữ liệu quốc gia về dân cư" },
    "; thời gian hoàn thành: Quý II/2025.",
  ]),
  N("2.2.2.", 3, [
    "Các sở, ban, ngành, UBND các huyện, thành phố cập nhật dữ liệu hồ sơ trực tuyến lên Cổng Dịch vụ công quốc gia; thực hiện hằng tháng.",
  ]),
  N("3.", 1, "Cải cách tổ chức bộ máy và chế độ công vụ", { bold: true }),
  N("3.1.", 2, [
    unit("Sở Nội vụ"),
    " chủ trì, phối hợp với UBND các huyện, thành phố tổ chức thi tuyển, xét tuyển công chức cấp xã năm 2025; hoàn thành trong tháng 6/2025.",
  ]),
  N("3.2.", 2, [
    "Ban Dân tộc tỉnh phối hợp với Sở Nội vụ hướng dẫn thực hiện chính sách đối với cán bộ, công chức công tác tại vùng đặc biệt khó khăn; thực hiện thường xuyên.",
  ]),
  N("3.3.", 2, [
    "Sở Kế hoạch và Đầu tư phối hợp với Sở Tài chính rà soát, đề xuất phương án sắp xếp các đơn vị sự nghiệp công lập; thực hiện từ ngày 01/3/2025 đến ngày 31/5/2025.",
  ]),
  N("C.", 0, "TỔ CHỨC THỰC HIỆN", { bold: true }),
  bullet([
    unit("Sở Nội vụ"),
    " theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện 6 tháng đầu năm 2025 trước ngày 25/6/2025.",
  ]),
  bullet(["Sở Tài chính bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách hiện hành."]),
  bullet([
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo UBND tỉnh (qua Sở Nội vụ) để xem xét, giải quyết./.",
  ]),
  TWO(
    [
      P("Nơi nhận:", { bold: true, italic: true, left: true }),
      P("- Bộ Nội vụ (b/c);", { left: true }),
      P("- TT. Tỉnh ủy, TT. HĐND tỉnh;", { left: true }),
      P("- Các sở, ban, ngành tỉnh;", { left: true }),
      P("- UBND các huyện, thành phố;", { left: true }),
      P("- Lưu: VT, NC.", { left: true }),
    ],
    [c("TM. ỦY BAN NHÂN DÂN", { bold: true }), c("KT. CHỦ TỊCH", { bold: true }), c("PHÓ CHỦ TỊCH", { bold: true }), c(""), c(""), c("Hà Trọng Hải", { bold: true })],
  ),
];

await writeAll("04-lai-chau-2025-word-features-three-deep-numbering", blocks);

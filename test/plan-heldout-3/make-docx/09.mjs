// 09 Thái Nguyên 2026: CCHC and digital transformation plan, Word legal numbering 1. / 1.1. / 1.1.1.,
// one tracked change moving a deadline, footnotes, header block in a borderless table.
import { P, N, header, signature, writeAll, numbering } from "./lib.mjs";

const L = (label, level, runs, o) => N(label, "legal", level, runs, o);
const H = (label, level, text) => L(label, level, text, { bold: true });

const blocks = [
  header({
    organ: ["ỦY BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN"],
    number: "19/KH-UBND",
    placeDate: "Thái Nguyên, ngày 20 tháng 01 năm 2026",
  }),
  P("KẾ HOẠCH", { center: true, bold: true }),
  P("Cải cách hành chính gắn với chuyển đổi số tỉnh Thái Nguyên năm 2026", { center: true, bold: true }),
  P([
    "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030",
    { fn: 1 },
    "; căn cứ Kế hoạch cải cách hành chính nhà nước giai đoạn 2026 - 2030 của tỉnh; Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính gắn với chuyển đổi số năm 2026 như sau:",
  ]),
  H("1.", 0, "MỤC ĐÍCH, YÊU CẦU"),
  L(
    "1.1.",
    1,
    "Triển khai đồng bộ các nội dung cải cách hành chính trên địa bàn tỉnh sau hợp nhất; lấy người dân, doanh nghiệp làm trung tâm, bảo đảm chính quyền hai cấp vận hành thông suốt, hiệu quả.",
  ),
  L(
    "1.2.",
    1,
    "Nhiệm vụ phải gắn với trách nhiệm người đứng đầu, có sản phẩm và thời hạn cụ thể; phấn đấu Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số SIPAS năm 2026 của tỉnh thuộc nhóm 20 tỉnh, thành phố dẫn đầu.",
  ),
  H("2.", 0, "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM"),
  H("2.1.", 1, "Cải cách thể chế"),
  L(
    "2.1.1.",
    2,
    "Sở Tư pháp chủ trì, phối hợp với các sở, ban, ngành tỉnh rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh Thái Nguyên và tỉnh Bắc Kạn ban hành trước ngày hợp nhất; trình UBND tỉnh công bố danh mục văn bản hết hiệu lực toàn bộ hoặc một phần chậm nhất ngày 31/3/2026.",
  ),
  L(
    "2.1.2.",
    2,
    "Các sở, ban, ngành tỉnh đề xuất danh mục văn bản quy phạm pháp luật cần ban hành mới, sửa đổi, bổ sung trong năm 2026, gửi Sở Tư pháp tổng hợp trước ngày 15/02/2026.",
  ),
  H("2.2.", 1, "Cải cách thủ tục hành chính"),
  L(
    "2.2.1.",
    2,
    "Văn phòng UBND tỉnh tham mưu Chủ tịch UBND tỉnh công bố danh mục thủ tục hành chính thực hiện không phụ thuộc vào địa giới hành chính trong phạm vi tỉnh; hoàn thành trong Quý I/2026.",
  ),
  L("2.2.2.", 2, [
    "Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng UBND tỉnh nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, bảo đảm kết nối, đồng bộ với Cổng Dịch vụ công quốc gia và số hóa kết quả giải quyết hồ sơ; hoàn thành chậm nhất ngày ",
    { del: "30/4/2026", ins: "15/6/2026", date: "2026-01-19T16:20:00Z" },
    ".",
  ]),
  L(
    "2.2.3.",
    2,
    "Các sở, ban, ngành tỉnh; UBND các xã, phường rà soát, đơn giản hóa thủ tục hành chính nội bộ thuộc phạm vi quản lý, báo cáo kết quả về Văn phòng UBND tỉnh trước ngày 20/11/2026.",
  ),
  H("2.3.", 1, "Cải cách tổ chức bộ máy hành chính nhà nước"),
  L(
    "2.3.1.",
    2,
    "Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tham mưu UBND tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của các đơn vị sự nghiệp công lập thuộc UBND tỉnh sau sắp xếp; thời hạn trình: tháng 5/2026.",
  ),
  L(
    "2.3.2.",
    2,
    "UBND các xã, phường chủ trì, phối hợp với Sở Nội vụ rà soát, sắp xếp thôn, tổ dân phố chưa đạt tiêu chuẩn về quy mô số hộ gia đình; hoàn thành trong Quý III/2026.",
  ),
  H("2.4.", 1, "Cải cách chế độ công vụ"),
  L(
    "2.4.1.",
    2,
    "Sở Nội vụ tổ chức kỳ thi tuyển công chức tỉnh Thái Nguyên năm 2026, hoàn thành trước ngày 01/11/2026.",
  ),
  L(
    "2.4.2.",
    2,
    "Sở Nội vụ chủ trì, phối hợp với Thanh tra tỉnh kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính tại các cơ quan, đơn vị và UBND cấp xã, ít nhất 02 đợt trong năm 2026.",
  ),
  H("2.5.", 1, "Cải cách tài chính công"),
  L(
    "2.5.1.",
    2,
    "Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước tỉnh và Thuế tỉnh đánh giá tình hình thu ngân sách, giải ngân vốn đầu tư công 6 tháng đầu năm 2026, báo cáo UBND tỉnh trước ngày 10/7/2026.",
  ),
  H("2.6.", 1, "Xây dựng chính quyền số, chuyển đổi số"),
  L(
    "2.6.1.",
    2,
    "Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng UBND tỉnh, Công an tỉnh triển khai Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) phiên bản mới, kết nối các hệ thống thông tin của khu vực Bắc Kạn (cũ). Thời gian hoàn thành: Tháng 8/2026.",
  ),
  L("2.6.2.", 2, [
    "Công an tỉnh chủ trì, phối hợp với Sở Tư pháp, Bảo hiểm xã hội tỉnh hoàn thành làm sạch, làm giàu dữ liệu dân cư phục vụ giải quyết thủ tục hành chính liên thông",
    { fn: 2 },
    ", chậm nhất 30/6/2026.",
  ]),
  L(
    "2.6.3.",
    2,
    "Sở Văn hóa, Thể thao và Du lịch số hóa hồ sơ di tích lịch sử - văn hóa cấp quốc gia trên địa bàn tỉnh, đưa lên Cơ sở dữ liệu di sản văn hóa trước ngày 31/12/2026.",
  ),
  L(
    "2.6.4.",
    2,
    'Báo và Phát thanh, Truyền hình Thái Nguyên xây dựng chuyên trang "Chuyển đổi số - Chính quyền hai cấp" trên các nền tảng số của Báo, hoàn thành trước ngày 10/10/2026.',
  ),
  L(
    "2.6.5.",
    2,
    "Các sở, ban, ngành tỉnh, UBND các xã, phường thường xuyên tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến và thanh toán không dùng tiền mặt.",
  ),
  H("3.", 0, "TỔ CHỨC THỰC HIỆN"),
  L(
    "3.1.",
    1,
    "Sở Nội vụ là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, xây dựng báo cáo cải cách hành chính năm 2026 của tỉnh gửi Bộ Nội vụ trước ngày 05/12/2026.",
  ),
  L("3.2.", 1, "Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối của ngân sách tỉnh."),
  L(
    "3.3.",
    1,
    "Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các xã, phường báo cáo định kỳ hằng quý (trước ngày 15 của tháng cuối quý) về Sở Nội vụ để tổng hợp.",
  ),
  P(
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh xem xét, quyết định./.",
  ),
  signature(
    [
      "- Bộ Nội vụ (b/c);",
      "- TT Tỉnh ủy, TT HĐND tỉnh;",
      "- Chủ tịch, các PCT UBND tỉnh;",
      "- Các sở, ban, ngành tỉnh;",
      "- UBND các xã, phường;",
      "- Lưu: VT, NC.",
    ],
    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Nguyễn Thanh Bình"],
  ),
];

const footnotes = {
  1: "Được sửa đổi, bổ sung theo Nghị quyết số 38/NQ-CP ngày 28/3/2025 của Chính phủ.",
  2: "Theo Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử (Đề án 06).",
};

await writeAll("09-thai-nguyen-2026-legal-numbering-tracked-change", {
  blocks,
  footnotes,
  numbering: [
    numbering("legal", [
      ["decimal", "%1."],
      ["decimal", "%1.%2."],
      ["decimal", "%1.%2.%3."],
    ]),
  ],
});

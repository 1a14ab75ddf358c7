// Held-out set 8, document 05: the content of a Kế hoạch of the Ban Thường vụ Tỉnh ủy Thái Nguyên (2026),
// written in the Party's own style (Hướng dẫn 36-HD/VPTW): "Số 47-KH/TU" with no colon, "I-" / "1-" / "a)"
// numbering, "T/M BAN THƯỜNG VỤ", "Kế hoạch này được phổ biến đến chi bộ".
import { N, P, T, signatureBlock } from "./lib.mjs";

const S = (label, text) => N(label, "party", 0, [{ b: text }], { keepNext: true });
const H = (label, text) => N(label, "party", 1, [{ b: text }], { keepNext: true });
const I = (label, runs) => N(label, "party", 1, runs);
const A = (label, runs) => N(label, "party", 2, runs, { typed: label === "đ)" });

export const HEADER = T(
  [4100, 4971],
  [
    [
      { t: "ĐẢNG BỘ TỈNH THÁI NGUYÊN\nTỈNH ỦY\n*\nSố 47-KH/TU", align: "center", b: false },
      { t: [{ u: "ĐẢNG CỘNG SẢN VIỆT NAM" }], align: "center", b: true },
    ],
    [{ t: "" }, { t: "Thái Nguyên, ngày 26 tháng 01 năm 2026", align: "right", i: true }],
  ],
  { borders: false, size: 26, valign: "TOP", role: "header" },
);

export const BLOCKS = [
  HEADER,
  P({ b: "KẾ HOẠCH" }, { align: "center", before: 240, after: 0, size: 30 }),
  P(
    {
      b: "thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị gắn với đẩy mạnh cải cách hành chính, chuyển đổi số trong hệ thống chính trị tỉnh năm 2026",
    },
    { align: "center", before: 0 },
  ),
  P("-----", { align: "center", before: 0, after: 120 }),
  P(
    "Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; Chương trình hành động số 05-CTr/TU, ngày 10/12/2025 của Tỉnh ủy thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XXI, nhiệm kỳ 2025 - 2030, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:",
  ),
  S("I-", "MỤC ĐÍCH, YÊU CẦU"),
  I("1-", [
    "Quán triệt sâu sắc, thống nhất nhận thức và hành động của các cấp ủy, tổ chức đảng, cán bộ, đảng viên về vai trò của cải cách hành chính, chuyển đổi số sau khi hợp nhất tỉnh Thái Nguyên và tỉnh Bắc Kạn; xác định đây là nhiệm vụ trọng tâm, thường xuyên của cả hệ thống chính trị.",
  ]),
  I("2-", [
    "Phấn đấu đến hết năm 2026, Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng (SIPAS) của tỉnh thuộc nhóm 20 tỉnh, thành phố dẫn đầu cả nước; 100% văn bản, hồ sơ công việc của các cơ quan Đảng, Nhà nước, Mặt trận Tổ quốc và các đoàn thể cấp tỉnh, cấp xã được xử lý trên môi trường mạng (trừ văn bản mật).",
  ]),
  I("3-", [
    "Xác định rõ nhiệm vụ, thời hạn hoàn thành và trách nhiệm của từng cơ quan, đơn vị; gắn kết quả thực hiện Kế hoạch với đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2026.",
  ]),
  S("II-", "NHIỆM VỤ, GIẢI PHÁP VÀ PHÂN CÔNG THỰC HIỆN"),
  H("1-", "Đẩy mạnh công tác quán triệt, tuyên truyền"),
  A("a)", [
    "Tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW và Kế hoạch này đến cán bộ chủ chốt của tỉnh và các đảng ủy trực thuộc; hoàn thành trong tuần đầu tháng 3/2026. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy thực hiện.",
  ]),
  A("b)", [
    'Mở chuyên mục "Chuyển đổi số - Cải cách hành chính vì Nhân dân" trên báo in, báo điện tử và kênh truyền hình của tỉnh; Báo và Phát thanh, Truyền hình Thái Nguyên chủ trì, phối hợp với Sở Khoa học và Công nghệ, ra mắt trước ngày cuối cùng của tháng 3/2026.',
  ]),
  A("c)", [
    'Biểu dương, nhân rộng các mô hình "Dân vận khéo" trong giải quyết thủ tục hành chính, hỗ trợ người dân sử dụng dịch vụ công trực tuyến; Ban Tuyên giáo và Dân vận Tỉnh ủy thực hiện thường xuyên.',
  ]),
  H("2-", "Lãnh đạo cải cách thể chế, cải cách thủ tục hành chính"),
  A("a)", [
    "Rà soát, sửa đổi Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy, Thường trực Tỉnh ủy khóa XXI theo hướng xử lý công việc trên môi trường số; Văn phòng Tỉnh ủy chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy tham mưu, trình Ban Thường vụ Tỉnh ủy trong tháng 3/2026.",
  ]),
  A("b)", [
    "Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo ban hành Kế hoạch cải cách hành chính, chuyển đổi số năm 2026 của tỉnh; hoàn thành trước ngày 15/02/2026.",
  ]),
  A("c)", [
    "Lãnh đạo cắt giảm tối thiểu 30% thời gian giải quyết thủ tục hành chính so với quy định; Đảng ủy Ủy ban nhân dân tỉnh chủ trì, phối hợp với Đảng ủy các cơ quan Đảng tỉnh thực hiện, hoàn thành trước ngày 30/6/2026.",
  ]),
  A("d)", [
    "Công bố, công khai danh mục thủ tục hành chính nội bộ trong hệ thống chính trị của tỉnh: Văn phòng UBND tỉnh chủ trì đối với khối chính quyền, Văn phòng Tỉnh ủy chủ trì đối với khối Đảng, Mặt trận Tổ quốc và các đoàn thể; hoàn thành chậm nhất ngày cuối cùng của tháng 5/2026.",
  ]),
  H("3-", "Đẩy mạnh chuyển đổi số trong các cơ quan Đảng, Nhà nước, Mặt trận Tổ quốc và các đoàn thể"),
  A("a)", [
    "Đưa vào vận hành thống nhất Hệ thống quản lý văn bản và điều hành của các cơ quan Đảng toàn tỉnh, hợp nhất dữ liệu của khu vực tỉnh Bắc Kạn (cũ); Văn phòng Tỉnh ủy chủ trì, phối hợp với Sở Khoa học và Công nghệ thực hiện, hoàn thành trong Quý II/2026.",
  ]),
  A("b)", [
    "Số hóa hồ sơ, tài liệu lưu trữ của các cơ quan Đảng tỉnh Bắc Kạn (cũ) giai đoạn 1997 - 2025; Văn phòng Tỉnh ủy thực hiện, xong trước 30/9/2026.",
  ]),
  A("c)", [
    'Triển khai ứng dụng "Sổ tay đảng viên điện tử" đến 100% chi bộ trực thuộc; Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với các đảng ủy trực thuộc Tỉnh ủy thực hiện, hoàn thành trong tuần đầu tháng 5/2026.',
  ]),
  A("d)", [
    "Đảng ủy Công an tỉnh lãnh đạo hoàn thành kết nối, chia sẻ dữ liệu dân cư với Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh; phối hợp với Văn phòng UBND tỉnh, Sở Khoa học và Công nghệ; thời hạn: trước ngày 02/9/2026.",
  ]),
  A("đ)", [
    "Triển khai nền tảng họp trực tuyến, hội nghị truyền hình thống nhất từ tỉnh đến 100% xã, phường; Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng Tỉnh ủy, Văn phòng UBND tỉnh, hoàn thành trước ngày cuối cùng của tháng 7/2026.",
  ]),
  A("e)", [
    "Tổ chức giám sát việc giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh và các xã, phường; Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì, phối hợp với Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh, hoàn thành trong Quý III/2026.",
  ]),
  H("4-", "Xây dựng đội ngũ cán bộ, siết chặt kỷ luật, kỷ cương hành chính"),
  A("a)", [
    "Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Sở Nội vụ tham mưu Ban Thường vụ Tỉnh ủy ban hành Quy định khuyến khích, bảo vệ cán bộ năng động, sáng tạo, dám nghĩ, dám làm vì lợi ích chung; trình trước ngày cuối cùng của tháng 4/2026.",
  ]),
  A("b)", [
    "Mở 02 lớp bồi dưỡng kỹ năng số cho cán bộ chủ chốt cấp xã: lớp thứ nhất trong tháng 4/2026, lớp thứ hai trong tháng 10/2026; Trường Chính trị tỉnh chủ trì, phối hợp với Sở Nội vụ thực hiện.",
  ]),
  A("c)", [
    "Ủy ban Kiểm tra Tỉnh ủy chủ trì, phối hợp với Ban Nội chính Tỉnh ủy kiểm tra việc lãnh đạo thực hiện Kế hoạch này tại 06 đảng ủy trực thuộc Tỉnh ủy; hoàn thành trước ngày 15/11/2026.",
  ]),
  A("d)", [
    "Các cấp ủy, tổ chức đảng thường xuyên kiểm tra, giám sát việc chấp hành kỷ luật, kỷ cương hành chính, đạo đức công vụ của cán bộ, đảng viên.",
  ]),
  S("III-", "TỔ CHỨC THỰC HIỆN"),
  I("1-", [
    "Các đảng ủy trực thuộc Tỉnh ủy căn cứ Kế hoạch này xây dựng kế hoạch thực hiện phù hợp với tình hình thực tế, gửi Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh ủy) trong tuần đầu tháng 3/2026.",
  ]),
  I("2-", [
    "Ban Thường vụ đảng ủy các xã, phường lãnh đạo việc niêm yết, công khai đầy đủ thủ tục hành chính, số điện thoại đường dây nóng tại Bộ phận Một cửa cấp xã; hoàn thành chậm nhất ngày 15/4/2026.",
  ]),
  I("3-", [
    "Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh định hướng công tác tuyên truyền, nắm bắt dư luận xã hội về cải cách hành chính, chuyển đổi số.",
  ]),
  I("4-", [
    "Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2026; hoàn thành chậm nhất ngày 20/3/2026.",
  ]),
  I("5-", [
    "Văn phòng Tỉnh ủy chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy theo dõi, đôn đốc việc thực hiện Kế hoạch; định kỳ tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy trước ngày cuối cùng của tháng 6 và tháng 12 hằng năm; tham mưu sơ kết 01 năm thực hiện Kế hoạch trước ngày cuối cùng của tháng 11/2026.",
  ]),
  P("Kế hoạch này được phổ biến đến chi bộ.", { before: 120 }),
  signatureBlock(
    [
      "- Ban Bí thư Trung ương Đảng (để báo cáo),",
      "- Văn phòng Trung ương Đảng,",
      "- Các đồng chí Tỉnh ủy viên,",
      "- Các đảng ủy trực thuộc Tỉnh ủy,",
      "- Các ban, Văn phòng Tỉnh ủy,",
      "- Sở Nội vụ, Sở Khoa học và Công nghệ,",
      "- Lưu Văn phòng Tỉnh ủy.",
    ],
    ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "", "", "", "Nông Văn Thắng"],
  ),
];

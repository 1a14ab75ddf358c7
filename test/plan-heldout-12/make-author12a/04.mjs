// 04: Thái Nguyên 2026 (merged province) — a Word plan whose one task table runs over several pages: long rows
// (a bold task name and its "- " content lines in one cell) break across pages, the header row repeats on each page
// (w:tblHeader), the lead is merged down over rows; times mostly "Trước ngày D tháng M" with no year.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const DIR = new URL("../04-thai-nguyen-2026-long-rows-across-pages-repeated-header/", import.meta.url).pathname;
const D = "@departments";
const X = "UBND cấp xã";
const VT = "Viettel Thái Nguyên";
const VN = "VNPT Thái Nguyên";
const KHCN = "Sở Khoa học và Công nghệ";
const VP = "Văn phòng UBND tỉnh";

// groups; rows [n, name, content lines, lead (null = merged with the row above), partners, time]
const G = [
  ["I", "KIỆN TOÀN TỔ CHỨC, NHÂN SỰ BỘ PHẬN MỘT CỬA CÁC CẤP", [
    ["1", "Kiện toàn Trung tâm Phục vụ hành chính công tỉnh sau hợp nhất", [
      "Rà soát chức năng, nhiệm vụ, cơ cấu tổ chức, biên chế của Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên và Trung tâm Phục vụ hành chính công tỉnh Bắc Kạn (trước hợp nhất); đề xuất phương án kiện toàn thành một Trung tâm với 02 điểm tiếp nhận.",
      "Tham mưu UBND tỉnh ban hành Quyết định kiện toàn Trung tâm; phân công lãnh đạo phụ trách từng điểm tiếp nhận.",
      "Bố trí đủ công chức, viên chức của các sở, ban, ngành làm việc tại Trung tâm theo danh mục thủ tục hành chính đưa ra tiếp nhận."],
      VP, "Sở Nội vụ; Các sở, ban, ngành", "Trước ngày 20 tháng 4"],
    ["2", "Rà soát, bố trí công chức làm việc tại Bộ phận Một cửa cấp xã", [
      "Hướng dẫn UBND các xã, phường rà soát số lượng, trình độ, kỹ năng của công chức được phân công làm việc tại Bộ phận Một cửa.",
      "Tổng hợp nhu cầu bổ sung, điều động công chức đối với các xã, phường thiếu nhân lực, nhất là các xã vùng cao thuộc tỉnh Bắc Kạn (cũ).",
      "Tham mưu UBND tỉnh điều động, biệt phái công chức cấp tỉnh về hỗ trợ các xã, phường có số lượng hồ sơ lớn."],
      "Sở Nội vụ", "UBND các xã, phường", "Trước ngày 30 tháng 4"],
    ["3", "Ban hành Quy chế mẫu về tổ chức và hoạt động của Bộ phận Một cửa cấp xã", [
      "Xây dựng dự thảo Quy chế mẫu, lấy ý kiến các sở, ban, ngành và UBND các xã, phường.",
      "Gửi Sở Tư pháp thẩm định; trình UBND tỉnh ban hành.",
      "Hướng dẫn UBND các xã, phường ban hành Quy chế của Bộ phận Một cửa trên cơ sở Quy chế mẫu."],
      null, "Văn phòng UBND tỉnh; Sở Tư pháp", "Chậm nhất ngày 15 tháng 5"],
    ["4", "Tập huấn nghiệp vụ, kỹ năng cho công chức Bộ phận Một cửa các cấp", [
      "Tổ chức các lớp tập huấn theo cụm xã, phường về quy trình tiếp nhận, số hóa hồ sơ, sử dụng Hệ thống thông tin giải quyết thủ tục hành chính tỉnh.",
      "Bồi dưỡng kỹ năng giao tiếp, ứng xử, văn hóa công vụ; lồng ghép hướng dẫn xử lý các tình huống thường gặp khi tiếp nhận hồ sơ.",
      "Đánh giá kết quả sau tập huấn, đề xuất nội dung bồi dưỡng tiếp theo."],
      null, "Văn phòng UBND tỉnh; Sở Khoa học và Công nghệ", "Từ tháng 5 đến tháng 9"],
  ]],
  ["II", "HẠ TẦNG, ỨNG DỤNG CÔNG NGHỆ THÔNG TIN", [
    ["5", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, hợp nhất dữ liệu của hai tỉnh", [
      "Chuyển đổi, hợp nhất cơ sở dữ liệu hồ sơ thủ tục hành chính của tỉnh Bắc Kạn (trước hợp nhất) vào Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Thái Nguyên.",
      "Cập nhật cơ cấu tổ chức, tài khoản người dùng của các cơ quan, đơn vị sau sắp xếp; bảo đảm không gián đoạn việc tiếp nhận hồ sơ trực tuyến.",
      "Kiểm thử, vận hành chính thức; báo cáo UBND tỉnh kết quả thực hiện."],
      KHCN, "Văn phòng UBND tỉnh; Công an tỉnh", "Trước ngày 01 tháng 6"],
    ["6", "Trang bị, bổ sung thiết bị cho Bộ phận Một cửa cấp xã", [
      "Tổng hợp nhu cầu trang thiết bị (máy quét, máy tính, ki-ốt tra cứu, thiết bị đánh giá mức độ hài lòng) của các xã, phường.",
      "Tham mưu bố trí kinh phí từ nguồn ngân sách tỉnh năm 2026 và hướng dẫn mua sắm theo quy định."],
      "Sở Tài chính", "Sở Khoa học và Công nghệ; UBND các xã, phường", "Quý III"],
    ["7", "Tích hợp xác thực định danh điện tử VNeID trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", [
      "Phối hợp với Bộ Công an kết nối, xác thực tài khoản định danh điện tử khi người dân nộp hồ sơ trực tuyến và tại Bộ phận Một cửa.",
      "Khai thác thông tin công dân từ Cơ sở dữ liệu quốc gia về dân cư để giảm giấy tờ phải nộp."],
      "Công an tỉnh", "Sở KH&CN", "Trong tháng 6"],
    ["8", "Bảo đảm đường truyền, an toàn thông tin cho Bộ phận Một cửa cấp xã", [
      "Rà soát hạ tầng mạng, đường truyền số liệu chuyên dùng tại trụ sở UBND các xã, phường sau sắp xếp.",
      "Yêu cầu các doanh nghiệp viễn thông nâng cấp đường truyền tại các xã vùng cao, vùng sâu; triển khai giải pháp an toàn thông tin theo cấp độ."],
      "Sở Thông tin và Truyền thông", "Viettel Thái Nguyên; VNPT Thái Nguyên; UBND các xã, phường", "Trước ngày 15 tháng 7"],
  ]],
  ["III", "THỦ TỤC HÀNH CHÍNH VÀ SỐ HÓA HỒ SƠ", [
    ["9", "Công bố danh mục thủ tục hành chính tiếp nhận không phụ thuộc vào địa giới hành chính trong tỉnh", [
      "Rà soát toàn bộ thủ tục hành chính thuộc thẩm quyền giải quyết của các cơ quan cấp tỉnh và cấp xã.",
      "Tham mưu Chủ tịch UBND tỉnh công bố danh mục; công khai trên Cổng Dịch vụ công và tại Bộ phận Một cửa các cấp."],
      VP, "Các sở, ban, ngành", "Trước ngày 30 tháng 4"],
    ["10", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tiếp nhận tại Bộ phận Một cửa", [
      "Thực hiện số hóa 100% hồ sơ khi tiếp nhận và kết quả giải quyết thủ tục hành chính; phấn đấu đến hết tháng 6 đạt tối thiểu 80%.",
      "Tái sử dụng dữ liệu đã số hóa, không yêu cầu người dân nộp lại giấy tờ đã được số hóa.",
      "Hướng dẫn, kiểm tra việc số hóa tại UBND các xã, phường; phối hợp với Bưu điện tỉnh hỗ trợ số hóa tại các điểm có số lượng hồ sơ lớn."],
      null, "Các sở, ban, ngành; UBND các xã, phường; Bưu điện tỉnh", "Trước ngày 31 tháng 8"],
    ["11", "Rà soát quy trình nội bộ liên thông đăng ký đầu tư, đăng ký doanh nghiệp", [
      "Rà soát, đề xuất cắt giảm thời gian giải quyết các thủ tục đăng ký đầu tư, đăng ký doanh nghiệp liên thông với thuế, bảo hiểm xã hội.",
      "Trình Chủ tịch UBND tỉnh phê duyệt quy trình nội bộ điện tử sửa đổi."],
      "Sở Kế hoạch và Đầu tư", "Thuế tỉnh; Bảo hiểm xã hội tỉnh", "Tháng 10/2026"],
    ["12", "Tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích", [
      "Bố trí nhân viên bưu điện hỗ trợ tại Bộ phận Một cửa các xã, phường; tiếp nhận, trả kết quả tại nhà theo yêu cầu."],
      "Bưu điện tỉnh", "Văn phòng UBND tỉnh; UBND các xã, phường", "Thường xuyên"],
  ]],
  ["IV", "THEO DÕI, ĐÁNH GIÁ, KIỂM TRA", [
    ["13", "Khảo sát mức độ hài lòng của người dân, tổ chức tại Bộ phận Một cửa các cấp", [
      "Xây dựng phiếu khảo sát, tổ chức khảo sát trực tiếp và trực tuyến tại Trung tâm Phục vụ hành chính công tỉnh và Bộ phận Một cửa các xã, phường.",
      "Tổng hợp, phân tích kết quả; công bố kết quả khảo sát và đề xuất giải pháp khắc phục các tiêu chí đạt thấp."],
      "Sở Nội vụ", "Văn phòng UBND tỉnh; UBND các xã, phường", "Trước ngày 02 tháng 9"],
    ["14", "Kiểm tra hoạt động của Bộ phận Một cửa cấp xã", [
      "Kiểm tra tối thiểu 30% số xã, phường; ưu tiên các xã, phường có tỷ lệ hồ sơ trễ hạn cao.",
      "Kiểm tra việc niêm yết, công khai thủ tục hành chính, việc số hóa, thái độ phục vụ của công chức.",
      "Kiến nghị xử lý trách nhiệm tập thể, cá nhân để xảy ra vi phạm."],
      null, "Văn phòng UBND tỉnh; Thanh tra tỉnh", "Trước ngày 15 tháng 11"],
    ["15", "Theo dõi, đánh giá chất lượng giải quyết thủ tục hành chính theo Bộ chỉ số phục vụ người dân, doanh nghiệp", [
      "Theo dõi kết quả trên Hệ thống đánh giá của Cổng Dịch vụ công quốc gia; thông báo kết quả đến các cơ quan, đơn vị."],
      VP, "Các sở, ban, ngành; UBND các xã, phường", "Hằng quý, trước ngày 20 tháng cuối quý"],
    ["16", "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch", [
      "Tổng hợp kết quả thực hiện của các cơ quan, đơn vị; đánh giá những việc đã làm được, tồn tại, hạn chế.",
      "Báo cáo UBND tỉnh, đồng thời gửi Sở Nội vụ để tổng hợp vào báo cáo cải cách hành chính năm 2026."],
      null, "Sở Nội vụ", "Trước ngày 10/12/2026"],
  ]],
  ["V", "THÔNG TIN, TUYÊN TRUYỀN", [
    ["17", "Tuyên truyền về hoạt động của Bộ phận Một cửa và dịch vụ công trực tuyến", [
      "Mở chuyên mục trên báo in, báo điện tử, phát thanh, truyền hình; đưa tin về các mô hình hay, cách làm hiệu quả của các xã, phường.",
      "Phản ánh kịp thời những hạn chế trong giải quyết thủ tục hành chính tại cơ sở."],
      "Báo và Phát thanh, Truyền hình Thái Nguyên", "Văn phòng UBND tỉnh; UBND các xã, phường", "Năm 2026"],
    ["18", "Hướng dẫn người dân sử dụng dịch vụ công trực tuyến tại Bộ phận Một cửa", [
      "Huy động đoàn viên thanh niên tình nguyện hỗ trợ người dân tại Bộ phận Một cửa các xã, phường trong dịp cao điểm.",
      "Hướng dẫn cài đặt, kích hoạt tài khoản định danh điện tử và nộp hồ sơ trực tuyến."],
      "Tỉnh đoàn", "UBND các xã, phường; Công an tỉnh", "Hoàn thành ngày 30 tháng 6"],
    ["19", "Xây dựng chuyên mục hỏi đáp về thủ tục hành chính trên Cổng thông tin điện tử tỉnh", [
      "Tiếp nhận, trả lời câu hỏi của người dân, doanh nghiệp về thủ tục hành chính sau hợp nhất tỉnh và sắp xếp đơn vị hành chính cấp xã."],
      VP, "Sở KH&CN", "Quý II"],
  ]],
];
const rows = [["TT", "Nhiệm vụ, nội dung thực hiện", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"]];
for (const [g, title, items] of G) {
  rows.push([{ text: g, bold: true, align: "center" }, { text: title, span: 4, bold: true }]);
  items.forEach((r, i) => {
    const next = items[i + 1];
    const lead = r[3] === null ? { text: "", vm: "cont" } : next && next[3] === null ? { text: r[3], vm: "restart" } : r[3];
    rows.push([{ text: r[0], align: "center" }, { text: r[1], bold: true, items: r[2].map((t) => ({ num: "-", text: t, list: { kind: "dash", inst: 100 } })) },
      lead, r[4], { text: r[5], align: "center" }]);
  });
}

const tasks = [
  task("1", "Kiện toàn Trung tâm Phục vụ hành chính công tỉnh sau hợp nhất", "2026-04-19", "2026-04-20", [VP], ["Sở Nội vụ", D]),
  task("2", "Rà soát, bố trí công chức làm việc tại Bộ phận Một cửa cấp xã", "2026-04-29", "2026-04-29", ["Sở Nội vụ"], [X]),
  task("3", "Ban hành Quy chế mẫu về tổ chức và hoạt động của Bộ phận Một cửa cấp xã", "2026-05-15", "2026-05-15", ["Sở Nội vụ"], [VP, "Sở Tư pháp"]),
  task("4", "Tập huấn nghiệp vụ, kỹ năng cho công chức Bộ phận Một cửa các cấp", "2026-09-30", "2026-09-30", ["Sở Nội vụ"], [VP, KHCN]),
  task("5", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, hợp nhất dữ liệu của hai tỉnh", "2026-05-31", "2026-06-01", [KHCN], [VP, "Công an tỉnh"]),
  task("6", "Trang bị, bổ sung thiết bị cho Bộ phận Một cửa cấp xã", "2026-09-30", "2026-09-30", ["Sở Tài chính"], [KHCN, X]),
  task("7", "Tích hợp xác thực định danh điện tử VNeID trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "2026-06-30", "2026-06-30", ["Công an tỉnh"], [KHCN]),
  task("8", "Bảo đảm đường truyền, an toàn thông tin cho Bộ phận Một cửa cấp xã", "2026-07-14", "2026-07-14", [KHCN], [VT, VN, X]),
  task("9", "Công bố danh mục thủ tục hành chính tiếp nhận không phụ thuộc vào địa giới hành chính trong tỉnh", "2026-04-29", "2026-04-29", [VP], [D]),
  task("10", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tiếp nhận tại Bộ phận Một cửa", "2026-08-30", "2026-08-31", [VP], [D, X, "Bưu điện tỉnh"]),
  task("11", "Rà soát quy trình nội bộ liên thông đăng ký đầu tư, đăng ký doanh nghiệp", "2026-10-31", "2026-11-02", ["Sở Tài chính"], ["Thuế tỉnh", "Bảo hiểm xã hội tỉnh"]),
  task("13", "Khảo sát mức độ hài lòng của người dân, tổ chức tại Bộ phận Một cửa các cấp", "2026-09-01", "2026-09-03", ["Sở Nội vụ"], [VP, X]),
  task("14", "Kiểm tra hoạt động của Bộ phận Một cửa cấp xã", "2026-11-14", "2026-11-16", ["Sở Nội vụ"], [VP, "Thanh tra tỉnh"]),
  task("16", "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch", "2026-12-09", "2026-12-09", [VP], ["Sở Nội vụ"]),
  task("17", "Tuyên truyền về hoạt động của Bộ phận Một cửa và dịch vụ công trực tuyến", "2026-12-31", "2026-12-31", ["Báo và Phát thanh, Truyền hình Thái Nguyên"], [VP, X]),
  task("18", "Hướng dẫn người dân sử dụng dịch vụ công trực tuyến tại Bộ phận Một cửa", "2026-06-30", "2026-06-30", ["Tỉnh đoàn"], [X, "Công an tỉnh"]),
  task("19", "Xây dựng chuyên mục hỏi đáp về thủ tục hành chính trên Cổng thông tin điện tử tỉnh", "2026-06-30", "2026-06-30", [VP], [KHCN]),
];

const P = (text, o = {}) => ({ t: "p", text, ...o });
const R = (n, text) => P(text, { num: n, list: { kind: "roman", inst: 1 }, bold: true });
const N = (n, text, o = {}) => P(text, { num: n, list: { kind: "decimal", inst: 2 }, ...o });
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 95/KH-UBND", "Thái Nguyên, ngày 06 tháng 4 năm 2026",
    "KẾ HOẠCH", "Nâng cao hiệu quả hoạt động của Trung tâm Phục vụ hành chính công tỉnh\nvà Bộ phận Một cửa các cấp năm 2026"),
  P("Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính; Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;"),
  P("Căn cứ Kế hoạch cải cách hành chính nhà nước tỉnh Thái Nguyên năm 2026, UBND tỉnh ban hành Kế hoạch nâng cao hiệu quả hoạt động của Trung tâm Phục vụ hành chính công tỉnh và Bộ phận Một cửa các cấp năm 2026 như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  N("1.", "Bảo đảm Trung tâm Phục vụ hành chính công tỉnh và Bộ phận Một cửa các xã, phường vận hành thông suốt sau hợp nhất tỉnh và sắp xếp đơn vị hành chính cấp xã; không để gián đoạn việc tiếp nhận, giải quyết thủ tục hành chính."),
  N("2.", "Phấn đấu năm 2026: tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%; Chỉ số hài lòng của người dân, tổ chức đạt trên 90%; 100% hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa."),
  R("II.", "NHIỆM VỤ CỤ THỂ"),
  P("Nhiệm vụ, nội dung thực hiện, phân công cơ quan chủ trì, cơ quan phối hợp và thời hạn hoàn thành như sau (thời hạn không ghi năm là năm 2026):"),
  { t: "table", header: 1, widths: [500, 4150, 1450, 1700, 1250], rows },
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  N("1.", "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện nhiệm vụ được giao; định kỳ hằng quý gửi báo cáo kết quả về Văn phòng UBND tỉnh.", { list: { kind: "decimal", inst: 3 } }),
  N("2.", "Văn phòng UBND tỉnh theo dõi, đôn đốc, hướng dẫn các cơ quan, đơn vị thực hiện Kế hoạch; kịp thời báo cáo UBND tỉnh những khó khăn, vướng mắc vượt thẩm quyền.", { list: { kind: "decimal", inst: 3 } }),
  N("3.", "Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2026 của các cơ quan, đơn vị.", { list: { kind: "decimal", inst: 3 } }),
  ...sign(["Văn phòng Chính phủ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành",
    "UBND các xã, phường", "Trung tâm PVHCC tỉnh"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Phạm Hoàng Sơn"),
];
const style = `Kế hoạch 95/KH-UBND Thái Nguyên (merged province) 06/4/2026; PDF: LibreOffice export of plan-auto.docx. One task table TT | Nhiệm vụ, nội dung thực hiện | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn hoàn thành over several pages: each task cell is a bold name plus '- ' content lines, rows break across pages and the header row repeats on each page (w:tblHeader). Group rows I-V hold rows 1-19 numbered straight through (ref = TT, title = the bold name); lead merged down over 2-4, 9-10, 13-14, 15-16. Times without a year are in 2026 (the plan says so): 'Trước ngày 02 tháng 9' -> 1/9 (days off 1-2/9 -> 3/9). Rows 12 ('Thường xuyên') and 15 ('Hằng quý …') undated; row 10's 'đến hết tháng 6 đạt 80%' is a milestone, not its deadline. Old names: 'Sở Thông tin và Truyền thông' (lead of 8) -> Sở Khoa học và Công nghệ, 'Sở Kế hoạch và Đầu tư' (lead of 11) -> Sở Tài chính. 'UBND các xã, phường' = UBND cấp xã; Viettel/VNPT Thái Nguyên unresolved.`;
await build(DIR, { blocks, printer: "libreoffice", title: "Kế hoạch 95/KH-UBND", expected: {
  id: "04-thai-nguyen-2026-long-rows-across-pages-repeated-header", style, province: "Thái Nguyên",
  plan: { number: "95/KH-UBND", date: "2026-04-06" }, tasks, quotas: [], unresolved: [X, VT, VN],
  successors: [{ written: "Sở Thông tin và Truyền thông", unit: "Sở Khoa học và Công nghệ" },
    { written: "Sở Kế hoạch và Đầu tư", unit: "Sở Tài chính" }] } });

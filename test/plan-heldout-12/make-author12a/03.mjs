// 03: Bắc Kạn 2024 — a Quyết định issuing a Kế hoạch that has two appendices: Phụ lục I the tasks (a landscape
// section, groups 1-6 with rows 1.1, 1.2 …, the lead merged down over rows), Phụ lục II the indicators (portrait
// again). The PDF (LibreOffice) therefore has landscape pages between portrait ones.
import { build, task } from "./lib.mjs";

const DIR = new URL("../03-bac-kan-2024-decision-two-appendices-landscape-middle/", import.meta.url).pathname;
const D = "@departments";
const H = "@districts";
const VT = "Viettel Bắc Kạn";
const VN = "VNPT Bắc Kạn";
const NH = "Ngân hàng Nhà nước chi nhánh tỉnh Bắc Kạn";
const TTTT = "Sở Thông tin và Truyền thông";

// group rows and task rows: [stt, task, lead cell (null = merged with the row above), partners, time, funds]
const G = [
  ["1", "NÂNG CAO NHẬN THỨC, PHÁT TRIỂN NGUỒN NHÂN LỰC SỐ", [
    ["1.1", "Tuyên truyền, phổ biến về chuyển đổi số trên Báo Bắc Kạn, Đài Phát thanh - Truyền hình tỉnh, Cổng thông tin điện tử tỉnh",
      "Sở Thông tin và Truyền thông", "Báo Bắc Kạn; Đài Phát thanh - Truyền hình tỉnh", "Thường xuyên", "Chi thường xuyên"],
    ["1.2", "Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia (10/10) năm 2024",
      null, "Các sở, ban, ngành; UBND các huyện, thành phố", "Tháng 10/2024", "Ngân sách tỉnh"],
    ["1.3", "Tập huấn kỹ năng số cơ bản cho thành viên Tổ công nghệ số cộng đồng",
      null, "UBND các huyện, thành phố; Tỉnh đoàn", "Quý III/2024", "Ngân sách tỉnh"],
  ]],
  ["2", "HOÀN THIỆN THỂ CHẾ", [
    ["2.1", "Tham mưu ban hành Quy chế quản lý, vận hành, khai thác Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP)",
      "Sở TT&TT", "Văn phòng UBND tỉnh; Sở Tư pháp", "Trước ngày 30/6/2024", "Không"],
    ["2.2", "Rà soát, sửa đổi quy định về tiếp nhận, giải quyết thủ tục hành chính trên môi trường điện tử",
      "Văn phòng UBND tỉnh", "Sở TT&TT; Sở Tư pháp", "Quý II/2024", "Không"],
  ]],
  ["3", "PHÁT TRIỂN HẠ TẦNG SỐ", [
    ["3.1", "Phủ sóng thông tin di động 4G tại các thôn, bản chưa có sóng hoặc sóng yếu",
      "Sở TT&TT", "Viettel Bắc Kạn; VNPT Bắc Kạn; UBND các huyện, thành phố", "Năm 2024", "Doanh nghiệp"],
    ["3.2", "Nâng cấp Trung tâm dữ liệu tỉnh, bảo đảm an toàn thông tin theo cấp độ 3",
      null, "Công an tỉnh", "Tháng 11/2024", "Ngân sách tỉnh"],
  ]],
  ["4", "PHÁT TRIỂN DỮ LIỆU SỐ", [
    ["4.1", "Xây dựng cơ sở dữ liệu đất đai tỉnh Bắc Kạn (giai đoạn 1)",
      "Sở Tài nguyên và Môi trường", "Sở TT&TT; UBND các huyện, thành phố", "Tháng 12/2024", "Ngân sách tỉnh"],
    ["4.2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực",
      "Văn phòng UBND tỉnh", "Các sở, ban, ngành; UBND các huyện, thành phố", "Trước ngày 31/10/2024", "Chi thường xuyên"],
    ["4.3", "Xây dựng cơ sở dữ liệu ngành giáo dục, kết nối với cơ sở dữ liệu của Bộ Giáo dục và Đào tạo",
      "Sở Giáo dục và Đào tạo", "Sở TT&TT", "Quý III/2024", "Ngân sách tỉnh"],
    ["4.4", "Cập nhật dữ liệu khám bệnh, chữa bệnh; triển khai hồ sơ sức khỏe điện tử",
      "Sở Y tế", "Bảo hiểm xã hội tỉnh", "Tháng 9/2024", "Chi thường xuyên"],
  ]],
  ["5", "PHÁT TRIỂN CHÍNH QUYỀN SỐ", [
    ["5.1", "Triển khai hệ thống hội nghị truyền hình trực tuyến đến cấp xã",
      "Sở TT&TT", "UBND các huyện, thành phố", "Quý II/2024", "Ngân sách tỉnh"],
    ["5.2", "Cung cấp dịch vụ công trực tuyến toàn trình đạt tối thiểu 80% số thủ tục hành chính đủ điều kiện",
      "Văn phòng UBND tỉnh", "Các sở, ban, ngành", "Tháng 8/2024", "Không"],
    ["5.3", "Cấp và hướng dẫn sử dụng chữ ký số cá nhân cho cán bộ, công chức cấp xã",
      "Sở TT&TT", "Công an tỉnh; UBND các huyện, thành phố", "Từ tháng 4 đến tháng 6/2024", "Chi thường xuyên"],
    ["5.4", "Thực hiện các chỉ tiêu của Đề án 06 về thanh toán trực tuyến phí, lệ phí, nghĩa vụ tài chính",
      "Công an tỉnh", "Các sở, ban, ngành", "Trước 15/11/2024", "Không"],
  ]],
  ["6", "PHÁT TRIỂN KINH TẾ SỐ, XÃ HỘI SỐ", [
    ["6.1", "Đưa sản phẩm OCOP của tỉnh lên các sàn thương mại điện tử",
      "Sở Công Thương", "Sở Nông nghiệp và PTNT", "Quý IV/2024", "Ngân sách tỉnh"],
    ["6.2", "Thúc đẩy thanh toán không dùng tiền mặt trong trường học, bệnh viện",
      "Ngân hàng Nhà nước chi nhánh tỉnh Bắc Kạn", "Sở Giáo dục và Đào tạo; Sở Y tế", "Năm 2024", "Không"],
    ["6.3", "Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số",
      "Sở Kế hoạch và Đầu tư", "Hiệp hội Doanh nghiệp tỉnh", "Thường xuyên", "Ngân sách tỉnh"],
  ]],
];
const rows = [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Nguồn kinh phí"]];
for (const [n, title, items] of G) {
  rows.push([{ text: n, bold: true, align: "center" }, { text: title, span: 5, bold: true }]);
  items.forEach((r, i) => {
    const next = items[i + 1];
    const lead = r[2] === null ? { text: "", vm: "cont" } : next && next[2] === null ? { text: r[2], vm: "restart" } : r[2];
    rows.push([{ text: r[0], align: "center" }, r[1], lead, r[3], { text: r[4], align: "center" }, { text: r[5], align: "center" }]);
  });
}
const ind = [
  ["STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả năm 2023", "Mục tiêu năm 2024", "Cơ quan theo dõi"],
  ["1", "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến", "%", "42,5", "≥ 50", "Văn phòng UBND tỉnh"],
  ["2", "Tỷ lệ văn bản đi (trừ văn bản mật) được ký số, gửi nhận trên môi trường mạng", "%", "98", "100", "Sở TT&TT"],
  ["3", "Tỷ lệ thôn, bản có sóng di động 4G", "%", "93", "≥ 97", "Sở TT&TT"],
  ["4", "Tỷ lệ dân số trưởng thành có điện thoại thông minh", "%", "78", "≥ 85", "Sở TT&TT"],
  ["5", "Tỷ lệ người dân trưởng thành có tài khoản thanh toán điện tử", "%", "65", "≥ 75", "Ngân hàng Nhà nước chi nhánh tỉnh Bắc Kạn"],
  ["6", "Số sản phẩm OCOP được giới thiệu trên sàn thương mại điện tử", "Sản phẩm", "120", "≥ 150", "Sở Công Thương"],
  ["7", "Tỷ trọng kinh tế số trong GRDP", "%", "5,1", "≥ 6", "Sở Kế hoạch và Đầu tư"],
];

const t = (ref, title, due, eff, lead, co, inh = false) => task(ref, title, due, eff, lead, co, inh);
const tasks = [
  t("IV.1", "Chủ trì, hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch năm 2024", "2024-12-14", "2024-12-16", [TTTT], []),
  t("IV.2", "Xây dựng, ban hành kế hoạch chuyển đổi số năm 2024 của cơ quan, đơn vị", "2024-04-14", "2024-04-15", [D, H], []),
  t("1.2", "Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia", "2024-10-31", "2024-10-31", [TTTT], [D, H]),
  t("1.3", "Tập huấn kỹ năng số cơ bản cho thành viên Tổ công nghệ số cộng đồng", "2024-09-30", "2024-09-30", [TTTT], [H, "Tỉnh đoàn"]),
  t("2.1", "Tham mưu ban hành Quy chế quản lý, vận hành, khai thác Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP)", "2024-06-29", "2024-07-01", [TTTT], ["Văn phòng UBND tỉnh", "Sở Tư pháp"]),
  t("2.2", "Rà soát, sửa đổi quy định về tiếp nhận, giải quyết thủ tục hành chính trên môi trường điện tử", "2024-06-30", "2024-07-01", ["Văn phòng UBND tỉnh"], [TTTT, "Sở Tư pháp"]),
  t("3.1", "Phủ sóng thông tin di động 4G tại các thôn, bản chưa có sóng hoặc sóng yếu", "2024-12-31", "2024-12-31", [TTTT], [VT, VN, H]),
  t("3.2", "Nâng cấp Trung tâm dữ liệu tỉnh, bảo đảm an toàn thông tin theo cấp độ 3", "2024-11-30", "2024-12-02", [TTTT], ["Công an tỉnh"]),
  t("4.1", "Xây dựng cơ sở dữ liệu đất đai tỉnh Bắc Kạn (giai đoạn 1)", "2024-12-31", "2024-12-31", ["Sở Tài nguyên và Môi trường"], [TTTT, H]),
  t("4.2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực", "2024-10-30", "2024-10-30", ["Văn phòng UBND tỉnh"], [D, H]),
  t("4.3", "Xây dựng cơ sở dữ liệu ngành giáo dục", "2024-09-30", "2024-09-30", ["Sở Giáo dục và Đào tạo"], [TTTT]),
  t("4.4", "Cập nhật dữ liệu khám bệnh, chữa bệnh; triển khai hồ sơ sức khỏe điện tử", "2024-09-30", "2024-09-30", ["Sở Y tế"], ["Bảo hiểm xã hội tỉnh"]),
  t("5.1", "Triển khai hệ thống hội nghị truyền hình trực tuyến đến cấp xã", "2024-06-30", "2024-07-01", [TTTT], [H]),
  t("5.2", "Cung cấp dịch vụ công trực tuyến toàn trình đạt tối thiểu 80% số thủ tục hành chính đủ điều kiện", "2024-08-31", "2024-09-04", ["Văn phòng UBND tỉnh"], [D]),
  t("5.3", "Cấp và hướng dẫn sử dụng chữ ký số cá nhân cho cán bộ, công chức cấp xã", "2024-06-30", "2024-07-01", [TTTT], ["Công an tỉnh", H]),
  t("5.4", "Thực hiện các chỉ tiêu của Đề án 06 về thanh toán trực tuyến phí, lệ phí, nghĩa vụ tài chính", "2024-11-14", "2024-11-14", ["Công an tỉnh"], [D]),
  t("6.1", "Đưa sản phẩm OCOP của tỉnh lên các sàn thương mại điện tử", "2024-12-31", "2024-12-31", ["Sở Công Thương"], ["Sở Nông nghiệp và Phát triển nông thôn"]),
  t("6.2", "Thúc đẩy thanh toán không dùng tiền mặt trong trường học, bệnh viện", "2024-12-31", "2024-12-31", [NH], ["Sở Giáo dục và Đào tạo", "Sở Y tế"]),
];

const P = (text, o = {}) => ({ t: "p", text, ...o });
const C = (text, o = {}) => P(text, { align: "center", indent: false, bold: true, ...o });
const R = (n, text) => P(text, { num: n, list: { kind: "roman", inst: 1 }, bold: true });
const N = (n, text, inst, o = {}) => P(text, { num: n, list: { kind: "decimal", inst }, ...o });
const top = (issuer, left2, right2) => ({ t: "table", borders: false, widths: [3700, 5400], rows: [
  [{ text: issuer, bold: true, align: "center" }, { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
    bold: true, align: "center" }],
  [{ text: left2, align: "center" }, { text: right2, italic: true, align: "center" }]] });
const blocks = [
  top("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 412/QĐ-UBND", "Bắc Kạn, ngày 22 tháng 3 năm 2024"),
  C("QUYẾT ĐỊNH"),
  C("Ban hành Kế hoạch chuyển đổi số tỉnh Bắc Kạn năm 2024"),
  C("ỦY BAN NHÂN DÂN TỈNH BẮC KẠN"),
  P("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;", { italic: true }),
  P("Căn cứ Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030;", { italic: true }),
  P("Căn cứ Nghị quyết số 01-NQ/TU ngày 18 tháng 01 năm 2021 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số tỉnh Bắc Kạn giai đoạn 2021 - 2025, định hướng đến năm 2030;", { italic: true }),
  P("Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 25/TTr-STTTT ngày 15 tháng 3 năm 2024.", { italic: true }),
  C("QUYẾT ĐỊNH:"),
  P("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số tỉnh Bắc Kạn năm 2024."),
  P("Điều 2. Quyết định này có hiệu lực kể từ ngày ký."),
  P("Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh; Chủ tịch UBND các huyện, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./."),
  { t: "table", borders: false, widths: [4300, 4800], rows: [[
    { text: "Nơi nhận:\n- Như Điều 3;\n- Bộ Thông tin và Truyền thông (b/c);\n- TT Tỉnh ủy, TT HĐND tỉnh (b/c);\n- CT, các PCT UBND tỉnh;\n- LĐVP;\n- Lưu: VT, KGVX.", align: "left" },
    { text: "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nĐỗ Thị Minh Hoa", bold: true, align: "center" }]] },
  { t: "pagebreak" },
  top("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "", ""),
  C("KẾ HOẠCH"),
  C("Chuyển đổi số tỉnh Bắc Kạn năm 2024"),
  C("(Ban hành kèm theo Quyết định số 412/QĐ-UBND ngày 22/3/2024 của UBND tỉnh Bắc Kạn)", { bold: false, italic: true }),
  R("I.", "MỤC TIÊU"),
  N("1.", "Mục tiêu chung", 2, { bold: true }),
  P("Tiếp tục thực hiện đồng bộ ba trụ cột chính quyền số, kinh tế số, xã hội số; lấy người dân, doanh nghiệp làm trung tâm; nâng cao thứ hạng Chỉ số chuyển đổi số (DTI) của tỉnh năm 2024."),
  N("2.", "Mục tiêu cụ thể", 2, { bold: true }),
  P("Phấn đấu đến hết năm 2024: 100% văn bản đi (trừ văn bản mật) được ký số; tối thiểu 50% hồ sơ thủ tục hành chính được xử lý trực tuyến; 97% thôn, bản có sóng di động 4G. Các chỉ tiêu cụ thể tại Phụ lục II kèm theo Kế hoạch này."),
  R("II.", "NHIỆM VỤ, GIẢI PHÁP"),
  P("Tập trung thực hiện các nhóm nhiệm vụ: nâng cao nhận thức, phát triển nguồn nhân lực số; hoàn thiện thể chế; phát triển hạ tầng số; phát triển dữ liệu số; phát triển chính quyền số; phát triển kinh tế số, xã hội số. Danh mục nhiệm vụ, cơ quan chủ trì, cơ quan phối hợp và thời gian hoàn thành tại Phụ lục I kèm theo Kế hoạch này."),
  R("III.", "KINH PHÍ THỰC HIỆN"),
  P("Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách tỉnh năm 2024 đã giao cho các cơ quan, đơn vị, nguồn Chương trình mục tiêu quốc gia và các nguồn hợp pháp khác."),
  R("IV.", "TỔ CHỨC THỰC HIỆN"),
  N("1.", "Sở Thông tin và Truyền thông: Chủ trì, hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch năm 2024 trước ngày 15/12/2024.", 3),
  N("2.", "Các sở, ban, ngành; UBND các huyện, thành phố: Xây dựng, ban hành kế hoạch chuyển đổi số năm 2024 của cơ quan, đơn vị, hoàn thành trước ngày 15/4/2024; tổ chức thực hiện các nhiệm vụ được giao tại Phụ lục I. Định kỳ 6 tháng, hằng năm báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông.", 3),
  N("3.", "Sở Tài chính: Tham mưu bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch theo khả năng cân đối ngân sách.", 3),
  N("4.", "Sở Nội vụ: Đưa kết quả thực hiện nhiệm vụ chuyển đổi số vào tiêu chí đánh giá, chấm điểm Chỉ số cải cách hành chính của các cơ quan, đơn vị.", 3),
  P("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Thông tin và Truyền thông để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./."),
  { t: "sect", landscape: false },
  C("Phụ lục I"),
  C("DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ TỈNH BẮC KẠN NĂM 2024"),
  C("(Kèm theo Kế hoạch ban hành tại Quyết định số 412/QĐ-UBND ngày 22/3/2024 của UBND tỉnh Bắc Kạn)", { bold: false, italic: true }),
  { t: "table", header: 1, widths: [700, 5300, 2300, 3300, 1700, 1800], rows },
  { t: "sect", landscape: true },
  C("Phụ lục II"),
  C("CHỈ TIÊU CHUYỂN ĐỔI SỐ TỈNH BẮC KẠN NĂM 2024"),
  C("(Kèm theo Kế hoạch ban hành tại Quyết định số 412/QĐ-UBND ngày 22/3/2024 của UBND tỉnh Bắc Kạn)", { bold: false, italic: true }),
  { t: "table", header: 1, widths: [700, 3400, 900, 1200, 1200, 1700], rows: ind },
];
const style = `Quyết định 412/QĐ-UBND Bắc Kạn 22/3/2024 issuing a Kế hoạch (numbered and dated by the decision) with Phụ lục I (tasks) and Phụ lục II (indicators); PDF: LibreOffice export of plan-auto.docx, three Word sections: portrait (decision, plan), landscape (Phụ lục I), portrait (Phụ lục II). Tasks: Phụ lục I STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Nguồn kinh phí, group rows 1-6 and rows 1.1, 1.2 … (ref = STT), lead merged down over 1.1-1.3 and 3.1-3.2; 1.1 and 6.3 'Thường xuyên' undated. Plus the plan's IV.1 (Sở TT&TT report, 'trước ngày 15/12/2024') and IV.2 (departments and districts, own plans 'trước ngày 15/4/2024'; the six-monthly report after it recurs). Phụ lục II and section I.2 set targets: no task. '(10/10)' in 1.2 names the national day. Unresolved: Viettel Bắc Kạn, VNPT Bắc Kạn, Ngân hàng Nhà nước chi nhánh tỉnh Bắc Kạn.`;
await build(DIR, { blocks, printer: "libreoffice", title: "Quyết định 412/QĐ-UBND", expected: {
  id: "03-bac-kan-2024-decision-two-appendices-landscape-middle", style, province: "Bắc Kạn",
  plan: { number: "412/QĐ-UBND", date: "2024-03-22" }, tasks, quotas: [], unresolved: [VT, VN, NH], successors: [] } });

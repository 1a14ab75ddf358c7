// 05: Thái Nguyên 2024 — Kế hoạch of the provincial Liên đoàn Lao động assigning work to its own bodies
// (Ban Tổ chức - Kiểm tra, Văn phòng, Ban Chính sách - Pháp luật, …) and to the district unions.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "05-thai-nguyen-2024-trade-union-own-bodies";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const TCKT = "Ban Tổ chức - Kiểm tra Liên đoàn Lao động tỉnh";
const VP = "Văn phòng Liên đoàn Lao động tỉnh";
const CSPL = "Ban Chính sách - Pháp luật Liên đoàn Lao động tỉnh";
const TGNC = "Ban Tuyên giáo - Nữ công Liên đoàn Lao động tỉnh";
const UBKT = "Ủy ban Kiểm tra Liên đoàn Lao động tỉnh";
const HUYEN = "Liên đoàn Lao động các huyện, thành phố";

const roman = (inst) => ({ kind: "roman", inst });
const dec = (inst) => ({ kind: "decimal", inst });
const let_ = (inst) => ({ kind: "letter", inst });
const H = (num, text, list) => ({ t: "p", num, text, list, bold: true });
const P = (text) => ({ t: "p", text });
const L = (num, text, inst) => ({ t: "p", num, text, list: let_(inst) });
const D = (text) => ({ t: "p", num: "-", text, list: { kind: "dash", inst: 90 } });

const blocks = [
  ...head("TỔNG LĐLĐ VIỆT NAM\nLIÊN ĐOÀN LAO ĐỘNG\nTỈNH THÁI NGUYÊN", "Số: 86/KH-LĐLĐ",
    "Thái Nguyên, ngày 12 tháng 3 năm 2024", "KẾ HOẠCH",
    "Thực hiện công tác cải cách hành chính năm 2024 của Liên đoàn Lao động tỉnh"),
  P("Căn cứ Kế hoạch số 215/KH-UBND ngày 28/12/2023 của UBND tỉnh Thái Nguyên về cải cách hành chính năm 2024; " +
    "Chương trình công tác năm 2024 của Ban Chấp hành Liên đoàn Lao động (LĐLĐ) tỉnh; Ban Thường vụ LĐLĐ tỉnh " +
    "ban hành Kế hoạch thực hiện công tác cải cách hành chính (CCHC) năm 2024 như sau:"),
  H("I.", "MỤC ĐÍCH, YÊU CẦU", roman(1)),
  D("Nâng cao nhận thức, trách nhiệm của cán bộ công đoàn các cấp về CCHC; gắn CCHC với đổi mới nội dung, " +
    "phương thức hoạt động công đoàn, hướng về cơ sở, lấy đoàn viên, người lao động làm trung tâm."),
  D("Phân công cụ thể cho từng ban, đơn vị thuộc LĐLĐ tỉnh và LĐLĐ các huyện, thành phố; có thời hạn hoàn " +
    "thành, bảo đảm thực chất, hiệu quả."),
  H("II.", "NHIỆM VỤ TRỌNG TÂM", roman(1)),
  P("Tiếp tục rà soát, sửa đổi quy chế, quy trình giải quyết công việc của cơ quan LĐLĐ tỉnh; đẩy mạnh ứng dụng " +
    "công nghệ thông tin, chuyển đổi số trong hoạt động công đoàn; nâng cao chất lượng đại diện, bảo vệ quyền, lợi " +
    "ích hợp pháp, chính đáng của đoàn viên, người lao động; thực hiện nghiêm kỷ luật, kỷ cương hành chính."),
  H("III.", "PHÂN CÔNG THỰC HIỆN", roman(1)),
  H("1.", TCKT + " (bộ phận thường trực CCHC)", dec(2)),
  L("a)", "Tham mưu Thường trực LĐLĐ tỉnh ban hành Quyết định kiện toàn Tổ giúp việc CCHC của cơ quan LĐLĐ tỉnh; " +
    "hoàn thành trước ngày 29/3/2024.", 11),
  L("b)", "Hướng dẫn LĐLĐ các huyện, thành phố và công đoàn ngành tự đánh giá, chấm điểm kết quả thực hiện CCHC " +
    "năm 2024; chậm nhất ngày 15/10/2024.", 11),
  L("c)", "Chủ trì, phối hợp với Văn phòng LĐLĐ tỉnh kiểm tra công tác CCHC tại ít nhất 04 LĐLĐ huyện, thành phố " +
    "và công đoàn ngành. Thời gian: Quý III/2024.", 11),
  L("d)", "Tổng hợp, xây dựng báo cáo kết quả CCHC năm 2024 của LĐLĐ tỉnh, trình Thường trực LĐLĐ tỉnh ký gửi " +
    "Tổng Liên đoàn Lao động Việt Nam và UBND tỉnh trước ngày 10/12/2024.", 11),
  H("2.", VP, dec(2)),
  L("a)", "Cập nhật, niêm yết công khai quy trình tiếp nhận, giải quyết đề nghị của đoàn viên, người lao động tại " +
    "trụ sở và trên Trang thông tin điện tử LĐLĐ tỉnh; xong trước 30/4/2024.", 12),
  L("b)", "Triển khai phần mềm quản lý văn bản và hồ sơ công việc đến 100% LĐLĐ các huyện, thành phố, phối hợp " +
    "với Sở Thông tin và Truyền thông; hoàn thành trong tháng 6/2024.", 12),
  L("c)", "Số hóa hồ sơ, tài liệu lưu trữ của cơ quan LĐLĐ tỉnh giai đoạn 2013 - 2023; trong năm 2024.", 12),
  L("d)", "Bảo đảm kinh phí, cơ sở vật chất cho hoạt động CCHC; thực hiện thường xuyên.", 12),
  H("3.", CSPL, dec(2)),
  L("a)", "Chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội, Bảo hiểm xã hội tỉnh tổ chức đối thoại về " +
    "thủ tục giải quyết chế độ bảo hiểm xã hội cho người lao động tại các doanh nghiệp; hoàn thành 6 tháng đầu " +
    "năm 2024.", 13),
  L("b)", "Tư vấn pháp luật, hướng dẫn đoàn viên thực hiện thủ tục hành chính qua dịch vụ công trực tuyến; " +
    "thường xuyên.", 13),
  L("c)", "Tổng hợp phản ánh, kiến nghị của đoàn viên, người lao động về thủ tục hành chính, gửi Văn phòng UBND " +
    "tỉnh trước ngày 15/11/2024.", 13),
  H("4.", TGNC, dec(2)),
  L("a)", "Mở chuyên mục \u201cCông đoàn với cải cách hành chính\u201d trên Trang thông tin điện tử LĐLĐ tỉnh, phối " +
    "hợp với Báo Thái Nguyên đăng tải tin, bài; xong trước ngày 15/4/2024.", 14),
  L("b)", "Tổ chức Cuộc thi trực tuyến \u201cĐoàn viên công đoàn tìm hiểu về cải cách hành chính\u201d từ ngày " +
    "01/8 đến ngày 31/8/2024.", 14),
  H("5.", UBKT, dec(2)),
  P("Kiểm tra việc quản lý, sử dụng tài chính, tài sản công đoàn gắn với thực hiện quy chế chi tiêu nội bộ tại 05 " +
    "công đoàn cơ sở khối hành chính sự nghiệp; hoàn thành trong Quý IV/2024."),
  H("6.", HUYEN, dec(2)),
  L("a)", "Xây dựng kế hoạch CCHC năm 2024 của đơn vị, gửi về LĐLĐ tỉnh (qua Ban Tổ chức - Kiểm tra) trước " +
    "ngày 25/3/2024.", 16),
  L("b)", "Tự đánh giá, chấm điểm kết quả CCHC năm 2024, gửi LĐLĐ tỉnh chậm nhất ngày 05/11/2024.", 16),
  L("c)", "Báo cáo kết quả thực hiện CCHC định kỳ hằng quý, trước ngày 15 của tháng cuối quý.", 16),
  H("IV.", "TỔ CHỨC THỰC HIỆN", roman(1)),
  P("Trưởng các ban, Chánh Văn phòng LĐLĐ tỉnh, Chủ tịch LĐLĐ các huyện, thành phố căn cứ nhiệm vụ được phân " +
    "công chủ động triển khai thực hiện; định kỳ báo cáo kết quả về Ban Thường vụ LĐLĐ tỉnh (qua Ban Tổ chức - " +
    "Kiểm tra). Trong quá trình thực hiện, nếu có vướng mắc, kịp thời phản ánh để Ban Thường vụ xem xét, chỉ đạo."),
  ...sign(["Tổng LĐLĐ Việt Nam (b/c)", "Thường trực Tỉnh ủy (b/c)", "UBND tỉnh (b/c)", "Sở Nội vụ",
    "Các ban, Văn phòng, UBKT LĐLĐ tỉnh", "LĐLĐ các huyện, thành phố"],
  "TM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH", "Trần Thị Hồng Nhung"),
];

const tasks = [
  task("III.1.a", "Tham mưu Thường trực LĐLĐ tỉnh ban hành Quyết định kiện toàn Tổ giúp việc CCHC", "2024-03-28",
    "2024-03-28", [TCKT]),
  task("III.1.b", "Hướng dẫn LĐLĐ các huyện, thành phố và công đoàn ngành tự đánh giá, chấm điểm", "2024-10-15",
    "2024-10-15", [TCKT]),
  task("III.1.c", "Chủ trì, phối hợp với Văn phòng LĐLĐ tỉnh kiểm tra công tác CCHC", "2024-09-30", "2024-09-30",
    [TCKT], [VP]),
  task("III.1.d", "Tổng hợp, xây dựng báo cáo kết quả CCHC năm 2024 của LĐLĐ tỉnh", "2024-12-09", "2024-12-09",
    [TCKT]),
  task("III.2.a", "Cập nhật, niêm yết công khai quy trình tiếp nhận, giải quyết đề nghị của đoàn viên", "2024-04-29",
    "2024-05-02", [VP]),
  task("III.2.b", "Triển khai phần mềm quản lý văn bản và hồ sơ công việc", "2024-06-30", "2024-07-01", [VP],
    ["Sở Thông tin và Truyền thông"]),
  task("III.2.c", "Số hóa hồ sơ, tài liệu lưu trữ của cơ quan LĐLĐ tỉnh", "2024-12-31", "2024-12-31", [VP]),
  task("III.3.a", "Chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội, Bảo hiểm xã hội tỉnh tổ chức đối thoại",
    "2024-06-30", "2024-07-01", [CSPL], ["Sở Lao động - Thương binh và Xã hội", "Bảo hiểm xã hội tỉnh"]),
  task("III.3.c", "Tổng hợp phản ánh, kiến nghị của đoàn viên, người lao động về thủ tục hành chính", "2024-11-14",
    "2024-11-14", [CSPL]),
  task("III.4.a", "Mở chuyên mục “Công đoàn với cải cách hành chính”", "2024-04-14", "2024-04-15", [TGNC],
    ["Báo Thái Nguyên"]),
  task("III.4.b", "Tổ chức Cuộc thi trực tuyến “Đoàn viên công đoàn tìm hiểu về cải cách hành chính”", "2024-08-31",
    "2024-09-04", [TGNC]),
  task("III.5", "Kiểm tra việc quản lý, sử dụng tài chính, tài sản công đoàn", "2024-12-31", "2024-12-31", [UBKT]),
  task("III.6.a", "Xây dựng kế hoạch CCHC năm 2024 của đơn vị", "2024-03-24", "2024-03-25", [HUYEN]),
  task("III.6.b", "Tự đánh giá, chấm điểm kết quả CCHC năm 2024", "2024-11-05", "2024-11-05", [HUYEN]),
];

const style = "Kế hoạch 86/KH-LĐLĐ of the Liên đoàn Lao động tỉnh Thái Nguyên, 12/3/2024: a mass organisation " +
  "assigning work to its OWN bodies. III is split by body (numbered headings 'Ban Tổ chức - Kiểm tra Liên đoàn Lao " +
  "động tỉnh (bộ phận thường trực CCHC)', 'Văn phòng Liên đoàn Lao động tỉnh', …, 'Liên đoàn Lao động các huyện, " +
  "thành phố') over a), b) items ending '; <deadline>.'; III.5 is one paragraph. ref = III.n.x; lead = the " +
  "heading's body as written (the text abbreviates 'LĐLĐ tỉnh'); none is a directory unit nor the directory's " +
  "'Liên đoàn Lao động tỉnh': all unresolved. 'Thường trực LĐLĐ tỉnh', 'Tổng LĐLĐ Việt Nam', 'UBND tỉnh', 'Văn " +
  "phòng UBND tỉnh' after 'trình'/'gửi' are recipients. 'xong trước 30/4/2024' -> 29/4 (day off) -> 2/5; 'từ ngày " +
  "01/8 đến ngày 31/8/2024' -> 31/8 -> 4/9. Left out: III.2.d, III.3.b (thường xuyên), III.6.c (hằng quý). PDF: " +
  "WeasyPrint of the HTML.";

await build(DIR, { blocks, printer: "weasyprint", expected: { id: ID, style, province: "Thái Nguyên",
  plan: { number: "86/KH-LĐLĐ", date: "2024-03-12" }, tasks, quotas: [],
  unresolved: [TCKT, VP, CSPL, TGNC, UBKT, HUYEN], successors: [] } });

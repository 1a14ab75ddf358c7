// 05: Thái Nguyên, UBND tỉnh, Kế hoạch 178/KH-UBND ngày 15/10/2024 (before the reorganisation: districts, old
// departments), thực hiện Chỉ thị số 32-CT/TU của Ban Thường vụ Tỉnh ủy. Habits: a UBND plan that carries the PARTY's
// wording into its own ("Ban cán sự đảng UBND tỉnh", "các cấp ủy, chính quyền", "ban cán sự đảng, đảng đoàn, ban
// thường vụ cấp ủy cùng cấp", "quán triệt", "người đứng đầu"), part II party-style solutions with no dates, part III
// "TỔ CHỨC THỰC HIỆN" by unit (numbered units, a)-d) items or one paragraph after the colon); page furniture as the
// office's Word file has it: the page number at the top centre from page 2 (Decree 30), a footer with the clerk's file
// path; "Nơi nhận" long enough to run over the page break; plan.pdf LibreOffice then Ghostscript.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head } from "../../plan-corpus/author-kit/head.mjs";
import { P, buildPaged, lister } from "./common.mjs";

const ID = "05-thai-nguyen-2024-ubnd-plan-in-party-wording-ban-can-su-cap-uy-units-a-d-page-number-top-filename-footer";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TT = "Sở Thông tin và Truyền thông", TP = "Sở Tư pháp";
const TC = "Sở Tài chính", KH = "Sở Kế hoạch và Đầu tư", MT = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh";
const BTC = "Ban Tổ chức Tỉnh ủy", DUK = "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh";
const PV = "Trung tâm Phục vụ hành chính công tỉnh", CT = "các tổ chức chính trị - xã hội tỉnh";
const DEP = "@departments", DIS = "@districts";

const R = lister("roman", "parts", { bold: true, indent: false });
const S = lister("decimal", "sol");
const U = lister("decimal", "units", { bold: true });
const a1 = lister("letter", "u1"), a2 = lister("letter", "u2"), a7 = lister("letter", "u7");

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 178/KH-UBND", "Thái Nguyên, ngày 15 tháng 10 năm 2024",
    "KẾ HOẠCH", "Thực hiện Chỉ thị số 32-CT/TU ngày 26/8/2024 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo " +
    "của Đảng đối với công tác cải cách hành chính, nâng cao chất lượng phục vụ người dân, doanh nghiệp"),
  { t: "p", text: "___________", align: "center", indent: false },
  P("Thực hiện Chỉ thị số 32-CT/TU ngày 26/8/2024 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối " +
    "với công tác cải cách hành chính, nâng cao chất lượng phục vụ người dân, doanh nghiệp (sau đây viết tắt là Chỉ " +
    "thị số 32-CT/TU); Kế hoạch số 215-KH/BCSĐ ngày 10/9/2024 của Ban cán sự đảng UBND tỉnh triển khai thực hiện " +
    "Chỉ thị số 32-CT/TU, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  S("1.", "Quán triệt sâu sắc, đầy đủ nội dung Chỉ thị số 32-CT/TU đến các cấp ủy, chính quyền, cán bộ, đảng viên, " +
    "công chức, viên chức, tạo sự chuyển biến mạnh mẽ trong nhận thức và hành động; xác định cải cách hành chính là " +
    "nhiệm vụ chính trị trọng tâm, thường xuyên của mỗi cơ quan, đơn vị."),
  S("2.", "Cụ thể hóa các nhiệm vụ, giải pháp thành nhiệm vụ của từng cơ quan, đơn vị, gắn với trách nhiệm người " +
    "đứng đầu cấp ủy, chính quyền; lấy sự hài lòng của người dân, doanh nghiệp làm thước đo kết quả lãnh đạo, chỉ đạo, " +
    "điều hành."),
  R("II.", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
  S("3.", "Tăng cường vai trò lãnh đạo của các cấp ủy, tổ chức đảng; phát huy vai trò gương mẫu của cán bộ, đảng " +
    "viên, nhất là người đứng đầu trong thực hiện nhiệm vụ cải cách hành chính; kịp thời chấn chỉnh, xử lý nghiêm tập " +
    "thể, cá nhân có biểu hiện nhũng nhiễu, gây phiền hà cho người dân, doanh nghiệp."),
  S("4.", "Đẩy mạnh cải cách thủ tục hành chính gắn với chuyển đổi số; nâng cao chất lượng giải quyết thủ tục hành " +
    "chính trên môi trường điện tử, thanh toán trực tuyến; giảm tỷ lệ hồ sơ trễ hạn, tiến tới không còn hồ sơ trễ hạn."),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  U("1.", "Sở Nội vụ"),
  a1("a)", "Tham mưu Ban cán sự đảng UBND tỉnh ban hành Nghị quyết chuyên đề về nâng cao Chỉ số cải cách hành chính, " +
    "Chỉ số hài lòng của người dân, tổ chức (SIPAS) giai đoạn 2025 - 2030, trình trước ngày 30/11/2024."),
  a1("b)", "Chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy, Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh tổ chức Hội " +
    "nghị quán triệt, triển khai Chỉ thị số 32-CT/TU đến người đứng đầu các cơ quan, đơn vị, hoàn thành trong tháng " +
    "11/2024."),
  a1("c)", "Tham mưu UBND tỉnh sửa đổi Bộ Chỉ số theo dõi, đánh giá kết quả cải cách hành chính của các cơ quan, đơn " +
    "vị, bổ sung tiêu chí về sự lãnh đạo của cấp ủy đối với cải cách hành chính; xong trước ngày 15/01/2025."),
  a1("d)", "Theo dõi, đôn đốc; tổng hợp, tham mưu UBND tỉnh báo cáo Ban cán sự đảng UBND tỉnh, Ban Thường vụ Tỉnh ủy " +
    "sơ kết 01 năm thực hiện Chỉ thị số 32-CT/TU chậm nhất ngày 15/8/2025."),
  U("2.", "Văn phòng UBND tỉnh"),
  a2("a)", "Chủ trì, phối hợp với Sở Thông tin và Truyền thông, Trung tâm Phục vụ hành chính công tỉnh nâng cấp Hệ " +
    "thống thông tin giải quyết thủ tục hành chính của tỉnh, bảo đảm kết nối, đồng bộ với Cổng Dịch vụ công quốc gia; " +
    "hoàn thành trong Quý I/2025."),
  a2("b)", "Tham mưu Chủ tịch UBND tỉnh tổ chức Hội nghị đối thoại với doanh nghiệp, hợp tác xã về thủ tục hành chính " +
    "năm 2024 (trước 20/12/2024)."),
  U("3.", "Sở Thông tin và Truyền thông", { bold: false, text: "Sở Thông tin và Truyền thông: hướng dẫn các cơ quan, " +
    "đơn vị thực hiện số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; kiểm tra việc số hóa tại Bộ phận Một cửa " +
    "các huyện, thành phố trong Quý II năm 2025." }),
  U("4.", "", { bold: false, text: "Sở Tư pháp: rà soát, đề xuất bãi bỏ các văn bản quy phạm pháp luật do HĐND, " +
    "UBND tỉnh ban hành có quy định thủ tục hành chính không còn phù hợp, báo cáo UBND tỉnh chậm nhất ngày 20/12/2024." }),
  U("5.", "", { bold: false, text: "Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu tư tham mưu UBND tỉnh bố " +
    "trí kinh phí thực hiện các nhiệm vụ cải cách hành chính năm 2025 trong dự toán ngân sách tỉnh, hoàn thành trong " +
    "tháng 12/2024." }),
  U("6.", "", { bold: false, text: "Báo Thái Nguyên, Đài Phát thanh - Truyền hình tỉnh: mở chuyên trang, chuyên mục " +
    "tuyên truyền Chỉ thị số 32-CT/TU, phản ánh gương điển hình trong cải cách hành chính, bắt đầu từ tháng 11/2024 " +
    "và duy trì thường xuyên." }),
  U("7.", "Các sở, ban, ngành; UBND các huyện, thành phố"),
  a7("a)", "Báo cáo ban cán sự đảng, đảng đoàn, ban thường vụ cấp ủy cùng cấp lãnh đạo, chỉ đạo thực hiện Chỉ thị; " +
    "xây dựng kế hoạch cụ thể của cơ quan, đơn vị, gửi về Sở Nội vụ trước ngày 15/11/2024."),
  a7("b)", "Người đứng đầu cấp ủy, chính quyền trực tiếp lãnh đạo, chỉ đạo công tác cải cách hành chính; chịu trách " +
    "nhiệm trước Ban Thường vụ Tỉnh ủy, UBND tỉnh nếu để xảy ra chậm trễ, nhũng nhiễu trong giải quyết thủ tục hành " +
    "chính tại cơ quan, địa phương mình."),
  a7("c)", "Báo cáo kết quả thực hiện Chỉ thị (lồng ghép trong báo cáo cải cách hành chính năm 2024) gửi Sở Nội vụ " +
    "trước ngày 05/12/2024."),
  U("8.", "", { bold: false, text: "UBND các huyện, thành phố chỉ đạo UBND các xã, phường, thị trấn kiện toàn Bộ phận " +
    "Một cửa, bố trí công chức có năng lực, phẩm chất làm việc tại Bộ phận Một cửa, hoàn thành trước 31/3/2025." }),
  U("9.", "", { bold: false, text: "Đề nghị Ủy ban MTTQ Việt Nam tỉnh, các tổ chức chính trị - xã hội tỉnh tăng " +
    "cường giám sát việc thực hiện Chỉ thị; tổng hợp ý kiến, kiến nghị của Nhân dân về thủ tục hành chính, gửi UBND " +
    "tỉnh trước ngày 30/6/2025." }),
  P("Trên đây là Kế hoạch thực hiện Chỉ thị số 32-CT/TU của Ban Thường vụ Tỉnh ủy, yêu cầu các cơ quan, đơn vị " +
    "nghiêm túc triển khai thực hiện; trong quá trình thực hiện nếu có khó khăn, vướng mắc, báo cáo UBND tỉnh (qua Sở " +
    "Nội vụ) để xem xét, chỉ đạo./."),
  { t: "table", borders: false, widths: [4500, 4900], rows: [[
    { paras: [{ text: "Nơi nhận:", bold: true, italic: true }, ...[
      "Ban Thường vụ Tỉnh ủy (b/c);", "Thường trực HĐND tỉnh (b/c);", "Ban cán sự đảng UBND tỉnh;",
      "Chủ tịch, các PCT UBND tỉnh;", "Ban Tổ chức Tỉnh ủy;", "Ban Tuyên giáo Tỉnh ủy;",
      "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh;", "Ủy ban MTTQ Việt Nam tỉnh;",
      "Các tổ chức chính trị - xã hội tỉnh;", "Các sở, ban, ngành;", "UBND các huyện, thành phố;",
      "Báo Thái Nguyên, Đài PT-TH tỉnh;", "Lãnh đạo VP UBND tỉnh;", "Cổng Thông tin điện tử tỉnh;",
      "Lưu: VT, NC, CCHC."].map((t) => ({ text: "- " + t, size: 22 }))] },
    { text: "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\n\nĐặng Xuân Trường", bold: true,
      align: "center" },
  ]] },
];

const tasks = [
  task("III.1.a", "ban hành Nghị quyết chuyên đề về nâng cao Chỉ số cải cách hành chính", "2024-11-29", [NV]),
  task("III.1.b", "tổ chức Hội nghị quán triệt, triển khai Chỉ thị số 32-CT/TU đến người đứng đầu", "2024-11-30",
    [NV], [BTC, DUK]),
  task("III.1.c", "Tham mưu UBND tỉnh sửa đổi Bộ Chỉ số theo dõi, đánh giá kết quả cải cách hành chính",
    "2025-01-14", [NV]),
  task("III.1.d", "báo cáo Ban cán sự đảng UBND tỉnh, Ban Thường vụ Tỉnh ủy sơ kết 01 năm thực hiện", "2025-08-15",
    [NV]),
  task("III.2.a", "nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh", "2025-03-31", [VP], [TT, PV]),
  task("III.2.b", "tổ chức Hội nghị đối thoại với doanh nghiệp, hợp tác xã về thủ tục hành chính", "2024-12-19",
    [VP]),
  task("III.3", "kiểm tra việc số hóa tại Bộ phận Một cửa các huyện, thành phố", "2025-06-30", [TT]),
  task("III.4", "rà soát, đề xuất bãi bỏ các văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành", "2024-12-20",
    [TP]),
  task("III.5", "bố trí kinh phí thực hiện các nhiệm vụ cải cách hành chính năm 2025", "2024-12-31", [TC], [KH]),
  task("III.7.a", "xây dựng kế hoạch cụ thể của cơ quan, đơn vị, gửi về Sở Nội vụ", "2024-11-14", [DEP, DIS]),
  task("III.7.c", "Báo cáo kết quả thực hiện Chỉ thị (lồng ghép trong báo cáo cải cách hành chính năm 2024)",
    "2024-12-04", [DEP, DIS]),
  task("III.8", "kiện toàn Bộ phận Một cửa, bố trí công chức có năng lực, phẩm chất", "2025-03-30", [DIS]),
  task("III.9", "tổng hợp ý kiến, kiến nghị của Nhân dân về thủ tục hành chính", "2025-06-29", [MT, CT]),
];

const WORK = "Parts I-II: aims and solutions, no date. Part III by unit, refs III.n / III.n.x. 1.a 'trình trước " +
  "ngày 30/11/2024' 29/11; 1.b with two party bodies (unresolved) 'trong tháng 11/2024' 30/11 Sat -> 02/12; 1.c " +
  "'xong trước ngày 15/01/2025' 14/01; 1.d 'chậm nhất ngày 15/8/2025'. 2.a with Sở TT&TT, Trung tâm Phục vụ hành " +
  "chính công tỉnh (unresolved) 'Quý I/2025' 31/3; 2.b '(trước 20/12/2024)' 19/12. 3 one paragraph, the dated " +
  "clause 'trong Quý II năm 2025' 30/6. 4 'chậm nhất ngày 20/12/2024'. 5 with Sở KH&ĐT 'tháng 12/2024' 31/12. 6 " +
  "'bắt đầu từ tháng 11/2024 và duy trì thường xuyên' is a start: no task. 7 @departments + @districts: a 'trước " +
  "ngày 15/11/2024' 14/11; b undated; c 'trước ngày 05/12/2024' 04/12. 8 @districts 'trước 31/3/2025' 30/3 Sun " +
  "-> 31/3; the communes are directed (chỉ đạo), no coordinator. 9 'Đề nghị' two leads, the second a group naming " +
  "no unit (unresolved); 'trước ngày 30/6/2025' 29/6 Sun -> 30/6. PDF: LibreOffice then Ghostscript.";

await buildPaged(DIR, {
  typed: blocks,
  printer: "ghostscript",
  page: { footer: { filename: "D:\\VAN BAN 2024\\KE HOACH\\KH thuc hien CT 32-CT-TU (trinh ky).docx" } },
  expected: {
    id: ID,
    style: "Kế hoạch 178/KH-UBND of UBND tỉnh Thái Nguyên, 15/10/2024 (before the reorganisation), implementing a " +
      "Chỉ thị of Ban Thường vụ Tỉnh ủy. HABIT: A UBND PLAN IN THE PARTY'S WORDING (Ban cán sự đảng UBND tỉnh, các " +
      "cấp ủy, chính quyền; party bodies as coordinators, unresolved), part III by unit with a)-d) items or one " +
      "paragraph; Word page number at the top from page 2 and a typed file-path footer; Nơi nhận over the page break. " + WORK,
    province: "Thái Nguyên",
    plan: { number: "178/KH-UBND", date: "2024-10-15" },
    tasks,
    unresolved: [BTC, DUK, PV, CT],
    successors: [],
  },
});

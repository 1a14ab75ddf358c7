// 02: a Kế hoạch of Lai Châu after the 2025 reorganisation (2874/KH-UBND, 18/8/2025) whose headings are
// NUMBERED BY WORD'S HEADING STYLES: in plan-auto.docx the styles Heading 1/2/3 carry the list (I., 1.,
// a)) in w:style/w:pPr/w:numPr and the paragraphs carry only w:pStyle; the title "KẾ HOẠCH" is set in
// Heading 1 too but taken out of the list (w:numId 0), as Word users do, so it must not count as "I.".
// plan-typed.docx types the labels (same styles, no numbering). Tasks: a Heading 3 item titles the task,
// the body paragraph under it names the units and the deadline; two Heading 2 items are tasks themselves.
// plan.pdf: LibreOffice's export of plan-auto.docx (it draws the style numbering).
import { P, headerBlock, signature, folderOf, writeWordAndText, libreOfficePdf } from "./model.mjs";

const DIR = folderOf("02-lai-chau-2025-heading-styles-numbering");

const H1 = (label, text) => P(text, { label, style: "Heading1" });
const H2 = (label, text) => P(text, { label, style: "Heading2" });
const H3 = (label, text) => P(text, { label, style: "Heading3" });
const B = (text) => P(text);

const blocks = [
  headerBlock(["ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU"], "Số: 2874/KH-UBND", "Lai Châu, ngày 18 tháng 8 năm 2025"),
  P("KẾ HOẠCH", {
    style: "Heading1",
    noNum: true,
    align: "center",
    indent: { first: 0 },
    spacing: { before: 360, after: 0 },
  }),
  P(
    "Thực hiện nhiệm vụ cải cách hành chính những tháng cuối năm 2025 gắn với vận hành mô hình chính quyền địa phương hai cấp trên địa bàn tỉnh Lai Châu",
    { align: "center", bold: true, indent: { first: 0 }, spacing: { before: 0, after: 240 } },
  ),
  B(
    "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/6/2025; Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;",
  ),
  B(
    "Căn cứ Kế hoạch số 5021/KH-UBND ngày 27/12/2024 của UBND tỉnh về cải cách hành chính tỉnh Lai Châu năm 2025; kết quả thực hiện nhiệm vụ cải cách hành chính 6 tháng đầu năm 2025 tại Báo cáo số 312/BC-UBND ngày 10/7/2025 của UBND tỉnh;",
  ),
  B("Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:"),
  H1("I.", "MỤC ĐÍCH, YÊU CẦU"),
  H2("1.", "Mục đích"),
  B(
    "Bảo đảm bộ máy chính quyền địa phương hai cấp vận hành thông suốt từ ngày 01/7/2025, không làm gián đoạn việc giải quyết thủ tục hành chính cho người dân, doanh nghiệp; hoàn thành toàn diện các chỉ tiêu cải cách hành chính năm 2025.",
  ),
  H2("2.", "Yêu cầu"),
  B(
    "Các sở, ban, ngành tỉnh và UBND cấp xã xác định cải cách hành chính là nhiệm vụ trọng tâm; mỗi nhiệm vụ có cơ quan chủ trì, thời hạn hoàn thành cụ thể. Cơ quan nêu đầu tiên tại mỗi nhiệm vụ là cơ quan chủ trì.",
  ),
  H1("II.", "NHIỆM VỤ TRỌNG TÂM"),
  H2("1.", "Cải cách thể chế"),
  H3("a)", "Rà soát văn bản quy phạm pháp luật của tỉnh sau sắp xếp đơn vị hành chính"),
  B(
    "Sở Tư pháp chủ trì, phối hợp với các sở, ban, ngành tỉnh rà soát các văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành có nội dung liên quan đến cấp huyện, tham mưu sửa đổi, bổ sung, thay thế hoặc bãi bỏ cho phù hợp với mô hình chính quyền địa phương hai cấp. Hoàn thành trước ngày 30/9/2025.",
  ),
  H3("b)", "Sửa đổi Quy chế làm việc của UBND tỉnh nhiệm kỳ 2021 - 2026"),
  B("Văn phòng UBND tỉnh tham mưu, trình UBND tỉnh chậm nhất ngày 31/8/2025."),
  H3("c)", "Kiểm tra công tác văn bản tại các xã, phường"),
  B("Sở Tư pháp thực hiện thường xuyên, lồng ghép với kiểm tra công tác cải cách hành chính."),
  H2("2.", "Cải cách thủ tục hành chính"),
  H3("a)", "Công bố thủ tục hành chính được chuyển giao từ cấp huyện về cấp xã"),
  B(
    "Văn phòng UBND tỉnh chủ trì, phối hợp với các sở, ban, ngành tỉnh tham mưu Chủ tịch UBND tỉnh công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã; hoàn thành trong tháng 9/2025.",
  ),
  H3("b)", "Đề xuất thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình"),
  B(
    "Các sở, ban, ngành tỉnh rà soát, đề xuất thủ tục hành chính đủ điều kiện cung cấp dịch vụ công trực tuyến toàn trình, gửi Văn phòng UBND tỉnh trước ngày 15/10/2025 để tổng hợp.",
  ),
  H3("c)", "Cấu hình quy trình điện tử trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh"),
  B(
    "Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Khoa học và Công nghệ, Viettel Lai Châu thực hiện; hoàn thành tháng 11/2025.",
  ),
  H3("d)", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính"),
  B(
    "UBND các xã, phường số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính tiếp nhận từ ngày 01/7/2025; hoàn thành trong Quý IV/2025.",
  ),
  H2("3.", "Cải cách tổ chức bộ máy hành chính nhà nước"),
  H3("a)", "Quy định chức năng, nhiệm vụ của các sở sau hợp nhất"),
  B(
    "Sở Nội vụ chủ trì tham mưu UBND tỉnh ban hành quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của các sở sau hợp nhất; xong trước ngày 15/9/2025.",
  ),
  H3("b)", "Kiện toàn Bộ phận Một cửa cấp xã"),
  B(
    "UBND các xã, phường kiện toàn tổ chức, bố trí công chức làm việc tại Bộ phận Một cửa, báo cáo kết quả về Sở Nội vụ trước ngày 10/9/2025.",
  ),
  H2("4.", "Cải cách chế độ công vụ"),
  B(
    "Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tổ chức bồi dưỡng kiến thức, kỹ năng quản lý nhà nước cho công chức cấp xã được bố trí sau sắp xếp, bảo đảm 100% công chức mới được bồi dưỡng; hoàn thành trong Quý IV/2025.",
  ),
  H2("5.", "Cải cách tài chính công"),
  B(
    "Sở Tài chính tham mưu UBND tỉnh giao dự toán thu, chi ngân sách nhà nước năm 2026 cho các cơ quan, đơn vị và UBND các xã, phường; hoàn thành trước ngày 10/12/2025.",
  ),
  H2("6.", "Xây dựng, phát triển Chính quyền điện tử, chính quyền số"),
  H3("a)", "Triển khai hệ thống hội nghị truyền hình trực tuyến đến cấp xã"),
  B(
    "Sở Khoa học và Công nghệ chủ trì, phối hợp với Viettel Lai Châu, VNPT Lai Châu thực hiện; hoàn thành trước ngày 20/10/2025.",
  ),
  H3("b)", "Cấp chứng thư số, chữ ký số cho cán bộ, công chức cấp xã"),
  B("Sở Khoa học và Công nghệ thực hiện, hoàn thành 15/11/2025."),
  H3("c)", "Vận hành Hệ thống thông tin báo cáo của tỉnh"),
  B("Văn phòng UBND tỉnh thực hiện thường xuyên, bảo đảm kết nối với Hệ thống thông tin báo cáo Chính phủ."),
  H2("7.", "Chỉ đạo, điều hành và thông tin, tuyên truyền"),
  H3("a)", "Xây dựng Kế hoạch cải cách hành chính năm 2026 của tỉnh"),
  B("Sở Nội vụ tham mưu, trình UBND tỉnh trước ngày 25/12/2025."),
  H3("b)", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025"),
  B(
    "Các sở, ban, ngành tỉnh và UBND các xã, phường thực hiện trên Phần mềm theo hướng dẫn của Sở Nội vụ; hoàn thành trước ngày 15/12/2025.",
  ),
  H3("c)", "Tuyên truyền về mô hình chính quyền địa phương hai cấp"),
  B(
    "Báo và Phát thanh, Truyền hình Lai Châu mở chuyên mục riêng; thời gian thực hiện: từ tháng 8/2025 đến tháng 12/2025.",
  ),
  H3("d)", "Sơ kết 6 tháng vận hành chính quyền địa phương hai cấp"),
  B("Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh tổ chức Hội nghị sơ kết trong tháng 01/2026."),
  H1("III.", "TỔ CHỨC THỰC HIỆN"),
  H2("1.", "Sở Nội vụ"),
  B(
    "Là cơ quan thường trực, theo dõi, đôn đốc, hướng dẫn các cơ quan, đơn vị thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày 05/01/2026.",
  ),
  H2("2.", "Các sở, ban, ngành tỉnh; UBND các xã, phường"),
  B(
    "Căn cứ Kế hoạch này, chủ động triển khai thực hiện; báo cáo kết quả định kỳ hằng quý (trước ngày 15 của tháng cuối quý) về Sở Nội vụ để tổng hợp.",
  ),
  H2("3.", "Sở Tài chính"),
  B("Bảo đảm kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2025 đã giao cho các cơ quan, đơn vị."),
  B(
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./.",
  ),
  signature(
    [
      "- Bộ Nội vụ (b/c);",
      "- TT. Tỉnh ủy, TT. HĐND tỉnh (b/c);",
      "- Chủ tịch, các PCT UBND tỉnh;",
      "- Các sở, ban, ngành tỉnh;",
      "- UBND các xã, phường;",
      "- Lưu: VT, Tng.",
    ],
    ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Lò Văn Khánh"],
  ),
];

const model = {
  title: "Kế hoạch 2874/KH-UBND",
  lists: {
    heads: [
      { fmt: "upperRoman", text: "%1.", indent: { left: 0, first: 567 } },
      { fmt: "decimal", text: "%2.", indent: { left: 0, first: 567 } },
      { fmt: "lowerLetter", text: "%3)", indent: { left: 0, first: 567 } },
    ],
  },
  styleNumbering: "heads",
  headingStyles: [{ bold: true }, { bold: true }, { bold: true, italic: true }],
  sections: [{ blocks, firstPlain: true, head: [P([{ page: true }])] }],
};

await writeWordAndText(DIR, model);
libreOfficePdf(DIR);
console.log("02 written to", DIR);

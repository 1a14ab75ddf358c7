// 02: Lai Châu 2026 — Kế hoạch xây dựng văn bản quy phạm pháp luật: a list of documents to draft, TT | Cấp ban hành
// (merged down over each issuer's rows) | Tên văn bản | Cơ quan chủ trì soạn thảo | Cơ quan phối hợp |
// Thời gian trình | Ghi chú; the submission times mostly have no year ("Trước ngày 15/3", "Tháng 02", "Quý II",
// "Trước ngày 15 tháng 10").
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const DIR = new URL("../02-lai-chau-2026-drafting-list-issuer-column-yearless-times/", import.meta.url).pathname;
const D = "@departments";
const X = "UBND cấp xã";
const REL = "Các cơ quan, đơn vị có liên quan";
// [issuer, document, lead cell, partners cell, time, note]
const R = [
  ["HĐND tỉnh", "Nghị quyết quy định mức chi bảo đảm cho công tác cải cách hành chính trên địa bàn tỉnh Lai Châu",
    "Sở Tài chính", "Sở Nội vụ", "Trước ngày 15/3", ""],
  ["HĐND tỉnh", "Nghị quyết quy định chính sách hỗ trợ chuyển đổi số cấp xã trên địa bàn tỉnh giai đoạn 2026 - 2030",
    "Sở KH&CN", "Sở Tài chính; UBND các xã, phường", "Quý II", "Trình HĐND tỉnh tại kỳ họp thường lệ giữa năm 2026"],
  ["HĐND tỉnh", "Nghị quyết quy định mức thu học phí đối với cơ sở giáo dục công lập năm học 2026 - 2027",
    "Sở Giáo dục và Đào tạo", "Sở Tài chính", "Trước ngày 20/6", "Áp dụng từ ngày 01/9/2026"],
  ["HĐND tỉnh", "Nghị quyết quy định mức hỗ trợ đóng bảo hiểm y tế cho một số đối tượng trên địa bàn tỉnh",
    "Sở Y tế", "Sở Tài chính, Sở Lao động - Thương binh và Xã hội, Bảo hiểm xã hội tỉnh", "Tháng 6", ""],
  ["HĐND tỉnh", "Nghị quyết sửa đổi, bổ sung Nghị quyết quy định các khoản phí, lệ phí thuộc thẩm quyền của HĐND tỉnh",
    "Sở Tài chính", "Thuế tỉnh; Các cơ quan, đơn vị có liên quan", "Trước ngày 15 tháng 10", "Trình HĐND tỉnh tại kỳ họp cuối năm 2026"],
  ["UBND tỉnh", "Quyết định ban hành Quy định đánh giá, chấm điểm Chỉ số cải cách hành chính của các sở, ban, ngành và UBND các xã, phường",
    "Sở Nội vụ", "Văn phòng UBND tỉnh; Sở Tư pháp", "Tháng 02", ""],
  ["UBND tỉnh", "Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nông nghiệp và Môi trường",
    "Sở Nông nghiệp và Môi trường", "Sở Nội vụ", "Quý I", ""],
  ["UBND tỉnh", "Quyết định ban hành Quy chế tổ chức và hoạt động của Trung tâm Phục vụ hành chính công tỉnh",
    "VP UBND tỉnh", "Sở Nội vụ, Sở Khoa học và Công nghệ", "Trước 30/4", ""],
  ["UBND tỉnh", "Quyết định quy định phân cấp quản lý nhà nước về tài nguyên nước trên địa bàn tỉnh",
    "Sở Tài nguyên và Môi trường", "Sở Xây dựng; UBND các xã, phường", "Tháng 5/2026", ""],
  ["UBND tỉnh", "Quyết định ban hành Quy chế phối hợp giải quyết liên thông các thủ tục hành chính: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
    "Sở Tư pháp", "Công an tỉnh; Bảo hiểm xã hội tỉnh", "Trước ngày 15/6", ""],
  ["UBND tỉnh", "Quyết định bãi bỏ các văn bản quy phạm pháp luật của UBND tỉnh không còn phù hợp sau sắp xếp đơn vị hành chính",
    "Sở Tư pháp", "Các sở, ban, ngành", "Tháng 7", ""],
  ["UBND tỉnh", "Quyết định quy định tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng thuộc lĩnh vực y tế",
    "Sở Y tế", "Sở Tài chính", "Tháng 8/2026", ""],
  ["UBND tỉnh", "Quyết định ban hành Quy định quản lý, vận hành Hệ thống thông tin giải quyết thủ tục hành chính tỉnh",
    "Văn phòng UBND tỉnh", "Sở KH&CN; Công an tỉnh", "Quý III", ""],
  ["UBND tỉnh", "Quyết định ban hành Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh",
    "Sở Công Thương", "Sở Xây dựng; Sở NN&MT", "Tháng 9", ""],
  ["UBND tỉnh", "Quyết định ban hành Quy định quản lý nhà nước về công tác dân tộc, tín ngưỡng, tôn giáo trên địa bàn tỉnh",
    "Sở Dân tộc và Tôn giáo", "Sở Nội vụ", "Tháng 10", ""],
  ["UBND tỉnh", "Quyết định quy định phân cấp quản lý công chức, viên chức",
    "Sở Nội vụ", "Các sở, ban, ngành; UBND các xã, phường", "Trước ngày 01/11", ""],
  ["UBND tỉnh", "Quyết định ban hành Bảng giá đất điều chỉnh áp dụng trên địa bàn tỉnh",
    "Sở Nông nghiệp và Môi trường", "Sở Tài chính; Thuế tỉnh; UBND các xã, phường", "Khi có hướng dẫn của Trung ương", ""],
  ["UBND tỉnh", "Quyết định ban hành Quy định quản lý, sử dụng nhà văn hóa thôn, bản, tổ dân phố",
    "Sở Văn hóa, Thể thao và Du lịch", "UBND các xã, phường", "Quý IV", ""],
  ["UBND tỉnh", "Quyết định sửa đổi, bổ sung Quy chế làm việc của UBND tỉnh",
    "Văn phòng UBND tỉnh", "Sở Nội vụ; Sở Tư pháp", "Sau khi kiện toàn UBND tỉnh nhiệm kỳ 2026 - 2031", ""],
];
const rows = [["TT", "Cấp ban hành", "Tên văn bản", "Cơ quan chủ trì soạn thảo", "Cơ quan phối hợp", "Thời gian trình", "Ghi chú"],
  ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"].map((t) => ({ text: t, italic: true, align: "center" }))];
R.forEach((r, i) => rows.push([{ text: String(i + 1), align: "center" },
  { text: r[0], vm: i === 0 || R[i - 1][0] !== r[0] ? "restart" : "cont", align: "center" },
  r[1], r[2], r[3], { text: r[4], align: "center" }, r[5]]));

const tasks = [
  task("1", "Nghị quyết quy định mức chi bảo đảm cho công tác cải cách hành chính", "2026-03-14", "2026-03-16", ["Sở Tài chính"], ["Sở Nội vụ"]),
  task("2", "Nghị quyết quy định chính sách hỗ trợ chuyển đổi số cấp xã", "2026-06-30", "2026-06-30", ["Sở Khoa học và Công nghệ"], ["Sở Tài chính", X]),
  task("3", "Nghị quyết quy định mức thu học phí đối với cơ sở giáo dục công lập năm học 2026 - 2027", "2026-06-19", "2026-06-19", ["Sở Giáo dục và Đào tạo"], ["Sở Tài chính"]),
  task("4", "Nghị quyết quy định mức hỗ trợ đóng bảo hiểm y tế cho một số đối tượng", "2026-06-30", "2026-06-30", ["Sở Y tế"], ["Sở Tài chính", "Sở Nội vụ", "Bảo hiểm xã hội tỉnh"]),
  task("5", "Nghị quyết sửa đổi, bổ sung Nghị quyết quy định các khoản phí, lệ phí", "2026-10-14", "2026-10-14", ["Sở Tài chính"], ["Thuế tỉnh", REL]),
  task("6", "Quyết định ban hành Quy định đánh giá, chấm điểm Chỉ số cải cách hành chính", "2026-02-28", "2026-03-02", ["Sở Nội vụ"], ["Văn phòng UBND tỉnh", "Sở Tư pháp"]),
  task("7", "Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nông nghiệp và Môi trường", "2026-03-31", "2026-03-31", ["Sở Nông nghiệp và Môi trường"], ["Sở Nội vụ"]),
  task("8", "Quyết định ban hành Quy chế tổ chức và hoạt động của Trung tâm Phục vụ hành chính công tỉnh", "2026-04-29", "2026-04-29", ["Văn phòng UBND tỉnh"], ["Sở Nội vụ", "Sở Khoa học và Công nghệ"]),
  task("9", "Quyết định quy định phân cấp quản lý nhà nước về tài nguyên nước", "2026-05-31", "2026-06-01", ["Sở Nông nghiệp và Môi trường"], ["Sở Xây dựng", X]),
  task("10", "Quyết định ban hành Quy chế phối hợp giải quyết liên thông các thủ tục hành chính", "2026-06-14", "2026-06-15", ["Sở Tư pháp"], ["Công an tỉnh", "Bảo hiểm xã hội tỉnh"]),
  task("11", "Quyết định bãi bỏ các văn bản quy phạm pháp luật của UBND tỉnh không còn phù hợp", "2026-07-31", "2026-07-31", ["Sở Tư pháp"], [D]),
  task("12", "Quyết định quy định tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng thuộc lĩnh vực y tế", "2026-08-31", "2026-08-31", ["Sở Y tế"], ["Sở Tài chính"]),
  task("13", "Quyết định ban hành Quy định quản lý, vận hành Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "2026-09-30", "2026-09-30", ["Văn phòng UBND tỉnh"], ["Sở Khoa học và Công nghệ", "Công an tỉnh"]),
  task("14", "Quyết định ban hành Quy chế quản lý cụm công nghiệp", "2026-09-30", "2026-09-30", ["Sở Công Thương"], ["Sở Xây dựng", "Sở Nông nghiệp và Môi trường"]),
  task("15", "Quyết định ban hành Quy định quản lý nhà nước về công tác dân tộc, tín ngưỡng, tôn giáo", "2026-10-31", "2026-11-02", ["Sở Dân tộc và Tôn giáo"], ["Sở Nội vụ"]),
  task("16", "Quyết định quy định phân cấp quản lý công chức, viên chức", "2026-10-31", "2026-11-02", ["Sở Nội vụ"], [D, X]),
  task("18", "Quyết định ban hành Quy định quản lý, sử dụng nhà văn hóa thôn, bản, tổ dân phố", "2026-12-31", "2026-12-31", ["Sở Văn hóa, Thể thao và Du lịch"], [X]),
  task("III.2", "thẩm định dự thảo văn bản; theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch năm 2026", "2026-11-24", "2026-11-24", ["Sở Tư pháp"], []),
  task("III.3", "đưa các văn bản tại Mục II vào Chương trình công tác năm 2026 của UBND tỉnh", "2026-02-28", "2026-03-02", ["Văn phòng UBND tỉnh"], []),
];

const P = (text, o = {}) => ({ t: "p", text, ...o });
const L = (n, text, inst, o = {}) => P(text, { num: n, list: { kind: "decimal", inst }, ...o });
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 19/KH-UBND", "Lai Châu, ngày 20 tháng 01 năm 2026",
    "KẾ HOẠCH", "Xây dựng, ban hành văn bản quy phạm pháp luật của HĐND, UBND tỉnh năm 2026"),
  P("Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025; Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật;"),
  P("Căn cứ Kế hoạch cải cách hành chính nhà nước tỉnh Lai Châu năm 2026; theo đề nghị của Sở Tư pháp tại Tờ trình số 05/TTr-STP ngày 12/01/2026, UBND tỉnh ban hành Kế hoạch xây dựng, ban hành văn bản quy phạm pháp luật năm 2026 như sau:"),
  P("MỤC ĐÍCH, YÊU CẦU", { num: "I.", list: { kind: "roman", inst: 1 }, bold: true }),
  P("Kịp thời cụ thể hóa các văn bản của Trung ương giao địa phương quy định chi tiết; hoàn thiện thể chế phục vụ vận hành chính quyền địa phương hai cấp; bảo đảm chất lượng, tiến độ xây dựng văn bản, không để nợ đọng văn bản quy định chi tiết."),
  P("Xác định cụ thể cơ quan chủ trì soạn thảo, cơ quan phối hợp và thời gian trình đối với từng văn bản; thời gian trình là thời hạn cơ quan chủ trì soạn thảo trình UBND tỉnh dự thảo văn bản đã được thẩm định."),
  P("DANH MỤC VĂN BẢN VÀ PHÂN CÔNG SOẠN THẢO", { num: "II.", list: { kind: "roman", inst: 1 }, bold: true }),
  { t: "table", header: 2, widths: [450, 900, 2700, 1350, 1500, 1050, 1150], size: 22, rows },
  P("TỔ CHỨC THỰC HIỆN", { num: "III.", list: { kind: "roman", inst: 1 }, bold: true }),
  L("1.", "Các cơ quan chủ trì soạn thảo: tổ chức xây dựng dự thảo văn bản bảo đảm chất lượng; gửi hồ sơ dự thảo đến Sở Tư pháp để thẩm định chậm nhất 20 ngày trước thời gian trình; chịu trách nhiệm trước UBND tỉnh nếu chậm trình văn bản được giao.", 2),
  L("2.", "Sở Tư pháp: thẩm định dự thảo văn bản; theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch năm 2026 trước ngày 25 tháng 11.", 2),
  L("3.", "Văn phòng UBND tỉnh: đưa các văn bản tại Mục II vào Chương trình công tác năm 2026 của UBND tỉnh, hoàn thành trong tháng 02; theo dõi tiến độ trình văn bản của các cơ quan.", 2),
  L("4.", "Sở Tài chính: bảo đảm kinh phí xây dựng văn bản quy phạm pháp luật theo quy định.", 2),
  P("Trường hợp cần điều chỉnh thời gian trình hoặc bổ sung văn bản vào Kế hoạch, cơ quan chủ trì soạn thảo có văn bản gửi Sở Tư pháp để tổng hợp, báo cáo UBND tỉnh xem xét, quyết định./."),
  ...sign(["Thường trực HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành tỉnh", "UBND các xã, phường",
    "Sở Tư pháp"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Tống Thanh Hải"),
];
const style = `Kế hoạch 19/KH-UBND Lai Châu 20/01/2026 (after the reorganisation, no communes.json); PDF: WeasyPrint print of the HTML. Section II lists documents to draft: TT | Cấp ban hành (HĐND tỉnh / UBND tỉnh, merged down) | Tên văn bản | Cơ quan chủ trì soạn thảo | Cơ quan phối hợp | Thời gian trình | Ghi chú. Each dated row is a task, ref = TT (1-19), title = the document's name; the issuer column names no unit of the task; deadline = 'Thời gian trình' (section I says so), never 'Ghi chú'. Times without a year are in 2026 ('Trước ngày 15/3' -> 14/3, 'Tháng 02' -> 28/2, 'Quý II' -> 30/6). Rows 17 and 19 undated. Section III: 2 (Sở Tư pháp, 'trước ngày 25 tháng 11') and 3 (VP UBND tỉnh, 'trong tháng 02') are tasks. 'UBND các xã, phường' = UBND cấp xã and 'Các cơ quan, đơn vị có liên quan' unresolved; old names 'Sở Tài nguyên và Môi trường' (lead of 9) and 'Sở Lao động - Thương binh và Xã hội' (partner of 4) read as successors.`;
await build(DIR, { blocks, printer: "weasyprint", title: "Kế hoạch 19/KH-UBND", expected: {
  id: "02-lai-chau-2026-drafting-list-issuer-column-yearless-times", style, province: "Lai Châu",
  plan: { number: "19/KH-UBND", date: "2026-01-20" }, tasks, quotas: [], unresolved: [X, REL],
  successors: [{ written: "Sở Tài nguyên và Môi trường", unit: "Sở Nông nghiệp và Môi trường" },
    { written: "Sở Lao động - Thương binh và Xã hội", unit: "Sở Nội vụ" }] } });

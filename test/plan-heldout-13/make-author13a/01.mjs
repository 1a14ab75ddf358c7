// 01: Bắc Kạn 2024 — a district's plan (UBND huyện Chợ Đồn) assigning tasks to its named communes and its own offices.
import fs from "node:fs";
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "01-bac-kan-2024-district-plan-named-communes";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const C = "@communes";
const NV = "Phòng Nội vụ";
const VP = "Văn phòng HĐND và UBND huyện";
const TP = "Phòng Tư pháp";
const VH = "Phòng Văn hóa và Thông tin";
const TC = "Phòng Tài chính - Kế hoạch";
const X = (name) => "UBND xã " + name;
const COMMUNES = ["UBND thị trấn Bằng Lũng", ...["Bằng Lãng", "Bằng Phúc", "Bình Trung", "Đại Sảo", "Đồng Lạc",
  "Đồng Thắng", "Đông Viên", "Lương Bằng", "Nam Cường", "Nghĩa Tá", "Ngọc Phái", "Phương Viên", "Quảng Bạch",
  "Tân Lập", "Xuân Lạc", "Yên Mỹ", "Yên Phong", "Yên Thịnh", "Yên Thượng"].map(X)];
const LAST4 = [X("Bình Trung"), X("Nghĩa Tá"), X("Xuân Lạc"), X("Quảng Bạch")];

const sec = (num, text) => ({ t: "p", num, text, bold: true, list: { kind: "roman", inst: 1 } });
const sub = (num, text) => ({ t: "p", num, text, bold: true, list: { kind: "decimal", inst: 2 } });
let dashes = 10;
const dash = (text, fresh = false) =>
  ({ t: "p", num: "-", text, list: { kind: "dash", inst: fresh ? ++dashes : dashes } });

// Appendix: pilot models, one commune (or two) each.
const rows = [["STT", "Mô hình điểm", "Xã, thị trấn thực hiện", "Cơ quan hướng dẫn, phối hợp", "Thời gian hoàn thành"]];
const PL = [
  ["Bộ phận Tiếp nhận và Trả kết quả cấp xã theo hướng hiện đại (bố trí khu vực chờ, máy tra cứu, số hóa hồ sơ)",
    "Xã Ngọc Phái", NV, "Tháng 8/2024", "2024-08-31", [X("Ngọc Phái")], [NV]],
  ["Thanh toán trực tuyến phí, lệ phí giải quyết thủ tục hành chính tại Bộ phận Một cửa xã", "Xã Bằng Lãng", TC,
    "30/9/2024", "2024-09-30", [X("Bằng Lãng")], [TC]],
  ["Xã không sử dụng văn bản giấy trong các cuộc họp của UBND xã", "Xã Đông Viên", VH, "Quý III/2024",
    "2024-09-30", [X("Đông Viên")], [VH]],
  ["Tổ công nghệ số cộng đồng hướng dẫn người dân nộp hồ sơ trực tuyến", "Xã Yên Thịnh\nXã Bằng Phúc", VH,
    "Trước 31/7/2024", "2024-07-30", [X("Yên Thịnh"), X("Bằng Phúc")], [VH]],
  ["Đo lường sự hài lòng của người dân bằng phiếu điện tử tại Bộ phận Một cửa xã", "Xã Đại Sảo", VP, "15/10/2024",
    "2024-10-15", [X("Đại Sảo")], [VP]],
  ["Đối thoại định kỳ giữa Chủ tịch UBND xã với người dân về thủ tục hành chính", "Xã Phương Viên", NV,
    "Tháng 11/2024", "2024-11-30", [X("Phương Viên")], [NV]],
];
const plTasks = PL.map((r, i) => {
  rows.push([String(i + 1), r[0], r[1], r[2], r[3]]);
  return task(String(i + 1), r[0], r[4], r[5], r[6]);
});

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nHUYỆN CHỢ ĐỒN", "Số: 46/KH-UBND", "Chợ Đồn, ngày 14 tháng 3 năm 2024", "KẾ HOẠCH",
    "Nâng cao Chỉ số cải cách hành chính và Chỉ số hài lòng của người dân đối với sự phục vụ của\n" +
    "UBND các xã, thị trấn trên địa bàn huyện Chợ Đồn năm 2024"),
  { t: "p", text: "Căn cứ Kế hoạch số 118/KH-UBND ngày 29/02/2024 của UBND tỉnh Bắc Kạn về cải cách hành chính năm " +
    "2024; Kết quả xếp loại Chỉ số cải cách hành chính cấp xã năm 2023 tại Quyết định số 215/QĐ-UBND ngày 05/02/2024 " +
    "của UBND huyện, UBND huyện Chợ Đồn ban hành Kế hoạch như sau:" },
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  { t: "p", text: "Khắc phục tồn tại, hạn chế qua đánh giá Chỉ số CCHC cấp xã năm 2023; phấn đấu năm 2024 không " +
    "có xã, " +
    "thị trấn xếp loại trung bình; mỗi xã, thị trấn có ít nhất một mô hình, cách làm mới về cải cách hành chính." },
  sec("II.", "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
  sub("1.", "UBND các xã, thị trấn"),
  dash("Ban hành Kế hoạch cải cách hành chính năm 2024 của đơn vị, gửi UBND huyện (qua Phòng Nội vụ) trước ngày " +
    "25/3/2024.", true),
  dash("Niêm yết công khai đầy đủ, đúng quy định danh mục thủ tục hành chính thuộc thẩm quyền giải quyết tại Bộ " +
    "phận Tiếp nhận và Trả kết quả cấp xã, hoàn thành chậm nhất ngày 15/4/2024."),
  dash("Thực hiện báo cáo công tác cải cách hành chính định kỳ hằng quý, 6 tháng, năm theo hướng dẫn của Phòng " +
    "Nội vụ."),
  dash("Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 kèm tài liệu kiểm chứng, gửi Phòng Nội vụ trước " +
    "ngày 10/12/2024."),
  sub("2.", "UBND các xã Bình Trung, Nghĩa Tá, Xuân Lạc, Quảng Bạch (04 xã xếp cuối Chỉ số CCHC năm 2023)"),
  dash("Xây dựng phương án khắc phục các tiêu chí bị trừ điểm năm 2023, phối hợp với Phòng Nội vụ hoàn thành trong " +
    "tháng 4/2024.", true),
  dash("Tổ chức đối thoại với người dân, tổ chức về giải quyết thủ tục hành chính tại xã trong quý II/2024."),
  sub("3.", "UBND thị trấn Bằng Lũng"),
  dash("Triển khai thí điểm số hóa hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực hộ tịch, chứng thực, hoàn " +
    "thành trước ngày 01/6/2024.", true),
  dash("Sơ kết việc thí điểm, báo cáo UBND huyện (qua Phòng Tư pháp) trước ngày 15/11/2024 để nhân rộng."),
  sub("4.", "Phòng Nội vụ"),
  dash("Chủ trì, phối hợp với Văn phòng HĐND và UBND huyện tham mưu kiểm tra công tác cải cách hành chính tại ít " +
    "nhất 08 xã, thị trấn; hoàn thành trong tháng 9/2024.", true),
  dash("Tổng hợp kết quả tự đánh giá của các xã, thị trấn, tham mưu Hội đồng thẩm định của huyện, trình UBND huyện " +
    "phê duyệt Chỉ số CCHC cấp xã năm 2024 trước ngày 20/12/2024."),
  sub("5.", "Văn phòng HĐND và UBND huyện"),
  dash("Phối hợp với UBND các xã Ngọc Phái, Bằng Lãng, Yên Thịnh khảo sát ý kiến người dân về sự phục vụ tại Bộ " +
    "phận Một cửa cấp huyện và cấp xã, hoàn thành chậm nhất ngày 31/10/2024.", true),
  sub("6.", "Phòng Tư pháp"),
  dash("Rà soát, hướng dẫn UBND các xã, thị trấn thực hiện kiểm soát thủ tục hành chính, hoàn thành trước ngày " +
    "30/6/2024.", true),
  sub("7.", "Thực hiện mô hình điểm"),
  { t: "p", text: "Các xã, thị trấn được giao thực hiện mô hình điểm tại Phụ lục kèm theo chủ động bố trí nguồn lực, " +
    "hoàn thành đúng thời gian; các phòng được phân công hướng dẫn, phối hợp theo dõi, đánh giá." },
  sec("III.", "TỔ CHỨC THỰC HIỆN"),
  { t: "p", text: "Kinh phí thực hiện từ nguồn ngân sách được giao năm 2024 của các cơ quan, đơn vị. Trong quá trình " +
    "thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về UBND huyện (qua Phòng Nội vụ) để xem xét, " +
      "chỉ đạo." },
  ...sign(["UBND tỉnh (b/c)", "Sở Nội vụ (b/c)", "TT Huyện ủy, TT HĐND huyện", "Các phòng, ban chuyên môn",
    "UBND các xã, thị trấn"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hoàng Văn Thạch"),
  { t: "p", text: "PHỤ LỤC\nPHÂN CÔNG THỰC HIỆN MÔ HÌNH ĐIỂM VỀ CẢI CÁCH HÀNH CHÍNH NĂM 2024", bold: true,
    align: "center", indent: false },
  { t: "p", text: "(Kèm theo Kế hoạch số 46/KH-UBND ngày 14/3/2024 của UBND huyện Chợ Đồn)", italic: true,
    align: "center", indent: false },
  { t: "table", header: 1, widths: [700, 3300, 1700, 1900, 1700], rows },
];

const tasks = [
  task(null, "Ban hành Kế hoạch cải cách hành chính năm 2024 của đơn vị", "2024-03-24", [C]),
  task(null, "Niêm yết công khai đầy đủ, đúng quy định danh mục thủ tục hành chính", "2024-04-15", [C]),
  task(null, "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024", "2024-12-09", [C]),
  task(null, "Xây dựng phương án khắc phục các tiêu chí bị trừ điểm năm 2023", "2024-04-30", LAST4, [NV]),
  task(null, "Tổ chức đối thoại với người dân, tổ chức về giải quyết thủ tục hành chính", "2024-06-30", LAST4),
  task(null, "Triển khai thí điểm số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "2024-05-31",
    ["UBND thị trấn Bằng Lũng"]),
  task(null, "Sơ kết việc thí điểm", "2024-11-14", ["UBND thị trấn Bằng Lũng"]),
  task(null, "Chủ trì, phối hợp với Văn phòng HĐND và UBND huyện tham mưu kiểm tra công tác cải cách hành chính",
    "2024-09-30", [NV], [VP]),
  task(null, "Tổng hợp kết quả tự đánh giá của các xã, thị trấn", "2024-12-19", [NV]),
  task(null, "Phối hợp với UBND các xã Ngọc Phái, Bằng Lãng, Yên Thịnh khảo sát ý kiến người dân", "2024-10-31",
    [VP], [X("Ngọc Phái"), X("Bằng Lãng"), X("Yên Thịnh")]),
  task(null, "Rà soát, hướng dẫn UBND các xã, thị trấn thực hiện kiểm soát thủ tục hành chính", "2024-06-29", [TP]),
  ...plTasks,
];
const style =
  "Kế hoạch 46/KH-UBND of UBND huyện Chợ Đồn (Bắc Kạn) 14/3/2024: a district's plan to its communes and " +
  "offices; communes.json = the 20 communes imported. PDF: LibreOffice. II has unit headings 1-7 with " +
  "dash bullets (ref null); 'UBND các xã, thị trấn' = @communes; named communes lead (heading 2, 3) or " +
  "coordinate ('Phối hợp với UBND các xã …'). District offices (Phòng …, Văn phòng HĐND và UBND huyện) " +
  "unresolved. 'trước ngày X' = X-1. 'gửi/báo cáo UBND huyện (qua Phòng …)' = recipient. Quarterly " +
  "reports and section 7's paragraph undated. Appendix rows 1-6 (ref = STT): lead = the commune(s) of " +
  "column 3 as imported ('UBND xã …'), coordinator = the office of column 4. Cited KH 118 (29/02/2024), " +
  "QĐ 215 (05/02/2024) are no deadlines.";
await build(DIR, { blocks, printer: "libreoffice", expected: { id: ID, style, province: "Bắc Kạn",
  plan: { number: "46/KH-UBND", date: "2024-03-14" }, tasks, quotas: [], unresolved: [NV, VP, TP, VH, TC],
  successors: [] } });
fs.writeFileSync(DIR + "communes.json", JSON.stringify(COMMUNES, null, 2) + "\n");

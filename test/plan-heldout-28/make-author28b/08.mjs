// 08: Bắc Kạn, UBND tỉnh (before the reorganisation), 11/3/2024 — speeding up public investment disbursement. A
// prose plan of LONG paragraphs: II has items 1.-3., under them a), b), c) and "-" lines; one sentence often
// assigns two tasks with two deadlines ("…, hoàn thành trước 30/6/2024; đồng thời …, xong trong tháng 9/2024").
// Signed by a Phó Chủ tịch (TM. UBND / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH). plan.pdf: LibreOffice, then Ghostscript.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "08-bac-kan-2024-long-paragraphs-two-deadlines-per-sentence-letter-dash-levels-vice-chair";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const KH = "Sở Kế hoạch và Đầu tư";
const TC = "Sở Tài chính";
const KB = "Kho bạc Nhà nước tỉnh";
const TN = "Sở Tài nguyên và Môi trường";
const CDT = "Các chủ đầu tư";
const H = "@districts";
const D = "@departments";

const tasks = [
  task("II.1.a", "Rà soát tiến độ giải ngân của từng dự án theo kế hoạch vốn năm 2024 đã giao, tham mưu điều chuyển " +
    "vốn từ các dự án giải ngân dưới 30% sang các dự án có khả năng giải ngân tốt", "2024-06-29", [KH], [TC, KB]),
  task("II.1.a", "Tổng hợp nhu cầu bổ sung vốn của các chủ đầu tư, báo cáo điều chỉnh kế hoạch đầu tư công năm 2024",
    "2024-09-30", [KH], [TC, KB]),
  task("II.1.b", "Hoàn thành công tác bồi thường, giải phóng mặt bằng các dự án chuyển tiếp, bàn giao mặt bằng sạch " +
    "cho nhà thầu", "2024-05-30", [H]),
  task("II.1.b", "Giải quyết dứt điểm các vướng mắc về xác định giá đất cụ thể", "2024-07-15", [H], [TN]),
  task("II.1.c", "Hoàn thiện hồ sơ thiết kế, dự toán các dự án khởi công mới, trình thẩm định", "2024-04-14", [CDT]),
  task("II.1.c", "Tổ chức lựa chọn nhà thầu các dự án khởi công mới", "2024-06-30", [CDT]),
  task("II.1.c", "Khởi công các công trình", "2024-07-31", [CDT]),
  task("II.2.a", "Tổng hợp số liệu giải ngân vốn đầu tư công 6 tháng đầu năm 2024", "2024-07-09", [KB]),
  task("II.2.b", "Hoàn thành thẩm định quyết toán các dự án hoàn thành trước năm 2023", "2024-06-30", [TC]),
  task("II.2.b", "Hoàn thành thẩm định quyết toán các dự án hoàn thành còn lại", "2024-12-14", [TC]),
  task("II.3", "Kiểm tra tiến độ thực hiện các dự án trọng điểm tại các huyện, thành phố", "2024-05-14", [KH],
    ["Sở Xây dựng", "Sở Giao thông vận tải"]),
  task("II.3", "Xây dựng bộ tiêu chí đánh giá trách nhiệm người đứng đầu chủ đầu tư trong giải ngân vốn đầu tư công",
    "2024-08-31", [KH], ["Sở Xây dựng", "Sở Giao thông vận tải"]),
  task("III.1", "Xây dựng kế hoạch giải ngân chi tiết của từng dự án", "2024-03-19", [D, H]),
  task("III.2", "Sơ kết 6 tháng thực hiện Kế hoạch", "2024-07-14", [KH]),
  task("III.2", "Tổng kết thực hiện Kế hoạch năm 2024", "2025-01-31", [KH]),
];

const P = (text, extra = {}) => ({ t: "p", text, align: "justify", ...extra });
const L = (l, inst, text) => P(text, { num: `${l})`, list: { kind: "letter", inst } });
const DSH = (inst, text) => P(text, { num: "-", list: { kind: "dash", inst } });
const N = (n, text) => P(text, { num: `${n}.`, bold: true, list: { kind: "decimal", inst: "ii" } });
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 61/KH-UBND", "Bắc Kạn, ngày 11 tháng 3 năm 2024", "KẾ HOẠCH",
    "Đẩy mạnh giải ngân vốn đầu tư công năm 2024 trên địa bàn tỉnh Bắc Kạn"),
  P("Căn cứ Nghị quyết của HĐND tỉnh về kế hoạch đầu tư công năm 2024; để khắc phục tình trạng giải ngân chậm trong " +
    "những tháng đầu năm, UBND tỉnh ban hành Kế hoạch đẩy mạnh giải ngân vốn đầu tư công năm 2024 như sau:"),
  P("I. MỤC ĐÍCH, YÊU CẦU", { bold: true }),
  P("Phấn đấu giải ngân vốn đầu tư công năm 2024 đạt trên 95% kế hoạch vốn được giao; xác định giải ngân vốn đầu " +
    "tư công là nhiệm vụ chính trị trọng tâm, gắn trách nhiệm của người đứng đầu với kết quả giải ngân của cơ quan, " +
    "đơn vị, địa phương; kiên quyết điều chuyển vốn của các dự án không có khả năng giải ngân, không để tồn đọng " +
    "vốn đến cuối năm."),
  P("II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", { bold: true }),
  N(1, "Về rà soát, điều chỉnh kế hoạch vốn và chuẩn bị thực hiện dự án"),
  L("a", "l1", "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính, Kho bạc Nhà nước tỉnh rà soát tiến độ " +
    "giải ngân của từng dự án theo kế hoạch vốn năm 2024 đã giao, trên cơ sở đó tham mưu UBND tỉnh điều chuyển vốn " +
    "từ các dự án giải ngân dưới 30% sang các dự án có khả năng giải ngân tốt, còn thiếu vốn, hoàn thành trước " +
    "30/6/2024; đồng thời tổng hợp nhu cầu bổ sung vốn của các chủ đầu tư để báo cáo UBND tỉnh trình HĐND tỉnh xem " +
    "xét điều chỉnh kế hoạch đầu tư công năm 2024, xong trong tháng 9/2024."),
  L("b", "l1", "UBND các huyện, thành phố tập trung chỉ đạo, hoàn thành công tác bồi thường, giải phóng mặt bằng " +
    "đối với các dự án chuyển tiếp trước ngày 31/5/2024 và bàn giao mặt bằng sạch cho nhà thầu thi công, không để " +
    "xảy ra tình trạng nhà thầu phải chờ mặt bằng; phối hợp với Sở Tài nguyên và Môi trường giải quyết dứt điểm các " +
    "vướng mắc về xác định giá đất cụ thể, chậm nhất ngày 15/7/2024, không để kéo dài sang quý III/2024 làm ảnh " +
    "hưởng đến tiến độ chung của dự án."),
  L("c", "l1", "Đối với các dự án khởi công mới năm 2024, yêu cầu các chủ đầu tư khẩn trương thực hiện các thủ tục " +
    "đầu tư theo đúng quy định, cụ thể như sau:"),
  DSH("d1", "Hoàn thiện hồ sơ thiết kế, dự toán, trình cơ quan chuyên môn thẩm định trước ngày 15/4/2024; tổ chức " +
    "lựa chọn nhà thầu xong trong quý II/2024, bảo đảm công khai, minh bạch, đúng quy định của Luật Đấu thầu;"),
  DSH("d1", "Khởi công các công trình chậm nhất ngày 31/7/2024; trường hợp không thể khởi công, chủ đầu tư báo cáo " +
    "Sở Kế hoạch và Đầu tư để tham mưu điều chuyển vốn;"),
  DSH("d1", "Tổ chức nghiệm thu, lập hồ sơ thanh toán ngay khi có khối lượng hoàn thành, không để dồn khối lượng " +
    "thanh toán vào những tháng cuối năm."),
  N(2, "Về thanh toán, kiểm soát chi và quyết toán dự án hoàn thành"),
  L("a", "l2", "Kho bạc Nhà nước tỉnh kiểm soát, thanh toán vốn cho các dự án ngay khi nhận đủ hồ sơ hợp lệ, rút " +
    "ngắn thời gian kiểm soát chi so với quy định; định kỳ vào ngày 25 hằng tháng đối chiếu số liệu giải ngân với " +
    "các chủ đầu tư, đồng thời tổng hợp số liệu giải ngân vốn đầu tư công 6 tháng đầu năm 2024 gửi Sở Tài chính, " +
    "Sở Kế hoạch và Đầu tư trước ngày 10/7/2024."),
  L("b", "l2", "Sở Tài chính chủ trì thẩm định quyết toán dự án hoàn thành, đôn đốc các chủ đầu tư chậm lập hồ sơ " +
    "quyết toán; phấn đấu hoàn thành thẩm định quyết toán các dự án hoàn thành trước năm 2023 trong 6 tháng đầu năm " +
    "2024, các dự án hoàn thành còn lại xong trước ngày 15/12/2024."),
  N(3, "Về kiểm tra, giám sát và trách nhiệm người đứng đầu"),
  P("Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Xây dựng, Sở Giao thông vận tải kiểm tra tiến độ thực hiện các " +
    "dự án trọng điểm tại các huyện, thành phố, hoàn thành trước ngày 15/5/2024, kết quả kiểm tra báo cáo UBND tỉnh " +
    "ngay sau khi kết thúc; đồng thời xây dựng bộ tiêu chí đánh giá trách nhiệm người đứng đầu chủ đầu tư trong giải " +
    "ngân vốn đầu tư công, trình UBND tỉnh xong trong tháng 8/2024 để làm căn cứ đánh giá, xếp loại cuối năm."),
  P("III. TỔ CHỨC THỰC HIỆN", { bold: true }),
  P("Các sở, ban, ngành, UBND các huyện, thành phố căn cứ nhiệm vụ được giao xây dựng kế hoạch giải ngân chi tiết " +
    "của từng dự án, gửi Sở Kế hoạch và Đầu tư trước ngày 20/3/2024; báo cáo kết quả giải ngân định kỳ hằng tháng " +
    "lồng ghép trong báo cáo tình hình kinh tế - xã hội.", { num: "1.", list: { kind: "decimal", inst: "iii" } }),
  P("Sở Kế hoạch và Đầu tư là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; sơ kết 6 tháng, báo " +
    "cáo UBND tỉnh trước ngày 15/7/2024 và tổng kết năm xong trong tháng 01/2025.",
  { num: "2.", list: { kind: "decimal", inst: "iii" } }),
  P("Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tăng cường giám sát việc thực hiện các " +
    "dự án đầu tư công trên địa bàn.", { num: "3.", list: { kind: "decimal", inst: "iii" } }),
  ...sign(["Bộ Kế hoạch và Đầu tư (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh",
    "Các sở, ban, ngành", "UBND các huyện, thành phố", "Kho bạc Nhà nước tỉnh", "LĐVP, Phòng KT"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hà Văn Quyết"),
];

await build(DIR, {
  blocks, printer: "ghostscript",
  expected: {
    id: ID,
    style: "Kế hoạch 61/KH-UBND of UBND tỉnh Bắc Kạn (before the reorganisation: old departments, districts), " +
      "11/3/2024, public investment disbursement; signed TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH. Prose of " +
      "LONG paragraphs. II: items 1.-3. (bold headings), 1. and 2. with a), b), c) (a Word letter list per item), " +
      "1.c with three '-' lines (ref II.1.c), 3. one paragraph (ref II.3); III numbered 1.-3. ONE SENTENCE OFTEN " +
      "CARRIES TWO TASKS with two deadlines (two tasks, same ref): II.1.a '…, hoàn thành trước 30/6/2024; đồng " +
      "thời …, xong trong tháng 9/2024' -> 29/6 (Sat -> 1/7) and 30/9; the 'chủ trì, phối hợp với' of the " +
      "sentence's subject holds for both halves (also II.3). II.1.b: the first half has no coordinator, 'phối hợp " +
      "với Sở TN&MT' opens the second half -> coordinator of that task only; 'trước ngày 31/5/2024' -> 30/5, " +
      "'chậm nhất ngày 15/7/2024' -> 15/7 ('không để kéo dài sang quý III/2024' is no deadline). II.1.c lines: " +
      "'trước ngày 15/4/2024' -> 14/4 Sun -> 15/4; 'xong trong quý II/2024' -> 30/6 Sun -> 1/7; 'chậm nhất ngày " +
      "31/7/2024'; the third line undated. Lead 'các chủ đầu tư' (vague group, unresolved as written). II.2.a " +
      "'định kỳ vào ngày 25 hằng tháng' recurring, left out; 'trước ngày 10/7/2024' -> 9/7. II.2.b 'trong 6 " +
      "tháng đầu năm 2024' -> 30/6 -> 1/7; 'xong trước ngày 15/12/2024' -> 14/12 Sat -> 16/12 ('trước năm 2023' " +
      "describes projects). II.3 'trước ngày 15/5/2024' -> 14/5; 'xong trong tháng 8/2024' -> 31/8 Sat, 2-3/9 " +
      "off -> 4/9. III.1 @departments + @districts, 'trước ngày 20/3/2024' -> 19/3 (monthly report left out); " +
      "III.2 'trước ngày 15/7/2024' -> 14/7 Sun -> 15/7; 'tháng 01/2025' -> 31/1/2025 (Tết off 27-31/1) -> 3/2. " +
      "III.3 undated. 'tham mưu UBND tỉnh', 'báo cáo UBND tỉnh', 'trình UBND tỉnh / HĐND tỉnh', 'gửi Sở Tài " +
      "chính, Sở KH&ĐT', 'báo cáo Sở KH&ĐT': recipients. PDF: LibreOffice export distilled by Ghostscript.",
    province: "Bắc Kạn",
    plan: { number: "61/KH-UBND", date: "2024-03-11" },
    tasks,
    unresolved: [CDT],
    successors: [],
  },
});

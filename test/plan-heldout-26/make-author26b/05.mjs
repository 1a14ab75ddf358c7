// 05: Bắc Kạn, UBND tỉnh (before the reorganisation), 12/3/2024 — food-safety plan for 2024. III is a TWO-COLUMN
// table "Đơn vị | Nhiệm vụ được giao": the unit cell is numbered "1." … "8." by ONE Word list running on down the
// rows, the duty cell holds several paragraphs numbered "1.", "2." … by a Word list RESTARTING in every row; each
// duty's deadline and partners are inside its sentence. No STT, no time column. plan.pdf: LibreOffice from
// plan-auto.docx.
import { addKind, build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "05-bac-kan-2024-unit-duty-two-columns-cell-lists-restart-per-row";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const YT = "Sở Y tế";
const NN = "Sở Nông nghiệp và Phát triển nông thôn";
const CT = "Sở Công Thương";
const TTTT = "Sở Thông tin và Truyền thông";
const GD = "Sở Giáo dục và Đào tạo";
const CA = "Công an tỉnh";
const HUYEN = "UBND các huyện, thành phố";
const resolve = (u) => (u === HUYEN ? "@districts" : u);

addKind("c-unit", ["decimal", "%1."]);
addKind("c-duty", ["decimal", "%1."]);
addKind("arabic", ["decimal", "%1."]);

// rows: [unit cell text, lead units, duties: [text, due | null, coordinators, title]]
const ROWS = [
  ["Sở Y tế (cơ quan thường trực Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh)", [YT], [
    ["Tham mưu UBND tỉnh kiện toàn Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh, hoàn thành trong tháng 3/2024.",
      "2024-03-31", [], "Tham mưu UBND tỉnh kiện toàn Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh"],
    ["Chủ trì tổ chức Tháng hành động vì an toàn thực phẩm năm 2024 trên địa bàn tỉnh, từ ngày 15/4 đến ngày " +
      "15/5/2024.", "2024-05-15", [], "Tổ chức Tháng hành động vì an toàn thực phẩm năm 2024 trên địa bàn tỉnh"],
    ["Chủ trì, phối hợp với Sở Nông nghiệp và Phát triển nông thôn, Sở Công Thương thành lập các đoàn kiểm tra liên " +
      "ngành về an toàn thực phẩm dịp Tết Trung thu, xong trước ngày 20/9/2024.", "2024-09-19", [NN, CT],
    "Thành lập các đoàn kiểm tra liên ngành về an toàn thực phẩm dịp Tết Trung thu"],
    ["Giám sát mối nguy ô nhiễm thực phẩm; điều tra, xử lý các vụ ngộ độc thực phẩm xảy ra trên địa bàn (thực hiện " +
      "thường xuyên).", null],
    ["Tổng hợp, báo cáo UBND tỉnh và Bộ Y tế kết quả công tác bảo đảm an toàn thực phẩm năm 2024 trước ngày " +
      "20/12/2024.", "2024-12-19", [],
    "Tổng hợp, báo cáo kết quả công tác bảo đảm an toàn thực phẩm năm 2024"],
  ]],
  [NN, [NN], [
    ["Kiểm tra, giám sát chất lượng, an toàn thực phẩm nông, lâm, thủy sản tại các cơ sở sản xuất, kinh doanh; chậm " +
      "nhất ngày 30/6/2024 hoàn thành đợt giám sát 6 tháng đầu năm.", "2024-06-30", [],
    "Hoàn thành đợt giám sát chất lượng, an toàn thực phẩm nông, lâm, thủy sản 6 tháng đầu năm"],
    ["Thẩm định, cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm theo đề nghị của tổ chức, cá nhân.", null],
    ["Phối hợp với UBND các huyện, thành phố xây dựng ít nhất 05 chuỗi cung ứng thực phẩm nông sản an toàn trong năm " +
      "2024.", "2024-12-31", [HUYEN], "Xây dựng ít nhất 05 chuỗi cung ứng thực phẩm nông sản an toàn"],
  ]],
  [CT, [CT], [
    ["Rà soát, cập nhật danh sách cơ sở sản xuất, kinh doanh thực phẩm thuộc phạm vi quản lý của ngành Công Thương, " +
      "gửi Sở Y tế tổng hợp trước ngày 15 tháng 4 năm 2024.", "2024-04-14", [],
    "Rà soát, cập nhật danh sách cơ sở sản xuất, kinh doanh thực phẩm thuộc phạm vi quản lý của ngành Công Thương"],
    ["Kiểm tra an toàn thực phẩm tại chợ, siêu thị, cơ sở kinh doanh thực phẩm trước, trong và sau Tết Nguyên đán " +
      "Ất Tỵ 2025, từ ngày 15/12/2024 đến ngày 25/01/2025.", "2025-01-25", [],
    "Kiểm tra an toàn thực phẩm tại chợ, siêu thị, cơ sở kinh doanh thực phẩm trước, trong và sau Tết Nguyên đán " +
      "Ất Tỵ 2025"],
    ["Phối hợp với lực lượng quản lý thị trường kiểm soát thực phẩm nhập lậu, không rõ nguồn gốc, xuất xứ.", null],
  ]],
  [TTTT, [TTTT], [
    ["Chỉ đạo cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền pháp luật về an toàn thực phẩm; thực hiện " +
      "thường xuyên.", null],
    ["Xây dựng chuyên mục \"An toàn thực phẩm\" trên Cổng Thông tin điện tử tỉnh, xong trong quý II/2024.",
      "2024-06-30", [], "Xây dựng chuyên mục \"An toàn thực phẩm\" trên Cổng Thông tin điện tử tỉnh"],
  ]],
  [GD, [GD], [
    ["Phối hợp với Sở Y tế kiểm tra bếp ăn tập thể tại các trường học có tổ chức ăn bán trú; đợt 1 hoàn thành trước " +
      "ngày 31/10/2024.", "2024-10-30", [YT],
    "Kiểm tra bếp ăn tập thể tại các trường học có tổ chức ăn bán trú (đợt 1)"],
    ["Lồng ghép nội dung giáo dục an toàn thực phẩm vào hoạt động ngoại khóa hằng năm.", null],
  ]],
  ["Báo Bắc Kạn, Đài Phát thanh - Truyền hình tỉnh", ["Báo Bắc Kạn", "Đài Phát thanh - Truyền hình tỉnh"], [
    ["Tăng thời lượng, tần suất tin, bài tuyên truyền trong Tháng hành động vì an toàn thực phẩm (từ ngày 15/4 đến " +
      "ngày 15/5/2024).", "2024-05-15", [],
    "Tăng thời lượng, tần suất tin, bài tuyên truyền trong Tháng hành động vì an toàn thực phẩm"],
    ["Duy trì chuyên trang, chuyên mục về an toàn thực phẩm; kịp thời phản ánh các vi phạm.", null],
  ]],
  [CA, [CA], [
    ["Điều tra, xử lý nghiêm các hành vi vi phạm pháp luật về an toàn thực phẩm (thực hiện thường xuyên).", null],
    ["Chủ trì, phối hợp với Sở Y tế, Sở Công Thương mở đợt cao điểm đấu tranh với tội phạm và vi phạm pháp luật về " +
      "an toàn thực phẩm trong quý IV/2024.", "2024-12-31", [YT, CT],
    "Mở đợt cao điểm đấu tranh với tội phạm và vi phạm pháp luật về an toàn thực phẩm"],
  ]],
  [HUYEN, [HUYEN], [
    ["Kiện toàn Ban Chỉ đạo liên ngành về an toàn thực phẩm cấp huyện, chậm nhất ngày 15/4/2024.", "2024-04-15", [],
      "Kiện toàn Ban Chỉ đạo liên ngành về an toàn thực phẩm cấp huyện"],
    ["Chỉ đạo UBND các xã, phường, thị trấn quản lý cơ sở sản xuất, kinh doanh thực phẩm nhỏ lẻ, thức ăn đường phố.",
      null],
    ["Báo cáo kết quả thực hiện Kế hoạch 6 tháng đầu năm 2024, gửi Sở Y tế trước ngày 15/6/2024.", "2024-06-14", [],
      "Báo cáo kết quả thực hiện Kế hoạch 6 tháng đầu năm 2024"],
  ]],
];

// due dates are as read by hand ("trước ngày X" already X-1).
const tasks = [];
const rows = [["Đơn vị", "Nhiệm vụ được giao"]];
ROWS.forEach(([unit, lead, duties], ui) => {
  const u = ui + 1;
  duties.forEach(([, due, co = [], title], di) => {
    if (!due) return;
    tasks.push(task(`III.${u}.${di + 1}`, title, due, lead.map(resolve), co.map(resolve)));
  });
  rows.push([
    { bold: true, paras: [{ num: `${u}.`, text: unit, list: { kind: "c-unit", inst: "U" } }] },
    { paras: duties.map(([text], di) => ({ num: `${di + 1}.`, text, list: { kind: "c-duty", inst: "D" + u } })) },
  ]);
});

const plain = (text) => ({ t: "p", text });
const dash = (text) => ({ t: "p", text: "- " + text });
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: { kind: "roman", inst: "R" } });
const num5 = (n, text) => ({ t: "p", num: `${n}.`, text, list: { kind: "arabic", inst: "V" } });

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 58/KH-UBND", "Bắc Kạn, ngày 12 tháng 3 năm 2024",
    "KẾ HOẠCH", "Bảo đảm an toàn thực phẩm trên địa bàn tỉnh Bắc Kạn năm 2024"),
  plain("Căn cứ Luật An toàn thực phẩm năm 2010; Nghị định số 15/2018/NĐ-CP ngày 02/02/2018 của Chính phủ quy định " +
    "chi tiết thi hành một số điều của Luật An toàn thực phẩm; Chỉ thị số 17/CT-TTg ngày 13/4/2020 của Thủ tướng " +
    "Chính phủ về tăng cường công tác bảo đảm an toàn thực phẩm trong tình hình mới, Ủy ban nhân dân tỉnh ban hành " +
    "Kế hoạch bảo đảm an toàn thực phẩm năm 2024 như sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  dash("Nâng cao hiệu lực, hiệu quả quản lý nhà nước về an toàn thực phẩm; phân định rõ trách nhiệm của từng cơ " +
    "quan, đơn vị, địa phương theo phân cấp quản lý."),
  dash("Kịp thời phát hiện, ngăn chặn và xử lý nghiêm các hành vi vi phạm; không để xảy ra ngộ độc thực phẩm tập " +
    "thể từ 30 người mắc trở lên."),
  sec("II.", "CHỈ TIÊU"),
  dash("100% cán bộ làm công tác quản lý an toàn thực phẩm được tập huấn, cập nhật kiến thức chuyên môn."),
  dash("Tối thiểu 90% cơ sở sản xuất, kinh doanh thực phẩm thuộc diện cấp giấy chứng nhận được cấp giấy chứng " +
    "nhận cơ sở đủ điều kiện an toàn thực phẩm."),
  sec("III.", "NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ"),
  plain("Căn cứ chức năng, nhiệm vụ được giao, các cơ quan, đơn vị, địa phương tổ chức thực hiện các nhiệm vụ sau:"),
  { t: "table", widths: [2700, 6700], header: 1, rows },
  sec("IV.", "KINH PHÍ THỰC HIỆN"),
  plain("Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách năm 2024 của các cơ quan, đơn vị theo phân " +
    "cấp ngân sách hiện hành và các nguồn kinh phí hợp pháp khác."),
  sec("V.", "TỔ CHỨC THỰC HIỆN"),
  num5(1, "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố căn cứ nhiệm vụ được giao chủ động " +
    "xây dựng kế hoạch của cơ quan, địa phương để tổ chức thực hiện."),
  num5(2, "Định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 10/12), các cơ quan, đơn vị báo cáo kết quả " +
    "thực hiện về Sở Y tế để tổng hợp, báo cáo UBND tỉnh."),
  num5(3, "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Y tế để tổng " +
    "hợp, đề xuất UBND tỉnh xem xét, giải quyết./."),
  ...sign(["Bộ Y tế (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, PCT UBND tỉnh", "Thành viên BCĐ liên ngành ATTP tỉnh",
    "Các sở, ban, ngành", "UBND các huyện, thành phố"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đỗ Thị Minh Hoa"),
];

await build(DIR, {
  blocks, printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 58/KH-UBND of UBND tỉnh Bắc Kạn (before the reorganisation), 12/3/2024, food safety 2024. " +
      "Sections I.-V. (Word list, upper Roman). I and II dash lines (aims, targets), no tasks. III is a TWO-COLUMN " +
      "table 'Đơn vị | Nhiệm vụ được giao', no STT and no time column: the unit cell is numbered 1.-8. (plan-auto: " +
      "one Word list running on down the rows), the duty cell holds several paragraphs numbered 1., 2., ... (a Word " +
      "list restarting in each row); each duty's date and partners are in its own sentence. ref = III.<unit " +
      "number>.<duty number>; lead = the row's unit (the bracket after Sở Y tế is its role; row 6 names two units; " +
      "row 8 'UBND các huyện, thành phố' = @districts). 'Chủ trì, phối hợp với Y' and 'Phối hợp với Y <work>' " +
      "(no chủ trì): the row's unit leads, Y coordinates. 'gửi Sở Y tế', 'báo cáo UBND tỉnh và Bộ Y tế': " +
      "recipients. Out: duties marked thường xuyên / hằng năm / undated (1.4, 2.2, 3.3, 4.1, 5.2, 6.2, 7.1, 8.2) and " +
      "V.2 'Định kỳ 6 tháng (trước ngày 15/6) và hằng năm' (recurring, no year). Dates: 'trong tháng 3/2024' -> " +
      "31/3 (Sun -> 1/4); 'từ ngày 15/4 đến ngày 15/5/2024' -> 15/5; 'xong trước ngày 20/9' -> 19/9; 'trước ngày " +
      "20/12' -> 19/12; 'chậm nhất ngày 30/6' -> 30/6 (Sun -> 1/7); 'trong năm 2024' -> 31/12; 'trước ngày 15 " +
      "tháng 4 năm 2024' -> 14/4 (Sun -> 15/4); 'từ ngày 15/12/2024 đến ngày 25/01/2025' -> 25/1/2025 (Sat, then " +
      "Tết 27-31/1 -> 3/2/2025); 'quý II' -> 30/6; 'trước ngày 31/10' -> 30/10; 'quý IV' -> 31/12; 'chậm nhất " +
      "ngày 15/4' -> 15/4; 'trước ngày 15/6' -> 14/6.",
    province: "Bắc Kạn",
    plan: { number: "58/KH-UBND", date: "2024-03-12" },
    tasks,
    unresolved: [],
    successors: [],
  },
});

// 02: Lai Châu 2024 — a Công văn whose deadlines are written in words: day and month names spelled out ("ngày
// mười lăm tháng Chín"), parts of a month ("giữa tháng", "cuối tháng", "thượng / trung / hạ tuần", "tuần đầu").
import { build, task } from "./lib.mjs";
import { sign } from "./head.mjs";

const ID = "02-lai-chau-2024-deadlines-in-words-parts-of-month";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ";
const TP = "Sở Tư pháp";
const VP = "Văn phòng UBND tỉnh";
const TTTT = "Sở Thông tin và Truyền thông";
// [paragraph, title, due | null, lead[], coordinators[]]
const P = [
  [`${NV} chủ trì, phối hợp với ${VP} tổng hợp kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2023 ` +
    "của các cơ quan, đơn vị, phân tích nguyên nhân các tiêu chí bị mất điểm, trình UBND tỉnh trước ngày hai mươi " +
    "tháng Bảy năm 2024.",
  "Tổng hợp kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2023, phân tích nguyên nhân các tiêu chí " +
    "bị mất điểm", "2024-07-19", [NV], [VP]],
  [`${TTTT} hoàn thiện chuyên mục "Cải cách hành chính" trên Cổng thông tin điện tử tỉnh, cập nhật đầy đủ kết ` +
    "quả các chỉ số; hoàn thành trong tuần đầu tháng 8/2024.",
  "Hoàn thiện chuyên mục \"Cải cách hành chính\" trên Cổng thông tin điện tử tỉnh, cập nhật đầy đủ kết quả các chỉ số",
    "2024-08-07", [TTTT], []],
  [`${TP} rà soát các văn bản quy phạm pháp luật do tỉnh ban hành có nội dung không còn phù hợp, đề xuất sửa đổi, ` +
    "bổ sung; xong vào giữa tháng Tám.",
  "Rà soát các văn bản quy phạm pháp luật do tỉnh ban hành có nội dung không còn phù hợp, đề xuất sửa đổi, bổ sung",
    "2024-08-15", [TP], []],
  ["Sở Tài chính phối hợp với Kho bạc Nhà nước tỉnh hướng dẫn các đơn vị sự nghiệp công lập xây dựng phương án tự " +
    "chủ tài chính giai đoạn 2024 - 2026, hoàn thành trước ngày ba mươi mốt tháng Tám năm 2024.",
  "Hướng dẫn các đơn vị sự nghiệp công lập xây dựng phương án tự chủ tài chính giai đoạn 2024 - 2026", "2024-08-30",
    ["Sở Tài chính"], ["Kho bạc Nhà nước tỉnh"]],
  ["UBND các huyện, thành phố tổ chức khảo sát mức độ hài lòng của người dân đối với dịch vụ hành chính công tại " +
    "Bộ phận Một cửa cấp huyện, cấp xã; gửi kết quả về Sở Nội vụ chậm nhất ngày mười lăm tháng Chín năm 2024.",
  "Khảo sát mức độ hài lòng của người dân đối với dịch vụ hành chính công tại Bộ phận Một cửa cấp huyện, cấp xã",
    "2024-09-15", ["@districts"], []],
  [`${VP} chủ trì, phối hợp với ${TTTT} nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, bảo đảm ` +
    "kết nối với Cổng Dịch vụ công quốc gia, xong trong quý III năm 2024.",
  "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, bảo đảm kết nối với Cổng Dịch vụ công quốc gia",
    "2024-09-30", [VP], [TTTT]],
  ["Sở Kế hoạch và Đầu tư rà soát, công bố danh mục thủ tục hành chính lĩnh vực đầu tư được cắt giảm thời gian " +
    "giải quyết; hoàn thành trong thượng tuần tháng 10/2024.",
  "Rà soát, công bố danh mục thủ tục hành chính lĩnh vực đầu tư được cắt giảm thời gian giải quyết", "2024-10-10",
    ["Sở Kế hoạch và Đầu tư"], []],
  ["Sở Văn hóa, Thể thao và Du lịch phối hợp với Đài Phát thanh - Truyền hình tỉnh, Báo Lai Châu xây dựng chuyên " +
    "trang, chuyên mục tuyên truyền về cải cách hành chính; thực hiện xong trong trung tuần tháng Mười.",
  "Xây dựng chuyên trang, chuyên mục tuyên truyền về cải cách hành chính", "2024-10-20",
    ["Sở Văn hóa, Thể thao và Du lịch"], ["Đài Phát thanh - Truyền hình tỉnh", "Báo Lai Châu"]],
  ["Sở Y tế hoàn thành triển khai thanh toán không dùng tiền mặt tại các bệnh viện tuyến tỉnh, tuyến huyện vào " +
    "cuối tháng Mười năm 2024.",
  "Triển khai thanh toán không dùng tiền mặt tại các bệnh viện tuyến tỉnh, tuyến huyện", "2024-10-31", ["Sở Y tế"],
    []],
  ["Ban Dân tộc tỉnh phối hợp với UBND các huyện, thành phố rà soát thủ tục hành chính liên quan đến chính sách " +
    "dân tộc, đề xuất đơn giản hóa; hoàn thành đầu tháng Mười một.",
  "Rà soát thủ tục hành chính liên quan đến chính sách dân tộc, đề xuất đơn giản hóa", "2024-11-10",
    ["Ban Dân tộc tỉnh"], ["@districts"]],
  [`Công an tỉnh chủ trì, phối hợp với ${TP} đẩy mạnh cấp tài khoản định danh điện tử mức độ 2 cho người dân, ` +
    "doanh nghiệp, báo cáo kết quả trong tuần thứ hai của tháng 11/2024.",
  "Đẩy mạnh cấp tài khoản định danh điện tử mức độ 2 cho người dân, doanh nghiệp", "2024-11-14", ["Công an tỉnh"],
    [TP]],
  ["Sở Giáo dục và Đào tạo số hóa hồ sơ, sổ sách quản lý trường học tại các cơ sở giáo dục trực thuộc; hoàn " +
    "thành trong hạ tuần tháng 11/2024.",
  "Số hóa hồ sơ, sổ sách quản lý trường học tại các cơ sở giáo dục trực thuộc", "2024-11-30",
    ["Sở Giáo dục và Đào tạo"], []],
  [`${NV} chủ trì, phối hợp với ${VP}, ${TP} kiểm tra việc thực hiện các nhiệm vụ tại Văn bản này ở một số cơ ` +
    "quan, đơn vị, tổng hợp, báo cáo UBND tỉnh trước ngày hai mươi lăm tháng Mười hai năm hai nghìn không trăm " +
    "hai mươi tư.",
  "Kiểm tra việc thực hiện các nhiệm vụ tại Văn bản này ở một số cơ quan, đơn vị, tổng hợp, báo cáo UBND tỉnh",
    "2024-12-24", [NV], [VP, TP]],
  ["Các sở, ban, ngành, UBND các huyện, thành phố báo cáo tiến độ thực hiện về Sở Nội vụ định kỳ hằng tháng, " +
    "trước ngày hai mươi của tháng, để tổng hợp.", null, null, [], []],
  ["Thủ trưởng các cơ quan, đơn vị thường xuyên quán triệt, nâng cao trách nhiệm người đứng đầu trong thực hiện " +
    "cải cách hành chính.", null, null, [], []],
];
const blocks = [
  { t: "table", borders: false, widths: [3800, 5600], rows: [
    [{ text: "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", bold: true, align: "center" },
      { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold: true, align: "center" }],
    [{ text: "Số: 2215/UBND-NC\nV/v triển khai nhiệm vụ cải thiện Chỉ số cải cách hành chính 6 tháng cuối năm 2024",
      align: "center" }, { text: "Lai Châu, ngày 10 tháng 7 năm 2024", italic: true, align: "center" }],
  ] },
  { t: "p", text: "Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- UBND các huyện, thành phố.", align: "center",
    indent: false },
  { t: "p", text: "Để khắc phục các tồn tại, hạn chế được chỉ ra qua kết quả xác định Chỉ số cải cách hành chính " +
    "năm 2023, Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:" },
];
const tasks = [];
P.forEach(([text, title, due, lead, coord], i) => {
  blocks.push({ t: "p", num: `${i + 1}.`, list: { kind: "decimal", inst: 1 }, text });
  if (due) tasks.push(task(String(i + 1), title, due, lead, coord));
});
blocks.push(
  { t: "p", text: "Yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc triển khai thực hiện; trong quá trình thực " +
    "hiện nếu có khó khăn, vướng mắc, kịp thời báo cáo UBND tỉnh (qua Sở Nội vụ) để xem xét, chỉ đạo./." },
  ...sign(["Như trên", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh", "Lãnh đạo VP UBND tỉnh"],
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hà Trọng Hải"),
);
const style = "Công văn 2215/UBND-NC Lai Châu 10/7/2024 (before the reorganisation; districts), 'Kính gửi: các sở, " +
  "ban, ngành; UBND các huyện, thành phố', numbered paragraphs 1-15 (ref = number). Deadlines in words: 'trước ngày " +
  "hai mươi tháng Bảy' -> 19/7; 'tuần đầu tháng 8' -> 7/8 (first seven days); 'giữa tháng Tám' -> 15/8; 'trước ngày " +
  "ba mươi mốt tháng Tám' -> 30/8 (Fri, before 31/8-3/9 off); 'chậm nhất ngày mười lăm tháng Chín' -> 15/9 Sun -> " +
  "16/9; 'quý III' -> 30/9; 'thượng tuần tháng 10' -> 10/10 (days 1-10); 'trung tuần tháng Mười' -> 20/10 Sun -> " +
  "21/10; 'cuối tháng Mười' -> 31/10; 'đầu tháng Mười một' -> 10/11 (read as thượng tuần) Sun -> 11/11; 'tuần thứ " +
  "hai của tháng 11' -> 14/11; 'hạ tuần tháng 11' -> 30/11 Sat -> 2/12; 'trước ngày hai mươi lăm tháng Mười hai " +
  "năm hai nghìn không trăm hai mươi tư' -> 24/12. 14 (monthly) and 15 (thường xuyên) left out. 'gửi/báo cáo Sở " +
  "Nội vụ / UBND tỉnh' name recipients. 'X phối hợp với Y …' opening a paragraph: X leads, Y coordinates. PDF: Chromium.";
await build(DIR, { blocks, printer: "chromium", expected: { id: ID, style, province: "Lai Châu",
  plan: { number: "2215/UBND-NC", date: "2024-07-10" }, tasks, quotas: [], unresolved: [], successors: [] } });

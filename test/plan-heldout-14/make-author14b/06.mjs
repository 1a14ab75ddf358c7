// 06: Lai Châu 2024 — every task names its unit only by the head's title ("Giám đốc Sở …", "Chủ tịch UBND các
// huyện, thành phố", "Chánh Thanh tra tỉnh"), a numbered list, then a quarter group whose items inherit 31/12.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "06-lai-chau-2024-units-named-by-heads-titles";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const X = "UBND cấp xã";
const NV = "Sở Nội vụ";
const TT = "Trung tâm Phục vụ hành chính công tỉnh";
const D = "@districts";
// [text, due | null, lead[], coord[]]
const T = [
  ["Giám đốc Sở Nội vụ chủ trì, phối hợp với Chánh Thanh tra tỉnh tham mưu ban hành Kế hoạch kiểm tra công vụ năm " +
    "2024; hoàn thành trước ngày 15/3/2024.", "2024-03-14", [NV], ["Thanh tra tỉnh"]],
  ["Chánh Văn phòng UBND tỉnh chủ trì tham mưu công bố danh mục thủ tục hành chính được chuẩn hóa; thời gian chậm " +
    "nhất ngày 31/3/2024.", "2024-03-31", ["Văn phòng UBND tỉnh"], []],
  ["Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh rà soát, sửa đổi quy chế làm việc, quy chế chi tiêu nội bộ của " +
    "cơ quan; gửi Sở Nội vụ trước ngày 30/4/2024.", "2024-04-29", ["@departments"], []],
  ["Chủ tịch UBND các huyện, thành phố chỉ đạo sắp xếp lại bộ phận tiếp nhận và trả kết quả cấp huyện, cấp xã; " +
    "hoàn thành trong quý II/2024.", "2024-06-30", [D], []],
  ["Giám đốc Sở Thông tin và Truyền thông chủ trì, phối hợp với Giám đốc Trung tâm Phục vụ hành chính công tỉnh " +
    "lắp đặt hệ thống camera giám sát tại bộ phận một cửa các cấp; hoàn thành tháng 6/2024.", "2024-06-30",
  ["Sở Thông tin và Truyền thông"], [TT]],
  ["Giám đốc Công an tỉnh chủ trì, phối hợp với Chủ tịch UBND các huyện, thành phố hoàn thành làm sạch dữ liệu " +
    "dân cư phục vụ giải quyết thủ tục hành chính trước ngày 20/7/2024.", "2024-07-19", ["Công an tỉnh"], [D]],
  ["Chánh Thanh tra tỉnh tiến hành thanh tra công vụ, trách nhiệm người đứng đầu trong thực hiện kỷ luật, kỷ cương " +
    "hành chính; kết thúc trong tháng 9/2024.", "2024-09-30", ["Thanh tra tỉnh"], []],
  ["Chủ tịch UBND huyện Mường Tè, Chủ tịch UBND huyện Nậm Nhùn khắc phục các tồn tại sau kiểm tra công vụ năm 2023, " +
    "báo cáo kết quả về Sở Nội vụ trước ngày 15/10/2024.", "2024-10-14",
  ["UBND huyện Mường Tè", "UBND huyện Nậm Nhùn"], []],
  ["Trưởng Ban Dân tộc tỉnh chủ trì, phối hợp với Chủ tịch UBND các huyện rà soát việc thực hiện chính sách đối " +
    "với người có uy tín trong đồng bào dân tộc thiểu số; hoàn thành ngày 31/8/2024.", "2024-08-31",
  ["Ban Dân tộc tỉnh"], [D]],
  ["Tổng Biên tập Báo Lai Châu, Giám đốc Đài Phát thanh - Truyền hình tỉnh mở chuyên mục \"Kỷ cương công vụ\"; " +
    "thời gian thực hiện từ tháng 4 đến tháng 11/2024.", "2024-11-30",
  ["Báo Lai Châu", "Đài Phát thanh - Truyền hình tỉnh"], []],
  ["Giám đốc Sở Tài chính chủ trì, phối hợp với Giám đốc Sở Kế hoạch và Đầu tư thẩm định, bố trí kinh phí thực " +
    "hiện Kế hoạch; xong trước 31/5/2024.", "2024-05-30", ["Sở Tài chính"], ["Sở Kế hoạch và Đầu tư"]],
  ["Chủ tịch UBND các xã, phường, thị trấn niêm yết công khai số điện thoại đường dây nóng, hòm thư góp ý tại trụ " +
    "sở; chậm nhất 30/6/2024.", "2024-06-30", [X], []],
];
// Items of the quarter group (no date of their own: they take 31/12/2024).
const Q = [
  ["Giám đốc Sở Nội vụ tổ chức đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2024.", [NV], []],
  ["Giám đốc Sở Giáo dục và Đào tạo, Giám đốc Sở Y tế kiểm tra việc thực hiện quy tắc ứng xử tại các trường học, " +
    "cơ sở khám bệnh, chữa bệnh.", ["Sở Giáo dục và Đào tạo", "Sở Y tế"], []],
  ["Giám đốc Bảo hiểm xã hội tỉnh phối hợp với Giám đốc Sở Y tế rà soát, chấn chỉnh thủ tục thanh toán chi phí " +
    "khám bệnh, chữa bệnh bảo hiểm y tế.", ["Bảo hiểm xã hội tỉnh"], ["Sở Y tế"]],
];
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 1180/KH-UBND", "Lai Châu, ngày 04 tháng 3 năm 2024", "KẾ HOẠCH",
    "Tăng cường kỷ luật, kỷ cương hành chính và nâng cao chất lượng thực thi công vụ năm 2024"),
  { t: "p", text: "I. MỤC ĐÍCH, YÊU CẦU", bold: true },
  { t: "p", text: "Nâng cao trách nhiệm người đứng đầu; chấn chỉnh tình trạng né tránh, đùn đẩy, sợ trách nhiệm " +
    "của một bộ phận cán bộ, công chức theo Chỉ thị số 01/CT-UBND ngày 15/01/2024 của Chủ tịch UBND tỉnh." },
  { t: "p", text: "II. NHIỆM VỤ, GIẢI PHÁP", bold: true },
  ...T.map(([text], i) => ({ t: "p", num: `${i + 1}.`, list: { kind: "decimal", inst: 1 }, text })),
  { t: "p", num: "13.", list: { kind: "decimal", inst: 1 }, text: "Trong quý IV năm 2024:" },
  ...Q.map(([text], i) => ({ t: "p", num: "abc"[i] + ")", list: { kind: "letter", inst: 2 }, text })),
  { t: "p", num: "14.", list: { kind: "decimal", inst: 1 }, text: "Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ " +
    "tịch UBND các huyện, thành phố thường xuyên quán triệt, kiểm tra việc chấp hành giờ giấc làm việc; báo cáo " +
    "Chủ tịch UBND tỉnh (qua Sở Nội vụ) trước ngày 15 tháng 12 hằng năm." },
  { t: "p", text: "III. TỔ CHỨC THỰC HIỆN", bold: true },
  { t: "p", text: "Giám đốc Sở Nội vụ theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Chủ tịch UBND " +
    "tỉnh theo quy định." },
  ...sign(["Bộ Nội vụ (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh", "Các sở, ban, ngành tỉnh", "UBND các huyện, thành phố"],
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hà Trọng Hải"),
];
const tasks = [
  ...T.map(([text, due, lead, coord], i) => task(`II.${i + 1}`, text.slice(0, 80), due, lead, coord)),
  ...Q.map(([text, lead, coord], i) => task(`II.13.${"abc"[i]}`, text.slice(0, 80), "2024-12-31", lead, coord, true)),
];
const style = "Kế hoạch 1180/KH-UBND Lai Châu 04/3/2024 (before 1/7/2025). PDF: WeasyPrint. Units named only by " +
  "their heads' titles: 'Giám đốc Sở X' = Sở X, 'Chánh Văn phòng UBND tỉnh', 'Chánh Thanh tra tỉnh', 'Tổng Biên " +
  "tập Báo Lai Châu' = their bodies; 'Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh' = @departments; 'Chủ tịch " +
  "UBND các huyện, thành phố' = @districts; 'Chủ tịch UBND các xã, phường, thị trấn' = UBND cấp xã (unresolved). " +
  "Lead = subject / 'chủ trì'; 'phối hợp với' = coordinators; 'gửi/báo cáo … Sở Nội vụ' = recipient. ref = II.n; " +
  "II.13 'Trong quý IV năm 2024:' is a group: items a)-c) inherit 31/12/2024. II.14 recurring, left out. " +
  "'trước ngày 30/4' -> 29/4 (off -> 02/5); 31/3 Sun -> 01/4; 30/6 Sun -> 01/7; 31/8 Sat -> 04/9; 30/11 Sat -> " +
  "02/12; 'trước' dates minus one day.";
await build(DIR, { blocks, printer: "weasyprint", expected: { id: ID, style, province: "Lai Châu",
  plan: { number: "1180/KH-UBND", date: "2024-03-04" }, tasks, quotas: [], unresolved: [TT, X], successors: [] } });

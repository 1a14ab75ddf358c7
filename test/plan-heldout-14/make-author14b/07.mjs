// 07: Bắc Kạn 2024 — a task table whose plain-text copy lost its tabs: plan.txt has cells separated by " | ";
// abbreviated unit names in the cells, section rows merged across the table.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "07-bac-kan-2024-pipe-separated-table-copy";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const TTTT = "Sở Thông tin và Truyền thông";
const D = "@districts";
const VT = "Viễn thông Bắc Kạn";
const NH = "Ngân hàng Nhà nước Chi nhánh tỉnh Bắc Kạn";
const DK = "Văn phòng Đăng ký đất đai tỉnh";
const HUYEN = "UBND các huyện, thành phố";
// section rows: string; task rows: [content, lead text, coord text, time text, note, due | null, lead[], coord[]]
const R = [
  "I. PHÁT TRIỂN HẠ TẦNG SỐ",
  ["Phủ sóng di động 4G tại các thôn, bản còn lõm sóng", "Sở TT&TT", `${VT}; ${HUYEN}`, "Quý III/2024", "",
    "2024-09-30", [TTTT], [VT, D]],
  ["Nâng cấp Trung tâm dữ liệu tỉnh, bảo đảm an toàn thông tin cấp độ 3", "Sở TT&TT", "Sở Tài chính",
    "Tháng 10/2024", "", "2024-10-31", [TTTT], ["Sở Tài chính"]],
  ["Kết nối mạng truyền số liệu chuyên dùng cấp II đến 100% UBND cấp xã", "Sở TT&TT", HUYEN, "Trước 30/6/2024",
    "", "2024-06-29", [TTTT], [D]],
  "II. PHÁT TRIỂN CHÍNH QUYỀN SỐ",
  ["Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực", "VP UBND tỉnh",
    `Các sở, ban, ngành; ${HUYEN}`, "31/12/2024", "", "2024-12-31", ["Văn phòng UBND tỉnh"], ["@departments", D]],
  ["Cung cấp dịch vụ công trực tuyến toàn trình đối với các thủ tục đủ điều kiện", "Các sở, ban, ngành",
    "VP UBND tỉnh", "Quý II/2024", "", "2024-06-30", ["@departments"], ["Văn phòng UBND tỉnh"]],
  ["Cấp chứng thư chữ ký số cá nhân cho cán bộ, công chức cấp xã", "Sở TT&TT", HUYEN, "Tháng 5/2024", "",
    "2024-05-31", [TTTT], [D]],
  ["Xây dựng cơ sở dữ liệu doanh nghiệp, hộ kinh doanh dùng chung của tỉnh", "Sở KH&ĐT", "Cục Thuế tỉnh",
    "15/11/2024", "Trình UBND tỉnh", "2024-11-15", ["Sở Kế hoạch và Đầu tư"], ["Thuế tỉnh"]],
  ["Hoàn thiện, đưa vào vận hành cơ sở dữ liệu đất đai các huyện còn lại", "Sở TN&MT", `${DK}; ${HUYEN}`,
    "Trước ngày 01/12/2024", "", "2024-11-30", ["Sở Tài nguyên và Môi trường"], [DK, D]],
  ["Cập nhật thông tin chỉ đạo, điều hành lên Cổng Thông tin điện tử tỉnh", "Các cơ quan, đơn vị", "",
    "Thường xuyên", "", null],
  ["Báo cáo đánh giá Chỉ số chuyển đổi số (DTI) năm 2023, đề xuất giải pháp cải thiện", "Sở TT&TT",
    "Các sở, ban, ngành", "Tháng 4/2024", "Báo cáo UBND tỉnh", "2024-04-30", [TTTT], ["@departments"]],
  "III. PHÁT TRIỂN KINH TẾ SỐ, XÃ HỘI SỐ",
  ["Đưa sản phẩm OCOP của tỉnh lên các sàn thương mại điện tử", "Sở Công Thương", `Sở NN&PTNT; ${HUYEN}`,
    "Năm 2024", "", "2024-12-31", ["Sở Công Thương"], ["Sở Nông nghiệp và Phát triển nông thôn", D]],
  ["Tập huấn kỹ năng số cho thành viên Tổ công nghệ số cộng đồng", "Sở TT&TT", HUYEN,
    "Từ tháng 3 đến tháng 8/2024", "", "2024-08-31", [TTTT], [D]],
  ["Triển khai thanh toán không dùng tiền mặt tại bệnh viện, trường học", "Sở Y tế; Sở GD&ĐT", NH, "30/9/2024",
    "", "2024-09-30", ["Sở Y tế", "Sở Giáo dục và Đào tạo"], [NH]],
  ["Triển khai hồ sơ sức khỏe điện tử cho người dân", "Sở Y tế", "BHXH tỉnh", "Hoàn thành trong tháng 7/2024",
    "", "2024-07-31", ["Sở Y tế"], ["Bảo hiểm xã hội tỉnh"]],
  ["Triển khai học bạ số cấp tiểu học năm học 2024-2025", "Sở GD&ĐT", HUYEN, "Trước 05/9/2024", "",
    "2024-09-04", ["Sở Giáo dục và Đào tạo"], [D]],
];
const rows = [["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Ghi chú"]];
const tasks = [];
let sec = "";
let n = 0;
for (const r of R) {
  if (typeof r === "string") {
    sec = r.split(".")[0];
    n = 0;
    rows.push([{ text: r, span: 6, bold: true }]);
    continue;
  }
  n += 1;
  const [content, leadText, coordText, time, note, due, lead, coord] = r;
  rows.push([String(n), content, leadText, coordText, time, note]);
  if (due) tasks.push(task(`${sec}.${n}`, content, due, lead, coord));
}
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 126/KH-UBND", "Bắc Kạn, ngày 26 tháng 02 năm 2024", "KẾ HOẠCH",
    "Chuyển đổi số tỉnh Bắc Kạn năm 2024"),
  { t: "p", text: "I. MỤC TIÊU", bold: true },
  { t: "p", text: "Phấn đấu đến hết năm 2024, 80% hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến; " +
    "Chỉ số chuyển đổi số của tỉnh tăng ít nhất 03 bậc so với năm 2023." },
  { t: "p", text: "II. NHIỆM VỤ CỤ THỂ", bold: true },
  { t: "p", text: "(Chi tiết tại Bảng phân công nhiệm vụ dưới đây)", italic: true, align: "center", indent: false },
  { t: "table", widths: [600, 3300, 1500, 1900, 1300, 1000], header: 1, rows },
  { t: "p", text: "III. TỔ CHỨC THỰC HIỆN", bold: true },
  { t: "p", text: "Các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông trước ngày 15 của " +
    "tháng cuối quý để tổng hợp, báo cáo UBND tỉnh." },
  ...sign(["Bộ Thông tin và Truyền thông (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh", "Các sở, ban, ngành",
    "UBND các huyện, thành phố"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đinh Quang Tuyên"),
];
const style = "Kế hoạch 126/KH-UBND Bắc Kạn 26/02/2024 (before 1/7/2025). PDF: LibreOffice (docx). Task table " +
  "TT | Nội dung | Chủ trì | Phối hợp | Thời gian hoàn thành | Ghi chú, merged section rows I-III; plan.txt = " +
  "the table copied with tabs lost, cells joined by ' | '. ref = section.TT. Abbreviations in cells (Sở TT&TT, VP " +
  "UBND tỉnh, Sở KH&ĐT, Sở TN&MT, Sở NN&PTNT, Sở GD&ĐT, BHXH tỉnh, Cục Thuế tỉnh = Thuế tỉnh). Units in a cell " +
  "split on ';' ('Sở Y tế; Sở GD&ĐT' = two leads). 'UBND các huyện, thành phố' = @districts; 'Các sở, ban, " +
  "ngành' = @departments. Ghi chú 'Trình/Báo cáo UBND tỉnh' = recipient. II.6 'Thường xuyên' and the quarterly " +
  "report left out. 'Trước X' = X-1; Quý II -> 30/6 Sun -> 01/7; Tháng 4/2024 -> 30/4 (off -> 02/5); 'Từ tháng " +
  "3 đến tháng 8/2024' -> 31/8 Sat -> 04/9.";
await build(DIR, { blocks, printer: "libreoffice", sep: " | ", expected: { id: ID, style, province: "Bắc Kạn",
  plan: { number: "126/KH-UBND", date: "2024-02-26" }, tasks, quotas: [], unresolved: [VT, DK, NH],
  successors: [] } });

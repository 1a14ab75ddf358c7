// 03: Bắc Kạn 2023 — Ban Chỉ đạo CCHC plan: tasks assigned to members by name ("Đồng chí …, Giám đốc Sở X: …").
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "03-bac-kan-2023-ban-chi-dao-member-assignments";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const H = "@districts";
// member line, lead[], items: [text, due | null, coord[]]
const M = [
  ["Đồng chí Hà Văn Tùng, Giám đốc Sở Nội vụ, Phó Trưởng ban Thường trực", ["Sở Nội vụ"], [
    ["Tham mưu Trưởng ban ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2023; hoàn thành trước ngày " +
      "15/5/2023.", "2023-05-15", []],
    ["Chủ trì tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2023 của tỉnh, phối hợp với đồng chí Giám đốc " +
      "Sở Thông tin và Truyền thông; hoàn thành chậm nhất ngày 10/01/2024.", "2024-01-10",
    ["Sở Thông tin và Truyền thông"]],
    ["Theo dõi, đôn đốc chung việc thực hiện Kế hoạch; thường xuyên.", null, []],
  ]],
  ["Đồng chí Lương Thị Hoa, Chánh Văn phòng UBND tỉnh, Ủy viên", ["Văn phòng UBND tỉnh"], [
    ["Rà soát, trình công bố danh mục thủ tục hành chính được chuẩn hóa; trước ngày 30/6/2023.", "2023-06-30", []],
    ["Đánh giá chất lượng giải quyết thủ tục hành chính tại bộ phận một cửa các cấp; Quý III/2023.", "2023-09-30", []],
  ]],
  ["Đồng chí Triệu Văn Lâm, Giám đốc Sở Tư pháp, Ủy viên", ["Sở Tư pháp"], [
    ["Kiểm tra công tác theo dõi thi hành pháp luật về xử lý vi phạm hành chính; trong tháng 8/2023.", "2023-08-31", []],
    ["Rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh; trước ngày 20/10/2023.", "2023-10-20", []],
  ]],
  ["Đồng chí Hoàng Minh Đức, Giám đốc Sở Thông tin và Truyền thông, Ủy viên", ["Sở Thông tin và Truyền thông"], [
    ["Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, phối hợp với đồng chí Chánh Văn phòng UBND " +
      "tỉnh; Quý II/2023.", "2023-06-30", ["Văn phòng UBND tỉnh"]],
    ["Tuyên truyền cải cách hành chính trên Cổng Thông tin điện tử tỉnh; thường xuyên.", null, []],
    ["Triển khai chữ ký số cho cán bộ, công chức cấp xã, phối hợp với các đồng chí Chủ tịch UBND các huyện, thành " +
      "phố; trước ngày 31/10/2023.", "2023-10-31", [H]],
  ]],
  ["Đồng chí Nông Thị Mai, Giám đốc Sở Kế hoạch và Đầu tư, Ủy viên", ["Sở Kế hoạch và Đầu tư"], [
    ["Tổ chức Hội nghị đối thoại doanh nghiệp nhằm cải thiện Chỉ số PCI, phối hợp Hiệp hội Doanh nghiệp tỉnh; trong " +
      "tháng 9/2023.", "2023-09-30", ["Hiệp hội Doanh nghiệp tỉnh"]],
  ]],
  ["Đồng chí Bàn Văn Sơn, Giám đốc Sở Tài chính, Ủy viên", ["Sở Tài chính"], [
    ["Thẩm định, tham mưu bố trí kinh phí cải cách hành chính năm 2024; trước ngày 15/11/2023.", "2023-11-15", []],
  ]],
  ["Đồng chí Lý Thị Thu, Chánh Thanh tra tỉnh, Ủy viên", ["Thanh tra tỉnh"], [
    ["Thanh tra trách nhiệm thực thi công vụ tại một số sở, ngành; 6 tháng cuối năm 2023.", "2023-12-31", []],
  ]],
  ["Đồng chí Đại tá Ma Văn Hiếu, Phó Giám đốc Công an tỉnh, Ủy viên", ["Công an tỉnh"], [
    ["Hoàn thành cấp căn cước công dân gắn chíp, kích hoạt tài khoản định danh điện tử theo Đề án 06, phối hợp với " +
      "đồng chí Giám đốc Sở Thông tin và Truyền thông; trước ngày 30/6/2023.", "2023-06-30",
    ["Sở Thông tin và Truyền thông"]],
  ]],
  ["Đồng chí Vi Thị Lan, Giám đốc Sở Y tế, Ủy viên", ["Sở Y tế"], [
    ["Thực hiện liên thông thủ tục hành chính đăng ký khai sinh - đăng ký thường trú - cấp thẻ bảo hiểm y tế cho trẻ " +
      "dưới 6 tuổi, phối hợp với đồng chí Giám đốc Bảo hiểm xã hội tỉnh; trước ngày 31/7/2023.", "2023-07-31",
    ["Bảo hiểm xã hội tỉnh"]],
  ]],
  ["Đồng chí Mã Thị Nguyệt, Giám đốc Sở Giáo dục và Đào tạo, Ủy viên", ["Sở Giáo dục và Đào tạo"], [
    ["Tổ chức tuyển sinh đầu cấp trực tuyến năm học 2023 - 2024; trước ngày 15/7/2023.", "2023-07-15", []],
    ["Đưa nội dung cải cách hành chính vào hoạt động ngoại khóa năm học 2023 - 2024; từ tháng 9 đến hết tháng " +
      "12/2023.", "2023-12-31", []],
  ]],
  ["Các đồng chí Chủ tịch UBND các huyện, thành phố, Ủy viên", [H], [
    ["Điều chỉnh kế hoạch cải cách hành chính cấp huyện cho phù hợp; trước ngày 31/5/2023.", "2023-05-31", []],
    ["Báo cáo kết quả cải cách hành chính 6 tháng đầu năm, gửi đồng chí Phó Trưởng ban Thường trực (qua Sở Nội vụ); " +
      "trước ngày 05/6/2023.", "2023-06-05", []],
  ]],
];
const blocks = [
  ...head("UBND TỈNH BẮC KẠN\nBAN CHỈ ĐẠO CẢI CÁCH\nHÀNH CHÍNH", "Số: 125/KH-BCĐ", "Bắc Kạn, ngày 20 tháng 4 năm 2023",
    "KẾ HOẠCH", "Hoạt động của Ban Chỉ đạo cải cách hành chính tỉnh năm 2023"),
  { t: "p", text: "Căn cứ Quyết định số 215/QĐ-UBND ngày 14/02/2023 của UBND tỉnh về việc kiện toàn Ban Chỉ đạo cải cách " +
    "hành chính tỉnh; Quyết định số 2306/QĐ-UBND ngày 28/12/2022 ban hành Kế hoạch cải cách hành chính năm 2023, Ban " +
    "Chỉ đạo xây dựng Kế hoạch hoạt động năm 2023 như sau:" },
  { t: "p", text: "MỤC ĐÍCH, YÊU CẦU", num: "I.", list: { kind: "roman", inst: 1 }, bold: true },
  { t: "p", text: "Phân công cụ thể từng thành viên; thành viên chịu trách nhiệm trước Trưởng ban về lĩnh vực được giao " +
    "và chỉ đạo cơ quan, đơn vị mình thực hiện." },
  { t: "p", text: "TRƯỞNG BAN, PHÓ TRƯỞNG BAN", num: "II.", list: { kind: "roman", inst: 1 }, bold: true },
  { t: "p", text: "Đồng chí Chủ tịch UBND tỉnh, Trưởng ban: lãnh đạo, chỉ đạo toàn diện; chủ trì các phiên họp của Ban " +
    "Chỉ đạo (họp định kỳ 6 tháng một lần)." },
  { t: "p", text: "PHÂN CÔNG NHIỆM VỤ CÁC THÀNH VIÊN", num: "III.", list: { kind: "roman", inst: 1 }, bold: true },
];
const tasks = [];
M.forEach(([who, lead, items], i) => {
  blocks.push({ t: "p", text: who + ":", num: `${i + 1}.`, list: { kind: "decimal", inst: 2 }, bold: true });
  items.forEach(([text, due, coord], j) => {
    const l = "abcdefgh"[j];
    blocks.push({ t: "p", text, num: `${l})`, list: { kind: "letter", inst: 10 + i } });
    if (due) tasks.push(task(`III.${i + 1}.${l}`, text.split(";")[0].slice(0, 120), due, lead, coord));
  });
});
blocks.push(
  { t: "p", text: "CHẾ ĐỘ BÁO CÁO", num: "IV.", list: { kind: "roman", inst: 1 }, bold: true },
  { t: "p", text: "Thành viên Ban Chỉ đạo báo cáo kết quả thực hiện nhiệm vụ được phân công định kỳ hằng quý (trước ngày " +
    "15 của tháng cuối quý) về Sở Nội vụ (cơ quan thường trực) để tổng hợp." },
  ...sign(["Thành viên BCĐ", "Sở Nội vụ", "UBND các huyện, thành phố"], "TRƯỞNG BAN\n\nCHỦ TỊCH UBND TỈNH",
    "Nguyễn Đăng Bình"),
);
const style = "Kế hoạch 125/KH-BCĐ (Ban Chỉ đạo CCHC), Bắc Kạn 20/4/2023 (old departments, districts). PDF: " +
  "WeasyPrint of the HTML. Under III each member is a numbered paragraph 'Đồng chí <name>, <post> <unit>, Ủy viên:' " +
  "with a), b) items ending '; <deadline>.' ref = III.n.x. Lead = the member's unit named by the post" +
  " (Giám đốc Sở X, Chánh Thanh tra tỉnh …); III.11 'Các đồng chí Chủ tịch UBND các " +
  "huyện, thành phố' = @districts. 'phối hợp với đồng chí Giám đốc Sở Y' = coordinator Sở Y (by post, not person); " +
  "'gửi đồng chí Phó Trưởng ban (qua Sở Nội vụ)' is a recipient, not a coordinator. Undated items (III.1.c, III.4.b " +
  "'thường xuyên'), II (Trưởng ban, 'định kỳ 6 tháng') and IV (quarterly) left out. 'Quý II/2023' -> 30/6, 'Quý " +
  "III/2023' -> 30/9 (Sat -> 2/10), 'trong tháng 9/2023' likewise; '6 tháng cuối năm 2023' and 'từ tháng 9 đến hết tháng 12/2023' -> 31/12 (Sun; 1/1/2024 " +
  "holiday -> 2/1/2024); 15/7/2023 Sat -> 17/7. Cited QĐ dates 14/02/2023, 28/12/2022 are no deadlines.";
await build(DIR, { blocks, printer: "weasyprint", expected: { id: ID, style, province: "Bắc Kạn",
  plan: { number: "125/KH-BCĐ", date: "2023-04-20" }, tasks, quotas: [], unresolved: [], successors: [] } });

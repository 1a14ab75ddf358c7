// 04: Lai Châu 2025 (before 1 July) — each task a small two-column "card" table: Nội dung | …; Thời hạn | …
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "04-lai-chau-2025-task-card-tables";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const H = "@districts";
const HW = "UBND các huyện, thành phố";
const D = "@departments";
const DW = "Các sở, ban, ngành";
const NV = "Sở Nội vụ";
const TT = "Sở Thông tin và Truyền thông";
const TC = "Sở Tài chính";
const VP = "Văn phòng UBND tỉnh";
const VT = "Viettel Lai Châu";
// [section, cards: [content, lead cell, coord cell, time cell, product, due | null, lead[], coord[]]]
const S = [
  ["I. CẢI CÁCH THỂ CHẾ", [
    ["Rà soát văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành liên quan đến tổ chức bộ máy", "Sở Tư pháp", DW,
      "Trước ngày 31/3/2025", "Báo cáo kết quả rà soát", "2025-03-30", ["Sở Tư pháp"], [D]],
    ["Tham mưu Quyết định quy định chức năng, nhiệm vụ, quyền hạn của các sở sau hợp nhất", NV, "Sở Tư pháp",
      "Tháng 3/2025", "Quyết định của UBND tỉnh", "2025-03-31", [NV], ["Sở Tư pháp"]],
  ]],
  ["II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", [
    ["Công bố danh mục thủ tục hành chính sửa đổi, bổ sung sau sắp xếp các sở", VP, DW,
      "Chậm nhất ngày 15/4/2025", "Quyết định công bố", "2025-04-15", [VP], [D]],
    ["Rà soát, đề xuất đơn giản hóa 20 thủ tục hành chính lĩnh vực nông nghiệp",
      "Sở Nông nghiệp và Phát triển nông thôn", VP, "Quý II/2025", "Phương án đơn giản hóa", "2025-06-30",
      ["Sở Nông nghiệp và Phát triển nông thôn"], [VP]],
    ["Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực tại cấp huyện", HW, TT,
      "Trước ngày 30/5/2025", "Dữ liệu số hóa trên Hệ thống", "2025-05-29", [H], [TT]],
  ]],
  ["III. CẢI CÁCH TỔ CHỨC BỘ MÁY", [
    ["Xây dựng Đề án sắp xếp đơn vị hành chính cấp xã, không tổ chức cấp huyện", NV, HW, "Tháng 4/2025",
      "Đề án trình HĐND tỉnh", "2025-04-30", [NV], [H]],
    ["Kiện toàn tổ chức bộ máy các đơn vị sự nghiệp công lập trực thuộc Sở Y tế", "Sở Y tế", NV,
      "6 tháng đầu năm 2025", "Quyết định kiện toàn", "2025-06-30", ["Sở Y tế"], [NV]],
  ]],
  ["IV. CẢI CÁCH TÀI CHÍNH CÔNG", [
    ["Hướng dẫn bàn giao tài sản, tài chính, ngân sách của các sở thực hiện hợp nhất", TC, DW,
      "Trước ngày 01/4/2025", "Văn bản hướng dẫn", "2025-03-31", [TC], [D]],
    ["Giao bổ sung dự toán cho các cơ quan, đơn vị sau sắp xếp", TC, "Kho bạc Nhà nước tỉnh", "20/7/2025",
      "Quyết định giao dự toán", "2025-07-20", [TC], ["Kho bạc Nhà nước tỉnh"]],
  ]],
  ["V. XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", [
    ["Nâng cấp Hệ thống quản lý văn bản và điều hành đáp ứng yêu cầu sau sắp xếp", TT, `${VP}; ${VT}`,
      "Ngày 30/6/2025", "Hệ thống được nâng cấp", "2025-06-30", [TT], [VP, VT]],
    ["Triển khai ký số trên thiết bị di động cho cán bộ, công chức cấp xã", TT, HW, "Quý III/2025",
      "Chứng thư số được cấp", "2025-09-30", [TT], [H]],
    ["Giám sát, bảo đảm an toàn thông tin các hệ thống dùng chung của tỉnh", TT, "Công an tỉnh", "Thường xuyên",
      "Báo cáo giám sát", null],
  ]],
  ["VI. KIỂM TRA, ĐÁNH GIÁ", [
    ["Khảo sát sự hài lòng của người dân, tổ chức (SIPAS) năm 2025", NV, "Bưu điện tỉnh",
      "Từ tháng 8 đến tháng 10/2025", "Báo cáo kết quả khảo sát", "2025-10-31", [NV], ["Bưu điện tỉnh"]],
    ["Kiểm tra công tác cải cách hành chính tại 04 sở, 02 huyện", NV, `Thanh tra tỉnh; ${VP}`, "Trong quý II/2025",
      "Thông báo kết luận kiểm tra", "2025-06-30", [NV], ["Thanh tra tỉnh", VP]],
    ["Báo cáo kết quả cải cách hành chính năm 2025 (gửi Sở Nội vụ)", `${DW}; ${HW}`, "Không",
      "Trước ngày 05/12/2025", "Báo cáo năm", "2025-12-04", [D, H], []],
  ]],
];
const body = [];
const tasks = [];
let n = 0;
for (const [section, cards] of S) {
  const [roman, ...words] = section.split(" ");
  body.push({ t: "p", num: roman, list: { kind: "roman", inst: 1 }, text: words.join(" "), bold: true });
  for (const [content, leadCell, coordCell, time, product, due, lead, coord] of cards) {
    n += 1;
    body.push({ t: "p", text: `Nhiệm vụ ${n}`, bold: true, italic: true });
    body.push({ t: "table", widths: [2400, 6900], rows: [
      [{ text: "Nội dung", bold: true }, content],
      [{ text: "Cơ quan chủ trì", bold: true }, leadCell],
      [{ text: "Cơ quan phối hợp", bold: true }, coordCell],
      [{ text: "Thời hạn hoàn thành", bold: true }, time],
      [{ text: "Sản phẩm", bold: true }, product],
    ] });
    if (due) tasks.push(task(String(n), content, due, lead, coord));
  }
}
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 640/KH-UBND", "Lai Châu, ngày 10 tháng 3 năm 2025", "KẾ HOẠCH",
    "Thực hiện nhiệm vụ cải cách hành chính gắn với sắp xếp tổ chức bộ máy tỉnh Lai Châu năm 2025"),
  { t: "p", text: "Căn cứ Kế hoạch số 4215/KH-UBND ngày 27/12/2024 của UBND tỉnh về cải cách hành chính năm 2025; để " +
    "triển khai đồng bộ với việc sắp xếp tổ chức bộ máy, UBND tỉnh giao nhiệm vụ cụ thể như sau (mỗi nhiệm vụ được " +
    "lập thành phiếu giao việc):" },
  ...body,
  { t: "p", num: "VII.", list: { kind: "roman", inst: 1 }, text: "TỔ CHỨC THỰC HIỆN",
    bold: true },
  { t: "p", text: "Thủ trưởng cơ quan chủ trì chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả, tiến độ nhiệm vụ " +
    "được giao; định kỳ hằng tháng cập nhật tiến độ trên Hệ thống theo dõi nhiệm vụ của tỉnh." },
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành", "UBND các huyện, thành phố"],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hà Trọng Hải"),
];
const style = "Kế hoạch 640/KH-UBND Lai Châu 10/3/2025 (before 1 July: old departments, districts). Each task is " +
  "'Nhiệm vụ n' then a two-column card table Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn hoàn thành | " +
  "Sản phẩm, under section headings I-VI; ref = n (1-15). Card 12 'Thường xuyên' left out. 'Không' = no " +
  "coordinator. Card 15 has two leads (@departments, @districts); 'gửi Sở Nội vụ' is a recipient. 'Trước ngày X' = " +
  "X-1: 31/3 -> 30/3 Sun -> 31/3; 01/4 -> 31/3; 30/5 -> 29/5; 05/12 -> 4/12. 2025 days off 30/4, 1/5, 2/5: " +
  "'Tháng 4/2025' -> 30/4 -> 5/5; 20/7 Sun -> 21/7. 'Viettel Lai Châu' unresolved. The product row and Kế hoạch " +
  "4215 (27/12/2024) are no deadlines; monthly updates are recurring. PDF: LibreOffice export of plan-auto.docx.";
await build(DIR, { blocks, printer: "libreoffice", expected: { id: ID, style, province: "Lai Châu",
  plan: { number: "640/KH-UBND", date: "2025-03-10" }, tasks, quotas: [], unresolved: [VT], successors: [] } });

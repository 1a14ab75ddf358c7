// 02: Lai Châu 2024 — numbered items whose units follow in a trailing bracket "(Sở X; Sở Y, Sở Z)".
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "02-lai-chau-2024-units-in-trailing-bracket";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ";
const TP = "Sở Tư pháp";
const TC = "Sở Tài chính";
const TTTT = "Sở Thông tin và Truyền thông";
const VP = "Văn phòng UBND tỉnh";
const H = "@districts";
const HW = "UBND các huyện, thành phố";
const D = "@departments";
const CN = "Trung tâm Công nghệ thông tin và Truyền thông";
// sections: [number, heading, group time sentence | null, group due | null,
//   items: [text (with its own time, or none), bracket, due | null, lead[], coord[]]]
const S = [
  ["1.", "Cải cách thể chế", null, null, [
    ["Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành kỳ 2019-2023, hoàn thành trước " +
      "ngày 31/3/2024", `${TP}; các sở, ban, ngành`, "2024-03-30", [TP], [D]],
    ["Kiểm tra văn bản quy phạm pháp luật do HĐND, UBND cấp huyện ban hành; hoàn thành trong quý III/2024",
      `${TP}; ${HW}`, "2024-09-30", [TP], [H]],
    ["Theo dõi tình hình thi hành pháp luật trên địa bàn tỉnh, thực hiện thường xuyên", TP, null, [TP], []],
  ]],
  ["2.", "Cải cách thủ tục hành chính", null, null, [
    ["Công bố danh mục thủ tục hành chính thực hiện toàn trình trên Cổng Dịch vụ công quốc gia, chậm nhất ngày " +
      "15/3/2024", `${VP}; các sở, ban, ngành`, "2024-03-15", [VP], [D]],
    ["Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa cấp huyện, cấp xã, hoàn thành tháng " +
      "6/2024", `${HW}; ${VP}, ${TTTT}`, "2024-06-30", [H], [VP, TTTT]],
    ["Triển khai thanh toán trực tuyến nghĩa vụ tài chính trong giải quyết thủ tục hành chính lĩnh vực đất đai, " +
      "xong trước ngày 01/9/2024", `${TTTT}; Sở Tài nguyên và Môi trường, ${TC}`, "2024-08-31", [TTTT],
    ["Sở Tài nguyên và Môi trường", TC]],
  ]],
  ["3.", "Cải cách tổ chức bộ máy hành chính nhà nước", "Thời gian hoàn thành các nhiệm vụ tại mục này: quý II/2024, " +
    "trừ nhiệm vụ có thời hạn riêng.", "2024-06-30", [
    ["Rà soát chức năng, nhiệm vụ, cơ cấu tổ chức của các phòng chuyên môn, đơn vị trực thuộc",
      `${NV}; các sở, ban, ngành`, null, [NV], [D]],
    ["Sắp xếp, tổ chức lại các đơn vị sự nghiệp công lập theo lộ trình đã được phê duyệt", `${NV}; ${HW}`, null, [NV],
      [H]],
    ["Xây dựng Đề án sắp xếp đơn vị hành chính cấp xã giai đoạn 2023-2025, trình HĐND tỉnh trước ngày 10/5/2024",
      `${NV}; UBND huyện Sìn Hồ, UBND huyện Mường Tè`, "2024-05-09", [NV],
      ["UBND huyện Sìn Hồ", "UBND huyện Mường Tè"]],
  ]],
  ["4.", "Cải cách chế độ công vụ", null, null, [
    ["Tổ chức tuyển dụng công chức năm 2024 theo chỉ tiêu biên chế được giao, hoàn thành trong tháng 10/2024", NV,
      "2024-10-31", [NV], []],
    ["Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2024, hoàn thành ngày 20/12/2024",
      `Các sở, ban, ngành, ${HW}`, "2024-12-20", [D, H], []],
  ]],
  ["5.", "Cải cách tài chính công", null, null, [
    ["Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập giai đoạn 2024-2026, hoàn thành trước ngày " +
      "30/6/2024", `${TC}; ${NV}`, "2024-06-29", [TC], [NV]],
    ["Thẩm định quyết toán vốn đầu tư các dự án hoàn thành sử dụng vốn ngân sách nhà nước; năm 2024",
      `${TC}; ${HW}`, "2024-12-31", [TC], [H]],
  ]],
  ["6.", "Xây dựng và phát triển chính quyền điện tử, chính quyền số", null, null, [
    ["Nâng cấp Cổng thông tin điện tử tỉnh đáp ứng yêu cầu về hỗ trợ người khuyết tật tiếp cận; quý IV/2024",
      `${TTTT}; ${VP}`, "2024-12-31", [TTTT], [VP]],
    ["Kết nối Hệ thống quản lý văn bản và điều hành của tỉnh đến 100% xã, phường, thị trấn trong 6 tháng cuối năm " +
      "2024", `${TTTT}; ${CN}, ${HW}`, "2024-12-31", [TTTT], [CN, H]],
    ["Cập nhật, báo cáo chỉ số chuyển đổi số của cơ quan, đơn vị định kỳ hằng tháng", "Các sở, ban, ngành", null, [D],
      []],
  ]],
];
const tasks = [];
const body = [];
for (const [num, heading, groupLine, groupDue, items] of S) {
  const ref = "II." + num.replace(".", "");
  body.push({ t: "p", num, list: { kind: "decimal", inst: 2 }, text: heading, bold: true });
  if (groupLine) body.push({ t: "p", text: groupLine, italic: true });
  items.forEach(([text, bracket, due, lead, coord], i) => {
    const letter = String.fromCharCode(97 + i);
    body.push({ t: "p", num: letter + ")", list: { kind: "letter", inst: 10 + Number(num[0]) },
      text: `${text} (${bracket}).` });
    const d = due ?? groupDue;
    if (d) tasks.push(task(`${ref}.${letter}`, text, d, lead, coord, !due));
  });
}
tasks.push(task("III.1", "Tổng hợp, báo cáo kết quả thực hiện công tác cải cách hành chính năm 2024", "2024-12-09",
  [NV]));
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 214/KH-UBND", "Lai Châu, ngày 22 tháng 01 năm 2024", "KẾ HOẠCH",
    "Cải cách hành chính nhà nước tỉnh Lai Châu năm 2024"),
  { t: "p", num: "I.", list: { kind: "roman", inst: 1 }, text: "MỤC ĐÍCH, YÊU CẦU", bold: true },
  { t: "p", text: "Triển khai đồng bộ, hiệu quả các nhiệm vụ cải cách hành chính; cải thiện các chỉ số PAR INDEX, " +
    "SIPAS, PAPI, PCI của tỉnh năm 2024." },
  { t: "p", num: "II.", list: { kind: "roman", inst: 1 }, text: "NHIỆM VỤ CỤ THỂ", bold: true },
  { t: "p", text: "Cơ quan, đơn vị thực hiện ghi trong ngoặc đơn sau mỗi nhiệm vụ: cơ quan ghi trước dấu chấm phẩy " +
    "(;) là cơ quan chủ trì, các cơ quan ghi sau dấu chấm phẩy là cơ quan phối hợp.", italic: true },
  ...body,
  { t: "p", num: "III.", list: { kind: "roman", inst: 1 }, text: "TỔ CHỨC THỰC HIỆN", bold: true },
  { t: "p", num: "1.", list: { kind: "decimal", inst: 3 }, text: "Sở Nội vụ là cơ quan thường trực, theo dõi, " +
    "đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo kết quả thực hiện công tác cải cách hành chính năm 2024, " +
    "trình UBND tỉnh trước ngày 10/12/2024." },
  { t: "p", num: "2.", list: { kind: "decimal", inst: 3 }, text: "Các sở, ban, ngành, UBND các huyện, thành phố báo " +
    "cáo định kỳ hằng quý, 6 tháng, năm về Sở Nội vụ để tổng hợp." },
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành", "UBND các huyện, thành phố"],
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lê Văn Lương"),
];
const style = "Kế hoạch 214/KH-UBND Lai Châu 22/1/2024 (before the reorganisation). Sections II.1-II.6 with items " +
  "a), b), c); each item ends with its units in brackets, the plan stating that the unit before ';' leads and those " +
  "after coordinate; no ';' (II.4.b) = all lead. ref = 'II.n.x'. The time is in the item's sentence; II.3 gives " +
  "the group's time 'quý II/2024' (II.3.a, b inherited, 30/6 Sun -> 1/7; II.3.c has its own 'trước ngày " +
  "10/5/2024' -> 9/5). 'trước ngày 31/3' -> 30/3 Sat -> 1/4; 'tháng 6/2024' -> 30/6 Sun -> 1/7; 'trước ngày " +
  "01/9/2024' -> 31/8 Sat, 2-3/9 off -> 4/9; 'trước ngày 30/6' -> 29/6 Sat -> 1/7; '6 tháng cuối năm 2024' -> " +
  "31/12. II.1.c 'thường xuyên', II.6.c 'định kỳ hằng tháng' left out. III.1 (Sở Nội vụ, 'trình UBND tỉnh trước " +
  "ngày 10/12/2024') is a dated task -> 9/12. 'Trung tâm Công nghệ thông tin và Truyền thông' unresolved. PDF: " +
  "Chromium print of the HTML.";
await build(DIR, { blocks, printer: "chromium", expected: { id: ID, style, province: "Lai Châu",
  plan: { number: "214/KH-UBND", date: "2024-01-22" }, tasks, quotas: [], unresolved: [CN], successors: [] } });

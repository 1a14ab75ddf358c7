// 02: Lai Châu 2023 — a Kế hoạch whose body says who does each task but gives no dates; the deadlines sit in a
// Phụ lục at the end, one row per task keyed by its place in the plan ("II.1.b", "Điểm c khoản 4 Mục II"), the rows
// in order of deadline, not of the body. One row keys two tasks.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "02-lai-chau-2023-body-units-appendix-deadlines-by-task-number";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const VP = "Văn phòng UBND tỉnh";
const TTTT = "Sở Thông tin và Truyền thông";
const NV = "Sở Nội vụ";
const S = "@departments";
const D = "@districts";
const PV = "Trung tâm Phục vụ hành chính công tỉnh";
// body: [section no, heading, items: [letter, title, units sentence, lead[], coord[]]]
const B = [
  ["1", "Kiểm soát quy định thủ tục hành chính", [
    ["a", "Đánh giá tác động của thủ tục hành chính trong dự thảo văn bản quy phạm pháp luật", "các sở, ban, ngành " +
      "được giao chủ trì soạn thảo thực hiện; Sở Tư pháp kiểm soát nội dung này khi thẩm định", [S], []],
    ["b", "Rà soát, đánh giá quy định, thủ tục hành chính theo Kế hoạch rà soát năm 2023 của tỉnh",
      "Văn phòng UBND tỉnh chủ trì, phối hợp với các sở, ban, ngành thực hiện", [VP], [S]],
  ]],
  ["2", "Công bố, công khai thủ tục hành chính", [
    ["a", "Công bố danh mục thủ tục hành chính mới ban hành, sửa đổi, bổ sung, bãi bỏ", "các sở, ban, ngành dự " +
      "thảo, trình Chủ tịch UBND tỉnh công bố", [S], []],
    ["b", "Cập nhật, công khai thủ tục hành chính trên Cơ sở dữ liệu quốc gia về thủ tục hành chính",
      "Văn phòng UBND tỉnh thực hiện", [VP], []],
  ]],
  ["3", "Giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông", [
    ["a", "Xây dựng, phê duyệt quy trình nội bộ giải quyết thủ tục hành chính", "các sở, ban, ngành chủ trì, phối " +
      "hợp với Văn phòng UBND tỉnh thực hiện", [S], [VP]],
    ["b", "Đánh giá việc giải quyết thủ tục hành chính theo Nghị định số 107/2021/NĐ-CP", "Văn phòng UBND tỉnh " +
      "chủ trì, phối hợp với Sở Thông tin và Truyền thông thực hiện", [VP], [TTTT]],
    ["c", "Kiện toàn Bộ phận Một cửa cấp huyện, bố trí công chức tiếp nhận đủ tiêu chuẩn", "UBND các huyện, " +
      "thành phố thực hiện; Sở Nội vụ phối hợp, hướng dẫn", [D], [NV]],
  ]],
  ["4", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", [
    ["a", "Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực", "các sở, ban, ngành và UBND các huyện, " +
      "thành phố thực hiện", [S, D], []],
    ["b", "Kết nối Hệ thống thông tin giải quyết thủ tục hành chính tỉnh với Cổng Dịch vụ công quốc gia",
      "Sở Thông tin và Truyền thông chủ trì, phối hợp với Văn phòng UBND tỉnh thực hiện", [TTTT], [VP]],
    ["c", "Triển khai thanh toán trực tuyến phí, lệ phí giải quyết thủ tục hành chính", "Trung tâm Phục vụ hành " +
      "chính công tỉnh chủ trì, phối hợp với Kho bạc Nhà nước tỉnh, Sở Tài chính thực hiện", [PV],
      ["Kho bạc Nhà nước tỉnh", "Sở Tài chính"]],
  ]],
  ["5", "Thông tin, tuyên truyền", [
    ["a", "Tuyên truyền về kiểm soát thủ tục hành chính, cơ chế một cửa trên các phương tiện thông tin đại chúng",
      "Sở Thông tin và Truyền thông, Báo Lai Châu, Đài Phát thanh - Truyền hình tỉnh thực hiện", [], []],
    ["b", "Tập huấn nghiệp vụ kiểm soát thủ tục hành chính cho cán bộ đầu mối", "Văn phòng UBND tỉnh tổ chức",
      [VP], []],
    ["c", "Khảo sát mức độ hài lòng của người dân, tổ chức đối với việc giải quyết thủ tục hành chính",
      "Sở Nội vụ chủ trì, phối hợp với Bưu điện tỉnh thực hiện", [NV], ["Bưu điện tỉnh"]],
  ]],
  ["6", "Kiểm tra, báo cáo", [
    ["a", "Kiểm tra công tác kiểm soát thủ tục hành chính tại 04 sở, ngành và 03 huyện", "Văn phòng UBND tỉnh " +
      "chủ trì, phối hợp với Sở Nội vụ, Sở Tư pháp thực hiện", [VP], [NV, "Sở Tư pháp"]],
    ["b", "Báo cáo tình hình, kết quả kiểm soát thủ tục hành chính", "các sở, ban, ngành, UBND các huyện, thành " +
      "phố thực hiện, gửi Văn phòng UBND tỉnh tổng hợp", [S, D], []],
  ]],
];
// appendix rows in order of time: [key cell, refs, summary, product, time cell, due | null]
const A = [
  ["II.2.b", ["II.2.b"], "Cập nhật, công khai TTHC trên CSDL quốc gia", "TTHC được công khai", "Tháng 3/2023",
    "2023-03-31"],
  ["Điểm a và điểm c khoản 3 Mục II", ["II.3.a", "II.3.c"], "Quy trình nội bộ; kiện toàn Bộ phận Một cửa cấp huyện",
    "Quyết định phê duyệt quy trình; Quyết định kiện toàn", "Trước 15/4/2023", "2023-04-14"],
  ["II.4.b", ["II.4.b"], "Kết nối Hệ thống thông tin giải quyết TTHC với Cổng DVC quốc gia", "Hệ thống được kết nối",
    "Tháng 5/2023", "2023-05-31"],
  ["Điểm c khoản 4 Mục II", ["II.4.c"], "Thanh toán trực tuyến phí, lệ phí", "Báo cáo kết quả triển khai",
    "15/7/2023", "2023-07-15"],
  ["II.4.a", ["II.4.a"], "Số hóa kết quả giải quyết TTHC còn hiệu lực", "Dữ liệu số hóa", "Trước 01/9/2023",
    "2023-08-31"],
  ["II.5.b", ["II.5.b"], "Tập huấn nghiệp vụ kiểm soát TTHC", "Hội nghị tập huấn", "Quý III/2023", "2023-09-30"],
  ["Điểm b khoản 1 Mục II", ["II.1.b"], "Rà soát, đánh giá quy định, TTHC", "Báo cáo, phương án đơn giản hóa",
    "Trước 15/10/2023", "2023-10-14"],
  ["II.6.a", ["II.6.a"], "Kiểm tra công tác kiểm soát TTHC", "Thông báo kết luận kiểm tra",
    "Tháng 8 - tháng 10/2023", "2023-10-31"],
  ["II.6.b", ["II.6.b"], "Báo cáo kiểm soát TTHC", "Báo cáo quý, năm", "Báo cáo quý: trước ngày 15 của tháng cuối " +
    "quý; báo cáo năm: trước 15/11/2023", "2023-11-14"],
  ["II.5.c", ["II.5.c"], "Khảo sát mức độ hài lòng", "Báo cáo kết quả khảo sát", "Tháng 11/2023", "2023-11-30"],
  ["II.3.b", ["II.3.b"], "Đánh giá việc giải quyết TTHC theo Nghị định 107/2021/NĐ-CP", "Báo cáo đánh giá",
    "Quý IV/2023", "2023-12-31"],
  ["II.1.a; II.5.a", ["II.1.a", "II.5.a"], "Đánh giá tác động TTHC; tuyên truyền", "", "Thường xuyên", null],
  ["II.2.a", ["II.2.a"], "Công bố danh mục TTHC", "Quyết định công bố", "Chậm nhất 05 ngày làm việc trước ngày " +
    "văn bản quy phạm pháp luật có hiệu lực", null],
];
const dueOf = new Map();
for (const [, refs, , , , due] of A) for (const r of refs) if (due) dueOf.set(r, due);
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 412/KH-UBND", "Lai Châu, ngày 20 tháng 02 năm 2023",
    "KẾ HOẠCH", "Kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông năm 2023"),
  { t: "p", text: "MỤC ĐÍCH, YÊU CẦU", num: "I.", list: { kind: "roman", inst: 1 }, bold: true },
  { t: "p", text: "Kiểm soát chặt chẽ việc ban hành thủ tục hành chính; bảo đảm thủ tục hành chính được công khai " +
    "đầy đủ, kịp thời; nâng cao chất lượng giải quyết thủ tục hành chính cho người dân, doanh nghiệp." },
  { t: "p", text: "NHIỆM VỤ VÀ GIẢI PHÁP", num: "II.", list: { kind: "roman", inst: 1 }, bold: true },
  { t: "p", text: "(Thời hạn thực hiện từng nhiệm vụ tại Phụ lục kèm theo Kế hoạch này)", italic: true },
];
const tasks = [];
for (const [no, heading, items] of B) {
  blocks.push({ t: "p", text: heading, num: no + ".", list: { kind: "decimal", inst: 2 }, bold: true });
  items.forEach(([letter, title, units, lead, coord]) => {
    blocks.push({ t: "p", text: `${title}: ${units}.`, num: letter + ")", list: { kind: "letter", inst: 10 + +no } });
    const due = dueOf.get(`II.${no}.${letter}`);
    if (due) tasks.push(task(`II.${no}.${letter}`, title, due, lead, coord));
  });
}
blocks.push(
  { t: "p", text: "TỔ CHỨC THỰC HIỆN", num: "III.", list: { kind: "roman", inst: 1 }, bold: true },
  { t: "p", text: "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố căn cứ nhiệm vụ được giao tại " +
    "Kế hoạch này và thời hạn tại Phụ lục, chủ động triển khai thực hiện. Văn phòng UBND tỉnh theo dõi, đôn đốc, " +
    "tổng hợp, báo cáo Chủ tịch UBND tỉnh kết quả thực hiện./." },
  ...sign(["Văn phòng Chính phủ (Cục KSTTHC)", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành tỉnh",
    "UBND các huyện, thành phố"], "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hà Trọng Hải"),
  { t: "p", text: "PHỤ LỤC", bold: true, align: "center", indent: false },
  { t: "p", text: "THỜI HẠN THỰC HIỆN CÁC NHIỆM VỤ\n(Kèm theo Kế hoạch số 412/KH-UBND ngày 20/02/2023 của UBND tỉnh " +
    "Lai Châu)", italic: true, align: "center", indent: false },
  { t: "table", header: 1, widths: [600, 2200, 3000, 2200, 1900], rows: [
    ["STT", "Nhiệm vụ tại Kế hoạch", "Nội dung tóm tắt", "Sản phẩm", "Thời hạn hoàn thành"],
    ...A.map(([key, , summary, product, time], i) => [String(i + 1), key, summary, product, time]),
  ] },
);
tasks.sort((a, b) => a.ref.localeCompare(b.ref));
const style = "Kế hoạch 412/KH-UBND Lai Châu 20/02/2023 (before the reorganisation); body II.1-6 with a)-c) names " +
  "what " +
  "and who ('X chủ trì, phối hợp với Y thực hiện') but no date; the dates are in the Phụ lục table STT | Nhiệm vụ " +
  "tại Kế hoạch | Nội dung tóm tắt | Sản phẩm | Thời hạn, keyed by the body's number ('II.4.b', 'Điểm c khoản 4 " +
  "Mục II'), rows in order of deadline. ref/title/units from the body, due from the keyed row. 'Điểm a và điểm c " +
  "khoản 3' gives II.3.a and II.3.c one date (Trước 15/4 -> 14/4). 'Tháng 3/2023' -> 31/3; '15/7/2023' Sat -> 17/7; " +
  "'Trước 01/9' -> 31/8; 'Quý III' 30/9 Sat -> 2/10; 'Trước 15/10' -> 14/10 Sat -> 16/10; 'Tháng 8 - tháng 10' -> " +
  "31/10 (range end); II.6.b quarterly + 'năm: trước 15/11/2023' -> 14/11; 'Quý IV' 31/12 Sun -> 2/1/2024. II.1.a, " +
  "II.5.a (Thường xuyên), II.2.a (relative) left out. 'gửi Văn phòng UBND tỉnh', 'trình Chủ tịch' = recipients. " +
  "Trung tâm Phục vụ hành chính công tỉnh unresolved. PDF: WeasyPrint.";
await build(DIR, { blocks, printer: "weasyprint", expected: { id: ID, style, province: "Lai Châu",
  plan: { number: "412/KH-UBND", date: "2023-02-20" }, tasks, quotas: [], unresolved: [PV], successors: [] } });

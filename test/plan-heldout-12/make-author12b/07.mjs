// 07: Bắc Kạn 2024 — a Công văn whose quoted deadlines are changed by footnotes (in the body and in the appendix
// table), with footnotes that only cite documents beside them.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "07-bac-kan-2024-footnotes-change-deadlines";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ";
const VP = "Văn phòng UBND tỉnh";
const TTTT = "Sở Thông tin và Truyền thông";
const D = "@districts";
const DEP = "@departments";
const NHNN = "Ngân hàng Nhà nước chi nhánh tỉnh Bắc Kạn";
const VB = "Văn bản số 3915/UBND-NCPC ngày 22/7/2024 của UBND tỉnh";

const notes = {
  1: "Kế hoạch số 20/KH-UBND ngày 15/01/2024 của UBND tỉnh Bắc Kạn về cải cách hành chính nhà nước năm 2024.",
  2: "Báo cáo số 412/BC-UBND ngày 18/7/2024 của UBND tỉnh về kết quả công tác cải cách hành chính 6 tháng đầu năm 2024.",
  3: "Theo Công văn số 3862/BNV-CCHC ngày 24/7/2024 của Bộ Nội vụ, thời hạn gửi báo cáo tự đánh giá được điều chỉnh " +
    "thành chậm nhất ngày 10/01/2025.",
  4: `Chủ tịch UBND tỉnh đồng ý gia hạn đến ngày 31/10/2024 tại ${VB}.`,
  5: "Theo Quyết định số 1085/QĐ-TTg ngày 15/9/2022 của Thủ tướng Chính phủ ban hành Kế hoạch rà soát, đơn giản hóa " +
    "thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước giai đoạn 2022 - 2025.",
  6: `Điều chỉnh thành trước ngày 30/9/2024 (${VB}).`,
  7: `Điều chỉnh thành Quý III/2024 (${VB}).`,
  8: "Chủ tịch UBND tỉnh gia hạn đến ngày 15/10/2024 tại Thông báo số 186/TB-UBND ngày 26/7/2024.",
  9: `Điều chỉnh thành chậm nhất ngày 20/9/2024 (${VB}).`,
  10: `Điều chỉnh thành Quý IV/2024 theo đề nghị của Sở Giáo dục và Đào tạo, Sở Y tế (${VB}).`,
  11: "Rút ngắn: hoàn thành trước ngày 25/8/2024 theo yêu cầu của Bộ Nội vụ tại Công văn số 3456/BNV-CQĐP ngày " +
    "05/7/2024.",
};

const tasks = [];
const L = (text, num, inst) => ({ t: "p", text, num, list: { kind: "letter", inst } });
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 4126/UBND-NCPC", "Bắc Kạn, ngày 05 tháng 8 năm 2024", null, null,
    "V/v triển khai các nhiệm vụ trọng tâm về cải cách hành chính 6 tháng cuối năm 2024"),
  { t: "p", text: "Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- UBND các huyện, thành phố.", align: "center", indent: false },
  { t: "p", text: "Thực hiện Kế hoạch số 20/KH-UBND ngày 15/01/2024 của UBND tỉnh về cải cách hành chính năm 2024[^1]; " +
    "trên cơ sở kết quả kiểm điểm công tác cải cách hành chính 6 tháng đầu năm 2024[^2], Chủ tịch UBND tỉnh yêu " +
    "cầu các cơ quan, đơn vị triển khai ngay các nội dung sau:" },
  { t: "p", text: "Các nhiệm vụ chưa hoàn thành theo Kế hoạch số 20/KH-UBND có danh mục tại Phụ lục kèm theo Văn bản " +
    "này. Các cơ quan chủ trì khẩn trương thực hiện, bảo đảm thời hạn ghi tại cột \"Thời hạn hoàn thành\"; đối với " +
    "nhiệm vụ có chú thích điều chỉnh thời hạn thì thực hiện theo thời hạn đã được điều chỉnh.", num: "1.",
    list: { kind: "decimal", inst: 1 } },
  { t: "p", text: "Sở Nội vụ:", num: "2.", list: { kind: "decimal", inst: 1 } },
  L("Tổ chức kiểm tra công tác cải cách hành chính năm 2024 tại 05 sở, ngành và 03 huyện theo Kế hoạch kiểm tra " +
    "đã ban hành; hoàn thành trước ngày 31/10/2024.", "a)", 2),
  L("Tham mưu UBND tỉnh tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 của tỉnh, gửi Bộ Nội vụ theo " +
    "thời hạn tại Kế hoạch số 20/KH-UBND (chậm nhất ngày 31/12/2024)[^3].", "b)", 2),
  L("Hướng dẫn UBND các huyện, thành phố đánh giá, xác định Chỉ số cải cách hành chính của UBND cấp xã năm 2024, " +
    "trước ngày 15/10/2024.", "c)", 2),
  { t: "p", text: "Sở Thông tin và Truyền thông, Văn phòng UBND tỉnh:", num: "3.", list: { kind: "decimal", inst: 1 } },
  L("Sở Thông tin và Truyền thông: nâng cấp Cổng Dịch vụ công và Hệ thống thông tin một cửa điện tử của tỉnh theo " +
    "hướng dẫn của Văn phòng Chính phủ, bảo đảm kết nối, đồng bộ với Cổng Dịch vụ công quốc gia; thời hạn theo Kế " +
    "hoạch số 20/KH-UBND là trước ngày 30/9/2024[^4].", "a)", 3),
  L("Văn phòng UBND tỉnh: trình Chủ tịch UBND tỉnh công bố danh mục thủ tục hành chính nội bộ giữa các cơ quan " +
    "hành chính nhà nước trên địa bàn tỉnh[^5], chậm nhất ngày 20/9/2024.", "b)", 3),
  { t: "p", text: "UBND các huyện, thành phố:", num: "4.", list: { kind: "decimal", inst: 1 } },
  L("Kiện toàn bộ phận một cửa cấp huyện, cấp xã; bố trí công chức đủ tiêu chuẩn làm việc tại bộ phận một cửa; " +
    "hoàn thành trong tháng 9/2024.", "a)", 4),
  L("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại bộ phận một cửa cấp huyện, cấp xã, bảo đảm tỷ lệ số " +
    "hóa đạt tối thiểu 50%; báo cáo kết quả về Văn phòng UBND tỉnh trước ngày 15/11/2024.", "b)", 4),
  { t: "p", text: "Các sở, ban, ngành; UBND các huyện, thành phố báo cáo kết quả thực hiện các nội dung tại Văn bản " +
    "này về Sở Nội vụ trước ngày 20/11/2024 để tổng hợp, báo cáo Chủ tịch UBND tỉnh./." },
  ...sign(["Như trên", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "CT, PCT UBND tỉnh", "LĐVP"],
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đỗ Thị Minh Hoa"),
  { t: "section", landscape: false },
  { t: "p", text: "PHỤ LỤC", bold: true, align: "center", indent: false },
  { t: "p", text: "DANH MỤC NHIỆM VỤ CHƯA HOÀN THÀNH THEO KẾ HOẠCH SỐ 20/KH-UBND NGÀY 15/01/2024", bold: true,
    align: "center", indent: false },
  { t: "p", text: "(Kèm theo Văn bản số 4126/UBND-NCPC ngày 05/8/2024 của UBND tỉnh Bắc Kạn)", italic: true,
    align: "center", indent: false },
];
tasks.push(
  task("2.a", "Tổ chức kiểm tra công tác cải cách hành chính năm 2024 tại 05 sở, ngành và 03 huyện", "2024-10-30",
    "2024-10-30", [NV], []),
  task("2.b", "Tham mưu UBND tỉnh tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 của tỉnh",
    "2025-01-10", "2025-01-10", [NV], []),
  task("2.c", "Hướng dẫn UBND các huyện, thành phố đánh giá, xác định Chỉ số cải cách hành chính của UBND cấp xã",
    "2024-10-14", "2024-10-14", [NV], []),
  task("3.a", "Nâng cấp Cổng Dịch vụ công và Hệ thống thông tin một cửa điện tử của tỉnh", "2024-10-31", "2024-10-31",
    [TTTT], []),
  task("3.b", "Trình Chủ tịch UBND tỉnh công bố danh mục thủ tục hành chính nội bộ", "2024-09-20", "2024-09-20",
    [VP], []),
  task("4.a", "Kiện toàn bộ phận một cửa cấp huyện, cấp xã", "2024-09-30", "2024-09-30", [D], []),
  task("4.b", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại bộ phận một cửa cấp huyện, cấp xã",
    "2024-11-14", "2024-11-14", [D], []),
  task(null, "Các sở, ban, ngành; UBND các huyện, thành phố báo cáo kết quả thực hiện các nội dung tại Văn bản này",
    "2024-11-19", "2024-11-19", [DEP, D], []),
);
// [n, task, lead cell, coord cell, time cell, due, effectiveDue, lead[], coord[]]
const R = [
  [1, "Xây dựng cơ sở dữ liệu cán bộ, công chức, viên chức của tỉnh, kết nối với Cơ sở dữ liệu quốc gia",
    "Sở Nội vụ", "Sở Thông tin và Truyền thông", "Tháng 6/2024[^6]", "2024-09-29", "2024-09-30", [NV], [TTTT]],
  [2, "Rà soát, thống kê, đề xuất đơn giản hóa thủ tục hành chính nội bộ", "Văn phòng UBND tỉnh",
    "Các sở, ban, ngành", "Quý II/2024[^7]", "2024-09-30", "2024-09-30", [VP], [DEP]],
  [3, "Ban hành Quy định phân cấp quản lý tổ chức bộ máy, biên chế, cán bộ, công chức, viên chức", "Sở Nội vụ",
    "Sở Tư pháp", "Tháng 9/2024", "2024-09-30", "2024-09-30", [NV], ["Sở Tư pháp"]],
  [4, "Đưa Trung tâm Hành chính công tỉnh vào hoạt động tại trụ sở mới; bố trí đủ công chức tiếp nhận hồ sơ",
    "Văn phòng UBND tỉnh", "Sở Nội vụ; Sở Tài chính", "Tháng 7/2024", "2024-07-31", "2024-07-31", [VP],
    [NV, "Sở Tài chính"]],
  [5, "Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực thuộc lĩnh vực đất đai",
    "Sở Tài nguyên và Môi trường", "UBND các huyện, thành phố", "30/6/2024[^8]", "2024-10-15", "2024-10-15",
    ["Sở Tài nguyên và Môi trường"], [D]],
  [6, "Đánh giá chất lượng giải quyết thủ tục hành chính theo Bộ chỉ số phục vụ người dân, doanh nghiệp",
    "Văn phòng UBND tỉnh", "Sở Thông tin và Truyền thông", "Quý III/2024", "2024-09-30", "2024-09-30", [VP], [TTTT]],
  [7, "Rà soát, hoàn thiện Đề án vị trí việc làm của các đơn vị sự nghiệp công lập", "Sở Nội vụ",
    "Các sở, ban, ngành; UBND các huyện, thành phố", "Trước 31/8/2024[^9]", "2024-09-20", "2024-09-20", [NV], [DEP, D]],
  [8, "Tập huấn nghiệp vụ kiểm soát thủ tục hành chính cho công chức đầu mối cấp xã", "Văn phòng UBND tỉnh",
    "UBND các huyện, thành phố", "Tháng 10/2024", "2024-10-31", "2024-10-31", [VP], [D]],
  [9, "Kiểm tra công tác văn thư, lưu trữ tại các cơ quan, đơn vị", "Sở Nội vụ", "", "Quý IV/2024", "2024-12-31",
    "2024-12-31", [NV], []],
  [10, "Triển khai thanh toán không dùng tiền mặt đối với học phí, viện phí", "Sở Giáo dục và Đào tạo; Sở Y tế", NHNN,
    "Tháng 8/2024[^10]", "2024-12-31", "2024-12-31", ["Sở Giáo dục và Đào tạo", "Sở Y tế"], [NHNN]],
  [11, "Xây dựng Đề án sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025 của tỉnh", "Sở Nội vụ",
    "UBND các huyện: Ba Bể, Chợ Đồn, Na Rì, Ngân Sơn", "Tháng 8/2024[^11]", "2024-08-24", "2024-08-26", [NV],
    ["UBND huyện Ba Bể", "UBND huyện Chợ Đồn", "UBND huyện Na Rì", "UBND huyện Ngân Sơn"]],
  [12, "Khảo sát, đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước " +
    "năm 2024", "Sở Nội vụ", "Bưu điện tỉnh", "Tháng 11/2024", "2024-11-30", "2024-12-02", [NV], ["Bưu điện tỉnh"]],
];
const rows = [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"]];
for (const [n, what, lc, cc, time, due, eff, lead, coord] of R) {
  rows.push([{ text: String(n), align: "center" }, what, lc, cc, { text: time, align: "center" }]);
  tasks.push(task(String(n), what, due, eff, lead, coord));
}
blocks.push({ t: "table", header: 1, widths: [700, 3700, 1700, 1900, 1350], rows });

const style = "Công văn 4126/UBND-NCPC, UBND tỉnh Bắc Kạn, 05/8/2024 (before 2025), with a Phụ lục table STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn hoàn thành. PDF: LibreOffice export of plan-auto.docx. Word footnotes (page foot in PDF; '[n]' and notes at the end in plan.txt) change quoted deadlines, and item 1 says an adjusted deadline in a note wins: 2.b 31/12/2024 -> 10/01/2025; 3.a -> 31/10/2024; appendix 1 -> 'trước 30/9' = 29/9 (-> 30/9); 2 -> Quý III; 5 -> 15/10; 7 -> 20/9; 10 -> Quý IV; 11 -> 'trước 25/8' = 24/8 (-> 26/8). Notes 1, 2, 5 only cite documents. Row 4 'Tháng 7/2024', past on the letter's date, stays due. Refs: '2.a' … '4.b' (3.a/3.b name their own unit), appendix STT 1-12, the closing report paragraph null. 'UBND các huyện, thành phố' = @districts; 'UBND các huyện: Ba Bể, …' = those four; NHNN chi nhánh unresolved. 'trước ngày X' = X-1. See make-author12b/README.md.";
await build(DIR, { blocks, notes, printer: "libreoffice", expected: { id: ID, style, province: "Bắc Kạn",
  plan: { number: "4126/UBND-NCPC", date: "2024-08-05" }, tasks, quotas: [], unresolved: [NHNN], successors: [] } });

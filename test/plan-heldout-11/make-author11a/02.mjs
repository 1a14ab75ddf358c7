// 02: Lai Châu 2025 — numbered list, each task two paragraphs: what, then "Giao: X; thời hạn: …".
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "02-lai-chau-2025-two-paragraph-tasks-giao-thoi-han";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const X = "UBND cấp xã";
const NV = "Sở Nội vụ";
const TT = "Trung tâm Phục vụ hành chính công tỉnh";
const VP = "Văn phòng UBND tỉnh";
// [what, giao line, due | null, lead[], coord[]]
const T = [
  ["Xây dựng, ban hành Kế hoạch đo lường sự hài lòng của người dân, tổ chức (SIPAS) năm 2025 trên địa bàn tỉnh.",
    "Giao: Sở Nội vụ; thời hạn: trước ngày 30/9/2025.", "2025-09-30", [NV], []],
  ["Tập huấn kỹ năng giao tiếp, ứng xử cho công chức làm việc tại bộ phận một cửa các cấp.",
    "Giao: Sở Nội vụ (chủ trì), Trung tâm Phục vụ hành chính công tỉnh; thời hạn: tháng 10/2025.", "2025-10-31", [NV], [TT]],
  ["Rà soát việc niêm yết công khai thủ tục hành chính tại bộ phận một cửa cấp tỉnh và cấp xã.",
    "Giao: Văn phòng UBND tỉnh (chủ trì), UBND các xã, phường; thời hạn: trước ngày 15/10/2025.", "2025-10-15", [VP], [X]],
  ["Mở chuyên mục tuyên truyền về Chỉ số PAPI, SIPAS; đưa tin về gương cán bộ tận tụy phục vụ Nhân dân.",
    "Giao: Báo và Phát thanh, Truyền hình Lai Châu (chủ trì), Sở Văn hóa, Thể thao và Du lịch; thời hạn: từ tháng " +
    "10 đến hết tháng 12/2025.", "2025-12-31", ["Báo và Phát thanh, Truyền hình Lai Châu"],
  ["Sở Văn hóa, Thể thao và Du lịch"]],
  ["Khảo sát thử ý kiến người dân về các nội dung PAPI có điểm thấp năm 2024.",
    "Giao: Sở Nội vụ phối hợp Hội Liên hiệp Phụ nữ tỉnh, Tỉnh đoàn; thời hạn: ngày 15/11/2025.", "2025-11-15", [NV],
    ["Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn"]],
  ["Rà soát, cắt giảm thời gian giải quyết thủ tục hành chính thuộc thẩm quyền; đề xuất phương án đơn giản hóa.",
    "Giao: các sở, ban, ngành (chủ trì), Văn phòng UBND tỉnh; thời hạn: Quý IV/2025.", "2025-12-31", ["@departments"],
    [VP]],
  ["Khắc phục tồn tại tại nội dung \"Thủ tục hành chính công\" và \"Cung ứng dịch vụ công\" của PAPI.",
    "Giao: UBND các xã, phường; thời hạn: thường xuyên.", null],
  ["Triển khai hộp thư góp ý điện tử, mã QR đánh giá mức độ hài lòng tại bộ phận một cửa.",
    "Giao: Sở Khoa học và Công nghệ (chủ trì), Trung tâm Phục vụ hành chính công tỉnh; thời hạn: trước ngày 31/10/2025.",
    "2025-10-31", ["Sở Khoa học và Công nghệ"], [TT]],
  ["Công khai thông tin về ngân sách, quy hoạch, kế hoạch sử dụng đất cấp xã theo quy định.",
    "Giao: Sở Tài chính, Sở Nông nghiệp và Môi trường (theo lĩnh vực), UBND các xã, phường; thời hạn: 30/11/2025.",
    "2025-11-30", ["Sở Tài chính", "Sở Nông nghiệp và Môi trường"], [X]],
  ["Kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính tại bộ phận một cửa.",
    "Giao: Sở Nội vụ (chủ trì), Thanh tra tỉnh; thời hạn: Quý IV/2025.", "2025-12-31", [NV], ["Thanh tra tỉnh"]],
  ["Giải quyết dứt điểm đơn thư khiếu nại, tố cáo tồn đọng liên quan đến đất đai.",
    "Giao: Thanh tra tỉnh; thời hạn: trước 20/12/2025.", "2025-12-20", ["Thanh tra tỉnh"], []],
  ["Đẩy mạnh chi trả chế độ bảo hiểm xã hội, trợ cấp qua tài khoản cá nhân.",
    "Giao: Bảo hiểm xã hội tỉnh (chủ trì), Bưu điện tỉnh; thời hạn: tháng 12/2025.", "2025-12-31",
    ["Bảo hiểm xã hội tỉnh"], ["Bưu điện tỉnh"]],
  ["Tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với doanh nghiệp, hộ kinh doanh.",
    "Giao: Sở Tài chính (chủ trì), Hiệp hội Doanh nghiệp tỉnh, Văn phòng UBND tỉnh; thời hạn: trước ngày 25/12/2025.",
    "2025-12-25", ["Sở Tài chính"], ["Hiệp hội Doanh nghiệp tỉnh", VP]],
  ["Tổng hợp, báo cáo kết quả đo lường SIPAS năm 2025 và đề xuất giải pháp.",
    "Giao: Sở Nội vụ; thời hạn: trước ngày 15/01/2026.", "2026-01-15", [NV], []],
  ["Đánh giá, xếp loại chất lượng công chức bộ phận một cửa năm 2025.",
    "Giao: Sở Nội vụ; thời hạn: chậm nhất ngày 31/01/2026.", "2026-01-31", [NV], []],
  ["Xây dựng Kế hoạch nâng cao Chỉ số PAPI năm 2026.",
    "Giao: Sở Nội vụ (chủ trì), Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; thời hạn: Quý I/2026.", "2026-03-31", [NV],
    ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]],
  ["Nâng cao chất lượng khám, chữa bệnh tại trạm y tế xã; công khai giá dịch vụ.",
    "Giao: Sở Y tế; thời hạn: 6 tháng đầu năm 2026.", "2026-06-30", ["Sở Y tế"], []],
  ["Công khai các khoản thu đầu năm học tại các trường phổ thông.",
    "Giao: Sở Giáo dục và Đào tạo (chủ trì), UBND các xã, phường; thời hạn: trước ngày 05/9/2026.", "2026-09-05",
    ["Sở Giáo dục và Đào tạo"], [X]],
  ["Duy trì đường dây nóng tiếp nhận phản ánh của người dân về thái độ phục vụ.",
    "Giao: Văn phòng UBND tỉnh; thời hạn: thường xuyên, cả năm.", null],
];
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 3145/KH-UBND", "Lai Châu, ngày 16 tháng 9 năm 2025", "KẾ HOẠCH",
    "Nâng cao Chỉ số hài lòng (SIPAS) và Chỉ số PAPI tỉnh Lai Châu giai đoạn 2025 - 2026"),
  { t: "p", text: "Căn cứ kết quả Chỉ số SIPAS năm 2024 công bố ngày 18/3/2025 và Chỉ số PAPI năm 2024 công bố ngày " +
    "08/4/2025; thực hiện Công văn số 2210/BNV-CCHC ngày 30/6/2025 của Bộ Nội vụ, UBND tỉnh ban hành Kế hoạch như sau:" },
  { t: "p", text: "MỤC ĐÍCH, YÊU CẦU", num: "I.", list: { kind: "roman", inst: 1 }, bold: true },
  { t: "p", text: "Cải thiện các nội dung có điểm thấp; mỗi nhiệm vụ giao rõ cơ quan thực hiện và thời hạn. Cơ quan " +
    "ghi đầu tiên, hoặc ghi \"(chủ trì)\", là cơ quan chủ trì; các cơ quan còn lại phối hợp." },
  { t: "p", text: "NHIỆM VỤ CỤ THỂ", num: "II.", list: { kind: "roman", inst: 1 }, bold: true },
];
const tasks = [];
T.forEach(([what, giao, due, lead, coord], i) => {
  blocks.push({ t: "p", text: what, num: `${i + 1}.`, list: { kind: "decimal", inst: 2 } });
  blocks.push({ t: "p", text: giao, italic: true });
  if (due) tasks.push(task(`II.${i + 1}`, what.slice(0, 80), due, lead, coord));
});
blocks.push(
  { t: "p", text: "TỔ CHỨC THỰC HIỆN", num: "III.", list: { kind: "roman", inst: 1 }, bold: true },
  { t: "p", text: "Các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 10 tháng 12 hằng năm để tổng hợp." },
  ...sign(["Bộ Nội vụ (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh", "Các sở, ban, ngành", "UBND các xã, phường"],
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lê Văn Lương"),
);
const style = "Kế hoạch 3145/KH-UBND Lai Châu 16/9/2025 (after 1/7/2025: new departments, communes). PDF: Chromium " +
  "print of the HTML. Under II, a numbered list 1-19; each task = a paragraph of what to do, then an italic paragraph " +
  "'Giao: …; thời hạn: …'. ref = II.n; title = first paragraph. Lead = first unit or the one marked '(chủ trì)'; the " +
  "rest coordinators; '… phối hợp X, Y' = coordinators; II.9 'Sở Tài chính, Sở Nông nghiệp và Môi trường (theo lĩnh " +
  "vực)' = two leads. 'các sở, ban, ngành' = @departments; 'UBND các xã, phường' = UBND cấp xã. 'tháng 10/2025' -> " +
  "31/10; 'từ tháng 10 đến hết tháng 12/2025' -> 31/12; Quý IV/2025 -> 31/12; Quý I/2026 -> 31/3; '6 tháng đầu năm " +
  "2026' -> 30/6. II.7 and II.19 'thường xuyên' undated, left out; III 'trước ngày 10 tháng 12 hằng năm' recurring, " +
  "left out. Weekends: 15/11 Sat -> 17/11, 30/11 Sun -> 1/12, 20/12 Sat -> 22/12, 31/01/2026 Sat -> 2/2, 05/9/2026 " +
  "Sat -> 7/9. Cited dates 18/3, 08/4, 30/6/2025 are no deadlines.";
await build(DIR, { blocks, printer: "chromium", expected: { id: ID, style, province: "Lai Châu",
  plan: { number: "3145/KH-UBND", date: "2025-09-16" }, tasks, quotas: [], unresolved: [], successors: [] } });

// 06: Lai Châu, UBND tỉnh, Kế hoạch 238/KH-UBND ngày 20/11/2025 (after the reorganisation: merged departments,
// communes, no districts), cải cách hành chính năm 2026 (starting with the last weeks of 2025). Habit: TASKS
// NUMBERED 1.1, 1.2, 2.1 … under bold numbered headings (Word: one two-level list, "%1." and "%1.%2."), each task
// closed by "(Cơ quan thực hiện: …; thời hạn: …)" or by its own line "Cơ quan chủ trì: …; phối hợp: …; thời hạn: …";
// some units still under their old names, copied from last year's plan (successors).
import { addKind, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, H, buildTwo } from "./common.mjs";

const ID = "06-lai-chau-2025-tasks-numbered-1-1-under-bold-headings-unit-and-deadline-in-brackets";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", TP = "Sở Tư pháp", TC = "Sở Tài chính", KC = "Sở Khoa học và Công nghệ";
const NM = "Sở Nông nghiệp và Môi trường", DT = "Sở Dân tộc và Tôn giáo", VP = "Văn phòng UBND tỉnh";
const BD = "Bưu điện tỉnh", PT = "Báo và Phát thanh, Truyền hình Lai Châu", XA = "UBND các xã, phường";
const TTPV = "Trung tâm Phục vụ hành chính công tỉnh";
const OLD = { tn: "Sở Tài nguyên và Môi trường", ld: "Sở Lao động - Thương binh và Xã hội",
  kh: "Sở Kế hoạch và Đầu tư", tt: "Sở Thông tin và Truyền thông", bao: "Báo Lai Châu",
  dai: "Đài Phát thanh - Truyền hình tỉnh", dt: "Ban Dân tộc tỉnh" };

addKind("two-level", { levels: [["decimal", "%1."], ["decimal", "%1.%2."]] });
const R = (num, text) => H(num, text, { list: { kind: "roman", inst: "sec" } });
const G = (n, text) => H(`${n}.`, text, { list: { kind: "two-level", inst: "t" } });
const T = (num, text) => P(text, { num, list: { kind: "two-level", inst: "t", lvl: 1 } });
const L = (text) => P(text, { italic: true });

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 238/KH-UBND", "Lai Châu, ngày 20 tháng 11 năm 2025", "KẾ HOẠCH",
    "Cải cách hành chính nhà nước tỉnh Lai Châu năm 2026"),
  P("Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành " +
    "chính nhà nước giai đoạn 2021 - 2030; Kế hoạch số 1285/KH-UBND ngày 30/9/2021 của UBND tỉnh thực hiện Chương " +
    "trình cải cách hành chính nhà nước tỉnh Lai Châu giai đoạn 2021 - 2030; căn cứ kết quả Chỉ số CCHC, Chỉ số " +
    "SIPAS năm 2024 của tỉnh và tình hình vận hành chính quyền địa phương hai cấp từ ngày 01/7/2025, UBND tỉnh ban " +
    "hành Kế hoạch cải cách hành chính nhà nước năm 2026 như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU, CHỈ TIÊU"),
  P("1. Tiếp tục thực hiện đồng bộ, hiệu quả 06 nội dung cải cách hành chính; lấy sự hài lòng của người dân, doanh " +
    "nghiệp làm thước đo chất lượng phục vụ của cơ quan hành chính các cấp."),
  P("2. Phấn đấu năm 2026: Chỉ số CCHC của tỉnh tăng ít nhất 03 bậc; 100% hồ sơ thủ tục hành chính được số hóa " +
    "khi tiếp nhận; tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 60%."),
  R("II.", "NHIỆM VỤ, GIẢI PHÁP VÀ PHÂN CÔNG THỰC HIỆN"),
  G(1, "Công tác chỉ đạo, điều hành"),
  T("1.1.", "Ban hành Kế hoạch cải cách hành chính năm 2026 của cơ quan, đơn vị, xác định rõ nhiệm vụ trọng tâm " +
    "gắn với các tiêu chí, tiêu chí thành phần bị mất điểm năm 2024 (Cơ quan thực hiện: các sở, ban, ngành tỉnh; " +
    `${XA}; thời hạn: trước ngày 31/12/2025).`),
  T("1.2.", "Tổ chức Hội nghị triển khai nhiệm vụ cải cách hành chính năm 2026 và công bố kết quả Chỉ số CCHC " +
    `năm 2025 của các cơ quan, đơn vị (Cơ quan thực hiện: ${NV}; thời hạn: tháng 01/2026).`),
  G(2, "Cải cách thể chế"),
  T("2.1.", "Rà soát, đề xuất sửa đổi, bổ sung, thay thế, bãi bỏ văn bản quy phạm pháp luật của HĐND, UBND tỉnh " +
    "không còn phù hợp sau sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp (Cơ quan thực hiện: " +
    `${TP} chủ trì, các sở, ban, ngành phối hợp; thời hạn: quý I/2026).`),
  G(3, "Cải cách thủ tục hành chính"),
  T("3.1.", "Rà soát, cắt giảm ít nhất 20% thời gian giải quyết thủ tục hành chính lĩnh vực đất đai, môi trường " +
    "thuộc thẩm quyền giải quyết của tỉnh và cấp xã."),
  L(`Cơ quan chủ trì: ${OLD.tn}; phối hợp: ${VP}; thời hạn: 15/3/2026.`),
  T("3.2.", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính khi tiếp nhận, bảo đảm tỷ lệ số hóa đạt 100% " +
    `(Cơ quan thực hiện: ${XA}, ${TTPV}; thời hạn: 6 tháng đầu năm 2026).`),
  G(4, "Cải cách tổ chức bộ máy hành chính nhà nước"),
  T("4.1.", "Rà soát, hoàn thiện quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của các cơ quan chuyên " +
    "môn thuộc UBND tỉnh sau sắp xếp, khắc phục chồng chéo, trùng lặp nhiệm vụ (Cơ quan thực hiện: Sở Nội vụ chủ " +
    "trì, các sở, ban, ngành phối hợp; thời hạn: trước ngày 15/01/2026)."),
  T("4.2.", "Hướng dẫn thực hiện chính sách ưu đãi người có công với cách mạng ở cấp xã sau sắp xếp, bảo đảm không " +
    `gián đoạn việc chi trả trợ cấp (Cơ quan thực hiện: ${OLD.ld}; thời hạn: tháng 12/2025).`),
  G(5, "Cải cách chế độ công vụ"),
  T("5.1.", "Xây dựng, trình phê duyệt vị trí việc làm, cơ cấu ngạch công chức của các xã, phường; bố trí công " +
    "chức cấp xã đúng chuyên môn, nghiệp vụ."),
  L(`Cơ quan thực hiện: ${NV}, ${XA}; thời hạn: quý II/2026.`),
  G(6, "Cải cách tài chính công"),
  T("6.1.", "Tham mưu giao kế hoạch vốn đầu tư công năm 2026 cho các xã, phường, ưu tiên các dự án hạ tầng phục " +
    `vụ Bộ phận Một cửa cấp xã (Cơ quan thực hiện: ${OLD.kh}; thời hạn: trước ngày 25/12/2025).`),
  G(7, "Xây dựng và phát triển chính quyền điện tử, chính quyền số"),
  T("7.1.", "Cấp chứng thư số, triển khai nền tảng ký số từ xa cho cán bộ, công chức cấp xã còn thiếu; hướng dẫn " +
    `sử dụng (Cơ quan thực hiện: ${OLD.tt}; phối hợp: ${BD}; thời hạn: quý I/2026).`),
  T("7.2.", "Bảo đảm 100% văn bản trao đổi giữa các cơ quan hành chính nhà nước dưới dạng điện tử, trừ văn bản " +
    "mật (Cơ quan thực hiện: các sở, ban, ngành tỉnh; UBND các xã, phường; thời hạn: thường xuyên)."),
  G(8, "Thông tin, tuyên truyền cải cách hành chính"),
  T("8.1.", "Mở chuyên mục tuyên truyền về cải cách hành chính, dịch vụ công trực tuyến và hoạt động của chính " +
    "quyền địa phương hai cấp."),
  L(`Cơ quan thực hiện: ${OLD.bao}, ${OLD.dai}; thời hạn: từ tháng 12/2025 đến tháng 6/2026.`),
  T("8.2.", "Tuyên truyền, hướng dẫn đồng bào dân tộc thiểu số sử dụng dịch vụ công trực tuyến bằng tiếng dân tộc " +
    `tại các thôn, bản (Cơ quan thực hiện: ${OLD.dt}; phối hợp: ${XA}; thời hạn: tháng 5/2026).`),
  G(9, "Kiểm tra, đánh giá, xác định Chỉ số"),
  T("9.1.", "Tự đánh giá, chấm điểm Chỉ số CCHC năm 2025 kèm tài liệu kiểm chứng, gửi hồ sơ về Sở Nội vụ (Cơ " +
    `quan thực hiện: các sở, ban, ngành tỉnh; ${XA}; thời hạn: chậm nhất ngày 10/12/2025).`),
  T("9.2.", "Tổ chức điều tra xã hội học, khảo sát mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của " +
    `cơ quan hành chính nhà nước (SIPAS) năm 2026 (Cơ quan thực hiện: ${NV}; phối hợp: ${BD}, ${XA}; thời hạn: ` +
    "từ tháng 9 đến tháng 10/2026)."),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  P("1. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các xã, phường chịu trách nhiệm trước Chủ tịch UBND tỉnh " +
    "về kết quả cải cách hành chính của cơ quan, đơn vị; báo cáo định kỳ quý, 6 tháng, năm theo quy định."),
  P("2. Tên cơ quan chuyên môn nêu tại Kế hoạch này được hiểu là cơ quan tiếp nhận chức năng, nhiệm vụ sau sắp xếp " +
    "theo quy định của UBND tỉnh."),
  P("3. Sở Nội vụ theo dõi, đôn đốc, hướng dẫn việc thực hiện; tổng hợp, báo cáo UBND tỉnh, Bộ Nội vụ theo quy " +
    "định./."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành tỉnh",
    "UBND các xã, phường", "Lãnh đạo VP, CV các phòng"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Hà Văn Thái"),
];

const tasks = [
  task("II.1.1", "Ban hành Kế hoạch cải cách hành chính năm 2026 của cơ quan, đơn vị", "2025-12-30",
    ["@departments", XA]),
  task("II.1.2", "Tổ chức Hội nghị triển khai nhiệm vụ cải cách hành chính năm 2026", "2026-01-31", [NV]),
  task("II.2.1", "Rà soát, đề xuất sửa đổi, bổ sung, thay thế, bãi bỏ văn bản quy phạm pháp luật", "2026-03-31", [TP],
    ["@departments"]),
  task("II.3.1", "Rà soát, cắt giảm ít nhất 20% thời gian giải quyết thủ tục hành chính", "2026-03-15", [NM], [VP]),
  task("II.3.2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính khi tiếp nhận", "2026-06-30", [XA, TTPV]),
  task("II.4.1", "Rà soát, hoàn thiện quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức", "2026-01-14", [NV],
    ["@departments"]),
  task("II.4.2", "Hướng dẫn thực hiện chính sách ưu đãi người có công với cách mạng", "2025-12-31", [NV]),
  task("II.5.1", "Xây dựng, trình phê duyệt vị trí việc làm, cơ cấu ngạch công chức", "2026-06-30", [NV, XA]),
  task("II.6.1", "Tham mưu giao kế hoạch vốn đầu tư công năm 2026 cho các xã, phường", "2025-12-24", [TC]),
  task("II.7.1", "Cấp chứng thư số, triển khai nền tảng ký số từ xa", "2026-03-31", [KC], [BD]),
  task("II.8.1", "Mở chuyên mục tuyên truyền về cải cách hành chính", "2026-06-30", [PT]),
  task("II.8.2", "Tuyên truyền, hướng dẫn đồng bào dân tộc thiểu số sử dụng dịch vụ công trực tuyến", "2026-05-31",
    [DT], [XA]),
  task("II.9.1", "Tự đánh giá, chấm điểm Chỉ số CCHC năm 2025", "2025-12-10", ["@departments", XA]),
  task("II.9.2", "Tổ chức điều tra xã hội học, khảo sát mức độ hài lòng", "2026-10-31", [NV], [BD, XA]),
];

const DATES = "1.1 'trước ngày 31/12/2025' 30/12, leads @departments and the communes; 1.2 'tháng 01/2026' 31/01 " +
  "Sat -> 02/02; 2.1 'quý I/2026' 31/3, 'Sở Tư pháp chủ trì, các sở, ban, ngành phối hợp'; 3.1 own line 'Cơ quan " +
  "chủ trì: Sở Tài nguyên và Môi trường' (old name) -> Sở Nông nghiệp và Môi trường, VP coordinates, 'thời hạn: " +
  "15/3/2026' Sun -> 16/3; 3.2 '6 tháng đầu năm 2026' 30/6, leads the communes and Trung tâm Phục vụ hành chính " +
  "công tỉnh (unresolved); 4.1 'trước ngày 15/01/2026' 14/01; 4.2 'Sở Lao động - Thương binh và Xã hội' (người có " +
  "công went to Nội vụ) -> Sở Nội vụ, 'tháng 12/2025' 31/12; 5.1 own line, two leads Sở Nội vụ and the communes, " +
  "'quý II/2026' 30/6; 6.1 'Sở Kế hoạch và Đầu tư' -> Sở Tài chính, 'trước ngày 25/12/2025' 24/12; 7.1 'Sở Thông " +
  "tin và Truyền thông' -> Sở Khoa học và Công nghệ, Bưu điện tỉnh coordinates, 'quý I/2026' 31/3; 7.2 'thường " +
  "xuyên' no task; 8.1 own line 'Báo Lai Châu, Đài Phát thanh - Truyền hình tỉnh' -> both Báo và Phát thanh, " +
  "Truyền hình Lai Châu (one lead), 'từ tháng 12/2025 đến tháng 6/2026' 30/6; 8.2 'Ban Dân tộc tỉnh' -> Sở Dân tộc " +
  "và Tôn giáo, communes coordinate, 'tháng 5/2026' 31/5 Sun -> 01/6; 9.1 'chậm nhất ngày 10/12/2025' 10/12 (Sở Nội " +
  "vụ a recipient); 9.2 'từ tháng 9 đến tháng 10/2026' 31/10 Sat -> 02/11, Bưu điện tỉnh and the communes coordinate.";

await buildTwo(DIR, {
  typed: blocks, printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 238/KH-UBND of UBND tỉnh Lai Châu, 20/11/2025, after the reorganisation (merged departments, " +
      "communes, no districts). HABIT: TASKS NUMBERED 1.1, 1.2, 2.1 … under bold numbered headings (1. Công tác chỉ " +
      "đạo …) in section II (Word: one two-level automatic list), each task closed by '(Cơ quan thực hiện: …; thời " +
      "hạn: …)' or by its own italic line 'Cơ quan chủ trì/thực hiện: …; phối hợp: …; thời hạn: …'; old department " +
      "names copied from last year's plan are read as their successors (III.2 of the plan says so). Refs II.n.m: " +
      DATES + " 'UBND các xã, phường' = the communes group. plan.pdf LibreOffice's print of plan-auto.docx.",
    province: "Lai Châu",
    plan: { number: "238/KH-UBND", date: "2025-11-20" },
    tasks, unresolved: [XA, TTPV],
    successors: [
      { written: OLD.tn, unit: NM }, { written: OLD.ld, unit: NV }, { written: OLD.kh, unit: TC },
      { written: OLD.tt, unit: KC }, { written: OLD.bao, unit: PT }, { written: OLD.dai, unit: PT },
      { written: OLD.dt, unit: DT },
    ],
  },
});

// 04: Thái Nguyên (after the reorganisation), UBND phường Gia Sàng, 08/9/2025 — land-data cleaning campaign. II is
// one table STT | Nội dung nhiệm vụ | Chủ trì | Phối hợp | Thời hạn (năm 2025) | Ghi chú whose header cells
// "Chủ trì", "Phối hợp", "Thời hạn (năm 2025)" are set in vertical text (w:textDirection btLr in a tall header
// row; HTML writing-mode). Time cells "30/9", "Trước 15/10", "Tháng 11" take the year from the header. Group rows
// A.-C. across the row; STT 1-13 run on. Ghi chú mostly "Kết quả gửi UBND phường" (a recipient). III prose, one
// dated point. plan.pdf: LibreOffice export of plan-auto.docx.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "04-thai-nguyen-2025-ward-land-data-vertical-header-cells-year-in-header-ghi-chu-recipient";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const KT = "Phòng Kinh tế, Hạ tầng và Đô thị";
const VH = "Phòng Văn hóa - Xã hội";
const VP = "Văn phòng HĐND và UBND phường";
const HCC = "Trung tâm Phục vụ hành chính công phường";
const CAP = "Công an phường";
const TDP = "Tổ trưởng các tổ dân phố";
const CN = "Chi nhánh Văn phòng Đăng ký đất đai khu vực I";
const VPDK = "Văn phòng Đăng ký đất đai tỉnh";
const GUI = "Kết quả gửi UBND phường";

// group: [letter, text]; task: [stt, text, lead[], co[], time, note, due | null]
const ROWS = [
  ["A", "CÔNG TÁC CHUẨN BỊ"],
  [1, "Thành lập Tổ công tác triển khai Chiến dịch làm giàu, làm sạch dữ liệu đất đai của phường", [VP], [KT],
    "12/9", "Trình Chủ tịch UBND phường ký ban hành", "2025-09-12"],
  [2, "Tổ chức hội nghị quán triệt, tập huấn nghiệp vụ cho tổ trưởng tổ dân phố và cán bộ tham gia Chiến dịch",
    [KT], [VP, CAP], "19/9", "", "2025-09-19"],
  [3, "Tuyên truyền mục đích, ý nghĩa của Chiến dịch trên hệ thống truyền thanh, trang thông tin điện tử phường",
    [VH], [TDP], "Thường xuyên", "", null],
  ["B", "TRIỂN KHAI THỰC HIỆN"],
  [4, "Rà soát, đối chiếu dữ liệu đất đai với Cơ sở dữ liệu quốc gia về dân cư (số định danh cá nhân của người " +
    "sử dụng đất)", [KT], [CAP], "30/9", GUI, "2025-09-30"],
  [5, "Thu thập thông tin, bản sao giấy chứng nhận, thẻ căn cước của người sử dụng đất tại các tổ dân phố", [TDP],
    [CAP, KT], "Trước 15/10", GUI + " (qua Phòng Kinh tế, Hạ tầng và Đô thị)", "2025-10-14"],
  [6, "Kiểm tra, xác minh các trường hợp sai lệch thông tin giữa hồ sơ địa chính và dữ liệu dân cư", [KT],
    [CAP, TDP], "15/10", GUI, "2025-10-15"],
  [7, "Cập nhật, chỉnh lý thông tin đã được xác minh vào cơ sở dữ liệu đất đai", [CN], [KT], "31/10", "",
    "2025-10-31"],
  [8, "Đề xuất phương án xử lý các thửa đất chưa xác định được người sử dụng đất", [KT], [VP], "Trước 01/11", GUI,
    "2025-10-31"],
  [9, "Tiếp nhận, giải quyết hồ sơ đăng ký biến động đất đai phát sinh trong thời gian Chiến dịch", [HCC], [CN],
    "Tháng 11", "", "2025-11-30"],
  [10, "Số hóa hồ sơ địa chính đang lưu trữ tại phường", [VP], [KT], "Quý IV", "", "2025-12-31"],
  ["C", "KIỂM TRA, SƠ KẾT, TỔNG KẾT"],
  [11, "Báo cáo sơ kết 45 ngày thực hiện Chiến dịch", [KT], [VP], "18/10", "Báo cáo gửi Sở Nông nghiệp và Môi " +
    "trường, UBND phường", "2025-10-18"],
  [12, "Kiểm tra, nghiệm thu kết quả làm sạch dữ liệu trên địa bàn phường", [KT], [VPDK, CN], "20/11", "",
    "2025-11-20"],
  [13, "Tổng kết Chiến dịch; đề xuất khen thưởng tập thể, cá nhân có thành tích", [VP], [KT, VH], "10/12", GUI,
    "2025-12-10"],
];
const tasks = ROWS.filter((x) => x.length > 2 && x[6]).map(([stt, text, lead, co, , , due]) =>
  task(String(stt), text, due, lead, co));
tasks.push(task("III.3", "Cung cấp danh sách người sử dụng đất đã có số định danh cá nhân cho Phòng Kinh tế, Hạ " +
  "tầng và Đô thị", "2025-09-19", [CAP]));

const W = [700, 3220, 1580, 1600, 1050, 1380];
const rows = ROWS.map((x) => (x.length === 2 ? [{ text: x[0] + ". " + x[1], span: 6, bold: true }] :
  [{ text: String(x[0]), align: "center", list: { kind: "cell", inst: "stt" } }, x[1], x[2].join("; "),
    x[3].join("; "), { text: x[4], align: "center" }, { text: x[5], italic: true }]));
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nPHƯỜNG GIA SÀNG", "Số: 146/KH-UBND", "Gia Sàng, ngày 08 tháng 9 năm 2025",
    "KẾ HOẠCH", "Triển khai Chiến dịch làm giàu, làm sạch cơ sở dữ liệu đất đai trên địa bàn phường Gia Sàng"),
  { t: "p", text: "Thực hiện Kế hoạch số 118/KH-UBND ngày 29/8/2025 của UBND tỉnh Thái Nguyên về triển khai Chiến " +
    "dịch làm giàu, làm sạch cơ sở dữ liệu đất đai; UBND phường Gia Sàng ban hành Kế hoạch triển khai trên địa " +
    "bàn phường như sau:" },
  { t: "p", text: "I. MỤC ĐÍCH, YÊU CẦU", bold: true, indent: false },
  { t: "p", text: "1. Bảo đảm dữ liệu đất đai của phường \"đúng, đủ, sạch, sống\", thống nhất với Cơ sở dữ liệu " +
    "quốc gia về dân cư, phục vụ giải quyết thủ tục hành chính trên môi trường điện tử." },
  { t: "p", text: "2. Phân công cụ thể cơ quan chủ trì, phối hợp và thời hạn; kết quả từng nhiệm vụ được gửi " +
    "UBND phường để theo dõi, đôn đốc." },
  { t: "p", text: "II. NHIỆM VỤ CỤ THỂ", bold: true, indent: false },
  { t: "table", widths: W, header: 1, headerHeight: 1500, rows: [
    ["STT", "Nội dung nhiệm vụ", { text: "Chủ trì", rotate: true, align: "center" },
      { text: "Phối hợp", rotate: true, align: "center" }, { text: "Thời hạn\n(năm 2025)", rotate: true,
        align: "center" }, "Ghi chú"],
    ...rows,
  ] },
  { t: "p", text: "III. TỔ CHỨC THỰC HIỆN", bold: true, indent: false },
  { t: "p", text: "1. Phòng Kinh tế, Hạ tầng và Đô thị là cơ quan thường trực, giúp UBND phường theo dõi, đôn đốc " +
    "các đơn vị thực hiện Kế hoạch; kịp thời báo cáo Chủ tịch UBND phường những khó khăn, vướng mắc." },
  { t: "p", text: "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội phối hợp " +
    "tuyên truyền, vận động Nhân dân cung cấp thông tin, giấy tờ về đất đai." },
  { t: "p", text: "3. Công an phường cung cấp danh sách người sử dụng đất đã có số định danh cá nhân cho Phòng " +
    "Kinh tế, Hạ tầng và Đô thị trước ngày 20/9/2025 để đối chiếu." },
  ...sign(["UBND tỉnh (b/c)", "Sở Nông nghiệp và Môi trường (b/c)", "TT Đảng ủy, TT HĐND phường",
    "Chủ tịch, các PCT UBND phường", "Các phòng, đơn vị thuộc UBND phường", "Công an phường", "Các tổ dân phố"],
  "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Đặng Quốc Hưng"),
];

await build(DIR, {
  blocks, printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 146/KH-UBND of UBND phường Gia Sàng (Thái Nguyên after the reorganisation), 08/9/2025, " +
      "land-data cleaning campaign. II one table STT | Nội dung nhiệm vụ | Chủ trì | Phối hợp | Thời hạn (năm " +
      "2025) | Ghi chú; the Chủ trì, Phối hợp and Thời hạn header cells are vertical text (w:textDirection btLr, " +
      "tall header row). Time cells carry no year: the header says 'năm 2025'. Group rows A.-C. across the row (no " +
      "deadline); STT 1-13 run on, ref = STT (the plan's one task table). Ghi chú 'Kết quả gửi UBND phường (qua " +
      "Phòng …)', 'Trình Chủ tịch UBND phường …', 'Báo cáo gửi Sở Nông nghiệp và Môi trường, UBND phường' are " +
      "recipients, never units of the task. Dates: '12/9'; '19/9'; '30/9'; 'Trước 15/10' -> 14/10; '15/10'; " +
      "'31/10'; 'Trước 01/11' -> 31/10; 'Tháng 11' -> 30/11 Sun -> 1/12; 'Quý IV' -> 31/12; '18/10' Sat -> " +
      "20/10; '20/11'; '10/12'. Row 3 'Thường xuyên': left out. III.3 'trước ngày 20/9/2025' -> 19/9 (Công an " +
      "phường leads; 'cho Phòng Kinh tế …' a recipient). III.1, III.2 undated. The ward's own offices, Công an " +
      "phường, the tổ trưởng, the land-registration office and its branch are unresolved as written. PDF: " +
      "LibreOffice export of plan-auto.docx.",
    province: "Thái Nguyên",
    plan: { number: "146/KH-UBND", date: "2025-09-08" },
    tasks,
    unresolved: [KT, VH, VP, HCC, CAP, TDP, CN, VPDK],
    successors: [],
  },
});

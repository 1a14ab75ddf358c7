// 05: Lai Châu, UBND tỉnh, Kế hoạch 214/KH-UBND ngày 05/9/2025 (after the reorganisation: merged departments,
// communes, no districts), cải cách TTHC, chuyển đổi số và công vụ những tháng cuối năm 2025. Habit: a short body
// in portrait (purpose, "nhiệm vụ tại Phụ lục", two dated closing paragraphs) and a LANDSCAPE APPENDIX table
// STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian bắt đầu | Thời gian hoàn thành | Sản phẩm,
// group rows by area (I-IV spanning the row), STT running 1-14 through the groups; the due is the end column.
// plan.txt and plan-typed.docx repeat equal lead and start cells; plan-auto.docx merges them vertically and numbers
// STT and the group rows with Word lists in the cells.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, H, item, buildDoc, runs } from "./common.mjs";

const ID = "05-lai-chau-2025-landscape-appendix-start-and-end-columns-product-group-rows-merged";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TP = "Sở Tư pháp", KC = "Sở Khoa học và Công nghệ";
const TC = "Sở Tài chính", TTr = "Thanh tra tỉnh", BD = "Bưu điện tỉnh", XA = "UBND các xã, phường";
const BAO = "Báo và Phát thanh, Truyền hình Lai Châu", VH = "Sở Văn hóa, Thể thao và Du lịch";

const R = (num, text) => H(num, text, { list: { kind: "roman", inst: "sec" } });
const one = item("decimal", "p1");
const three = item("decimal", "p3");
const dash = (text) => P(text, { num: "-", list: { kind: "dash", inst: "d" } });

// Group rows [roman, title]; task rows [content, lead cell, partner cell, start, end, product].
const ROWS = [
  ["I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"],
  ["Rà soát, thống kê thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước thuộc phạm vi quản lý; đề " +
    "xuất phương án đơn giản hóa", "Các sở, ban, ngành tỉnh", VP, "Tháng 9/2025", "15/10/2025",
  "Báo cáo rà soát kèm phương án đơn giản hóa"],
  ["Tổng hợp phương án đơn giản hóa thủ tục hành chính nội bộ, trình Chủ tịch UBND tỉnh phê duyệt", VP, TP,
    "Tháng 10/2025", "Tháng 11/2025", "Quyết định phê duyệt của Chủ tịch UBND tỉnh"],
  ["Công bố danh mục thủ tục hành chính được chuẩn hóa sau khi sắp xếp, hợp nhất các cơ quan chuyên môn", VP,
    "Các sở, ban, ngành tỉnh", "15/9/2025", "Trước 30/9/2025", "Quyết định công bố"],
  ["Cập nhật, đồng bộ quy trình nội bộ giải quyết thủ tục hành chính trên Hệ thống thông tin giải quyết thủ tục " +
    "hành chính của tỉnh", KC, "Văn phòng UBND tỉnh; các sở, ban, ngành tỉnh", "01/10/2025", "31/10/2025",
  "Quy trình điện tử được cấu hình trên Hệ thống"],
  ["II", "CHUYỂN ĐỔI SỐ TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"],
  ["Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực đang lưu giữ tại Bộ phận Một cửa cấp xã", XA,
    KC, "Tháng 9/2025", "Quý IV/2025", "Dữ liệu số hóa được kết nối, tái sử dụng"],
  ["Tập huấn kỹ năng khai thác, sử dụng dịch vụ công trực tuyến cho công chức Bộ phận Một cửa cấp xã", KC,
    "Sở Nội vụ; Bưu điện tỉnh", "Tháng 9/2025", "10/10/2025", "Các lớp tập huấn (trực tiếp và trực tuyến)"],
  ["Triển khai thanh toán trực tuyến phí, lệ phí khi giải quyết thủ tục hành chính trên Cổng Dịch vụ công", TC,
    "Thuế tỉnh Lai Châu; UBND các xã, phường", "Tháng 10/2025", "Tháng 12/2025", "Tỷ lệ thanh toán trực tuyến tăng"],
  ["Hỗ trợ người dân, tổ chức nộp hồ sơ trực tuyến; bố trí nhân viên hướng dẫn tại Bộ phận Một cửa", BD, XA,
    "Thường xuyên", "Thường xuyên", "Người dân được hướng dẫn tận nơi"],
  ["III", "TỔ CHỨC BỘ MÁY, CÔNG VỤ"],
  ["Hoàn thiện quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của các cơ quan chuyên môn sau hợp nhất",
    NV, "Các sở, ban, ngành tỉnh", "Tháng 9/2025", "30/9/2025", "Quyết định của UBND tỉnh"],
  ["Xây dựng, trình phê duyệt Đề án vị trí việc làm của UBND xã, phường", XA, NV, "Tháng 10/2025", "20/11/2025",
    "Đề án vị trí việc làm"],
  ["Kiểm tra công vụ đột xuất tại một số xã, phường có nhiều phản ánh về giải quyết thủ tục hành chính", NV,
    "Thanh tra tỉnh; Văn phòng UBND tỉnh", "Tháng 11/2025", "15/12/2025", "Thông báo kết luận kiểm tra"],
  ["Sơ kết việc vận hành chính quyền địa phương hai cấp trên địa bàn tỉnh", NV,
    "Các sở, ban, ngành tỉnh; UBND các xã, phường", "Tháng 12/2025", "Trước 25/12/2025", "Báo cáo sơ kết"],
  ["IV", "THÔNG TIN, TUYÊN TRUYỀN VÀ ĐÁNH GIÁ SỰ HÀI LÒNG"],
  ["Mở chuyên mục tuyên truyền kết quả cải cách hành chính, gương cán bộ tận tụy phục vụ Nhân dân", BAO, VH,
    "Tháng 9/2025", "Quý IV/2025", "Tin, bài, phóng sự"],
  ["Khảo sát mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính bằng phiếu điện tử",
    NV, "UBND các xã, phường; Bưu điện tỉnh", "Tháng 11/2025", "Tháng 11/2025", "Báo cáo kết quả khảo sát"],
];

function appendix(merged) {
  // merged over runs inside one group only (a group row ends every run)
  let g = 0;
  const keyed = ROWS.map((r) => (r.length === 2 ? (g++, null) : r.map((v) => `${g}|${v}`))).filter(Boolean);
  const plain = (c) => (typeof c === "string" ? c.replace(/^\d+\|/, "") : { ...c, text: c.text.replace(/^\d+\|/, "") });
  const leads = runs(keyed.map((r) => r[1]), merged).map(plain);
  const starts = runs(keyed.map((r) => r[3]), merged).map(plain);
  const rows = [["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian bắt đầu",
    "Thời gian hoàn thành", "Sản phẩm"]];
  let n = 0;
  for (const r of ROWS) {
    if (r.length === 2) {
      rows.push([{ text: r[0], bold: true, align: "center", list: { kind: "rcell", inst: "grp" } },
        { text: r[1], bold: true, span: 6 }]);
      continue;
    }
    const i = n++;
    rows.push([{ text: String(n), align: "center", list: { kind: "cell", inst: "stt" } }, r[0], leads[i], r[2],
      starts[i], r[4], r[5]]);
  }
  return { t: "table", widths: [700, 4100, 1900, 2300, 1500, 1400, 2600], header: 1, rows };
}

const blocks = (merged) => [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 214/KH-UBND", "Lai Châu, ngày 05 tháng 9 năm 2025", "KẾ HOẠCH",
    "Đẩy mạnh cải cách thủ tục hành chính, chuyển đổi số và nâng cao chất lượng công vụ những tháng cuối năm " +
    "2025 trên địa bàn tỉnh Lai Châu"),
  P("Thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 và các văn bản chỉ đạo " +
    "của Chính phủ về vận hành chính quyền địa phương hai cấp; để kịp thời khắc phục những vướng mắc phát sinh " +
    "sau khi sắp xếp tổ chức bộ máy, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  one("1.", "Bảo đảm việc giải quyết thủ tục hành chính cho người dân, doanh nghiệp thông suốt, không bị gián " +
    "đoạn sau khi hợp nhất các sở và tổ chức lại đơn vị hành chính cấp xã."),
  one("2.", "Nhiệm vụ giao cụ thể cho từng cơ quan, có thời gian bắt đầu, thời gian hoàn thành và sản phẩm để " +
    "theo dõi, đánh giá; gắn kết quả thực hiện với việc đánh giá, xếp loại người đứng đầu cuối năm."),
  R("II.", "NHIỆM VỤ TRỌNG TÂM"),
  dash("Tập trung vào bốn nhóm việc: cải cách thủ tục hành chính; chuyển đổi số trong giải quyết thủ tục hành " +
    "chính; tổ chức bộ máy, công vụ; thông tin, tuyên truyền và đánh giá sự hài lòng."),
  dash("Nội dung, cơ quan chủ trì, cơ quan phối hợp, thời gian và sản phẩm của từng nhiệm vụ chi tiết tại Phụ lục " +
    "kèm theo Kế hoạch này."),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  three("1.", "Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các xã, phường căn cứ nhiệm vụ được giao, chủ " +
    "động triển khai; báo cáo kết quả thực hiện Kế hoạch (lồng ghép trong báo cáo cải cách hành chính quý IV) " +
    "gửi Sở Nội vụ trước ngày 10/12/2025."),
  three("2.", "Sở Nội vụ theo dõi, đôn đốc, tổng hợp kết quả thực hiện của các cơ quan, đơn vị, báo cáo UBND tỉnh " +
    "trước ngày 20/12/2025; kịp thời đề xuất xử lý trách nhiệm đối với cơ quan chậm thực hiện."),
  three("3.", "Kinh phí thực hiện bố trí từ dự toán ngân sách năm 2025 đã giao cho các cơ quan, đơn vị."),
  P("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng " +
    "hợp, báo cáo UBND tỉnh xem xét, chỉ đạo./."),
  ...sign(["Bộ Nội vụ (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các xã, phường", "Lãnh đạo VP, CV các phòng"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Tống Thanh Hải"),
  { t: "sect" },
  { t: "p", text: "PHỤ LỤC", bold: true, align: "center", indent: false, tight: true },
  { t: "p", text: "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NHỮNG THÁNG CUỐI NĂM 2025", bold: true, align: "center",
    indent: false, tight: true },
  { t: "p", text: "(Kèm theo Kế hoạch số 214/KH-UBND ngày 05/9/2025 của UBND tỉnh Lai Châu)", italic: true,
    align: "center", indent: false },
  appendix(merged),
];

const DEP = "@departments";
const tasks = [
  task("1", "Rà soát, thống kê thủ tục hành chính nội bộ", "2025-10-15", [DEP], [VP]),
  task("2", "Tổng hợp phương án đơn giản hóa thủ tục hành chính nội bộ", "2025-11-30", [VP], [TP]),
  task("3", "Công bố danh mục thủ tục hành chính được chuẩn hóa", "2025-09-29", [VP], [DEP]),
  task("4", "Cập nhật, đồng bộ quy trình nội bộ giải quyết thủ tục hành chính", "2025-10-31", [KC], [VP, DEP]),
  task("5", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực", "2025-12-31", [XA], [KC]),
  task("6", "Tập huấn kỹ năng khai thác, sử dụng dịch vụ công trực tuyến", "2025-10-10", [KC], [NV, BD]),
  task("7", "Triển khai thanh toán trực tuyến phí, lệ phí", "2025-12-31", [TC], ["Thuế tỉnh", XA]),
  task("9", "Hoàn thiện quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức", "2025-09-30", [NV], [DEP]),
  task("10", "Xây dựng, trình phê duyệt Đề án vị trí việc làm của UBND xã, phường", "2025-11-20", [XA], [NV]),
  task("11", "Kiểm tra công vụ đột xuất tại một số xã, phường", "2025-12-15", [NV], [TTr, VP]),
  task("12", "Sơ kết việc vận hành chính quyền địa phương hai cấp", "2025-12-24", [NV], [DEP, XA]),
  task("13", "Mở chuyên mục tuyên truyền kết quả cải cách hành chính", "2025-12-31", [BAO], [VH]),
  task("14", "Khảo sát mức độ hài lòng của người dân, tổ chức", "2025-11-30", [NV], [XA, BD]),
  task("III.1", "báo cáo kết quả thực hiện Kế hoạch", "2025-12-09", [DEP, XA]),
  task("III.2", "tổng hợp kết quả thực hiện của các cơ quan, đơn vị", "2025-12-19", [NV]),
];

const WORK = "Appendix rows (ref = STT, running 1-14 through group rows I-IV; due = 'Thời gian hoàn thành', the " +
  "start column ignored): 1 'Các sở, ban, ngành tỉnh' (@departments) with VP UBND tỉnh, '15/10/2025' 15/10; 2 VP " +
  "UBND tỉnh with Sở Tư pháp, 'Tháng 11/2025' 30/11 (Sun) -> 1/12; 3 VP UBND tỉnh with @departments, 'Trước " +
  "30/9/2025' 29/9; 4 Sở KH&CN with VP UBND tỉnh and @departments, '31/10/2025'; 5 'UBND các xã, phường' (UBND cấp " +
  "xã, unresolved) with Sở KH&CN, 'Quý IV/2025' 31/12; 6 Sở KH&CN with Sở Nội vụ, Bưu điện tỉnh, '10/10/2025'; 7 " +
  "Sở Tài chính with 'Thuế tỉnh Lai Châu' (Thuế tỉnh) and UBND cấp xã, 'Tháng 12/2025' 31/12; 8 'Thường xuyên' in " +
  "both time columns, no task; 9 Sở Nội vụ with @departments '30/9/2025'; 10 UBND cấp xã with Sở Nội vụ " +
  "'20/11/2025'; 11 Sở Nội vụ with Thanh tra tỉnh, VP UBND tỉnh '15/12/2025'; 12 Sở Nội vụ with @departments and " +
  "UBND cấp xã, 'Trước 25/12/2025' 24/12; 13 'Báo và Phát thanh, Truyền hình Lai Châu' with Sở VHTTDL, 'Quý " +
  "IV/2025' 31/12; 14 Sở Nội vụ with UBND cấp xã, Bưu điện tỉnh, 'Tháng 11/2025' 30/11 (Sun) -> 1/12. Body: II " +
  "points to the appendix (no task); III.1 'Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các xã, phường' " +
  "(@departments, UBND cấp xã; Sở Nội vụ a recipient) 'trước ngày 10/12/2025' 9/12; " +
  "III.2 Sở Nội vụ 'trước ngày 20/12/2025' 19/12 (UBND tỉnh a recipient); III.3 funds, no task.";

await buildDoc(DIR, {
  typed: blocks(false), auto: blocks(true), landscape: true,
  expected: {
    id: ID,
    style: "Kế hoạch 214/KH-UBND of UBND tỉnh Lai Châu, 05/9/2025, after the reorganisation (merged departments, " +
      "communes, no districts). HABIT: a LANDSCAPE APPENDIX: a short portrait body (I purpose, II 'chi tiết tại " +
      "Phụ lục', III closing paragraphs), then a landscape table STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ " +
      "quan phối hợp | Thời gian bắt đầu | Thời gian hoàn thành | Sản phẩm, group rows I-IV spanning the row. " +
      "plan-auto.docx (PDF, .doc, .odt, .rtf) merges equal lead/start cells and numbers STT with Word lists. " + WORK,
    province: "Lai Châu",
    plan: { number: "214/KH-UBND", date: "2025-09-05" },
    tasks, unresolved: [XA], successors: [],
  },
});

// 01: Thái Nguyên, UBND tỉnh, Báo cáo 312/BC-UBND ngày 29/6/2026 (after the reorganisation: merged departments,
// communes and wards), sơ kết 01 năm vận hành chính quyền địa phương 02 cấp. Habit: a BÁO CÁO SƠ KẾT: results (I,
// II with a small figures table full of past dates and counts), shortcomings (III), then "IV. NHIỆM VỤ, GIẢI PHÁP
// TRỌNG TÂM THỜI GIAN TỚI" numbered 1.-15., where most items end in a bracket "(X chủ trì, phối hợp với Y; hoàn
// thành trước ngày …)" and some carry no date ("thường xuyên", "hằng tháng", no time at all) among the dated ones;
// two items say the unit in the sentence instead ("Giao Công an tỉnh chủ trì … trước ngày …", "UBND các xã, phường
// rà soát … trước ngày …"); part V asks ministries (Đề nghị Bộ Nội vụ …, no task).
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, buildDoc, dash, lister } from "./common.mjs";

const ID = "01-thai-nguyen-2026-bao-cao-so-ket-figures-table-then-nhiem-vu-trong-tam-bracket-tails-undated-among-dated-kien-nghi-bo";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", TP = "Sở Tư pháp", TC = "Sở Tài chính", NM = "Sở Nông nghiệp và Môi trường";
const KC = "Sở Khoa học và Công nghệ", VP = "Văn phòng UBND tỉnh", CA = "Công an tỉnh", DEP = "@departments";
const XA = "UBND các xã, phường", VNPT = "VNPT Thái Nguyên", VT = "Viettel Thái Nguyên";

const R = lister("roman", "parts", { bold: true, indent: false });
const A = lister("decimal", "a2", { bold: true });
const N = lister("decimal", "iv");
const K = lister("decimal", "v");

const FIG = {
  t: "table", widths: [700, 5200, 1700, 1800], header: 1, rows: [
    ["TT", "Nội dung", "Số lượng", "Ghi chú"].map((text) => ({ text, bold: true, align: "center" })),
    [{ text: "1", align: "center" }, "Số xã, phường vận hành từ ngày 01/7/2025", { text: "92", align: "center" },
      "75 xã, 17 phường"],
    [{ text: "2", align: "center" }, "Trung tâm Phục vụ hành chính công cấp xã được thành lập", { text: "92",
      align: "center" }, "Trước ngày 01/7/2025"],
    [{ text: "3", align: "center" }, "Hồ sơ thủ tục hành chính cấp xã tiếp nhận (01/7/2025 - 15/6/2026)",
      { text: "412.560", align: "center" }, "Đúng hạn 98,7%"],
    [{ text: "4", align: "center" }, "Cán bộ, công chức cấp xã nghỉ việc theo Nghị định số 178/2024/NĐ-CP",
      { text: "1.846", align: "center" }, "Đã chi trả 1.790"],
    [{ text: "5", align: "center" }, "Trụ sở, tài sản công dôi dư sau sắp xếp", { text: "318", align: "center" },
      "Đã xử lý 121"],
  ],
};

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 312/BC-UBND", "Thái Nguyên, ngày 29 tháng 6 năm 2026",
    "BÁO CÁO", "Sơ kết 01 năm tổ chức, vận hành chính quyền địa phương 02 cấp trên địa bàn tỉnh Thái Nguyên"),
  P("Thực hiện Văn bản số 2480/BNV-CQĐP ngày 20/5/2026 của Bộ Nội vụ về việc sơ kết 01 năm tổ chức chính quyền " +
    "địa phương 02 cấp, UBND tỉnh Thái Nguyên báo cáo kết quả như sau:"),
  R("I.", "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO"),
  P("Ngay sau khi Nghị quyết số 1683/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các " +
    "đơn vị hành chính cấp xã của tỉnh Thái Nguyên năm 2025 có hiệu lực, UBND tỉnh đã ban hành 46 văn bản chỉ đạo, " +
    "hướng dẫn; thành lập 05 đoàn công tác trực tiếp hỗ trợ các xã, phường trong 03 tháng đầu vận hành (từ ngày " +
    "01/7/2025 đến ngày 30/9/2025)."),
  R("II.", "KẾT QUẢ THỰC HIỆN"),
  A("1.", "Về tổ chức bộ máy, bố trí cán bộ"),
  P("Toàn tỉnh có 92 đơn vị hành chính cấp xã; 100% xã, phường đã kiện toàn HĐND, UBND, các cơ quan chuyên môn " +
    "(Văn phòng HĐND và UBND, Phòng Kinh tế hoặc Phòng Kinh tế, Hạ tầng và Đô thị, Phòng Văn hóa - Xã hội) và Trung " +
    "tâm Phục vụ hành chính công. Một số chỉ tiêu chủ yếu:"),
  FIG,
  A("2.", "Về giải quyết thủ tục hành chính, chuyển đổi số"),
  P("Tỷ lệ hồ sơ nộp trực tuyến tại cấp xã đạt 71,3%; 100% xã, phường sử dụng Hệ thống thông tin giải quyết thủ " +
    "tục hành chính của tỉnh từ ngày 01/7/2025; dịch vụ bưu chính công ích được triển khai tại 68/92 xã, phường."),
  R("III.", "TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"),
  dash("Một số xã vùng cao (nguyên thuộc tỉnh Bắc Kạn) còn thiếu công chức chuyên môn về công nghệ thông tin, tài " +
    "chính - kế toán, địa chính; hạ tầng mạng, thiết bị tại Trung tâm Phục vụ hành chính công chưa đồng bộ."),
  dash("Việc xử lý trụ sở, tài sản công dôi dư còn chậm; hệ thống văn bản quy phạm pháp luật của hai tỉnh (cũ) " +
    "chưa được rà soát, hợp nhất xong."),
  dash("Nguyên nhân: khối lượng công việc lớn, thời gian chuẩn bị ngắn; địa bàn rộng, chia cắt."),
  R("IV.", "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI"),
  N("1.", "Tiếp tục rà soát, hoàn thiện đề án vị trí việc làm, cơ cấu ngạch công chức của các cơ quan chuyên môn " +
    "thuộc UBND các xã, phường (Sở Nội vụ chủ trì, phối hợp với UBND các xã, phường; hoàn thành trước ngày " +
    "31/8/2026)."),
  N("2.", "Tiếp tục quán triệt, thực hiện nghiêm các quy định về phân cấp, phân quyền, ủy quyền giữa chính quyền " +
    "cấp tỉnh và cấp xã; kịp thời tháo gỡ khó khăn, vướng mắc phát sinh (các sở, ban, ngành; thường xuyên)."),
  N("3.", "Rà soát, đề xuất bãi bỏ, thay thế văn bản quy phạm pháp luật của HĐND, UBND tỉnh Bắc Kạn (cũ) và tỉnh " +
    "Thái Nguyên (cũ) không còn phù hợp (Sở Tư pháp chủ trì, các sở, ban, ngành phối hợp; xong trong quý III/2026)."),
  N("4.", "Điều động, biệt phái công chức có chuyên môn về công nghệ thông tin, tài chính - kế toán, địa chính về " +
    "các xã còn thiếu (Sở Nội vụ chủ trì, phối hợp với Sở Tài chính, Sở Nông nghiệp và Môi trường; trong tháng " +
    "9/2026)."),
  N("5.", "Đầu tư, bổ sung thiết bị, đường truyền cho Trung tâm Phục vụ hành chính công các xã vùng cao, bảo đảm " +
    "kết nối ổn định với Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh (Sở Khoa học và Công nghệ chủ " +
    "trì, phối hợp với VNPT Thái Nguyên, Viettel Thái Nguyên; hoàn thành trước 15/10/2026)."),
  N("6.", "Nâng cao chất lượng giải quyết thủ tục hành chính, phấn đấu tỷ lệ hồ sơ trực tuyến cấp xã đạt trên 80%; " +
    "công khai kết quả đánh giá trên Cổng Dịch vụ công (Văn phòng UBND tỉnh, Trung tâm Phục vụ hành chính công " +
    "tỉnh; hằng tháng)."),
  N("7.", "Hoàn thành việc sắp xếp, xử lý trụ sở, tài sản công dôi dư sau sắp xếp đơn vị hành chính, ưu tiên chuyển " +
    "đổi công năng làm trường học, trạm y tế, nhà văn hóa (Sở Tài chính chủ trì, phối hợp với UBND các xã, " +
    "phường; chậm nhất ngày 31/12/2026)."),
  N("8.", "Giải quyết dứt điểm chế độ, chính sách đối với cán bộ, công chức, viên chức nghỉ việc theo Nghị định số " +
    "178/2024/NĐ-CP còn tồn đọng (Sở Nội vụ; trước ngày 30/7/2026)."),
  N("9.", "Giao Công an tỉnh chủ trì, phối hợp với Sở Nông nghiệp và Môi trường hoàn thành việc cập nhật thông tin " +
    "địa giới, địa chỉ hành chính mới của công dân trên Cơ sở dữ liệu quốc gia về dân cư trước ngày 15/9/2026."),
  N("10.", "Đẩy mạnh tuyên truyền về mô hình chính quyền địa phương 02 cấp, kết quả phục vụ người dân, doanh " +
    "nghiệp của chính quyền cơ sở."),
  N("11.", "Tổ chức tập huấn, bồi dưỡng kỹ năng quản lý nhà nước, kỹ năng số cho cán bộ, công chức cấp xã (Sở Nội " +
    "vụ, Sở Tư pháp; từ tháng 8 đến tháng 10/2026)."),
  N("12.", "Tổ chức đánh giá, xếp loại mức độ hoàn thành nhiệm vụ của chính quyền cấp xã sau 01 năm vận hành, đề " +
    "xuất điều chỉnh phân cấp, phân quyền (Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh; quý IV/2026)."),
  N("13.", "Xây dựng cơ sở dữ liệu cán bộ, công chức cấp xã, kết nối với Cơ sở dữ liệu quốc gia về cán bộ, công " +
    "chức, viên chức (Sở Nội vụ chủ trì, Sở Khoa học và Công nghệ phối hợp; xong trước ngày 30/11/2026)."),
  N("14.", "UBND các xã, phường rà soát, ban hành lại quy chế làm việc, quy chế phối hợp giữa các cơ quan chuyên môn " +
    "và Trung tâm Phục vụ hành chính công phù hợp với thực tế sau 01 năm vận hành, gửi Sở Nội vụ trước ngày " +
    "20/7/2026."),
  N("15.", "Các sở, ban, ngành theo chức năng, nhiệm vụ tiếp tục hướng dẫn chuyên môn, nghiệp vụ cho cấp xã; định " +
    "kỳ 06 tháng báo cáo UBND tỉnh (qua Sở Nội vụ)."),
  R("V.", "ĐỀ XUẤT, KIẾN NGHỊ"),
  K("1.", "Đề nghị Bộ Nội vụ sớm ban hành hướng dẫn khung vị trí việc làm của Trung tâm Phục vụ hành chính công cấp " +
    "xã trong quý III/2026."),
  K("2.", "Đề nghị Bộ Tài chính bổ sung kinh phí hỗ trợ đầu tư trụ sở, trang thiết bị cho các xã đặc biệt khó khăn " +
    "sau sắp xếp."),
  P("Trên đây là báo cáo sơ kết 01 năm tổ chức, vận hành chính quyền địa phương 02 cấp trên địa bàn tỉnh Thái " +
    "Nguyên, UBND tỉnh báo cáo Bộ Nội vụ tổng hợp./."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành",
    "UBND các xã, phường", "LĐVP, NC"], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Trịnh Việt Hùng"),
];

const tasks = [
  task("IV.1", "rà soát, hoàn thiện đề án vị trí việc làm, cơ cấu ngạch công chức của các cơ quan chuyên môn thuộc " +
    "UBND các xã, phường", "2026-08-30", [NV], [XA]),
  task("IV.3", "Rà soát, đề xuất bãi bỏ, thay thế văn bản quy phạm pháp luật", "2026-09-30", [TP], [DEP]),
  task("IV.4", "Điều động, biệt phái công chức có chuyên môn về công nghệ thông tin", "2026-09-30", [NV], [TC, NM]),
  task("IV.5", "Đầu tư, bổ sung thiết bị, đường truyền cho Trung tâm Phục vụ hành chính công các xã vùng cao",
    "2026-10-14", [KC], [VNPT, VT]),
  task("IV.7", "Hoàn thành việc sắp xếp, xử lý trụ sở, tài sản công dôi dư", "2026-12-31", [TC], [XA]),
  task("IV.8", "Giải quyết dứt điểm chế độ, chính sách đối với cán bộ, công chức, viên chức nghỉ việc", "2026-07-29", [NV]),
  task("IV.9", "cập nhật thông tin địa giới, địa chỉ hành chính mới của công dân trên Cơ sở dữ liệu quốc gia về " +
    "dân cư", "2026-09-14", [CA], [NM]),
  task("IV.11", "Tổ chức tập huấn, bồi dưỡng kỹ năng quản lý nhà nước, kỹ năng số", "2026-10-31", [NV, TP]),
  task("IV.12", "Tổ chức đánh giá, xếp loại mức độ hoàn thành nhiệm vụ của chính quyền cấp xã", "2026-12-31", [NV],
    [VP]),
  task("IV.13", "Xây dựng cơ sở dữ liệu cán bộ, công chức cấp xã", "2026-11-29", [NV], [KC]),
  task("IV.14", "rà soát, ban hành lại quy chế làm việc, quy chế phối hợp", "2026-07-19", [XA]),
];

const WORK = "Tasks only in part IV (ref IV.n as numbered); the units and the time sit in the item's closing bracket " +
  "'(X chủ trì, phối hợp với Y; <time>)', 'X chủ trì, Y phối hợp', or a bare list '(X, Y; <time>)' = both lead. " +
  "IV.1 Sở Nội vụ with UBND các xã, phường (UBND cấp xã) 'trước ngày 31/8/2026' 30/8 Sun -> 31/8; IV.2 'thường " +
  "xuyên' no task; IV.3 Sở Tư pháp with @departments 'xong trong quý III/2026' 30/9; IV.4 Sở Nội vụ with Sở Tài " +
  "chính, Sở NN&MT 'trong tháng 9/2026' 30/9; IV.5 Sở KH&CN with VNPT Thái Nguyên, Viettel Thái Nguyên " +
  "(unresolved) 'hoàn thành trước 15/10/2026' 14/10; IV.6 'hằng tháng' no task (the 80% target no date); IV.7 Sở " +
  "Tài chính with UBND cấp xã 'chậm nhất ngày 31/12/2026' 31/12; IV.8 '(Sở Nội vụ; trước ngày 30/7/2026)' 29/7; " +
  "IV.9 in the sentence 'Giao Công an tỉnh chủ trì, phối hợp với Sở NN&MT … trước ngày 15/9/2026' 14/9; IV.10 no " +
  "time no task; IV.11 '(Sở Nội vụ, Sở Tư pháp; từ tháng 8 đến tháng 10/2026)' both lead, the range's end 31/10 " +
  "Sat -> 02/11; IV.12 Sở Nội vụ with VP UBND tỉnh 'quý IV/2026' 31/12; IV.13 Sở Nội vụ with Sở KH&CN 'xong " +
  "trước ngày 30/11/2026' (read as trước) 29/11 Sun -> 30/11; IV.14 UBND các xã, phường in the sentence, 'gửi Sở " +
  "Nội vụ trước ngày 20/7/2026' 19/7 Sun -> 20/7 (Sở Nội vụ the recipient); IV.15 'định kỳ 06 tháng' no task. " +
  "Parts I-III report the past (01/7/2025, 30/9/2025, 15/6/2026 in the figures table and text): no task. Part V " +
  "asks ministries (Bộ Nội vụ 'trong quý III/2026', Bộ Tài chính): the province cannot assign them, no task.";

await buildDoc(DIR, {
  typed: blocks,
  expected: {
    id: ID,
    style: "Báo cáo 312/BC-UBND of UBND tỉnh Thái Nguyên, 29/6/2026 (after the reorganisation), sơ kết 01 năm " +
      "chính quyền địa phương 02 cấp. HABIT: A BÁO CÁO SƠ KẾT whose last working part 'IV. NHIỆM VỤ, GIẢI PHÁP " +
      "TRỌNG TÂM THỜI GIAN TỚI' mixes dated and undated items, units and time in a closing bracket; a figures " +
      "table of past results; part V kiến nghị to ministries. " + WORK + " PDF: LibreOffice.",
    province: "Thái Nguyên",
    plan: { number: "312/BC-UBND", date: "2026-06-29" },
    tasks,
    unresolved: [XA, VNPT, VT],
    successors: [],
  },
});

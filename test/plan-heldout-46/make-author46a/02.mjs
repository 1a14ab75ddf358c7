// 02: Bắc Kạn, UBND tỉnh, Kế hoạch 436/KH-UBND ngày 19/6/2024 (before the reorganisation: districts, old
// departments), điều chỉnh, bổ sung Kế hoạch 35/KH-UBND ngày 22/01/2024 về cải cách hành chính năm 2024. Habit: a
// PLAN AMENDING AN EARLIER PLAN: I a table of tasks whose time is moved (old time beside the new one, the item of
// the old plan's annex named in its own column), II tasks added, each a quoted title with its units and time in
// sentences or in "Cơ quan chủ trì: … Thời hạn: …" runs, III tasks whose lead changes (one keeping its old time,
// one moved too), IV the usual closing with one dated duty. The tasks are the amended and added ones, with their
// NEW time and units; the old times and annex items are no deadlines. plan-auto.docx numbers the STT column with a
// Word list and merges Sở Nội vụ's lead cell over rows 2-3.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, L, R, D, buildTwo } from "./common.mjs";

const ID = "02-bac-kan-2024-amending-plan-moved-deadlines-table-old-new-time-added-tasks-lead-changed";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", TT = "Sở Thông tin và Truyền thông", TC = "Sở Tài chính";
const TP = "Sở Tư pháp", TTR = "Thanh tra tỉnh", KB = "Kho bạc Nhà nước tỉnh", BD = "Bưu điện tỉnh", YT = "Sở Y tế";
const TN = "Sở Tài nguyên và Môi trường", VH = "Sở Văn hóa, Thể thao và Du lịch", TD = "Tỉnh đoàn";
const BK = "UBND thành phố Bắc Kạn", CM = "UBND huyện Chợ Mới";

const N = (n, text, inst) => L(`${n}.`, text, "decimal", inst);

// [task, annex item, old time, new time, lead, partners]
const ROWS = [
  ["Tổ chức tập huấn nghiệp vụ kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa cho công chức cấp xã",
    "Mục 3.2", "Tháng 5/2024", "Tháng 8/2024", "Văn phòng UBND tỉnh", "UBND các huyện, thành phố"],
  ["Rà soát, trình phê duyệt điều chỉnh danh mục vị trí việc làm trong các cơ quan hành chính cấp tỉnh, cấp huyện",
    "Mục 4.1", "Quý II/2024", "Trước ngày 30/9/2024", "Sở Nội vụ", "Các sở, ban, ngành; UBND các huyện, thành phố"],
  ["Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị (đợt 1)", "Mục 1.4", "Tháng 6/2024",
    "Tháng 7/2024", "Sở Nội vụ", "Thanh tra tỉnh, Sở Tư pháp"],
  ["Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực, đạt tối thiểu 50% số hồ sơ", "Mục 6.3",
    "30/6/2024", "31/10/2024", "Sở TT&TT", "VP UBND tỉnh"],
  ["Triển khai thanh toán trực tuyến phí, lệ phí giải quyết thủ tục hành chính trên Cổng Dịch vụ công của tỉnh",
    "Mục 6.6", "Quý III/2024", "Quý IV/2024", "Sở Tài chính", "Kho bạc Nhà nước tỉnh, Bưu điện tỉnh"],
];

function moved(auto) {
  const rows = [["STT", "Nhiệm vụ", "Vị trí tại Phụ lục Kế hoạch số 35/KH-UBND", "Thời gian theo Kế hoạch số " +
    "35/KH-UBND", "Thời gian điều chỉnh", "Cơ quan chủ trì", "Cơ quan phối hợp"]];
  ROWS.forEach(([work, item, old, time, lead, partners], i) => {
    const no = auto ? { text: String(i + 1), align: "center", list: { kind: "cell", inst: "stt" } } :
      { text: String(i + 1), align: "center" };
    const merged = auto && (i === 1 || i === 2);
    rows.push([no, work, { text: item, align: "center" }, { text: old, align: "center" },
      { text: time, align: "center", bold: true }, merged ? { text: lead, vm: i === 1 ? "restart" : "continue" } :
        lead, partners]);
  });
  return { t: "table", widths: [800, 2150, 850, 1400, 1400, 1250, 1550], header: 1, rows };
}

const TX = {
  II1: "Bổ sung nhiệm vụ \"Khảo sát, đánh giá sự hài lòng của người bệnh đối với dịch vụ khám, chữa bệnh tại các " +
    "trung tâm y tế huyện\" vào mục 5 Phụ lục Kế hoạch; giao Sở Y tế chủ trì, phối hợp với UBND các huyện, thành " +
    "phố thực hiện, hoàn thành trong tháng 11/2024.",
  II2: "Bổ sung nhiệm vụ \"Thí điểm mô hình Bộ phận Một cửa không sử dụng hồ sơ giấy\" tại UBND thành phố Bắc Kạn và " +
    "UBND huyện Chợ Mới. Hai địa phương chủ động bố trí trang thiết bị, nhân lực; Văn phòng UBND tỉnh, Sở Thông tin " +
    "và Truyền thông phối hợp hướng dẫn nghiệp vụ, kỹ thuật. Thời gian hoàn thành: trước ngày 15/10/2024.",
  II3: "Bổ sung nhiệm vụ \"Rà soát quy trình nội bộ, cắt giảm tối thiểu 20% thời gian giải quyết thủ tục hành chính " +
    "lĩnh vực đất đai\". Cơ quan chủ trì: Sở Tài nguyên và Môi trường. Cơ quan phối hợp: Văn phòng UBND tỉnh, Sở Tư " +
    "pháp. Thời hạn: chậm nhất ngày 30/8/2024.",
  II4: "Bổ sung nhiệm vụ tuyên truyền: Báo Bắc Kạn, Đài Phát thanh - Truyền hình tỉnh duy trì chuyên mục \"Cải cách " +
    "hành chính - Vì dân phục vụ\" với thời lượng tối thiểu 02 kỳ/tháng.",
  II5: "Bổ sung nhiệm vụ \"Tổ chức Hội thi tìm hiểu về cải cách hành chính dành cho cán bộ, công chức, viên chức " +
    "trẻ năm 2024\": Sở Nội vụ chủ trì, phối hợp với Tỉnh đoàn, Sở Văn hóa, Thể thao và Du lịch tổ chức trong quý " +
    "IV/2024.",
  III1: "Nhiệm vụ \"Đánh giá, xếp hạng mức độ chuyển đổi số của các sở, ban, ngành, UBND các huyện, thành phố năm " +
    "2024\" (mục 6.5 Phụ lục): cơ quan chủ trì được điều chỉnh từ Sở Nội vụ sang Sở Thông tin và Truyền thông; Sở " +
    "Nội vụ chuyển thành cơ quan phối hợp. Thời gian hoàn thành giữ nguyên theo Kế hoạch số 35/KH-UBND (tháng " +
    "12/2024).",
  III2: "Nhiệm vụ \"Theo dõi, đánh giá Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh " +
    "nghiệp\" (mục 3.5 Phụ lục): giao Văn phòng UBND tỉnh chủ trì thay cho Sở Thông tin và Truyền thông, Sở Thông " +
    "tin và Truyền thông phối hợp; đồng thời điều chỉnh thời gian hoàn thành từ ngày 30/11/2024 thành trước ngày " +
    "20/12/2024.",
  IV2: "Các sở, ban, ngành, UBND các huyện, thành phố rà soát, điều chỉnh kế hoạch cải cách hành chính năm 2024 của " +
    "cơ quan, đơn vị mình cho phù hợp với Kế hoạch này; gửi về Sở Nội vụ trước ngày 05/7/2024.",
};

const blocks = (auto) => [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 436/KH-UBND", "Bắc Kạn, ngày 19 tháng 6 năm 2024", "KẾ HOẠCH",
    "Điều chỉnh, bổ sung Kế hoạch số 35/KH-UBND ngày 22/01/2024 của UBND tỉnh về cải cách hành chính năm 2024"),
  P("Căn cứ Kế hoạch số 35/KH-UBND ngày 22/01/2024 của UBND tỉnh về cải cách hành chính nhà nước tỉnh Bắc Kạn năm " +
    "2024;"),
  P("Căn cứ kết quả sơ kết công tác cải cách hành chính 5 tháng đầu năm 2024 và đề nghị của Sở Nội vụ tại Tờ trình " +
    "số 118/TTr-SNV ngày 12/6/2024;"),
  P("Để bảo đảm tính khả thi, phù hợp với tình hình thực tế và tiến độ triển khai các nhiệm vụ cải cách hành chính " +
    "còn lại của năm 2024, UBND tỉnh điều chỉnh, bổ sung một số nội dung của Kế hoạch số 35/KH-UBND như sau:"),
  R("I.", "ĐIỀU CHỈNH THỜI GIAN HOÀN THÀNH MỘT SỐ NHIỆM VỤ"),
  P("Điều chỉnh thời gian hoàn thành các nhiệm vụ tại Phụ lục kèm theo Kế hoạch số 35/KH-UBND, cụ thể:"),
  moved(auto),
  R("II.", "BỔ SUNG NHIỆM VỤ"),
  N(1, TX.II1, "b"), N(2, TX.II2, "b"), N(3, TX.II3, "b"), N(4, TX.II4, "b"), N(5, TX.II5, "b"),
  R("III.", "ĐIỀU CHỈNH CƠ QUAN CHỦ TRÌ THỰC HIỆN"),
  N(1, TX.III1, "c"), N(2, TX.III2, "c"),
  R("IV.", "TỔ CHỨC THỰC HIỆN"),
  N(1, "Các nội dung khác tại Kế hoạch số 35/KH-UBND ngày 22/01/2024 của UBND tỉnh giữ nguyên, tiếp tục thực hiện.",
    "o"),
  N(2, TX.IV2, "o"),
  N(3, "Sở Nội vụ cập nhật các nhiệm vụ điều chỉnh, bổ sung vào hệ thống theo dõi nhiệm vụ; lấy kết quả thực hiện " +
    "làm căn cứ đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 của các cơ quan, đơn vị.", "o"),
  D("Ngoài các nội dung trên, cơ quan, đơn vị nào cần điều chỉnh nhiệm vụ phải có văn bản đề nghị gửi Sở Nội vụ " +
    "trước khi hết thời hạn thực hiện nhiệm vụ.", "d4"),
  P("Yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc triển khai thực hiện./."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, PCT UBND tỉnh", "Các sở, ban, ngành",
    "UBND các huyện, thành phố", "LĐVP, Trung tâm Công báo - Tin học"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hoàng Văn Nam"),
];

const tasks = [
  task("1", ROWS[0][0], "2024-08-31", [VP], ["@districts"]),
  task("2", ROWS[1][0], "2024-09-29", [NV], ["@departments", "@districts"]),
  task("3", ROWS[2][0], "2024-07-31", [NV], [TTR, TP]),
  task("4", ROWS[3][0], "2024-10-31", [TT], [VP]),
  task("5", ROWS[4][0], "2024-12-31", [TC], [KB, BD]),
  task("II.1", "Khảo sát, đánh giá sự hài lòng của người bệnh đối với dịch vụ khám, chữa bệnh tại các trung tâm y " +
    "tế huyện", "2024-11-30", [YT], ["@districts"]),
  task("II.2", "Thí điểm mô hình Bộ phận Một cửa không sử dụng hồ sơ giấy", "2024-10-14", [BK, CM], [VP, TT]),
  task("II.3", "Rà soát quy trình nội bộ, cắt giảm tối thiểu 20% thời gian giải quyết thủ tục hành chính lĩnh vực " +
    "đất đai", "2024-08-30", [TN], [VP, TP]),
  task("II.5", "Tổ chức Hội thi tìm hiểu về cải cách hành chính dành cho cán bộ, công chức, viên chức trẻ năm 2024",
    "2024-12-31", [NV], [TD, VH]),
  task("III.1", "Đánh giá, xếp hạng mức độ chuyển đổi số của các sở, ban, ngành, UBND các huyện, thành phố năm 2024",
    "2024-12-31", [TT], [NV]),
  task("III.2", "Theo dõi, đánh giá Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh " +
    "nghiệp", "2024-12-19", [VP], [TT]),
  task("IV.2", "rà soát, điều chỉnh kế hoạch cải cách hành chính năm 2024 của cơ quan, đơn vị mình", "2024-07-04",
    ["@departments", "@districts"]),
];

const DATES = "Refs: I + STT, II/III/IV + item number. The 'Vị trí tại Phụ lục' column (Mục 3.2 …) and the 'Thời " +
  "gian theo Kế hoạch số 35' column are the OLD plan's, no refs or deadlines; the new time column is read. I.1 VP, " +
  "partner @districts, 'Tháng 8/2024' 31/8 Sat (02-03/9 off) -> 04/9. I.2 Sở Nội vụ, partners @departments and " +
  "@districts, 'Trước ngày 30/9/2024' 29/9 Sun -> 30/9. I.3 Sở Nội vụ (lead cell merged over rows 2-3 in Word), " +
  "partners Thanh tra tỉnh, Sở Tư pháp, 'Tháng 7/2024' 31/7. I.4 'Sở TT&TT', partner 'VP UBND tỉnh', bare " +
  "'31/10/2024' 31/10. I.5 Sở Tài chính with Kho bạc Nhà nước tỉnh, Bưu điện tỉnh, 'Quý IV/2024' 31/12. II.1 Sở Y " +
  "tế with @districts, 'trong tháng 11/2024' 30/11 Sat -> 02/12. II.2 the two named districts lead ('Hai địa " +
  "phương chủ động …'), VP and Sở TT&TT 'phối hợp', 'trước ngày 15/10/2024' 14/10. II.3 'Cơ quan chủ trì: Sở TN&MT. " +
  "Cơ quan phối hợp: VP, Sở Tư pháp. Thời hạn: chậm nhất ngày 30/8/2024' 30/8. II.4 '02 kỳ/tháng' no day, no task. " +
  "II.5 Sở Nội vụ with Tỉnh đoàn and Sở VH,TT&DL, 'trong quý IV/2024' 31/12. III.1 lead moved from Sở Nội vụ to Sở " +
  "TT&TT, Sở Nội vụ partner, time kept '(tháng 12/2024)' 31/12 (its own words, not inherited). III.2 lead VP " +
  "instead of Sở TT&TT (partner), 'từ ngày 30/11/2024 thành trước ngày 20/12/2024' new 19/12. IV.2 @departments " +
  "and @districts 'gửi về Sở Nội vụ trước ngày 05/7/2024' 04/7; IV.1, IV.3 and the dash no day. Tờ trình date " +
  "12/6/2024 no deadline.";

await buildTwo(DIR, {
  typed: blocks(false), auto: blocks(true),
  expected: {
    id: ID,
    style: "Kế hoạch 436/KH-UBND of UBND tỉnh Bắc Kạn, 19/6/2024, before the reorganisation (districts, old " +
      "departments). HABIT: A PLAN AMENDING AN EARLIER PLAN (Kế hoạch 35/KH-UBND of 22/01/2024): I a table of " +
      "moved deadlines with the old time beside the new, II added tasks (quoted titles), III tasks whose lead " +
      "changes; the tasks are the amended and added ones with their NEW time and units. " + DATES,
    province: "Bắc Kạn",
    plan: { number: "436/KH-UBND", date: "2024-06-19" },
    tasks, unresolved: [], successors: [],
  },
});

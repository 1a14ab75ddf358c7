// 04: Thái Nguyên (before the reorganisation), Kế hoạch 112/KH-UBND ngày 17/6/2024 of UBND tỉnh, kiểm soát thủ tục
// hành chính năm 2024, issued again in full to replace Kế hoạch 28/KH-UBND ngày 01/02/2024. Habit: A PLAN REVISED
// IN PLACE WITH "(đã điều chỉnh)" AND "(bổ sung)" MARKS: the opening note says what the marks mean; a changed item
// keeps only its new date with the mark after it, sometimes quoting the old date or unit inside the mark ("đã điều
// chỉnh, Kế hoạch số 28/KH-UBND giao hoàn thành trong quý II/2024", "đã điều chỉnh, trước đây là Sở Tư pháp"); one
// item keeps its old wording and date but is marked not to be carried out; added items are marked "(bổ sung)".
import { P, buildDoc, dirOf, head, lister, sign, task } from "./common.mjs";

const ID = "04-thai-nguyen-2024-plan-revised-in-place-da-dieu-chinh-and-bo-sung-marks-old-date-quoted-in-mark-item-dropped";
const DIR = dirOf(ID, import.meta.url);
const VP = "Văn phòng UBND tỉnh", TTTT = "Sở Thông tin và Truyền thông", SNV = "Sở Nội vụ";
const KHDT = "Sở Kế hoạch và Đầu tư", BD = "Bưu điện tỉnh", DEP = "@departments", DIS = "@districts";
const DT = "UBND huyện Đại Từ", PL = "UBND huyện Phú Lương", VN = "UBND huyện Võ Nhai";

const R = lister("roman", "parts", { bold: true, indent: false });
const n1 = lister("decimal", "md");
const n = lister("decimal", "nv");
const n3 = lister("decimal", "tc");

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 112/KH-UBND", "Thái Nguyên, ngày 17 tháng 6 năm 2024",
    "KẾ HOẠCH", "Kiểm soát thủ tục hành chính năm 2024 (điều chỉnh)"),
  P("Thực hiện Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính; Nghị định số " +
    "107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông; trên cơ sở kết " +
    "quả thực hiện 5 tháng đầu năm và đề nghị của Văn phòng UBND tỉnh tại Tờ trình số 41/TTr-VPUBND ngày 10/6/2024, " +
    "UBND tỉnh ban hành Kế hoạch kiểm soát thủ tục hành chính (TTHC) năm 2024 (điều chỉnh), thay thế Kế hoạch số " +
    "28/KH-UBND ngày 01/02/2024 của UBND tỉnh."),
  P("Các nội dung được điều chỉnh so với Kế hoạch số 28/KH-UBND được đánh dấu \"(đã điều chỉnh)\", các nội dung mới " +
    "được đánh dấu \"(bổ sung)\"; các nội dung còn lại giữ nguyên.", { italic: true }),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  n1("1.", "Kiểm soát chặt chẽ việc ban hành, công bố, công khai và giải quyết TTHC; phấn đấu tỷ lệ hồ sơ giải quyết " +
    "đúng hạn đạt trên 98%, tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 50% (đã điều chỉnh)."),
  n1("2.", "Xác định rõ nhiệm vụ, thời gian và trách nhiệm của từng cơ quan, đơn vị trong công tác kiểm soát TTHC."),
  R("II.", "NHIỆM VỤ CỤ THỂ"),
  n("1.", "Công bố, công khai danh mục TTHC mới ban hành, sửa đổi, bổ sung, bãi bỏ: Văn phòng UBND tỉnh chủ trì, " +
    "phối hợp với các sở, ban, ngành thực hiện thường xuyên, ngay sau khi văn bản quy phạm pháp luật có hiệu lực."),
  n("2.", "Xây dựng Kế hoạch rà soát, đánh giá quy định, thủ tục hành chính năm 2024 của tỉnh: Văn phòng UBND tỉnh " +
    "chủ trì; thời gian hoàn thành trước ngày 31/3/2024."),
  n("3.", "Rà soát, chuẩn hóa quy trình nội bộ, quy trình điện tử giải quyết 100% TTHC trên Hệ thống thông tin giải " +
    "quyết TTHC tỉnh: Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Thông tin và Truyền thông; hoàn thành trước " +
    "ngày 31/8/2024 (đã điều chỉnh)."),
  n("4.", "Triển khai số hóa hồ sơ, kết quả giải quyết TTHC tại Bộ phận Một cửa cấp huyện, cấp xã: UBND các huyện, " +
    "thành phố chủ trì thực hiện; hoàn thành trong quý III/2024 (đã điều chỉnh, Kế hoạch số 28/KH-UBND giao hoàn " +
    "thành trong quý II/2024)."),
  n("5.", "Tập huấn nghiệp vụ kiểm soát TTHC, thực hiện cơ chế một cửa cho cán bộ đầu mối của các cơ quan, đơn vị: " +
    "Văn phòng UBND tỉnh chủ trì; thời gian trong tháng 5/2024."),
  n("6.", "Xây dựng phần mềm đánh giá chất lượng giải quyết TTHC riêng của tỉnh: Sở Thông tin và Truyền thông chủ " +
    "trì; hoàn thành trước ngày 30/6/2024 (đã điều chỉnh: không thực hiện nội dung này, do chức năng đánh giá đã " +
    "được tích hợp trên Hệ thống thông tin giải quyết TTHC tỉnh)."),
  n("7.", "Đánh giá chất lượng giải quyết TTHC theo Quyết định số 766/QĐ-TTg của Thủ tướng Chính phủ: các sở, ban, " +
    "ngành, UBND các huyện, thành phố thực hiện, báo cáo kết quả đánh giá 6 tháng đầu năm về Văn phòng UBND tỉnh " +
    "trước ngày 15/7/2024 (đã điều chỉnh)."),
  n("8.", "Rà soát, đề xuất phương án đơn giản hóa TTHC trong lĩnh vực đầu tư, đất đai: Sở Kế hoạch và Đầu tư chủ " +
    "trì, gửi Văn phòng UBND tỉnh trước ngày 20/8/2024 (đã điều chỉnh)."),
  n("9.", "Tích hợp, đồng bộ 100% hồ sơ TTHC phát sinh trên Hệ thống thông tin giải quyết TTHC tỉnh lên Cổng Dịch vụ " +
    "công quốc gia: Sở Thông tin và Truyền thông chủ trì; hoàn thành trước ngày 30/9/2024 (bổ sung)."),
  n("10.", "Triển khai thí điểm dịch vụ hỗ trợ người dân nộp hồ sơ trực tuyến tại các điểm Bưu điện văn hóa xã: " +
    "Bưu điện tỉnh chủ trì, phối hợp với UBND các huyện: Đại Từ, Phú Lương, Võ Nhai; hoàn thành trong tháng " +
    "10/2024 (bổ sung)."),
  n("11.", "Kiểm tra công tác kiểm soát TTHC, thực hiện cơ chế một cửa tại 05 sở, ngành và 03 huyện: Văn phòng UBND " +
    "tỉnh chủ trì, phối hợp với Sở Nội vụ (đã điều chỉnh, trước đây là Sở Tư pháp); thời gian trong quý IV/2024."),
  n("12.", "Tổng hợp, báo cáo tình hình, kết quả kiểm soát TTHC năm 2024 của tỉnh gửi Văn phòng Chính phủ: Văn phòng " +
    "UBND tỉnh chủ trì; hoàn thành trước ngày 15/12/2024 (đã điều chỉnh)."),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  n3("1.", "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố căn cứ Kế hoạch này điều chỉnh kế hoạch " +
    "kiểm soát TTHC của cơ quan, đơn vị mình (nếu có)."),
  n3("2.", "Các nhiệm vụ đã hoàn thành theo Kế hoạch số 28/KH-UBND được tính là kết quả thực hiện Kế hoạch này."),
  n3("3.", "Văn phòng UBND tỉnh theo dõi, đôn đốc, hướng dẫn thực hiện Kế hoạch; báo cáo UBND tỉnh theo quy định./."),
  ...sign(["Văn phòng Chính phủ (Cục KSTTHC) (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành", "UBND các huyện, thành phố", "Bưu điện tỉnh"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Đặng Xuân Trường"),
];

const tasks = [
  task("II.2", "Xây dựng Kế hoạch rà soát, đánh giá quy định, thủ tục hành chính năm 2024 của tỉnh", "2024-03-30", [VP]),
  task("II.3", "Rà soát, chuẩn hóa quy trình nội bộ, quy trình điện tử giải quyết 100% TTHC", "2024-08-30", [VP],
    [TTTT]),
  task("II.4", "Triển khai số hóa hồ sơ, kết quả giải quyết TTHC tại Bộ phận Một cửa cấp huyện, cấp xã", "2024-09-30",
    [DIS]),
  task("II.5", "Tập huấn nghiệp vụ kiểm soát TTHC, thực hiện cơ chế một cửa cho cán bộ đầu mối", "2024-05-31", [VP]),
  task("II.7", "Đánh giá chất lượng giải quyết TTHC theo Quyết định số 766/QĐ-TTg", "2024-07-14", [DEP, DIS]),
  task("II.8", "Rà soát, đề xuất phương án đơn giản hóa TTHC trong lĩnh vực đầu tư, đất đai", "2024-08-19", [KHDT]),
  task("II.9", "Tích hợp, đồng bộ 100% hồ sơ TTHC phát sinh trên Hệ thống thông tin giải quyết TTHC tỉnh lên Cổng " +
    "Dịch vụ công quốc gia", "2024-09-29", [TTTT]),
  task("II.10", "Triển khai thí điểm dịch vụ hỗ trợ người dân nộp hồ sơ trực tuyến tại các điểm Bưu điện văn hóa xã",
    "2024-10-31", [BD], [DT, PL, VN]),
  task("II.11", "Kiểm tra công tác kiểm soát TTHC, thực hiện cơ chế một cửa tại 05 sở, ngành và 03 huyện",
    "2024-12-31", [VP], [SNV]),
  task("II.12", "Tổng hợp, báo cáo tình hình, kết quả kiểm soát TTHC năm 2024 của tỉnh", "2024-12-14", [VP]),
];

const WORK = "The plan as it now stands is read: a '(đã điều chỉnh)' or '(bổ sung)' mark changes nothing in the item " +
  "it follows (its date and units are the new ones); a date or unit quoted INSIDE a mark is the replaced one, not " +
  "read. II.1 'thường xuyên': no task. II.2 unchanged, 'trước ngày 31/3/2024' 30/3 (Sat) -> 01/4 (already past " +
  "when reissued, still a task of the plan). II.3 'trước ngày 31/8/2024 (đã điều chỉnh)' 30/8. II.4 the districts " +
  "lead, 'trong quý III/2024' 30/9; the mark's 'quý II/2024' is the old time. II.5 'trong tháng 5/2024' 31/5. II.6 " +
  "keeps its old wording and 'trước ngày 30/6/2024' but its mark says 'không thực hiện nội dung này': no task. " +
  "II.7 @departments + @districts, 'về Văn phòng UBND tỉnh trước ngày 15/7/2024' 14/7 (Sun) -> 15/7 (the office " +
  "receives). II.8 'gửi Văn phòng UBND tỉnh trước ngày 20/8/2024' 19/8. II.9 (bổ sung) 'trước ngày 30/9/2024' " +
  "29/9 (Sun) -> 30/9. II.10 (bổ sung) Bưu điện tỉnh chủ trì, 'UBND các huyện: Đại Từ, Phú Lương, Võ Nhai' three " +
  "districts coordinate; 'trong tháng 10/2024' 31/10. II.11 coordinator Sở Nội vụ only (Sở Tư pháp is the " +
  "replaced unit quoted in the mark); 'trong quý IV/2024' 31/12. II.12 'gửi Văn phòng Chính phủ … trước ngày " +
  "15/12/2024' 14/12 (Sat) -> 16/12 (Văn phòng Chính phủ receives). Part I's targets and part III set no date.";

await buildDoc(DIR, {
  typed: blocks,
  printer: "ghostscript",
  expected: {
    id: ID,
    style: "Kế hoạch 112/KH-UBND of UBND tỉnh Thái Nguyên (before the reorganisation), 17/6/2024, kiểm soát TTHC năm " +
      "2024 (điều chỉnh), replacing Kế hoạch 28/KH-UBND. HABIT: A PLAN REVISED IN PLACE WITH '(đã điều chỉnh)' AND " +
      "'(bổ sung)' MARKS after the changed or added items, some quoting the old date or unit. " + WORK +
      " PDF: LibreOffice then Ghostscript.",
    province: "Thái Nguyên",
    plan: { number: "112/KH-UBND", date: "2024-06-17" },
    tasks,
    unresolved: [],
    successors: [],
  },
});

// 01: Bắc Kạn before the reorganisation (14/10/2024) — Sở Xây dựng's own plan for supporting poor households to
// replace makeshift houses (xóa nhà tạm, nhà dột nát). Prose: II is a numbered list whose items OPEN with their
// deadline ("Tháng 10/2024: …", "Đầu tháng 11/2024: …", "Giữa tháng …", "Cuối quý IV/2024: …", "Trước Tết
// Nguyên đán Ất Tỵ: …", "Sau Tết Nguyên đán …: …"), then the work, then a sentence naming the unit (the Sở's own
// offices, districts). III adds two dated items. plan.pdf: LibreOffice.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "01-bac-kan-2024-construction-dept-housing-support-deadline-first-items-tet-month-parts";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const QLXD = "Phòng Quản lý xây dựng";
const QLN = "Phòng Quản lý nhà và Thị trường bất động sản";
const VPS = "Văn phòng Sở";
const LD = "Sở Lao động - Thương binh và Xã hội";

const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const item = (inst, kind) => (num, text, extra = {}) => ({ t: "p", num, text, list: { kind, inst }, ...extra });
const d1 = item("I", "dash");
const n2 = item("II", "decimal");
const n3 = item("III", "decimal");
const plain = (text, extra = {}) => ({ t: "p", text, ...extra });

const T = {
  1: "Ban hành thiết kế mẫu, thiết kế điển hình nhà ở bảo đảm tiêu chí “3 cứng” (nền cứng, khung - tường cứng, " +
    "mái cứng), phù hợp với phong tục, tập quán của từng dân tộc trên địa bàn tỉnh",
  2: "Tổ chức tập huấn hướng dẫn kỹ thuật xây dựng, sửa chữa nhà ở cho công chức phụ trách xây dựng của các huyện, " +
    "thành phố",
  3: "Rà soát, tổng hợp danh sách hộ nghèo, hộ cận nghèo có nhu cầu hỗ trợ xây mới, sửa chữa nhà ở",
  4: "Thẩm định danh sách và mức hỗ trợ, tham mưu Sở trình UBND tỉnh phê duyệt",
  5: "Khởi công ít nhất 50% số nhà được hỗ trợ theo danh sách đã phê duyệt",
  6: "Hoàn thành, bàn giao nhà cho các hộ đã xây dựng xong, bảo đảm các hộ được đón Tết trong nhà mới",
  8: "Sơ kết, đánh giá kết quả hỗ trợ đợt 1",
  9: "Hoàn thành 100% số nhà được hỗ trợ theo danh sách đã phê duyệt",
};

const blocks = [
  ...head("UBND TỈNH BẮC KẠN\nSỞ XÂY DỰNG", "Số: 58/KH-SXD", "Bắc Kạn, ngày 14 tháng 10 năm 2024",
    "KẾ HOẠCH", "Triển khai hỗ trợ xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo\ntrên địa bàn tỉnh Bắc Kạn " +
    "giai đoạn 2024 - 2025"),
  plain("Thực hiện Kế hoạch số 602/KH-UBND ngày 20/9/2024 của UBND tỉnh Bắc Kạn về phát động phong trào thi đua " +
    "chung tay xóa nhà tạm, nhà dột nát trên địa bàn tỉnh; Sở Xây dựng xây dựng Kế hoạch triển khai với các nội " +
    "dung sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  d1("-", "Cụ thể hóa các nhiệm vụ được UBND tỉnh giao cho Sở Xây dựng; xác định rõ thời gian, đơn vị thực hiện " +
    "từng nội dung."),
  d1("-", "Nhà ở sau khi hỗ trợ phải có diện tích sử dụng tối thiểu 30 m², tuổi thọ từ 20 năm trở lên."),
  sec("II.", "NỘI DUNG VÀ THỜI GIAN THỰC HIỆN"),
  n2("1.", `Tháng 10/2024: ${T[1]}. ${QLXD} chủ trì, phối hợp với Ban Dân tộc tỉnh thực hiện.`),
  n2("2.", `Đầu tháng 11/2024: ${T[2]}. ${QLN} chủ trì.`),
  n2("3.", `Giữa tháng 11/2024: ${T[3]}. UBND các huyện, thành phố thực hiện, gửi kết quả về Sở Xây dựng và ` +
    `${LD}.`),
  n2("4.", `Trước ngày 30/11/2024: ${T[4]}. ${QLN} chủ trì, phối hợp với ${LD}, Sở Tài chính.`),
  n2("5.", `Cuối quý IV/2024: ${T[5]}. UBND các huyện, thành phố chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc ` +
    "Việt Nam tỉnh vận động ngày công, vật liệu từ cộng đồng."),
  n2("6.", `Trước Tết Nguyên đán Ất Tỵ: ${T[6]}. UBND các huyện, thành phố thực hiện.`),
  n2("7.", "Sau Tết Nguyên đán Ất Tỵ: Kiểm tra thực tế tại các huyện có tỷ lệ khởi công thấp. Thanh tra Sở chủ " +
    "trì, phối hợp với Phòng Quản lý xây dựng."),
  n2("8.", `Giữa tháng 3/2025: ${T[8]}, báo cáo UBND tỉnh. ${VPS} chủ trì, phối hợp với các phòng chuyên môn ` +
    "thuộc Sở."),
  n2("9.", `Cuối quý II/2025: ${T[9]}. UBND các huyện, thành phố thực hiện.`),
  n2("10.", "Hằng tháng, trước ngày 20: UBND các huyện, thành phố báo cáo tiến độ xây dựng, sửa chữa nhà ở về Sở " +
    "Xây dựng (qua Phòng Quản lý nhà và Thị trường bất động sản)."),
  sec("III.", "TỔ CHỨC THỰC HIỆN"),
  n3("1.", "Các phòng chuyên môn thuộc Sở theo chức năng, nhiệm vụ thường xuyên hướng dẫn, tháo gỡ vướng mắc " +
    "cho các địa phương trong quá trình thực hiện."),
  n3("2.", "Văn phòng Sở tham mưu bố trí kinh phí tổ chức tập huấn tại điểm 2 Mục II; hoàn thành trước ngày " +
    "05/11/2024."),
  n3("3.", "Đề nghị UBND các huyện, thành phố gửi báo cáo tổng kết việc thực hiện hỗ trợ nhà ở về Sở Xây dựng " +
    "chậm nhất ngày 25/6/2025 để tổng hợp, báo cáo UBND tỉnh./."),
  ...sign(["UBND tỉnh (b/c)", "Sở Lao động - Thương binh và Xã hội", "Ban Dân tộc tỉnh",
    "UBND các huyện, thành phố", "Lãnh đạo Sở; các phòng thuộc Sở"], "GIÁM ĐỐC", "Hoàng Văn Thạch"),
];

const D = "@districts";
const t = (n, due, lead, co = []) => task(`II.${n}`, T[n], due, lead, co);
const tasks = [
  t(1, "2024-10-31", [QLXD], ["Ban Dân tộc tỉnh"]),
  t(2, "2024-11-10", [QLN]),
  t(3, "2024-11-15", [D]),
  t(4, "2024-11-29", [QLN], [LD, "Sở Tài chính"]),
  t(5, "2024-12-31", [D], ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]),
  t(6, "2025-01-28", [D]),
  t(8, "2025-03-15", [VPS], ["Các phòng chuyên môn thuộc Sở"]),
  t(9, "2025-06-30", [D]),
  task("III.2", "Tham mưu bố trí kinh phí tổ chức tập huấn tại điểm 2 Mục II", "2024-11-04", [VPS]),
  task("III.3", "Gửi báo cáo tổng kết việc thực hiện hỗ trợ nhà ở", "2025-06-25", [D]),
];

await build(DIR, {
  blocks, printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 58/KH-SXD of Sở Xây dựng tỉnh Bắc Kạn, 14/10/2024 (before the reorganisation: districts), " +
      "supporting poor households to replace makeshift houses. Prose: I dashes; II a numbered list (Word list in " +
      "the auto docx) whose items OPEN with their deadline and a colon, then the work, then a sentence naming the " +
      "unit; III numbered items. ref = II.<n>, III.<n>; title = the work after the colon, up to the unit sentence. " +
      "Times: 'Tháng 10/2024' -> 31/10; 'Đầu tháng 11/2024' -> 10/11 (read as the corpus reads 'đầu tháng': the " +
      "first ten days, thượng tuần; Sun -> 11/11); 'Giữa tháng 11/2024' -> 15/11, 'Giữa tháng 3/2025' -> 15/3 Sat " +
      "-> 17/3 (the 15th, as the corpus reads 'giữa tháng'); 'Trước ngày 30/11/2024' -> 29/11; 'Cuối quý IV/2024' " +
      "-> 31/12, 'Cuối quý II/2025' -> 30/6 (quarter end); 'Trước Tết Nguyên đán Ất Tỵ' -> Tết = mùng 1 tháng Giêng " +
      "= 29/1/2025, 'trước X' = X-1 -> 28/1 (Tết days off 27-31/1) -> 3/2/2025; 'hoàn thành trước ngày 05/11/2024' " +
      "-> 4/11; 'chậm nhất ngày 25/6/2025' -> 25/6. Left out: II.7 'Sau Tết Nguyên đán' (a start, no end date), " +
      "II.10 (hằng tháng), III.1 (thường xuyên). Units: 'X chủ trì, phối hợp với Y' -> X leads, Y coordinates; 'X " +
      "thực hiện' -> X leads. The Sở's own offices (Phòng Quản lý xây dựng, Phòng Quản lý nhà và Thị trường bất " +
      "động sản, Văn phòng Sở, 'các phòng chuyên môn thuộc Sở') are no directory units (unresolved). 'UBND các " +
      "huyện, thành phố' = @districts. 'gửi kết quả về Sở Xây dựng và Sở LĐ-TBXH', 'báo cáo UBND tỉnh', '(qua " +
      "Phòng …)', 'về Sở Xây dựng' are recipients. PDF: LibreOffice from the auto docx.",
    province: "Bắc Kạn",
    plan: { number: "58/KH-SXD", date: "2024-10-14" },
    tasks,
    unresolved: [QLXD, QLN, VPS, "Các phòng chuyên môn thuộc Sở", "Thanh tra Sở"],
    successors: [],
  },
});

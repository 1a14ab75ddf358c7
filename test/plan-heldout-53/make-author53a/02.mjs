// 02: Lai Châu (before the reorganisation), Kế hoạch 05/KH-TCT ngày 20/02/2025 of the province's Tổ công tác triển khai
// Đề án 06 (issuer "UBND TỈNH LAI CHÂU / TỔ CÔNG TÁC TRIỂN KHAI ĐỀ ÁN 06", signed by its Tổ phó thường trực). Habit:
// ITEMS NUMBERED WITH A SLASH, "1/", "2/" under the Roman parts and "a/", "b/", "c/" under them, as many offices
// still type them (Word lists "%1/" in plan-auto.docx); the unit inside each lettered sentence; one standing item, a
// monthly report (no task), a deadline on the make-up Saturday 26/4/2025 and one across the 30/4-1/5 days off.
import { addKind } from "../../plan-corpus/author-kit/lib.mjs";
import { P, buildDoc, dirOf, head, lister, sign, task } from "./common.mjs";

addKind("slash", ["decimal", "%1/"]);
addKind("lslash", ["lowerLetter", "%1/"]);

const ID = "02-lai-chau-2025-to-cong-tac-de-an-06-plan-slash-numbered-items-1-slash-2-slash-letters-a-slash-b-slash";
const DIR = dirOf(ID, import.meta.url);
const CA = "Công an tỉnh", STP = "Sở Tư pháp", VP = "Văn phòng UBND tỉnh", TTTT = "Sở Thông tin và Truyền thông";
const SYT = "Sở Y tế", BHXH = "Bảo hiểm xã hội tỉnh", LD = "Sở Lao động - Thương binh và Xã hội";
const GD = "Sở Giáo dục và Đào tạo", DIS = "@districts";

const R = lister("roman", "parts", { bold: true, indent: false });
const s1 = lister("slash", "i1");
const s2 = lister("slash", "i2", { bold: true });
const s3 = lister("slash", "i3");
const L = (inst) => lister("lslash", inst);
const [a1, a2, a3, a4, a5] = [1, 2, 3, 4, 5].map((i) => L(`l${i}`));

const blocks = [
  ...head(["UBND TỈNH LAI CHÂU", "TỔ CÔNG TÁC TRIỂN KHAI\nĐỀ ÁN 06"], "Số: 05/KH-TCT",
    "Lai Châu, ngày 20 tháng 02 năm 2025", "KẾ HOẠCH",
    "Triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số " +
    "quốc gia (Đề án 06) trên địa bàn tỉnh Lai Châu năm 2025"),
  P("Thực hiện Kế hoạch số 02/KH-TCTĐA06 ngày 10/01/2025 của Tổ công tác triển khai Đề án 06 của Chính phủ; Quyết " +
    "định số 1520/QĐ-UBND ngày 12/9/2024 của UBND tỉnh về kiện toàn Tổ công tác triển khai Đề án 06 tỉnh, Tổ công tác " +
    "ban hành Kế hoạch triển khai năm 2025 như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  s1("1/", "Tiếp tục triển khai quyết liệt, đồng bộ các nhiệm vụ của Đề án 06; bám sát các mô hình điểm, tiện ích đã " +
    "triển khai, tạo chuyển biến rõ nét về cung cấp dịch vụ công trực tuyến, thanh toán không dùng tiền mặt."),
  s1("2/", "Phân công rõ cơ quan chủ trì, phối hợp, thời gian hoàn thành; các thành viên Tổ công tác chịu trách nhiệm " +
    "trước Tổ trưởng về kết quả nhiệm vụ thuộc lĩnh vực được phân công."),
  R("II.", "NHIỆM VỤ CỤ THỂ"),
  s2("1/", "Hoàn thiện thể chế, chính sách"),
  a1("a/", "Sở Tư pháp chủ trì, phối hợp với Công an tỉnh rà soát các văn bản quy phạm pháp luật của tỉnh còn yêu cầu " +
    "xuất trình giấy tờ đã được tích hợp trên Cơ sở dữ liệu quốc gia về dân cư, đề xuất sửa đổi, bãi bỏ; hoàn thành " +
    "trước ngày 31/3/2025."),
  a1("b/", "Các sở, ngành thành viên Tổ công tác thường xuyên cập nhật, hướng dẫn triển khai văn bản mới của Trung " +
    "ương về Đề án 06 thuộc lĩnh vực quản lý."),
  s2("2/", "Phục vụ giải quyết thủ tục hành chính và cung cấp dịch vụ công trực tuyến"),
  a2("a/", "Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Thông tin và Truyền thông triển khai 02 nhóm thủ tục hành " +
    "chính liên thông \"Đăng ký khai sinh - Đăng ký thường trú - Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi\" và " +
    "\"Đăng ký khai tử - Xóa đăng ký thường trú - Hỗ trợ chi phí mai táng\" trên Hệ thống thông tin giải quyết thủ " +
    "tục hành chính tỉnh; hoàn thành trong tháng 4/2025."),
  a2("b/", "Sở Tư pháp chủ trì, phối hợp với UBND các huyện, thành phố hoàn thành số hóa sổ hộ tịch còn lại của cấp " +
    "xã, cập nhật vào Cơ sở dữ liệu hộ tịch điện tử trước ngày 27/4/2025."),
  s2("3/", "Phục vụ phát triển kinh tế, xã hội"),
  a3("a/", "Công an tỉnh chủ trì, phối hợp với Sở Y tế, Bảo hiểm xã hội tỉnh triển khai sử dụng thẻ căn cước, tài " +
    "khoản định danh điện tử VNeID thay thẻ bảo hiểm y tế giấy tại 100% cơ sở khám, chữa bệnh; hoàn thành trước " +
    "ngày 15/5/2025."),
  a3("b/", "Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với UBND các huyện, thành phố chi trả trợ cấp ưu " +
    "đãi người có công, bảo trợ xã hội không dùng tiền mặt đạt 100% đối tượng có tài khoản, chậm nhất ngày " +
    "30/6/2025."),
  a3("c/", "Sở Giáo dục và Đào tạo cập nhật, làm sạch dữ liệu học sinh, giáo viên trên Cơ sở dữ liệu ngành giáo dục, " +
    "kết nối với Cơ sở dữ liệu quốc gia về dân cư; hoàn thành trong tháng 5/2025."),
  s2("4/", "Hạ tầng kỹ thuật, bảo đảm an ninh, an toàn thông tin"),
  a4("a/", "Sở Thông tin và Truyền thông chủ trì, phối hợp với Công an tỉnh hoàn thành phê duyệt hồ sơ đề xuất cấp " +
    "độ an toàn hệ thống thông tin đối với các hệ thống dùng chung của tỉnh trong quý II/2025."),
  a4("b/", "UBND các huyện, thành phố bố trí máy tính, máy quét, thiết bị đọc thẻ căn cước gắn chíp tại Bộ phận " +
    "Một cửa cấp xã, hoàn thành trước ngày 31/3/2025."),
  s2("5/", "Chế độ thông tin, báo cáo"),
  a5("a/", "Các thành viên Tổ công tác báo cáo kết quả thực hiện hằng tháng về Công an tỉnh (Cơ quan thường trực Tổ " +
    "công tác) trước ngày 20 hằng tháng."),
  a5("b/", "Công an tỉnh tổng hợp, báo cáo Tổ công tác triển khai Đề án 06 của Chính phủ, UBND tỉnh kết quả 6 tháng " +
    "đầu năm 2025 trước ngày 15/6/2025."),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  s3("1/", "Các thành viên Tổ công tác căn cứ nhiệm vụ được giao chủ động xây dựng kế hoạch của cơ quan, đơn vị mình, " +
    "bố trí nguồn lực để thực hiện."),
  s3("2/", "Giao Công an tỉnh (Cơ quan thường trực Tổ công tác) theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; " +
    "kịp thời báo cáo Tổ trưởng những khó khăn, vướng mắc./."),
  ...sign(["Tổ công tác Đề án 06 của Chính phủ (b/c)", "Thường trực Tỉnh ủy (b/c)", "Chủ tịch UBND tỉnh (b/c)",
    "Thành viên Tổ công tác", "UBND các huyện, thành phố"], "KT. TỔ TRƯỞNG\nTỔ PHÓ THƯỜNG TRỰC",
  "GIÁM ĐỐC CÔNG AN TỈNH\nĐại tá Nguyễn Viết Giang"),
];

const tasks = [
  task("II.1.a", "Rà soát các văn bản quy phạm pháp luật của tỉnh còn yêu cầu xuất trình giấy tờ", "2025-03-30", [STP],
    [CA]),
  task("II.2.a", "Triển khai 02 nhóm thủ tục hành chính liên thông", "2025-04-30", [VP], [TTTT]),
  task("II.2.b", "Hoàn thành số hóa sổ hộ tịch còn lại của cấp xã", "2025-04-26", [STP], [DIS]),
  task("II.3.a", "Triển khai sử dụng thẻ căn cước, tài khoản định danh điện tử VNeID thay thẻ bảo hiểm y tế giấy",
    "2025-05-14", [CA], [SYT, BHXH]),
  task("II.3.b", "Chi trả trợ cấp ưu đãi người có công, bảo trợ xã hội không dùng tiền mặt", "2025-06-30", [LD],
    [DIS]),
  task("II.3.c", "Cập nhật, làm sạch dữ liệu học sinh, giáo viên trên Cơ sở dữ liệu ngành giáo dục", "2025-05-31",
    [GD]),
  task("II.4.a", "Hoàn thành phê duyệt hồ sơ đề xuất cấp độ an toàn hệ thống thông tin", "2025-06-30", [TTTT], [CA]),
  task("II.4.b", "Bố trí máy tính, máy quét, thiết bị đọc thẻ căn cước gắn chíp tại Bộ phận Một cửa cấp xã",
    "2025-03-30", [DIS]),
  task("II.5.b", "Tổng hợp, báo cáo Tổ công tác triển khai Đề án 06 của Chính phủ, UBND tỉnh kết quả 6 tháng đầu " +
    "năm 2025", "2025-06-14", [CA]),
];

const WORK = "Items are numbered with a slash: '1/', '2/' (bold areas under II) and 'a/', 'b/', 'c/' under them; refs " +
  "are written without the slash, as the schema asks ('II.2.b'). II.1.a Sở Tư pháp chủ trì, Công an tỉnh phối hợp, " +
  "'trước ngày 31/3/2025' 30/3 (Sun) -> 31/3. II.1.b 'thường xuyên': no task. II.2.a 'trong tháng 4/2025' 30/4 " +
  "(day off, then 01-02/5 off and the weekend) -> 05/5. II.2.b 'trước ngày 27/4/2025' 26/4, the make-up Saturday " +
  "(a working day): 26/4; 'UBND các huyện, thành phố' = @districts coordinate. II.3.a 'trước ngày 15/5/2025' 14/5. " +
  "II.3.b 'chậm nhất ngày 30/6/2025' 30/6. II.3.c 'trong tháng 5/2025' 31/5 (Sat) -> 02/6. II.4.a 'trong quý " +
  "II/2025' 30/6. II.4.b the districts lead, 'trước ngày 31/3/2025' 30/3 (Sun) -> 31/3. II.5.a monthly reports " +
  "'trước ngày 20 hằng tháng': recurring, no task (Công an tỉnh receives). II.5.b Công an tỉnh, 'trước ngày " +
  "15/6/2025' 14/6 (Sat) -> 16/6; the Government's Tổ công tác and UBND tỉnh receive. Part I and III set no date.";

await buildDoc(DIR, {
  typed: blocks,
  printer: "weasyprint",
  expected: {
    id: ID,
    style: "Kế hoạch 05/KH-TCT of the Tổ công tác triển khai Đề án 06 tỉnh Lai Châu (before the reorganisation), " +
      "20/02/2025. HABIT: ITEMS NUMBERED WITH A SLASH, '1/', '2/' and 'a/', 'b/' (Word lists '%1/'). " + WORK +
      " PDF: WeasyPrint.",
    province: "Lai Châu",
    plan: { number: "05/KH-TCT", date: "2025-02-20" },
    tasks,
    unresolved: [],
    successors: [],
  },
});

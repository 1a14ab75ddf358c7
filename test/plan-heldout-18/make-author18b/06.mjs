// 06: Bắc Kạn 2024, a plan of the Ban Dân tộc tỉnh (not the UBND): it assigns work to its own offices (Văn phòng
// Ban, Phòng Chính sách dân tộc, Phòng Kế hoạch - Tổng hợp, Thanh tra Ban), to the districts and their Phòng Dân tộc,
// and asks two departments for help ("Đề nghị …"). Prose, Roman sections, items II.n.a).
import path from "node:path";
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const id = "06-bac-kan-2024-ban-dan-toc-plan-own-offices-and-districts";
const p = (text, extra = {}) => ({ t: "p", text, ...extra });
const li = (kind, inst, num, text, extra = {}) => p(text, { num, list: { kind, inst }, ...extra });
const VP = "Văn phòng Ban";
const CS = "Phòng Chính sách dân tộc";
const KH = "Phòng Kế hoạch - Tổng hợp";
const TR = "Thanh tra Ban";
const PDT = "Phòng Dân tộc các huyện, thành phố";

const items = {};
const it = (ref, inst, num, text) => { items[ref] = text; return li("letter", inst, num, text); };

const blocks = [
  ...head("UBND TỈNH BẮC KẠN\nBAN DÂN TỘC", "Số: 38/KH-BDT", "Bắc Kạn, ngày 05 tháng 3 năm 2024", "KẾ HOẠCH",
    "Triển khai công tác dân tộc và Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân " +
    "tộc thiểu số và miền núi năm 2024"),
  p("Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ; căn cứ Kế hoạch thực hiện nhiệm vụ " +
    "phát triển kinh tế - xã hội năm 2024 của UBND tỉnh Bắc Kạn, Ban Dân tộc tỉnh xây dựng Kế hoạch như sau:"),
  li("roman", 1, "I.", "MỤC ĐÍCH, YÊU CẦU", { bold: true }),
  li("dash", 1, "-", "Xác định rõ việc của từng phòng, đơn vị thuộc Ban và của UBND các huyện, thành phố; mỗi việc " +
    "có một đầu mối chịu trách nhiệm và thời hạn hoàn thành."),
  li("dash", 1, "-", "Giải ngân đúng tiến độ nguồn vốn Chương trình; không để tồn đọng vốn sự nghiệp kéo dài."),
  li("roman", 1, "II.", "NHIỆM VỤ CỤ THỂ", { bold: true }),
  li("decimal", 1, "1.", "Công tác tham mưu, xây dựng văn bản", { bold: true }),
  it("II.1.a", 1, "a)", "Phòng Kế hoạch - Tổng hợp chủ trì, phối hợp với Sở Kế hoạch và Đầu tư, Sở Tài chính tham " +
    "mưu phân bổ chi tiết vốn sự nghiệp Chương trình năm 2024; trình UBND tỉnh trước ngày 31/3/2024."),
  it("II.1.b", 1, "b)", "Phòng Chính sách dân tộc tham mưu văn bản hướng dẫn thực hiện chính sách đối với người có " +
    "uy tín trong đồng bào dân tộc thiểu số năm 2024, hoàn thành trong tháng 5/2024."),
  it("II.1.c", 1, "c)", "Văn phòng Ban rà soát, sửa đổi Quy chế làm việc và Quy chế chi tiêu nội bộ của Ban, xong " +
    "ngày 15/4/2024."),
  li("decimal", 1, "2.", "Thực hiện Chương trình mục tiêu quốc gia", { bold: true }),
  it("II.2.a", 2, "a)", "UBND các huyện, thành phố hoàn thành giải ngân vốn sự nghiệp năm 2023 được kéo dài sang " +
    "năm 2024, chậm nhất ngày 30/6/2024."),
  it("II.2.b", 2, "b)", "UBND các huyện Pác Nặm, Ba Bể, Ngân Sơn rà soát đối tượng hỗ trợ đất ở, nhà ở, đất sản " +
    "xuất, nước sinh hoạt (Dự án 1), gửi kết quả về Ban Dân tộc trước ngày 15/5/2024."),
  it("II.2.c", 2, "c)", "Phòng Chính sách dân tộc phối hợp với Phòng Dân tộc các huyện, thành phố kiểm tra việc " +
    "thực hiện Dự án 5 (giáo dục nghề nghiệp, giải quyết việc làm) tại huyện Chợ Đồn, huyện Na Rì trong quý " +
    "III/2024."),
  it("II.2.d", 2, "d)", "Phòng Dân tộc các huyện, thành phố tổng hợp số liệu giảm nghèo vùng đồng bào dân tộc " +
    "thiểu số 6 tháng đầu năm, gửi Phòng Kế hoạch - Tổng hợp trước ngày 20/6/2024."),
  li("decimal", 1, "3.", "Công tác thanh tra, kiểm tra", { bold: true }),
  it("II.3.a", 3, "a)", "Thanh tra Ban thanh tra việc thực hiện chính sách hỗ trợ phát triển sản xuất tại huyện " +
    "Bạch Thông; ban hành kết luận thanh tra trước ngày 31/10/2024."),
  it("II.3.b", 3, "b)", "Thanh tra Ban tiếp công dân, xử lý đơn thư thuộc thẩm quyền theo quy định (thường xuyên)."),
  li("decimal", 1, "4.", "Công tác thông tin, tuyên truyền", { bold: true }),
  it("II.4.a", 4, "a)", "Văn phòng Ban phối hợp với Báo Bắc Kạn, Đài Phát thanh - Truyền hình tỉnh duy trì chuyên " +
    "mục \"Đồng bào các dân tộc Bắc Kạn đoàn kết, phát triển\"; ký hợp đồng đặt hàng năm 2024 xong ngày 28/6/2024."),
  it("II.4.b", 4, "b)", "Phòng Chính sách dân tộc phối hợp với Sở Tư pháp tổ chức tập huấn phổ biến pháp luật cho " +
    "người có uy tín; thời gian: quý III/2024."),
  li("decimal", 1, "5.", "Đề nghị các cơ quan phối hợp", { bold: true }),
  it("II.5.a", 5, "a)", "Đề nghị Sở Tài chính thẩm định, tham mưu bố trí kinh phí thực hiện chính sách đối với " +
    "người có uy tín năm 2024 trước ngày 15/4/2024."),
  it("II.5.b", 5, "b)", "Đề nghị Sở Lao động - Thương binh và Xã hội cung cấp số liệu hộ nghèo, hộ cận nghèo là " +
    "người dân tộc thiểu số năm 2023 cho Ban Dân tộc chậm nhất ngày 29/3/2024."),
  li("roman", 1, "III.", "TỔ CHỨC THỰC HIỆN", { bold: true }),
  li("decimal", 6, "1.", "Trưởng các phòng, đơn vị thuộc Ban chịu trách nhiệm trước Trưởng ban về tiến độ, chất " +
    "lượng các nhiệm vụ được giao."),
  li("decimal", 6, "2.", "UBND các huyện, thành phố báo cáo kết quả thực hiện năm 2024 về Ban Dân tộc (qua Văn " +
    "phòng Ban) trước ngày 05/12/2024."),
  li("decimal", 6, "3.", "Văn phòng Ban tổng hợp, tham mưu Trưởng ban báo cáo UBND tỉnh, Ủy ban Dân tộc kết quả " +
    "công tác dân tộc năm 2024 trước ngày 20/12/2024."),
  ...sign(["UBND tỉnh (b/c)", "Ủy ban Dân tộc (b/c)", "Các sở: KH&ĐT, Tài chính, LĐ-TB&XH, Tư pháp",
    "UBND các huyện, thành phố", "Các phòng, đơn vị thuộc Ban"], "TRƯỞNG BAN", "Hoàng Văn Thạch"),
];

const t = (ref) => items[ref].replace(/\.$/, "");
const tasks = [
  task("II.1.a", t("II.1.a"), "2024-03-30", [KH], ["Sở Kế hoạch và Đầu tư", "Sở Tài chính"]),
  task("II.1.b", t("II.1.b"), "2024-05-31", [CS]),
  task("II.1.c", t("II.1.c"), "2024-04-15", [VP]),
  task("II.2.a", t("II.2.a"), "2024-06-30", ["@districts"]),
  task("II.2.b", t("II.2.b"), "2024-05-14", ["UBND huyện Pác Nặm", "UBND huyện Ba Bể", "UBND huyện Ngân Sơn"]),
  task("II.2.c", t("II.2.c"), "2024-09-30", [CS], [PDT]),
  task("II.2.d", t("II.2.d"), "2024-06-19", [PDT]),
  task("II.3.a", t("II.3.a"), "2024-10-30", [TR]),
  task("II.4.a", t("II.4.a"), "2024-06-28", [VP], ["Báo Bắc Kạn", "Đài Phát thanh - Truyền hình tỉnh"]),
  task("II.4.b", t("II.4.b"), "2024-09-30", [CS], ["Sở Tư pháp"]),
  task("II.5.a", t("II.5.a"), "2024-04-14", ["Sở Tài chính"]),
  task("II.5.b", t("II.5.b"), "2024-03-29", ["Sở Lao động - Thương binh và Xã hội"]),
  task("III.2", "UBND các huyện, thành phố báo cáo kết quả thực hiện năm 2024 về Ban Dân tộc (qua Văn phòng Ban)",
    "2024-12-04", ["@districts"]),
  task("III.3", "Văn phòng Ban tổng hợp, tham mưu Trưởng ban báo cáo UBND tỉnh, Ủy ban Dân tộc kết quả công tác " +
    "dân tộc năm 2024", "2024-12-19", [VP]),
];

const dir = path.join(import.meta.dirname, "..", id);
await build(dir, { blocks, printer: "weasyprint", expected: {
  id,
  style: "Kế hoạch 38/KH-BDT of the Ban Dân tộc tỉnh Bắc Kạn, 05/3/2024: a provincial body other than the UBND " +
    "assigns to its own offices (Văn phòng Ban, Phòng Chính sách dân tộc, Phòng Kế hoạch - Tổng hợp, Thanh tra " +
    "Ban: unresolved), to the districts and to 'Phòng Dân tộc các huyện, thành phố' (one group name, unresolved, " +
    "not @districts). Prose, I-III with 1. and a) items (Word lists); ref 'II.n.x', 'III.n'. 'Đề nghị Sở X …' = " +
    "X leads. 'gửi … về Ban Dân tộc', 'báo cáo UBND tỉnh, Ủy ban Dân tộc' are recipients. II.2.c's Chợ Đồn, Na " +
    "Rì and II.3.a's Bạch Thông are inspected places, not units. II.3.b thường xuyên left out. Moves: 30/3 Sat -> " +
    "1/4; 30/6 Sun -> 1/7; 14/4 Sun -> 15/4. Printed by WeasyPrint.",
  province: "Bắc Kạn",
  plan: { number: "38/KH-BDT", date: "2024-03-05" },
  tasks,
  unresolved: [VP, CS, KH, TR, PDT],
  successors: [],
} });

// 05: Thái Nguyên 2025 (six weeks after the merger with Bắc Kạn and the end of the district level) — a CÔNG ĐIỆN
// (official telegram) of the Chủ tịch UBND tỉnh, marked HỎA TỐC: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:" and a list of
// heads addressed ("Giám đốc các sở …; Chủ tịch UBND các xã, phường"), then numbered orders, each opening with the
// HEAD of a unit and a colon ("Giám đốc Sở Nội vụ:"), some split a)-c). The unit is the head's body.
import path from "node:path";
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const id = "05-thai-nguyen-2025-cong-dien-telegram-heads-addressed";
const p = (text, extra = {}) => ({ t: "p", text, ...extra });
const li = (kind, inst, num, text, extra = {}) => p(text, { num, list: { kind, inst }, ...extra });
const NV = "Sở Nội vụ";
const TC = "Sở Tài chính";
const XA = "UBND cấp xã";
const VP = "Văn phòng UBND tỉnh";

const items = {};
const it = (ref, kind, inst, num, text) => { items[ref] = text; return li(kind, inst, num, text); };
const order = (num, text) => li("decimal", 1, num, text, { bold: true });

const blocks = [
  p("HỎA TỐC", { bold: true, align: "left", indent: false }),
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 07/CĐ-UBND", "Thái Nguyên, ngày 14 tháng 8 năm 2025",
    "CÔNG ĐIỆN", "Về việc tập trung tháo gỡ khó khăn, vướng mắc trong vận hành chính quyền địa phương hai cấp"),
  p("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:", { bold: true, align: "center", indent: false }),
  p("- Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh;", { indent: false }),
  p("- Giám đốc Công an tỉnh;", { indent: false }),
  p("- Chủ tịch UBND các xã, phường.", { indent: false }),
  p("Sau hơn 01 tháng vận hành chính quyền địa phương hai cấp (từ ngày 01/7/2025), 92 xã, phường của tỉnh đã " +
    "đi vào hoạt động ổn định, không để gián đoạn việc giải quyết thủ tục hành chính cho người dân, doanh " +
    "nghiệp. Tuy nhiên, qua kiểm tra của các Đoàn công tác của tỉnh từ ngày 21/7/2025 đến ngày 08/8/2025 cho " +
    "thấy nhiều xã, phường còn thiếu công chức chuyên môn về đất đai, xây dựng, tài chính, công nghệ thông tin; " +
    "hạ tầng số, trụ sở làm việc ở một số xã thuộc khu vực Bắc Kạn (cũ) chưa bảo đảm; việc bàn giao hồ sơ, tài " +
    "liệu, tài sản từ cấp huyện cũ còn chậm."),
  p("Thực hiện Công điện số 118/CĐ-TTg ngày 05/8/2025 của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh yêu cầu:"),
  order("1.", "Giám đốc Sở Nội vụ:"),
  it("1.a", "letter", 1, "a)", "Chủ trì, phối hợp với Sở Tài chính rà soát số lượng công chức còn thiếu ở từng xã, " +
    "phường theo vị trí việc làm, tham mưu phương án điều động, biệt phái công chức cấp tỉnh về cấp xã; trình " +
    "Chủ tịch UBND tỉnh trước ngày 22/8/2025."),
  it("1.b", "letter", 1, "b)", "Hướng dẫn các xã, phường giải quyết chế độ, chính sách đối với cán bộ, công chức, " +
    "người hoạt động không chuyên trách dôi dư sau sắp xếp; xong trong tháng 9/2025."),
  order("2.", "Giám đốc Sở Tài chính:"),
  it("2.a", "letter", 2, "a)", "Bổ sung dự toán kinh phí hoạt động năm 2025 cho các xã, phường mới thành lập, " +
    "hoàn thành việc giao dự toán bổ sung trước ngày 29/8/2025."),
  it("2.b", "letter", 2, "b)", "Chủ trì, phối hợp với Sở Nông nghiệp và Môi trường, Sở Xây dựng lập phương án xử " +
    "lý trụ sở, cơ sở nhà, đất dôi dư của các huyện, xã cũ; báo cáo Chủ tịch UBND tỉnh chậm nhất ngày 15/9/2025."),
  order("3.", "Giám đốc Sở Khoa học và Công nghệ:"),
  it("3", "dash", 1, "-", "Phối hợp với Viễn thông Thái Nguyên, Viettel Thái Nguyên bảo đảm đường truyền, chữ ký " +
    "số cho 100% cán bộ, công chức cấp xã, xong trước ngày 25/8/2025; trực hỗ trợ kỹ thuật cho các xã, phường " +
    "24/7."),
  order("4.", "Chánh Văn phòng UBND tỉnh:"),
  it("4", "dash", 2, "-", "Chủ trì, phối hợp với Trung tâm Phục vụ hành chính công tỉnh rà soát, trình công bố " +
    "lại danh mục thủ tục hành chính thực hiện tại Trung tâm Phục vụ hành chính công cấp xã; hoàn thành trong " +
    "tháng 8/2025."),
  order("5.", "Giám đốc Sở Nông nghiệp và Môi trường:"),
  it("5", "dash", 3, "-", "Hướng dẫn các xã, phường tiếp nhận, chỉnh lý hồ sơ địa chính, cơ sở dữ liệu đất đai " +
    "do cấp huyện cũ bàn giao; hoàn thành trong quý IV/2025."),
  order("6.", "Giám đốc Công an tỉnh:"),
  it("6", "dash", 4, "-", "Chỉ đạo Công an các xã, phường hoàn thành cập nhật địa chỉ theo đơn vị hành chính mới " +
    "trong Cơ sở dữ liệu quốc gia về dân cư trước ngày 30/9/2025."),
  order("7.", "Chủ tịch UBND các xã, phường:"),
  it("7.a", "letter", 3, "a)", "Rà soát, báo cáo Sở Nội vụ nhu cầu bổ sung công chức theo vị trí việc làm trước " +
    "ngày 20/8/2025."),
  it("7.b", "letter", 3, "b)", "Thường xuyên kiểm tra hoạt động của Trung tâm Phục vụ hành chính công cấp xã, " +
    "không để tồn đọng, quá hạn hồ sơ; chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để xảy ra ách tắc."),
  it("7.c", "letter", 3, "c)", "Hoàn thành tiếp nhận hồ sơ, tài liệu, tài sản do cấp huyện cũ bàn giao, lập biên " +
    "bản bàn giao đầy đủ, chậm nhất ngày 10/9/2025."),
  order("8.", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh:"),
  it("8", "dash", 5, "-", "Chỉ đạo Mặt trận các xã, phường tăng cường giám sát, tiếp nhận phản ánh của Nhân dân về " +
    "hoạt động của chính quyền cấp xã."),
  order("9.", "Văn phòng UBND tỉnh:"),
  it("9", "dash", 6, "-", "Theo dõi, đôn đốc việc thực hiện Công điện này; tổng hợp kết quả, báo cáo Chủ tịch UBND " +
    "tỉnh trước ngày 05/10/2025."),
  p("Yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, phường nghiêm túc thực hiện./."),
  ...sign(["Thủ tướng Chính phủ (b/c)", "Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)",
    "Chủ tịch, các PCT UBND tỉnh", "Như trên (thực hiện)"], "CHỦ TỊCH\n\n(Đã ký)", "Lê Quang Tiến"),
];

const t = (ref) => items[ref].replace(/\.$/, "");
const tasks = [
  task("1.a", t("1.a"), "2025-08-21", [NV], [TC]),
  task("1.b", t("1.b"), "2025-09-30", [NV]),
  task("2.a", t("2.a"), "2025-08-28", [TC]),
  task("2.b", t("2.b"), "2025-09-15", [TC], ["Sở Nông nghiệp và Môi trường", "Sở Xây dựng"]),
  task("3", "Bảo đảm đường truyền, chữ ký số cho 100% cán bộ, công chức cấp xã", "2025-08-24",
    ["Sở Khoa học và Công nghệ"], ["Viễn thông Thái Nguyên", "Viettel Thái Nguyên"]),
  task("4", t("4"), "2025-08-31", [VP], ["Trung tâm Phục vụ hành chính công tỉnh"]),
  task("5", t("5"), "2025-12-31", ["Sở Nông nghiệp và Môi trường"]),
  task("6", t("6"), "2025-09-29", ["Công an tỉnh"]),
  task("7.a", t("7.a"), "2025-08-19", [XA]),
  task("7.c", t("7.c"), "2025-09-10", [XA]),
  task("9", "Theo dõi, đôn đốc việc thực hiện Công điện này; tổng hợp kết quả, báo cáo Chủ tịch UBND tỉnh",
    "2025-10-04", [VP]),
];

const dir = path.join(import.meta.dirname, "..", id);
await build(dir, { blocks, printer: "weasyprint", expected: {
  id,
  style: "CÔNG ĐIỆN 07/CĐ-UBND (HỎA TỐC) of the Chủ tịch UBND tỉnh Thái Nguyên, 14/8/2025, after the merger with " +
    "Bắc Kạn (merged directory, no districts). 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:' + a dash list of heads " +
    "addressed (recipients, no task). Orders 1.-9. each open with a HEAD and a colon ('Giám đốc Sở Nội vụ:', " +
    "'Chánh Văn phòng UBND tỉnh:', 'Giám đốc Công an tỉnh:', 'Chủ tịch UBND các xã, phường:') -> the head's body " +
    "leads (Sở Nội vụ, Văn phòng UBND tỉnh, Công an tỉnh, UBND cấp xã). Under a head: a)-c) (ref 1.a) or one dash " +
    "paragraph (ref = the order's number, '3'). 'Chủ trì, phối hợp với Y' / 'Phối hợp với Y' (no chủ trì) in a " +
    "head's paragraph: the head's body leads, Y coordinates. 'trình / báo cáo Chủ tịch UBND tỉnh', 'báo cáo Sở " +
    "Nội vụ' are recipients. Left out: 7.b 'Thường xuyên', 8 (Mặt trận, undated), 3's '24/7' support duty. " +
    "Preamble dates (01/7, 21/7-08/8, CĐ 118 of 05/8) are no deadlines. 'trước 30/9' (6) = 29/9 Mon. " +
    "Moves: 'trước 25/8' = 24/8 Sun -> 25/8; " +
    "'tháng 8/2025' = 31/8 Sun, 1-2/9 off -> 3/9; 'trước 05/10' = 4/10 Sat -> 6/10. Unresolved: UBND cấp xã, " +
    "Trung tâm Phục vụ hành chính công tỉnh, Viễn thông Thái Nguyên, Viettel Thái Nguyên. PDF: WeasyPrint.",
  province: "Thái Nguyên",
  plan: { number: "07/CĐ-UBND", date: "2025-08-14" },
  tasks,
  unresolved: [XA, "Trung tâm Phục vụ hành chính công tỉnh", "Viễn thông Thái Nguyên", "Viettel Thái Nguyên"],
} });

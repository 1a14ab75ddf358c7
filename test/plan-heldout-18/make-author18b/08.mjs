// 08: Thái Nguyên 2026 (after the merger with Bắc Kạn), a Kế hoạch of the UBND tỉnh as a department passes it on:
// the Sở Nội vụ's "SAO Y" block (its own number, date, Nơi nhận, signer and e-signature line) under the original
// signature. The plan's number and date are the original's, not the copy's. Prose, II.n.a) items.
import path from "node:path";
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const id = "08-thai-nguyen-2026-sao-y-copy-stamp-own-number";
const p = (text, extra = {}) => ({ t: "p", text, ...extra });
const li = (kind, inst, num, text, extra = {}) => p(text, { num, list: { kind, inst }, ...extra });
const NV = "Sở Nội vụ";
const XA = "UBND cấp xã";
const PV = "Trung tâm Phục vụ hành chính công tỉnh";
const BPT = "Báo và Phát thanh, Truyền hình Thái Nguyên";

const items = {};
const it = (ref, inst, num, text) => { items[ref] = text; return li("letter", inst, num, text); };

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 31/KH-UBND", "Thái Nguyên, ngày 10 tháng 02 năm 2026",
    "KẾ HOẠCH", "Nâng cao hiệu lực, hiệu quả hoạt động của chính quyền địa phương hai cấp năm 2026"),
  li("roman", 1, "I.", "MỤC ĐÍCH, YÊU CẦU", { bold: true }),
  li("dash", 1, "-", "Khắc phục những hạn chế sau 06 tháng vận hành chính quyền địa phương hai cấp; bảo đảm các " +
    "xã, phường, nhất là các xã thuộc địa bàn tỉnh Bắc Kạn (cũ), đủ nhân lực và điều kiện làm việc."),
  li("roman", 1, "II.", "NHIỆM VỤ VÀ GIẢI PHÁP", { bold: true }),
  li("decimal", 1, "1.", "Hoàn thiện thể chế, tổ chức bộ máy", { bold: true }),
  it("II.1.a", 1, "a)", "Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp rà soát, tham mưu sửa đổi quy định về phân " +
    "cấp, ủy quyền giữa cấp tỉnh và cấp xã; trình UBND tỉnh trước ngày 31/3/2026."),
  it("II.1.b", 1, "b)", "Các sở, ban, ngành rà soát chức năng, nhiệm vụ, cơ cấu tổ chức của cơ quan mình, gửi Sở " +
    "Nội vụ thẩm định chậm nhất ngày 15/3/2026."),
  it("II.1.c", 1, "c)", "UBND các xã, phường hoàn thiện Đề án vị trí việc làm của các cơ quan chuyên môn cấp xã " +
    "trong quý II/2026."),
  li("decimal", 1, "2.", "Nâng cao chất lượng đội ngũ cán bộ, công chức cấp xã", { bold: true }),
  it("II.2.a", 2, "a)", "Sở Nội vụ phối hợp với Sở Nông nghiệp và Môi trường, Sở Xây dựng, Sở Tài chính tổ chức " +
    "bồi dưỡng nghiệp vụ đất đai, xây dựng, tài chính cho công chức cấp xã; hoàn thành tháng 5/2026."),
  it("II.2.b", 2, "b)", "Sở Nội vụ tham mưu điều động, biệt phái công chức cấp tỉnh về các xã còn thiếu công chức " +
    "chuyên môn, xong trước ngày 30/4/2026."),
  li("decimal", 1, "3.", "Hành chính công, chuyển đổi số", { bold: true }),
  it("II.3.a", 3, "a)", "Trung tâm Phục vụ hành chính công tỉnh chủ trì, phối hợp với Văn phòng UBND tỉnh và UBND " +
    "các xã, phường vận hành thí điểm tiếp nhận hồ sơ không phụ thuộc địa giới hành chính tại 10 xã, phường; " +
    "hoàn thành ngày 30/6/2026."),
  it("II.3.b", 3, "b)", "Sở Khoa học và Công nghệ chủ trì, phối hợp với Công an tỉnh, Sở Thông tin và Truyền " +
    "thông, Viễn thông Thái Nguyên bảo đảm đường truyền số liệu chuyên dùng đến 100% xã, phường trước ngày " +
    "01/6/2026."),
  it("II.3.c", 3, "c)", "Sở Tài chính bố trí kinh phí số hóa hồ sơ, tài liệu lưu trữ của các xã, phường; thời " +
    "hạn: quý III/2026."),
  li("decimal", 1, "4.", "Kiểm tra, đánh giá", { bold: true }),
  it("II.4.a", 4, "a)", "Thanh tra tỉnh phối hợp với Sở Nội vụ kiểm tra công vụ đột xuất tại một số xã, phường " +
    "thuộc địa bàn tỉnh Bắc Kạn (cũ) trong tháng 9/2026."),
  it("II.4.b", 4, "b)", "Sở Nội vụ tổng hợp kết quả đánh giá, xếp loại chất lượng hoạt động của chính quyền cấp " +
    "xã năm 2026, báo cáo UBND tỉnh trước ngày 20/12/2026."),
  li("decimal", 1, "5.", "Thông tin, tuyên truyền", { bold: true }),
  it("II.5.a", 5, "a)", "Báo Thái Nguyên, Đài Phát thanh - Truyền hình tỉnh mở chuyên mục \"Chính quyền gần dân\" " +
    "về hoạt động của chính quyền địa phương hai cấp trong tháng 3/2026."),
  li("roman", 1, "III.", "TỔ CHỨC THỰC HIỆN", { bold: true }),
  li("decimal", 6, "1.", "Các sở, ban, ngành; UBND các xã, phường báo cáo kết quả thực hiện 6 tháng đầu năm về Sở " +
    "Nội vụ trước ngày 10/6/2026."),
  li("decimal", 6, "2.", "Sở Nội vụ theo dõi, đôn đốc; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch " +
    "năm 2026 chậm nhất ngày 15/12/2026."),
  li("decimal", 6, "3.", "Định kỳ hằng quý, Sở Nội vụ báo cáo tiến độ tại phiên họp thường kỳ của UBND tỉnh."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Các sở, ban, ngành", "UBND các xã, phường"],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)", "Nguyễn Thanh Bình"),
  { t: "table", borders: false, widths: [4200, 5200], rows: [
    [{ text: "SỞ NỘI VỤ", bold: true, align: "center" }, { text: "SAO Y", bold: true, align: "center" }],
    [{ text: "Số: 09/SY-SNV", align: "center" },
      { text: "Thái Nguyên, ngày 13 tháng 02 năm 2026", italic: true, align: "center" }],
    [{ text: "Nơi nhận:\n- Giám đốc, các PGĐ Sở;\n- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT.", align: "left",
      size: 22 },
    { text: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nHoàng Thị Lan", bold: true, align: "center" }],
    [{ text: "", span: 1 }, { text: "Ký bởi: Sở Nội vụ tỉnh Thái Nguyên\nThời gian ký: 13.02.2026 09:21:47 +07:00",
      italic: true, size: 18, align: "center" }],
  ] },
];

const t = (ref) => items[ref].replace(/\.$/, "");
const tasks = [
  task("II.1.a", t("II.1.a"), "2026-03-30", [NV], ["Sở Tư pháp"]),
  task("II.1.b", t("II.1.b"), "2026-03-15", ["@departments"]),
  task("II.1.c", t("II.1.c"), "2026-06-30", [XA]),
  task("II.2.a", t("II.2.a"), "2026-05-31", [NV], ["Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Sở Tài chính"]),
  task("II.2.b", t("II.2.b"), "2026-04-29", [NV]),
  task("II.3.a", t("II.3.a"), "2026-06-30", [PV], ["Văn phòng UBND tỉnh", XA]),
  task("II.3.b", t("II.3.b"), "2026-05-31", ["Sở Khoa học và Công nghệ"], ["Công an tỉnh", "Viễn thông Thái Nguyên"]),
  task("II.3.c", t("II.3.c"), "2026-09-30", ["Sở Tài chính"]),
  task("II.4.a", t("II.4.a"), "2026-09-30", ["Thanh tra tỉnh"], [NV]),
  task("II.4.b", t("II.4.b"), "2026-12-19", [NV]),
  task("II.5.a", t("II.5.a"), "2026-03-31", [BPT]),
  task("III.1", "Các sở, ban, ngành; UBND các xã, phường báo cáo kết quả thực hiện 6 tháng đầu năm về Sở Nội vụ",
    "2026-06-09", ["@departments", XA]),
  task("III.2", "Sở Nội vụ theo dõi, đôn đốc; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch năm 2026",
    "2026-12-15", [NV]),
];

const dir = path.join(import.meta.dirname, "..", id);
await build(dir, { blocks, printer: "libreoffice", expected: {
  id,
  style: "Kế hoạch 31/KH-UBND of UBND tỉnh Thái Nguyên, 10/02/2026 (merged province), as the Sở Nội vụ passes it " +
    "on: under the signature a borderless 'SỞ NỘI VỤ | SAO Y' block with its own number 09/SY-SNV, date " +
    "13/02/2026, Nơi nhận, signer and e-signature line. plan = the original's number and date. Prose I-III, " +
    "items II.n.a) (Word lists). Old names: 'Sở Thông tin và Truyền thông' (II.3.b partner, merges into the lead " +
    "Sở KH&CN), 'Báo Thái Nguyên', 'Đài Phát thanh - Truyền hình tỉnh' (II.5.a) -> successors. 'UBND các xã, " +
    "phường' = UBND cấp xã. III.3 quarterly left out. Moves: 15/3 Sun -> 16/3; 31/5 Sun -> 1/6; 19/12 Sat -> " +
    "21/12. Printed by LibreOffice.",
  province: "Thái Nguyên",
  plan: { number: "31/KH-UBND", date: "2026-02-10" },
  tasks,
  unresolved: [XA, PV, "Viễn thông Thái Nguyên"],
  successors: [
    { written: "Sở Thông tin và Truyền thông", unit: "Sở Khoa học và Công nghệ" },
    { written: "Báo Thái Nguyên", unit: BPT },
    { written: "Đài Phát thanh - Truyền hình tỉnh", unit: BPT },
  ],
} });

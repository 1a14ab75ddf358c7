// 08: Thái Nguyên (merged) 2025, a Kế hoạch whose task table stops for a prose paragraph and goes on in a second
// table (STT continuing), units naming communes ("UBND các xã: Ba Bể, Chợ Đồn, …"); communes.json lists them.
import fs from "node:fs";
import path from "node:path";
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const id = "08-thai-nguyen-2025-second-table-after-prose-named-communes";
const p = (text, extra = {}) => ({ t: "p", text, ...extra });
const VP = "Văn phòng UBND tỉnh";
const KHCN = "Sở Khoa học và Công nghệ";
const SNV = "Sở Nội vụ";
const XA = "UBND các xã, phường";
const HEADER = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"];
const WIDTHS = [700, 3800, 1700, 1900, 1500];
const TTHCC = "Trung tâm Phục vụ hành chính công cấp xã";

const first = [
  ["1", `Ban hành hướng dẫn quy trình tiếp nhận, số hóa, trả kết quả hồ sơ tại ${TTHCC}`, VP, `${KHCN}, ${SNV}`,
    "Trước ngày 10/10/2025"],
  ["2", `Tham mưu bố trí kinh phí mua sắm trang thiết bị cho ${TTHCC}`, "Sở Tài chính", `${VP}, ${XA}`,
    "Tháng 10/2025"],
  ["3", "Kết nối Hệ thống thông tin giải quyết thủ tục hành chính tỉnh với Cơ sở dữ liệu đất đai",
    "Sở Nông nghiệp và Môi trường", "Sở Thông tin và Truyền thông", "Chậm nhất ngày 15/11/2025"],
  ["4", `Bồi dưỡng nghiệp vụ cho công chức làm việc tại ${TTHCC}`, SNV, VP, "Quý IV/2025"],
  ["5", "Triển khai ký số, thanh toán trực tuyến phí, lệ phí tại cấp xã", KHCN, "Kho bạc Nhà nước tỉnh",
    "Hoàn thành ngày 28/11/2025"],
  ["6", "Hướng dẫn đăng ký hộ tịch, chứng thực bản sao điện tử từ bản chính", "Sở Tư pháp", XA, "Thường xuyên"],
  ["7", `Đo lường sự hài lòng của người dân, doanh nghiệp tại ${TTHCC}`, SNV, `Bưu điện tỉnh, ${XA}`,
    "Trước ngày 20/12/2025"],
];
const second = [
  ["8", "Niêm yết công khai đầy đủ thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã", XA, VP,
    "Trước ngày 15/10/2025"],
  ["9", "Bố trí khu vực tiếp nhận, trả kết quả đạt chuẩn tại trụ sở mới sau sắp xếp",
    "UBND các xã: Ba Bể, Chợ Đồn, Na Rì, Ngân Sơn", "Sở Xây dựng", "Tháng 11/2025"],
  ["10", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực của các đơn vị hành chính cũ",
    "UBND các phường: Phan Đình Phùng, Gia Sàng, Phổ Yên, Sông Công", KHCN, "Trong năm 2025"],
  ["11", "Thí điểm tổ tiếp nhận hồ sơ lưu động tại các thôn, bản vùng cao", "UBND các xã: Bạch Thông, Võ Nhai, " +
    "Định Hóa", "Bưu điện tỉnh", "Quý I/2026"],
  ["12", `Rà soát, đề xuất bổ sung biên chế công chức cho ${TTHCC}`, XA, SNV, "Trước ngày 01/11/2025"],
  ["13", `Kết nối hệ thống camera giám sát của ${TTHCC} với Văn phòng UBND tỉnh`,
    "UBND các phường: Bắc Kạn, Đức Xuân", KHCN, "20/12/2025"],
  ["14", "Tự đánh giá, báo cáo kết quả hoạt động năm 2025 của Trung tâm gửi Sở Nội vụ", XA, "",
    "Trước ngày 10/01/2026"],
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 112/KH-UBND", "Thái Nguyên, ngày 22 tháng 9 năm 2025",
    "KẾ HOẠCH", `Nâng cao chất lượng hoạt động của ${TTHCC} năm 2025 và quý I năm 2026`),
  p("I. MỤC ĐÍCH, YÊU CẦU", { bold: true }),
  p("Bảo đảm Trung tâm Phục vụ hành chính công của 92 xã, phường sau sắp xếp vận hành thông suốt, không để gián " +
    "đoạn việc giải quyết thủ tục hành chính cho người dân, doanh nghiệp khi thực hiện chính quyền địa phương hai " +
    "cấp."),
  p("II. NHIỆM VỤ CỤ THỂ", { bold: true }),
  p("Các cơ quan cấp tỉnh thực hiện các nhiệm vụ sau:"),
  { t: "table", header: 1, widths: WIDTHS, rows: [HEADER, ...first] },
  p("Đối với các xã, phường, nhất là các xã khu vực tỉnh Bắc Kạn (cũ) và các xã vùng cao có trụ sở mới sau sắp " +
    "xếp, Chủ tịch UBND xã, phường trực tiếp chỉ đạo Trung tâm Phục vụ hành chính công; tăng cường hướng dẫn người " +
    "dân nộp hồ sơ trực tuyến; các nhiệm vụ cụ thể của cấp xã tiếp tục như sau:"),
  { t: "table", header: 1, widths: WIDTHS, rows: [HEADER, ...second] },
  p("III. TỔ CHỨC THỰC HIỆN", { bold: true }),
  p("Sở Nội vụ theo dõi, tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND tỉnh trước ngày 20/01/2026.",
    { num: "1." }),
  p("Văn phòng UBND tỉnh hằng tháng thông báo tỷ lệ hồ sơ trễ hạn của từng xã, phường trên Hệ thống thông tin giải " +
    "quyết thủ tục hành chính tỉnh.", { num: "2." }),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành", XA],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Phạm Hoàng Sơn"),
];
for (const b of blocks) if (b.num) b.list = { kind: "decimal", inst: "iii" };

const t = (n) => [...first, ...second].find((r) => r[0] === n)[1];
const C = "@communes";
const xa = (...names) => names.map((n) => `UBND xã ${n}`);
const phuong = (...names) => names.map((n) => `UBND phường ${n}`);
const tasks = [
  task("1", t("1"), "2025-10-09", [VP], [KHCN, SNV]),
  task("2", t("2"), "2025-10-31", ["Sở Tài chính"], [VP, C]),
  task("3", t("3"), "2025-11-15", ["Sở Nông nghiệp và Môi trường"], [KHCN]),
  task("4", t("4"), "2025-12-31", [SNV], [VP]),
  task("5", t("5"), "2025-11-28", [KHCN], ["Kho bạc Nhà nước tỉnh"]),
  task("7", t("7"), "2025-12-19", [SNV], ["Bưu điện tỉnh", C]),
  task("8", t("8"), "2025-10-14", [C], [VP]),
  task("9", t("9"), "2025-11-30", xa("Ba Bể", "Chợ Đồn", "Na Rì", "Ngân Sơn"), ["Sở Xây dựng"]),
  task("10", t("10"), "2025-12-31", phuong("Phan Đình Phùng", "Gia Sàng", "Phổ Yên", "Sông Công"), [KHCN]),
  task("11", t("11"), "2026-03-31", xa("Bạch Thông", "Võ Nhai", "Định Hóa"), ["Bưu điện tỉnh"]),
  task("12", t("12"), "2025-10-31", [C], [SNV]),
  task("13", t("13"), "2025-12-20", phuong("Bắc Kạn", "Đức Xuân"), [KHCN]),
  task("14", t("14"), "2026-01-09", [C]),
  task("III.1", "Theo dõi, tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND tỉnh", "2026-01-19", [SNV]),
];
const communes = [...phuong("Phan Đình Phùng", "Gia Sàng", "Phổ Yên", "Sông Công", "Bắc Kạn", "Đức Xuân"),
  ...xa("Ba Bể", "Chợ Đồn", "Na Rì", "Ngân Sơn", "Bạch Thông", "Chợ Mới", "Võ Nhai", "Định Hóa", "Đại Từ",
    "Phú Bình", "Phú Lương")];

const dir = path.join(import.meta.dirname, "..", id);
await build(dir, { blocks, printer: "libreoffice", expected: {
  id,
  style: "Kế hoạch 112/KH-UBND of UBND tỉnh Thái Nguyên (merged province), 22/9/2025: section II has a first " +
    "table (STT 1-7, provincial bodies), then a prose paragraph, then a second table with the same header whose " +
    "STT goes on 8-14 (communes' tasks); ref = STT over both tables, as earlier sets read a table's STT. Units name communes: 'UBND các xã: " +
    "Ba Bể, Chợ Đồn, Na Rì, Ngân Sơn' = four leads 'UBND xã …', 'UBND các phường: …' likewise, as in " +
    "communes.json (17 communes imported); 'UBND các xã, phường' = @communes. Section III item 1 (Word list in " +
    "plan-auto.docx) 'báo cáo UBND tỉnh trước ngày 20/01/2026' is a task of Sở Nội vụ, UBND tỉnh the recipient; " +
    "item 2 monthly. Left out: II.6 'Thường xuyên'. 14 'gửi Sở Nội vụ' names a recipient. 'Sở Thông tin và " +
    "Truyền thông' (II.3, coordinator) is an old name -> Sở Khoa học và Công nghệ. 'Trong năm 2025' -> 31/12. " +
    "Printed by LibreOffice from plan-auto.docx.",
  province: "Thái Nguyên",
  plan: { number: "112/KH-UBND", date: "2025-09-22" },
  tasks,
  unresolved: [],
  successors: [{ written: "Sở Thông tin và Truyền thông", unit: KHCN }],
} });
fs.writeFileSync(path.join(dir, "communes.json"), JSON.stringify(communes, null, 2) + "\n");

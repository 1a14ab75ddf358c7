// 05: Lai Châu 2023, a Quyết định giving the year's reform tasks "theo Phụ lục kèm theo"; the Phụ lục table sits
// after Điều 3 and BEFORE the "Nơi nhận" / signature block.
import path from "node:path";
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const id = "05-lai-chau-2023-decision-appendix-before-signature";
const p = (text, extra = {}) => ({ t: "p", text, ...extra });
const SNV = "Sở Nội vụ";
const STP = "Sở Tư pháp";
const VP = "Văn phòng UBND tỉnh";
const TTTT = "Sở Thông tin và Truyền thông";
const SBN = "Các sở, ban, ngành";
const HUYEN = "UBND các huyện, thành phố";
const g = (roman, label) => [{ text: roman, bold: true, align: "center" }, { text: label, bold: true, span: 5 }];

const rows = [
  ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
  g("I", "CẢI CÁCH THỂ CHẾ"),
  ["1", "Xây dựng, trình ban hành Quy định phân cấp quản lý tổ chức bộ máy, công chức, viên chức tỉnh Lai Châu",
    SNV, `${STP}, ${VP}`, "Quý II/2023", "Quyết định của UBND tỉnh"],
  ["2", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành", { text: STP, vm: "start" },
    SBN, "Trước ngày 31/3/2023", "Báo cáo kết quả rà soát"],
  ["3", "Kiểm tra văn bản quy phạm pháp luật do HĐND, UBND cấp huyện ban hành", { text: "", vm: "cont" }, HUYEN,
    "Tháng 10/2023", "Kết luận kiểm tra"],
  g("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"),
  ["1", "Công bố danh mục thủ tục hành chính được cắt giảm thời gian giải quyết", VP, SBN,
    "Chậm nhất ngày 30/6/2023", "Quyết định công bố"],
  ["2", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đất đai", "Sở Tài nguyên và Môi trường", `${VP}; ${HUYEN}`,
    "15/8/2023", "Phương án đơn giản hóa"],
  ["3", "Duy trì hoạt động của Bộ phận Một cửa cấp huyện, cấp xã", HUYEN, "", "Thường xuyên", ""],
  ["4", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt tỷ lệ theo quy định", `${SBN}; ${HUYEN}`, TTTT,
    "Tháng 11/2023", "Dữ liệu trên Hệ thống"],
  g("III", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC"),
  ["1", "Sắp xếp, kiện toàn các đơn vị sự nghiệp công lập trực thuộc Sở Y tế", "Sở Y tế", `${SNV}, Sở Tài chính`,
    "Trước ngày 01/10/2023", "Đề án sắp xếp"],
  ["2", "Sáp nhập các thôn, bản, tổ dân phố không đủ tiêu chuẩn về quy mô số hộ gia đình",
    "UBND huyện Sìn Hồ, UBND huyện Mường Tè", SNV, "Quý IV/2023", "Nghị quyết của HĐND tỉnh"],
  g("IV", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ"),
  ["1", "Trình phê duyệt điều chỉnh vị trí việc làm, cơ cấu ngạch công chức các cơ quan hành chính", SNV,
    `${SBN}; ${HUYEN}`, "Hoàn thành ngày 20/7/2023", "Quyết định phê duyệt"],
  ["2", "Tổ chức thi tuyển công chức hành chính tỉnh Lai Châu năm 2023", SNV, "Sở Tài chính", "Quý III/2023",
    "Kết quả tuyển dụng"],
  g("V", "CẢI CÁCH TÀI CHÍNH CÔNG"),
  ["1", "Hướng dẫn giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập giai đoạn 2023-2025", "Sở Tài chính",
    SNV, "Tháng 8/2023", "Văn bản hướng dẫn"],
  g("VI", "XÂY DỰNG, PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ"),
  ["1", "Nâng cấp Hệ thống quản lý văn bản và điều hành, triển khai ký số trên thiết bị di động", TTTT, VP,
    "Năm 2023", "Hệ thống được nâng cấp"],
  ["2", "Tuyên truyền về dịch vụ công trực tuyến mức độ toàn trình", TTTT,
    "Báo Lai Châu, Đài Phát thanh - Truyền hình tỉnh", "Hằng tháng", "Tin, bài"],
  ["3", "Đánh giá, xếp hạng mức độ chuyển đổi số của các sở, ban, ngành, UBND các huyện, thành phố năm 2023", TTTT,
    `${SBN}; ${HUYEN}`, "Trước ngày 20/12/2023", "Quyết định công bố kết quả"],
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 358/QĐ-UBND", "Lai Châu, ngày 17 tháng 3 năm 2023", "QUYẾT ĐỊNH",
    "Giao nhiệm vụ thực hiện Kế hoạch cải cách hành chính nhà nước tỉnh Lai Châu năm 2023"),
  p("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", { bold: true, align: "center", indent: false }),
  p("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của " +
    "Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;", { italic: true }),
  p("Căn cứ Kế hoạch số 4125/KH-UBND ngày 28 tháng 12 năm 2022 của UBND tỉnh về cải cách hành chính nhà nước năm " +
    "2023;", { italic: true }),
  p("Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 215/TTr-SNV ngày 10 tháng 3 năm 2023.", { italic: true }),
  p("QUYẾT ĐỊNH:", { bold: true, align: "center", indent: false }),
  p("Điều 1. Giao các sở, ban, ngành tỉnh, UBND các huyện, thành phố thực hiện các nhiệm vụ cải cách hành chính " +
    "năm 2023 theo Phụ lục kèm theo Quyết định này."),
  p("Điều 2. Tổ chức thực hiện"),
  p("1. Thủ trưởng cơ quan được giao chủ trì chủ động triển khai, bảo đảm tiến độ và chất lượng sản phẩm; định kỳ " +
    "hằng quý báo cáo kết quả về Sở Nội vụ trước ngày 12 của tháng cuối quý."),
  p("2. Sở Nội vụ theo dõi, đôn đốc việc thực hiện; tổng hợp kết quả thực hiện các nhiệm vụ tại Phụ lục, tham mưu " +
    "UBND tỉnh báo cáo Bộ Nội vụ trước ngày 15/12/2023."),
  p("Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các " +
    "huyện, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này. Quyết định có " +
    "hiệu lực kể từ ngày ký./."),
  p("PHỤ LỤC", { bold: true, align: "center", indent: false }),
  p("NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH LAI CHÂU NĂM 2023", { bold: true, align: "center", indent: false }),
  p("(Kèm theo Quyết định số 358/QĐ-UBND ngày 17/3/2023 của UBND tỉnh Lai Châu)",
    { italic: true, align: "center", indent: false }),
  { t: "table", header: 1, widths: [550, 3000, 1500, 1750, 1350, 1350], rows },
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh", "Như Điều 3"],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lò Văn Hùng"),
];

const t = (r) => rows.find((row, i) => i > 0 && row[0] === r.split(".")[1] &&
  rows.slice(0, i).reverse().find((x) => typeof x[0] === "object")[0].text === r.split(".")[0])[1];
const D = "@departments";
const H = "@districts";
const tasks = [
  task("I.1", t("I.1"), "2023-06-30", [SNV], [STP, VP]),
  task("I.2", t("I.2"), "2023-03-30", [STP], [D]),
  task("I.3", t("I.3"), "2023-10-31", [STP], [H]),
  task("II.1", t("II.1"), "2023-06-30", [VP], [D]),
  task("II.2", t("II.2"), "2023-08-15", ["Sở Tài nguyên và Môi trường"], [VP, H]),
  task("II.4", t("II.4"), "2023-11-30", [D, H], [TTTT]),
  task("III.1", t("III.1"), "2023-09-30", ["Sở Y tế"], [SNV, "Sở Tài chính"]),
  task("III.2", t("III.2"), "2023-12-31", ["UBND huyện Sìn Hồ", "UBND huyện Mường Tè"], [SNV]),
  task("IV.1", t("IV.1"), "2023-07-20", [SNV], [D, H]),
  task("IV.2", t("IV.2"), "2023-09-30", [SNV], ["Sở Tài chính"]),
  task("V.1", t("V.1"), "2023-08-31", ["Sở Tài chính"], [SNV]),
  task("VI.1", t("VI.1"), "2023-12-31", [TTTT], [VP]),
  task("VI.3", t("VI.3"), "2023-12-19", [TTTT], [D, H]),
  task("Điều 2.2", "Tổng hợp kết quả thực hiện các nhiệm vụ tại Phụ lục, tham mưu UBND tỉnh báo cáo Bộ Nội vụ",
    "2023-12-14", [SNV]),
];

const dir = path.join(import.meta.dirname, "..", id);
await build(dir, { blocks, printer: "libreoffice", expected: {
  id,
  style: "Quyết định 358/QĐ-UBND of UBND tỉnh Lai Châu, 17/3/2023: Điều 1 gives the tasks 'theo Phụ lục kèm theo " +
    "Quyết định này'; the Phụ lục (title, '(Kèm theo Quyết định số 358/QĐ-UBND …)', one table with group rows " +
    "I-VI spanning the row) comes right after Điều 3 and BEFORE the 'Nơi nhận' / 'TM. ỦY BAN NHÂN DÂN' block. " +
    "ref = group Roman + STT. Sở Tư pháp leads I.2 and I.3 in one vertically merged cell (vMerge; empty in the " +
    "txt row of I.3). Left out: II.3 'Thường xuyên', VI.2 'Hằng tháng', Điều 2.1 quarterly reports. Điều 2.2 " +
    "'tham mưu UBND tỉnh báo cáo Bộ Nội vụ trước ngày 15/12/2023' is a task of Sở Nội vụ (ref 'Điều 2.2'); " +
    "UBND tỉnh and Bộ Nội vụ are recipients. 'Trước ngày X' = X-1. 'Các sở, ban, ngành; UBND các huyện, thành " +
    "phố' = @departments + @districts. Printed by LibreOffice from plan-auto.docx.",
  province: "Lai Châu",
  plan: { number: "358/QĐ-UBND", date: "2023-03-17" },
  tasks,
  unresolved: [],
  successors: [],
} });

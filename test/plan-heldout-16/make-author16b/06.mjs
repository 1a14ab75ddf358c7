// 06: Bắc Kạn 2022, a Công văn whose task table heads its columns with abbreviations (ĐVCT, ĐVPH, TGHT), names
// units by initials in the cells, and gives some tasks two dates (draft by X, finish by Y).
import path from "node:path";
import { build, task } from "./lib.mjs";
import { sign } from "./head.mjs";

const id = "06-bac-kan-2022-abbreviated-header-two-date-tasks";
const p = (text, extra = {}) => ({ t: "p", text, ...extra });
const SNV = "Sở Nội vụ";
const VP = "Văn phòng UBND tỉnh";
const TTTT = "Sở Thông tin và Truyền thông";
const HUYEN = "UBND các huyện, TP";

const rows = [
  ["TT", "Nội dung công việc", "ĐVCT", "ĐVPH", "TGHT", "Ghi chú"],
  ["1", "Xây dựng Kế hoạch đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính " +
    "nhà nước (SIPAS) năm 2022", "SNV", "VP UBND tỉnh", "Trước 15/6/2022", ""],
  ["2", "Tổ chức điều tra xã hội học đo lường sự hài lòng tại 08 huyện, thành phố", "SNV", `${HUYEN}; Bưu điện tỉnh`,
    "Từ 01/8 đến 30/9/2022", "Phát, thu phiếu"],
  ["3", "Tuyên truyền về Chỉ số PAPI, SIPAS trên các phương tiện thông tin đại chúng", "Sở TT&TT",
    "Báo Bắc Kạn, Đài PTTH tỉnh", "Thường xuyên", ""],
  ["4", "Xây dựng Quy chế phối hợp tiếp nhận, xử lý phản ánh, kiến nghị của người dân qua Cổng Dịch vụ công tỉnh",
    "VP UBND tỉnh", "Sở TT&TT, SNV", "Dự thảo: 20/6/2022\nHoàn thành: 15/7/2022", "Quyết định ban hành Quy chế"],
  ["5", "Phân tích kết quả Chỉ số PAPI năm 2021, đề xuất giải pháp khắc phục các nội dung giảm điểm", "SNV",
    "Các sở, ban, ngành", "Xây dựng dự thảo trước 30/7/2022; trình UBND tỉnh trước 15/8/2022", ""],
  ["6", "Niêm yết công khai số điện thoại đường dây nóng, hòm thư góp ý tại Bộ phận Một cửa cấp huyện, cấp xã",
    HUYEN, "", "Chậm nhất ngày 30/6/2022", ""],
  ["7", "Kiểm tra việc công khai, minh bạch thủ tục hành chính tại UBND cấp xã", "SNV", "VP UBND tỉnh, STP",
    "Quý III/2022", "Lồng ghép kiểm tra CCHC"],
  ["8", "Tập huấn kỹ năng giao tiếp, ứng xử cho công chức làm việc tại Bộ phận Một cửa", "SNV", HUYEN,
    "Tháng 8/2022", ""],
  ["9", "Công khai quy hoạch, kế hoạch sử dụng đất cấp huyện tại trụ sở UBND cấp xã", "Sở TN&MT", HUYEN,
    "Hoàn thành ngày 01/9/2022", ""],
  ["10", "Rà soát, công khai các khoản thu, chi tại trường học, cơ sở khám bệnh, chữa bệnh công lập",
    "Sở GD&ĐT, SYT", "STC", "Dự thảo hướng dẫn: tháng 9/2022\nBan hành: tháng 10/2022", ""],
  ["11", "Báo cáo kết quả thực hiện 6 tháng đầu năm 2022 (gửi SNV tổng hợp)", `Các sở, ban, ngành; ${HUYEN}`, "",
    "Trước ngày 20/6/2022", ""],
  ["12", "Báo cáo kết quả thực hiện năm 2022 (gửi SNV tổng hợp)", `Các sở, ban, ngành; ${HUYEN}`, "",
    "Trước ngày 05/12/2022", ""],
  ["13", "Đề xuất khen thưởng tập thể, cá nhân có thành tích tiêu biểu trong cải thiện Chỉ số PAPI, SIPAS", "SNV",
    "Ban Thi đua - Khen thưởng tỉnh", "Tháng 12/2022", ""],
];

const blocks = [
  { t: "table", borders: false, widths: [3800, 5600], rows: [
    [{ text: "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", bold: true, align: "center" },
      { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold: true, align: "center" }],
    [{ text: "Số: 3120/UBND-NCPC\nV/v triển khai các giải pháp nâng cao Chỉ số PAPI, SIPAS năm 2022",
      align: "center" }, { text: "Bắc Kạn, ngày 06 tháng 6 năm 2022", italic: true, align: "center" }],
  ] },
  p("Kính gửi:", { indent: false }),
  p("- Các sở, ban, ngành tỉnh;\n- UBND các huyện, thành phố.", { indent: false, align: "center" }),
  p("Năm 2021, Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) của tỉnh Bắc Kạn giảm 05 bậc so với " +
    "năm 2020; Chỉ số hài lòng (SIPAS) đạt thấp ở nội dung tiếp cận dịch vụ. Để cải thiện các chỉ số năm 2022, UBND " +
    "tỉnh yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:"),
  { t: "table", header: 1, widths: [500, 3600, 1300, 1500, 1600, 1100], rows },
  p("Ghi chú: ĐVCT: đơn vị chủ trì; ĐVPH: đơn vị phối hợp; TGHT: thời gian hoàn thành; SNV: Sở Nội vụ; STP: Sở Tư " +
    "pháp; STC: Sở Tài chính; SYT: Sở Y tế.", { italic: true, indent: false }),
  p("Giao Sở Nội vụ theo dõi, đôn đốc các cơ quan, đơn vị thực hiện; kịp thời báo cáo UBND tỉnh những khó khăn, " +
    "vướng mắc phát sinh./."),
  ...sign(["Như trên", "CT, PCT UBND tỉnh", "LĐVP"],
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đinh Quang Tuyên"),
];

const t = (n) => rows.find((r) => r[0] === n)[1];
const D = "@departments";
const H = "@districts";
const tasks = [
  task("1", t("1"), "2022-06-14", [SNV], [VP]),
  task("2", t("2"), "2022-09-30", [SNV], [H, "Bưu điện tỉnh"]),
  task("4", t("4"), "2022-07-15", [VP], [TTTT, SNV]),
  task("5", t("5"), "2022-08-14", [SNV], [D]),
  task("6", t("6"), "2022-06-30", [H]),
  task("7", t("7"), "2022-09-30", [SNV], [VP, "Sở Tư pháp"]),
  task("8", t("8"), "2022-08-31", [SNV], [H]),
  task("9", t("9"), "2022-09-01", ["Sở Tài nguyên và Môi trường"], [H]),
  task("10", t("10"), "2022-10-31", ["Sở Giáo dục và Đào tạo", "Sở Y tế"], ["Sở Tài chính"]),
  task("11", t("11"), "2022-06-19", [D, H]),
  task("12", t("12"), "2022-12-04", [D, H]),
  task("13", t("13"), "2022-12-31", [SNV], ["Ban Thi đua - Khen thưởng tỉnh"]),
];

const dir = path.join(import.meta.dirname, "..", id);
await build(dir, { blocks, printer: "weasyprint", expected: {
  id,
  style: "Công văn 3120/UBND-NCPC of UBND tỉnh Bắc Kạn, 06/6/2022 (V/v in the number cell, 'Kính gửi' to sở, " +
    "ban, ngành and UBND huyện, thành phố): one table headed 'TT | Nội dung công việc | ĐVCT | ĐVPH | TGHT | Ghi " +
    "chú', the abbreviations explained only in a note under the table; units by initials (SNV, STP, STC, SYT, " +
    "Sở TT&TT, Sở TN&MT, Sở GD&ĐT, VP UBND tỉnh, 'UBND các huyện, TP' = @districts). ref = TT. Two-date cells: " +
    "the finishing date is the due, the draft date is a step (4: 'Dự thảo: 20/6/2022 / Hoàn thành: 15/7/2022' " +
    "-> 15/7; 5: 'dự thảo trước 30/7/2022; trình UBND tỉnh trước 15/8/2022' -> 14/8; 10: 'Dự thảo hướng dẫn: " +
    "tháng 9/2022 / Ban hành: tháng 10/2022' -> 31/10). 2: 'Từ 01/8 đến 30/9/2022' -> 30/9. 3 'Thường xuyên' " +
    "left out. 11, 12: '(gửi SNV tổng hợp)' names the recipient, not a unit of the task. 'Ban Thi đua - Khen " +
    "thưởng tỉnh' is in no directory. Days off 2022: 1-2/9; 2/1/2023 (for 1/1). Printed by WeasyPrint.",
  province: "Bắc Kạn",
  plan: { number: "3120/UBND-NCPC", date: "2022-06-06" },
  tasks,
  unresolved: ["Ban Thi đua - Khen thưởng tỉnh"],
  successors: [],
} });

// 06: Bắc Kạn, UBND tỉnh, Kế hoạch 96/KH-UBND ngày 17/02/2025 (before the reorganisation: districts, old
// departments), kiểm soát thủ tục hành chính năm 2025. Habit: a task table with NO COORDINATOR COLUMN,
// STT | Nội dung | Đơn vị thực hiện | Thời gian: the partners stand in the content ("…, phối hợp với Sở Tư pháp") or
// in the units cell after the lead ("Văn phòng UBND tỉnh; phối hợp: Sở Tư pháp"); group rows 1-6 span the row and
// the rows under them are typed 1.1, 1.2 …; three rows carry no day ("Khi có đề nghị", "Chậm nhất 05 ngày làm
// việc trước …", "Thường xuyên"). plan.txt and plan-typed.docx repeat an equal units cell; plan-auto.docx merges it.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, H, item, buildDoc, runs } from "./common.mjs";

const ID = "06-bac-kan-2025-table-without-coordinator-column-partners-in-content-or-units-cell";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const VP = "Văn phòng UBND tỉnh", TP = "Sở Tư pháp", TT = "Sở Thông tin và Truyền thông", NV = "Sở Nội vụ";
const DEP = "@departments", DIS = "@districts";
const ALL = "Các sở, ban, ngành; UBND các huyện, thành phố";

const R = (num, text) => H(num, text, { list: { kind: "roman", inst: "sec" } });
const one = item("decimal", "p1");
const three = item("decimal", "p3");
const dash = (text) => P(text, { num: "-", list: { kind: "dash", inst: "d" } });

// Group rows [n, title]; task rows [stt, content, units cell, time].
const ROWS = [
  ["1", "Công tác chỉ đạo, điều hành"],
  ["1.1", "Ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2025 của cơ quan, đơn vị, địa phương", ALL,
    "Trước ngày 10/3/2025"],
  ["1.2", "Kiện toàn đội ngũ cán bộ, công chức làm đầu mối kiểm soát thủ tục hành chính, gửi danh sách về Văn " +
    "phòng UBND tỉnh", ALL, "Tháng 3/2025"],
  ["2", "Kiểm soát quy định, rà soát, đơn giản hóa thủ tục hành chính"],
  ["2.1", "Thẩm định quy định về thủ tục hành chính trong dự thảo văn bản quy phạm pháp luật do HĐND, UBND tỉnh " +
    "ban hành", TP, "Khi có đề nghị"],
  ["2.2", "Rà soát, đánh giá thủ tục hành chính lĩnh vực đất đai, xây dựng, đầu tư theo danh mục tại Kế hoạch rà " +
    "soát năm 2025; đề xuất phương án đơn giản hóa, phối hợp với Sở Tư pháp",
  "Sở Tài nguyên và Môi trường, Sở Xây dựng, Sở Kế hoạch và Đầu tư", "Trước ngày 30/6/2025"],
  ["2.3", "Tổng hợp kết quả rà soát, trình Chủ tịch UBND tỉnh thông qua phương án đơn giản hóa",
    "Văn phòng UBND tỉnh; phối hợp: Sở Tư pháp", "Quý III/2025"],
  ["3", "Công bố, công khai thủ tục hành chính"],
  ["3.1", "Dự thảo Quyết định công bố danh mục thủ tục hành chính mới ban hành, sửa đổi, bổ sung hoặc bãi bỏ, gửi " +
    "Văn phòng UBND tỉnh thẩm tra", "Các sở, ban, ngành", "Chậm nhất 05 ngày làm việc trước ngày văn bản quy " +
    "định thủ tục hành chính có hiệu lực"],
  ["3.2", "Rà soát việc niêm yết, công khai thủ tục hành chính tại Bộ phận Một cửa ba cấp và trên Cổng Dịch vụ " +
    "công của tỉnh; cập nhật kịp thời khi có thay đổi", "VP UBND tỉnh; phối hợp: Sở TT&TT, UBND các huyện, " +
    "thành phố", "Hoàn thành trước 31/3/2025"],
  ["4", "Thực hiện cơ chế một cửa, một cửa liên thông; cung cấp dịch vụ công trực tuyến"],
  ["4.1", "Tái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến toàn trình đối với các thủ tục đủ điều kiện, " +
    "phối hợp với Văn phòng UBND tỉnh và Sở Thông tin và Truyền thông",
  "Các sở, ban, ngành, UBND các huyện, thành phố", "Tháng 6/2025"],
  ["4.2", "Thí điểm số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa cấp huyện",
    "UBND huyện Chợ Đồn, UBND huyện Ba Bể; phối hợp: Sở Thông tin và Truyền thông", "Ngày 30/5/2025"],
  ["4.3", "Đánh giá chất lượng phục vụ người dân, doanh nghiệp trong giải quyết thủ tục hành chính theo Bộ chỉ " +
    "số; công khai kết quả trên Cổng Dịch vụ công của tỉnh", VP, "Kỳ 6 tháng đầu năm 2025"],
  ["5", "Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính"],
  ["5.1", "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính, hành vi hành chính",
    "Văn phòng UBND tỉnh, các sở, ngành, UBND các huyện, thành phố", "Thường xuyên"],
  ["6", "Truyền thông, kiểm tra, báo cáo"],
  ["6.1", "Kiểm tra việc thực hiện kiểm soát thủ tục hành chính tại 04 sở, ngành và 03 huyện (lồng ghép với kiểm " +
    "tra cải cách hành chính), phối hợp với Sở Nội vụ", VP, "Quý III và quý IV/2025"],
  ["6.2", "Đưa tin, bài về hoạt động kiểm soát thủ tục hành chính và kết quả giải quyết hồ sơ trực tuyến",
    "Báo Bắc Kạn; Đài Phát thanh - Truyền hình tỉnh; phối hợp: Văn phòng UBND tỉnh", "Năm 2025"],
  ["6.3", "Báo cáo tình hình, kết quả thực hiện kiểm soát thủ tục hành chính quý I/2025 gửi Văn phòng UBND tỉnh",
    ALL, "Trước ngày 15/3/2025"],
  ["6.4", "Báo cáo tình hình, kết quả thực hiện kiểm soát thủ tục hành chính 6 tháng đầu năm 2025", ALL,
    "Trước ngày 15/6/2025"],
  ["6.5", "Báo cáo kết quả kiểm soát thủ tục hành chính năm 2025 (số liệu tính từ ngày 15/12/2024 đến ngày " +
    "14/11/2025)", ALL, "Trước ngày 15/11/2025"],
];

function table(merged) {
  const body = ROWS.filter((r) => r.length > 2);
  // runs of equal units cells inside one group (the group row ends a run)
  const keys = body.map((r) => r[0].split(".")[0] + "|" + r[2]);
  const units = runs(keys, merged).map((c) => (typeof c === "string" ? c.replace(/^\d+\|/, "") :
    { ...c, text: c.text.replace(/^\d+\|/, "") }));
  const rows = [["STT", "Nội dung", "Đơn vị thực hiện", "Thời gian"]];
  let i = 0;
  for (const r of ROWS) {
    if (r.length === 2) rows.push([{ text: r[0], bold: true, align: "center" }, { text: r[1], bold: true, span: 3 }]);
    else rows.push([{ text: r[0], align: "center" }, r[1], units[i++], r[3]]);
  }
  return { t: "table", widths: [700, 4800, 2300, 1600], header: 1, rows };
}

const blocks = (merged) => [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 96/KH-UBND", "Bắc Kạn, ngày 17 tháng 02 năm 2025", "KẾ HOẠCH",
    "Kiểm soát thủ tục hành chính trên địa bàn tỉnh Bắc Kạn năm 2025"),
  P("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính và các Nghị " +
    "định sửa đổi, bổ sung; Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, " +
    "một cửa liên thông trong giải quyết thủ tục hành chính; Ủy ban nhân dân tỉnh ban hành Kế hoạch kiểm soát thủ " +
    "tục hành chính năm 2025 như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  one("1.", "Kiểm soát chặt chẽ việc ban hành quy định thủ tục hành chính ngay từ khâu dự thảo; cắt giảm, đơn giản " +
    "hóa thủ tục hành chính, giấy tờ công dân không cần thiết, giảm chi phí tuân thủ cho người dân, doanh nghiệp."),
  one("2.", "Xác định rõ nội dung, đơn vị thực hiện và thời gian hoàn thành; các cơ quan, đơn vị phối hợp chặt " +
    "chẽ, thực hiện nghiêm túc, đúng tiến độ."),
  R("II.", "NHIỆM VỤ CỤ THỂ"),
  P("Các nhiệm vụ kiểm soát thủ tục hành chính năm 2025 được phân công như sau (đơn vị ghi sau cụm từ “phối hợp” " +
    "là đơn vị phối hợp thực hiện):"),
  table(merged),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  three("1.", "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố chịu trách nhiệm trước Chủ tịch " +
    "UBND tỉnh về kết quả kiểm soát thủ tục hành chính tại cơ quan, địa phương mình; bố trí đủ nguồn lực thực hiện " +
    "các nhiệm vụ được giao."),
  three("2.", "Văn phòng UBND tỉnh có trách nhiệm:"),
  dash("Hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; tổng hợp khó khăn, vướng mắc, đề " +
    "xuất Chủ tịch UBND tỉnh xem xét, xử lý."),
  dash("Phối hợp với Sở Nội vụ đưa kết quả thực hiện Kế hoạch này vào tiêu chí chấm điểm Chỉ số cải cách hành " +
    "chính năm 2025 của các cơ quan, đơn vị."),
  three("3.", "Sở Tài chính tham mưu bố trí kinh phí thực hiện hoạt động kiểm soát thủ tục hành chính theo quy " +
    "định./."),
  ...sign(["Văn phòng Chính phủ (Cục KSTTHC) (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh",
    "Các sở, ban, ngành", "UBND các huyện, thành phố", "LĐVP, Trung tâm PVHCC"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đinh Quang Tuyên"),
];

const TNMT = "Sở Tài nguyên và Môi trường", XD = "Sở Xây dựng", KH = "Sở Kế hoạch và Đầu tư";
const tasks = [
  task("1.1", "Ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2025", "2025-03-09", [DEP, DIS]),
  task("1.2", "Kiện toàn đội ngũ cán bộ, công chức làm đầu mối kiểm soát thủ tục hành chính", "2025-03-31",
    [DEP, DIS]),
  task("2.2", "Rà soát, đánh giá thủ tục hành chính lĩnh vực đất đai, xây dựng, đầu tư", "2025-06-29",
    [TNMT, XD, KH], [TP]),
  task("2.3", "Tổng hợp kết quả rà soát, trình Chủ tịch UBND tỉnh thông qua phương án đơn giản hóa", "2025-09-30",
    [VP], [TP]),
  task("3.2", "Rà soát việc niêm yết, công khai thủ tục hành chính", "2025-03-30", [VP], [TT, DIS]),
  task("4.1", "Tái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến toàn trình", "2025-06-30", [DEP, DIS],
    [VP, TT]),
  task("4.2", "Thí điểm số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "2025-05-30",
    ["UBND huyện Chợ Đồn", "UBND huyện Ba Bể"], [TT]),
  task("4.3", "Đánh giá chất lượng phục vụ người dân, doanh nghiệp", "2025-06-30", [VP]),
  task("6.1", "Kiểm tra việc thực hiện kiểm soát thủ tục hành chính", "2025-12-31", [VP], [NV]),
  task("6.2", "Đưa tin, bài về hoạt động kiểm soát thủ tục hành chính", "2025-12-31",
    ["Báo Bắc Kạn", "Đài Phát thanh - Truyền hình tỉnh"], [VP]),
  task("6.3", "Báo cáo tình hình, kết quả thực hiện kiểm soát thủ tục hành chính quý I/2025", "2025-03-14",
    [DEP, DIS]),
  task("6.4", "Báo cáo tình hình, kết quả thực hiện kiểm soát thủ tục hành chính 6 tháng đầu năm 2025",
    "2025-06-14", [DEP, DIS]),
  task("6.5", "Báo cáo kết quả kiểm soát thủ tục hành chính năm 2025", "2025-11-14", [DEP, DIS]),
];

const WORK = "Ref = the typed STT (1.1 …). 'Các sở, ban, ngành; UBND các huyện, thành phố' = @departments, " +
  "@districts. 1.1 'Trước ngày 10/3/2025' 9/3 (Sun) -> 10/3; 1.2 'Tháng 3/2025' 31/3 (VP UBND tỉnh a recipient); " +
  "2.1 'Khi có đề nghị', no task; 2.2 Sở TN&MT, Sở Xây dựng, Sở KH&ĐT, partner Sở Tư pháp from the content, " +
  "'Trước ngày 30/6/2025' 29/6 (Sun) -> 30/6; 2.3 VP UBND tỉnh, 'phối hợp: Sở Tư pháp' in the units cell, 'Quý " +
  "III/2025' 30/9; 3.1 'Chậm nhất 05 ngày làm việc trước …', no day, no task; 3.2 'VP UBND tỉnh; phối hợp: Sở " +
  "TT&TT, UBND các huyện, thành phố' (partners Sở TT&TT, @districts), 'Hoàn thành trước 31/3/2025' 30/3 (Sun) -> " +
  "31/3; 4.1 @departments, @districts with VP UBND tỉnh and Sở TT&TT from the content, 'Tháng 6/2025' 30/6; 4.2 " +
  "UBND huyện Chợ Đồn, UBND huyện Ba Bể with Sở TT&TT, 'Ngày 30/5/2025'; 4.3 VP UBND tỉnh 'Kỳ 6 tháng đầu năm " +
  "2025' 30/6; 5.1 'Thường xuyên', no task; 6.1 VP UBND tỉnh with Sở Nội vụ (content), 'Quý III và quý IV/2025' " +
  "the later quarter 31/12; 6.2 Báo Bắc Kạn, Đài PT-TH tỉnh with VP UBND tỉnh, 'Năm 2025' 31/12; 6.3 'Trước ngày " +
  "15/3/2025' 14/3; 6.4 'Trước ngày 15/6/2025' 14/6 (Sat) -> 16/6; 6.5 'Trước ngày 15/11/2025' 14/11 (the data " +
  "period in its content is no deadline). Part III undated, no task.";

await buildDoc(DIR, {
  typed: blocks(false), auto: blocks(true),
  expected: {
    id: ID,
    style: "Kế hoạch 96/KH-UBND of UBND tỉnh Bắc Kạn, 17/02/2025, before the reorganisation (districts, old " +
      "departments). HABIT: a task table with NO COORDINATOR COLUMN, STT | Nội dung | Đơn vị thực hiện | Thời " +
      "gian; partners written in the content ('…, phối hợp với Sở Tư pháp') or in the units cell after the lead " +
      "('Văn phòng UBND tỉnh; phối hợp: Sở Tư pháp'); group rows 1-6, rows typed 1.1, 1.2 …. plan-auto.docx " +
      "(PDF, .doc, .odt, .rtf) merges equal units cells inside a group. " + WORK,
    province: "Bắc Kạn",
    plan: { number: "96/KH-UBND", date: "2025-02-17" },
    tasks, unresolved: [], successors: [],
  },
});

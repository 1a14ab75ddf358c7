// 06: Lai Châu (before the reorganisation), UBND tỉnh, Kế hoạch 68/KH-UBND ngày 11/3/2024, nâng cao Chỉ số PAPI năm
// 2024. Habit: THE PHỤ LỤC (landscape) GIVES EACH TASK SEVERAL ROWS, ONE ROW PER UNIT WITH A "VAI TRÒ" CELL (Chủ trì /
// Phối hợp), the task's TT, Nhiệm vụ, Thời gian and Sản phẩm cells merged down over its unit rows; one task with two
// "Chủ trì" rows, one whose "Chủ trì" row is not its first. Printed by LibreOffice, then Ghostscript.
import { P, buildDoc, lister, task, read, head, sign, tt, top, under, C, dirOf } from "./common.mjs";

const ID = "06-lai-chau-2024-phu-luc-one-row-per-unit-vai-tro-column-chu-tri-phoi-hop-task-and-time-merged-down";
const DIR = dirOf(ID, import.meta.url);
const NV = "Sở Nội vụ", TT = "Sở Thông tin và Truyền thông", VP = "Văn phòng UBND tỉnh", TTr = "Thanh tra tỉnh";
const TN = "Sở Tài nguyên và Môi trường", CA = "Công an tỉnh", YT = "Sở Y tế", GD = "Sở Giáo dục và Đào tạo";
const DAI = "Đài Phát thanh - Truyền hình tỉnh", BAO = "Báo Lai Châu", MT = "Ủy ban MTTQ Việt Nam tỉnh";
const HUY = "UBND các huyện, thành phố", DEP = "Các sở, ban, ngành";

const R = lister("roman", "parts", { bold: true, indent: false });
const n3 = lister("decimal", "iii");

// One task: its unit rows [[unit, role], …]; TT, task, time and product merged down over them.
const rows = (auto) => {
  let n = 0;
  const T = (what, units, time, product) => {
    const k = units.length;
    n += 1;
    return units.map(([unit, role], i) => i === 0
      ? [top(tt(auto, n), k), top(what, k), unit, { text: role, align: "center" }, top({ text: time, align: "center" }, k),
        top(product, k)]
      : [under(), under(), unit, { text: role, align: "center" }, under(), under()]);
  };
  const CT = "Chủ trì", PH = "Phối hợp";
  return [
    ["TT", "Nhiệm vụ", "Đơn vị thực hiện", "Vai trò", "Thời gian hoàn thành", "Sản phẩm"],
    ...T("Tổ chức Hội nghị quán triệt, phân tích kết quả Chỉ số PAPI năm 2023 của tỉnh; xác định nguyên nhân các " +
      "chỉ số nội dung giảm điểm", [[NV, CT], [DEP, PH], [HUY, PH]], "Trước ngày 30/4/2024", "Hội nghị"),
    ...T("Xây dựng, ban hành Kế hoạch tuyên truyền về Chỉ số PAPI năm 2024 trên các phương tiện thông tin đại chúng",
      [[TT, CT], [NV, PH], [DAI, PH], [BAO, PH]], "Trước ngày 15/4/2024", "Kế hoạch"),
    ...T("Công khai quy hoạch, kế hoạch sử dụng đất, bảng giá đất, khung giá đền bù khi thu hồi đất (Công khai, minh " +
      "bạch)", [[TN, CT], [HUY, PH]], "Quý II/2024", "Thông tin công khai trên Cổng TTĐT tỉnh, huyện"),
    ...T("Tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân (Trách nhiệm giải trình với người " +
      "dân)", [[HUY, CT], [MT, PH]], "Tháng 9/2024", "Biên bản đối thoại"),
    ...T("Thanh tra, kiểm tra công vụ, trách nhiệm thực hiện quy định về phòng, chống tham nhũng, tiêu cực trong " +
      "giải quyết công việc của người dân (Kiểm soát tham nhũng)", [[NV, PH], [TTr, CT], [CA, PH]],
    "Trước ngày 31/10/2024", "Kết luận thanh tra, kiểm tra"),
    ...T("Nâng cao chất lượng hoạt động của Bộ phận Một cửa các cấp (Thủ tục hành chính công)", [[VP, CT], [HUY, PH]],
      "Thường xuyên", "Mức độ hài lòng của người dân"),
    ...T("Khảo sát mức độ hài lòng của người dân đối với dịch vụ y tế, giáo dục công lập (Cung ứng dịch vụ công)",
      [[YT, CT], [GD, CT], [NV, PH]], "Tháng 8/2024", "Báo cáo kết quả khảo sát"),
    ...T("Kiểm tra, xử lý các cơ sở gây ô nhiễm môi trường; công khai kết quả xử lý (Quản trị môi trường)",
      [[TN, CT], [CA, PH], [HUY, PH]], "30/11/2024", "Báo cáo kết quả"),
    ...T("Nâng cấp Cổng Dịch vụ công và Hệ thống thông tin giải quyết thủ tục hành chính tỉnh; hướng dẫn người dân " +
      "sử dụng dịch vụ công trực tuyến (Quản trị điện tử)", [[TT, CT], [VP, PH]], "Quý III/2024",
    "Hệ thống được nâng cấp"),
    ...T("Mở chuyên mục “Chỉ số PAPI - Tiếng nói người dân” trên sóng phát thanh, truyền hình và báo in, báo điện tử",
      [[DAI, CT], [BAO, PH], [NV, PH]], "Từ tháng 4 đến tháng 12/2024", "Chuyên mục"),
    ...T("Báo cáo kết quả thực hiện Kế hoạch năm 2024 gửi Sở Nội vụ", [[DEP, CT], [HUY, CT]], "Trước ngày 05/12/2024",
      "Báo cáo"),
    ...T("Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch nâng cao Chỉ số PAPI năm 2024", [[NV, CT]],
      "Trước ngày 15/12/2024", "Báo cáo"),
  ];
};

const body = (auto) => [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 68/KH-UBND", "Lai Châu, ngày 11 tháng 3 năm 2024", "KẾ HOẠCH",
    "Nâng cao Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)\ntỉnh Lai Châu năm 2024"),
  P("Thực hiện Chương trình cải cách hành chính nhà nước tỉnh Lai Châu giai đoạn 2021 - 2030; trên cơ sở kết quả " +
    "Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2023 do Trung tâm Nghiên cứu phát triển và Hỗ " +
    "trợ cộng đồng (CECODES) công bố, UBND tỉnh ban hành Kế hoạch nâng cao Chỉ số PAPI năm 2024 như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("Khắc phục những hạn chế, tồn tại đã chỉ ra qua kết quả Chỉ số PAPI năm 2023; phấn đấu năm 2024 có từ 6/8 chỉ số " +
    "nội dung tăng điểm so với năm 2023. Phân công cụ thể cho từng cơ quan, đơn vị; xác định rõ đơn vị chủ trì, đơn " +
    "vị phối hợp, thời gian hoàn thành và sản phẩm của từng nhiệm vụ."),
  R("II.", "NHIỆM VỤ, GIẢI PHÁP"),
  P("Các nhiệm vụ, giải pháp theo từng chỉ số nội dung được phân công chi tiết tại Phụ lục kèm theo Kế hoạch này. " +
    "Đơn vị có vai trò chủ trì chịu trách nhiệm chính; đơn vị phối hợp chủ động cung cấp thông tin, tham gia thực " +
    "hiện theo đề nghị của đơn vị chủ trì."),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  n3("1.", "Các sở, ban, ngành, UBND các huyện, thành phố căn cứ nhiệm vụ được giao, xây dựng kế hoạch thực hiện " +
    "của cơ quan, đơn vị, gửi Sở Nội vụ trước ngày 25/3/2024."),
  n3("2.", "Sở Nội vụ là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch."),
  n3("3.", "Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Ủy ban MTTQ Việt Nam tỉnh", "Các sở, ban, ngành", "UBND các huyện, thành phố"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lò Văn Thành"),
  { t: "sect" },
  C("PHỤ LỤC", { bold: true }),
  C("PHÂN CÔNG NHIỆM VỤ NÂNG CAO CHỈ SỐ PAPI TỈNH LAI CHÂU NĂM 2024", { bold: true }),
  C("(Kèm theo Kế hoạch số 68/KH-UBND ngày 11/3/2024 của UBND tỉnh Lai Châu)", { italic: true }),
  { t: "table", widths: [650, 5000, 3300, 1200, 1900, 2350], header: 1, rows: rows(auto) },
];

const tasks = [
  read("'Trước ngày 30/4/2024' 29/4 Mon, a day off (30/4 and 1/5 too) -> 02/5 Thu",
    task("1", "Tổ chức Hội nghị quán triệt, phân tích kết quả Chỉ số PAPI năm 2023 của tỉnh", "2024-04-29", [NV],
      ["@departments", "@districts"])),
  read("'Trước ngày 15/4/2024' 14/4 Sun -> 15/4 Mon",
    task("2", "Xây dựng, ban hành Kế hoạch tuyên truyền về Chỉ số PAPI năm 2024", "2024-04-14", [TT], [NV, DAI, BAO])),
  read("'Quý II/2024' 30/6 Sun -> 01/7 Mon",
    task("3", "Công khai quy hoạch, kế hoạch sử dụng đất, bảng giá đất, khung giá đền bù khi thu hồi đất",
      "2024-06-30", [TN], ["@districts"])),
  read("'Tháng 9/2024' 30/9 Mon; the districts' row is 'Chủ trì'",
    task("4", "Tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân", "2024-09-30", ["@districts"],
      [MT])),
  read("'Trước ngày 31/10/2024' 30/10 Wed; the 'Chủ trì' row (Thanh tra tỉnh) is the second of three: the role " +
    "cell, not the order, names the lead", task("5", "Thanh tra, kiểm tra công vụ, trách nhiệm thực hiện quy định về " +
    "phòng, chống tham nhũng, tiêu cực", "2024-10-30", [TTr], [NV, CA])),
  read("'Tháng 8/2024' 31/8 Sat -> 04/9 Wed (2-3/9 Quốc khánh); two 'Chủ trì' rows: both lead",
    task("7", "Khảo sát mức độ hài lòng của người dân đối với dịch vụ y tế, giáo dục công lập", "2024-08-31", [YT, GD],
      [NV])),
  read("'30/11/2024' 30/11 Sat -> 02/12 Mon",
    task("8", "Kiểm tra, xử lý các cơ sở gây ô nhiễm môi trường; công khai kết quả xử lý", "2024-11-30", [TN],
      [CA, "@districts"])),
  read("'Quý III/2024' 30/9 Mon",
    task("9", "Nâng cấp Cổng Dịch vụ công và Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "2024-09-30", [TT],
      [VP])),
  read("'Từ tháng 4 đến tháng 12/2024' a range, due at its end: 31/12 Tue",
    task("10", "Mở chuyên mục “Chỉ số PAPI - Tiếng nói người dân” trên sóng phát thanh, truyền hình", "2024-12-31",
      [DAI], [BAO, NV])),
  read("'Trước ngày 05/12/2024' 04/12 Wed; two 'Chủ trì' rows (the two groups); Sở Nội vụ in the task receives",
    task("11", "Báo cáo kết quả thực hiện Kế hoạch năm 2024 gửi Sở Nội vụ", "2024-12-04",
      ["@departments", "@districts"])),
  read("'Trước ngày 15/12/2024' 14/12 Sat -> 16/12 Mon; one unit row; UBND tỉnh the recipient",
    task("12", "Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch nâng cao Chỉ số PAPI năm 2024", "2024-12-14",
      [NV])),
  read("Part III item 1, 'trước ngày 25/3/2024' 24/3 Sun -> 25/3 Mon; Sở Nội vụ the recipient",
    task("III.1", "căn cứ nhiệm vụ được giao, xây dựng kế hoạch thực hiện của cơ quan, đơn vị", "2024-03-24",
      ["@departments", "@districts"])),
];

await buildDoc(DIR, {
  typed: body(false),
  auto: body(true),
  printer: "ghostscript",
  landscape: true,
  expected: {
    id: ID,
    style: "Kế hoạch 68/KH-UBND of UBND tỉnh Lai Châu (before the reorganisation), 11/3/2024, nâng cao Chỉ số PAPI " +
      "năm 2024; portrait body, landscape Phụ lục. HABIT: ONE ROW PER UNIT WITH A 'VAI TRÒ' CELL (Chủ trì / Phối " +
      "hợp), the task's TT, Nhiệm vụ, Thời gian and Sản phẩm merged down over its unit rows (in the text copy: empty " +
      "cells under the first row). A task is its TT (ref), not its rows: 12 numbered tasks, the unit rows under one " +
      "TT giving its lead ('Chủ trì' rows, wherever they stand, all of them when two) and coordinators ('Phối hợp' " +
      "rows). Task 6 'Thường xuyên': no task. Part III: III.1 dated; III.2, III.3 undated. 'Các sở, ban, ngành' = " +
      "@departments, 'UBND các huyện, thành phố' = @districts; 'Ủy ban MTTQ Việt Nam tỉnh', 'Đài Phát thanh - " +
      "Truyền hình tỉnh', 'Báo Lai Châu' are the directory's. The parenthesised PAPI dimension at a task's end " +
      "('(Kiểm soát tham nhũng)') is part of its title, no unit. Each task's reading is in its style. PDF: " +
      "LibreOffice, then Ghostscript (pdfwrite).",
    province: "Lai Châu",
    plan: { number: "68/KH-UBND", date: "2024-03-11" },
    tasks,
    unresolved: [],
    successors: [],
  },
});

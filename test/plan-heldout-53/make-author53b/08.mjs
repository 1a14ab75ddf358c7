// 08: Lai Châu (before the reorganisation: districts, old departments), UBND tỉnh, Kế hoạch 1186/KH-UBND ngày
// 15/4/2024, Bộ phận Một cửa hiện đại and số hóa, thanh toán trực tuyến at district level. Habit: UNIT CELLS NAME A
// GROUP WITH AN EXCEPTION: "UBND các huyện, thành phố (trừ thành phố Lai Châu đã hoàn thành năm 2023)", "…, trừ:
// huyện Mường Tè, huyện Nậm Nhùn", "(ngoại trừ huyện Phong Thổ đã cấp đủ)", in the lead or the coordinator column,
// beside plain groups and one named list. A group with an exception is the group's members less the ones named: the
// answer lists the districts left. Printed by Chromium.
import { P, buildDoc, lister, task, read, head, sign, tt, dirOf } from "./common.mjs";

const ID = "08-lai-chau-2024-unit-cells-group-with-exception-tru-ngoai-tru-districts-left-out-named-in-brackets-chromium";
const DIR = dirOf(ID, import.meta.url);
const NV = "Sở Nội vụ", TP = "Sở Tư pháp", VP = "Văn phòng UBND tỉnh", TT = "Sở Thông tin và Truyền thông";
const TC = "Sở Tài chính", KH = "Sở Kế hoạch và Đầu tư", KB = "Kho bạc Nhà nước tỉnh";
const DEP = "@departments", DIS = "@districts", HUY = "UBND các huyện, thành phố";
const D = {
  tp: "UBND thành phố Lai Châu", td: "UBND huyện Tam Đường", pt: "UBND huyện Phong Thổ", sh: "UBND huyện Sìn Hồ",
  mt: "UBND huyện Mường Tè", thu: "UBND huyện Than Uyên", tu: "UBND huyện Tân Uyên", nn: "UBND huyện Nậm Nhùn",
};
const all = Object.keys(D);
const except = (...keys) => all.filter((k) => !keys.includes(k)).map((k) => D[k]);

const R = lister("roman", "parts", { bold: true, indent: false });
const n3 = lister("decimal", "iii");

const rows = (auto) => {
  let n = 0;
  const T = (what, lead, partners, time) => [tt(auto, n += 1), what, lead, partners, { text: time, align: "center" }];
  return [
    ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
    T("Đầu tư, nâng cấp Bộ phận Một cửa cấp huyện theo mô hình Bộ phận Một cửa hiện đại",
      "UBND các huyện, thành phố (trừ thành phố Lai Châu đã hoàn thành năm 2023)", `${TT}; ${VP}`, "Quý III/2024"),
    T("Rà soát, công khai danh mục thủ tục hành chính tiếp nhận tại Bộ phận Một cửa cấp huyện, cấp xã", HUY, VP,
      "Trước ngày 31/5/2024"),
    T("Số hóa sổ hộ tịch, kết quả giải quyết thủ tục hành chính lĩnh vực hộ tịch còn hiệu lực", TP,
      "UBND các huyện, thành phố (trừ huyện Tân Uyên, huyện Than Uyên đã số hóa xong)", "Tháng 9/2024"),
    T("Hỗ trợ máy quét, thiết bị số hóa cho Bộ phận Một cửa cấp xã các huyện vùng cao biên giới",
      "UBND huyện Mường Tè, Nậm Nhùn, Sìn Hồ", TT, "Tháng 7/2024"),
    T("Triển khai thanh toán trực tuyến phí, lệ phí giải quyết thủ tục hành chính tại Bộ phận Một cửa cấp huyện",
      "UBND các huyện, thành phố, trừ: huyện Mường Tè, huyện Nậm Nhùn", `${KB}; ${VP}`, "Ngày 30/8/2024"),
    T("Cấp chứng thư số, chữ ký số cho công chức làm việc tại Bộ phận Một cửa các cấp", TT,
      "Các sở, ban, ngành; UBND các huyện, thành phố (ngoại trừ huyện Phong Thổ đã cấp đủ)", "Trước ngày 30/6/2024"),
    T("Tập huấn nghiệp vụ tiếp nhận, số hóa hồ sơ cho công chức Bộ phận Một cửa cấp huyện, cấp xã", VP, `${NV}; ${TT}`,
      "Tháng 5/2024"),
    T("Lắp đặt camera giám sát, thiết bị đánh giá mức độ hài lòng tại Bộ phận Một cửa cấp huyện",
      "UBND các huyện, thành phố (trừ thành phố Lai Châu, huyện Tam Đường, huyện Than Uyên)", TT,
      "Trước ngày 01/11/2024"),
    T("Tuyên truyền, hướng dẫn người dân nộp hồ sơ trực tuyến, thanh toán trực tuyến", TT,
      `Báo Lai Châu; Đài Phát thanh - Truyền hình tỉnh; ${HUY}`, "Thường xuyên"),
    T("Tham mưu bố trí kinh phí duy trì Bộ phận Một cửa hiện đại cấp huyện năm 2025", TC,
      `${KH}; UBND các huyện, thành phố (trừ thành phố Lai Châu)`, "Trước ngày 15/11/2024"),
    T("Đánh giá chất lượng giải quyết thủ tục hành chính tại Bộ phận Một cửa các cấp năm 2024", VP,
      `các sở, ban, ngành; ${HUY}`, "Tháng 12/2024"),
  ];
};

const body = (auto) => [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 1186/KH-UBND", "Lai Châu, ngày 15 tháng 4 năm 2024", "KẾ HOẠCH",
    "Nâng cao hiệu quả hoạt động của Bộ phận Một cửa các cấp\ntrên địa bàn tỉnh Lai Châu năm 2024"),
  P("Thực hiện Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định " +
    "số 61/2018/NĐ-CP về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính, UBND tỉnh " +
    "ban hành Kế hoạch như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("Hoàn thành hiện đại hóa Bộ phận Một cửa cấp huyện; 100% hồ sơ thủ tục hành chính được số hóa khi tiếp nhận; " +
    "tỷ lệ thanh toán trực tuyến phí, lệ phí đạt trên 30%."),
  R("II.", "NHIỆM VỤ CỤ THỂ"),
  P("Các nhiệm vụ tại bảng dưới đây; địa phương được loại trừ tại cột cơ quan chủ trì, cơ quan phối hợp là địa phương " +
    "đã hoàn thành nội dung đó, không phải thực hiện."),
  { t: "table", widths: [700, 3300, 2250, 1950, 1250], header: 1, rows: rows(auto) },
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  n3("1.", "UBND các huyện, thành phố báo cáo kết quả thực hiện Kế hoạch gửi Văn phòng UBND tỉnh trước ngày " +
    "10/12/2024 để tổng hợp."),
  n3("2.", "Văn phòng UBND tỉnh theo dõi, đôn đốc, hướng dẫn thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh theo " +
    "quy định./."),
  ...sign(["Văn phòng Chính phủ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành", "UBND các huyện, thành phố"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Giàng A Tính"),
];

const tasks = [
  read("'Quý III/2024' 30/9 Mon; 'UBND các huyện, thành phố (trừ thành phố Lai Châu …)': the seven huyện lead",
    task("1", "Đầu tư, nâng cấp Bộ phận Một cửa cấp huyện theo mô hình Bộ phận Một cửa hiện đại", "2024-09-30",
      except("tp"), [TT, VP])),
  read("'Trước ngày 31/5/2024' 30/5 Thu; the whole group, no exception",
    task("2", "Rà soát, công khai danh mục thủ tục hành chính tiếp nhận tại Bộ phận Một cửa cấp huyện, cấp xã",
      "2024-05-30", [DIS], [VP])),
  read("'Tháng 9/2024' 30/9 Mon; coordinators: the group less Tân Uyên and Than Uyên (six)",
    task("3", "Số hóa sổ hộ tịch, kết quả giải quyết thủ tục hành chính lĩnh vực hộ tịch còn hiệu lực", "2024-09-30",
      [TP], except("tu", "thu"))),
  read("'Tháng 7/2024' 31/7 Wed; a named list with a shared 'UBND huyện': three leads",
    task("4", "Hỗ trợ máy quét, thiết bị số hóa cho Bộ phận Một cửa cấp xã các huyện vùng cao biên giới",
      "2024-07-31", [D.mt, D.nn, D.sh], [TT])),
  read("'Ngày 30/8/2024' Fri; '…, trừ: huyện Mường Tè, huyện Nậm Nhùn': six lead",
    task("5", "Triển khai thanh toán trực tuyến phí, lệ phí giải quyết thủ tục hành chính tại Bộ phận Một cửa cấp " +
      "huyện", "2024-08-30", except("mt", "nn"), [KB, VP])),
  read("'Trước ngày 30/6/2024' 29/6 Sat -> 01/7 Mon; coordinators @departments and the districts less Phong Thổ " +
    "('ngoại trừ')", task("6", "Cấp chứng thư số, chữ ký số cho công chức làm việc tại Bộ phận Một cửa các cấp",
    "2024-06-29", [TT], [DEP, ...except("pt")])),
  read("'Tháng 5/2024' 31/5 Fri",
    task("7", "Tập huấn nghiệp vụ tiếp nhận, số hóa hồ sơ cho công chức Bộ phận Một cửa cấp huyện, cấp xã",
      "2024-05-31", [VP], [NV, TT])),
  read("'Trước ngày 01/11/2024' 31/10 Thu; three left out (thành phố Lai Châu, Tam Đường, Than Uyên): Phong Thổ, " +
    "Sìn Hồ, Mường Tè, Tân Uyên, Nậm Nhùn lead",
    task("8", "Lắp đặt camera giám sát, thiết bị đánh giá mức độ hài lòng tại Bộ phận Một cửa cấp huyện",
      "2024-10-31", except("tp", "td", "thu"), [TT])),
  read("'Trước ngày 15/11/2024' 14/11 Thu; coordinators Sở KH&ĐT and the seven huyện",
    task("10", "Tham mưu bố trí kinh phí duy trì Bộ phận Một cửa hiện đại cấp huyện năm 2025", "2024-11-14", [TC],
      [KH, ...except("tp")])),
  read("'Tháng 12/2024' 31/12 Tue; 'các sở, ban, ngành' = @departments, the whole districts group",
    task("11", "Đánh giá chất lượng giải quyết thủ tục hành chính tại Bộ phận Một cửa các cấp năm 2024",
      "2024-12-31", [VP], [DEP, DIS])),
  read("Part III item 1, 'trước ngày 10/12/2024' 09/12 Mon; Văn phòng UBND tỉnh the recipient",
    task("III.1", "UBND các huyện, thành phố báo cáo kết quả thực hiện Kế hoạch gửi Văn phòng UBND tỉnh",
      "2024-12-09", [DIS])),
];

await buildDoc(DIR, {
  typed: body(false),
  auto: body(true),
  printer: "chromium",
  expected: {
    id: ID,
    style: "Kế hoạch 1186/KH-UBND of UBND tỉnh Lai Châu (before the reorganisation), 15/4/2024, Bộ phận Một cửa các " +
      "cấp; a body task table STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành " +
      "(STT 1-11 = ref). HABIT: UNIT CELLS NAME A GROUP WITH AN EXCEPTION in brackets or after a comma: 'UBND các " +
      "huyện, thành phố (trừ thành phố Lai Châu đã hoàn thành năm 2023)', '…, trừ: huyện Mường Tè, huyện Nậm Nhùn', " +
      "'(ngoại trừ huyện Phong Thổ đã cấp đủ)', '(trừ thành phố Lai Châu, huyện Tam Đường, huyện Than Uyên)', in the " +
      "lead or the coordinator column; the body says a unit left out has nothing to do. Such a group is its members " +
      "less the ones named: the answer lists each district left (of the eight: thành phố Lai Châu, Tam Đường, Phong " +
      "Thổ, Sìn Hồ, Mường Tè, Than Uyên, Tân Uyên, Nậm Nhùn), never @districts. Plain 'UBND các huyện, thành phố' = " +
      "@districts; 'các sở, ban, ngành' = @departments; 'UBND huyện Mường Tè, Nậm Nhùn, Sìn Hồ' three districts. " +
      "Row 9 'Thường xuyên': no task. Part III: III.1 dated, III.2 undated. Each task's reading is in its style. " +
      "PDF: Chromium.",
    province: "Lai Châu",
    plan: { number: "1186/KH-UBND", date: "2024-04-15" },
    tasks,
    unresolved: [],
    successors: [],
  },
});

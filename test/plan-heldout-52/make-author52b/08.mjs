// 08: Lai Châu (after the reorganisation, no districts), UBND tỉnh, Kế hoạch 54/KH-UBND ngày 05/3/2026, cải thiện
// Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2026. Habit: THE TASK TABLE HAS A "LÃNH ĐẠO UBND TỈNH CHỈ ĐẠO"
// COLUMN before the units' columns, naming the Chủ tịch or a Phó Chủ tịch (by name) who directs each task, merged
// down over consecutive rows of the same leader: a person directing is no unit, neither lead nor coordinator; the
// "Cơ quan chủ trì tham mưu" column leads. Printed by Chromium.
import { P, buildDoc, lister, task, read, head, sign, tt, top, under, dirOf } from "./common.mjs";

const ID = "08-lai-chau-2026-lanh-dao-ubnd-tinh-chi-dao-column-chairman-vice-chairs-by-name-merged-before-unit-columns";
const DIR = dirOf(ID, import.meta.url);
const NV = "Sở Nội vụ", TC = "Sở Tài chính", VP = "Văn phòng UBND tỉnh", TP = "Sở Tư pháp", TTr = "Thanh tra tỉnh";
const NM = "Sở Nông nghiệp và Môi trường", KC = "Sở Khoa học và Công nghệ", CA = "Công an tỉnh";
const HH = "Hiệp hội Doanh nghiệp tỉnh", XA = "UBND các xã, phường", DEP = "Các sở, ban, ngành";
const CT = "Chủ tịch UBND tỉnh", A = "Đồng chí Lò Văn Hải, Phó Chủ tịch UBND tỉnh";
const B = "Đồng chí Nguyễn Đức Thắng, Phó Chủ tịch Thường trực UBND tỉnh", D = "Đồng chí Vàng A Sử, Phó Chủ tịch UBND tỉnh";

const R = lister("roman", "parts", { bold: true, indent: false });
const n3 = lister("decimal", "iii");

const rows = (auto) => {
  let n = 0;
  // leader: [name, rows] on the first row of a run, null under it.
  const T = (leader, what, lead, partners, time) => [tt(auto, n += 1), what,
    leader ? top({ text: leader[0], align: "center" }, leader[1]) : under(), lead, partners,
    { text: time, align: "center" }];
  return [
    ["STT", "Nhiệm vụ", "Lãnh đạo UBND tỉnh chỉ đạo", "Cơ quan chủ trì tham mưu", "Cơ quan phối hợp",
      "Thời gian hoàn thành"],
    T([CT, 2], "Ban hành kế hoạch cải thiện các chỉ số thành phần PCI năm 2026 của từng sở, ngành được giao phụ trách " +
      "chỉ số", TC, DEP, "Trước ngày 31/3/2026"),
    T(null, "Tổ chức Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với cộng đồng doanh nghiệp năm 2026", TC,
      `${HH}; ${VP}`, "Tháng 6/2026"),
    T([A, 2], "Rà soát, cắt giảm thời gian giải quyết thủ tục hành chính về đầu tư, đất đai, xây dựng (Chi phí thời " +
      "gian)", VP, `${TC}; ${NM}`, "Quý II/2026"),
    T(null, "Công khai quy hoạch, kế hoạch sử dụng đất, quỹ đất sạch cho nhà đầu tư (Tiếp cận đất đai)", NM, XA,
      "Trước 30/4/2026"),
    T([B, 3], "Thanh tra, kiểm tra công vụ, xử lý hành vi nhũng nhiễu doanh nghiệp (Chi phí không chính thức)", TTr,
      `${NV}; ${CA}`, "Quý III/2026"),
    T(null, "Nâng cao tính năng động, tiên phong của người đứng đầu trong giải quyết kiến nghị của doanh nghiệp " +
      "(Tính năng động)", NV, `${DEP}; ${XA}`, "Thường xuyên"),
    T(null, "Tổ chức phiên giao dịch việc làm, kết nối cung - cầu lao động cho doanh nghiệp (Đào tạo lao động)", NV,
      XA, "Tháng 8/2026"),
    T([D, 2], "Hỗ trợ pháp lý cho doanh nghiệp nhỏ và vừa; giải đáp vướng mắc pháp luật (Thiết chế pháp lý)", TP, HH,
      "Tháng 10/2026"),
    T(null, "Cung cấp dịch vụ công trực tuyến toàn trình đối với thủ tục hành chính liên quan đến doanh nghiệp", KC,
      VP, "Ngày 15/9/2026"),
    T([A, 1], "Công khai thông tin về đấu thầu, dự án đầu tư, cơ hội kinh doanh trên Cổng thông tin điện tử tỉnh " +
      "(Cạnh tranh bình đẳng)", TC, `${KC}; các sở, ban, ngành`, "Trước ngày 15/11/2026"),
    T([CT, 1], "Tổng hợp, đánh giá kết quả cải thiện Chỉ số PCI năm 2026, báo cáo UBND tỉnh", TC, DEP,
      "Trước ngày 10/12/2026"),
  ];
};

const body = (auto) => [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 54/KH-UBND", "Lai Châu, ngày 05 tháng 3 năm 2026", "KẾ HOẠCH",
    "Cải thiện, nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)\ntỉnh Lai Châu năm 2026"),
  P("Căn cứ kết quả Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2025 do Liên đoàn Thương mại và Công nghiệp Việt " +
    "Nam công bố; để tiếp tục cải thiện môi trường đầu tư, kinh doanh sau khi vận hành chính quyền địa phương hai " +
    "cấp, UBND tỉnh ban hành Kế hoạch cải thiện, nâng cao Chỉ số PCI năm 2026 như sau:"),
  R("I.", "MỤC TIÊU"),
  P("Phấn đấu Chỉ số PCI năm 2026 của tỉnh tăng tối thiểu 05 bậc so với năm 2025; không có chỉ số thành phần giảm " +
    "điểm."),
  R("II.", "NHIỆM VỤ CỤ THỂ"),
  P("Mỗi nhiệm vụ do một đồng chí lãnh đạo UBND tỉnh trực tiếp chỉ đạo; cơ quan chủ trì tham mưu chịu trách nhiệm " +
    "trước lãnh đạo UBND tỉnh về tiến độ, chất lượng thực hiện:"),
  { t: "table", widths: [600, 3000, 1750, 1400, 1450, 1250], header: 1, rows: rows(auto) },
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  n3("1.", "Các sở, ban, ngành, UBND các xã, phường báo cáo kết quả thực hiện 6 tháng đầu năm 2026, gửi Sở Tài " +
    "chính trước ngày 15/6/2026 để tổng hợp."),
  n3("2.", "Sở Tài chính là cơ quan thường trực, theo dõi, đôn đốc thực hiện Kế hoạch; kịp thời báo cáo Chủ tịch " +
    "UBND tỉnh những vấn đề phát sinh."),
  n3("3.", "Các đồng chí lãnh đạo UBND tỉnh theo lĩnh vực được phân công trực tiếp chỉ đạo, đôn đốc các cơ quan " +
    "thực hiện nhiệm vụ được giao."),
  ...sign(["Bộ Tài chính (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành", "Hiệp hội Doanh nghiệp tỉnh", "UBND các xã, phường"],
  "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Trần Quốc Vinh"),
];

const tasks = [
  read("'Trước ngày 31/3/2026' 30/3 Mon; the Chủ tịch directs, no unit",
    task("1", "Ban hành kế hoạch cải thiện các chỉ số thành phần PCI năm 2026", "2026-03-30", [TC], ["@departments"])),
  read("'Tháng 6/2026' 30/6 Tue; the Chủ tịch (merged cell) directs",
    task("2", "Tổ chức Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với cộng đồng doanh nghiệp năm 2026", "2026-06-30",
      [TC], [HH, VP])),
  read("'Quý II/2026' 30/6 Tue; PCT Lò Văn Hải directs",
    task("3", "Rà soát, cắt giảm thời gian giải quyết thủ tục hành chính về đầu tư, đất đai, xây dựng", "2026-06-30",
      [VP], [TC, NM])),
  read("'Trước 30/4/2026' 29/4 Wed (a working day: 27/4, 30/4, 1/5 are off)",
    task("4", "Công khai quy hoạch, kế hoạch sử dụng đất, quỹ đất sạch cho nhà đầu tư", "2026-04-29", [NM], [XA])),
  read("'Quý III/2026' 30/9 Wed",
    task("5", "Thanh tra, kiểm tra công vụ, xử lý hành vi nhũng nhiễu doanh nghiệp", "2026-09-30", [TTr], [NV, CA])),
  read("'Tháng 8/2026' 31/8 Mon",
    task("7", "Tổ chức phiên giao dịch việc làm, kết nối cung - cầu lao động cho doanh nghiệp", "2026-08-31", [NV],
      [XA])),
  read("'Tháng 10/2026' 31/10 Sat -> 02/11 Mon",
    task("8", "Hỗ trợ pháp lý cho doanh nghiệp nhỏ và vừa; giải đáp vướng mắc pháp luật", "2026-10-31", [TP], [HH])),
  read("'Ngày 15/9/2026' Tue",
    task("9", "Cung cấp dịch vụ công trực tuyến toàn trình đối với thủ tục hành chính liên quan đến doanh nghiệp",
      "2026-09-15", [KC], [VP])),
  read("'Trước ngày 15/11/2026' 14/11 Sat -> 16/11 Mon; 'các sở, ban, ngành' = @departments",
    task("10", "Công khai thông tin về đấu thầu, dự án đầu tư, cơ hội kinh doanh trên Cổng thông tin điện tử tỉnh",
      "2026-11-14", [TC], [KC, "@departments"])),
  read("'Trước ngày 10/12/2026' 09/12 Wed; UBND tỉnh the recipient, the Chủ tịch directs",
    task("11", "Tổng hợp, đánh giá kết quả cải thiện Chỉ số PCI năm 2026, báo cáo UBND tỉnh", "2026-12-09", [TC],
      ["@departments"])),
  read("Part III item 1, 'trước ngày 15/6/2026' 14/6 Sun -> 15/6 Mon; sent to Sở Tài chính, a recipient",
    task("III.1", "báo cáo kết quả thực hiện 6 tháng đầu năm 2026", "2026-06-14", ["@departments", XA])),
];

await buildDoc(DIR, {
  typed: body(false),
  auto: body(true),
  printer: "chromium",
  expected: {
    id: ID,
    style: "Kế hoạch 54/KH-UBND of UBND tỉnh Lai Châu (after the reorganisation), 05/3/2026, cải thiện Chỉ số PCI " +
      "năm 2026, a body task table (STT 1-11 = ref). HABIT: A 'LÃNH ĐẠO UBND TỈNH CHỈ ĐẠO' COLUMN before the units' " +
      "columns naming the Chủ tịch or a Phó Chủ tịch by name ('Đồng chí Lò Văn Hải, Phó Chủ tịch UBND tỉnh'), " +
      "merged down over consecutive rows of the same leader (empty cells under it in the text copy). The leader " +
      "directs: no unit, neither lead nor coordinator (not UBND tỉnh); 'Cơ quan chủ trì tham mưu' leads, 'Cơ quan " +
      "phối hợp' coordinates. Row 6 'Thường xuyên': no task. Part III: III.1 dated; III.2, III.3 undated. The PCI " +
      "sub-index in brackets at a task's end is part of its title. 'Các sở, ban, ngành' = @departments; 'UBND các " +
      "xã, phường' (no commune imported) the unresolved 'UBND cấp xã'; Hiệp hội Doanh nghiệp tỉnh is the " +
      "directory's. Each task's reading is in its style. PDF: Chromium.",
    province: "Lai Châu",
    plan: { number: "54/KH-UBND", date: "2026-03-05" },
    tasks,
    unresolved: [XA],
    successors: [],
  },
});

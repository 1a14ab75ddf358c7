// 02: Lai Châu 2024 — Chỉ thị of the chairman, tasks per sector in prose ("2. Sở Nội vụ:" then "- …" sentences).
// PDF: Chromium --print-to-pdf of the HTML rendering.
import { BASE_CSS, headerBlock, signBlock, writeAll } from "./lib.mjs";

const OUT = new URL("../02-lai-chau-2024-chairman-directive-by-sector/", import.meta.url).pathname;
const D = ["@departments", "@districts"];
const SNV = "Sở Nội vụ";

// sector: [heading, leads, [[text, title, due, eff, coordinators] | [text]]]
const SECTORS = [
  ["Các sở, ban, ngành tỉnh; UBND các huyện, thành phố:", D, [
    ["Quán triệt Chỉ thị này đến toàn thể cán bộ, công chức, viên chức; ban hành Kế hoạch cải cách hành chính năm "
      + "2024 của cơ quan, đơn vị, hoàn thành trước ngày 15/3/2024.", "Quán triệt Chỉ thị này đến toàn thể cán bộ",
    "2024-03-15", "2024-03-15", []],
    ["Thực hiện nghiêm việc công khai xin lỗi tổ chức, cá nhân khi giải quyết hồ sơ trễ hạn; không để phát sinh hồ sơ "
      + "yêu cầu bổ sung quá một lần."],
    ["Tổ chức tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 của cơ quan, đơn vị, gửi Sở Nội vụ trước ngày "
      + "15/12/2024.", "Tổ chức tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024", "2024-12-15", "2024-12-16",
    []],
    ["Báo cáo kết quả thực hiện Chỉ thị 6 tháng đầu năm 2024 về UBND tỉnh (qua Sở Nội vụ) trước ngày 10/6/2024.",
      "Báo cáo kết quả thực hiện Chỉ thị 6 tháng đầu năm 2024", "2024-06-10", "2024-06-10", []],
    ["Báo cáo kết quả thực hiện Chỉ thị năm 2024 về UBND tỉnh (qua Sở Nội vụ) trước ngày 10/11/2024.",
      "Báo cáo kết quả thực hiện Chỉ thị năm 2024", "2024-11-10", "2024-11-11", []],
  ]],
  ["Sở Nội vụ:", [SNV], [
    ["Chủ trì, phối hợp với Văn phòng UBND tỉnh, Sở Tư pháp tham mưu thành lập các Đoàn kiểm tra cải cách hành chính "
      + "năm 2024; hoàn thành việc kiểm tra trong quý III/2024.", "tham mưu thành lập các Đoàn kiểm tra cải cách hành "
      + "chính năm 2024", "2024-09-30", "2024-09-30", ["Văn phòng UBND tỉnh", "Sở Tư pháp"]],
    ["Triển khai khảo sát, đo lường sự hài lòng của người dân, tổ chức (SIPAS) năm 2024, hoàn thành trước ngày "
      + "31/10/2024.", "Triển khai khảo sát, đo lường sự hài lòng", "2024-10-31", "2024-10-31", []],
    ["Tham mưu tổ chức Hội nghị công bố Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành, UBND các huyện, "
      + "thành phố trong tháng 5/2024.", "Tham mưu tổ chức Hội nghị công bố Chỉ số cải cách hành chính năm 2023",
    "2024-05-31", "2024-05-31", []],
  ]],
  ["Văn phòng UBND tỉnh:", ["Văn phòng UBND tỉnh"], [
    ["Chủ trì công tác kiểm soát thủ tục hành chính; phối hợp với Sở Thông tin và Truyền thông nâng cấp Hệ thống thông "
      + "tin giải quyết thủ tục hành chính tỉnh, hoàn thành trong 6 tháng đầu năm 2024.", "Chủ trì công tác kiểm soát "
      + "thủ tục hành chính", "2024-06-30", "2024-07-01", ["Sở Thông tin và Truyền thông"]],
    ["Tham mưu Chủ tịch UBND tỉnh công bố danh mục thủ tục hành chính được rà soát, đơn giản hóa trước ngày 30/4/2024.",
      "Tham mưu Chủ tịch UBND tỉnh công bố danh mục thủ tục hành chính", "2024-04-30", "2024-05-02", []],
  ]],
  ["Sở Kế hoạch và Đầu tư:", ["Sở Kế hoạch và Đầu tư"], [
    ["Chủ trì, phối hợp với Hiệp hội Doanh nghiệp tỉnh tổ chức Hội nghị đối thoại với doanh nghiệp về thủ tục đầu tư, "
      + "hoàn thành trong quý II/2024.", "tổ chức Hội nghị đối thoại với doanh nghiệp", "2024-06-30", "2024-07-01",
    ["Hiệp hội Doanh nghiệp tỉnh"]],
    ["Xây dựng, triển khai Bộ chỉ số đánh giá năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI) năm 2024; công bố "
      + "kết quả trước ngày 20/12/2024.", "Xây dựng, triển khai Bộ chỉ số đánh giá năng lực cạnh tranh", "2024-12-20",
    "2024-12-20", []],
  ]],
  ["Sở Thông tin và Truyền thông:", ["Sở Thông tin và Truyền thông"], [
    ["Chủ trì, phối hợp với Báo Lai Châu, Đài Phát thanh - Truyền hình tỉnh đẩy mạnh thông tin, tuyên truyền về cải "
      + "cách hành chính, thực hiện trong năm 2024.", "đẩy mạnh thông tin, tuyên truyền về cải cách hành chính",
    "2024-12-31", "2024-12-31", ["Báo Lai Châu", "Đài Phát thanh - Truyền hình tỉnh"]],
    ["Hoàn thành nâng cấp hạ tầng mạng diện rộng (WAN) kết nối đến cấp xã trước ngày 30/9/2024.",
      "Hoàn thành nâng cấp hạ tầng mạng diện rộng (WAN)", "2024-09-30", "2024-09-30", []],
  ]],
  ["Sở Tư pháp:", ["Sở Tư pháp"], [
    ["Chủ trì rà soát các văn bản quy phạm pháp luật của tỉnh có quy định về thủ tục hành chính không còn phù hợp, "
      + "kiến nghị xử lý; hoàn thành trong tháng 8/2024.", "rà soát các văn bản quy phạm pháp luật của tỉnh",
    "2024-08-31", "2024-09-04", []],
  ]],
  ["Sở Tài chính:", ["Sở Tài chính"], [
    ["Phối hợp với Sở Nội vụ thẩm định, tham mưu bố trí kinh phí thực hiện nhiệm vụ cải cách hành chính, khảo sát "
      + "SIPAS năm 2024 trước ngày 31/7/2024.", "thẩm định, tham mưu bố trí kinh phí", "2024-07-31", "2024-07-31", [SNV]],
  ]],
  ["Sở Y tế, Sở Giáo dục và Đào tạo:", ["Sở Y tế", "Sở Giáo dục và Đào tạo"], [
    ["Triển khai thanh toán không dùng tiền mặt đối với phí, lệ phí, viện phí, học phí tại các cơ sở y tế, trường học "
      + "công lập trên địa bàn tỉnh, hoàn thành trước ngày 18/4/2024.", "Triển khai thanh toán không dùng tiền mặt",
    "2024-04-18", "2024-04-19", []],
  ]],
  ["Sở Nông nghiệp và Phát triển nông thôn:", ["Sở Nông nghiệp và Phát triển nông thôn"], [
    ["Rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực lâm nghiệp, thủy lợi; trình công bố "
      + "trước ngày 29/4/2024.", "Rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực lâm "
      + "nghiệp", "2024-04-29", "2024-05-02", []],
  ]],
  ["Ban Dân tộc tỉnh:", ["Ban Dân tộc tỉnh"], [
    ["Phối hợp với UBND các huyện, thành phố tuyên truyền, hướng dẫn đồng bào dân tộc thiểu số sử dụng dịch vụ công "
      + "trực tuyến trong 06 tháng cuối năm 2024.", "tuyên truyền, hướng dẫn đồng bào dân tộc thiểu số", "2024-12-31",
    "2024-12-31", ["@districts"]],
  ]],
  ["Các Sở: Tài nguyên và Môi trường, Lao động - Thương binh và Xã hội, Giao thông vận tải:",
    ["Sở Tài nguyên và Môi trường", "Sở Lao động - Thương binh và Xã hội", "Sở Giao thông vận tải"], [
      ["Rà soát, cắt giảm ít nhất 20% thời gian giải quyết đối với các thủ tục hành chính có số lượng hồ sơ lớn; trình "
        + "UBND tỉnh phương án trước ngày 15/8/2024.", "Rà soát, cắt giảm ít nhất 20% thời gian giải quyết",
      "2024-08-15", "2024-08-15", []],
    ]],
  ["Công an tỉnh:", ["Công an tỉnh"], [
    ["Chủ trì, phối hợp với UBND các huyện, thành phố triển khai Đề án 06; hoàn thành làm sạch dữ liệu dân cư phục vụ "
      + "giải quyết thủ tục hành chính trước ngày 30/6/2024.", "triển khai Đề án 06", "2024-06-30", "2024-07-01",
    ["@districts"]],
  ]],
  ["UBND các huyện, thành phố:", ["@districts"], [
    ["Chỉ đạo UBND các xã, phường, thị trấn kiện toàn Bộ phận Một cửa cấp xã, hoàn thành trong quý II/2024.",
      "Chỉ đạo UBND các xã, phường, thị trấn kiện toàn Bộ phận Một cửa cấp xã", "2024-06-30", "2024-07-01", []],
    ["Phấn đấu tỷ lệ hồ sơ nộp trực tuyến trên địa bàn đạt từ 50% trở lên trước ngày 31/12/2024.",
      "Phấn đấu tỷ lệ hồ sơ nộp trực tuyến", "2024-12-31", "2024-12-31", []],
  ]],
  ["Báo Lai Châu, Đài Phát thanh - Truyền hình tỉnh:", ["Báo Lai Châu", "Đài Phát thanh - Truyền hình tỉnh"], [
    ["Duy trì chuyên mục \u201cCải cách hành chính\u201d trên các ấn phẩm, kênh sóng."],
    ["Xây dựng ít nhất 02 phóng sự chuyên đề về kết quả cải cách hành chính của tỉnh trong quý IV/2024.",
      "Xây dựng ít nhất 02 phóng sự chuyên đề", "2024-12-31", "2024-12-31", []],
  ]],
];

const P = (text, o = {}) => ({ t: "p", text, align: "justify", ...o });
const blocks = [
  headerBlock({ issuerTop: "", issuer: "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", number: "Số: 05/CT-UBND",
    placeDate: "Lai Châu, ngày 01 tháng 3 năm 2024" }),
  P("CHỈ THỊ", { bold: true, align: "center", indent: false }),
  P("Về đẩy mạnh cải cách hành chính, nâng cao Chỉ số PAR INDEX, SIPAS, PAPI và PCI năm 2024",
    { bold: true, align: "center", indent: false }),
  P("Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính "
    + "nhà nước giai đoạn 2021 - 2030 và Quyết định số 1626/QĐ-UBND ngày 29/12/2023 của UBND tỉnh ban hành Kế hoạch "
    + "cải cách hành chính năm 2024, công tác cải cách hành chính của tỉnh đã có chuyển biến tích cực. Tuy nhiên, Chỉ "
    + "số cải cách hành chính năm 2023 của tỉnh (công bố ngày 06/02/2024) xếp thứ 40/63, giảm 05 bậc so với năm 2022; "
    + "Chỉ số SIPAS chưa đạt mục tiêu đề ra."),
  P("Để khắc phục những hạn chế nêu trên, Chủ tịch UBND tỉnh chỉ thị:"),
];
const expected = [];
SECTORS.forEach(([head, leads, items], si) => {
  blocks.push(P(head, { num: `${si + 1}.`, bold: true, list: { kind: "decimal", inst: 1 } }));
  for (const it of items) {
    blocks.push(P(it[0], { num: "-", list: { kind: "dash", inst: 10 + si } }));
    if (it[1]) expected.push({ ref: null, title: it[1], due: it[2], effectiveDue: it[3], inherited: false,
      lead: leads, coordinators: it[4] });
  }
});
blocks.push(
  P(`${SECTORS.length + 1}. Tổ chức thực hiện`, { bold: true }),
  P("Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện, thành phố chịu trách nhiệm trước Chủ tịch UBND tỉnh "
    + "về kết quả cải cách hành chính của cơ quan, địa phương mình. Giám đốc Sở Nội vụ theo dõi, đôn đốc, kiểm tra việc "
    + "thực hiện Chỉ thị này, định kỳ báo cáo Chủ tịch UBND tỉnh./."),
  signBlock(["Văn phòng Chính phủ;", "Bộ Nội vụ;", "TT. Tỉnh ủy; TT. HĐND tỉnh;", "Chủ tịch, các PCT UBND tỉnh;",
    "Các sở, ban, ngành tỉnh;", "UBND các huyện, thành phố;", "Lưu: VT, NC."], ["CHỦ TỊCH"], "Lê Văn Lương"),
);

const CSS = BASE_CSS + "@page{size:A4;margin:2cm 1.5cm 2cm 3cm}body{font-size:13.5pt}";
await writeAll(OUT, blocks, {
  id: "02-lai-chau-2024-chairman-directive-by-sector",
  style: "Chỉ thị 05/CT-UBND of the Chairman, Lai Châu, 01/3/2024 (old departments, districts). PDF: Chromium "
    + "print of the HTML rendering. 'Chủ tịch UBND tỉnh chỉ thị:' then numbered sectors '2. Sở Nội vụ:' whose dash "
    + "sentences are the tasks; lead = the sector heading's unit(s) (sector 1 = @departments + @districts; sector 8 "
    + "'Các Sở: Tài nguyên và Môi trường, Lao động - TB&XH, Giao thông vận tải' = three Sở); 'phối hợp với X' inside "
    + "a sentence = coordinators; '(qua Sở Nội vụ)', 'gửi Sở Nội vụ', 'Chỉ đạo UBND các xã' are not coordinators. "
    + "Dash items are unnumbered: ref = null (matched by title). Undated dashes (xin lỗi; duy trì chuyên mục) and the "
    + "closing 'Tổ chức thực hiện' are left out. Holidays 2024 assumed: Giỗ Tổ 18/4 -> 19/4; 29/4-1/5 off (29/4, 30/4 -> 2/5), 31/8-3/9 off "
    + "(tháng 8/2024 = 31/8 Sat -> 4/9). Sundays 30/6 -> 1/7, 10/11 -> 11/11, 15/12 -> 16/12. '6 tháng đầu năm 2024' "
    + "-> 30/6. Cited 76/NQ-CP 15/7/2021, 1626/QĐ 29/12/2023, 06/02/2024 are no deadlines.",
  province: "Lai Châu",
  plan: { number: "05/CT-UBND", date: "2024-03-01" },
  tasks: expected,
  quotas: [],
  unresolved: [],
  successors: [],
}, { printer: "chromium", css: CSS });
console.log("02:", expected.length, "tasks");

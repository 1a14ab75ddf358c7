// 07: Lai Châu, UBND tỉnh (after the reorganisation), 15/9/2025 — forest fire prevention, dry season 2025-2026.
// Prose: III. TỔ CHỨC THỰC HIỆN, units numbered 1.-7., their duties a), b) …. The Word file has a HEADER on every
// page ("Kế hoạch số 214/KH-UBND ngày 15/9/2025 của UBND tỉnh Lai Châu") and a FOOTER "Trang X/Y" (PAGE and
// NUMPAGES fields), so the PDF printed from Word repeats them on each page. plan.pdf: LibreOffice.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "07-lai-chau-2025-word-print-running-header-plan-number-footer-trang-x-of-y";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NM = "Sở Nông nghiệp và Môi trường";
const CA = "Công an tỉnh";
const XA = "UBND cấp xã";
const BAO = "Báo và Phát thanh, Truyền hình Lai Châu";
// units: [n, heading, intro | null, items: [letter | null, text, title, due | null, lead, co]]
const UNITS = [
  [1, "Sở Nông nghiệp và Môi trường", [
    ["a", "Tham mưu UBND tỉnh kiện toàn Ban Chỉ đạo phòng cháy, chữa cháy rừng tỉnh trước ngày 30/9/2025.",
      "Tham mưu kiện toàn Ban Chỉ đạo phòng cháy, chữa cháy rừng tỉnh", "2025-09-29", [NM], []],
    ["b", "Cập nhật bản đồ phân vùng trọng điểm cháy rừng trên nền bản đồ hiện trạng rừng năm 2024, hoàn thành " +
      "chậm nhất ngày 15/10/2025.", "Cập nhật bản đồ phân vùng trọng điểm cháy rừng", "2025-10-15", [NM], []],
    ["c", "Chủ trì, phối hợp với Công an tỉnh tổ chức diễn tập chữa cháy rừng cấp tỉnh trong tháng 11/2025.",
      "Tổ chức diễn tập chữa cháy rừng cấp tỉnh", "2025-11-30", [NM], [CA]],
    ["d", "Theo dõi cấp dự báo cháy rừng, thông báo hằng ngày trên các phương tiện thông tin đại chúng.", "", null],
  ]],
  [2, "Công an tỉnh", [
    ["a", "Chỉ đạo lực lượng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ sẵn sàng tham gia chữa cháy rừng " +
      "khi có yêu cầu; điều tra, xử lý nghiêm các vụ vi phạm.", "", null],
    ["b", "Phối hợp với Sở Nông nghiệp và Môi trường kiểm tra công tác phòng cháy tại các khu rừng phòng hộ đầu " +
      "nguồn, xong trước ngày 31 tháng 12 năm 2025.", "Kiểm tra công tác phòng cháy tại các khu rừng phòng hộ đầu " +
      "nguồn", "2025-12-30", [CA], [NM]],
  ]],
  [3, "Sở Tài chính", [
    [null, "Thẩm định, tham mưu UBND tỉnh bố trí kinh phí mua sắm dụng cụ, trang thiết bị chữa cháy rừng từ " +
      "nguồn dự phòng ngân sách tỉnh, trình chậm nhất ngày 20/10/2025.", "Thẩm định, tham mưu bố trí kinh phí " +
      "mua sắm dụng cụ, trang thiết bị chữa cháy rừng", "2025-10-20", ["Sở Tài chính"], []],
  ]],
  [4, "Sở Khoa học và Công nghệ", [
    [null, "Phối hợp với Sở Nông nghiệp và Môi trường đưa vào vận hành phần mềm cảnh báo sớm điểm cháy rừng qua " +
      "ảnh vệ tinh, hoàn thành trong quý IV năm 2025.", "Đưa vào vận hành phần mềm cảnh báo sớm điểm cháy rừng " +
      "qua ảnh vệ tinh", "2025-12-31", ["Sở Khoa học và Công nghệ"], [NM]],
  ]],
  [5, "Báo và Phát thanh, Truyền hình Lai Châu", [
    [null, "Mở chuyên mục “Giữ rừng mùa khô” phát sóng từ tháng 10/2025 đến hết tháng 4/2026.",
      "Mở chuyên mục “Giữ rừng mùa khô”", "2026-04-30", [BAO], []],
  ]],
  [6, "UBND các xã, phường", [
    ["a", "Xây dựng, phê duyệt phương án phòng cháy, chữa cháy rừng cấp xã trước ngày 15/10/2025.",
      "Xây dựng, phê duyệt phương án phòng cháy, chữa cháy rừng cấp xã", "2025-10-14", [XA], []],
    ["b", "Tổ chức cho các hộ gia đình, cộng đồng dân cư thôn, bản ký cam kết bảo vệ rừng, không đốt nương rẫy " +
      "trong những ngày nắng nóng; hoàn thành trong tháng 10/2025.", "Tổ chức cho các hộ gia đình, cộng đồng " +
      "dân cư thôn, bản ký cam kết bảo vệ rừng", "2025-10-31", [XA], []],
    ["c", "Bố trí lực lượng trực 24/24 giờ tại các chòi canh lửa trong các tháng cao điểm mùa khô.", "", null],
  ]],
  [7, "Chế độ thông tin, báo cáo", [
    [null, "UBND các xã, phường báo cáo định kỳ hằng tháng về Sở Nông nghiệp và Môi trường. Sở Nông nghiệp và " +
      "Môi trường tổng hợp, báo cáo UBND tỉnh kết quả công tác phòng cháy, chữa cháy rừng mùa khô 2025-2026 " +
      "trước ngày 15 tháng 5 năm 2026.", "Tổng hợp, báo cáo kết quả công tác phòng cháy, chữa cháy rừng mùa khô " +
      "2025-2026", "2026-05-14", [NM], []],
  ]],
];
const tasks = [];
const body = [];
for (const [n, headText, items] of UNITS) {
  body.push({ t: "p", num: `${n}.`, text: headText, bold: true, list: { kind: "decimal", inst: "units" } });
  for (const [l, text, title, due, lead, co] of items) {
    if (l) body.push({ t: "p", num: `${l})`, text, list: { kind: "letter", inst: `u${n}` } });
    else body.push({ t: "p", text });
    if (due) tasks.push(task(`III.${n}${l ? "." + l : ""}`, title, due, lead, co));
  }
}

const HDR = "Kế hoạch số 214/KH-UBND ngày 15/9/2025 của UBND tỉnh Lai Châu";
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const x = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const rp = '<w:rPr><w:i/><w:sz w:val="20"/></w:rPr>';
const fld = (f) => `<w:fldSimple w:instr=" ${f} "><w:r>${rp}<w:t>1</w:t></w:r></w:fldSimple>`;
const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const ct = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
const extra = {
  sect: '<w:headerReference w:type="default" r:id="rH1"/><w:footerReference w:type="default" r:id="rF1"/>',
  rels: `<Relationship Id="rH1" Type="${rel}header" Target="header1.xml"/>` +
    `<Relationship Id="rF1" Type="${rel}footer" Target="footer1.xml"/>`,
  types: `<Override PartName="/word/header1.xml" ContentType="${ct}header+xml"/>` +
    `<Override PartName="/word/footer1.xml" ContentType="${ct}footer+xml"/>`,
  parts: {
    "word/header1.xml": `${x}<w:hdr ${W}><w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" ` +
      `w:color="000000"/></w:pBdr><w:jc w:val="right"/></w:pPr><w:r>${rp}<w:t>${HDR}</w:t></w:r></w:p></w:hdr>`,
    "word/footer1.xml": `${x}<w:ftr ${W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r>${rp}` +
      `<w:t xml:space="preserve">Trang </w:t></w:r>${fld("PAGE")}<w:r>${rp}<w:t>/</w:t></w:r>${fld("NUMPAGES")}` +
      "</w:p></w:ftr>",
  },
};

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 214/KH-UBND", "Lai Châu, ngày 15 tháng 9 năm 2025", "KẾ HOẠCH",
    "Phòng cháy, chữa cháy rừng mùa khô 2025-2026 trên địa bàn tỉnh Lai Châu"),
  { t: "p", text: "I. MỤC ĐÍCH, YÊU CẦU", bold: true },
  { t: "p", text: "1. Quán triệt phương châm “bốn tại chỗ”, chủ động phòng ngừa là chính; phát hiện sớm, dập tắt " +
    "kịp thời các đám cháy, hạn chế thấp nhất thiệt hại về rừng." },
  { t: "p", text: "2. Diện tích rừng bị cháy mùa khô 2025-2026 giảm ít nhất 20% so với mùa khô trước." },
  { t: "p", text: "II. NHIỆM VỤ TRỌNG TÂM", bold: true },
  { t: "p", text: "1. Tuyên truyền, nâng cao nhận thức của người dân sống trong và gần rừng về phòng cháy, chữa " +
    "cháy rừng; quản lý chặt việc sử dụng lửa trong canh tác nương rẫy." },
  { t: "p", text: "2. Rà soát, củng cố lực lượng, phương tiện chữa cháy tại chỗ; duy trì các chòi canh lửa, đường " +
    "băng cản lửa tại các vùng trọng điểm." },
  { t: "p", text: "3. Ứng dụng công nghệ trong theo dõi, cảnh báo cháy rừng; phối hợp chặt chẽ giữa các lực lượng " +
    "khi có cháy rừng xảy ra." },
  { t: "p", text: "III. TỔ CHỨC THỰC HIỆN", bold: true },
  ...body,
  { t: "p", text: "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo về Sở Nông " +
    "nghiệp và Môi trường để tổng hợp, trình UBND tỉnh xem xét, quyết định." },
  ...sign(["Bộ Nông nghiệp và Môi trường (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các xã, phường"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Hà Quang Trung"),
];

await build(DIR, {
  blocks, printer: "libreoffice", extra,
  expected: {
    id: ID,
    style: "Kế hoạch 214/KH-UBND of UBND tỉnh Lai Châu (after the reorganisation), 15/9/2025, forest fire " +
      "prevention for the dry season 2025-2026. A Word file printed to PDF: every page carries a running " +
      "HEADER 'Kế hoạch số 214/KH-UBND ngày 15/9/2025 của UBND tỉnh Lai Châu' (ruled under) and a FOOTER " +
      "'Trang 1/2', 'Trang 2/2' (PAGE/NUMPAGES fields); plan.txt and the docx body hold no header/footer " +
      "text. Prose: I aims, II 'Nhiệm vụ trọng tâm' (undated, no tasks), III 'Tổ chức thực hiện' with unit " +
      "headings 1.-7. (Word list) and duties a), b) … (a list per unit); a unit with one duty has a plain " +
      "paragraph. ref = III.<unit>[.<letter>]. lead = the unit heading; 'Chủ trì, phối hợp với Y' / 'Phối hợp " +
      "với Y' (no chủ trì) -> the heading's unit leads, Y coordinates. 7 'Chế độ thông tin, báo cáo' is no " +
      "unit: its dated sentence names Sở NN&MT as subject. Dates: 'trước ngày 30/9/2025' -> 29/9; 'chậm nhất " +
      "ngày 15/10/2025' -> 15/10; 'trong tháng 11/2025' -> 30/11 (Sun -> 1/12); 'xong trước ngày 31 tháng 12 " +
      "năm 2025' -> 30/12; 'trình chậm nhất ngày 20/10/2025' -> 20/10; 'trong quý IV năm 2025' -> 31/12; 'từ " +
      "tháng 10/2025 đến hết tháng 4/2026' -> 30/4/2026 (holiday 30/4-1/5, weekend -> 4/5); 'trước ngày " +
      "15/10/2025' -> 14/10; 'trong tháng 10/2025' -> 31/10; 'trước ngày 15 tháng 5 năm 2026' -> 14/5. Left " +
      "out: 1.d 'hằng ngày', 2.a undated, 6.c undated, 7's 'hằng tháng'. 'UBND các xã, phường' = 'UBND cấp " +
      "xã' (unresolved). 'Tham mưu UBND tỉnh', 'báo cáo UBND tỉnh', 'trình': UBND tỉnh is no unit of the task.",
    province: "Lai Châu",
    plan: { number: "214/KH-UBND", date: "2025-09-15" },
    tasks,
    unresolved: [XA],
    successors: [],
  },
});

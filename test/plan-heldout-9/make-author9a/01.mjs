// 01: Thái Nguyên (merged), 2026 — Kế hoạch kiểm tra: prose plan + Phụ lục "Lịch kiểm tra", one row per
// inspected unit with a date range, the team lead ("Trưởng đoàn") and the team's members merged down the rows.
import { headerBlock, signBlock, writeWordAndText, libreOfficePdf } from "./model.mjs";

const SLUG = "01-thai-nguyen-2026-inspection-schedule-date-ranges";

const roman = (inst) => ({ kind: "roman", inst });
const dec = (inst) => ({ kind: "decimal", inst });
const let_ = (inst) => ({ kind: "letter", inst });
const dash = (inst) => ({ kind: "dash", inst });

const H = (label, text, list) => ({ label, text, list, bold: true, indent: 709, keepNext: true });
const P = (text, o = {}) => ({ text, indent: 709, align: "justify", ...o });
const L = (label, text, list, o = {}) => ({ label, text, list, indent: 709, align: "justify", ...o });

const TEAM1 = {
  lead: "Đồng chí Phó Giám đốc Sở Nội vụ",
  members: "Sở Tư pháp; Văn phòng UBND tỉnh; Sở Khoa học và Công nghệ; công chức Phòng Cải cách hành chính (Sở Nội vụ)",
};
const TEAM2 = {
  lead: "Lãnh đạo Văn phòng UBND tỉnh",
  members: "Sở Nội vụ, Sở Tư pháp, Bưu điện tỉnh",
};
const TEAM3 = {
  lead: "Lãnh đạo Sở Khoa học và Công nghệ",
  members: "Sở Nội vụ; Văn phòng UBND tỉnh; Công an tỉnh (Phòng PC06)",
};

// [group title, team, [[inspected unit, time as written]]]
const SCHEDULE = [
  [
    "ĐOÀN KIỂM TRA SỐ 1 (kiểm tra công tác cải cách hành chính, công vụ)",
    TEAM1,
    [
      ["Sở Y tế", "Từ 12-14/5/2026"],
      ["Sở Xây dựng", "Ngày 19/5/2026"],
      ["Sở Công Thương", "Từ ngày 21/5 đến ngày 22/5/2026"],
      ["UBND phường Phan Đình Phùng", "26-27/5/2026"],
      ["UBND xã Đại Từ", "Từ 28/5 - 02/6/2026"],
      ["UBND xã Phú Bình", "Từ 09-11/6/2026"],
    ],
  ],
  [
    "ĐOÀN KIỂM TRA SỐ 2 (kiểm tra công tác kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông)",
    TEAM2,
    [
      ["Trung tâm Phục vụ hành chính công tỉnh", "16-17/6/2026"],
      ["Sở Tài chính", "23 - 25/6/2026"],
      ["UBND phường Bắc Kạn", "Từ ngày 30/6 đến 02/7/2026"],
      ["UBND xã Ba Bể", "07-08/7/2026"],
      ["UBND xã Chợ Đồn", "Từ 09/7 đến 10/7/2026"],
      ["Sở Nông nghiệp và Môi trường", "14 - 16/7/2026"],
    ],
  ],
  [
    "ĐOÀN KIỂM TRA SỐ 3 (kiểm tra chuyển đổi số, thực hiện Đề án 06, dịch vụ công trực tuyến)",
    TEAM3,
    [
      ["Sở Giáo dục và Đào tạo", "Từ 04-06/8/2026"],
      ["UBND phường Sông Công", "11-12/8/2026"],
      ["UBND xã Na Rì", "Từ 18/8 - 20/8/2026"],
      ["Sở Văn hóa, Thể thao và Du lịch", "25-26/8/2026"],
      ["UBND phường Phổ Yên", "Từ 07-09/9/2026"],
    ],
  ],
  [
    "ĐOÀN KIỂM TRA SỐ 1 (tiếp)",
    TEAM1,
    [
      ["Sở Dân tộc và Tôn giáo", "Từ 15-17/9/2026"],
      ["UBND xã Định Hóa", "22-23/9/2026"],
      ["UBND xã Võ Nhai", "Từ 29/9 - 01/10/2026"],
      ["UBND xã Ngân Sơn", "06-08/10/2026"],
      ["Sở Tư pháp", "13-14/10/2026"],
      ["UBND xã Bạch Thông", "29-31/10/2026"],
    ],
  ],
];

const WIDTHS = [700, 3600, 2500, 2900, 4800];

function scheduleRows(auto) {
  const rows = [
    [
      { text: "STT", bold: true, align: "center" },
      { text: "Cơ quan, đơn vị được kiểm tra", bold: true, align: "center" },
      { text: "Thời gian kiểm tra", bold: true, align: "center" },
      { text: "Trưởng đoàn", bold: true, align: "center" },
      { text: "Cơ quan tham gia Đoàn kiểm tra", bold: true, align: "center" },
    ],
    ["(1)", "(2)", "(3)", "(4)", "(5)"].map((text) => ({ text, italic: true, align: "center" })),
  ];
  let n = 0;
  for (const [title, team, units] of SCHEDULE) {
    rows.push([{ text: title, bold: true, span: 5 }]);
    units.forEach(([unit, time], i) => {
      n += 1;
      const stt = auto
        ? { paras: [{ text: "", list: { kind: "cell", inst: "stt" }, cellList: true }], align: "center" }
        : { text: String(n), align: "center" };
      rows.push([
        stt,
        unit,
        { text: time, align: "center" },
        i === 0 ? { text: team.lead, vMerge: "restart", valign: "center" } : { vMerge: "continue" },
        i === 0 ? { text: team.members, vMerge: "restart", valign: "center" } : { vMerge: "continue" },
      ]);
    });
  }
  rows.push([
    { text: String(n + 1), align: "center" },
    "Kiểm tra đột xuất một số cơ quan, đơn vị, UBND xã, phường có phản ánh, kiến nghị",
    { text: "Khi có yêu cầu", align: "center" },
    "Giám đốc Sở Nội vụ quyết định",
    "Theo Quyết định thành lập Đoàn",
  ]);
  return rows;
}

function blocks(auto) {
  return [
    ...headerBlock({
      issuer: "ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN",
      number: "Số: 87/KH-UBND",
      place: "Thái Nguyên, ngày 06 tháng 4 năm 2026",
    }),
    { text: "KẾ HOẠCH", bold: true, align: "center", before: 240 },
    {
      text: "Kiểm tra công tác cải cách hành chính, kiểm soát thủ tục hành chính\nvà chuyển đổi số trên địa bàn tỉnh năm 2026",
      bold: true,
      align: "center",
      after: 240,
    },
    P(
      "Căn cứ Kế hoạch số 12/KH-UBND ngày 20/01/2026 của UBND tỉnh về cải cách hành chính nhà nước năm 2026; " +
        "Quyết định số 1380/QĐ-UBND ngày 26/12/2025 của UBND tỉnh ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2026;",
      { footnote: "Kế hoạch số 12/KH-UBND ngày 20/01/2026, mục III.7: kiểm tra ít nhất 30% cơ quan, đơn vị cấp tỉnh và 25% UBND cấp xã." },
    ),
    P("Ủy ban nhân dân tỉnh ban hành Kế hoạch kiểm tra công tác cải cách hành chính, kiểm soát thủ tục hành chính và chuyển đổi số năm 2026, như sau:"),
    H("I.", "MỤC ĐÍCH, YÊU CẦU", roman("top")),
    L("1.", "Đánh giá thực chất kết quả triển khai nhiệm vụ cải cách hành chính của các cơ quan, đơn vị; kịp thời chấn chỉnh tồn tại, hạn chế.", dec("i")),
    L("2.", "Kiểm tra đúng nội dung, đúng thời gian; không gây phiền hà, không làm ảnh hưởng đến hoạt động bình thường của cơ quan, đơn vị được kiểm tra.", dec("i")),
    H("II.", "NỘI DUNG, ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA", roman("top")),
    L("1.", "Nội dung kiểm tra", dec("ii"), { bold: true }),
    L("a)", "Việc ban hành và tổ chức thực hiện kế hoạch cải cách hành chính năm 2026; công tác chỉ đạo, điều hành, tuyên truyền.", let_("ii1")),
    L("b)", "Việc công bố, công khai, giải quyết thủ tục hành chính; thực hiện cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa.", let_("ii1")),
    L("c)", "Việc cung cấp dịch vụ công trực tuyến, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; thực hiện Đề án 06.", let_("ii1")),
    L("d)", "Việc chấp hành kỷ luật, kỷ cương hành chính, văn hóa công vụ của cán bộ, công chức, viên chức.", let_("ii1")),
    L("2.", "Đối tượng kiểm tra", dec("ii"), { bold: true }),
    P("11 cơ quan, đơn vị cấp tỉnh và 13 UBND xã, phường (chi tiết tại Phụ lục kèm theo)."),
    L("3.", "Thời kỳ và thời gian kiểm tra", dec("ii"), { bold: true }),
    L("-", "Thời kỳ kiểm tra: từ ngày 01/01/2025 đến thời điểm kiểm tra.", dash("ii3")),
    L("-", "Thời gian kiểm tra: từ tháng 5 đến tháng 10 năm 2026, theo Lịch kiểm tra tại Phụ lục kèm theo Kế hoạch này. " +
      "Mỗi cơ quan, đơn vị được kiểm tra trong thời gian ghi tại cột (3).", dash("ii3")),
    L("4.", "Phương thức kiểm tra", dec("ii"), { bold: true }),
    P("Đoàn kiểm tra làm việc trực tiếp tại cơ quan, đơn vị; nghe báo cáo, kiểm tra hồ sơ, tài liệu; kiểm tra ngẫu nhiên hồ sơ thủ tục hành chính trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh."),
    H("III.", "TỔ CHỨC THỰC HIỆN", roman("top")),
    L("1.", "Sở Nội vụ", dec("iii"), { bold: true }),
    L("a)", "Tham mưu Chủ tịch UBND tỉnh ban hành Quyết định thành lập các Đoàn kiểm tra, hoàn thành trước ngày 30/4/2026.", let_("iii1")),
    L("b)", "Chủ trì, phối hợp với Văn phòng UBND tỉnh, Sở Khoa học và Công nghệ tổng hợp kết quả kiểm tra của các Đoàn, " +
      "báo cáo UBND tỉnh trước ngày 15/11/2026.", let_("iii1")),
    L("c)", "Theo dõi, đôn đốc các cơ quan, đơn vị khắc phục tồn tại, hạn chế sau kiểm tra.", let_("iii1")),
    L("2.", "Văn phòng UBND tỉnh, Sở Khoa học và Công nghệ", dec("iii"), { bold: true }),
    P("Cử công chức tham gia các Đoàn kiểm tra, gửi danh sách về Sở Nội vụ trước ngày 24/4/2026; chủ trì nội dung kiểm tra " +
      "thuộc lĩnh vực được giao (Đoàn số 2, Đoàn số 3)."),
    L("3.", "Các cơ quan, đơn vị, UBND xã, phường được kiểm tra", dec("iii"), { bold: true }),
    P("Xây dựng báo cáo tự kiểm tra theo Đề cương, gửi Đoàn kiểm tra chậm nhất 05 ngày làm việc trước ngày kiểm tra; " +
      "chuẩn bị hồ sơ, tài liệu và bố trí thành phần làm việc với Đoàn."),
    L("4.", "Sở Tài chính", dec("iii"), { bold: true }),
    P("Bố trí kinh phí thực hiện Kế hoạch từ nguồn kinh phí cải cách hành chính năm 2026 đã giao Sở Nội vụ."),
    L("5.", "Báo và Phát thanh, Truyền hình Thái Nguyên", dec("iii"), { bold: true }),
    P("Phối hợp với Sở Nội vụ đưa tin về kết quả kiểm tra, các mô hình, cách làm hay trong tháng 11/2026."),
    P("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ (số điện thoại 0208.3855.179) để tổng hợp, báo cáo UBND tỉnh./."),
    signBlock({
      recipients: ["- Bộ Nội vụ (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "- CT, các PCT UBND tỉnh;",
        "- Các sở, ban, ngành;", "- UBND các xã, phường;", "- Lưu: VT, NC."],
      signer: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Đặng Xuân Trường"],
    }),
    { t: "section", landscape: true },
    { text: "PHỤ LỤC", bold: true, align: "center" },
    { text: "LỊCH KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH, KIỂM SOÁT THỦ TỤC HÀNH CHÍNH VÀ CHUYỂN ĐỔI SỐ NĂM 2026", bold: true, align: "center" },
    { text: "(Kèm theo Kế hoạch số 87/KH-UBND ngày 06/4/2026 của UBND tỉnh Thái Nguyên)", italic: true, align: "center", after: 200 },
    { t: "table", widths: WIDTHS, header: 2, rows: scheduleRows(auto) },
    { text: "Ghi chú: Thời gian kiểm tra tại cột (3) là ngày làm việc của Đoàn tại cơ quan, đơn vị; trường hợp thay đổi, " +
      "Sở Nội vụ thông báo bằng văn bản trước ít nhất 03 ngày làm việc.", italic: true, before: 120 },
  ];
}

const dir = await writeWordAndText(SLUG, blocks(false), "Kế hoạch kiểm tra CCHC năm 2026");
// The automatic file numbers the STT column with Word numbering; the typed file and the text carry typed numbers.
const { writeDocx } = await import("./ooxml.mjs");
const { writeFileSync } = await import("node:fs");
writeFileSync(`${dir}/plan-auto.docx`, await writeDocx(blocks(true), { auto: true, title: "Kế hoạch kiểm tra CCHC năm 2026" }));
libreOfficePdf(dir);
console.log("wrote", dir);

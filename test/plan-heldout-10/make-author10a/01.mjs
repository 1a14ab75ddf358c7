// 01: Thái Nguyên 2026 — Thông báo kết luận of the chairman's meeting; tasks in numbered "Giao Sở X chủ trì …"
// paragraphs (some with a), b) points). PDF: LibreOffice (tagged PDF export) from plan-auto.docx.
import { BASE_CSS, headerBlock, signBlock, writeAll } from "./lib.mjs";

const OUT = new URL("../01-thai-nguyen-2026-meeting-conclusions-notice/", import.meta.url).pathname;
const SND = "Sở Nội vụ";
const VP = "Văn phòng UBND tỉnh";
const XA = "UBND cấp xã";

// [ref, text, title, due, effectiveDue, lead, coordinators]; a point list: [ref, text, null, points]
const TASKS = [
  ["II.1", "Giao Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh tham mưu UBND tỉnh ban hành Kế hoạch khắc phục "
    + "các tiêu chí, tiêu chí thành phần bị giảm điểm của Chỉ số CCHC năm 2025, trình UBND tỉnh trước ngày 30/4/2026.",
  "tham mưu UBND tỉnh ban hành Kế hoạch khắc phục các tiêu chí", "2026-04-30", "2026-05-04", [SND], [VP]],
  ["II.2", "Giao Sở Nội vụ tổ chức điều tra xã hội học đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ "
    + "của cơ quan hành chính nhà nước (SIPAS) năm 2026 tại các cơ quan, đơn vị sau sắp xếp; hoàn thành trong tháng "
    + "9/2026.", "tổ chức điều tra xã hội học đo lường sự hài lòng", "2026-09-30", "2026-09-30", [SND], []],
  ["II.3", "Giao Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ rà soát, đánh giá các văn bản quy phạm pháp luật do HĐND, "
    + "UBND tỉnh Bắc Kạn (cũ) và tỉnh Thái Nguyên (cũ) ban hành còn hiệu lực, đề xuất bãi bỏ, thay thế; hoàn thành "
    + "trước ngày 15/6/2026.", "rà soát, đánh giá các văn bản quy phạm pháp luật", "2026-06-15", "2026-06-15",
  ["Sở Tư pháp"], [SND]],
  ["II.4", "Giao Văn phòng UBND tỉnh:", null, [
    ["II.4.a", "Công bố, công khai đầy đủ, kịp thời danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của các cấp "
      + "trên Cổng Dịch vụ công quốc gia; hoàn thành trong quý II/2026.", "Công bố, công khai đầy đủ, kịp thời danh mục",
    "2026-06-30", "2026-06-30", [VP], []],
    ["II.4.b", "Theo dõi, đôn đốc các cơ quan, đơn vị xử lý dứt điểm hồ sơ quá hạn; báo cáo Chủ tịch UBND tỉnh tại "
      + "phiên họp thường kỳ hằng tháng.", null],
    ["II.4.c", "Chủ trì, phối hợp với Sở Khoa học và Công nghệ, Bưu điện tỉnh triển khai số hóa hồ sơ, kết quả giải "
      + "quyết thủ tục hành chính tại bộ phận một cửa các cấp, bảo đảm tỷ lệ 100% trước ngày 31/7/2026.",
    "triển khai số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "2026-07-31", "2026-07-31", [VP],
    ["Sở Khoa học và Công nghệ", "Bưu điện tỉnh"]],
    ["II.4.d", "Tham mưu Chủ tịch UBND tỉnh phê duyệt quy trình nội bộ giải quyết thủ tục hành chính cấp xã sau sắp "
      + "xếp, trước ngày 29/5/2026.", "Tham mưu Chủ tịch UBND tỉnh phê duyệt quy trình nội bộ", "2026-05-29",
    "2026-05-29", [VP], []],
  ]],
  ["II.5", "Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ tham mưu bố trí kinh phí thực hiện nhiệm vụ cải cách hành "
    + "chính năm 2026 cho các cơ quan, đơn vị sau sắp xếp, xong trước ngày 20/5/2026.",
  "tham mưu bố trí kinh phí thực hiện nhiệm vụ cải cách hành chính", "2026-05-20", "2026-05-20", ["Sở Tài chính"], [SND]],
  ["II.6", "Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng UBND tỉnh, Công an tỉnh hoàn thiện việc kết "
    + "nối, chia sẻ dữ liệu giữa Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh với Cơ sở dữ liệu quốc gia "
    + "về dân cư; hoàn thành chậm nhất ngày 30/6/2026.", "hoàn thiện việc kết nối, chia sẻ dữ liệu", "2026-06-30",
  "2026-06-30", ["Sở Khoa học và Công nghệ"], [VP, "Công an tỉnh"]],
  ["II.7", "Giao Sở Khoa học và Công nghệ và Sở Nội vụ, theo chức năng, nhiệm vụ được giao, xây dựng Bộ tiêu chí đánh "
    + "giá mức độ chuyển đổi số của các cơ quan hành chính trên địa bàn tỉnh, trình UBND tỉnh trong tháng 8/2026.",
  "xây dựng Bộ tiêu chí đánh giá mức độ chuyển đổi số", "2026-08-31", "2026-08-31", ["Sở Khoa học và Công nghệ", SND],
  []],
  ["II.8", "Giao Công an tỉnh chủ trì, phối hợp với UBND các xã, phường đẩy mạnh triển khai Đề án 06 gắn với cải cách "
    + "thủ tục hành chính; sơ kết 6 tháng đầu năm 2026, báo cáo UBND tỉnh trước ngày 05/7/2026.",
  "đẩy mạnh triển khai Đề án 06", "2026-07-05", "2026-07-06", ["Công an tỉnh"], [XA]],
  ["II.9", "Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Xây dựng rà soát, chuẩn hóa quy trình nội bộ giải "
    + "quyết thủ tục hành chính lĩnh vực đất đai, xây dựng sau khi sắp xếp chính quyền địa phương hai cấp; hoàn thành "
    + "trước ngày 31/5/2026.", "rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực đất đai",
  "2026-05-31", "2026-06-01", ["Sở Nông nghiệp và Môi trường"], ["Sở Xây dựng"]],
  ["II.10", "Giao Thanh tra tỉnh chủ trì, phối hợp với Sở Nội vụ kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành "
    + "chính tại một số cơ quan, đơn vị có tỷ lệ hồ sơ trễ hạn cao; thực hiện trong quý III/2026.",
  "kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính", "2026-09-30", "2026-09-30", ["Thanh tra tỉnh"], [SND]],
  ["II.11", "Giao các sở, ban, ngành tỉnh và UBND các xã, phường:", null, [
    ["II.11.a", "Rà soát, kiện toàn đội ngũ công chức làm việc tại bộ phận một cửa, bảo đảm đủ số lượng, đúng tiêu chuẩn; "
      + "hoàn thành trước ngày 15/5/2026.", "Rà soát, kiện toàn đội ngũ công chức làm việc tại bộ phận một cửa",
    "2026-05-15", "2026-05-15", ["@departments", XA], []],
    ["II.11.b", "Xây dựng kế hoạch tự kiểm tra công tác cải cách hành chính năm 2026, gửi Sở Nội vụ trước ngày "
      + "10/5/2026 để theo dõi.", "Xây dựng kế hoạch tự kiểm tra công tác cải cách hành chính năm 2026", "2026-05-10",
    "2026-05-11", ["@departments", XA], []],
    ["II.11.c", "Báo cáo kết quả thực hiện các nội dung tại Thông báo này về UBND tỉnh (qua Sở Nội vụ) trước ngày "
      + "25/6/2026 để tổng hợp.", "Báo cáo kết quả thực hiện các nội dung tại Thông báo này", "2026-06-25",
    "2026-06-25", ["@departments", XA], []],
  ]],
  ["II.12", "Giao Báo và Phát thanh, Truyền hình Thái Nguyên phối hợp với Sở Nội vụ xây dựng chuyên mục \u201cCải cách "
    + "hành chính và chuyển đổi số\u201d, thực hiện từ tháng 5/2026 đến hết năm 2026.",
  "xây dựng chuyên mục \u201cCải cách hành chính và chuyển đổi số\u201d", "2026-12-31", "2026-12-31",
  ["Báo và Phát thanh, Truyền hình Thái Nguyên"], [SND]],
  ["II.13", "Giao Sở Y tế, Sở Giáo dục và Đào tạo chủ trì cung cấp dịch vụ công trực tuyến toàn trình đối với các thủ "
    + "tục hành chính đủ điều kiện thuộc lĩnh vực y tế, giáo dục; hoàn thành trong năm 2026.",
  "cung cấp dịch vụ công trực tuyến toàn trình", "2026-12-31", "2026-12-31", ["Sở Y tế", "Sở Giáo dục và Đào tạo"], []],
  ["II.14", "Giao Sở Nội vụ tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Nội vụ kết quả cải cách hành chính 6 tháng đầu năm "
    + "2026 trước ngày 15/7/2026.", "tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Nội vụ", "2026-07-15", "2026-07-15",
  [SND], []],
  ["II.15", "Đề nghị Thuế tỉnh, Bảo hiểm xã hội tỉnh phối hợp với Sở Tài chính triển khai liên thông thủ tục đăng ký "
    + "doanh nghiệp, đăng ký thuế, đăng ký tham gia bảo hiểm xã hội; hoàn thành trong tháng 10/2026.",
  "triển khai liên thông thủ tục đăng ký doanh nghiệp", "2026-10-31", "2026-11-02", ["Thuế tỉnh",
    "Bảo hiểm xã hội tỉnh"], ["Sở Tài chính"]],
  ["II.16", "Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Công Thương rà soát, đề xuất đơn giản hóa "
    + "thủ tục hành chính lĩnh vực du lịch, quảng cáo; gửi Văn phòng UBND tỉnh trước ngày 30/9/2026.",
  "rà soát, đề xuất đơn giản hóa thủ tục hành chính lĩnh vực du lịch", "2026-09-30", "2026-09-30",
  ["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Công Thương"]],
  ["II.17", "Giao Sở Dân tộc và Tôn giáo phối hợp với UBND các xã vùng đồng bào dân tộc thiểu số tuyên truyền, hướng "
    + "dẫn người dân sử dụng dịch vụ công trực tuyến; thực hiện xong trong quý IV/2026.",
  "tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến", "2026-12-31", "2026-12-31",
  ["Sở Dân tộc và Tôn giáo"], [XA]],
  ["II.18", "Giao Sở Công Thương chủ trì, phối hợp với Sở Tài chính xây dựng kế hoạch khắc phục các chỉ số thành phần "
    + "giảm điểm của Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2025, trình UBND tỉnh trước ngày 26/4/2026.",
  "xây dựng kế hoạch khắc phục các chỉ số thành phần giảm điểm", "2026-04-26", "2026-04-28", ["Sở Công Thương"],
  ["Sở Tài chính"]],
  ["II.19", "Giao Sở Xây dựng chủ trì cắt giảm thời gian cấp giấy phép xây dựng, giấy phép quy hoạch; hoàn thành trong "
    + "06 tháng cuối năm 2026.", "cắt giảm thời gian cấp giấy phép xây dựng", "2026-12-31", "2026-12-31",
  ["Sở Xây dựng"], []],
  ["II.20", "Giao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp, Văn phòng UBND tỉnh tổ chức tập huấn nghiệp vụ cải cách "
    + "hành chính cho công chức cấp xã; hoàn thành trước ngày 20/8/2026.", "tổ chức tập huấn nghiệp vụ cải cách hành "
    + "chính cho công chức cấp xã", "2026-08-20", "2026-08-20", [SND], ["Sở Tư pháp", VP]],
];

const P = (text, o = {}) => ({ t: "p", text, align: "justify", ...o });
const blocks = [
  headerBlock({ issuerTop: "", issuer: "ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", number: "Số: 112/TB-UBND",
    placeDate: "Thái Nguyên, ngày 17 tháng 4 năm 2026" }),
  P("THÔNG BÁO", { bold: true, align: "center", indent: false }),
  P("Kết luận của đồng chí Chủ tịch UBND tỉnh tại cuộc họp đánh giá kết quả cải cách hành chính quý I "
    + "và triển khai nhiệm vụ trọng tâm năm 2026", { bold: true, align: "center", indent: false }),
  P("Ngày 10/4/2026, tại trụ sở UBND tỉnh, đồng chí Chủ tịch UBND tỉnh chủ trì cuộc họp đánh giá kết quả thực hiện "
    + "Kế hoạch số 15/KH-UBND ngày 22/01/2026 về cải cách hành chính năm 2026. Tham dự cuộc họp có lãnh đạo các sở, "
    + "ban, ngành tỉnh; đại diện UBND các xã, phường. Sau khi nghe Sở Nội vụ báo cáo và ý kiến của các đại biểu, "
    + "đồng chí Chủ tịch UBND tỉnh kết luận như sau:"),
  P("Đánh giá chung", { num: "I.", bold: true, list: { kind: "roman", inst: 1 } }),
  P("Năm 2025, Chỉ số cải cách hành chính của tỉnh đạt 86,12%, xếp thứ 18/34 tỉnh, thành phố; Chỉ số SIPAS đạt "
    + "83,40%. Quý I/2026, các cơ quan, đơn vị đã triển khai Quyết định số 1532/QĐ-UBND ngày 30/12/2025 về giao chỉ "
    + "tiêu cải cách hành chính; tuy nhiên tỷ lệ hồ sơ trễ hạn tại một số xã, phường còn cao (tính đến ngày "
    + "31/3/2026 là 4,7%)."),
  P("Nhiệm vụ giao các cơ quan, đơn vị", { num: "II.", bold: true, list: { kind: "roman", inst: 1 } }),
];
const expected = [];
const push = (t) => expected.push({ ref: t[0], title: t[2], due: t[3], effectiveDue: t[4], inherited: false,
  lead: t[5], coordinators: t[6] });
for (const t of TASKS) {
  const n = t[0].split(".")[1];
  blocks.push(P(t[1], { num: n + ".", list: { kind: "decimal", inst: 2 } }));
  if (Array.isArray(t[3])) {
    t[3].forEach((s, i) => {
      blocks.push(P(s[1], { num: "abcdefgh"[i] + ")", list: { kind: "letter", inst: "3" + n } }));
      if (s[2]) push(s);
    });
  } else push(t);
}
blocks.push(
  P("Tổ chức thực hiện", { num: "III.", bold: true, list: { kind: "roman", inst: 1 } }),
  P("Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện các nội dung kết luận tại Thông báo này; tổng hợp, báo cáo "
    + "Chủ tịch UBND tỉnh những nội dung chậm triển khai."),
  P("Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./."),
  signBlock(["Chủ tịch, các PCT UBND tỉnh;", "Các sở, ban, ngành tỉnh;", "UBND các xã, phường;",
    "LĐVP, các phòng CV;", "Lưu: VT, NC."], ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"],
  "Nguyễn Văn Hùng"),
);

await writeAll(OUT, blocks, {
  id: "01-thai-nguyen-2026-meeting-conclusions-notice",
  style: "Thông báo kết luận 112/TB-UBND, Thái Nguyên (merged), 17/4/2026; PDF: LibreOffice tagged-PDF export of "
    + "plan-auto.docx (roman I-III and 1., a) by numbering.xml). Tasks are paragraphs 'Giao <unit> chủ trì, phối hợp "
    + "với <units> …, hoàn thành …' under II; ref = II.n / II.n.x. Lead = the unit after 'Giao'/'Đề nghị' (both for "
    + "'Sở KH&CN và Sở Nội vụ'; II.15 leads Thuế tỉnh + BHXH tỉnh, 'phối hợp với Sở Tài chính' = coordinator); 'gửi "
    + "Sở Nội vụ', '(qua Sở Nội vụ)', 'trình UBND tỉnh' are recipients, not coordinators. 'UBND các xã, phường' = "
    + "UBND cấp xã (no communes.json). 'trong tháng 9/2026' -> 30/9; 'quý III' -> 30/9; 'từ tháng 5 đến hết năm' -> "
    + "31/12; 'sơ kết 6 tháng đầu năm ... trước 05/7' -> 5/7. Holidays: Giỗ Tổ 26/4/2026 Sun, off 27/4 -> 28/4; 30/4, 1/5 -> 4/5; Sundays 10/5, 31/5, 5/7 "
    + "-> next Monday; 31/10 Sat -> 2/11. II.4.b (monthly report) undated, left out. Meeting date 10/4, cited "
    + "15/KH 22/01/2026, 1532/QĐ 30/12/2025, 31/3/2026 are no deadlines.",
  province: "Thái Nguyên",
  plan: { number: "112/TB-UBND", date: "2026-04-17" },
  tasks: expected,
  quotas: [],
  unresolved: [],
  successors: [],
}, { printer: "libreoffice", css: BASE_CSS });
console.log("01:", expected.length, "tasks");

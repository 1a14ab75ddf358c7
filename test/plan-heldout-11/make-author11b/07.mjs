// 07: Bắc Kạn, 2/2023 — the draft Kế hoạch returned with Word TRACKED CHANGES: deadlines deleted and re-typed
// (w:del old date, w:ins new date), one whole task deleted, one inserted, and comments proposing other dates.
// plan.txt = the text with the changes accepted; both .docx carry the revisions; plan.pdf by LibreOffice
// (changes shown).
import { T, headerBlock, libreOfficePdf, signBlock, writeExpected, writeWordAndText } from "./model.mjs";

const SLUG = "07-bac-kan-2023-tracked-changes-moved-deadlines";
const WHO = { author: "Nguyễn Thị Hoa (Sở Nội vụ)", date: "2023-02-17T09:12:00Z" };
const del = (text) => ({ text, del: true, ...WHO });
const ins = (text) => ({ text, ins: true, ...WHO });
const note = (text) => ({ author: "Hoàng Văn Minh (VP UBND tỉnh)", initials: "HVM", date: "2023-02-18T14:30:00Z", text });
const P = (text, o = {}) => ({ text, indent: 709, align: "justify", ...o });
const H = (label, text, inst) => ({ label, text, bold: true, indent: 709, list: { kind: "roman", inst } });
const N = (label, spans, inst) => ({ label, spans, indent: 709, align: "justify", list: { kind: "decimal", inst } });
const S = (text) => ({ text });

const blocks = [
  ...headerBlock({ issuerTop: "", issuer: "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", number: "Số: 95/KH-UBND",
    place: "Bắc Kạn, ngày 20 tháng 02 năm 2023" }),
  { text: "" },
  { text: "KẾ HOẠCH", bold: true, align: "center" },
  { text: "Khắc phục hạn chế, nâng cao Chỉ số cải cách hành chính tỉnh Bắc Kạn năm 2023", bold: true, align: "center" },
  P("Căn cứ Quyết định số 1178/QĐ-BNV ngày 29/12/2022 của Bộ Nội vụ; Kế hoạch số 780/KH-UBND ngày 30/12/2022 của " +
    "UBND tỉnh về cải cách hành chính năm 2023, UBND tỉnh ban hành Kế hoạch như sau:"),
  H("I.", "NHIỆM VỤ CỤ THỂ", "h"),
  N("1.", [S("Ban hành văn bản hướng dẫn đánh giá, chấm điểm Chỉ số CCHC năm 2023 đối với các sở, ban, ngành và UBND " +
    "các huyện, thành phố. Cơ quan chủ trì: Sở Nội vụ; phối hợp: Văn phòng UBND tỉnh. Thời gian hoàn thành: trước " +
    "ngày "), del("31/3/2023"), ins("15/4/2023"), S(".")], "n"),
  N("2.", [S("Rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính; công bố quy trình điện tử. Cơ quan " +
    "chủ trì: Văn phòng UBND tỉnh; phối hợp: các sở, ban, ngành. Thời gian hoàn thành: Quý II/2023.")], "n"),
  N("3.", [S("Hoàn thành kết nối Hệ thống thông tin giải quyết thủ tục hành chính tỉnh với Cổng Dịch vụ công quốc gia " +
    "và các cơ sở dữ liệu chuyên ngành. Cơ quan chủ trì: Sở Thông tin và Truyền thông; phối hợp: Văn phòng UBND tỉnh. " +
    "Thời gian hoàn thành: "), del("30/6/2023"),
  ins("31/8/2023"), { text: "", comment: note("Đề nghị Sở TT&TT xem xét lùi sang 30/9/2023 do chưa bố trí đủ kinh phí.") },
  S(".")], "n"),
  N("4.", [S("Tự kiểm tra, rà soát văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành. Cơ quan chủ trì: Sở Tư " +
    "pháp; phối hợp: các sở, ban, ngành. Thời gian hoàn thành: "), del("Quý III/2023"), ins("tháng 10/2023"), S(".")],
  "n"),
  N("5.", [S("Hướng dẫn giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập. Cơ quan chủ trì: Sở Tài chính; " +
    "phối hợp: Sở Nội vụ. Thời gian hoàn thành: trước ngày 30/9/2023.")], "n"),
  { label: "", spans: [del("Tổ chức Hội thi tìm hiểu về cải cách hành chính năm 2023. Cơ quan chủ trì: Sở Nội vụ; " +
    "phối hợp: Sở Tư pháp. Thời gian hoàn thành: tháng 8/2023.")], indent: 709, align: "justify" },
  N("6.", [ins("Phối hợp tổ chức điều tra xã hội học đo lường sự hài lòng của người dân, tổ chức (SIPAS) năm 2023. " +
    "Cơ quan chủ trì: Sở Nội vụ; phối hợp: Bưu điện tỉnh, UBND các huyện, thành phố. Thời gian hoàn thành: trước " +
    "ngày 15/11/2023.")], "n"),
  N("7.", [S("Đánh giá, xếp loại chất lượng cán bộ, công chức gắn với kết quả thực hiện nhiệm vụ CCHC. Cơ quan chủ " +
    "trì: các sở, ban, ngành, UBND các huyện, thành phố; phối hợp: Sở Nội vụ. Thời gian hoàn thành: tháng 12/2023.")],
  "n"),
  N("8.", [S("Báo cáo kết quả thực hiện Kế hoạch, lồng ghép trong báo cáo cải cách hành chính năm. Cơ quan chủ trì: " +
    "các sở, ban, ngành, UBND các huyện, thành phố. Thời gian hoàn thành: trước ngày "), del("10/12/2023"),
  ins("15/11/2023"), S("."), { text: "", comment: note("Thống nhất với thời hạn báo cáo năm theo Công văn của Bộ Nội vụ.") }],
  "n"),
  N("9.", [S("Tuyên truyền kết quả Chỉ số CCHC năm 2022 và giải pháp khắc phục. Cơ quan chủ trì: Sở Thông tin và " +
    "Truyền thông; phối hợp: Báo Bắc Kạn, Đài Phát thanh - Truyền hình tỉnh. Thời gian: thường xuyên.")], "n"),
  H("II.", "TỔ CHỨC THỰC HIỆN", "h"),
  P("Sở Nội vụ theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo UBND tỉnh./."),
  signBlock({
    recipients: ["- Bộ Nội vụ (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, PCT UBND tỉnh;", "- Các sở, ban, ngành;",
      "- UBND các huyện, thành phố;", "- Lưu: VT, NCPC."],
    signer: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Đinh Quang Tuyên"],
  }),
];

const dir = await writeWordAndText(SLUG, blocks, "Kế hoạch 95/KH-UBND (dự thảo có theo dõi thay đổi)");
libreOfficePdf(dir);

const DD = ["@departments", "@districts"];
writeExpected(dir, SLUG, {
  style: "Kế hoạch 95/KH-UBND Bắc Kạn 20/02/2023 as returned with Word TRACKED CHANGES (w:del/w:ins by 'Sở Nội vụ' " +
    "reviewer) and two comments. plan.pdf: LibreOffice of plan-auto.docx with changes SHOWN (old date struck, new " +
    "underlined, both in the text layer, e.g. '31/3/202315/4/2023'); plan.txt = changes accepted. Reading: the " +
    "inserted date wins (1: 31/3 -> 15/4/2023; 3: 30/6 -> 31/8/2023; 4: Quý III -> tháng 10/2023; 8: 10/12 -> " +
    "15/11/2023); a COMMENT proposing 30/9/2023 (task 3) is not a decision; the deleted paragraph 'Tổ chức Hội thi ... " +
    "tháng 8/2023' is not a task; inserted task 6 is. ref = 1-9 (typed, auto numbering in plan-auto). Task 9 " +
    "'thường xuyên' undated. 'các sở, ban, ngành, UBND các huyện, thành phố' = @departments + @districts. Holidays " +
    "2023: 31/12 Sun and 1/1/2024 holiday -> 2/1/2024; 15/4 Sat -> 17/4; 30/9 Sat -> 2/10. Cited QĐ 1178 29/12/2022, " +
    "KH 780 30/12/2022 not deadlines. Pre-2025 departments.",
  province: "Bắc Kạn",
  plan: { number: "95/KH-UBND", date: "2023-02-20" },
  tasks: [
    T("1", "Ban hành văn bản hướng dẫn đánh giá, chấm điểm Chỉ số CCHC năm 2023", "2023-04-15", "2023-04-17",
      ["Sở Nội vụ"], ["Văn phòng UBND tỉnh"]),
    T("2", "Rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính", "2023-06-30", "2023-06-30",
      ["Văn phòng UBND tỉnh"], ["@departments"]),
    T("3", "Hoàn thành kết nối Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "2023-08-31", "2023-08-31",
      ["Sở Thông tin và Truyền thông"], ["Văn phòng UBND tỉnh"]),
    T("4", "Tự kiểm tra, rà soát văn bản quy phạm pháp luật", "2023-10-31", "2023-10-31", ["Sở Tư pháp"],
      ["@departments"]),
    T("5", "Hướng dẫn giao quyền tự chủ tài chính", "2023-09-30", "2023-10-02", ["Sở Tài chính"], ["Sở Nội vụ"]),
    T("6", "Phối hợp tổ chức điều tra xã hội học đo lường sự hài lòng", "2023-11-15", "2023-11-15", ["Sở Nội vụ"],
      ["Bưu điện tỉnh", "@districts"]),
    T("7", "Đánh giá, xếp loại chất lượng cán bộ, công chức", "2023-12-31", "2024-01-02", DD, ["Sở Nội vụ"]),
    T("8", "Báo cáo kết quả thực hiện Kế hoạch", "2023-11-15", "2023-11-15", DD),
  ],
});
console.log("wrote", dir);

// 04: a Lai Châu plan of 2026 (68/KH-UBND, 05/3/2026) for the SIPAS survey whose deadlines are COUNTED:
// "trong 10 ngày làm việc kể từ ngày 09/3/2026" (working days from the day after a given date, across
// Hùng Kings' day, 30/4-1/5 and 2/9), "trong 15 ngày kể từ ngày …" (calendar days), "05 ngày làm việc
// sau ngày kết thúc khảo sát (ngày 28/8/2026)", "chậm nhất 03 ngày làm việc trước ngày tổ chức Hội nghị
// nêu tại điểm a" (counted back), "kể từ ngày hết hạn góp ý nêu tại khoản 9" (from another item's
// deadline), "kể từ ngày ban hành Kế hoạch này", "tuần đầu tháng 6/2026", "ngày làm việc cuối cùng của
// tháng 9/2026", "chậm nhất ngày cuối cùng của tháng 12/2026", "thời hạn như điểm a khoản này"; and a
// service time "10 ngày làm việc kể từ ngày nhận đủ hồ sơ" that dates nothing. Items are numbered
// paragraphs opening with a bold run-in title. plan.pdf is drawn by ReportLab (pdf04.py).
import { P, headerBlock, signature, folderOf, writeWordAndText, reportLabPdf } from "./model.mjs";

const DIR = folderOf("04-lai-chau-2026-working-days-from-given-dates");

const lists = {
  roman: [{ fmt: "upperRoman", text: "%1.", bold: true }],
  ...Object.fromEntries(
    ["II", "III", "IV", "V"].map((s) => [
      `n${s}`,
      [
        { fmt: "decimal", text: "%1." },
        { fmt: "lowerLetter", text: "%2)" },
      ],
    ]),
  ),
};
const H = (label, text) => P(text, { label, num: { list: "roman", lvl: 0 }, bold: true, keepNext: true });
const B = (text) => P(text);
// numbered item of section s: "1." with a bold run-in title, then its sentence
const item = (s) => (label, title, text) => {
  const runs = title ? [{ b: title }, ...(text ? [" " + text] : [])] : [text];
  return P(runs, { label, num: { list: `n${s}`, lvl: 0 } });
};
const sub = (s) => (label, text) => P(text, { label, num: { list: `n${s}`, lvl: 1 } });
const [i2, i3, i4, i5] = ["II", "III", "IV", "V"].map(item);
const s3 = sub("III");

const blocks = [
  headerBlock(["ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU"], "Số: 68/KH-UBND", "Lai Châu, ngày 05 tháng 3 năm 2026"),
  P("KẾ HOẠCH", { align: "center", bold: true, indent: { first: 0 }, spacing: { before: 360, after: 0 } }),
  P(
    "Đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) tỉnh Lai Châu năm 2026",
    { align: "center", bold: true, indent: { first: 0 }, spacing: { before: 0, after: 240 } },
  ),
  B(
    "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030; Quyết định số 1183/QĐ-BNV ngày 25/12/2025 của Bộ Nội vụ phê duyệt Đề án đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước giai đoạn 2026 - 2030;",
  ),
  B("Ủy ban nhân dân tỉnh ban hành Kế hoạch tổ chức đo lường sự hài lòng (SIPAS) năm 2026 như sau:"),
  H("I.", "MỤC ĐÍCH, YÊU CẦU"),
  B(
    "Đánh giá khách quan chất lượng cung cấp dịch vụ hành chính công, trong đó có việc bảo đảm thời hạn giải quyết thủ tục hành chính theo quy định (ví dụ: cấp Phiếu lý lịch tư pháp trong 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ); phấn đấu Chỉ số SIPAS năm 2026 của tỉnh đạt trên 88%.",
  ),
  B(
    "Việc khảo sát bảo đảm đúng phương pháp, khách quan, đúng tiến độ; không gây phiền hà cho người dân, tổ chức; các sở, ban, ngành tỉnh và UBND cấp xã phối hợp chặt chẽ với cơ quan thực hiện khảo sát.",
  ),
  H("II.", "ĐỐI TƯỢNG, PHẠM VI, THỜI GIAN"),
  i2(
    "1.",
    "Đối tượng:",
    "người dân, tổ chức đã giải quyết thủ tục hành chính tại các cơ quan hành chính nhà nước trên địa bàn tỉnh từ ngày 01/10/2025 đến ngày 30/6/2026.",
  ),
  i2("2.", "Phạm vi:", "12 sở, ban, ngành tỉnh và 38 xã, phường; mỗi cơ quan, đơn vị khảo sát tối thiểu 60 phiếu."),
  i2("3.", "Thời gian khảo sát:", "từ ngày 15/7/2026 đến ngày 28/8/2026."),
  i2(
    "4.",
    "Cách tính thời hạn:",
    "thời hạn tính bằng ngày làm việc không kể thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết theo quy định; thời hạn tính “kể từ ngày” hoặc “sau ngày” được bắt đầu từ ngày tiếp theo của ngày đó.",
  ),
  H("III.", "NỘI DUNG, TIẾN ĐỘ VÀ PHÂN CÔNG THỰC HIỆN"),
  i3(
    "1.",
    "Xây dựng bộ phiếu khảo sát năm 2026.",
    "Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh thực hiện; hoàn thành trong 10 ngày làm việc kể từ ngày 09/3/2026 (ngày Bộ Nội vụ ban hành bộ câu hỏi khảo sát mẫu).",
  ),
  i3("2.", "Lập danh sách người dân, tổ chức đã giải quyết thủ tục hành chính."),
  s3(
    "a)",
    "Các sở, ban, ngành tỉnh lập danh sách theo mẫu tại Phụ lục I, gửi Sở Nội vụ trong 07 ngày làm việc kể từ ngày 20/3/2026 (ngày Sở Nội vụ ban hành văn bản hướng dẫn).",
  ),
  s3("b)", "UBND các xã, phường lập danh sách theo mẫu tại Phụ lục II, gửi Sở Nội vụ; thời hạn như điểm a khoản này."),
  i3(
    "3.",
    "Thẩm định danh sách, chọn mẫu khảo sát.",
    "Sở Nội vụ chủ trì, phối hợp với Thống kê tỉnh thực hiện trong 15 ngày kể từ ngày 01/4/2026.",
  ),
  i3(
    "4.",
    "Tập huấn điều tra viên, giám sát viên.",
    "Sở Nội vụ phối hợp với Bưu điện tỉnh tổ chức tập huấn trong 10 ngày làm việc kể từ ngày 20/4/2026.",
  ),
  i3(
    "5.",
    "Khảo sát thử nghiệm.",
    "Sở Nội vụ khảo sát thử tại xã Tam Đường và phường Tân Phong, hoàn thiện phiếu khảo sát trong tuần đầu tháng 6/2026.",
  ),
  i3(
    "6.",
    "Tổ chức khảo sát trực tiếp và trực tuyến.",
    "Bưu điện tỉnh chủ trì, phối hợp với UBND các xã, phường phát, thu phiếu khảo sát; thời gian: từ ngày 15/7/2026 đến ngày 28/8/2026.",
  ),
  i3(
    "7.",
    "Nhập, làm sạch dữ liệu phiếu khảo sát.",
    "Bưu điện tỉnh hoàn thành việc nhập liệu, bàn giao dữ liệu cho Sở Nội vụ trong 05 ngày làm việc sau ngày kết thúc khảo sát (ngày 28/8/2026).",
  ),
  i3(
    "8.",
    "Phân tích dữ liệu, xây dựng dự thảo báo cáo kết quả.",
    "Sở Nội vụ chủ trì, phối hợp với Thống kê tỉnh thực hiện trong 12 ngày làm việc kể từ ngày 09/9/2026.",
  ),
  i3(
    "9.",
    "Góp ý dự thảo báo cáo kết quả.",
    "Các sở, ban, ngành tỉnh, UBND các xã, phường góp ý bằng văn bản, gửi Sở Nội vụ chậm nhất vào ngày làm việc cuối cùng của tháng 9/2026.",
  ),
  i3(
    "10.",
    "Hoàn thiện báo cáo, trình UBND tỉnh.",
    "Sở Nội vụ tiếp thu, hoàn thiện báo cáo kết quả Chỉ số SIPAS năm 2026, trình UBND tỉnh trong 10 ngày làm việc kể từ ngày hết hạn góp ý nêu tại khoản 9 Mục này.",
  ),
  i3("11.", "Công bố kết quả Chỉ số SIPAS năm 2026."),
  s3(
    "a)",
    "Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Nội vụ tổ chức Hội nghị công bố kết quả Chỉ số SIPAS năm 2026 của tỉnh vào ngày 15/12/2026.",
  ),
  s3(
    "b)",
    "Sở Nội vụ gửi báo cáo kết quả, tài liệu Hội nghị đến các đại biểu chậm nhất 03 ngày làm việc trước ngày tổ chức Hội nghị nêu tại điểm a khoản này.",
  ),
  i3(
    "12.",
    "Xây dựng kế hoạch cải thiện chất lượng phục vụ.",
    "Các sở, ban, ngành tỉnh, UBND các xã, phường căn cứ kết quả khảo sát xây dựng kế hoạch cải thiện chất lượng phục vụ năm 2027, gửi Sở Nội vụ trong 30 ngày kể từ ngày 15/12/2026.",
  ),
  H("IV.", "KINH PHÍ"),
  i4(
    "1.",
    "",
    "Kinh phí thực hiện từ nguồn ngân sách tỉnh năm 2026 đã giao cho Sở Nội vụ tại Quyết định số 2566/QĐ-UBND ngày 12/12/2025 của UBND tỉnh.",
  ),
  i4(
    "2.",
    "",
    "Sở Tài chính thẩm định dự toán kinh phí khảo sát do Sở Nội vụ lập, trình UBND tỉnh trong 07 ngày làm việc kể từ ngày ban hành Kế hoạch này.",
  ),
  H("V.", "TỔ CHỨC THỰC HIỆN"),
  i5(
    "1.",
    "Sở Nội vụ:",
    "là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Bộ Nội vụ kết quả Chỉ số SIPAS năm 2026 của tỉnh chậm nhất ngày cuối cùng của tháng 12/2026.",
  ),
  i5(
    "2.",
    "Các sở, ban, ngành tỉnh, UBND các xã, phường:",
    "phổ biến, niêm yết thông tin về đợt khảo sát tại Bộ phận Một cửa; cử công chức phối hợp với điều tra viên trong thời gian khảo sát.",
  ),
  i5(
    "3.",
    "Báo và Phát thanh, Truyền hình Lai Châu:",
    "đưa tin, tuyên truyền để người dân, tổ chức biết và tham gia trả lời phiếu khảo sát; hoàn thành trong tháng 7/2026.",
  ),
  B(
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./.",
  ),
  signature(
    [
      "- Bộ Nội vụ (b/c);",
      "- TT. Tỉnh ủy, TT. HĐND tỉnh (b/c);",
      "- Chủ tịch, các PCT UBND tỉnh;",
      "- Các sở, ban, ngành tỉnh;",
      "- UBND các xã, phường;",
      "- Bưu điện tỉnh;",
      "- Lưu: VT, Tng.",
    ],
    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Trần Văn Lộc"],
  ),
];

const model = {
  title: "Kế hoạch 68/KH-UBND",
  lists,
  sections: [{ blocks, firstPlain: true, head: [P([{ page: true }])] }],
};

await writeWordAndText(DIR, model);
reportLabPdf(DIR, model, { title: model.title });
console.log("04 written to", DIR);

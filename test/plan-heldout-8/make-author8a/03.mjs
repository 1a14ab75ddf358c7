// 03: a BÁO CÁO of UBND tỉnh Bắc Kạn (412/BC-UBND, 20/6/2024) on the first half year's administrative
// reform, whose APPENDIX holds the plan: "Phụ lục: NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI", a table on
// landscape pages (STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Ghi chú),
// rows numbered anew under Roman group rows. The report's body is full of dates that are no deadlines
// (results "tính đến ngày …", past deadlines met, cited documents, an inspection "từ ngày … đến ngày …");
// its section III holds one dated task. Notes carry old deadlines and progress to a day.
// plan.pdf is printed by WeasyPrint (Debian's weasyprint) from the same model: a generator no set used.
import { P, T, C, headerBlock, signature, folderOf, writeWordAndText, weasyPdf } from "./model.mjs";

const DIR = folderOf("03-bac-kan-2024-report-appendix-next-tasks");
const B = (text, o = {}) => P(text, o);
const H = (label, text) => P(text, { label, num: { list: "roman", lvl: 0 }, bold: true, keepNext: true });
const H2 = (label, text) => P(text, { label, num: { list: "partI", lvl: 0 }, bold: true, keepNext: true });
const N = (label, text) => P(text, { label, num: { list: "partIII", lvl: 0 } });
const lists = {
  roman: [{ fmt: "upperRoman", text: "%1.", bold: true }],
  partI: [{ fmt: "decimal", text: "%1.", bold: true }],
  partIII: [{ fmt: "decimal", text: "%1." }],
};

const body = [
  headerBlock(["ỦY BAN NHÂN DÂN", "TỈNH BẮC KẠN"], "Số: 412/BC-UBND", "Bắc Kạn, ngày 20 tháng 6 năm 2024"),
  P("BÁO CÁO", { align: "center", bold: true, indent: { first: 0 }, spacing: { before: 360, after: 0 } }),
  P(
    "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2024, phương hướng, nhiệm vụ 6 tháng cuối năm 2024",
    { align: "center", bold: true, indent: { first: 0 }, spacing: { before: 0, after: 240 } },
  ),
  B(
    "Thực hiện Công văn số 2530/BNV-CCHC ngày 03/6/2024 của Bộ Nội vụ về việc báo cáo công tác cải cách hành chính 6 tháng đầu năm 2024, UBND tỉnh Bắc Kạn báo cáo kết quả thực hiện như sau:",
  ),
  H("I.", "KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2024"),
  H2("1.", "Công tác chỉ đạo, điều hành"),
  B(
    "UBND tỉnh ban hành Kế hoạch số 25/KH-UBND ngày 12/01/2024 về cải cách hành chính năm 2024, Kế hoạch số 118/KH-UBND ngày 29/02/2024 về tuyên truyền cải cách hành chính năm 2024. 100% cơ quan, đơn vị đã ban hành kế hoạch cải cách hành chính của cơ quan, đơn vị mình trước ngày 31/01/2024 theo yêu cầu.",
  ),
  B(
    "Ngày 15/4/2024, UBND tỉnh tổ chức Hội nghị phân tích, đánh giá kết quả Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng (SIPAS) năm 2023. Sở Nội vụ đã kiểm tra công tác cải cách hành chính tại 05 sở, ngành và 03 huyện (từ ngày 12/3/2024 đến ngày 22/3/2024); các cơ quan được kiểm tra đã báo cáo kết quả khắc phục trước ngày 30/5/2024.",
  ),
  H2("2.", "Cải cách thể chế"),
  B(
    "HĐND, UBND tỉnh ban hành 18 văn bản quy phạm pháp luật; rà soát 236 văn bản, đề nghị bãi bỏ 12 văn bản không còn phù hợp. Công tác kiểm tra, xử lý văn bản được thực hiện thường xuyên.",
  ),
  H2("3.", "Cải cách thủ tục hành chính"),
  B(
    "Tính đến ngày 15/6/2024, toàn tỉnh có 1.812 thủ tục hành chính; tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,2%; tỷ lệ hồ sơ trực tuyến đạt 46,8%. Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính ở cấp huyện, cấp xã còn chậm.",
  ),
  H2("4.", "Cải cách tổ chức bộ máy, chế độ công vụ và tài chính công"),
  B(
    "Hoàn thành sắp xếp, kiện toàn tổ chức bên trong của 04 sở theo Nghị định số 107/2020/NĐ-CP; tuyển dụng 43 công chức, 212 viên chức. Giải ngân vốn đầu tư công đến ngày 31/5/2024 đạt 31,5% kế hoạch vốn.",
  ),
  H2("5.", "Xây dựng chính quyền điện tử, chính quyền số"),
  B(
    "100% văn bản đi, đến (trừ văn bản mật) được xử lý trên môi trường mạng; Hệ thống thông tin giải quyết thủ tục hành chính tỉnh đã kết nối với Cổng Dịch vụ công quốc gia từ tháng 3/2024.",
  ),
  H("II.", "TỒN TẠI, HẠN CHẾ"),
  B(
    "Chỉ số SIPAS năm 2023 của tỉnh xếp thứ 52/63; một số nhiệm vụ tại Kế hoạch số 25/KH-UBND chưa hoàn thành đúng hạn (hạn 30/4/2024); tỷ lệ số hóa hồ sơ tại cấp xã mới đạt 38%.",
  ),
  H("III.", "PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024"),
  N("1.", "Tiếp tục quán triệt, nâng cao trách nhiệm của người đứng đầu trong thực hiện nhiệm vụ cải cách hành chính."),
  N("2.", "Tập trung khắc phục tồn tại, hạn chế đã chỉ ra; cải thiện các chỉ số thành phần bị giảm điểm."),
  N(
    "3.",
    "Nhiệm vụ trọng tâm thời gian tới, cơ quan chủ trì, phối hợp và thời gian hoàn thành chi tiết tại Phụ lục kèm theo Báo cáo này.",
  ),
  N(
    "4.",
    "Giao Sở Nội vụ theo dõi, đôn đốc việc thực hiện các nhiệm vụ tại Phụ lục; tham mưu UBND tỉnh báo cáo Bộ Nội vụ kết quả công tác cải cách hành chính năm 2024 trước ngày 10/12/2024.",
  ),
  H("IV.", "ĐỀ XUẤT, KIẾN NGHỊ"),
  B(
    "Đề nghị Bộ Nội vụ sớm ban hành hướng dẫn xác định Chỉ số cải cách hành chính năm 2024 và tổ chức tập huấn cho đội ngũ công chức làm công tác cải cách hành chính của địa phương.",
  ),
  B("Trên đây là báo cáo kết quả công tác cải cách hành chính 6 tháng đầu năm 2024 của UBND tỉnh Bắc Kạn./."),
  signature(
    [
      "- Bộ Nội vụ (b/c);",
      "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
      "- CT, các PCT UBND tỉnh;",
      "- Các sở, ban, ngành;",
      "- UBND các huyện, thành phố;",
      "- LĐVP;",
      "- Lưu: VT, NCPC.",
    ],
    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Hà Văn Thắng"],
  ),
];

// ---- Phụ lục ----------------------------------------------------------------------------------
const L = (text) => ({ blocks: [P(text, { align: "left" })] });
const group = (n, name) => [C(n, { bold: true }), { text: name, span: 5, bold: true }];
const row = (n, task, lead, partners, time, note = "") => [C(n), L(task), L(lead), L(partners), C(time), L(note)];

const appendix = T(
  [700, 5200, 2200, 2800, 1700, 1970],
  [
    ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Ghi chú"].map((h) =>
      C(h, { bold: true }),
    ),
    group("I", "CẢI CÁCH THỂ CHẾ"),
    row(
      "1",
      "Rà soát, hệ thống hóa văn bản quy phạm pháp luật của HĐND, UBND tỉnh kỳ 2019 - 2023",
      "Sở Tư pháp",
      "Các sở, ban, ngành; UBND các huyện, thành phố",
      "Trước 15/7",
      "Nhiệm vụ chuyển tiếp (hạn cũ: 30/4/2024)",
    ),
    row(
      "2",
      "Xây dựng Nghị quyết quy định mức chi hỗ trợ công chức làm việc tại Bộ phận Một cửa các cấp, trình HĐND tỉnh tại kỳ họp cuối năm",
      "Sở Nội vụ",
      "Sở Tài chính, Sở Tư pháp",
      "Tháng 10/2024",
    ),
    group("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"),
    row(
      "1",
      "Rà soát, đơn giản hóa thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước",
      "Văn phòng UBND tỉnh",
      "Các sở, ban, ngành",
      "Trước ngày cuối cùng của tháng 8/2024",
    ),
    row(
      "2",
      "Công bố, công khai danh mục thủ tục hành chính thực hiện dịch vụ công trực tuyến toàn trình, một phần",
      "Văn phòng UBND tỉnh",
      "Sở Thông tin và Truyền thông",
      "Quý III/2024",
    ),
    row(
      "3",
      "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực tại cấp huyện, cấp xã",
      "UBND các huyện, thành phố",
      "Sở Thông tin và Truyền thông",
      "Trước 02/9/2024",
      "Đạt 72% (đến ngày 15/6/2024)",
    ),
    row(
      "4",
      "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính",
      "Văn phòng UBND tỉnh",
      "Các sở, ban, ngành",
      "Thường xuyên",
    ),
    group("III", "CẢI CÁCH TỔ CHỨC BỘ MÁY"),
    row(
      "1",
      "Xây dựng Đề án sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025 của tỉnh",
      "Sở Nội vụ",
      "UBND các huyện Ba Bể, Chợ Đồn, Na Rì",
      "Tháng 7/2024",
    ),
    row(
      "2",
      "Kiểm tra việc thực hiện quy định về phân cấp, ủy quyền trong quản lý nhà nước",
      "Sở Nội vụ",
      "Sở Tư pháp, Văn phòng UBND tỉnh",
      "Đợt 1: tháng 8/2024; Đợt 2: tháng 11/2024",
    ),
    group("IV", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ"),
    row(
      "1",
      "Tổ chức thi nâng ngạch công chức từ ngạch chuyên viên lên chuyên viên chính năm 2024",
      "Sở Nội vụ",
      "Các cơ quan, đơn vị có liên quan",
      "Quý IV/2024",
    ),
    row(
      "2",
      "Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2024",
      "Các sở, ban, ngành; UBND các huyện, thành phố",
      "Sở Nội vụ",
      "Trước 15/12/2024",
    ),
    group("V", "CẢI CÁCH TÀI CHÍNH CÔNG"),
    row(
      "1",
      "Đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2024, phấn đấu đạt trên 95% kế hoạch vốn",
      "Sở Kế hoạch và Đầu tư",
      "Sở Tài chính, Kho bạc Nhà nước tỉnh",
      "31/01/2025",
      "Kế hoạch vốn giao tại Quyết định số 2415/QĐ-UBND ngày 15/12/2023",
    ),
    row(
      "2",
      "Phê duyệt phương án tự chủ tài chính của đơn vị sự nghiệp công lập giai đoạn 2024 - 2026",
      "Sở Tài chính",
      "Các sở, ban, ngành",
      "Tháng 9/2024",
    ),
    group("VI", "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ"),
    row(
      "1",
      "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh đáp ứng yêu cầu của Đề án 06",
      "Sở Thông tin và Truyền thông",
      "Văn phòng UBND tỉnh, Công an tỉnh",
      "Trước ngày 30/9/2024",
    ),
    row(
      "2",
      "Triển khai nền tảng họp trực tuyến đến 100% UBND cấp xã",
      "Sở Thông tin và Truyền thông",
      "Viễn thông Bắc Kạn; UBND các huyện, thành phố",
      "Chậm nhất ngày 15/11/2024",
    ),
    row(
      "3",
      "Khảo sát, đánh giá mức độ hài lòng của người dân đối với dịch vụ công trực tuyến",
      "Sở Nội vụ",
      "Bưu điện tỉnh",
      "Hằng quý",
    ),
    row("4", "Số hóa tài liệu lưu trữ lịch sử của tỉnh giai đoạn 1997 - 2010", "Sở Nội vụ", "", "Năm 2024"),
  ],
  { header: 1, size: 24 },
);

const annexHead = [
  P("Phụ lục", { align: "center", bold: true, indent: { first: 0 }, spacing: { before: 0, after: 0 } }),
  P("NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI", {
    align: "center",
    bold: true,
    indent: { first: 0 },
    spacing: { before: 0, after: 0 },
  }),
  P("(Kèm theo Báo cáo số 412/BC-UBND ngày 20/6/2024 của UBND tỉnh Bắc Kạn)", {
    align: "center",
    italic: true,
    indent: { first: 0 },
    spacing: { before: 0, after: 160 },
  }),
];

const RUNNING = "Phụ lục - Báo cáo số 412/BC-UBND ngày 20/6/2024 của UBND tỉnh Bắc Kạn";
const model = {
  title: "Báo cáo 412/BC-UBND",
  lists,
  sections: [
    { blocks: body, firstPlain: true, head: [P([{ page: true }])] },
    { landscape: true, blocks: [...annexHead, appendix], head: [P(RUNNING, { italic: true, size: 22 })] },
  ],
};

const css = `
@page { size: A4; margin: 20mm 20mm 20mm 30mm; @top-center { content: counter(page); font: 12pt "Liberation Serif"; } }
@page:first { @top-center { content: none; } }
@page annex { size: A4 landscape; margin: 18mm 20mm; @top-center { content: "${RUNNING}"; font: italic 11pt "Liberation Serif"; }
  @bottom-right { content: "Trang " counter(page); font: 10pt "Liberation Serif"; } }
section.land { page: annex; }
table.grid td { font-size: 12pt; }
`;

await writeWordAndText(DIR, model);
weasyPdf(DIR, model, css);
console.log("03 written to", DIR);

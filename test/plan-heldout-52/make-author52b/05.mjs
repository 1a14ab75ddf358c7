// 05: Thái Nguyên (after the reorganisation), UBND tỉnh, Kế hoạch 121/KH-UBND ngày 24/3/2026, kiểm soát thủ tục
// hành chính, cơ chế một cửa và dịch vụ công trực tuyến năm 2026. Habit: THE TABLE'S CONTENT AND TIME CELLS CITE
// OTHER DOCUMENTS BY NUMBER AND DATE ("Theo Kế hoạch số 52/KH-UBND ngày 18/3/2026 …", "(theo Nghị định số
// 118/2025/NĐ-CP ngày 09/6/2025)", "Thực hiện theo Công văn số 1096/VPCP-KSTT ngày 20/02/2026 …; hoàn thành trước
// 15/5/2026"), beside a deadline or instead of one: a cited document's date is never a deadline. Printed by
// LibreOffice.
import { P, buildDoc, lister, task, read, head, sign, tt, group, dirOf } from "./common.mjs";

const ID = "05-thai-nguyen-2026-time-cells-cite-other-documents-numbers-and-dates-theo-ke-hoach-so-instead-of-deadline";
const DIR = dirOf(ID, import.meta.url);
const NV = "Sở Nội vụ", TP = "Sở Tư pháp", VP = "Văn phòng UBND tỉnh", KC = "Sở Khoa học và Công nghệ";
const TC = "Sở Tài chính", TTr = "Thanh tra tỉnh", CA = "Công an tỉnh", KB = "Kho bạc Nhà nước tỉnh";
const PV = "Trung tâm Phục vụ hành chính công tỉnh", XA = "UBND các xã, phường", DEP = "@departments";

const R = lister("roman", "parts", { bold: true, indent: false });
const n3 = lister("decimal", "iii");

const rows = (auto) => {
  let n = 0;
  const T = (what, lead, partners, time) => [tt(auto, n += 1), what, lead, partners, { text: time, align: "center" }];
  return [
    ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
    group("I", "KIỂM SOÁT THỦ TỤC HÀNH CHÍNH", 4),
    T("Rà soát, đánh giá thủ tục hành chính theo Kế hoạch số 45/KH-UBND ngày 12/3/2026 của UBND tỉnh về rà soát, " +
      "đơn giản hóa thủ tục hành chính năm 2026; đề xuất phương án đơn giản hóa", VP, "Các sở, ban, ngành",
    "Trước ngày 30/6/2026"),
    T("Công bố danh mục thủ tục hành chính mới ban hành, sửa đổi, bổ sung sau sắp xếp tổ chức bộ máy", "Các sở, ban, " +
      "ngành", VP, "Theo thời hạn quy định tại Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ"),
    T("Cập nhật, công khai thủ tục hành chính trên Cơ sở dữ liệu quốc gia về thủ tục hành chính", VP,
      "Các sở, ban, ngành", "Thường xuyên"),
    T("Tổ chức tập huấn nghiệp vụ kiểm soát thủ tục hành chính, một cửa, một cửa liên thông cho công chức cấp xã " +
      "theo hướng dẫn tại Công văn số 318/VPCP-KSTT ngày 20/01/2026 của Văn phòng Chính phủ", VP, `${NV}; ${XA}`,
    "Tháng 4/2026"),
    group("II", "THỰC HIỆN CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG", 4),
    T("Rà soát, sửa đổi Quy chế tổ chức và hoạt động của Trung tâm Phục vụ hành chính công tỉnh", VP, `${NV}; ${TP}`,
      "Quý II/2026 (theo Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ)"),
    T("Tiếp nhận, giải quyết thủ tục hành chính không phụ thuộc vào địa giới hành chính trong phạm vi tỉnh", PV, XA,
      "Theo lộ trình tại Quyết định số 1850/QĐ-UBND ngày 15/9/2025 của UBND tỉnh"),
    T("Đánh giá chất lượng phục vụ người dân, doanh nghiệp trong giải quyết thủ tục hành chính theo Bộ chỉ số ban " +
      "hành kèm theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ", VP, KC,
    "Hằng quý; tổng hợp kết quả năm trước ngày 15/12/2026"),
    group("III", "DỊCH VỤ CÔNG TRỰC TUYẾN, SỐ HÓA HỒ SƠ", 4),
    T("Tái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến toàn trình đối với các thủ tục hành chính đủ điều " +
      "kiện", KC, `${VP}; các sở, ban, ngành`, "Thực hiện theo Công văn số 1096/VPCP-KSTT ngày 20/02/2026 của Văn " +
      "phòng Chính phủ; hoàn thành trước 15/5/2026"),
    T("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực theo Nghị định số 45/2020/NĐ-CP ngày " +
      "08/4/2020 của Chính phủ", XA, `${KC}; ${PV}`, "Tháng 10/2026"),
    T("Làm sạch, kết nối, khai thác dữ liệu dân cư phục vụ giải quyết thủ tục hành chính theo Quyết định số " +
      "06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ (Đề án 06)", CA, `${KC}; ${XA}`, "Ngày 30/9/2026"),
    T("Triển khai thanh toán trực tuyến phí, lệ phí trong giải quyết thủ tục hành chính", TC, `${KB}; ${VP}`,
      "Theo tiến độ tại Kế hoạch số 52/KH-UBND ngày 18/3/2026 của UBND tỉnh"),
    group("IV", "KIỂM TRA, BÁO CÁO", 4),
    T("Kiểm tra việc thực hiện kiểm soát thủ tục hành chính, cơ chế một cửa, một cửa liên thông tại các sở, ngành " +
      "và UBND cấp xã", VP, `${NV}; ${TTr}`, "Quý III/2026 (thay thế thời gian kiểm tra tại Kế hoạch số " +
      "45/KH-UBND ngày 12/3/2026)"),
    T("Báo cáo tình hình, kết quả thực hiện kiểm soát thủ tục hành chính định kỳ quý, 6 tháng, năm gửi Văn phòng " +
      "UBND tỉnh", `Các sở, ban, ngành; ${XA}`, "", "Theo Thông tư số 01/2023/TT-VPCP ngày 05/4/2023 của Văn " +
      "phòng Chính phủ (báo cáo năm gửi trước ngày 10/12/2026)"),
    T("Tổng hợp, báo cáo UBND tỉnh, Văn phòng Chính phủ kết quả thực hiện Kế hoạch năm 2026", VP, "",
      "Trước ngày 20/12/2026"),
  ];
};

const body = (auto) => [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 121/KH-UBND", "Thái Nguyên, ngày 24 tháng 3 năm 2026", "KẾ HOẠCH",
    "Kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông\nvà dịch vụ công trực tuyến năm 2026"),
  P("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính; Nghị định số " +
    "118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên " +
    "thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia;"),
  P("Căn cứ Kế hoạch số 45/KH-UBND ngày 12/3/2026 của UBND tỉnh về rà soát, đơn giản hóa thủ tục hành chính năm " +
    "2026 và Kế hoạch số 52/KH-UBND ngày 18/3/2026 của UBND tỉnh về thanh toán trực tuyến năm 2026;"),
  P("UBND tỉnh ban hành Kế hoạch kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông và dịch " +
    "vụ công trực tuyến năm 2026 như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("Kiểm soát chặt chẽ việc ban hành, công bố, công khai thủ tục hành chính; bảo đảm giải quyết thủ tục hành chính " +
    "thông suốt sau sắp xếp tổ chức bộ máy và vận hành chính quyền địa phương hai cấp; nâng cao tỷ lệ hồ sơ trực " +
    "tuyến, mức độ hài lòng của người dân, doanh nghiệp."),
  P("Nhiệm vụ đã giao tại các kế hoạch chuyên đề của UBND tỉnh tiếp tục thực hiện theo tiến độ của kế hoạch đó; Kế " +
    "hoạch này chỉ nêu lại để theo dõi chung."),
  R("II.", "NHIỆM VỤ CỤ THỂ"),
  { t: "table", widths: [700, 3500, 1500, 1650, 2000], header: 1, rows: rows(auto) },
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  n3("1.", "Các sở, ban, ngành, UBND các xã, phường xây dựng kế hoạch kiểm soát thủ tục hành chính năm 2026 của cơ " +
    "quan, đơn vị, gửi Văn phòng UBND tỉnh trước ngày 10/4/2026."),
  n3("2.", "Văn phòng UBND tỉnh là cơ quan đầu mối, theo dõi, đôn đốc, hướng dẫn thực hiện Kế hoạch; kịp thời báo " +
    "cáo UBND tỉnh những khó khăn, vướng mắc."),
  n3("3.", "Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định."),
  ...sign(["Văn phòng Chính phủ (Cục KSTTHC) (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh",
    "Các sở, ban, ngành", "UBND các xã, phường", "Trung tâm Phục vụ HCC tỉnh"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Trịnh Quang Hưng"),
];

const tasks = [
  read("'Trước ngày 30/6/2026' 29/6 Mon; the content cites KH 45 of 12/3/2026, no deadline",
    task("1", "Rà soát, đánh giá thủ tục hành chính theo Kế hoạch số 45/KH-UBND ngày 12/3/2026 của UBND tỉnh",
      "2026-06-29", [VP], [DEP])),
  read("'Tháng 4/2026' 30/4 Thu, a holiday (1/5 too, then the weekend) -> 04/5 Mon; the content cites Công văn 318 " +
    "of 20/01/2026", task("4", "Tổ chức tập huấn nghiệp vụ kiểm soát thủ tục hành chính, một cửa, một cửa liên " +
    "thông cho công chức cấp xã", "2026-04-30", [VP], [NV, XA])),
  read("'Quý II/2026 (theo Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 …)' 30/6 Tue: the bracket only says why",
    task("5", "Rà soát, sửa đổi Quy chế tổ chức và hoạt động của Trung tâm Phục vụ hành chính công tỉnh",
      "2026-06-30", [VP], [NV, TP])),
  read("'Hằng quý; tổng hợp kết quả năm trước ngày 15/12/2026': the one dated part, 14/12 Mon; QĐ 766 of 23/6/2022 " +
    "in the content is cited", task("7", "Đánh giá chất lượng phục vụ người dân, doanh nghiệp trong giải quyết thủ " +
    "tục hành chính theo Bộ chỉ số", "2026-12-14", [VP], [KC])),
  read("'Thực hiện theo Công văn số 1096/VPCP-KSTT ngày 20/02/2026 …; hoàn thành trước 15/5/2026' 14/5 Thu (20/02 " +
    "is the letter's date); 'các sở, ban, ngành' after Văn phòng UBND tỉnh = @departments",
  task("8", "Tái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến toàn trình đối với các thủ tục hành chính đủ " +
    "điều kiện", "2026-05-14", [KC], [VP, DEP])),
  read("'Tháng 10/2026' 31/10 Sat -> 02/11 Mon; NĐ 45/2020 of 08/4/2020 cited",
    task("9", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực", "2026-10-31", [XA], [KC, PV])),
  read("'Ngày 30/9/2026' Wed; QĐ 06/QĐ-TTg of 06/01/2022 cited",
    task("10", "Làm sạch, kết nối, khai thác dữ liệu dân cư phục vụ giải quyết thủ tục hành chính", "2026-09-30",
      [CA], [KC, XA])),
  read("'Quý III/2026 (thay thế thời gian kiểm tra tại Kế hoạch số 45/KH-UBND ngày 12/3/2026)' 30/9 Wed",
    task("12", "Kiểm tra việc thực hiện kiểm soát thủ tục hành chính, cơ chế một cửa, một cửa liên thông tại các " +
      "sở, ngành và UBND cấp xã", "2026-09-30", [VP], [NV, TTr])),
  read("'Theo Thông tư số 01/2023/TT-VPCP ngày 05/4/2023 … (báo cáo năm gửi trước ngày 10/12/2026)' 09/12 Wed; no " +
    "coordinator: Văn phòng UBND tỉnh in the content receives the reports",
  task("13", "Báo cáo tình hình, kết quả thực hiện kiểm soát thủ tục hành chính định kỳ quý, 6 tháng, năm",
    "2026-12-09", [DEP, XA])),
  read("'Trước ngày 20/12/2026' 19/12 Sat -> 21/12 Mon; UBND tỉnh, Văn phòng Chính phủ are recipients",
    task("14", "Tổng hợp, báo cáo UBND tỉnh, Văn phòng Chính phủ kết quả thực hiện Kế hoạch năm 2026", "2026-12-19",
      [VP])),
  read("Part III item 1, 'trước ngày 10/4/2026' 09/4 Thu; sent to Văn phòng UBND tỉnh, a recipient",
    task("III.1", "xây dựng kế hoạch kiểm soát thủ tục hành chính năm 2026 của cơ quan, đơn vị", "2026-04-09",
      [DEP, XA])),
];

const WORK = "STT runs on 1-14 across the group rows I-IV (ref = STT). A document CITED in a cell ('Kế hoạch số " +
  "45/KH-UBND ngày 12/3/2026', 'Nghị định số 118/2025/NĐ-CP ngày 09/6/2025') names that document: its date is no " +
  "deadline, in the content cell or the time cell. No task: 2 'Theo thời hạn quy định tại Nghị định số " +
  "63/2010/NĐ-CP ngày 08/6/2010' (no day of its own), 3 'Thường xuyên', 6 'Theo lộ trình tại Quyết định số " +
  "1850/QĐ-UBND ngày 15/9/2025', 11 'Theo tiến độ tại Kế hoạch số 52/KH-UBND ngày 18/3/2026'; III.2, III.3 " +
  "undated. 'Các sở, ban, ngành' = @departments; 'UBND các xã, phường' (no commune imported) the unresolved 'UBND " +
  "cấp xã'; Trung tâm Phục vụ hành chính công tỉnh is no directory unit (unresolved). Each task's reading is in its " +
  "style.";

await buildDoc(DIR, {
  typed: body(false),
  auto: body(true),
  printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 121/KH-UBND of UBND tỉnh Thái Nguyên (after the reorganisation), 24/3/2026, kiểm soát TTHC, một " +
      "cửa và DVC trực tuyến năm 2026, a body task table with group rows. HABIT: CONTENT AND TIME CELLS CITE OTHER " +
      "DOCUMENTS BY NUMBER AND DATE, beside a deadline or instead of one. " + WORK + " PDF: LibreOffice.",
    province: "Thái Nguyên",
    plan: { number: "121/KH-UBND", date: "2026-03-24" },
    tasks,
    unresolved: [PV, XA],
    successors: [],
  },
});

// 05: Lai Châu, UBND tỉnh (after the reorganisation), 10/3/2026 — xúc tiến thương mại, tiêu thụ nông sản 2026.
// Both Word files are saved as Word's "Strict Open XML Document" (ISO/IEC 29500 Strict: purl.oclc.org namespaces
// for w: and r:, purl.oclc.org relationship types, w:conformance="strict"; lib.mjs extra.strict). Otherwise an
// ordinary task table: group rows I-IV spanning the table, STT 1-13 running on, "Cơ quan chủ trì" merged over rows
// 1-3, "Thời gian" merged over rows 5-6 (plan-auto: STT and group numbers as Word lists). plan.pdf: LibreOffice from
// a transitional copy of plan-auto.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { build, task, toDocx } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "05-lai-chau-2026-strict-ooxml-namespaces";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const CT = "Sở Công Thương";
const NM = "Sở Nông nghiệp và Môi trường";
const KH = "Sở Khoa học và Công nghệ";
const XA = "UBND cấp xã";

let n = 0;
const g = (roman, text) => [{ text: roman, bold: true, align: "center", list: { kind: "rcell", inst: "g" } },
  { text, bold: true, span: 4 }];
const r = (text, lead, coord, time) => [{ text: String(++n), align: "center", list: { kind: "cell", inst: "s" } },
  text, lead, coord, time];
const rows = [
  ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
  g("I", "HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH"),
  r("Rà soát, tham mưu sửa đổi, bổ sung chính sách hỗ trợ xúc tiến thương mại đối với sản phẩm nông nghiệp chủ " +
    "lực của tỉnh", { text: CT, vm: "restart" }, "Sở Tài chính, Sở Tư pháp", "Trước ngày 31/3/2026"),
  r("Xây dựng danh mục sản phẩm OCOP, sản phẩm chủ lực ưu tiên đưa lên sàn thương mại điện tử",
    { text: "", vm: "continue" }, NM, "Quý II/2026"),
  r("Ban hành Quy chế phối hợp kiểm tra, kiểm soát thị trường, chống buôn lậu, hàng giả trong hoạt động thương mại " +
    "điện tử", { text: "", vm: "continue" }, "Công an tỉnh, Thuế tỉnh", "Tháng 5/2026"),
  g("II", "TỔ CHỨC CÁC HOẠT ĐỘNG XÚC TIẾN THƯƠNG MẠI"),
  r("Tổ chức Hội chợ Nông sản - OCOP tỉnh Lai Châu năm 2026 gắn với Tuần Văn hóa - Du lịch", CT,
    "Sở Văn hóa, Thể thao và Du lịch; UBND các xã, phường", "Từ ngày 15/9 đến ngày 20/9/2026"),
  r("Tổ chức đoàn doanh nghiệp, hợp tác xã tham gia Hội chợ Nông nghiệp quốc tế tại thành phố Hà Nội", CT, NM,
    { text: "Quý III/2026", vm: "restart" }),
  r("Quảng bá sản phẩm chè Tam Đường, gạo Séng Cù Than Uyên, sâm Lai Châu tại các điểm du lịch trọng điểm",
    "Sở Văn hóa, Thể thao và Du lịch", CT, { text: "", vm: "continue" }),
  r("Tổ chức Hội nghị kết nối cung - cầu giữa các hợp tác xã với doanh nghiệp phân phối, siêu thị lớn", CT,
    "Hiệp hội Doanh nghiệp tỉnh", "Chậm nhất ngày 30/10/2026"),
  g("III", "PHÁT TRIỂN THƯƠNG MẠI ĐIỆN TỬ"),
  r("Hướng dẫn, hỗ trợ hộ sản xuất, hợp tác xã mở gian hàng trên các sàn thương mại điện tử", KH,
    "Bưu điện tỉnh", "6 tháng đầu năm 2026"),
  r("Gắn mã QR truy xuất nguồn gốc cho 100% sản phẩm OCOP đạt 3 sao trở lên", NM, KH, "Tháng 8/2026"),
  r("Tuyên truyền về thương mại điện tử, thanh toán không dùng tiền mặt trên các phương tiện thông tin đại chúng",
    "Báo và Phát thanh, Truyền hình Lai Châu", CT, "Thường xuyên"),
  g("IV", "KINH PHÍ, KIỂM TRA VÀ BÁO CÁO"),
  r("Thẩm định, tham mưu bố trí kinh phí thực hiện Kế hoạch", "Sở Tài chính", CT, "Trước ngày 15/4/2026"),
  r("Xây dựng kế hoạch thực hiện trên địa bàn, gửi Sở Công Thương để theo dõi", "UBND các xã, phường", "",
    "Trước ngày 30/4/2026"),
  r("Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch năm 2026", CT,
    "Các sở, ban, ngành; UBND các xã, phường", "Trước ngày 10/12/2026"),
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 48/KH-UBND", "Lai Châu, ngày 10 tháng 3 năm 2026", "KẾ HOẠCH",
    "Xúc tiến thương mại, hỗ trợ tiêu thụ sản phẩm nông nghiệp trên địa bàn tỉnh Lai Châu năm 2026"),
  { t: "p", align: "justify", text: "Căn cứ Nghị định số 28/2018/NĐ-CP ngày 01/3/2018 của Chính phủ quy định chi " +
    "tiết Luật Quản lý ngoại thương về một số biện pháp phát triển ngoại thương; xét đề nghị của Sở Công Thương tại " +
    "Tờ trình số 112/TTr-SCT ngày 02/3/2026, UBND tỉnh ban hành Kế hoạch như sau:" },
  { t: "p", num: "I.", text: "MỤC ĐÍCH, YÊU CẦU", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Đẩy mạnh tiêu thụ nông sản, sản phẩm OCOP của tỉnh tại thị trường trong nước " +
    "và xuất khẩu; phân công cụ thể cơ quan chủ trì, phối hợp và thời gian hoàn thành từng nhiệm vụ." },
  { t: "p", num: "II.", text: "NHIỆM VỤ CỤ THỂ", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", text: "(Chi tiết tại Bảng phân công nhiệm vụ dưới đây)", italic: true, align: "center", indent: false },
  { t: "table", widths: [700, 3600, 1700, 1900, 1500], header: 1, rows },
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Các cơ quan, đơn vị được giao chủ trì nhiệm vụ chủ động triển khai, báo cáo " +
    "kết quả định kỳ hằng quý về Sở Công Thương. Sở Công Thương theo dõi, đôn đốc và tổng hợp báo cáo UBND tỉnh." },
  ...sign(["Bộ Công Thương (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các xã, phường"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Hà Trọng Hải"),
];

const tasks = [
  task("1", "Rà soát, tham mưu sửa đổi, bổ sung chính sách hỗ trợ xúc tiến thương mại đối với sản phẩm nông nghiệp " +
    "chủ lực của tỉnh", "2026-03-30", [CT], ["Sở Tài chính", "Sở Tư pháp"]),
  task("2", "Xây dựng danh mục sản phẩm OCOP, sản phẩm chủ lực ưu tiên đưa lên sàn thương mại điện tử",
    "2026-06-30", [CT], [NM]),
  task("3", "Ban hành Quy chế phối hợp kiểm tra, kiểm soát thị trường, chống buôn lậu, hàng giả trong hoạt động " +
    "thương mại điện tử", "2026-05-31", [CT], ["Công an tỉnh", "Thuế tỉnh"]),
  task("4", "Tổ chức Hội chợ Nông sản - OCOP tỉnh Lai Châu năm 2026 gắn với Tuần Văn hóa - Du lịch", "2026-09-20",
    [CT], ["Sở Văn hóa, Thể thao và Du lịch", XA]),
  task("5", "Tổ chức đoàn doanh nghiệp, hợp tác xã tham gia Hội chợ Nông nghiệp quốc tế tại thành phố Hà Nội",
    "2026-09-30", [CT], [NM]),
  task("6", "Quảng bá sản phẩm chè Tam Đường, gạo Séng Cù Than Uyên, sâm Lai Châu tại các điểm du lịch trọng điểm",
    "2026-09-30", ["Sở Văn hóa, Thể thao và Du lịch"], [CT]),
  task("7", "Tổ chức Hội nghị kết nối cung - cầu giữa các hợp tác xã với doanh nghiệp phân phối, siêu thị lớn",
    "2026-10-30", [CT], ["Hiệp hội Doanh nghiệp tỉnh"]),
  task("8", "Hướng dẫn, hỗ trợ hộ sản xuất, hợp tác xã mở gian hàng trên các sàn thương mại điện tử", "2026-06-30",
    [KH], ["Bưu điện tỉnh"]),
  task("9", "Gắn mã QR truy xuất nguồn gốc cho 100% sản phẩm OCOP đạt 3 sao trở lên", "2026-08-31", [NM], [KH]),
  task("11", "Thẩm định, tham mưu bố trí kinh phí thực hiện Kế hoạch", "2026-04-14", ["Sở Tài chính"], [CT]),
  task("12", "Xây dựng kế hoạch thực hiện trên địa bàn", "2026-04-29", [XA]),
  task("13", "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch năm 2026", "2026-12-09", [CT], ["@departments", XA]),
];

// plan.pdf: LibreOffice prints a transitional copy of plan-auto (the same content, ordinary namespaces).
function printer(out) {
  const tmp = fs.mkdtempSync("/tmp/author32b-");
  const docx = path.join(tmp, "plan-auto.docx");
  return toDocx(blocks, docx, { auto: true }).then(() => {
    execFileSync("soffice", ["-env:UserInstallation=file:///tmp/author32b-lo", "--headless", "--convert-to", "pdf",
      "--outdir", tmp, docx], { stdio: "ignore" });
    fs.copyFileSync(path.join(tmp, "plan-auto.pdf"), out);
  });
}

await build(DIR, {
  blocks, printer, extra: { strict: true },
  expected: {
    id: ID,
    style: "Kế hoạch 48/KH-UBND of UBND tỉnh Lai Châu, 10/3/2026 (after the reorganisation: no districts), trade " +
      "promotion. Both Word files are saved as 'Strict Open XML Document' (ISO/IEC 29500 Strict): w: is " +
      "http://purl.oclc.org/ooxml/wordprocessingml/main, r: and the relationship types are " +
      "http://purl.oclc.org/ooxml/officeDocument/relationships/…, w:document w:conformance='strict', jc start/end; " +
      "content types as Word writes them. Otherwise an ordinary task table (STT | Nội dung | Chủ trì | Phối hợp | " +
      "Thời gian): group rows I-IV spanning the row are no tasks; STT runs on 1-13 across groups, ref = STT. " +
      "'Cơ quan chủ trì' Sở Công Thương is one merged cell over rows 1-3 (each row's lead); 'Quý III/2026' is one " +
      "merged time cell over rows 5-6 (each row's own, inherited false). plan-auto: STT and group numbers are Word " +
      "lists. PDF: LibreOffice from a transitional copy. Dates (2026): 1 'Trước ngày 31/3' -> 30/3 Mon; 2 'Quý II' " +
      "30/6 Tue; 3 'Tháng 5' 31/5 Sun -> 1/6; 4 'Từ 15/9 đến 20/9' 20/9 Sun -> 21/9; 5, 6 'Quý III' 30/9 Wed; 7 " +
      "'Chậm nhất 30/10' Fri; 8 '6 tháng đầu năm' 30/6; 9 'Tháng 8' 31/8 Mon; 10 'Thường xuyên' no task; 11 " +
      "'Trước 15/4' -> 14/4; 12 'Trước 30/4' -> 29/4 Wed (lead UBND các xã, phường = UBND cấp xã, unresolved; Sở " +
      "Công Thương is the recipient, not a coordinator); 13 'Trước 10/12' -> 9/12 (coordinators @departments + " +
      "UBND cấp xã; UBND tỉnh recipient). Part III's 'định kỳ hằng quý' reports are undated, no task.",
    province: "Lai Châu",
    plan: { number: "48/KH-UBND", date: "2026-03-10" },
    tasks,
    unresolved: [XA],
    successors: [],
  },
});

// 06: Thái Nguyên (merged with Bắc Kạn), 3/2026 — a plan whose Phụ lục puts lead AND coordinators in ONE cell, one
// unit a line, the lead(s) in bold and first; deadlines in relative words without the year ("Trước 15/5", "Tháng 6",
// "Quý III", "Trong năm", "06 tháng cuối năm"); old department names beside or instead of the new ones.
// plan.pdf by LibreOffice with tagged-PDF export (Word "Save as PDF"-like) of plan-auto.docx.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { headerBlock, signBlock, writeWordAndText } from "./model.mjs";

const SLUG = "06-thai-nguyen-2026-merged-province-lead-coordinators-one-cell";
const XA = "UBND các xã, phường";
const SECTIONS = [
  ["I", "CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX)", [
    ["1", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh Bắc Kạn (cũ) và tỉnh Thái Nguyên (cũ) còn hiệu " +
      "lực; đề xuất bãi bỏ, thay thế", ["Sở Tư pháp"], ["Các sở, ban, ngành tỉnh"], "Trước 15/5", "Danh mục văn bản"],
    ["2", "Công bố, công khai danh mục thủ tục hành chính áp dụng thống nhất sau sắp xếp", ["Văn phòng UBND tỉnh"],
      ["Các sở, ban, ngành tỉnh", "Trung tâm Phục vụ hành chính công tỉnh"], "Tháng 6", "Quyết định công bố"],
    ["3", "Số hóa hồ sơ, kết quả giải quyết TTHC; bảo đảm 100% hồ sơ tiếp nhận được số hóa",
      ["Sở Khoa học và Công nghệ (tiếp nhận nhiệm vụ của Sở Thông tin và Truyền thông)"],
      ["Văn phòng UBND tỉnh", "Công an tỉnh"], "Quý III", "Báo cáo"],
    ["4", "Hoàn thiện đề án vị trí việc làm của các cơ quan, đơn vị sau hợp nhất", ["Sở Nội vụ"],
      ["Các sở, ban, ngành tỉnh", XA], "06 tháng cuối năm", "Quyết định phê duyệt"],
    ["5", "Hướng dẫn thực hiện cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập sau sắp xếp", ["Sở Tài chính"],
      ["Sở Nội vụ"], "Trước 30/6", "Văn bản hướng dẫn"],
    ["6", "Tổng hợp số liệu chỉ tiêu kinh tế - xã hội phục vụ đánh giá tác động của CCHC",
      ["Sở Kế hoạch và Đầu tư"], ["Cục Thống kê tỉnh"], "Trong năm", "Số liệu"],
    ["7", "Tuyên truyền kết quả CCHC trên báo chí, cổng thông tin điện tử",
      ["Báo và Phát thanh, Truyền hình Thái Nguyên"], ["Sở Văn hóa, Thể thao và Du lịch"], "Thường xuyên", "Tin, bài"],
    ["8", "Liên thông thủ tục đăng ký đất đai - thuế; cập nhật cơ sở dữ liệu đất đai", ["Sở Tài nguyên và Môi trường"],
      ["Thuế tỉnh", XA], "Quý III", "Cơ sở dữ liệu"],
    ["9", "Kiểm tra công tác CCHC năm 2026 tại các cơ quan, đơn vị", ["Sở Nội vụ"],
      ["Văn phòng UBND tỉnh", "Sở Tư pháp", "Sở Khoa học và Công nghệ"], "Từ tháng 5 đến tháng 10", "Báo cáo kết quả"],
    ["10", "Chi trả chế độ cho người có công, đối tượng bảo trợ xã hội không dùng tiền mặt",
      ["Sở Lao động - Thương binh và Xã hội"], ["Bưu điện tỉnh"], "Tháng 9", "Báo cáo"],
  ]],
  ["II", "CHỈ SỐ HÀI LÒNG (SIPAS)", [
    ["11", "Khảo sát sự hài lòng của người dân, tổ chức (SIPAS) năm 2026", ["Sở Nội vụ"], ["Bưu điện tỉnh", XA],
      "Quý IV", "Báo cáo kết quả"],
    ["12", "Niêm yết số điện thoại đường dây nóng, hòm thư góp ý tại nơi tiếp nhận hồ sơ",
      ["Trung tâm Phục vụ hành chính công tỉnh"], [XA], "Trước 30/4", "Niêm yết"],
    ["13", "Công bố kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp", ["Văn phòng UBND tỉnh"],
      ["Sở Khoa học và Công nghệ"], "Hằng quý", "Thông báo"],
  ]],
  ["III", "CHỈ SỐ PAPI", [
    ["14", "Cải thiện các chỉ số nội dung PAPI còn thấp:", [], [], "Quý III", ""],
    ["14.1", "Công khai, minh bạch ngân sách cấp xã, danh sách hộ nghèo", [XA], ["Sở Tài chính"], "", "Niêm yết"],
    ["14.2", "Nâng cao chất lượng khám, chữa bệnh tại trạm y tế", ["Sở Y tế"], [XA], "", "Báo cáo"],
    ["14.3", "Kiểm soát tham nhũng trong khu vực công", ["Thanh tra tỉnh"], ["Công an tỉnh"], "", "Báo cáo"],
    ["14.4", "Thu gom, xử lý rác thải sinh hoạt nông thôn", ["Sở Nông nghiệp và Môi trường"], [XA], "Tháng 11",
      "Báo cáo"],
    ["15", "Đối thoại giữa Chủ tịch UBND tỉnh với người dân, doanh nghiệp", ["Văn phòng UBND tỉnh"],
      ["Sở Tài chính", "Hiệp hội Doanh nghiệp tỉnh"], "Trước 15/8", "Thông báo kết luận"],
    ["16", "Phổ biến nội dung, ý nghĩa Chỉ số PAPI đến thôn, tổ dân phố", ["Ủy ban MTTQ Việt Nam tỉnh"],
      ["Sở Nội vụ", "Đài Phát thanh - Truyền hình tỉnh"], "Tháng 6", "Hội nghị"],
  ]],
  ["IV", "BÁO CÁO", [
    ["17", "Báo cáo kết quả thực hiện 6 tháng đầu năm 2026 gửi Sở Nội vụ", ["Các sở, ban, ngành tỉnh", XA], [],
      "Trước 10/6", "Báo cáo"],
    ["18", "Báo cáo kết quả thực hiện năm 2026 gửi Sở Nội vụ", ["Các sở, ban, ngành tỉnh", XA], [], "Trước 05/12",
      "Báo cáo"],
    ["19", "Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch", ["Sở Nội vụ"], [], "Trước 20/12", "Báo cáo"],
  ]],
];

const small = (text, o = {}) => ({ text, size: 22, ...o });
const P = (text, o = {}) => ({ text, indent: 709, align: "justify", ...o });
const R = (label, text) => ({ label, text, list: { kind: "roman", inst: "top" }, bold: true, indent: 709 });
const N = (label, text, inst, o = {}) => ({ label, text, list: { kind: "decimal", inst }, indent: 709, align: "justify",
  ...o });

function appendix() {
  const head = (t) => small(t, { bold: true, align: "center" });
  const rows = [[head("STT"), head("Nội dung nhiệm vụ"), head("Đơn vị thực hiện"), head("Thời gian hoàn thành"),
    head("Sản phẩm")]];
  for (const [roman, title, tasks] of SECTIONS) {
    rows.push([small(roman, { bold: true, align: "center" }), small(title, { bold: true, span: 4 })]);
    for (const [stt, task, leads, partners, due, product] of tasks) {
      const units = [...leads.map((u) => ({ text: u, bold: true })), ...partners.map((u) => ({ text: u }))];
      rows.push([
        small(stt, { align: "center", italic: stt.includes(".") }),
        small(task, { bold: leads.length === 0 }),
        { size: 22, paras: units.length ? units : [{ text: "" }] },
        small(due, { align: "center" }),
        small(product),
      ]);
    }
  }
  return { t: "table", widths: [650, 5300, 3700, 2200, 2200], header: 1, rows };
}

const blocks = [
  ...headerBlock({
    issuer: "ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN",
    number: "Số: 112/KH-UBND",
    place: "Thái Nguyên, ngày 20 tháng 3 năm 2026",
  }),
  { text: "KẾ HOẠCH", bold: true, align: "center", before: 240 },
  { text: "Nâng cao Chỉ số cải cách hành chính (PAR INDEX), Chỉ số hài lòng (SIPAS)\nvà Chỉ số PAPI tỉnh Thái Nguyên " +
    "năm 2026", bold: true, align: "center", after: 240 },
  P("Thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh, " +
    "tỉnh Thái Nguyên (mới) được thành lập trên cơ sở hợp nhất tỉnh Bắc Kạn và tỉnh Thái Nguyên, hoạt động từ ngày " +
    "01/7/2025.", { footnote: "Các sở được tổ chức lại theo Quyết định số 1502/QĐ-UBND ngày 01/7/2025 của UBND tỉnh: " +
    "Sở Tài chính tiếp nhận nhiệm vụ của Sở Kế hoạch và Đầu tư; Sở Khoa học và Công nghệ tiếp nhận nhiệm vụ của Sở " +
    "Thông tin và Truyền thông; Sở Nông nghiệp và Môi trường tiếp nhận nhiệm vụ của Sở Tài nguyên và Môi trường; Sở Nội " +
    "vụ tiếp nhận nhiệm vụ của Sở Lao động - Thương binh và Xã hội." }),
  P("Căn cứ Quyết định số 245/QĐ-BNV ngày 10/02/2026 của Bộ Nội vụ công bố Chỉ số CCHC năm 2025, UBND tỉnh ban hành " +
    "Kế hoạch nâng cao các chỉ số năm 2026 như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  N("1.", "Khắc phục các tiêu chí, tiêu chí thành phần bị mất điểm trong năm 2025 của hai tỉnh trước hợp nhất.", "i"),
  N("2.", "Xác định rõ nhiệm vụ, thời hạn và trách nhiệm của từng cơ quan, đơn vị; thời gian trong Phụ lục là năm " +
    "2026.", "i"),
  R("II.", "NHIỆM VỤ"),
  P("Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này."),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  N("1.", "Sở Nội vụ tham mưu tổ chức Hội nghị quán triệt, triển khai Kế hoạch trước ngày 10/4/2026.", "iii"),
  N("2.", "Các cơ quan, đơn vị được giao nhiệm vụ tại Phụ lục chủ động triển khai; các nhiệm vụ trước đây giao các " +
    "sở cũ nay do sở tiếp nhận chức năng thực hiện.", "iii"),
  N("3.", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng " +
    "hợp, báo cáo UBND tỉnh./.", "iii"),
  signBlock({
    recipients: ["- Bộ Nội vụ (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;",
      "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;", "- Lưu: VT, NC."],
    signer: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Nguyễn Thị Loan"],
  }),
  { t: "section", landscape: true },
  { text: "PHỤ LỤC", bold: true, align: "center" },
  { text: "NHIỆM VỤ NÂNG CAO CÁC CHỈ SỐ NĂM 2026", bold: true, align: "center" },
  { text: "(Kèm theo Kế hoạch số 112/KH-UBND ngày 20/3/2026 của UBND tỉnh Thái Nguyên)", italic: true,
    align: "center" },
  { text: "Ghi chú: Cột \"Đơn vị thực hiện\": đơn vị in đậm, ghi đầu tiên là đơn vị chủ trì; các đơn vị còn lại là đơn " +
    "vị phối hợp.", italic: true, size: 22 },
  appendix(),
];

const dir = await writeWordAndText(SLUG, blocks, "Kế hoạch 112/KH-UBND");
const tmp = `/tmp/author10b-lo-out-${process.pid}`;
mkdirSync(tmp, { recursive: true });
execFileSync("soffice", ["-env:UserInstallation=file:///tmp/author10b-lo-profile", "--headless", "--convert-to",
  'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},' +
  '"ExportBookmarks":{"type":"boolean","value":"true"}}', "--outdir", tmp, join(dir, "plan-auto.docx")]);
copyFileSync(join(tmp, "plan-auto.pdf"), join(dir, "plan.pdf"));
rmSync(tmp, { recursive: true, force: true });
console.log("wrote", dir);

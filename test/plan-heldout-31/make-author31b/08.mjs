// 08: Lai Châu, UBND tỉnh (before the reorganisation), 12/3/2024 — disaster prevention and search-and-rescue plan
// 2024 with one task table. plan.txt was saved by old Notepad in the WINDOWS-1258 code page (Vietnamese ANSI):
// tone marks as combining characters after the base letter (what cp1258 needs; iconv decomposes), CRLF line ends.
// In both Word files the Thời hạn cells hold DATE-PICKER CONTENT CONTROLS (w:sdt with w:date w:fullDate, the
// shown text inside): some with the format "dd/MM/yyyy" ("01/04/2024"), some "dddd, dd/MM/yyyy" ("Thứ Hai,
// 15/04/2024"); words around the control ("Trước ", "Từ … đến …") are plain runs. plan.pdf: WeasyPrint from HTML.
import fs from "node:fs";
import { execFileSync } from "node:child_process";
import { build, task, toText } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "08-lai-chau-2024-windows-1258-text-date-picker-content-controls";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NN = "Sở Nông nghiệp và Phát triển nông thôn";
const QS = "Bộ Chỉ huy Quân sự tỉnh";
const DH = "@districts";
const DHW = "UBND các huyện, thành phố";
const CT = "Sở Công Thương";
const CTD = "Hội Chữ thập đỏ tỉnh";
const VT = "Viettel Lai Châu";

const WD = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
// a date-picker control: marker for the Word transform + the text it shows
const dp = (iso, long = false) => {
  const [y, m, d] = iso.split("-");
  const shown = `${d}/${m}/${y}`;
  const wd = WD[new Date(iso + "T00:00:00Z").getUTCDay()];
  return `⟦D|${iso}|${long ? "dddd, dd/MM/yyyy" : "dd/MM/yyyy"}⟧${long ? wd + ", " + shown : shown}⟦/D⟧`;
};

// [TT, content, lead written, L, coordinators written, C, time (with controls), due]
const ROWS = [
  ["1", "Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh; ban hành quy chế hoạt động năm 2024",
    NN, [NN], QS, [QS], "Trước ngày " + dp("2024-04-01"), "2024-03-31"],
  ["2", "Rà soát, cập nhật phương án ứng phó thiên tai theo cấp độ rủi ro thiên tai trên địa bàn", DHW, [DH], NN, [NN],
    dp("2024-04-15", true), "2024-04-15"],
  ["3", "Kiểm tra an toàn đập, hồ chứa thủy điện trước mùa mưa lũ; yêu cầu chủ đập rà soát quy trình vận hành", CT,
    [CT], `${NN}; ${DHW}`, [NN, DH], "Hoàn thành trước " + dp("2024-05-15", true), "2024-05-14"],
  ["4", "Rà soát khu dân cư có nguy cơ sạt lở đất, lũ quét, lũ ống; đề xuất bố trí, sắp xếp dân cư", "Sở Tài nguyên " +
    "và Môi trường", ["Sở Tài nguyên và Môi trường"], DHW, [DH], "Tháng 5/2024", "2024-05-31"],
  ["5", "Tổ chức diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn cấp huyện năm 2024", "UBND huyện Mường Tè",
    ["UBND huyện Mường Tè"], `${QS}; ${NN}`, [QS, NN], "Chậm nhất " + dp("2024-06-20", true), "2024-06-20"],
  ["6", "Chuẩn bị vật tư, phương tiện, lương thực, nhu yếu phẩm dự phòng theo phương châm “4 tại chỗ”", DHW, [DH],
    CT, [CT], dp("2024-04-30"), "2024-04-30"],
  ["7", "Bảo đảm giao thông, khắc phục sạt lở trên các tuyến quốc lộ, tỉnh lộ", "Sở Giao thông vận tải", null, DHW,
    null, "Thường xuyên trong mùa mưa lũ", null],
  ["8", "Kiểm tra an toàn lưới điện, trạm biến áp, hành lang tuyến đường dây vùng có nguy cơ sạt lở",
    "Công ty Điện lực Lai Châu", ["Công ty Điện lực Lai Châu"], CT, [CT], "Trước " + dp("2024-05-31", true),
    "2024-05-30"],
  ["9", "Thông tin, cảnh báo thiên tai trên sóng phát thanh, truyền hình bằng tiếng phổ thông và tiếng dân tộc",
    "Đài Phát thanh - Truyền hình tỉnh", ["Đài Phát thanh - Truyền hình tỉnh"], NN, [NN], "Quý II/2024",
    "2024-06-30"],
  ["10", "Tập huấn kỹ năng phòng tránh đuối nước, thiên tai cho học sinh trước kỳ nghỉ hè", "Sở Giáo dục và Đào tạo",
    ["Sở Giáo dục và Đào tạo"], CTD, [CTD], "Từ " + dp("2024-06-03") + " đến " + dp("2024-06-07"), "2024-06-07"],
  ["11", "Bảo đảm thông tin liên lạc phục vụ chỉ đạo, điều hành ứng phó thiên tai", "Sở Thông tin và Truyền thông",
    ["Sở Thông tin và Truyền thông"], `Bưu điện tỉnh; ${VT}`, ["Bưu điện tỉnh", VT], dp("2024-06-10", true),
    "2024-06-10"],
  ["12", "Chuẩn bị cơ số thuốc, hóa chất; phòng, chống dịch bệnh sau thiên tai", "Sở Y tế", ["Sở Y tế"], DHW, [DH],
    "Tháng 7/2024", "2024-07-31"],
  ["13", "Tổng hợp, đề xuất nhu cầu kinh phí khắc phục hậu quả thiên tai năm 2024", "Sở Tài chính", ["Sở Tài chính"],
    `${NN}; Sở Kế hoạch và Đầu tư`, [NN, "Sở Kế hoạch và Đầu tư"], "Trước " + dp("2024-09-30", true), "2024-09-29"],
  ["14", "Tổng kết công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024", NN, [NN], `Các sở, ban, ngành; ${DHW}`,
    ["@departments", DH], "Trước " + dp("2024-12-10", true), "2024-12-09"],
  ["15", "Báo cáo nhanh tình hình thiệt hại, công tác khắc phục hậu quả", DHW, null, NN, null,
    "Khi có thiên tai xảy ra", null],
];
const tasks = ROWS.filter((r) => r[7]).map(([n, text, , L, , C, , due]) => task(n, text, due, L, C));

const P = (text, o = {}) => ({ t: "p", text, align: "justify", ...o });
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "Số: 68/KH-UBND", "Lai Châu, ngày 12 tháng 3 năm 2024", "KẾ HOẠCH",
    "Công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024 trên địa bàn tỉnh Lai Châu"),
  P("Thực hiện Luật Phòng, chống thiên tai năm 2013, được sửa đổi, bổ sung năm 2020; Nghị định số 66/2021/NĐ-CP ngày " +
    "06/7/2021 của Chính phủ; UBND tỉnh ban hành Kế hoạch công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm " +
    "2024 như sau:"),
  P("MỤC ĐÍCH, YÊU CẦU", { num: "I.", bold: true, list: { kind: "roman", inst: "r" } }),
  P("Chủ động phòng ngừa, ứng phó kịp thời, hiệu quả với các loại hình thiên tai thường xảy ra trên địa bàn tỉnh như " +
    "lũ quét, lũ ống, sạt lở đất, mưa đá, dông lốc; giảm thiểu thiệt hại về người và tài sản."),
  P("NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", { num: "II.", bold: true, list: { kind: "roman", inst: "r" } }),
  { t: "table", widths: [600, 3500, 1800, 2000, 1700], header: 1, rows: [
    ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"],
    ...ROWS.map(([n, text, lw, , cw, , time]) => [{ text: n, align: "center" }, text, lw, cw,
      { text: time, align: "center" }]),
  ] },
  P("TỔ CHỨC THỰC HIỆN", { num: "III.", bold: true, list: { kind: "roman", inst: "r" } }),
  P("Sở Nông nghiệp và Phát triển nông thôn (Cơ quan thường trực Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu " +
    "nạn tỉnh) theo dõi, đôn đốc, tổng hợp kết quả thực hiện; các cơ quan, đơn vị báo cáo định kỳ 6 tháng, năm theo " +
    "quy định."),
  ...sign(["Ban Chỉ đạo quốc gia về PCTT (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành tỉnh", "UBND các huyện, thành phố"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  "Giàng A Tính"),
];

let sdtId = 7301;
const RPR = '<w:rPr><w:sz w:val="24"/></w:rPr>';
const transform = (xml) => xml.replace(/⟦D\|([^|]+)\|([^⟧]+)⟧([^⟦]*)⟦\/D⟧/g, (_, iso, fmt, shown) =>
  `</w:t></w:r><w:sdt><w:sdtPr>${RPR}<w:alias w:val="Thời hạn"/><w:tag w:val="ThoiHan"/><w:id w:val="${sdtId++}"/>` +
  `<w:date w:fullDate="${iso}T00:00:00Z"><w:dateFormat w:val="${fmt}"/><w:lid w:val="vi-VN"/><w:storeMappedDataAs ` +
  `w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr><w:sdtContent><w:r>${RPR}<w:t ` +
  `xml:space="preserve">${shown}</w:t></w:r></w:sdtContent></w:sdt><w:r>${RPR}<w:t xml:space="preserve">`)
  .replace(/<w:r><w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t xml:space="preserve"><\/w:t><\/w:r>/g, "");

await build(DIR, {
  blocks, printer: "weasyprint", extra: { transform },
  expected: {
    id: ID,
    style: "Kế hoạch 68/KH-UBND of UBND tỉnh Lai Châu, 12/3/2024 (before the reorganisation), phòng, chống thiên " +
      "tai và TKCN 2024, one task table TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn hoàn " +
      "thành. plan.txt is WINDOWS-1258 (Notepad 'ANSI' on a Vietnamese Windows), no BOM, CRLF: letters with tone " +
      "marks are a base letter (or a cp1258 precomposed vowel such as ê, ơ, ư) followed by a combining tone byte " +
      "(0xEC/0xDE/0xD2/0xF2/0xCC); read as UTF-8 it is mojibake. The Word files' Thời hạn cells hold DATE-PICKER " +
      "CONTENT CONTROLS (w:sdt, w:date w:fullDate, dateFormat 'dd/MM/yyyy' or 'dddd, dd/MM/yyyy', lid vi-VN) " +
      "whose shown text is '01/04/2024' or 'Thứ Hai, 15/04/2024'; 'Trước ', 'Chậm nhất ', 'Từ … đến …' are plain " +
      "runs around them; the shown text and fullDate agree. PDF: WeasyPrint. ref = TT. Dates (2024): 1 'Trước ngày " +
      "01/04' -> 31/3 Sun -> 1/4; 2 'Thứ Hai, 15/04' Mon; 3 'Hoàn thành trước Thứ Tư, 15/05' -> 14/5 Tue; 4 'Tháng " +
      "5' 31/5 Fri; 5 'Chậm nhất Thứ Năm, 20/06' Thu; 6 '30/04' (holiday, 1/5 too) -> 2/5 Thu; 7 'Thường xuyên " +
      "trong mùa mưa lũ' and 15 'Khi có thiên tai xảy ra' no tasks; 8 'Trước Thứ Sáu, 31/05' -> 30/5 Thu; 9 'Quý " +
      "II' 30/6 Sun -> 1/7; 10 'Từ 03/06 đến 07/06' 7/6 Fri; 11 'Thứ Hai, 10/06' Mon; 12 'Tháng 7' 31/7 Wed; 13 " +
      "'Trước Thứ Hai, 30/09' -> 29/9 Sun -> 30/9; 14 'Trước Thứ Ba, 10/12' -> 9/12 Mon. 'UBND các huyện, thành " +
      "phố' = @districts, 'Các sở, ban, ngành' = @departments. 'Bộ Chỉ huy Quân sự tỉnh', 'Hội Chữ thập đỏ tỉnh', " +
      "'Viettel Lai Châu' are no directory units: as written, unresolved.",
    province: "Lai Châu",
    plan: { number: "68/KH-UBND", date: "2024-03-12" },
    tasks,
    unresolved: [QS, CTD, VT],
    successors: [],
  },
});
// Notepad "ANSI" on a Vietnamese Windows: cp1258 with CRLF (iconv decomposes what cp1258 cannot hold precomposed)
const utf8 = toText(blocks).normalize("NFC").replace(/\n/g, "\r\n");
fs.writeFileSync(DIR + "plan.txt", execFileSync("iconv", ["-f", "UTF-8", "-t", "CP1258"], { input: utf8 }));

// 01: Thái Nguyên (merged province), 12/3/2026 — a plan exported by the province's document-management web app as
// .docx whose body is ONE altChunk: word/document.xml holds only <w:altChunk r:id="…"/> pointing to word/afchunk.htm
// (text/html, relationship aFChunk); Word imports the HTML when it opens the file. plan-typed: the HTML types its
// numbers (I., 1., a)) and its task table repeats every cell; plan-auto: the HTML numbers by <ol type="I">, <ol>,
// <ol type="a"> and its table merges cells (two-row header with colspan, group rows colspan, lead cell rowspan).
// plan.txt: the text as copied from the web app's preview. plan.pdf: Chromium from the auto HTML.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { task, zipDocx } from "./lib.mjs";

const ID = "01-thai-nguyen-2026-web-app-docx-altchunk-html";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const NV = "Sở Nội vụ";
const KHCN = "Sở Khoa học và Công nghệ";
const VP = "Văn phòng UBND tỉnh";
const CA = "Công an tỉnh";
const TC = "Sở Tài chính";
const XA = "UBND cấp xã";

// Table rows: group [letter, title] or task [stt, work, lead, coordinators, time, leadSpan (auto: rowspan, 0 = merged)]
const ROWS = [
  ["A", "Hoàn thiện hạ tầng, nền tảng của Hệ thống"],
  ["1", "Nâng cấp Hệ thống quản lý văn bản và điều hành đáp ứng kết nối, liên thông với Trục liên thông văn bản " +
    "quốc gia và chức năng lập hồ sơ điện tử theo Danh mục hồ sơ", KHCN, VP, "Trước 30/4/2026", 2],
  ["2", "Cấp mới, gia hạn chứng thư chữ ký số chuyên dùng cho lãnh đạo, văn thư các cơ quan, đơn vị",
    KHCN, "Các sở, ban, ngành; UBND các xã, phường", "Quý II/2026", 0],
  ["3", "Kiểm tra, đánh giá an toàn thông tin đối với Hệ thống theo cấp độ đã được phê duyệt", CA, KHCN,
    "Tháng 8/2026", 1],
  ["B", "Lập hồ sơ điện tử và số hóa tài liệu lưu trữ"],
  ["4", "Ban hành Danh mục hồ sơ năm 2026 của cơ quan; cập nhật Danh mục lên Hệ thống", "Các sở, ban, ngành",
    NV, "Trước ngày 31/3/2026", 2],
  ["5", "Số hóa tài liệu lưu trữ có thời hạn bảo quản vĩnh viễn hình thành từ năm 2015 trở về trước",
    "Các sở, ban, ngành", NV, "Hoàn thành trong năm 2026", 0],
  ["6", "Hướng dẫn nghiệp vụ lập hồ sơ điện tử, nộp lưu hồ sơ điện tử vào Lưu trữ lịch sử tỉnh", NV, VP,
    "Tháng 4/2026", 1],
  ["7", "Lập hồ sơ công việc trên môi trường điện tử tại cấp xã, bảo đảm tỷ lệ tối thiểu 60% hồ sơ được lập " +
    "điện tử", "UBND các xã, phường", NV + ", " + KHCN, "Từ tháng 4 đến tháng 10/2026", 2],
  ["8", "Cập nhật, duy trì dữ liệu hồ sơ, văn bản đi, đến trên Hệ thống", "UBND các xã, phường", "",
    "Thường xuyên", 0],
  ["C", "Kiểm tra, đánh giá"],
  ["9", "Kiểm tra việc lập hồ sơ điện tử và số hóa tài liệu tại một số cơ quan, địa phương", NV, KHCN,
    "Quý III/2026", 2],
  ["10", "Tổng hợp, đánh giá kết quả thực hiện Kế hoạch; đề xuất khen thưởng tập thể, cá nhân tiêu biểu", NV, VP,
    "Trước ngày 15/12/2026", 0],
];

const tasks = [
  task("1", ROWS[1][1], "2026-04-29", [KHCN], [VP]),
  task("2", ROWS[2][1], "2026-06-30", [KHCN], ["@departments", XA]),
  task("3", ROWS[3][1], "2026-08-31", [CA], [KHCN]),
  task("4", ROWS[5][1], "2026-03-30", ["@departments"], [NV]),
  task("5", ROWS[6][1], "2026-12-31", ["@departments"], [NV]),
  task("6", ROWS[7][1], "2026-04-30", [NV], [VP]),
  task("7", ROWS[8][1], "2026-10-31", [XA], [NV, KHCN]),
  task("9", ROWS[11][1], "2026-09-30", [NV], [KHCN]),
  task("10", ROWS[12][1], "2026-12-14", [NV], [VP]),
  task("III.1.a", "Tham mưu bố trí kinh phí số hóa tài liệu lưu trữ năm 2026", "2026-04-09", [NV], [TC]),
  task("III.2.a", "Xây dựng tài liệu hướng dẫn sử dụng chức năng lập hồ sơ điện tử, đăng tải trên Cổng thông tin " +
    "điện tử tỉnh", "2026-05-15", [KHCN]),
  task("III.2.b", "Tập huấn sử dụng Hệ thống cho văn thư, lưu trữ các cơ quan và UBND các xã, phường", "2026-06-30",
    [KHCN], [NV]),
  task("III.3", "Tổng hợp số liệu văn bản điện tử, hồ sơ công việc của các cơ quan trên Hệ thống, đưa vào báo cáo " +
    "kết quả chuyển đổi số năm 2026", "2026-12-19", [VP]),
];

const PURPOSE = [
  "Từng bước hình thành hồ sơ công việc điện tử ngay từ khi giải quyết công việc; giảm văn bản giấy, nâng cao " +
    "hiệu quả chỉ đạo, điều hành trên môi trường số.",
  "Số hóa tài liệu lưu trữ có giá trị, phục vụ khai thác, sử dụng; bảo đảm an toàn, bảo mật thông tin theo quy định.",
];
const DUTIES = [
  ["Sở Nội vụ", [
    "Chủ trì, phối hợp với Sở Tài chính tham mưu bố trí kinh phí số hóa tài liệu lưu trữ năm 2026, trình UBND tỉnh " +
      "trước ngày 10/4/2026.",
    "Theo dõi, đôn đốc việc thực hiện Kế hoạch; định kỳ 6 tháng tổng hợp, báo cáo UBND tỉnh."]],
  ["Sở Khoa học và Công nghệ", [
    "Xây dựng tài liệu hướng dẫn sử dụng chức năng lập hồ sơ điện tử, đăng tải trên Cổng thông tin điện tử tỉnh " +
      "chậm nhất ngày 15/5/2026.",
    "Chủ trì, phối hợp với Sở Nội vụ tập huấn sử dụng Hệ thống cho văn thư, lưu trữ các cơ quan và UBND các xã, " +
      "phường; hoàn thành trong tháng 6/2026."]],
  ["Văn phòng UBND tỉnh tổng hợp số liệu văn bản điện tử, hồ sơ công việc của các cơ quan trên Hệ thống, đưa vào " +
    "báo cáo kết quả chuyển đổi số năm 2026 trước ngày 20/12/2026.", []],
  ["Báo và Phát thanh, Truyền hình Thái Nguyên thường xuyên tuyên truyền về lợi ích của việc lập hồ sơ điện tử, " +
    "xây dựng chính quyền số.", []],
];
const ROMAN = ["I", "II", "III"];
const LET = "abcdefgh";

function html(auto) {
  const o = [];
  const hd = (i, t) => (auto ? `<li><b>${t}</b>` : `<p class="h"><b>${ROMAN[i]}. ${t}</b></p>`);
  o.push('<table class="nb"><tr><td><b>ỦY BAN NHÂN DÂN<br>TỈNH THÁI NGUYÊN</b><br>Số: 58/KH-UBND</td>' +
    "<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br><i>Thái Nguyên, ngày 12 tháng 3 " +
    "năm 2026</i></td></tr></table>");
  o.push('<p class="c"><b>KẾ HOẠCH<br>Triển khai lập hồ sơ công việc điện tử và số hóa tài liệu lưu trữ trên Hệ ' +
    "thống quản lý văn bản và điều hành tỉnh Thái Nguyên năm 2026</b></p>");
  o.push("<p>Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư; căn cứ Kế hoạch " +
    "chuyển đổi số tỉnh Thái Nguyên năm 2026, UBND tỉnh ban hành Kế hoạch như sau:</p>");
  if (auto) o.push('<ol type="I">');
  o.push(hd(0, "MỤC ĐÍCH, YÊU CẦU"));
  o.push(auto ? "<ol>" + PURPOSE.map((t) => `<li>${esc(t)}</li>`).join("") + "</ol></li>" :
    PURPOSE.map((t, i) => `<p>${i + 1}. ${esc(t)}</p>`).join(""));
  o.push(hd(1, "NHIỆM VỤ CỤ THỂ"));
  o.push("<p>Các nhiệm vụ, cơ quan thực hiện và thời gian hoàn thành theo bảng sau:</p>");
  const head = auto ? '<tr><th rowspan="2">STT</th><th rowspan="2">Nhiệm vụ</th><th colspan="2">Cơ quan thực hiện' +
    '</th><th rowspan="2">Thời gian hoàn thành</th></tr><tr><th>Chủ trì</th><th>Phối hợp</th></tr>' :
    "<tr><th>STT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Cơ quan phối hợp</th><th>Thời gian hoàn thành" +
    "</th></tr>";
  const body = ROWS.map((r) => {
    if (r.length === 2) {
      return auto ? `<tr><td class="g"><b>${r[0]}</b></td><td colspan="4"><b>${esc(r[1])}</b></td></tr>` :
        `<tr><td class="g"><b>${r[0]}</b></td><td><b>${esc(r[1])}</b></td><td></td><td></td><td></td></tr>`;
    }
    const lead = !auto ? `<td>${esc(r[2])}</td>` : r[5] ? `<td rowspan="${r[5]}">${esc(r[2])}</td>` : "";
    return `<tr><td class="g">${r[0]}</td><td>${esc(r[1])}</td>${lead}<td>${esc(r[3])}</td><td>${esc(r[4])}</td></tr>`;
  }).join("");
  o.push(`<table class="bd">${head}${body}</table>`);
  if (auto) o.push("</li>");
  o.push(hd(2, "TỔ CHỨC THỰC HIỆN"));
  if (auto) o.push("<ol>");
  DUTIES.forEach(([u, items], i) => {
    const sub = items.length ? (auto ? '<ol type="a">' + items.map((t) => `<li>${esc(t)}</li>`).join("") + "</ol>" :
      items.map((t, j) => `<p>${LET[j]}) ${esc(t)}</p>`).join("")) : "";
    const lead = items.length ? esc(u) + ":" : esc(u);
    o.push(auto ? `<li>${lead}${sub}</li>` : `<p>${i + 1}. ${lead}</p>${sub}`);
  });
  if (auto) o.push("</ol></li></ol>");
  o.push("<p>Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để " +
    "tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./.</p>");
  o.push('<table class="nb"><tr><td class="l"><b><i>Nơi nhận:</i></b><br>- Bộ Nội vụ (b/c);<br>- TT Tỉnh ủy, ' +
    "TT HĐND tỉnh (b/c);<br>- Các sở, ban, ngành;<br>- UBND các xã, phường;<br>- Lưu: VT, NC.</td><td><b>TM. ỦY BAN " +
    "NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br><br><br>Nguyễn Thanh Bình</b></td></tr></table>");
  o.push('<p class="stamp">Văn bản được xuất từ Hệ thống quản lý văn bản và điều hành tỉnh Thái Nguyên lúc 16:42 ' +
    "ngày 12/03/2026.</p>");
  return '<!DOCTYPE html><html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">' +
    "<title>58/KH-UBND</title><style>body{font-family:'Times New Roman',serif;font-size:13pt}p{margin:0 0 6pt;" +
    "text-align:justify}p.c{text-align:center}table{border-collapse:collapse;width:100%}table.nb td{text-align:" +
    "center;vertical-align:top;width:50%}table.nb td.l{text-align:left;font-size:11pt}table.bd td,table.bd th{border:" +
    "1px solid #000;padding:3pt;vertical-align:top;font-size:12pt}td.g{text-align:center}li{margin:0 0 6pt;" +
    "text-align:justify}p.stamp{font-size:9pt;color:#666;font-style:italic}</style></head><body>\n" +
    o.join("\n") + "\n</body></html>\n";
}

function text() {
  const o = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH THÁI NGUYÊN\tĐộc lập - Tự do - Hạnh phúc",
    "Số: 58/KH-UBND\tThái Nguyên, ngày 12 tháng 3 năm 2026", "", "KẾ HOẠCH", "Triển khai lập hồ sơ công việc điện tử " +
    "và số hóa tài liệu lưu trữ trên Hệ thống quản lý văn bản và điều hành tỉnh Thái Nguyên năm 2026", "",
  "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư; căn cứ Kế hoạch chuyển đổi số " +
    "tỉnh Thái Nguyên năm 2026, UBND tỉnh ban hành Kế hoạch như sau:", "", "I. MỤC ĐÍCH, YÊU CẦU"];
  PURPOSE.forEach((t, i) => o.push(`${i + 1}. ${t}`));
  o.push("", "II. NHIỆM VỤ CỤ THỂ", "Các nhiệm vụ, cơ quan thực hiện và thời gian hoàn thành theo bảng sau:", "",
    "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành");
  for (const r of ROWS) o.push(r.length === 2 ? `${r[0]}\t${r[1]}` : r.slice(0, 5).join("\t"));
  o.push("", "III. TỔ CHỨC THỰC HIỆN");
  DUTIES.forEach(([u, items], i) => {
    o.push(`${i + 1}. ${u}${items.length ? ":" : ""}`);
    items.forEach((t, j) => o.push(`${LET[j]}) ${t}`));
  });
  o.push("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng " +
    "hợp, báo cáo UBND tỉnh xem xét, giải quyết./.", "", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Bộ Nội vụ (b/c);\tKT. " +
    "CHỦ TỊCH", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);\tPHÓ CHỦ TỊCH", "- Các sở, ban, ngành;", "- UBND các xã, phường;",
  "- Lưu: VT, NC.\tNguyễn Thanh Bình", "", "Văn bản được xuất từ Hệ thống quản lý văn bản và điều hành tỉnh Thái " +
    "Nguyên lúc 16:42 ngày 12/03/2026.", "");
  return o.join("\n").normalize("NFC");
}

async function docx(file, auto) {
  const x = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  await zipDocx(file, {
    types: '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.' +
      'wordprocessingml.document.main+xml"/><Override PartName="/word/afchunk.htm" ContentType="text/html"/>',
    rels: '<Relationship Id="htmlChunk" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/' +
      'aFChunk" Target="afchunk.htm"/>',
    parts: {
      "word/document.xml": `${x}<w:document ${W}><w:body><w:altChunk r:id="htmlChunk"/><w:sectPr><w:pgSz ` +
        'w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="567" ' +
        'w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>',
      "word/afchunk.htm": html(auto).normalize("NFC"),
    },
  });
}

fs.mkdirSync(DIR, { recursive: true });
fs.writeFileSync(path.join(DIR, "plan.txt"), text());
await docx(path.join(DIR, "plan-typed.docx"), false);
await docx(path.join(DIR, "plan-auto.docx"), true);
const tmp = "/tmp/author31a-01.html";
fs.writeFileSync(tmp, html(true).normalize("NFC"));
execFileSync("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
  "--user-data-dir=/tmp/author31a-chrome", `--print-to-pdf=${path.join(DIR, "plan.pdf")}`, "file://" + tmp],
{ stdio: "ignore" });
const expected = {
  id: ID,
  style: "Kế hoạch 58/KH-UBND of UBND tỉnh Thái Nguyên (the merged province), 12/3/2026: electronic case files and " +
    "digitising archives on the province's document-management system. Both .docx files are web-app exports whose " +
    "document.xml holds nothing but one w:altChunk (r:id -> word/afchunk.htm, text/html, relationship aFChunk): the " +
    "whole plan is an HTML part. plan-typed's HTML types I., 1., a) and repeats every table cell; plan-auto's HTML " +
    "numbers by <ol type=\"I\">/<ol>/<ol type=\"a\"> (numbers exist only as list markers) and merges cells: a " +
    "two-row header ('Cơ quan thực hiện' colspan 2 over Chủ trì | Phối hợp), group rows A, B, C spanning 4 columns, " +
    "and the lead cell rowspan 2 over rows 1-2, 4-5, 7-8, 9-10 (each merged row takes that lead; its own time cell " +
    "-> inherited false). Tasks: table rows by STT (group rows A-C are headings) and III's dated items. Dates: 1 " +
    "'Trước 30/4/2026' -> 29/4; 2 Quý II -> 30/6; 3 tháng 8 -> 31/8; 4 'Trước ngày 31/3' -> 30/3; 5 'Hoàn thành " +
    "trong năm 2026' -> 31/12; 6 tháng 4 -> 30/4 (holiday, 1/5 holiday, weekend) -> eff 4/5; 7 'Từ tháng 4 đến " +
    "tháng 10/2026' -> 31/10 Sat -> 2/11; 8 'Thường xuyên' no task; 9 Quý III -> 30/9; 10 'Trước ngày 15/12' -> " +
    "14/12; III.1.a 'trước ngày 10/4' -> 9/4 (trình UBND tỉnh = recipient); III.1.b 'định kỳ 6 tháng' no task; " +
    "III.2.a 'chậm nhất 15/5' Fri; III.2.b 'trong tháng 6/2026' -> 30/6; III.3 'trước ngày 20/12' -> 19/12 Sat -> " +
    "eff 21/12; III.4 thường xuyên no task. 'Các sở, ban, ngành' = @departments; 'UBND các xã, phường' = UBND cấp xã " +
    "(unresolved). Export stamp '16:42 ngày 12/03/2026', Nghị định date in the basis: no tasks. PDF: Chromium from " +
    "the auto HTML.",
  province: "Thái Nguyên",
  plan: { number: "58/KH-UBND", date: "2026-03-12" },
  tasks,
  unresolved: [XA],
  successors: [],
};
fs.writeFileSync(path.join(DIR, "expected.json"), JSON.stringify(expected, null, 2).normalize("NFC") + "\n");

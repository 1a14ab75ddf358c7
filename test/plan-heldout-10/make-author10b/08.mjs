// 08: Lai Châu, 2/2026 (no districts any more) — a "Lộ trình" plan: the FIRST column is the time, vertically merged
// over the several tasks due then (Thời gian | STT | Nội dung | Chủ trì | Phối hợp). plan.pdf is the province
// portal's article page printed by Chromium (--print-to-pdf, with its date/URL header and footer, portal chrome).
import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fillRowspans, headerBlock, signBlock, toHtml, writeWordAndText } from "./model.mjs";

const SLUG = "08-lai-chau-2026-timeline-first-column-portal-page";
const XA = "UBND các xã, phường";
const DEPTS = "Các sở, ban, ngành tỉnh";
const STEPS = [
  ["Trước ngày 10/02/2026", [
    ["Ban hành Quyết định thành lập Hội đồng thẩm định Chỉ số CCHC năm 2025", "Sở Nội vụ", "Văn phòng UBND tỉnh"],
    ["Cập nhật, cấp tài khoản phần mềm đánh giá, chấm điểm Chỉ số CCHC cho các cơ quan, đơn vị",
      "Sở Khoa học và Công nghệ", "Sở Nội vụ"],
  ]],
  ["Từ ngày 23/02 đến ngày 06/3/2026", [
    ["Tự đánh giá, chấm điểm; cập nhật báo cáo và tài liệu kiểm chứng lên phần mềm", `${DEPTS}; ${XA}`, ""],
    ["Hỗ trợ kỹ thuật, giải đáp vướng mắc khi sử dụng phần mềm", "Sở Khoa học và Công nghệ", "Sở Nội vụ"],
  ]],
  ["Trước ngày 20/3/2026", [
    ["Thẩm định kết quả tự đánh giá, chấm điểm của các cơ quan, đơn vị", "Hội đồng thẩm định", "Sở Nội vụ"],
    ["Điều tra xã hội học phục vụ xác định Chỉ số CCHC (phát, thu phiếu khảo sát)", "Sở Nội vụ",
      `Bưu điện tỉnh; ${XA}`],
    ["Cung cấp số liệu thu, chi ngân sách, giải ngân vốn đầu tư công năm 2025", "Sở Tài chính",
      "Kho bạc Nhà nước khu vực"],
    ["Cung cấp kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp năm 2025", "Văn phòng UBND tỉnh",
      "Trung tâm Phục vụ hành chính công tỉnh"],
    ["Cung cấp số liệu thanh tra, giải quyết khiếu nại, tố cáo, phòng, chống tham nhũng năm 2025", "Thanh tra tỉnh",
      ""],
  ]],
  ["Trước ngày 31/3/2026", [
    ["Thông báo kết quả thẩm định lần 1 cho các cơ quan, đơn vị", "Sở Nội vụ", ""],
    ["Giải trình, bổ sung tài liệu kiểm chứng đối với tiêu chí bị trừ điểm (nếu có)", `${DEPTS}; ${XA}`, "Sở Nội vụ"],
  ]],
  ["Tháng 4/2026", [
    ["Trình UBND tỉnh phê duyệt, công bố kết quả Chỉ số CCHC năm 2025", "Sở Nội vụ", "Văn phòng UBND tỉnh"],
    ["Tổ chức Hội nghị công bố Chỉ số CCHC năm 2025, khen thưởng cơ quan, đơn vị xếp hạng cao", "Sở Nội vụ",
      "Văn phòng UBND tỉnh"],
    ["Đăng tải kết quả Chỉ số CCHC năm 2025 trên Cổng thông tin điện tử tỉnh và báo chí", "Văn phòng UBND tỉnh",
      "Báo và Phát thanh, Truyền hình Lai Châu"],
  ]],
  ["Sau khi công bố kết quả", [
    ["Xây dựng kế hoạch khắc phục tồn tại, hạn chế", `${DEPTS}; ${XA}`, "Sở Nội vụ"],
  ]],
];

const s = (text, o = {}) => ({ text, size: 22, ...o });
const P = (text, o = {}) => ({ text, indent: 709, align: "justify", ...o });
const R = (label, text) => ({ label, text, list: { kind: "roman", inst: "top" }, bold: true, indent: 709 });
const N = (label, text, inst) => ({ label, text, list: { kind: "decimal", inst }, indent: 709, align: "justify" });

function timeline() {
  const h = (t) => s(t, { bold: true, align: "center" });
  const rows = [[h("Thời gian"), h("STT"), h("Nội dung công việc"), h("Đơn vị chủ trì"), h("Đơn vị phối hợp")]];
  let n = 0;
  for (const [when, tasks] of STEPS) {
    tasks.forEach(([task, lead, partners], i) => {
      n += 1;
      const time = i === 0 ? s(when, { bold: true, align: "center", vMerge: tasks.length > 1 ? "restart" : undefined })
        : { vMerge: "continue" };
      rows.push([time, s(String(n), { align: "center" }), s(task), s(lead), s(partners)]);
    });
  }
  fillRowspans(rows);
  return { t: "table", widths: [1500, 500, 3400, 1800, 1900], header: 1, rows };
}

const blocks = [
  ...headerBlock({
    issuer: "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU",
    number: "Số: 41/KH-UBND",
    place: "Lai Châu, ngày 05 tháng 02 năm 2026",
  }),
  { text: "KẾ HOẠCH", bold: true, align: "center", before: 240 },
  { text: "Tổ chức đánh giá, xác định Chỉ số cải cách hành chính năm 2025\ncủa các sở, ban, ngành tỉnh và UBND các " +
    "xã, phường", bold: true, align: "center", after: 240 },
  P("Căn cứ Quyết định số 1120/QĐ-UBND ngày 15/9/2025 của UBND tỉnh ban hành Bộ Chỉ số CCHC áp dụng đối với các sở, " +
    "ban, ngành tỉnh và UBND các xã, phường; UBND tỉnh ban hành Kế hoạch tổ chức đánh giá như sau:"),
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  N("1.", "Đánh giá khách quan, thực chất kết quả CCHC năm 2025 (thời điểm chốt số liệu ngày 31/12/2025).", "i"),
  N("2.", "Việc đánh giá thực hiện trên phần mềm; không đánh giá trong thời gian nghỉ Tết Nguyên đán Bính Ngọ " +
    "(từ ngày 14/02 đến hết ngày 22/02/2026).", "i"),
  R("II.", "LỘ TRÌNH THỰC HIỆN"),
  timeline(),
  R("III.", "TỔ CHỨC THỰC HIỆN"),
  N("1.", "Sở Nội vụ là cơ quan thường trực, hướng dẫn, theo dõi việc thực hiện Kế hoạch.", "iii"),
  N("2.", "UBND các xã, phường cử 01 công chức làm đầu mối đánh giá, gửi danh sách về Sở Nội vụ trước ngày " +
    "12/02/2026.", "iii"),
  N("3.", "Văn phòng UBND tỉnh bảo đảm điều kiện vận hành Cổng thông tin điện tử tỉnh phục vụ đăng tải kết quả./.",
    "iii"),
  signBlock({
    recipients: ["- Bộ Nội vụ (b/c);", "- TT. Tỉnh ủy; TT. HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
      "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;", "- Lưu: VT, NC."],
    signer: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Tống Thanh Hải"],
  }),
];

const CSS = `@page{size:A4;margin:12mm}body{font-family:"Liberation Sans","DejaVu Sans",sans-serif;font-size:10.5pt;
margin:0;color:#222}.site{background:#a3171c;color:#fff;padding:10px 16px}.site b{font-size:15pt}
.nav{background:#7d1014;color:#fff;font-size:9pt;padding:4px 16px;word-spacing:14px}.crumb{font-size:8.5pt;color:#666;
padding:6px 16px}.wrap{display:flex;gap:16px;padding:0 16px}.main{flex:3}.side{flex:1;font-size:8.5pt;
border-left:1px solid #ddd;padding-left:10px}.meta{font-size:8.5pt;color:#777;border-bottom:1px solid #ddd;
padding-bottom:4px;margin-bottom:8px}p{margin:0 0 5px;text-align:justify}table{border-collapse:collapse;width:100%;
margin:6px 0}table.grid td{border:1px solid #999;padding:3px;font-size:9.5pt;vertical-align:top}
tr.head td{background:#eee}table.plain td{text-align:center;vertical-align:top}.foot{margin-top:14px;
border-top:3px solid #a3171c;font-size:8pt;color:#555;padding:6px 16px}`;

const chrome = (body) =>
  '<div class="site"><b>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LAI CHÂU</b><br>laichau.gov.vn</div>' +
  '<div class="nav">Trang chủ Giới thiệu Tin tức - Sự kiện Chỉ đạo điều hành Văn bản Dịch vụ công</div>' +
  '<div class="crumb">Trang chủ › Chỉ đạo điều hành › Kế hoạch</div><div class="wrap"><div class="main">' +
  '<h2 style="font-size:13pt;color:#a3171c;margin:4px 0">Kế hoạch tổ chức đánh giá, xác định Chỉ số cải cách hành ' +
  "chính năm 2025 của các sở, ban, ngành tỉnh và UBND các xã, phường</h2>" +
  '<div class="meta">Ngày đăng: 06/02/2026 15:42 | Lượt xem: 318 | Cỡ chữ A A A | In bài viết</div>' +
  body +
  '<p style="font-size:8.5pt;color:#777">Tệp đính kèm: 41-KH-UBND.pdf (ký số)</p></div><div class="side">' +
  "<b>VĂN BẢN MỚI</b><p>Quyết định số 186/QĐ-UBND ngày 04/02/2026</p><p>Công văn số 402/UBND-TH ngày 03/02/2026" +
  "</p><p>Thông báo số 25/TB-UBND ngày 30/01/2026</p><b>LIÊN KẾT</b><p>Cổng Dịch vụ công quốc gia</p></div></div>" +
  '<div class="foot">Cơ quan chủ quản: Ủy ban nhân dân tỉnh Lai Châu. Giấy phép số 12/GP-TTĐT ngày 10/01/2023. ' +
  "Ghi rõ nguồn khi phát hành lại thông tin từ Cổng thông tin điện tử tỉnh Lai Châu.</div>";

const dir = await writeWordAndText(SLUG, blocks, "Kế hoạch 41/KH-UBND");
const html = toHtml(blocks, CSS).replace(/<body>([\s\S]*)<\/body>/, (_, b) => `<body>${chrome(b)}</body>`);
const src = `/tmp/author10b-08-${process.pid}.html`;
writeFileSync(src, html);
execFileSync("chromium", ["--headless", "--no-sandbox", "--disable-gpu", `--user-data-dir=/tmp/author10b-chromium`,
  `--print-to-pdf=${join(dir, "plan.pdf")}`, `file://${src}`], { stdio: ["ignore", "ignore", "ignore"] });
rmSync(src, { force: true });
console.log("wrote", dir);

// 06: Thái Nguyên 2025, after the reorganisation — UBND tỉnh Thái Nguyên's plan for the 2025 recruitment exam of
// commune-level civil servants, as PUBLISHED ON THE PROVINCE'S PORTAL: plan.txt is the text copied from the article
// page (breadcrumb, posting date, view count, share links, the attachment line, "Tin cùng chuyên mục"); plan.pdf is
// that page printed from the browser with its own header and footer (print date, page title, URL, "1/3"); the two
// .docx are the Word file the office uploaded. The schedule table numbers its rows in two levels: bold stage rows
// 1-4 and task rows a, b, c … under each (the letters restart per stage; auto docx: a lowerLetter list per stage).
import fs from "node:fs";
import { execFileSync, spawn } from "node:child_process";
import { build, task, toText, toHtml } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "06-thai-nguyen-2025-portal-article-browser-print-header-footer-letter-sub-stt";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const SNV = "Sở Nội vụ";
const HD = "Hội đồng tuyển dụng";
const XA = "UBND các xã, phường";
const BAO = "Báo và Phát thanh, Truyền hình Thái Nguyên";

// stage rows [STT, text] and task rows [letter, content, time cell, units cell, due|null, lead[], coord[]]
const TABLE = [
  ["1", "Chuẩn bị tuyển dụng", [
    ["a", "Xây dựng, trình phê duyệt chỉ tiêu tuyển dụng công chức cấp xã theo từng xã, phường", "Trước 31/10/2025",
      `${SNV} chủ trì; ${XA} phối hợp`, "2025-10-30", [SNV], ["UBND cấp xã"]],
    ["b", "Đăng thông báo tuyển dụng trên Báo và Phát thanh, Truyền hình Thái Nguyên, Cổng thông tin điện tử tỉnh, " +
      "niêm yết tại trụ sở UBND các xã, phường", "Ngày 03/11/2025", `${SNV} chủ trì; ${BAO}, ${XA} phối hợp`,
      "2025-11-03", [SNV], ["Báo và Phát thanh, Truyền hình Thái Nguyên", "UBND cấp xã"]],
  ]],
  ["2", "Tiếp nhận Phiếu đăng ký dự tuyển", [
    ["a", "Tiếp nhận Phiếu đăng ký dự tuyển (30 ngày kể từ ngày thông báo)", "Từ 03/11/2025 đến 17 giờ 00 ngày " +
      "02/12/2025", XA, "2025-12-02", ["UBND cấp xã"], []],
    ["b", "Tổng hợp danh sách người đăng ký dự tuyển, gửi Sở Nội vụ", "Trước 06/12/2025", XA, "2025-12-05",
      ["UBND cấp xã"], []],
  ]],
  ["3", "Tổ chức thi tuyển", [
    ["a", "Thành lập Hội đồng tuyển dụng, Ban giám sát kỳ tuyển dụng", "Tháng 11/2025", SNV, "2025-11-30", [SNV], []],
    ["b", "Thông báo danh sách thí sinh đủ điều kiện, triệu tập thí sinh dự thi vòng 1", "Chậm nhất ngày 22/12/2025",
      HD, "2025-12-22", [HD], []],
    ["c", "Tổ chức thi vòng 1 trên máy vi tính", "Dự kiến tháng 01/2026",
      `${HD} chủ trì; Sở Khoa học và Công nghệ phối hợp`, "2026-01-31", [HD], ["Sở Khoa học và Công nghệ"]],
    ["d", "Tổ chức thi vòng 2 (phỏng vấn)", "Sau khi có kết quả vòng 1", HD, null, [HD], []],
  ]],
  ["4", "Công nhận kết quả, tuyển dụng", [
    ["a", "Phê duyệt, thông báo kết quả trúng tuyển", "Quý I/2026", `${SNV} (trên cơ sở báo cáo của ${HD})`,
      "2026-03-31", [SNV], []],
    ["b", "Ra quyết định tuyển dụng, phân công công tác đối với người trúng tuyển", "Trong thời hạn 15 ngày kể từ " +
      "ngày người trúng tuyển hoàn thiện hồ sơ", XA, null, ["UBND cấp xã"], []],
  ]],
];
const tasks = [];
const rows = [["STT", "Nội dung công việc", "Thời gian", "Đơn vị thực hiện"]];
for (const [stt, name, items] of TABLE) {
  rows.push([{ text: stt, bold: true, align: "center", list: { kind: "cell", inst: "g" } },
    { text: name, bold: true, span: 3 }]);
  for (const [l, what, time, units, due, lead, coord] of items) {
    rows.push([{ text: l, align: "center", list: { kind: "lcell", inst: "l" + stt } }, what, time, units]);
    if (due) tasks.push(task(`${stt}.${l}`, what, due, lead, coord));
  }
}
tasks.push(task("IV.3", "Rà soát vị trí việc làm, số lượng công chức cấp xã còn thiếu, báo cáo Sở Nội vụ",
  "2025-10-24", ["UBND cấp xã"]));

const R = { kind: "roman", inst: "R" };
const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: R });
const n = (inst) => (num, text) => ({ t: "p", num, text, list: { kind: "decimal", inst } });
const n1 = n("I");
const n2 = n("II");
const n4 = n("IV");
const plain = (text) => ({ t: "p", text });

const TITLE = "Tổ chức thi tuyển công chức cấp xã năm 2025";
const body = [
  plain("Thực hiện Nghị định số 170/2025/NĐ-CP ngày 30/6/2025 của Chính phủ quy định về tuyển dụng, sử dụng và quản " +
    "lý công chức; căn cứ Quyết định số 1206/QĐ-UBND ngày 05/9/2025 của UBND tỉnh giao biên chế công chức cấp xã " +
    "năm 2025, UBND tỉnh ban hành Kế hoạch tổ chức thi tuyển công chức cấp xã năm 2025 như sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  n1("1.", "Tuyển dụng đủ số lượng công chức làm việc tại UBND các xã, phường theo vị trí việc làm còn thiếu sau sắp " +
    "xếp đơn vị hành chính."),
  n1("2.", "Việc tuyển dụng bảo đảm công khai, minh bạch, khách quan và đúng pháp luật."),
  sec("II.", "CHỈ TIÊU, ĐIỀU KIỆN, HÌNH THỨC TUYỂN DỤNG"),
  n2("1.", "Chỉ tiêu: 186 chỉ tiêu tại 92 xã, phường (chi tiết tại Phụ lục kèm theo)."),
  n2("2.", "Điều kiện đăng ký dự tuyển: theo Điều 7 Nghị định số 170/2025/NĐ-CP."),
  n2("3.", "Hình thức: thi tuyển, gồm 02 vòng; vòng 1 thi trắc nghiệm trên máy vi tính, vòng 2 thi phỏng vấn."),
  sec("III.", "THỜI GIAN, TRÌNH TỰ THỰC HIỆN"),
  { t: "table", widths: [700, 4100, 2000, 2554], header: 1, rows },
  sec("IV.", "TỔ CHỨC THỰC HIỆN"),
  n4("1.", "Sở Nội vụ là cơ quan thường trực, chủ trì tổ chức kỳ tuyển dụng theo đúng trình tự tại Mục III; kịp " +
    "thời báo cáo UBND tỉnh những vấn đề phát sinh."),
  n4("2.", "Sở Tài chính hướng dẫn việc thu, sử dụng phí dự tuyển và bố trí kinh phí tổ chức kỳ tuyển dụng."),
  n4("3.", "UBND các xã, phường rà soát vị trí việc làm, số lượng công chức còn thiếu, báo cáo Sở Nội vụ trước ngày " +
    "25/10/2025; phối hợp niêm yết thông báo tuyển dụng và tiếp nhận Phiếu đăng ký dự tuyển."),
  n4("4.", "Báo và Phát thanh, Truyền hình Thái Nguyên, Cổng thông tin điện tử tỉnh đăng tải thông báo tuyển dụng."),
  plain("Trên đây là Kế hoạch tổ chức thi tuyển công chức cấp xã năm 2025 của UBND tỉnh Thái Nguyên./."),
];
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 284/KH-UBND", "Thái Nguyên, ngày 17 tháng 10 năm 2025",
    "KẾ HOẠCH", TITLE),
  ...body,
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "CT, các PCT UBND tỉnh", "Các sở, ban, ngành",
    "UBND các xã, phường", "Cổng TTĐT tỉnh"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Phạm Hoàng Sơn"),
];

// The portal article: no Decree 30 header table; the page wraps the body in its own furniture.
const PAGE = "van-ban-chi-dao-dieu-hanh/-/asset_publisher/ke-hoach-284-kh-ubnd-to-chuc-thi-tuyen-cong-chuc-cap-xa-" +
  "nam-2025";
const top = [
  "Trang chủ  »  Văn bản chỉ đạo điều hành  »  Kế hoạch",
  "Kế hoạch số 284/KH-UBND ngày 17/10/2025 của UBND tỉnh về tổ chức thi tuyển công chức cấp xã năm 2025",
  "Ngày đăng: 20/10/2025 | 15:42     Lượt xem: 1.284",
  "Chia sẻ:  Facebook  Zalo  In trang  Gửi email",
  "UBND TỈNH THÁI NGUYÊN",
  "KẾ HOẠCH",
  TITLE,
];
const bottom = [
  "(Ký bởi: Phạm Hoàng Sơn - Phó Chủ tịch UBND tỉnh)",
  "Tệp đính kèm:  284-KH-UBND.pdf (412 KB)  Tải về",
  "Tin cùng chuyên mục",
  "Quyết định số 1206/QĐ-UBND ngày 05/9/2025 giao biên chế công chức cấp xã năm 2025 (05/09/2025)",
  "Công văn số 3187/UBND-NC ngày 26/9/2025 về việc rà soát vị trí việc làm tại các xã, phường (26/09/2025)",
];
const pageBlocks = [...top.map((text, i) => ({ t: "p", text, indent: false, bold: i === 1 || i > 3,
  align: i > 3 ? "center" : undefined })), ...body,
  { t: "p", text: "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nPhạm Hoàng Sơn", bold: true, align: "right" },
  ...bottom.map((text, i) => ({ t: "p", text, indent: false, bold: i === 2 }))];
const txt = toText(pageBlocks);

const css = "@page{size:A4;margin:1.2cm}body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10.5pt;" +
  "color:#222}p{text-indent:0}table.bd td,table.bd th{font-size:10pt}p.right{text-align:right}" +
  ".sec-0>p:first-child{color:#1a4f8b;font-size:9pt}.sec-0>p:nth-child(2){font-size:14pt;color:#b30000}" +
  ".sec-0>p:nth-child(3),.sec-0>p:nth-child(4){font-size:9pt;color:#666}";
async function chromiumPage(out) {
  // The page is served under the portal's host name (mapped to this machine) so that the browser's footer shows the
  // portal address, as when an officer prints the article.
  const root = "/tmp/author23b-www";
  fs.mkdirSync(`${root}/${PAGE}`, { recursive: true });
  fs.writeFileSync(`${root}/${PAGE}/index.html`, toHtml(pageBlocks, css).replace("<head>", "<head><title>Kế hoạch " +
    "số 284/KH-UBND - Cổng thông tin điện tử tỉnh Thái Nguyên</title>"));
  const server = spawn("python3", ["-m", "http.server", "80", "--bind", "127.0.0.1", "--directory", root],
    { stdio: "ignore" });
  await new Promise((r) => setTimeout(r, 1500));
  try {
    // Printed as a user does from the browser: header (date, title) and footer (address, page n/m) kept.
    execFileSync("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=/tmp/author23b-chrome",
      "--host-resolver-rules=MAP thainguyen.gov.vn 127.0.0.1", `--print-to-pdf=${out}`,
      `http://thainguyen.gov.vn/${PAGE}/`], { stdio: "ignore" });
  } finally { server.kill(); }
}

await build(DIR, {
  blocks, txt, printer: chromiumPage,
  expected: {
    id: ID,
    style: "Kế hoạch 284/KH-UBND of UBND tỉnh Thái Nguyên (17/10/2025, after the reorganisation) for the 2025 " +
      "recruitment exam of commune-level civil servants, as published on the province's portal: plan.txt is the " +
      "text copied from the article page (breadcrumb, title line with number and date, 'Ngày đăng … Lượt xem', share " +
      "links, no Decree 30 header table, the signer line, the attachment line and 'Tin cùng chuyên mục' with two " +
      "other documents' dates); plan.pdf is the page printed from Chromium with the browser's header and footer " +
      "(print date, page title, URL, page n/m); the docx files are the uploaded Word original. The plan's date is " +
      "the document's (17/10), not the posting date. III: one table STT | Nội dung công việc | Thời gian | Đơn vị " +
      "thực hiện with bold stage rows 1-4 (spanning, no task) and task rows lettered a, b, … restarting per stage; " +
      "ref = stage.letter ('2.b'). The units cell says 'X chủ trì; Y phối hợp' (lead/coordinators); a bare unit is " +
      "the lead; '(trên cơ sở báo cáo của Hội đồng tuyển dụng)' is not a unit of 4.a. Dates: 'Trước 31/10' -> 30/10; " +
      "'Trước 06/12' -> 5/12; 'Ngày 03/11', 'Chậm nhất ngày 22/12' as written; 'Từ 03/11 đến 17 giờ 00 ngày " +
      "02/12/2025' -> 2/12; 'Tháng 11/2025' -> 30/11 Sun -> 1/12; 'Dự kiến tháng 01/2026' -> 31/1 Sat -> 2/2; 'Quý " +
      "I/2026' -> 31/3. Left out: 3.d, 4.b (after other events, undated). IV.3 is a task ('báo cáo Sở Nội vụ trước " +
      "ngày 25/10/2025' -> 24/10; Sở Nội vụ a recipient); IV.1, IV.2, IV.4 undated. 'UBND các xã, phường' -> UBND " +
      "cấp xã.",
    province: "Thái Nguyên",
    plan: { number: "284/KH-UBND", date: "2025-10-17" },
    tasks,
    unresolved: ["UBND cấp xã", HD],
    successors: [],
  },
});

// 04: Bắc Kạn, UBND tỉnh, Kế hoạch 71/KH-UBND, 10/3/2023 — triển khai Đề án 06 năm 2023. A PROSE plan: section II
// names each unit in a numbered point and lists its work as lettered points a), b), c), each with its own deadline.
// plan.pdf is the print a clerk takes from the DOCUMENT-MANAGEMENT SYSTEM's viewer: every page stamped at the top
// with the viewer line "Người xem: Nguyễn Thị Hoa - 09:15 12/5/2023", a digital-signature box (signer, signing time)
// on page 1, "Trang x/y" footers (HTML through Chromium with @page margin boxes); plan.txt = `pdftotext` of that PDF,
// stamps included. The stamps' dates are no deadlines; the plan's date is its header's.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { build, task, toHtml } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";

const ID = "04-bac-kan-2023-prose-lettered-points-dms-viewer-stamped-pdf-signature-box-pdftotext-copy";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const CA = "Công an tỉnh", TT = "Sở Thông tin và Truyền thông", VP = "Văn phòng UBND tỉnh";
const LD = "Sở Lao động - Thương binh và Xã hội", H = "UBND các huyện, thành phố";

// [unit heading, [[point text, task|null]]]
const units = [
  [CA, [
    ["Hoàn thành thu nhận hồ sơ cấp căn cước công dân gắn chíp điện tử cho công dân đủ điều kiện trên địa bàn tỉnh " +
      "trước ngày 30/6/2023;",
    ["Hoàn thành thu nhận hồ sơ cấp căn cước công dân gắn chíp điện tử cho công dân đủ điều kiện", "2023-06-29", [CA], []]],
    [`Chủ trì, phối hợp với ${TT}, ${VP} làm sạch dữ liệu dân cư, bảo đảm dữ liệu “đúng, đủ, sạch, sống”, hoàn thành ` +
      "trong quý II/2023;",
    ["làm sạch dữ liệu dân cư, bảo đảm dữ liệu “đúng, đủ, sạch, sống”", "2023-06-30", [CA], [TT, VP]]],
    ["Tổ chức sơ kết 06 tháng thực hiện Đề án, báo cáo UBND tỉnh chậm nhất ngày 05/7/2023.",
    ["Tổ chức sơ kết 06 tháng thực hiện Đề án", "2023-07-05", [CA], []]],
  ]],
  [TT, [
    ["Nâng cấp Cổng Dịch vụ công và Hệ thống thông tin một cửa điện tử tỉnh, kết nối, tích hợp với Cơ sở dữ liệu quốc " +
      "gia về dân cư trong tháng 4/2023;",
    ["Nâng cấp Cổng Dịch vụ công và Hệ thống thông tin một cửa điện tử tỉnh", "2023-04-30", [TT], []]],
    ["Hướng dẫn các sở, ngành, địa phương rà soát hạ tầng mạng, bảo đảm an toàn thông tin khi kết nối, xong trước ngày " +
      "15/5/2023;",
    ["Hướng dẫn các sở, ngành, địa phương rà soát hạ tầng mạng, bảo đảm an toàn thông tin", "2023-05-14", [TT], []]],
    [`Phối hợp với ${CA} tuyên truyền về lợi ích của việc sử dụng tài khoản định danh điện tử trên các nền tảng số.`, null],
  ]],
  ["Sở Y tế", [
    ["Chủ trì, phối hợp với Bảo hiểm xã hội tỉnh chỉ đạo 100% cơ sở khám bệnh, chữa bệnh sử dụng căn cước công dân " +
      "gắn chíp thay thẻ bảo hiểm y tế, hoàn thành trước ngày 01/6/2023;",
    ["chỉ đạo 100% cơ sở khám bệnh, chữa bệnh sử dụng căn cước công dân gắn chíp thay thẻ bảo hiểm y tế", "2023-05-31",
      ["Sở Y tế"], ["Bảo hiểm xã hội tỉnh"]]],
    ["Triển khai cấp giấy chứng sinh, giấy báo tử điện tử liên thông tại các bệnh viện tuyến tỉnh, tuyến huyện trong " +
      "quý III/2023.",
    ["Triển khai cấp giấy chứng sinh, giấy báo tử điện tử liên thông", "2023-09-30", ["Sở Y tế"], []]],
  ]],
  ["Sở Tư pháp", [
    [`Chủ trì, phối hợp với ${CA}, ${H} rà soát, số hóa dữ liệu hộ tịch từ sổ giấy, hoàn thành trước ngày 31/10/2023;`,
    ["rà soát, số hóa dữ liệu hộ tịch từ sổ giấy", "2023-10-30", ["Sở Tư pháp"], [CA, "@districts"]]],
    ["Đánh giá kết quả thực hiện liên thông thủ tục hành chính “Đăng ký khai sinh - Đăng ký thường trú - Cấp thẻ bảo " +
      "hiểm y tế cho trẻ em dưới 6 tuổi”, báo cáo UBND tỉnh trong tháng 8/2023.",
    ["Đánh giá kết quả thực hiện liên thông thủ tục hành chính", "2023-08-31", ["Sở Tư pháp"], []]],
  ]],
  [LD, [
    ["Chi trả trợ cấp xã hội, ưu đãi người có công qua tài khoản ngân hàng, phấn đấu đạt 80% đối tượng trong năm 2023.",
    ["Chi trả trợ cấp xã hội, ưu đãi người có công qua tài khoản ngân hàng", "2023-12-31", [LD], []]],
  ]],
  [H, [
    ["Chỉ đạo UBND cấp xã cập nhật, điều chỉnh thông tin công dân trên Cơ sở dữ liệu quốc gia về dân cư, hoàn thành " +
      "chậm nhất ngày 20/6/2023;",
    ["Chỉ đạo UBND cấp xã cập nhật, điều chỉnh thông tin công dân trên Cơ sở dữ liệu quốc gia về dân cư", "2023-06-20",
      ["@districts"], []]],
    [`Gửi báo cáo kết quả thực hiện 6 tháng đầu năm 2023 về ${CA} (qua Phòng Cảnh sát quản lý hành chính về trật tự ` +
      "xã hội) trước ngày 10/6/2023.",
    ["Gửi báo cáo kết quả thực hiện 6 tháng đầu năm 2023", "2023-06-09", ["@districts"], []]],
  ]],
];

const L = "abcdefghij";
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 71/KH-UBND", "Bắc Kạn, ngày 10 tháng 3 năm 2023", "KẾ HOẠCH",
    "Triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử (Đề án 06) trên địa bàn " +
    "tỉnh Bắc Kạn năm 2023"),
  { t: "p", align: "justify", text: "Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ, UBND " +
    "tỉnh Bắc Kạn ban hành Kế hoạch triển khai Đề án 06 năm 2023, cụ thể như sau:" },
  { t: "p", num: "I.", text: "MỤC ĐÍCH, YÊU CẦU", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: "Phân công cụ thể nhiệm vụ, thời hạn hoàn thành cho từng cơ quan, đơn vị; bảo đảm " +
    "kết nối, chia sẻ dữ liệu dân cư phục vụ giải quyết thủ tục hành chính và cung cấp dịch vụ công trực tuyến." },
  { t: "p", num: "II.", text: "NHIỆM VỤ CỤ THỂ", bold: true, list: { kind: "roman", inst: "r" } },
  ...units.flatMap(([u, pts], i) => [
    { t: "p", num: `${i + 1}.`, text: u, bold: true, list: { kind: "decimal", inst: "u" } },
    ...pts.map(([text], j) => ({ t: "p", num: `${L[j]})`, text, align: "justify", list: { kind: "letter", inst: `l${i}` } })),
  ]),
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", align: "justify", text: `Giao ${CA} (cơ quan thường trực Tổ công tác Đề án 06 tỉnh) theo dõi, đôn đốc, ` +
    "tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND tỉnh theo quy định." },
  ...sign(["Tổ công tác Đề án 06 Chính phủ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "CT, PCT UBND tỉnh", "Các sở, ban, ngành",
    H], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đinh Quang Tuyên"),
];

const VIEWER = "Người xem: Nguyễn Thị Hoa - 09:15 12/5/2023";
const css = `@page{size:A4;margin:22mm 15mm 20mm 25mm;
@top-left{content:"${VIEWER}";font:italic 9pt "Liberation Sans",sans-serif;color:#c00000}
@top-right{content:"eOffice Bắc Kạn - Hệ thống quản lý văn bản và điều hành";font:9pt "Liberation Sans",sans-serif;color:#555}
@bottom-center{content:"Trang " counter(page) "/" counter(pages);font:10pt "Liberation Sans",sans-serif}}
.sig{float:right;width:72mm;border:1.5pt solid #c00000;color:#c00000;font:9pt "Liberation Sans",sans-serif;
padding:3pt 5pt;margin:0 0 6pt 8pt}.sig p{margin:0;text-indent:0;text-align:left}`;
const SIG = '<div class="sig"><p><b>Ký bởi: Ủy ban nhân dân tỉnh Bắc Kạn</b></p><p>Email: ubnd@backan.gov.vn</p>' +
  "<p>Cơ quan: Tỉnh Bắc Kạn</p><p>Thời gian ký: 10.03.2023 16:42:05 +07:00</p></div>";

// The viewer's print: HTML through Chromium, the stamps as page margin boxes, the signature box on page 1.
function printer(out) {
  const html = `/tmp/author36a-04-${process.pid}.html`;
  fs.writeFileSync(html, toHtml(blocks, css).replace("<body>", "<body>" + SIG));
  execFileSync("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
    "--user-data-dir=/tmp/author36a-chrome", `--print-to-pdf=${out}`, "file://" + html], { stdio: "ignore" });
}

const tasks = units.flatMap(([, pts], i) => pts.flatMap(([, t], j) => (t ? [task(`II.${i + 1}.${L[j]}`, ...t)] : [])));

await build(DIR, {
  blocks, printer,
  expected: {
    id: ID,
    style: "Kế hoạch 71/KH-UBND of UBND tỉnh Bắc Kạn, 10/3/2023 (departments as before 7/2025; 'UBND các huyện, thành " +
      "phố' = @districts), Đề án 06 năm 2023. Prose: section II names a unit in each numbered point (1. Công an tỉnh, " +
      "2. Sở TT&TT, …) and lists its work as lettered points a), b), c); the numbered unit leads each of its points " +
      "('Chủ trì, phối hợp với X …' adds X as coordinators); ref = 'II.1.a'; title = the point's work up to its " +
      "deadline. plan.pdf is the DOCUMENT-MANAGEMENT SYSTEM viewer's print: every page carries 'Người xem: Nguyễn Thị " +
      "Hoa - 09:15 12/5/2023' and the system's name at the top, 'Trang x/y' at the foot, page 1 a red digital-signature " +
      "box 'Ký bởi: Ủy ban nhân dân tỉnh Bắc Kạn … Thời gian ký: 10.03.2023 16:42:05 +07:00'; plan.txt is pdftotext of " +
      "that PDF, stamps included. Neither stamp date is a deadline nor the plan's date (10/3/2023 from the header). " +
      "Dates: 1.a 'trước ngày 30/6/2023' -> 29/6 Thu; 1.b 'trong quý II/2023' 30/6 Fri; 1.c 'báo cáo UBND tỉnh chậm " +
      "nhất ngày 05/7/2023' Wed (UBND tỉnh recipient); 2.a 'trong tháng 4/2023' 30/4 Sun, 1-3/5 holidays -> 4/5 Thu; " +
      "2.b 'xong trước ngày 15/5/2023' -> 14/5 Sun -> 15/5 Mon; 2.c no date, no task; 3.a 'trước ngày 01/6/2023' -> " +
      "31/5 Wed; 3.b 'trong quý III/2023' 30/9 Sat -> 2/10 Mon; 4.a 'trước ngày 31/10/2023' -> 30/10 Mon; 4.b 'báo " +
      "cáo UBND tỉnh trong tháng 8/2023' 31/8 Thu; 5.a 'trong năm 2023' 31/12 Sun, 1/1/2024 holiday -> 2/1/2024 Tue; " +
      "6.a 'chậm nhất ngày 20/6/2023' Tue ('UBND cấp xã' is the object of 'Chỉ đạo', no unit of the task); 6.b " +
      "'trước ngày 10/6/2023' -> 9/6 Fri (Công an tỉnh the recipient). Word files from the kit (plan-auto: Roman, decimal and " +
      "lettered Word lists, the letters restarting under each unit).",
    province: "Bắc Kạn",
    plan: { number: "71/KH-UBND", date: "2023-03-10" },
    tasks, unresolved: [], successors: [],
  },
});

// plan.txt: the clerk's copy is pdftotext of the viewer's print.
execFileSync("pdftotext", ["-enc", "UTF-8", path.join(DIR, "plan.pdf"), path.join(DIR, "plan.txt")]);

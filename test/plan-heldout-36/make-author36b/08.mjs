// 08: Thái Nguyên 2026 (after the reorganisation, Bắc Kạn merged in), UBND tỉnh, Kế hoạch 58/KH-UBND, 26/02/2026 —
// phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026. Tasks under BOLD UNIT HEADINGS ("1. Sở Nông nghiệp và Môi
// trường"), deadlines in the wordings offices vary: "xong trước …", "hoàn thành chậm nhất vào ngày …", "hạn cuối …",
// "không muộn hơn ngày …", "trình ký trước …". plan.pdf as the province PORTAL publishes it: LibreOffice's print,
// then copy-protected by qpdf (AES-256, empty user password, an owner password, no extraction, no modifying).
import fs from "node:fs";
import { execFileSync } from "node:child_process";
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";

const ID = "08-thai-nguyen-2026-portal-pdf-owner-password-bold-unit-headings-varied-deadline-wordings";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;

// [heading, [[letter or "-", text]]]
const U = [
  ["Sở Nông nghiệp và Môi trường", [
    ["a)", "Tham mưu kiện toàn Ban Chỉ huy phòng thủ dân sự tỉnh và phân công nhiệm vụ các thành viên, xong trước " +
      "ngày 15/3/2026."],
    ["b)", "Rà soát, cập nhật Kế hoạch phòng, chống thiên tai cấp tỉnh giai đoạn 2026-2030 sau sắp xếp đơn vị hành " +
      "chính, hoàn thành chậm nhất vào ngày 30/4/2026."],
    ["c)", "Kiểm tra, đánh giá an toàn các hồ chứa nước, đê điều trước mùa mưa lũ; hạn cuối ngày 29/5/2026."],
    ["d)", "Tổng hợp, báo cáo UBND tỉnh và Ban Chỉ đạo quốc gia kết quả công tác phòng, chống thiên tai 6 tháng đầu " +
      "năm 2026, hạn cuối 10/7/2026."],
  ]],
  ["Sở Tài chính", [
    ["-", "Chủ trì, phối hợp với Sở Nông nghiệp và Môi trường tham mưu bố trí kinh phí từ Quỹ phòng, chống thiên tai " +
      "cho các nhiệm vụ cấp bách, xong trước 20/3/2026."],
  ]],
  ["Sở Xây dựng", [
    ["a)", "Kiểm tra các tuyến đường, cầu yếu, ngầm tràn có nguy cơ mất an toàn trong mùa mưa bão, không muộn hơn ngày " +
      "15/5/2026."],
    ["b)", "Xây dựng Phương án bảo đảm giao thông khi xảy ra sạt lở, ngập lụt trên các tuyến quốc lộ, tỉnh lộ, trình " +
      "ký trước ngày 12/6/2026."],
  ]],
  ["Sở Khoa học và Công nghệ", [
    ["-", "Bảo đảm thông tin liên lạc phục vụ chỉ đạo, điều hành ứng phó thiên tai đến các xã vùng cao, hoàn thành " +
      "chậm nhất vào ngày 30/6/2026."],
  ]],
  ["Công an tỉnh", [
    ["-", "Xây dựng phương án cứu nạn, cứu hộ tại các khu vực có nguy cơ lũ quét, sạt lở đất, không muộn hơn ngày " +
      "14/8/2026; thường xuyên tham gia tìm kiếm cứu nạn khi có yêu cầu."],
  ]],
  ["Báo và Phát thanh, Truyền hình Thái Nguyên", [
    ["-", "Duy trì chuyên mục phổ biến kiến thức, kỹ năng phòng tránh thiên tai; đưa tin kịp thời các bản tin dự " +
      "báo, cảnh báo thiên tai."],
  ]],
  ["Sở Giáo dục và Đào tạo", [
    ["-", "Ban hành văn bản hướng dẫn các trường học lồng ghép nội dung phòng, chống thiên tai, phòng tránh đuối nước " +
      "vào năm học 2026-2027, trình ký trước ngày 20/8/2026."],
  ]],
  ["UBND các xã, phường", [
    ["a)", "Kiện toàn Ban Chỉ huy phòng thủ dân sự cấp xã, xong trước ngày 31/3/2026."],
    ["b)", "Tổ chức diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn cấp xã theo phương án \"4 tại chỗ\", hoàn " +
      "thành chậm nhất vào ngày 30/9/2026."],
    ["c)", "Báo cáo kết quả công tác phòng, chống thiên tai năm 2026 gửi Sở Nông nghiệp và Môi trường, hạn cuối ngày " +
      "05/12/2026."],
  ]],
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 58/KH-UBND", "Thái Nguyên, ngày 26 tháng 02 năm 2026", "KẾ HOẠCH",
    "Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026"),
  { t: "p", text: "Thực hiện Luật Phòng, chống thiên tai và các văn bản hướng dẫn; căn cứ tình hình thực tế sau sắp " +
    "xếp đơn vị hành chính, UBND tỉnh ban hành Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026, như sau:" },
  { t: "p", num: "I.", text: "MỤC ĐÍCH, YÊU CẦU", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", text: "Chủ động phòng ngừa, ứng phó kịp thời, hiệu quả với các loại hình thiên tai; thực hiện tốt phương " +
    "châm \"4 tại chỗ\", giảm thiểu thiệt hại về người và tài sản; phân định rõ trách nhiệm, thời hạn của từng cơ " +
    "quan, đơn vị, địa phương." },
  { t: "p", num: "II.", text: "NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ", bold: true, list: { kind: "roman", inst: "r" } },
  ...U.flatMap(([unit, items], i) => [
    { t: "p", num: `${i + 1}.`, text: unit, bold: true, list: { kind: "decimal", inst: "u" } },
    ...items.map(([m, text]) => ({ t: "p", num: m, text,
      list: { kind: m === "-" ? "dash" : "letter", inst: `u${i}` } })),
  ]),
  { t: "p", num: "III.", text: "TỔ CHỨC THỰC HIỆN", bold: true, list: { kind: "roman", inst: "r" } },
  { t: "p", text: "Các cơ quan, đơn vị, địa phương căn cứ nhiệm vụ được giao tổ chức thực hiện; Sở Nông nghiệp và Môi " +
    "trường (cơ quan thường trực Ban Chỉ huy phòng thủ dân sự tỉnh) theo dõi, đôn đốc, tổng hợp, kịp thời báo cáo " +
    "UBND tỉnh những vấn đề phát sinh. UBND cấp xã chịu trách nhiệm trước UBND tỉnh về công tác phòng, chống thiên " +
    "tai trên địa bàn./." },
  ...sign(["Ban Chỉ đạo quốc gia về PCTT (b/c)", "TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh",
    "Các sở, ban, ngành", "UBND các xã, phường", "Cổng Thông tin điện tử tỉnh"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Thanh Bình"),
];

function printer(out) {
  const tmp = fs.mkdtempSync("/tmp/make-author36b-08-");
  execFileSync("soffice", ["-env:UserInstallation=file:///tmp/lo-author36b", "--headless", "--convert-to", "pdf",
    "--outdir", tmp, DIR + "plan-auto.docx"], { stdio: "ignore" });
  execFileSync("qpdf", ["--encrypt", "", "Congthongtin@TN2026", "256", "--extract=n", "--modify=none", "--",
    `${tmp}/plan-auto.pdf`, out]);
}

const NM = "Sở Nông nghiệp và Môi trường";
const XA = "UBND cấp xã";
const T = (u, k) => U[u][1][k][1];
const tasks = [
  task("II.1.a", "Tham mưu kiện toàn Ban Chỉ huy phòng thủ dân sự tỉnh và phân công nhiệm vụ các thành viên",
    "2026-03-14", [NM]),
  task("II.1.b", "Rà soát, cập nhật Kế hoạch phòng, chống thiên tai cấp tỉnh giai đoạn 2026-2030", "2026-04-30", [NM]),
  task("II.1.c", "Kiểm tra, đánh giá an toàn các hồ chứa nước, đê điều trước mùa mưa lũ", "2026-05-29", [NM]),
  task("II.1.d", "Tổng hợp, báo cáo UBND tỉnh và Ban Chỉ đạo quốc gia kết quả công tác phòng, chống thiên tai 6 tháng " +
    "đầu năm 2026", "2026-07-10", [NM]),
  task("II.2", "Tham mưu bố trí kinh phí từ Quỹ phòng, chống thiên tai cho các nhiệm vụ cấp bách", "2026-03-19",
    ["Sở Tài chính"], [NM]),
  task("II.3.a", "Kiểm tra các tuyến đường, cầu yếu, ngầm tràn có nguy cơ mất an toàn trong mùa mưa bão",
    "2026-05-15", ["Sở Xây dựng"]),
  task("II.3.b", "Xây dựng Phương án bảo đảm giao thông khi xảy ra sạt lở, ngập lụt trên các tuyến quốc lộ, tỉnh lộ",
    "2026-06-11", ["Sở Xây dựng"]),
  task("II.4", "Bảo đảm thông tin liên lạc phục vụ chỉ đạo, điều hành ứng phó thiên tai đến các xã vùng cao",
    "2026-06-30", ["Sở Khoa học và Công nghệ"]),
  task("II.5", "Xây dựng phương án cứu nạn, cứu hộ tại các khu vực có nguy cơ lũ quét, sạt lở đất", "2026-08-14",
    ["Công an tỉnh"]),
  task("II.7", "Ban hành văn bản hướng dẫn các trường học lồng ghép nội dung phòng, chống thiên tai, phòng tránh đuối " +
    "nước vào năm học 2026-2027", "2026-08-19", ["Sở Giáo dục và Đào tạo"]),
  task("II.8.a", "Kiện toàn Ban Chỉ huy phòng thủ dân sự cấp xã", "2026-03-30", [XA]),
  task("II.8.b", "Tổ chức diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn cấp xã", "2026-09-30", [XA]),
  task("II.8.c", "Báo cáo kết quả công tác phòng, chống thiên tai năm 2026", "2026-12-05", [XA]),
];
void T;

await build(DIR, {
  blocks, printer,
  expected: {
    id: ID,
    style: "Kế hoạch 58/KH-UBND of UBND tỉnh Thái Nguyên, 26/02/2026 (after the reorganisation: merged departments, " +
      "no districts), phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026. plan.pdf as the province's PORTAL " +
      "publishes it: LibreOffice's print, then copy-protected by qpdf (AES-256, empty user password so it opens, an " +
      "owner password, extraction and modifying not allowed). Section II 'Nhiệm vụ của các cơ quan, đơn vị': BOLD " +
      "UNIT HEADINGS numbered 1-8 ('1. Sở Nông nghiệp và Môi trường'), the heading's unit leads every item under " +
      "it; items a), b)… or a single dash item; ref = II + heading number (+ letter): II.1.a, II.2 (dash). The " +
      "deadline ends each item in wordings that vary: 'xong trước (ngày) X' = X-1; 'hoàn thành chậm nhất vào ngày X' " +
      "= X; 'hạn cuối (ngày) X' = X; 'không muộn hơn ngày X' = X; 'trình ký trước ngày X' = X-1 (the paper signed " +
      "before X). II.6 (Báo và Phát thanh, Truyền hình Thái Nguyên) has no date: no task; the 'thường xuyên' clause " +
      "of II.5 is no second task. 'Chủ trì, phối hợp với Sở Nông nghiệp và Môi trường' (II.2) = coordinator; 'báo " +
      "cáo UBND tỉnh và Ban Chỉ đạo quốc gia', 'gửi Sở Nông nghiệp và Môi trường' are recipients. 'UBND các xã, " +
      "phường' = UBND cấp xã (unresolved). Dates: II.1.a 'xong trước ngày 15/3/2026' -> 14/3 Sat -> 16/3; II.1.b " +
      "'chậm nhất vào ngày 30/4/2026' holiday, 1/5 holiday, weekend -> 4/5; II.1.c 'hạn cuối ngày 29/5/2026' Fri; " +
      "II.1.d 'hạn cuối 10/7/2026' Fri; II.2 'xong trước 20/3/2026' -> 19/3 Thu; II.3.a 'không muộn hơn ngày " +
      "15/5/2026' Fri; II.3.b 'trình ký trước ngày 12/6/2026' -> 11/6 Thu; II.4 'chậm nhất vào ngày 30/6/2026' Tue; " +
      "II.5 'không muộn hơn ngày 14/8/2026' Fri; II.7 'trình ký trước ngày 20/8/2026' -> 19/8 Wed; II.8.a 'xong " +
      "trước ngày 31/3/2026' -> 30/3 Mon; II.8.b 'chậm nhất vào ngày 30/9/2026' Wed; II.8.c 'hạn cuối ngày " +
      "05/12/2026' Sat -> 7/12.",
    province: "Thái Nguyên",
    plan: { number: "58/KH-UBND", date: "2026-02-26" },
    tasks,
    unresolved: [XA],
    successors: [],
  },
});

// 03: Bắc Kạn 2023 — Kế hoạch in prose: areas "1. …" with tasks a), b), each ending in an italic parenthesis that
// names lead, coordinators and a year-less relative time ("trước 15/5", "tháng 6", "quý III", "trong năm") in three
// rotating orders. PDF: WeasyPrint of the HTML rendering.
import { BASE_CSS, headerBlock, signBlock, writeAll } from "./lib.mjs";

const OUT = new URL("../03-bac-kan-2023-parenthetical-assignment-relative-times/", import.meta.url).pathname;
const ALL = "Các sở, ban, ngành; UBND các huyện, thành phố";
const SNV = "Sở Nội vụ";
const VP = "Văn phòng UBND tỉnh";
const TTHCC = "Trung tâm Hành chính công tỉnh";
// Written unit -> directory name (expected); groups expand to two.
const NAME = {
  [ALL]: ["@departments", "@districts"], "Các sở, ban, ngành": ["@departments"], "UBND các huyện, thành phố":
    ["@districts"], "Sở TT&TT": ["Sở Thông tin và Truyền thông"], "Sở GD&ĐT": ["Sở Giáo dục và Đào tạo"],
  "Sở KH&ĐT": ["Sở Kế hoạch và Đầu tư"], "Đài PT-TH tỉnh": ["Đài Phát thanh - Truyền hình tỉnh"],
};
const nm = (list) => list.flatMap((u) => NAME[u] ?? [u]);

// group rows: string; task rows: [title, leads (bold line), coordinators (one a line), time, due, effectiveDue]
const ROWS = [
  "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
  ["Ban hành kế hoạch cải cách hành chính năm 2023 của cơ quan, đơn vị", [ALL], [], "Trước 15/3", "2023-03-15",
    "2023-03-15"],
  ["Xây dựng Kế hoạch kiểm tra công tác cải cách hành chính năm 2023", [SNV], [VP], "Tháng 3", "2023-03-31",
    "2023-03-31"],
  ["Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị, địa phương", [SNV], ["Thanh tra tỉnh",
    "Sở Tư pháp"], "Quý III", "2023-09-30", "2023-10-02"],
  ["Tuyên truyền về cải cách hành chính trên các phương tiện thông tin đại chúng", ["Sở TT&TT"], ["Báo Bắc Kạn",
    "Đài PT-TH tỉnh"], "Trong năm", "2023-12-31", "2024-01-02"],
  ["Tổ chức Hội thi \u201cTìm hiểu về cải cách hành chính\u201d", [SNV], ["Tỉnh đoàn", "Sở GD&ĐT"], "Quý II",
    "2023-06-30", "2023-06-30"],
  ["Báo cáo công tác cải cách hành chính định kỳ quý, 6 tháng, năm", [ALL], [], "Thường xuyên"],
  "CẢI CÁCH THỂ CHẾ",
  ["Xây dựng, ban hành văn bản quy phạm pháp luật theo Chương trình năm 2023", ["Sở Tư pháp"],
    ["Các sở, ban, ngành"], "Theo Chương trình"],
  ["Rà soát, hệ thống hóa văn bản quy phạm pháp luật kỳ 2019 - 2023", ["Sở Tư pháp"], [ALL], "Trước 31/3",
    "2023-03-31", "2023-03-31"],
  ["Theo dõi tình hình thi hành pháp luật trong lĩnh vực trọng tâm", ["Sở Tư pháp"], [], "06 tháng cuối năm",
    "2023-12-31", "2024-01-02"],
  "CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
  ["Công bố danh mục thủ tục hành chính mới ban hành, sửa đổi, bổ sung", [VP], ["Các sở, ban, ngành"],
    "Khi có văn bản của Bộ, ngành"],
  ["Rà soát, đơn giản hóa thủ tục hành chính năm 2023", [VP], ["Các sở, ban, ngành"], "Trước 30/4", "2023-04-30",
    "2023-05-04"],
  ["Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", [VP], [TTHCC, "Sở TT&TT"], "Tháng 9", "2023-09-30",
    "2023-10-02"],
  ["Đánh giá chất lượng giải quyết thủ tục hành chính theo Quyết định số 766/QĐ-TTg ngày 23/6/2022", [VP],
    ["UBND các huyện, thành phố"], "Trước 20/11", "2023-11-20", "2023-11-20"],
  ["Tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích", ["Bưu điện tỉnh"],
    [TTHCC, "UBND các huyện, thành phố"], "Tháng 6", "2023-06-30", "2023-06-30"],
  "CẢI CÁCH TỔ CHỨC BỘ MÁY",
  ["Sắp xếp, kiện toàn tổ chức bên trong các cơ quan chuyên môn thuộc UBND tỉnh", [SNV], ["Các sở, ban, ngành"],
    "Quý II", "2023-06-30", "2023-06-30"],
  ["Rà soát, hoàn thiện đề án vị trí việc làm theo Nghị định số 62/2020/NĐ-CP", [ALL], [], "Trước 15/5", "2023-05-15",
    "2023-05-15"],
  ["Sắp xếp các đơn vị sự nghiệp công lập ngành giáo dục", ["Sở GD&ĐT"], [SNV, "UBND các huyện, thành phố"],
    "06 tháng đầu năm", "2023-06-30", "2023-06-30"],
  "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ",
  ["Tổ chức tuyển dụng công chức năm 2023", [SNV], [], "Quý IV", "2023-12-31", "2024-01-02"],
  ["Đào tạo, bồi dưỡng cán bộ, công chức, viên chức", [SNV], [ALL], "Tháng 10", "2023-10-31", "2023-10-31"],
  ["Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2023", [ALL], [], "Tháng 12", "2023-12-31",
    "2024-01-02"],
  "CẢI CÁCH TÀI CHÍNH CÔNG",
  ["Hướng dẫn thực hiện cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập", ["Sở Tài chính"], [], "Trước 25/5",
    "2023-05-25", "2023-05-25"],
  ["Đẩy nhanh tiến độ giải ngân vốn đầu tư công", ["Sở KH&ĐT"], ["Sở Tài chính", "Kho bạc Nhà nước tỉnh"],
    "Trước 01/9", "2023-09-01", "2023-09-05"],
  ["Kiểm tra việc quản lý, sử dụng tài sản công", ["Sở Tài chính"], ["Thanh tra tỉnh"], "Tháng 8", "2023-08-31",
    "2023-08-31"],
  "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ",
  ["Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", ["Sở TT&TT"], [VP], "Tháng 7", "2023-07-31",
    "2023-07-31"],
  ["Triển khai Đề án 06 trên địa bàn tỉnh", ["Công an tỉnh"], ["Sở TT&TT", "UBND các huyện, thành phố"], "Trước 15/10",
    "2023-10-15", "2023-10-16"],
  ["Sử dụng chữ ký số, văn bản điện tử trong hoạt động của cơ quan nhà nước", ["Sở TT&TT"], ["Các sở, ban, ngành"],
    "Trước 10/12", "2023-12-10", "2023-12-11"],
  ["Cung cấp dịch vụ công trực tuyến toàn trình", [VP], ["Sở TT&TT"], "Quý I", "2023-03-31", "2023-03-31"],
  ["Tổng hợp, báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2023", [SNV], [], "Trước 20/6", "2023-06-20",
    "2023-06-20"],
  ["Đánh giá Chỉ số chuyển đổi số (DTI) và Chỉ số cải cách hành chính của các sở, ngành, huyện", ["Sở TT&TT", SNV],
    [VP], "Từ tháng 4 đến tháng 6", "2023-06-30", "2023-06-30"],
];

const LETTERS = "abcdefghik";
const P = (text, o = {}) => ({ t: "p", text, align: "justify", ...o });
const lc = (u) => (u === ALL ? "các sở, ban, ngành, UBND các huyện, thành phố" : u.replace(/^Các /, "các "));
const verb = (leads) => (leads.some((u) => u === ALL || u.startsWith("Các") || u.startsWith("UBND các"))
  ? "thực hiện" : "chủ trì");
/** The parenthesis after each task, in three orders as the drafters wrote it. */
function tail(k, leads, coords, time) {
  const who = `${leads.join(", ")} ${verb(leads)}`;
  const t = time.charAt(0).toLowerCase() + time.slice(1);
  if (k % 3 === 0) return `(${who}${coords.length ? ", phối hợp với " + coords.map(lc).join(", ") : ""}; thời gian: ${t})`;
  if (k % 3 === 1) return `(Thời gian: ${t}; ${who}${coords.length ? "; " + coords.map(lc).join(", ") + " phối hợp" : ""})`;
  return `(${who}${coords.length ? "; phối hợp: " + coords.map(lc).join(", ") : ""}. Thời gian: ${time})`;
}

const tasks = [];
const expected = [];
let g = 0;
let n = 0;
let k = 0;
for (const r of ROWS) {
  if (typeof r === "string") {
    g++;
    n = 0;
    const head = r.charAt(0) + r.slice(1).toLowerCase().replace("chính quyền", "chính quyền");
    tasks.push(P(head, { num: `${g}.`, bold: true, list: { kind: "decimal", inst: 2 } }));
    continue;
  }
  const [title, leads, coords, time, due, eff] = r;
  const label = LETTERS[n++];
  tasks.push(P([{ text: title + " " }, { text: tail(k++, leads, coords, time), italic: true }].map((s) => s.text)
    .join(""), { spans: [{ text: title + " " }, { text: tail(k - 1, leads, coords, time), italic: true }],
    num: label + ")", list: { kind: "letter", inst: "s" + g } }));
  if (due) expected.push({ ref: `II.${g}.${label}`, title, due, effectiveDue: eff, inherited: false, lead: nm(leads),
    coordinators: nm(coords) });
}

const blocks = [
  headerBlock({ issuerTop: "", issuer: "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", number: "Số: 86/KH-UBND",
    placeDate: "Bắc Kạn, ngày 03 tháng 3 năm 2023" }),
  P("KẾ HOẠCH", { bold: true, align: "center", indent: false }),
  P("Cải cách hành chính nhà nước tỉnh Bắc Kạn năm 2023", { bold: true, align: "center", indent: false }),
  P("Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ; Quyết định số 1874/QĐ-UBND ngày 12/10/2021 của UBND "
    + "tỉnh ban hành Kế hoạch cải cách hành chính giai đoạn 2021 - 2025, UBND tỉnh ban hành Kế hoạch cải cách hành "
    + "chính năm 2023 như sau:"),
  P("MỤC ĐÍCH, YÊU CẦU", { num: "I.", bold: true, list: { kind: "roman", inst: 1 } }),
  P("Triển khai đồng bộ, hiệu quả các nhiệm vụ cải cách hành chính; phấn đấu Chỉ số cải cách hành chính năm 2023 của "
    + "tỉnh tăng ít nhất 05 bậc so với năm 2022 (năm 2022 xếp thứ 55/63)."),
  P("NHIỆM VỤ CỤ THỂ", { num: "II.", bold: true, list: { kind: "roman", inst: 1 } }),
  P("Đơn vị chủ trì, phối hợp và thời gian thực hiện ghi trong ngoặc đơn sau mỗi nhiệm vụ; thời gian ghi ngày, tháng, "
    + "quý được hiểu là của năm 2023.", { italic: true }),
  ...tasks,
  P("TỔ CHỨC THỰC HIỆN", { num: "III.", bold: true, list: { kind: "roman", inst: 1 } }),
  P("Các cơ quan, đơn vị căn cứ nhiệm vụ được giao chủ động triển khai; Sở Nội vụ theo dõi, đôn đốc, tổng hợp, báo cáo "
    + "UBND tỉnh. Trong quá trình thực hiện nếu có vướng mắc, phản ánh về Sở Nội vụ để tổng hợp./."),
  signBlock(["Bộ Nội vụ;", "TT Tỉnh ủy; TT HĐND tỉnh;", "CT, các PCT UBND tỉnh;", "Các sở, ban, ngành;",
    "UBND các huyện, thành phố;", "Lưu: VT, NCPC."], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
  "Đinh Quang Tuyên"),
];

const CSS = BASE_CSS + "@page{size:A4;margin:2cm 1.5cm 2cm 3cm;@bottom-center{content:counter(page)}}";
await writeAll(OUT, blocks, {
  id: "03-bac-kan-2023-parenthetical-assignment-relative-times",
  style: "Kế hoạch CCHC 86/KH-UBND, Bắc Kạn, 03/3/2023 (old departments, districts); PDF: WeasyPrint. Under II, "
    + "seven numbered areas '1. Công tác chỉ đạo…', tasks a), b) (ref II.n.x). Each task ends with an italic "
    + "parenthesis naming units and time in three rotating orders: '(X chủ trì, phối hợp với Y; thời gian: …)', "
    + "'(Thời gian: …; X chủ trì; Y phối hợp)', '(X chủ trì; phối hợp: Y. Thời gian: …)'; group leads say 'thực hiện'. "
    + "Time words are year-less, read in 2023: 'trước 15/5' -> 15/5; 'tháng 6' -> 30/6; 'quý III' -> 30/9; 'trong "
    + "năm', 'quý IV', 'tháng 12', '06 tháng cuối năm' -> 31/12; '06 tháng đầu năm', 'từ tháng 4 đến tháng 6' -> 30/6. "
    + "'thường xuyên', 'theo Chương trình', 'khi có văn bản' undated. Holidays 2023: 29/4-3/5 (30/4 -> 4/5), 1-4/9 "
    + "(01/9 -> 5/9), 1/1/2024 (31/12 -> 2/1/2024); 30/9 Sat -> 2/10; Sun 15/10, 10/12. 'các sở, ban, ngành' = "
    + "@departments, 'UBND các huyện, thành phố' = @districts. 'Trung tâm Hành chính công tỉnh': unresolved.",
  province: "Bắc Kạn",
  plan: { number: "86/KH-UBND", date: "2023-03-03" },
  tasks: expected,
  quotas: [],
  unresolved: [TTHCC],
  successors: [],
}, { printer: "weasyprint", css: CSS });
console.log("03:", expected.length, "tasks");

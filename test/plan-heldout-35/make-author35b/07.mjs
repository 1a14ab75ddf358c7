// 07: Thái Nguyên 2026 (after the reorganisation), Sở Nội vụ, Công văn 612/SNV-CCHC, 08/4/2026 — đôn đốc nhiệm vụ
// cải cách hành chính quý II. Not a Kế hoạch: "Kính gửi" recipients, a body that is one numbered list of requests
// (Word automatic numbering, labels "1)"), each item ending with its deadline in BOLD; item 1 has two deadlines for
// two groups ("các sở, ban, ngành: trước ngày …; UBND các xã, phường: trước ngày …") = two tasks. plan.pdf: Chromium
// from HTML, through this file's own printer function (bold runs kept).
import fs from "node:fs";
import { execFileSync } from "node:child_process";
import { addKind, build, task, toHtml } from "../../plan-corpus/author-kit/lib.mjs";
import { sign } from "../../plan-corpus/author-kit/head.mjs";

addKind("paren", ["decimal", "%1)"]);
const ID = "07-thai-nguyen-2026-cong-van-paren-numbered-requests-bold-deadline-at-item-end-two-group-deadlines";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const b = (u) => `⟦b⟧${u}⟦/b⟧`;
const NV = "Sở Nội vụ";
const VP = "Văn phòng UBND tỉnh";
const KH = "Sở Khoa học và Công nghệ";
const XA = "UBND cấp xã";

const items = [
  "Các sở, ban, ngành; UBND các xã, phường hoàn thiện hồ sơ, tài liệu kiểm chứng kết quả tự đánh giá, chấm điểm " +
    "Chỉ số cải cách hành chính năm 2025 trên Phần mềm đánh giá Chỉ số CCHC của tỉnh theo ý kiến rà soát của Sở Nội " +
    "vụ. Thời hạn: " + b("các sở, ban, ngành: trước ngày 17/4/2026; UBND các xã, phường: trước ngày 24/4/2026") + ".",
  "Các sở, ban, ngành cử 01 lãnh đạo phòng làm đầu mối theo dõi công tác cải cách hành chính, gửi danh sách (họ " +
    "tên, chức vụ, số điện thoại, tài khoản Zalo) về Sở Nội vụ (qua Phòng Cải cách hành chính và Văn thư - Lưu " +
    "trữ) " + b("chậm nhất ngày 20/4/2026") + ".",
  "Sở Tư pháp chủ trì, phối hợp với Văn phòng UBND tỉnh rà soát các văn bản quy phạm pháp luật do HĐND, UBND tỉnh " +
    "Thái Nguyên và tỉnh Bắc Kạn (cũ) ban hành còn hiệu lực, đề xuất bãi bỏ, thay thế cho phù hợp với mô hình chính " +
    "quyền địa phương hai cấp; báo cáo UBND tỉnh " + b("trước ngày 30/4/2026") + ".",
  "Văn phòng UBND tỉnh cập nhật, công khai đầy đủ thủ tục hành chính thuộc thẩm quyền giải quyết của cấp tỉnh, " +
    "cấp xã trên Cơ sở dữ liệu quốc gia về thủ tục hành chính; đánh giá tỷ lệ hồ sơ trực tuyến toàn trình của từng " +
    "cơ quan " + b("trước ngày 15/5/2026") + ".",
  "Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng UBND tỉnh và Công an tỉnh hoàn thành kết nối Hệ thống " +
    "thông tin giải quyết thủ tục hành chính của tỉnh với Cơ sở dữ liệu quốc gia về dân cư, bảo đảm tái sử dụng dữ " +
    "liệu đã số hóa " + b("trong tháng 5/2026") + ".",
  "Công an tỉnh phối hợp với UBND các xã, phường hoàn thành làm sạch dữ liệu dân cư phục vụ giải quyết thủ tục " +
    "hành chính liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi, " +
    b("hoàn thành ngày 29/5/2026") + ".",
  "UBND các xã, phường kiện toàn Bộ phận Một cửa, bố trí công chức tiếp nhận, trả kết quả đủ năng lực sử dụng " +
    "thành thạo phần mềm; báo cáo kết quả kiện toàn về Sở Nội vụ " + b("trước ngày 01/6/2026") + ".",
  "Sở Tài chính chủ trì, phối hợp với Sở Nội vụ hướng dẫn các cơ quan, đơn vị bố trí kinh phí thực hiện điều tra " +
    "xã hội học xác định Chỉ số hài lòng (SIPAS) và Chỉ số CCHC năm 2026 " + b("trong quý II/2026") + ".",
  "Các cơ quan, đơn vị tiếp tục đẩy mạnh tuyên truyền về cải cách hành chính, chuyển đổi số gắn với mô hình chính " +
    "quyền địa phương hai cấp trên Trang thông tin điện tử của đơn vị; thực hiện " + b("thường xuyên") + ".",
  "Các sở, ban, ngành; UBND các xã, phường xây dựng báo cáo kết quả cải cách hành chính quý II và 6 tháng đầu năm " +
    "2026 (số liệu từ ngày 15/12/2025 đến ngày 14/6/2026) theo Đề cương tại Phụ lục kèm theo, gửi Sở Nội vụ để " +
    "tổng hợp, báo cáo UBND tỉnh " + b("trước ngày 15/6/2026") + ".",
];

const blocks = [
  { t: "table", borders: false, widths: [3800, 5600], rows: [
    [{ paras: [{ text: "UBND TỈNH THÁI NGUYÊN", bold: false, align: "center" },
      { text: "SỞ NỘI VỤ", bold: true, align: "center" }] },
    { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold: true, align: "center" }],
    [{ text: "Số: 612/SNV-CCHC\nV/v đôn đốc thực hiện nhiệm vụ cải cách hành chính quý II năm 2026", align: "center" },
      { text: "Thái Nguyên, ngày 08 tháng 4 năm 2026", italic: true, align: "center" }],
  ] },
  { t: "p", text: "Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- UBND các xã, phường.", align: "center", indent: false },
  { t: "p", align: "justify", text: "Thực hiện Kế hoạch số 25/KH-UBND ngày 20/01/2026 của UBND tỉnh về cải cách " +
    "hành chính năm 2026 và chỉ đạo của đồng chí Phó Chủ tịch UBND tỉnh tại Thông báo số 118/TB-UBND ngày " +
    "02/4/2026, qua theo dõi, một số nhiệm vụ cải cách hành chính quý I năm 2026 chưa hoàn thành đúng thời hạn. Để " +
    "bảo đảm tiến độ, Sở Nội vụ đề nghị các cơ quan, đơn vị quan tâm thực hiện một số nội dung sau:" },
  ...items.map((text, i) => ({ t: "p", num: `${i + 1})`, text, align: "justify", list: { kind: "paren", inst: "y" } })),
  { t: "p", align: "justify", text: "Sở Nội vụ sẽ tổng hợp kết quả thực hiện các nội dung trên làm căn cứ đánh giá, " +
    "chấm điểm tiêu chí \"Thực hiện nhiệm vụ được UBND tỉnh giao\" trong Chỉ số CCHC năm 2026 của các sở, ban, ngành và " +
    "UBND cấp xã. Quá trình thực hiện nếu có vướng mắc, đề nghị liên hệ Phòng Cải cách hành chính và Văn thư - Lưu trữ, Sở " +
    "Nội vụ (đồng chí Lương Thị Thu Hà, số điện thoại 0208.3855.417) để được hướng dẫn./." },
  ...sign(["Như trên", "UBND tỉnh (b/c)", "Giám đốc Sở (b/c)", "Trang TTĐT Sở"], "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
    "Nguyễn Văn Thịnh"),
];

// Word: the marked deadline becomes a bold run (size 26, body text).
const rPr = (bold) => `<w:rPr>${bold ? "<w:b/>" : ""}<w:sz w:val="26"/></w:rPr>`;
const T = '<w:t xml:space="preserve">';
const transform = (body) => body
  .replace(/⟦b⟧/g, `</w:t></w:r><w:r>${rPr(true)}${T}`).replace(/⟦\/b⟧/g, `</w:t></w:r><w:r>${rPr(false)}${T}`)
  .replace(/<w:r><w:rPr>(?:<w:b\/>)?<w:sz w:val="26"\/><\/w:rPr><w:t xml:space="preserve"><\/w:t><\/w:r>/g, "");

function printer(out) {
  const html = toHtml(blocks.map((x) => (x.t === "p" ? { ...x, text: x.text.replace(/⟦b⟧/g, "\uE000")
    .replace(/⟦\/b⟧/g, "\uE001") } : x))).replace(/\uE000/g, "<b>").replace(/\uE001/g, "</b>");
  const file = "/tmp/make-author35b-07.html";
  fs.writeFileSync(file, html);
  execFileSync("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
    "--user-data-dir=/tmp/make-author35b-chrome", `--print-to-pdf=${out}`, "file://" + file], { stdio: "ignore" });
}

const tt = {
  1: "Hoàn thiện hồ sơ, tài liệu kiểm chứng kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025 " +
    "trên Phần mềm đánh giá Chỉ số CCHC của tỉnh",
  2: "Cử 01 lãnh đạo phòng làm đầu mối theo dõi công tác cải cách hành chính",
  3: "Rà soát các văn bản quy phạm pháp luật do HĐND, UBND tỉnh Thái Nguyên và tỉnh Bắc Kạn (cũ) ban hành còn hiệu " +
    "lực, đề xuất bãi bỏ, thay thế",
  4: "Cập nhật, công khai đầy đủ thủ tục hành chính thuộc thẩm quyền giải quyết của cấp tỉnh, cấp xã trên Cơ sở dữ " +
    "liệu quốc gia về thủ tục hành chính",
  5: "Hoàn thành kết nối Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh với Cơ sở dữ liệu quốc gia về " +
    "dân cư",
  6: "Hoàn thành làm sạch dữ liệu dân cư phục vụ giải quyết thủ tục hành chính liên thông",
  7: "Kiện toàn Bộ phận Một cửa, bố trí công chức tiếp nhận, trả kết quả",
  8: "Hướng dẫn các cơ quan, đơn vị bố trí kinh phí thực hiện điều tra xã hội học xác định Chỉ số hài lòng (SIPAS) và Chỉ số CCHC năm 2026",
  10: "Báo cáo kết quả cải cách hành chính quý II và 6 tháng đầu năm 2026",
};
const tasks = [
  task("1", tt[1], "2026-04-16", ["@departments"]),
  task("1", tt[1], "2026-04-23", [XA]),
  task("2", tt[2], "2026-04-20", ["@departments"]),
  task("3", tt[3], "2026-04-29", ["Sở Tư pháp"], [VP]),
  task("4", tt[4], "2026-05-14", [VP]),
  task("5", tt[5], "2026-05-31", [KH], [VP, "Công an tỉnh"]),
  task("6", tt[6], "2026-05-29", ["Công an tỉnh"], [XA]),
  task("7", tt[7], "2026-05-31", [XA]),
  task("8", tt[8], "2026-06-30", ["Sở Tài chính"], [NV]),
  task("10", tt[10], "2026-06-14", ["@departments", XA]),
];

await build(DIR, {
  blocks, printer, extra: { transform },
  expected: {
    id: ID,
    style: "Công văn 612/SNV-CCHC of Sở Nội vụ Thái Nguyên, 08/4/2026 (after the reorganisation: merged province, " +
      "no districts), 'V/v đôn đốc thực hiện nhiệm vụ cải cách hành chính quý II năm 2026' — a dispatch, not a " +
      "Kế hoạch: the Số/V/v cell, 'Kính gửi: - Các sở, ban, ngành tỉnh; - UBND các xã, phường.', then ONE numbered " +
      "list of requests, Word automatic numbering with labels '1)' (plan-typed: '1)' typed), each item naming its " +
      "unit in its first words ('X chủ trì, phối hợp với Y' gives the coordinators) and ENDING with its deadline in " +
      "bold (plan.txt: plain text). ref = the item's number. Item 1 gives two groups two deadlines ('các sở, ban, " +
      "ngành: trước ngày 17/4/2026; UBND các xã, phường: trước ngày 24/4/2026') = two tasks, same ref, in the order " +
      "written, each led by its group only. Item 10 names both groups with one date = one task led by both. Item 9 " +
      "'thường xuyên' is no task. 'UBND các xã, phường' = UBND cấp xã (unresolved). Recipients ('gửi … về Sở Nội " +
      "vụ', 'báo cáo UBND tỉnh') are no units of the task; item 10's '15/12/2025 … 14/6/2026' is the data period. " +
      "Dates: 1 'trước 17/4' -> 16/4 Thu, 'trước 24/4' -> 23/4 Thu; 2 'chậm nhất 20/4' Mon; 3 'trước 30/4' -> 29/4 " +
      "Wed; 4 'trước 15/5' -> 14/5 Thu; 5 'trong tháng 5/2026' 31/5 Sun -> 1/6; 6 'hoàn thành ngày 29/5' Fri; 7 " +
      "'trước 01/6' -> 31/5 Sun -> 1/6; 8 'trong quý II/2026' 30/6 Tue; 10 'trước 15/6' -> 14/6 Sun -> 15/6. " +
      "plan.pdf: Chromium from HTML (own function keeping the bold runs).",
    province: "Thái Nguyên",
    plan: { number: "612/SNV-CCHC", date: "2026-04-08" },
    tasks,
    unresolved: [XA],
    successors: [],
  },
});

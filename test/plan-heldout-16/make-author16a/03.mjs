// 03: Bắc Kạn 2023 — plan.txt is the text as copied out of the provincial portal's PDF viewer: signature stamp,
// lines broken at the page width, words broken with a hyphen, a running header and "Trang n/m" footer on every page.
// The docx files and the PDF are the clean document.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "03-bac-kan-2023-portal-pdf-copy-page-furniture-hyphenation";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const CA = "Công an tỉnh";
const TP = "Sở Tư pháp";
const VP = "Văn phòng UBND tỉnh";
const TTTT = "Sở Thông tin và Truyền thông";
const BH = "Bảo hiểm xã hội tỉnh";
const NH = "Ngân hàng Nhà nước Chi nhánh tỉnh Bắc Kạn";
// [area heading, items: [text, title, due | null, lead[], coordinators[]]]
const G = [
  ["Hoàn thiện thể chế, cắt giảm giấy tờ công dân", [
    [`Giao ${TP} chủ trì, phối hợp với ${CA} rà soát các văn bản quy phạm pháp luật của tỉnh còn quy định yêu ` +
      "cầu xuất trình sổ hộ khẩu, sổ tạm trú để kiến nghị sửa đổi, thay thế. Thời gian hoàn thành: trước ngày " +
      "30/6/2023.",
    "Rà soát các văn bản quy phạm pháp luật của tỉnh còn quy định yêu cầu xuất trình sổ hộ khẩu, sổ tạm trú để " +
      "kiến nghị sửa đổi, thay thế", "2023-06-29", [TP], [CA]],
    [`Giao ${VP} chủ trì, phối hợp với các sở, ban, ngành rà soát, đề xuất cắt giảm thành phần hồ sơ là giấy tờ ` +
      "có thể khai thác từ Cơ sở dữ liệu quốc gia về dân cư; xong trong tháng 5/2023.",
    "Rà soát, đề xuất cắt giảm thành phần hồ sơ là giấy tờ có thể khai thác từ Cơ sở dữ liệu quốc gia về dân cư",
      "2023-05-31", [VP], ["@departments"]],
  ]],
  ["Phục vụ giải quyết thủ tục hành chính, cung cấp dịch vụ công trực tuyến", [
    [`Giao ${TTTT} chủ trì, phối hợp với ${VP}, ${CA} kết nối, chia sẻ Hệ thống thông tin giải quyết thủ tục hành ` +
      "chính tỉnh với Cơ sở dữ liệu quốc gia về dân cư; hoàn thành chậm nhất ngày 15/7/2023.",
    "Kết nối, chia sẻ Hệ thống thông tin giải quyết thủ tục hành chính tỉnh với Cơ sở dữ liệu quốc gia về dân cư",
      "2023-07-15", [TTTT], [VP, CA]],
    [`Giao ${TP} chủ trì triển khai liên thông điện tử nhóm thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ ` +
      `bảo hiểm y tế cho trẻ em dưới 6 tuổi (phối hợp: ${CA}, ${BH}); thời gian: quý III/2023.`,
    "Triển khai liên thông điện tử nhóm thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho " +
      "trẻ em dưới 6 tuổi", "2023-09-30", [TP], [CA, BH]],
    ["UBND các huyện, thành phố chỉ đạo UBND các xã, phường, thị trấn số hóa 100% hồ sơ, kết quả giải quyết thủ " +
      "tục hành chính lĩnh vực hộ tịch; hoàn thành trong tháng 8/2023.",
    "Số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực hộ tịch", "2023-08-31", ["@districts"], []],
  ]],
  ["Phục vụ phát triển kinh tế - xã hội", [
    ["Giao Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Kho bạc Nhà nước tỉnh, Bưu điện tỉnh thực hiện " +
      "chi trả trợ cấp an sinh xã hội không dùng tiền mặt cho người có công, đối tượng bảo trợ xã hội có tài " +
      "khoản; hoàn thành trước ngày 01/9/2023.",
    "Chi trả trợ cấp an sinh xã hội không dùng tiền mặt cho người có công, đối tượng bảo trợ xã hội có tài khoản",
      "2023-08-31", ["Sở Lao động - Thương binh và Xã hội"], ["Kho bạc Nhà nước tỉnh", "Bưu điện tỉnh"]],
    [`Giao Sở Y tế chủ trì, phối hợp với ${BH} bảo đảm 100% cơ sở khám bệnh, chữa bệnh sử dụng thẻ căn cước ` +
      "công dân gắn chíp thay thẻ bảo hiểm y tế; hoàn thành trước 30/9/2023.",
    "Bảo đảm 100% cơ sở khám bệnh, chữa bệnh sử dụng thẻ căn cước công dân gắn chíp thay thẻ bảo hiểm y tế",
      "2023-09-29", ["Sở Y tế"], [BH]],
    ["Giao Sở Giáo dục và Đào tạo cập nhật đầy đủ mã định danh cá nhân của học sinh, giáo viên vào cơ sở dữ liệu " +
      "ngành giáo dục trước khi khai giảng năm học 2023 - 2024; hoàn thành trước ngày 05/9/2023.",
    "Cập nhật đầy đủ mã định danh cá nhân của học sinh, giáo viên vào cơ sở dữ liệu ngành giáo dục", "2023-09-04",
      ["Sở Giáo dục và Đào tạo"], []],
    [`Đề nghị ${NH} chỉ đạo các tổ chức tín dụng trên địa bàn làm sạch dữ liệu khách hàng, đối chiếu với Cơ sở ` +
      "dữ liệu quốc gia về dân cư; hoàn thành trong quý IV/2023.",
    "Chỉ đạo các tổ chức tín dụng trên địa bàn làm sạch dữ liệu khách hàng, đối chiếu với Cơ sở dữ liệu quốc gia " +
      "về dân cư", "2023-12-31", [NH], []],
  ]],
  ["Phát triển công dân số, bảo đảm điều kiện triển khai", [
    [`${CA} chủ trì, phối hợp với UBND các huyện, thành phố hoàn thành cấp thẻ căn cước công dân gắn chíp cho ` +
      "công dân đủ điều kiện trên địa bàn tỉnh trong tháng 6/2023.",
    "Hoàn thành cấp thẻ căn cước công dân gắn chíp cho công dân đủ điều kiện trên địa bàn tỉnh", "2023-06-30", [CA],
      ["@districts"]],
    [`${CA} chủ trì, phối hợp với ${TTTT} đẩy mạnh kích hoạt tài khoản định danh điện tử mức độ 2, phấn đấu đạt ` +
      "trên 40% dân số; xong trước ngày 31/10/2023.",
    "Đẩy mạnh kích hoạt tài khoản định danh điện tử mức độ 2, phấn đấu đạt trên 40% dân số", "2023-10-30", [CA],
      [TTTT]],
    [`Giao Sở Tài chính tham mưu bố trí kinh phí thực hiện Đề án 06 năm 2023 từ nguồn chi thường xuyên, trình ` +
      "UBND tỉnh trước ngày 15/8/2023.",
    "Tham mưu bố trí kinh phí thực hiện Đề án 06 năm 2023 từ nguồn chi thường xuyên", "2023-08-14", ["Sở Tài chính"],
      []],
    ["Đài Phát thanh - Truyền hình tỉnh, Báo Bắc Kạn thường xuyên tuyên truyền về lợi ích của việc sử dụng tài " +
      "khoản định danh điện tử, dịch vụ công trực tuyến.", null, null, [], []],
  ]],
];
const headBlocks = head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 245/KH-UBND", "Bắc Kạn, ngày 18 tháng 4 năm 2023",
  "KẾ HOẠCH", "Triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử (Đề án 06) " +
  "trên địa bàn tỉnh Bắc Kạn năm 2023");
const body = [
  { t: "p", num: "I.", list: { kind: "roman", inst: 1 }, text: "MỤC ĐÍCH, YÊU CẦU", bold: true },
  { t: "p", text: "Cụ thể hóa các nhiệm vụ được giao tại Đề án 06; xác định rõ cơ quan chủ trì, cơ quan phối hợp, " +
    "thời gian hoàn thành; bảo đảm khai thác hiệu quả Cơ sở dữ liệu quốc gia về dân cư phục vụ người dân." },
  { t: "p", num: "II.", list: { kind: "roman", inst: 1 }, text: "NHIỆM VỤ, GIẢI PHÁP", bold: true },
];
const tasks = [];
G.forEach(([heading, items], gi) => {
  body.push({ t: "p", num: `${gi + 1}.`, list: { kind: "decimal", inst: 1 }, text: heading, bold: true });
  items.forEach(([text, title, due, lead, coord], i) => {
    const letter = String.fromCharCode(97 + i);
    body.push({ t: "p", num: `${letter})`, list: { kind: "letter", inst: 10 + gi }, text });
    if (due) tasks.push(task(`II.${gi + 1}.${letter}`, title, due, lead, coord));
  });
});
body.push(
  { t: "p", num: "III.", list: { kind: "roman", inst: 1 }, text: "TỔ CHỨC THỰC HIỆN", bold: true },
  { t: "p", num: "1.", list: { kind: "decimal", inst: 2 }, text: "Công an tỉnh (cơ quan thường trực Tổ công tác " +
    "triển khai Đề án 06 tỉnh) theo dõi, đôn đốc; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện năm 2023 trước " +
    "ngày 05/12/2023." },
  { t: "p", num: "2.", list: { kind: "decimal", inst: 2 }, text: "Các sở, ban, ngành, UBND các huyện, thành phố báo " +
    "cáo kết quả thực hiện định kỳ hằng tháng (trước ngày 20) về Công an tỉnh để tổng hợp." },
);
tasks.push(task("III.1", "Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Đề án 06 năm 2023", "2023-12-04", [CA]));
const signBlocks = sign(["Tổ công tác Đề án 06 Chính phủ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành",
  "UBND các huyện, thành phố"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đinh Quang Tuyên");

// The portal copy: each paragraph wrapped at WIDTH, a word that does not fit broken with "-" when at least two
// letters stay on each side (never a word with a digit, '(' or '/'), pages of PAGE lines with a header and a footer.
const WIDTH = 74;
const PAGE = 22;
function wrap(text, first) {
  const lines = [];
  let cur = first;
  for (const word of text.split(" ")) {
    const room = WIDTH - cur.length - (cur.trim() ? 1 : 0);
    if (word.length <= room) { cur += (cur.trim() ? " " : "") + word; continue; }
    const letters = [...word];
    const core = [...word.replace(/[,.;:)]+$/, "")].length;
    const k = Math.min(room - 1, core - 1);
    if (!/[\d(/]/.test(word) && core >= 4 && k >= 2) {
      cur += (cur.trim() ? " " : "") + letters.slice(0, k).join("") + "-";
      lines.push(cur);
      cur = letters.slice(k).join("");
    } else { lines.push(cur); cur = word; }
  }
  lines.push(cur);
  return lines;
}
function portal() {
  const lines = ["Ký bởi: Ủy ban Nhân dân tỉnh Bắc Kạn", "Cơ quan: Tỉnh Bắc Kạn",
    "Thời gian ký: 18.04.2023 16:42:10 +07:00",
    "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH BẮC KẠN Độc lập - Tự do - Hạnh phúc",
    "Số: 245/KH-UBND Bắc Kạn, ngày 18 tháng 4 năm 2023", "", "KẾ HOẠCH",
    ...wrap(headBlocks[2].text, ""), ""];
  for (const b of body) lines.push(...wrap(b.text, (b.num ? b.num + " " : "")));
  lines.push("", "Nơi nhận: TM. ỦY BAN NHÂN DÂN", "- Tổ công tác Đề án 06 Chính phủ (b/c); KT. CHỦ TỊCH",
    "- TT Tỉnh ủy, TT HĐND tỉnh; PHÓ CHỦ TỊCH", "- Các sở, ban, ngành;", "- UBND các huyện, thành phố;",
    "- Lưu: VT. Đinh Quang Tuyên");
  const pages = [];
  for (let i = 0; i < lines.length; i += PAGE) pages.push(lines.slice(i, i + PAGE));
  return pages.map((p, i) => [...(i ? ["UBND tỉnh Bắc Kạn - Kế hoạch số 245/KH-UBND ngày 18/4/2023", ""] : []), ...p,
    "", `Trang ${i + 1}/${pages.length}`, "Cổng Thông tin điện tử tỉnh Bắc Kạn - backan.gov.vn", ""].join("\n"))
    .join("\n");
}

const style = "Kế hoạch 245/KH-UBND Bắc Kạn 18/4/2023 (before the reorganisation; districts), Đề án 06. plan.txt is " +
  "a copy out of the portal's PDF viewer: signature stamp lines, lines broken at ~74 characters, words broken with " +
  "'-' at the line end (e.g. 'tuy-/ến', 'thà-/nh', 'tỉn-/h)'), a running header and 'Trang n/m' + portal footer on " +
  "every page, sometimes inside a task; docx and PDF are clean. Prose II 1-4 with items a)-d) (ref II.n.x), III.1. " +
  "'trước ngày X' = X-1 (30/6 -> 29/6; 01/9 -> 31/8; 30/9 -> 29/9; 05/9 -> 4/9 off -> 5/9; 31/10 -> 30/10; 15/8 " +
  "-> 14/8; 05/12 -> 4/12); 'chậm nhất ngày 15/7' Sat -> 17/7; 'quý III' 30/9 Sat -> 2/10; 'quý IV' 31/12 Sun, " +
  "1/1/2024 off -> 2/1/2024. II.4.d (thường xuyên), III.2 (monthly) left out. 'Đề nghị' a body outside the UBND " +
  "(NHNN branch, unresolved) still leads. 'trình UBND tỉnh' = recipient. PDF: WeasyPrint.";
await build(DIR, { blocks: [...headBlocks, ...body, ...signBlocks], printer: "weasyprint", txt: portal(),
  expected: { id: ID, style, province: "Bắc Kạn", plan: { number: "245/KH-UBND", date: "2023-04-18" }, tasks,
    quotas: [], unresolved: [NH], successors: [] } });

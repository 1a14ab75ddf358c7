// 05: Bắc Kạn, UBND tỉnh (before the reorganisation), 15/3/2024 — the yearly anti-corruption plan written in PARTS
// "Phần thứ nhất / Phần thứ hai / Phần thứ ba" (typed headings), Phần thứ hai in "Mục 1." … "Mục 4." (a Word list,
// level text "Mục %1."), each Mục's items "(1)", "(2)" … (a Word list "(%1)", restarting per Mục). Every item is
// followed by its own line "→ Chủ trì: …; phối hợp: …; thời hạn: …" (or "→ Đơn vị thực hiện: …"). plan.pdf:
// LibreOffice from plan-auto.docx.
import { addKind, build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "05-bac-kan-2024-parts-muc-paren-items-arrow-assignment-lines";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const TT = "Thanh tra tỉnh";
const NV = "Sở Nội vụ";
const TC = "Sở Tài chính";
const CA = "Công an tỉnh";
const SBN = "các sở, ban, ngành";
const HUYEN = "UBND các huyện, thành phố";
const LQ = "các cơ quan, đơn vị liên quan";
const resolve = (u) => (u === SBN || u === "Các sở, ban, ngành" ? "@departments" : u === HUYEN ? "@districts" : u);

addKind("muc", ["decimal", "Mục %1."]);
addKind("paren", ["decimal", "(%1)"]);
addKind("arabic", ["decimal", "%1."]);

const part = (a, b) => [{ t: "p", text: a, bold: true, align: "center", indent: false },
  { t: "p", text: b, bold: true, align: "center", indent: false }];
const muc = (n, text) => ({ t: "p", num: `Mục ${n}.`, text, bold: true, list: { kind: "muc", inst: "M" } });
const arrow = (text) => ({ t: "p", text: "→ " + text, italic: true });
const plain = (text) => ({ t: "p", text });
const tasks = [];
// item(mục, n, text, arrow line, due | null, lead, coordinators, title?)
const item = (m, n, text, line, due, lead = [], co = [], title = text) => {
  if (due) tasks.push(task(`Mục ${m}.(${n})`, title.replace(/\.$/, ""), due, lead.map(resolve), co.map(resolve)));
  return [{ t: "p", num: `(${n})`, text, list: { kind: "paren", inst: "M" + m } }, arrow(line)];
};

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN", "Số: 142/KH-UBND", "Bắc Kạn, ngày 15 tháng 3 năm 2024",
    "KẾ HOẠCH", "Công tác phòng, chống tham nhũng, tiêu cực trên địa bàn tỉnh Bắc Kạn năm 2024"),
  plain("Căn cứ Luật Phòng, chống tham nhũng năm 2018; Nghị định số 59/2019/NĐ-CP ngày 01/7/2019 của Chính phủ quy " +
    "định chi tiết một số điều và biện pháp thi hành Luật Phòng, chống tham nhũng; thực hiện Kế hoạch công tác năm " +
    "2024 của Thanh tra Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch công tác phòng, chống tham nhũng, tiêu " +
    "cực năm 2024 như sau:"),
  ...part("Phần thứ nhất", "MỤC ĐÍCH, YÊU CẦU"),
  { t: "p", num: "1.", text: "Nâng cao nhận thức, trách nhiệm của người đứng đầu cơ quan, đơn vị trong phòng ngừa, " +
    "phát hiện và xử lý tham nhũng, tiêu cực; ngăn chặn, đẩy lùi tham nhũng ngay từ cơ sở.",
  list: { kind: "arabic", inst: "P1" } },
  { t: "p", num: "2.", text: "Nhiệm vụ được giao phải gắn với đơn vị chủ trì và thời hạn cụ thể; việc thực hiện bảo " +
    "đảm thực chất, không hình thức; kết quả là tiêu chí đánh giá thi đua của cơ quan, đơn vị.",
  list: { kind: "arabic", inst: "P1" } },
  ...part("Phần thứ hai", "NHIỆM VỤ CỤ THỂ"),
  muc(1, "Công tác lãnh đạo, chỉ đạo; tuyên truyền, phổ biến pháp luật về phòng, chống tham nhũng"),
  ...item(1, 1, "Ban hành văn bản chỉ đạo, kế hoạch phòng, chống tham nhũng, tiêu cực năm 2024 của cơ quan, đơn vị, " +
    "địa phương, xác định rõ lĩnh vực, vị trí dễ phát sinh tham nhũng.",
  "Đơn vị thực hiện: Các sở, ban, ngành; UBND các huyện, thành phố. Thời hạn: trước ngày 31/3/2024.",
  "2024-03-30", [SBN, HUYEN], [], "Ban hành văn bản chỉ đạo, kế hoạch phòng, chống tham nhũng, tiêu cực năm 2024 " +
    "của cơ quan, đơn vị, địa phương"),
  ...item(1, 2, "Tuyên truyền, phổ biến Luật Phòng, chống tham nhũng và các văn bản hướng dẫn trên Báo Bắc Kạn, Đài " +
    "Phát thanh - Truyền hình tỉnh, Cổng thông tin điện tử tỉnh.",
  "Chủ trì: Sở Tư pháp; phối hợp: Báo Bắc Kạn, Đài Phát thanh - Truyền hình tỉnh. Thời hạn: thường xuyên.", null),
  ...item(1, 3, "Tổ chức hội nghị tập huấn nghiệp vụ phòng, chống tham nhũng cho công chức làm công tác thanh tra, " +
    "tiếp công dân cấp huyện, cấp xã.",
  "Chủ trì: Thanh tra tỉnh; phối hợp: UBND các huyện, thành phố. Thời hạn: Quý II/2024.",
  "2024-06-30", [TT], [HUYEN]),
  muc(2, "Thực hiện các biện pháp phòng ngừa tham nhũng"),
  ...item(2, 1, "Công khai, minh bạch dự toán, quyết toán ngân sách, việc quản lý, sử dụng tài sản công theo quy " +
    "định; kiểm tra việc công khai tại một số đơn vị dự toán cấp tỉnh.",
  "Chủ trì: Sở Tài chính; phối hợp: các sở, ban, ngành; UBND các huyện, thành phố. Thời hạn: tháng 4/2024.",
  "2024-04-30", [TC], [SBN, HUYEN], "Kiểm tra việc công khai dự toán, quyết toán ngân sách, quản lý, sử dụng tài " +
    "sản công tại một số đơn vị dự toán cấp tỉnh"),
  ...item(2, 2, "Rà soát, tham mưu sửa đổi, bổ sung định mức, tiêu chuẩn, chế độ chi tiêu không còn phù hợp thuộc " +
    "thẩm quyền của tỉnh.",
  "Chủ trì: Sở Tài chính; phối hợp: các cơ quan, đơn vị liên quan. Thời hạn: Quý III/2024.",
  "2024-09-30", [TC], [LQ]),
  ...item(2, 3, "Hướng dẫn, đôn đốc xây dựng kế hoạch chuyển đổi vị trí công tác năm 2024 đối với công chức, viên " +
    "chức theo Nghị định số 59/2019/NĐ-CP.",
  "Chủ trì: Sở Nội vụ; phối hợp: các sở, ban, ngành, UBND các huyện, thành phố. Thời hạn: trước ngày 15/4/2024.",
  "2024-04-14", [NV], [SBN, HUYEN]),
  ...item(2, 4, "Ban hành Quy chế tiếp nhận, xử lý thông tin về xung đột lợi ích của người có chức vụ, quyền hạn " +
    "trong cơ quan hành chính cấp tỉnh.",
  "Đã hoàn thành (Quyết định số 318/QĐ-UBND ngày 28/02/2024 của UBND tỉnh).", null),
  ...item(2, 5, "Tổ chức kê khai, công khai bản kê khai tài sản, thu nhập hằng năm và bổ sung năm 2024; gửi dữ liệu " +
    "về Thanh tra tỉnh để quản lý.",
  "Chủ trì: Thanh tra tỉnh; phối hợp: các sở, ban, ngành; UBND các huyện, thành phố. Thời hạn: hoàn thành trước " +
    "ngày 31/12/2024.",
  "2024-12-30", [TT], [SBN, HUYEN], "Tổ chức kê khai, công khai bản kê khai tài sản, thu nhập hằng năm và bổ sung " +
    "năm 2024"),
  ...item(2, 6, "Đẩy mạnh thanh toán không dùng tiền mặt trong chi trả lương, phụ cấp và các khoản chi khác.",
  "Đơn vị thực hiện: Các sở, ban, ngành; UBND các huyện, thành phố. Thời hạn: thường xuyên.", null),
  muc(3, "Phát hiện, xử lý tham nhũng, tiêu cực"),
  ...item(3, 1, "Thanh tra trách nhiệm thực hiện pháp luật về phòng, chống tham nhũng tại 03 sở, ngành và 02 huyện " +
    "theo Kế hoạch thanh tra năm 2024 đã được phê duyệt.",
  "Chủ trì: Thanh tra tỉnh. Thời hạn: kết thúc thanh tra trong tháng 10/2024.",
  "2024-10-31", [TT], [], "Thanh tra trách nhiệm thực hiện pháp luật về phòng, chống tham nhũng tại 03 sở, ngành " +
    "và 02 huyện"),
  ...item(3, 2, "Giải quyết dứt điểm đơn tố cáo có nội dung liên quan đến tham nhũng còn tồn đọng từ năm 2023 chuyển " +
    "sang.",
  "Chủ trì: Thanh tra tỉnh; phối hợp: Công an tỉnh, UBND các huyện, thành phố. Thời hạn: trước ngày 30/9/2024.",
  "2024-09-29", [TT], [CA, HUYEN]),
  ...item(3, 3, "Tiếp nhận, xác minh, điều tra, xử lý nghiêm các tin báo, tố giác tội phạm về tham nhũng, chức vụ.",
  "Chủ trì: Công an tỉnh. Thời hạn: thường xuyên.", null),
  ...item(3, 4, "Kiểm tra việc xem xét, xử lý trách nhiệm của người đứng đầu cơ quan, đơn vị khi để xảy ra tham " +
    "nhũng, tiêu cực trong cơ quan, đơn vị do mình quản lý.",
  "Chủ trì: Sở Nội vụ; phối hợp: Thanh tra tỉnh. Thời hạn: Quý IV/2024.",
  "2024-12-31", [NV], [TT]),
  muc(4, "Chế độ thông tin, báo cáo"),
  ...item(4, 1, "Báo cáo công tác phòng, chống tham nhũng quý (gửi Thanh tra tỉnh, đồng thời gửi qua phần mềm " +
    "quản lý văn bản).",
  "Đơn vị thực hiện: Các sở, ban, ngành; UBND các huyện, thành phố. Thời hạn: hằng quý, trước ngày 12 của tháng " +
    "cuối quý.", null),
  ...item(4, 2, "Báo cáo kết quả công tác phòng, chống tham nhũng 6 tháng đầu năm 2024 (gửi Thanh tra tỉnh).",
  "Đơn vị thực hiện: Các sở, ban, ngành; UBND các huyện, thành phố. Thời hạn: trước ngày 10/6/2024.",
  "2024-06-09", [SBN, HUYEN], [], "Báo cáo kết quả công tác phòng, chống tham nhũng 6 tháng đầu năm 2024"),
  ...item(4, 3, "Tổng hợp, tham mưu UBND tỉnh báo cáo Thanh tra Chính phủ kết quả công tác phòng, chống tham nhũng " +
    "năm 2024.",
  "Chủ trì: Thanh tra tỉnh. Thời hạn: trước ngày 20/11/2024.",
  "2024-11-19", [TT]),
  ...part("Phần thứ ba", "TỔ CHỨC THỰC HIỆN"),
  { t: "p", num: "1.", text: "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố căn cứ Kế hoạch " +
    "này chỉ đạo triển khai tại cơ quan, đơn vị, địa phương; chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để xảy " +
    "ra tham nhũng, tiêu cực.", list: { kind: "arabic", inst: "P3" } },
  { t: "p", num: "2.", text: "Thanh tra tỉnh là cơ quan thường trực, theo dõi, đôn đốc; tổ chức kiểm tra việc thực " +
    "hiện Kế hoạch tại một số cơ quan, đơn vị, hoàn thành trong tháng 11/2024.", list: { kind: "arabic", inst: "P3" } },
  { t: "p", num: "3.", text: "Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch từ nguồn chi thường xuyên " +
    "của các cơ quan, đơn vị theo phân cấp ngân sách hiện hành.", list: { kind: "arabic", inst: "P3" } },
  plain("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Thanh tra tỉnh để " +
    "tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./."),
  ...sign(["Thanh tra Chính phủ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh",
    "Ban Nội chính Tỉnh ủy", "Các sở, ban, ngành", "UBND các huyện, thành phố"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n" +
    "PHÓ CHỦ TỊCH", "Phạm Duy Hưng"),
];
tasks.push(task("Phần thứ ba.2", "Tổ chức kiểm tra việc thực hiện Kế hoạch tại một số cơ quan, đơn vị",
  "2024-11-30", [TT]));

await build(DIR, {
  blocks, printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 142/KH-UBND of UBND tỉnh Bắc Kạn (before the reorganisation), 15/3/2024, anti-corruption plan " +
      "for 2024, written in parts: centred 'Phần thứ nhất / MỤC ĐÍCH, YÊU CẦU', 'Phần thứ hai / NHIỆM VỤ CỤ THỂ', " +
      "'Phần thứ ba / TỔ CHỨC THỰC HIỆN' (typed, no numbering); Phần thứ hai in 'Mục 1.'-'Mục 4.' (plan-auto: a " +
      "Word list with level text 'Mục %1.'), each Mục's items '(1)', '(2)'... restarting per Mục (a '(%1)' list). " +
      "Each item is followed by an italic line of its own: '→ Chủ trì: X; phối hợp: Y. Thời hạn: …' or '→ Đơn vị " +
      "thực hiện: X. Thời hạn: …' (X = lead); the arrow line belongs to the item above it. ref = 'Mục m.(n)' (Mục " +
      "numbers are unique in the document, so the part is left out), Phần thứ ba's items 'Phần thứ ba.n'. Out: " +
      "Mục 1.(2), 2.(6), 3.(3) 'thường xuyên', 4.(1) 'hằng quý', 2.(4) 'Đã hoàn thành'. Phần thứ ba.2: Thanh tra " +
      "tỉnh's inspection 'hoàn thành trong tháng 11/2024' is a task (30/11 Sat -> 2/12). 'Các sở, ban, ngành' = " +
      "@departments, 'UBND các huyện, thành phố' = @districts (lead or coordinator as the line puts them); 'các " +
      "cơ quan, đơn vị liên quan' kept as written (unresolved). 'gửi Thanh tra tỉnh', 'tham mưu UBND tỉnh báo cáo " +
      "Thanh tra Chính phủ' name recipients. Dates: 'trước ngày 31/3' -> 30/3 (Sat -> 1/4); 'Quý II' -> 30/6 (Sun " +
      "-> 1/7); 'tháng 4/2024' -> 30/4 (holiday -> 2/5); 'Quý III' -> 30/9; 'trước ngày 15/4' -> 14/4 (Sun -> " +
      "15/4); 'hoàn thành trước ngày 31/12' -> 30/12; 'trong tháng 10' -> 31/10; 'trước ngày 30/9' -> 29/9 (Sun " +
      "-> 30/9); 'Quý IV' -> 31/12; 'trước ngày 10/6' -> 9/6 (Sun -> 10/6); 'trước ngày 20/11' -> 19/11.",
    province: "Bắc Kạn",
    plan: { number: "142/KH-UBND", date: "2024-03-15" },
    tasks,
    unresolved: [LQ],
    successors: [],
  },
});

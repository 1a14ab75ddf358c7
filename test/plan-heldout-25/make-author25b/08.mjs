// 08: Thái Nguyên, UBND phường Phan Đình Phùng (after the reorganisation), 09/02/2026 — citizen reception and
// complaints plan with Word's SYMBOL BULLETS: "•" (Symbol U+F0B7) for the aims, items "1)" … "14)" running on
// through II, "◦" sub-points under an item, "✓" (Wingdings U+F0FC) checklist lines, "" (Wingdings U+F0A7) square
// bullets for the units in III. plan-typed has the marks typed as characters (•, ◦, ✓ and the private-use 
// in Wingdings); plan-auto has them in numbering.xml with their symbol fonts. plan.pdf: LibreOffice from
// plan-auto.docx, then Ghostscript pdfwrite.
import { addKind, build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "08-thai-nguyen-2026-ward-symbol-bullets-wingdings-paren-items";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const VP = "Văn phòng HĐND và UBND phường";
const KT = "Phòng Kinh tế, Hạ tầng và Đô thị";
const CA = "Công an phường";
const MT = "Ủy ban MTTQ Việt Nam phường";
const TDP = "Tổ trưởng tổ dân phố liên quan";
const TDPS = "Tổ trưởng các tổ dân phố";

addKind("dot", ["bullet", "\uF0B7", "Symbol"]);
addKind("circ", ["bullet", "◦"]);
addKind("check", ["bullet", "\uF0FC", "Wingdings"]);
addKind("square", ["bullet", "\uF0A7", "Wingdings"]);
addKind("paren1", ["decimal", "%1)"]);

const sec = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: { kind: "roman", inst: "R" } });
const plain = (text) => ({ t: "p", text });
const dot = (text) => ({ t: "p", num: "•", text, list: { kind: "dot", inst: "D" } });
const circ = (inst) => (text) => ({ t: "p", num: "◦", text, list: { kind: "circ", inst } });
const check = (inst) => (text) => ({ t: "p", num: "✓", numFont: "Segoe UI Symbol", text,
  list: { kind: "check", inst } });
const square = (text) => ({ t: "p", num: "\uF0A7", numFont: "Wingdings", text, list: { kind: "square", inst: "Q" } });
const tasks = [];
let n = 0;
// item(text, due | null, lead, coordinators, title)
const item = (text, due, lead = [], co = [], title) => {
  n += 1;
  if (due) tasks.push(task(`II.${n}`, title, due, lead, co));
  return { t: "p", num: `${n})`, text, list: { kind: "paren1", inst: "P" } };
};

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nPHƯỜNG PHAN ĐÌNH PHÙNG", "Số: 27/KH-UBND", "Phan Đình Phùng, ngày 09 tháng 02 năm 2026",
    "KẾ HOẠCH", "Công tác tiếp công dân, xử lý đơn thư, giải quyết khiếu nại, tố cáo năm 2026"),
  plain("Thực hiện Kế hoạch số 35/KH-UBND ngày 16/01/2026 của UBND tỉnh Thái Nguyên về công tác tiếp công dân, " +
    "giải quyết khiếu nại, tố cáo năm 2026, UBND phường Phan Đình Phùng xây dựng Kế hoạch thực hiện như sau:"),
  sec("I.", "MỤC ĐÍCH, YÊU CẦU"),
  dot("Tiếp công dân đúng lịch, đúng quy định; giải quyết kịp thời, dứt điểm khiếu nại, tố cáo ngay từ cơ sở, không " +
    "để phát sinh điểm nóng, khiếu kiện đông người, vượt cấp."),
  dot("Tỷ lệ giải quyết khiếu nại, tố cáo thuộc thẩm quyền đạt từ 90% trở lên; 100% đơn thư được tiếp nhận, phân " +
    "loại, xử lý đúng thời hạn."),
  sec("II.", "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
  item("Văn phòng HĐND và UBND phường ban hành lịch tiếp công dân định kỳ của Chủ tịch UBND phường năm 2026; niêm " +
    "yết tại trụ sở và đăng trên Trang thông tin điện tử của phường, xong trong tháng 02/2026.", "2026-02-28", [VP],
  [], "Ban hành lịch tiếp công dân định kỳ của Chủ tịch UBND phường năm 2026; niêm yết, đăng tải"),
  item("Chủ tịch UBND phường tiếp công dân định kỳ vào ngày 15 hằng tháng tại Trụ sở tiếp công dân phường.", null),
  item("Rà soát, phân loại toàn bộ đơn thư tồn đọng từ năm 2025 chuyển sang, gồm:", "2026-03-30", [VP], [CA],
    "Rà soát, phân loại đơn thư tồn đọng từ năm 2025 chuyển sang"),
  circ("C3")("đơn thuộc thẩm quyền giải quyết của Chủ tịch UBND phường: đề xuất thụ lý, giao xác minh;"),
  circ("C3")("đơn không thuộc thẩm quyền: hướng dẫn, chuyển đơn đến cơ quan có thẩm quyền;"),
  circ("C3")("đơn trùng lặp, nặc danh: lưu theo quy định."),
  plain("Văn phòng HĐND và UBND phường chủ trì, phối hợp với Công an phường thực hiện, hoàn thành trước ngày " +
    "31/3/2026."),
  item("Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Ủy ban MTTQ Việt Nam phường và Tổ trưởng tổ dân phố " +
    "liên quan giải quyết dứt điểm 03 vụ việc khiếu nại về đất đai kéo dài tại tổ dân phố số 5 và số 7; chậm nhất " +
    "ngày 30/6/2026.", "2026-06-30", [KT], [MT, TDP], "Giải quyết dứt điểm 03 vụ việc khiếu nại về đất đai kéo " +
    "dài tại tổ dân phố số 5 và số 7"),
  item("Kiểm tra, đôn đốc việc thi hành các quyết định giải quyết khiếu nại đã có hiệu lực pháp luật (Văn phòng " +
    "HĐND và UBND phường thực hiện, hoàn thành trong Quý III/2026), tập trung vào:", "2026-09-30", [VP], [],
  "Kiểm tra, đôn đốc việc thi hành các quyết định giải quyết khiếu nại đã có hiệu lực pháp luật"),
  check("K5")("việc bồi thường, hỗ trợ theo quyết định giải quyết khiếu nại lần đầu;"),
  check("K5")("việc khôi phục quyền, lợi ích hợp pháp của người khiếu nại;"),
  check("K5")("việc xử lý người có hành vi vi phạm đã được kết luận."),
  item("Phòng Văn hóa - Xã hội tuyên truyền pháp luật về khiếu nại, tố cáo trên hệ thống loa truyền thanh và tại " +
    "các buổi sinh hoạt tổ dân phố (thường xuyên).", null),
  item("Văn phòng HĐND và UBND phường phối hợp với Ủy ban MTTQ Việt Nam phường tập huấn kỹ năng tiếp công dân, hòa " +
    "giải cho Tổ trưởng các tổ dân phố, hòa giải viên cơ sở trong tháng 4/2026.", "2026-04-30", [VP], [MT],
  "Tập huấn kỹ năng tiếp công dân, hòa giải cho Tổ trưởng các tổ dân phố, hòa giải viên cơ sở"),
  item("Cập nhật kết quả tiếp công dân, xử lý đơn thư vào Cơ sở dữ liệu quốc gia về công tác tiếp công dân, xử lý " +
    "đơn thư hằng tháng.", null),
  item("Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Văn phòng HĐND và UBND phường chuẩn bị nội dung, tổ " +
    "chức để Chủ tịch UBND phường đối thoại với các hộ dân bị ảnh hưởng bởi dự án mở rộng đường Phan Đình Phùng, " +
    "thực hiện trước ngày 15/5/2026.", "2026-05-14", [KT], [VP], "Chuẩn bị nội dung, tổ chức đối thoại với các hộ " +
    "dân bị ảnh hưởng bởi dự án mở rộng đường Phan Đình Phùng"),
  item("Tổng kết công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm 2025: đã tổ chức ngày 20/01/2026.", null),
  item("Văn phòng HĐND và UBND phường báo cáo kết quả công tác 6 tháng đầu năm 2026 gửi Thanh tra tỉnh trước ngày " +
    "10/6/2026.", "2026-06-09", [VP], [], "Báo cáo kết quả công tác tiếp công dân, giải quyết khiếu nại, tố cáo 6 " +
    "tháng đầu năm 2026"),
  item("Văn phòng HĐND và UBND phường báo cáo kết quả công tác năm 2026 gửi Thanh tra tỉnh trước ngày 08/12/2026.",
    "2026-12-07", [VP], [], "Báo cáo kết quả công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm 2026"),
  item("Công an phường nắm chắc tình hình, chủ động phòng ngừa, xử lý các trường hợp tụ tập đông người, gây rối trật " +
    "tự tại nơi tiếp công dân.", null),
  item("Rà soát, chuẩn hóa số liệu thống kê về tiếp công dân, khiếu nại, tố cáo giai đoạn 2021 - 2025 phục vụ tổng " +
    "kết thi hành Luật Tiếp công dân: Văn phòng HĐND và UBND phường phối hợp với Công an phường, hoàn thành ngày " +
    "20/8/2026.", "2026-08-20", [VP], [CA], "Rà soát, chuẩn hóa số liệu thống kê về tiếp công dân, khiếu nại, tố " +
    "cáo giai đoạn 2021 - 2025"),
  sec("III.", "TỔ CHỨC THỰC HIỆN"),
  square("Văn phòng HĐND và UBND phường là đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch; tham mưu Chủ tịch UBND " +
    "phường xử lý trách nhiệm tập thể, cá nhân chậm thực hiện nhiệm vụ."),
  square("Trung tâm Phục vụ hành chính công phường tiếp nhận đơn thư gửi qua bộ phận một cửa, chuyển Văn phòng HĐND " +
    "và UBND phường trong ngày làm việc."),
  square("Tổ trưởng các tổ dân phố lập danh sách hộ gia đình có đơn thư kéo dài trên địa bàn, gửi Văn phòng HĐND và " +
    "UBND phường trước ngày 10/3/2026."),
  square("Đề nghị Ủy ban MTTQ Việt Nam phường giám sát việc tiếp công dân, giải quyết khiếu nại, tố cáo theo quy " +
    "định./."),
  ...sign(["Thanh tra tỉnh (b/c)", "TT Đảng ủy, TT HĐND phường", "CT, các PCT UBND phường", "Ủy ban MTTQ Việt Nam " +
    "phường", "Các phòng, đơn vị thuộc phường", "Các tổ dân phố"], "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Nguyễn Thị Loan"),
];
tasks.push(task("III", "Lập danh sách hộ gia đình có đơn thư kéo dài trên địa bàn", "2026-03-09", [TDPS]));

await build(DIR, {
  blocks, printer: "ghostscript",
  expected: {
    id: ID,
    style: "Kế hoạch 27/KH-UBND of UBND phường Phan Đình Phùng (Thái Nguyên, after the reorganisation), 09/02/2026, " +
      "citizen reception and complaints. Marks: I's aims are '•' bullets (Symbol U+F0B7 in plan-auto), II's items " +
      "'1)'-'14)' (a '%1)' Word list running through II), item 3's sub-points '◦', item 5's checklist '✓' (Wingdings " +
      "U+F0FC), III's unit paragraphs square bullets '' (Wingdings U+F0A7, typed as that private-use character in " +
      "plan-typed and plan.txt). ref = 'II.n'; the one dated paragraph of III (no number) ref 'III'. Item 3's " +
      "units and date are in the plain paragraph after its '◦' points (that paragraph closes the item); '◦' and " +
      "'✓' lines are contents of their item, not tasks. Item 5's units and date are in a parenthesis. Item 7 'X " +
      "phối hợp với Y' without chủ trì: X leads. Out: 2 'hằng tháng' reception, 6 'thường xuyên', 8 'hằng tháng', " +
      "10 done, 13 undated; III's other bullets undated, the last a request ('Đề nghị …'). 'gửi Thanh tra tỉnh' / " +
      "'gửi Văn phòng …' name recipients; item 9 'để Chủ tịch UBND phường đối thoại' is who speaks, the Phòng " +
      "leads. Units are the ward's own, written as the document writes them (unresolved). Dates: 'trong tháng " +
      "02/2026' -> 28/2 (Sat -> 2/3); 'trước ngày 31/3' -> 30/3; 'chậm nhất ngày 30/6' -> 30/6; 'trong Quý III' " +
      "-> 30/9; 'trong tháng 4/2026' -> 30/4 (holiday -> 4/5); 'trước ngày 15/5' -> 14/5; 'trước ngày 10/6' -> " +
      "9/6; 'trước ngày 08/12' -> 7/12; 'hoàn thành ngày 20/8' -> 20/8; III 'trước ngày 10/3' -> 9/3.",
    province: "Thái Nguyên",
    plan: { number: "27/KH-UBND", date: "2026-02-09" },
    tasks,
    unresolved: [VP, CA, KT, MT, TDP, TDPS],
    successors: [],
  },
});

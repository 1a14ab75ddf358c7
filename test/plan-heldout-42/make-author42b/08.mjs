// 08: Thái Nguyên 2026 (after the reorganisation: merged departments, communes, no districts), UBND tỉnh, Kế hoạch
// 24/KH-UBND ngày 28/01/2026, xác định Chỉ số CCHC năm 2026 của các sở, ban, ngành và UBND các xã, phường.
// Habit: WORD FORM FIELDS AND CONTENT CONTROLS carry the deadlines and lead units: the plan was typed into the
// Sở Nội vụ's template, whose "Chủ trì" and "Thời hạn" cells are legacy text form fields (FORMTEXT, w:ffData whose
// w:default, the template's text, DIFFERS from the result shown: the result is the truth), date-picker content
// controls (w:date w:fullDate; the shown text is the truth, some with words typed before the control, one showing
// only month/year) and drop-down list content controls (w:dropDownList, the chosen unit shown; the other list
// items are no units of the task). plan-auto.docx carries them (fields.mjs); plan-typed.docx is the same plan as
// plain text; plan.txt what Word's copy gives (the shown text).
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, H, buildSplit } from "./common.mjs";
import { fieldsTransform, formSettings, plainTransform } from "./fields.mjs";

const ID = "08-thai-nguyen-2026-template-legacy-form-fields-date-picker-and-dropdown-content-controls";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", KC = "Sở Khoa học và Công nghệ", TP = "Sở Tư pháp";
const TC = "Sở Tài chính", TT = "Thanh tra tỉnh", BD = "Bưu điện tỉnh", HD = "Hội đồng thẩm định";
const S = "Các sở, ban, ngành", XA = "UBND các xã, phường";
const LIST = [NV, TP, TC, KC, VP, TT, "Sở Nông nghiệp và Môi trường"].join(";");
const F = (name, def, shown) => `⟦F|${name}|${def}⟧${shown}⟦/F⟧`;
const D = (iso, shown, fmt = "dd/MM/yyyy") => `⟦D|${iso}|${fmt}⟧${shown}⟦/D⟧`;
const L = (shown) => `⟦L|${LIST}⟧${shown}⟦/L⟧`;

// [content, lead cell, coord cell, time cell, due, lead[], coord[]]
const rows0 = [
  ["Ban hành Bộ tiêu chí xác định Chỉ số cải cách hành chính năm 2026 của các sở, ban, ngành và UBND các xã, phường",
    F("ChuTri1", VP, NV), S, F("ThoiHan1", "Tháng 02/2026", "Trước ngày 13/02/2026"), "2026-02-12", [NV],
    ["@departments"]],
  ["Nâng cấp phần mềm theo dõi, chấm điểm Chỉ số CCHC trực tuyến; cấp tài khoản cho các xã, phường",
    L(KC), NV, "Trước ngày " + D("2026-03-10", "10/03/2026"), "2026-03-09", [KC], [NV]],
  ["Rà soát, hướng dẫn các tiêu chí về xây dựng, tổ chức thi hành văn bản quy phạm pháp luật tại địa phương",
    F("ChuTri3", NV, TP), "", F("ThoiHan3", "30/6/2026", "Quý I/2026"), "2026-03-31", [TP], []],
  ["Xây dựng, ban hành kế hoạch cải cách hành chính năm 2026 của cơ quan, đơn vị", `${S}; ${XA}`, "",
    "Chậm nhất ngày " + D("2026-02-22", "22/02/2026"), "2026-02-22", ["@departments", XA], []],
  ["Hướng dẫn lập dự toán, quyết toán kinh phí thực hiện nhiệm vụ cải cách hành chính sau sắp xếp", L(TC), NV,
    F("ThoiHan5", "Tháng 4/2026", "Tháng 5/2026"), "2026-05-31", [TC], [NV]],
  ["Công bố, công khai danh mục thủ tục hành chính và quy trình nội bộ trên Cổng Dịch vụ công của tỉnh",
    F("ChuTri6", "Chọn đơn vị chủ trì", VP), S, "Hoàn thành trước ngày " + D("2026-04-30", "30/04/2026"),
    "2026-04-29", [VP], ["@departments"]],
  ["Thanh tra công vụ việc chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức", L(TT), NV,
    "6 tháng đầu năm 2026", "2026-06-30", [TT], [NV]],
  ["Điều tra xã hội học lấy ý kiến đại biểu HĐND tỉnh, lãnh đạo các cơ quan, đơn vị về công tác CCHC", NV, BD,
    `⟦FD|ThoiHan8|31/07/2026|dd/MM/yyyy⟧15/07/2026⟦/FD⟧`, "2026-07-15", [NV], [BD]],
  ["Kiểm tra công tác cải cách hành chính tại một số xã, phường", L(NV), `${TT}; ${VP}`,
    "Tháng " + D("2026-09-01", "09/2026", "MM/yyyy"), "2026-09-30", [NV], [TT, VP]],
  ["Tự đánh giá, chấm điểm và gửi hồ sơ Chỉ số CCHC năm 2026 qua phần mềm", F("ChuTri10", NV, S), "",
    F("ThoiHan10", "Quý IV/2026", "Trước ngày 20/11/2026"), "2026-11-19", ["@departments"], []],
  ["Thẩm định kết quả tự đánh giá, chấm điểm Chỉ số CCHC năm 2026 của các cơ quan, đơn vị", L(NV), HD,
    "Chậm nhất ngày " + D("2026-12-05", "05/12/2026"), "2026-12-05", [NV], [HD]],
  ["Tổng hợp, trình UBND tỉnh phê duyệt, công bố Chỉ số CCHC năm 2026", NV, VP,
    F("ThoiHan12", "Năm 2026", "Ngày 25/12/2026"), "2026-12-25", [NV], [VP]],
];

const rows = [["STT", "Nội dung công việc", "Chủ trì", "Phối hợp", "Thời hạn"]];
const tasks = [];
rows0.forEach(([title, lc, cc, time, due, lead, co], i) => {
  rows.push([{ text: String(i + 1), align: "center", list: { kind: "cell", inst: "stt" } }, title, lc, cc, time]);
  tasks.push(task(String(i + 1), title, due, lead, co));
});

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 24/KH-UBND", "Thái Nguyên, ngày 28 tháng 01 năm 2026", "KẾ HOẠCH",
    "Xác định Chỉ số cải cách hành chính năm 2026 của các sở, ban, ngành và UBND các xã, phường tỉnh Thái Nguyên"),
  H("I.", "MỤC ĐÍCH, YÊU CẦU"),
  P("Đánh giá thực chất, khách quan kết quả thực hiện nhiệm vụ cải cách hành chính của các cơ quan, đơn vị sau sắp " +
    "xếp tổ chức bộ máy và đơn vị hành chính; kết quả Chỉ số CCHC là căn cứ đánh giá, xếp loại người đứng đầu."),
  H("II.", "NỘI DUNG, PHÂN CÔNG THỰC HIỆN"),
  { t: "table", widths: [550, 3700, 1750, 1650, 1700], header: 1, rows },
  H("III.", "TỔ CHỨC THỰC HIỆN"),
  P("Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết " +
    "quả Chỉ số CCHC của cơ quan, đơn vị mình; cập nhật tài liệu kiểm chứng thường xuyên trên phần mềm."),
  P("Sở Nội vụ là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; kịp thời báo cáo UBND tỉnh những " +
    "khó khăn, vướng mắc./."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh", S, XA],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Trịnh Việt Hùng"),
];

const DATES = "1 Chủ trì legacy field default 'Văn phòng UBND tỉnh', result 'Sở Nội vụ'; Thời hạn default 'Tháng " +
  "02/2026', result 'Trước ngày 13/02/2026' -> 12/02; 2 drop-down 'Sở Khoa học và Công nghệ' (list of 7 units); " +
  "'Trước ngày ' + date picker 10/03/2026 -> 09/03; 3 Chủ trì default 'Sở Nội vụ', result 'Sở Tư pháp'; default " +
  "'30/6/2026', result 'Quý I/2026' -> 31/3; 4 plain units; 'Chậm nhất ngày ' + date picker 22/02/2026 Sun -> " +
  "23/02; 5 drop-down 'Sở Tài chính'; default 'Tháng 4/2026', result 'Tháng 5/2026' -> 31/5 Sun -> 01/6; 6 Chủ trì " +
  "default 'Chọn đơn vị chủ trì', result 'Văn phòng UBND tỉnh'; 'Hoàn thành trước ngày ' + date picker 30/04/2026 -> " +
  "29/4; 7 drop-down 'Thanh tra tỉnh', plain '6 tháng đầu năm 2026' -> 30/6; 8 date-type legacy field default " +
  "'31/07/2026', result '15/07/2026' -> 15/7; 9 drop-down 'Sở Nội vụ'; 'Tháng ' + date picker (fullDate 01/9, " +
  "format MM/yyyy) showing '09/2026' -> 30/9; 10 Chủ trì default 'Sở Nội vụ', result 'Các sở, ban, ngành' = " +
  "@departments; default 'Quý IV/2026', result 'Trước ngày 20/11/2026' -> 19/11; 11 drop-down 'Sở Nội vụ'; " +
  "'Chậm nhất ngày ' + date picker 05/12/2026 Sat -> 07/12; 12 default 'Năm 2026', result 'Ngày 25/12/2026' -> 25/12.";

await buildSplit(DIR, {
  blocks, typed: { transform: plainTransform },
  auto: { transform: fieldsTransform, ...formSettings },
  expected: {
    id: ID,
    style: "Kế hoạch 24/KH-UBND of UBND tỉnh Thái Nguyên, 28/01/2026 (after the reorganisation: merged departments, " +
      "communes not imported, no districts). HABIT: WORD FORM FIELDS AND CONTENT CONTROLS: typed into a protected " +
      "form template (documentProtection forms); in plan-auto.docx the Chủ trì and Thời hạn cells hold legacy " +
      "FORMTEXT fields whose w:ffData w:default differs from the shown result (the result is the truth), date-picker " +
      "content controls (w:date fullDate; the shown text is the truth) and drop-down content controls (the chosen " +
      "unit shown, the other list items no units of the task); plan-typed.docx the same as plain text. Table STT | " +
      "Nội dung công việc | Chủ trì | Phối hợp | Thời hạn (ref = STT): " + DATES + " 'UBND các xã, phường' " +
      "unresolved as written. plan.pdf LibreOffice's print of plan-auto.docx.",
    province: "Thái Nguyên",
    plan: { number: "24/KH-UBND", date: "2026-01-28" },
    tasks, unresolved: [XA], successors: [],
  },
});

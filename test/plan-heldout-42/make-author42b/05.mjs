// 05: Thái Nguyên 2025 (after the reorganisation: merged departments, communes, Bắc Kạn merged in), UBND tỉnh,
// Kế hoạch 198/KH-UBND ngày 22/9/2025 điều chỉnh, bổ sung Kế hoạch số 52/KH-UBND ngày 18/02/2025 (CCHC, Chỉ số
// CCHC, Chỉ số SIPAS năm 2025). Habit: an AMENDMENT PLAN: a table STT | Nội dung nhiệm vụ | Thời hạn theo Kế hoạch
// số 52/KH-UBND | Thời hạn điều chỉnh | Đơn vị chủ trì | Đơn vị phối hợp (the answer takes the NEW deadline, the old
// one is no deadline), a section "Bổ sung nhiệm vụ" of new tasks in prose, and "Các nội dung khác giữ nguyên theo
// Kế hoạch số 52/KH-UBND" (no task). The plan's number and date are the amendment's own.
import { build, task } from "../../plan-corpus/author-kit/lib.mjs";
import { head, sign } from "../../plan-corpus/author-kit/head.mjs";
import { P, H } from "./common.mjs";

const ID = "05-thai-nguyen-2025-amendment-plan-old-and-adjusted-deadline-columns-added-tasks";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NV = "Sở Nội vụ", VP = "Văn phòng UBND tỉnh", KC = "Sở Khoa học và Công nghệ", TP = "Sở Tư pháp";
const TC = "Sở Tài chính", TT = "Thanh tra tỉnh", NM = "Sở Nông nghiệp và Môi trường", BD = "Bưu điện tỉnh";
const BAO = "Báo và Phát thanh, Truyền hình Thái Nguyên", HD = "Hội đồng thẩm định";
const XA = "UBND các xã, phường", S = "Các sở, ban, ngành";
const OLD = "Kế hoạch số 52/KH-UBND ngày 18/02/2025";

// [title, old time, new time, lead cell, coord cell, due (from the NEW time), lead[], coord[]]
const rows0 = [
  ["Tổ chức điều tra xã hội học xác định Chỉ số hài lòng của người dân, tổ chức (SIPAS) năm 2025 trên địa bàn tỉnh",
    "Tháng 8/2025", "Tháng 11/2025", NV, `${BD}; ${XA}`, "2025-11-30", [NV], [BD, XA]],
  ["Rà soát, cập nhật danh sách đối tượng khảo sát SIPAS theo đơn vị hành chính cấp xã sau sắp xếp",
    "Trước ngày 15/7/2025", "Trước ngày 10/10/2025", NV, XA, "2025-10-09", [NV], [XA]],
  ["Rà soát, chuẩn hóa dữ liệu hồ sơ thủ tục hành chính trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh " +
    "sau khi hợp nhất", "Quý III/2025", "Quý IV/2025", VP, KC, "2025-12-31", [VP], [KC]],
  ["Tự đánh giá, chấm điểm kết quả thực hiện Chỉ số CCHC năm 2025 của cơ quan, đơn vị; gửi hồ sơ về Sở Nội vụ",
    "Trước ngày 30/10/2025", "Chậm nhất ngày 05/12/2025", S, NV, "2025-12-05", ["@departments"], [NV]],
  ["Thẩm định kết quả tự đánh giá, chấm điểm Chỉ số CCHC năm 2025 của các cơ quan, đơn vị",
    "Tháng 11/2025", "Trước ngày 20/12/2025", NV, HD, "2025-12-19", [NV], [HD]],
  ["Kiểm tra công tác cải cách hành chính, kỷ luật, kỷ cương hành chính tại một số sở, ngành và xã, phường",
    "Quý III/2025", "Từ ngày 15/10 đến ngày 28/11/2025", NV, `${TT}; ${VP}`, "2025-11-28", [NV], [TT, VP]],
  ["Mở chuyên trang, chuyên mục tuyên truyền về cải cách hành chính và kết quả sắp xếp đơn vị hành chính",
    "Tháng 9/2025", "Tháng 12/2025", BAO, NV, "2025-12-31", [BAO], [NV]],
  ["Rà soát, kiến nghị đơn giản hóa thủ tục hành chính lĩnh vực đất đai, môi trường thuộc thẩm quyền của tỉnh",
    "6 tháng đầu năm 2025", "Ngày 15/12/2025", NM, `${TP}; ${VP}`, "2025-12-15", [NM], [TP, VP]],
];

const rows = [["STT", "Nội dung nhiệm vụ", "Thời hạn theo Kế hoạch số 52/KH-UBND", "Thời hạn điều chỉnh",
  "Đơn vị chủ trì", "Đơn vị phối hợp"]];
const tasks = [];
rows0.forEach(([title, old, nu, lc, cc, due, lead, co], i) => {
  rows.push([{ text: String(i + 1), align: "center", list: { kind: "cell", inst: "stt" } }, title, old, nu, lc, cc]);
  tasks.push(task(String(i + 1), title, due, lead, co));
});

const ADD = [
  ["xây dựng bộ câu hỏi khảo sát trực tuyến mức độ hài lòng trên Cổng Dịch vụ công của tỉnh",
    `${NV} chủ trì, phối hợp với ${KC} xây dựng bộ câu hỏi khảo sát trực tuyến mức độ hài lòng trên Cổng Dịch vụ ` +
    "công của tỉnh, đưa vào vận hành trước ngày 31/10/2025.", "2025-10-30", [NV], [KC]],
  ["tổ chức tập huấn nghiệp vụ cho công chức Bộ phận Một cửa cấp xã",
    `${XA} tổ chức tập huấn nghiệp vụ cho công chức Bộ phận Một cửa cấp xã về tiếp nhận, số hóa hồ sơ và trả kết ` +
    "quả điện tử; hoàn thành chậm nhất ngày 14/11/2025.", "2025-11-14", [XA], []],
  ["thẩm định, tham mưu bố trí kinh phí thực hiện điều tra xã hội học",
    `${TC} thẩm định, tham mưu bố trí kinh phí thực hiện điều tra xã hội học và số hóa hồ sơ tại các xã, phường ` +
    "trong tháng 10/2025.", "2025-10-31", [TC], []],
  ["đánh giá mức độ cung cấp dịch vụ công trực tuyến toàn trình của các cơ quan",
    `${KC} chủ trì, phối hợp với ${VP} đánh giá mức độ cung cấp dịch vụ công trực tuyến toàn trình của các cơ ` +
    "quan, đơn vị; báo cáo UBND tỉnh trước ngày 25/11/2025.", "2025-11-24", [KC], [VP]],
];

const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 198/KH-UBND", "Thái Nguyên, ngày 22 tháng 9 năm 2025", "KẾ HOẠCH",
    `Điều chỉnh, bổ sung ${OLD} của UBND tỉnh về cải cách hành chính, nâng cao Chỉ số CCHC, Chỉ số SIPAS ` +
    "tỉnh Thái Nguyên năm 2025"),
  P(`Thực hiện ${OLD} của UBND tỉnh Thái Nguyên về cải cách hành chính, nâng cao Chỉ số CCHC, Chỉ số SIPAS năm ` +
    "2025; căn cứ kết quả sắp xếp đơn vị hành chính các cấp, tổ chức bộ máy các cơ quan chuyên môn thuộc UBND tỉnh " +
    "từ ngày 01/7/2025, UBND tỉnh điều chỉnh, bổ sung một số nội dung của Kế hoạch như sau:"),
  H("I.", "ĐIỀU CHỈNH THỜI HẠN THỰC HIỆN MỘT SỐ NHIỆM VỤ"),
  P("Điều chỉnh thời hạn thực hiện các nhiệm vụ tại Phụ lục kèm theo Kế hoạch số 52/KH-UBND như sau:"),
  { t: "table", widths: [550, 3100, 1300, 1400, 1400, 1600], header: 1, rows },
  H("II.", "BỔ SUNG NHIỆM VỤ"),
  ...ADD.map(([, text], i) => P(text, { num: `${i + 1}.`, list: { kind: "decimal", inst: "add" } })),
  H("III.", "TỔ CHỨC THỰC HIỆN"),
  P("Các nội dung khác giữ nguyên theo Kế hoạch số 52/KH-UBND ngày 18/02/2025 của UBND tỉnh.",
    { num: "1.", list: { kind: "decimal", inst: "org" } }),
  P(`${S}, ${XA} căn cứ nội dung điều chỉnh, bổ sung tại Kế hoạch này, điều chỉnh kế hoạch cải cách hành chính ` +
    "của cơ quan, đơn vị mình cho phù hợp; tên cơ quan, đơn vị nêu tại Kế hoạch số 52/KH-UBND được hiểu là cơ quan, " +
    "đơn vị tiếp nhận chức năng, nhiệm vụ sau sắp xếp.", { num: "2.", list: { kind: "decimal", inst: "org" } }),
  P(`${NV} theo dõi, đôn đốc việc thực hiện; tổng hợp kết quả thực hiện Kế hoạch số 52/KH-UBND và Kế hoạch này, ` +
    "báo cáo UBND tỉnh chậm nhất ngày 26/12/2025.", { num: "3.", list: { kind: "decimal", inst: "org" } }),
  P("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về Sở Nội vụ để " +
    "tổng hợp, báo cáo UBND tỉnh xem xét, chỉ đạo./."),
  ...sign(["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh", S, XA,
    "Báo và PT-TH Thái Nguyên"], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hoàng Văn Lâm"),
];
ADD.forEach(([title, , due, lead, co], i) => tasks.push(task(`II.${i + 1}`, title, due, lead, co)));
tasks.push(task("III.3", "tổng hợp kết quả thực hiện Kế hoạch số 52/KH-UBND và Kế hoạch này", "2025-12-26", [NV]));

const DATES = "Table (ref = STT 1-8), read from 'Thời hạn điều chỉnh' only: 1 'Tháng 11/2025' 30/11 Sun -> 01/12 (old " +
  "'Tháng 8/2025' ignored); 2 'Trước ngày 10/10/2025' 09/10 (old 'Trước ngày 15/7/2025'); 3 'Quý IV/2025' 31/12 (old " +
  "'Quý III/2025'); 4 'Chậm nhất ngày 05/12/2025' 05/12 (old 'Trước ngày 30/10/2025'); 5 'Trước ngày 20/12/2025' 19/12 " +
  "(old 'Tháng 11/2025'); 6 'Từ ngày 15/10 đến ngày 28/11/2025' 28/11 (old 'Quý III/2025'); 7 'Tháng 12/2025' 31/12 " +
  "(old 'Tháng 9/2025'); 8 'Ngày 15/12/2025' 15/12 (old '6 tháng đầu năm 2025'). Section II Bổ sung nhiệm vụ, prose " +
  "(ref II.n): II.1 'trước ngày 31/10/2025' 30/10, lead Sở Nội vụ, coord Sở KH&CN; II.2 'chậm nhất ngày 14/11/2025' " +
  "14/11, lead 'UBND các xã, phường'; II.3 'trong tháng 10/2025' 31/10; II.4 'báo cáo UBND tỉnh trước ngày " +
  "25/11/2025' 24/11 (UBND tỉnh a recipient). III.1 'Các nội dung khác giữ nguyên theo Kế hoạch số 52/KH-UBND' no " +
  "task; III.2 undated, no task; III.3 'chậm nhất ngày 26/12/2025' 26/12.";

await build(DIR, {
  blocks, printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 198/KH-UBND of UBND tỉnh Thái Nguyên, 22/9/2025 (after the reorganisation: merged departments, " +
      "communes, no districts, communes not imported). HABIT: an AMENDMENT PLAN 'Điều chỉnh, bổ sung Kế hoạch số " +
      "52/KH-UBND ngày 18/02/2025': the plan's number and date are the amendment's own (52/KH-UBND and 18/02/2025 " +
      "are the amended plan's); the table gives both 'Thời hạn theo Kế hoạch số 52/KH-UBND' (the OLD deadline, no " +
      "deadline now) and 'Thời hạn điều chỉnh' (the NEW one, the answer). " + DATES + " 'Các sở, ban, ngành' = " +
      "@departments; 'UBND các xã, phường' unresolved as written; Hội đồng thẩm định and Báo và Phát thanh, " +
      "Truyền hình Thái Nguyên are directory units. plan.pdf LibreOffice's print of plan-auto.docx.",
    province: "Thái Nguyên",
    plan: { number: "198/KH-UBND", date: "2025-09-22" },
    tasks, unresolved: [XA], successors: [],
  },
});

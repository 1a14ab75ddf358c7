// 05: Thái Nguyên, UBND huyện Võ Nhai (before the reorganisation), 08/3/2024 — OCOP programme 2024. A district's
// plan to its own offices (Phòng …) and its communes. III is one table TT | Nội dung công việc | Đơn vị thực hiện |
// Thời gian hoàn thành where ONE unit column names every unit with its role in brackets after it: "X (chủ trì);
// Y, Z (phối hợp)". Stage rows A.-D. span the table; stage B's row gives its deadline in brackets and two rows of
// B leave their time cell empty. IV prose by unit. communes.json: the district's 15 communes. plan.pdf: LibreOffice.
import fs from "node:fs";
import path from "node:path";
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "05-thai-nguyen-2024-district-ocop-one-unit-column-roles-in-brackets-stage-row-deadline";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NN = "Phòng Nông nghiệp và PTNT";
const TCKH = "Phòng Tài chính - Kế hoạch";
const KTHT = "Phòng Kinh tế và Hạ tầng";
const XA = "UBND các xã, thị trấn";
const C = (u) => (u === XA ? "@communes" : u);
const COMMUNES = ["UBND thị trấn Đình Cả", ...["Bình Long", "Cúc Đường", "Dân Tiến", "La Hiên", "Lâu Thượng",
  "Liên Minh", "Nghinh Tường", "Phú Thượng", "Phương Giao", "Sảng Mộc", "Thần Sa", "Thượng Nung", "Tràng Xá",
  "Vũ Chấn"].map((x) => "UBND xã " + x)];
const NAMED = ["UBND xã La Hiên", "UBND xã Tràng Xá", "UBND xã Dân Tiến"];
const HD = "Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện";
const XA3 = "UBND các xã có sản phẩm đạt 3 sao";

// A stage row: [label, text]; a task row: [tt, text, unitsCell, time, due | null, lead[], co[], inherited]
const ROWS = [
  ["A", "CÔNG TÁC CHUẨN BỊ"],
  [1, "Xây dựng, ban hành Kế hoạch thực hiện Chương trình OCOP năm 2024 của xã, thị trấn", `${XA} (chủ trì)`,
    "Trước 30/3/2024", "2024-03-29", [XA], []],
  [2, "Rà soát, lựa chọn sản phẩm có tiềm năng, lập danh mục sản phẩm đăng ký tham gia Chương trình năm 2024",
    `${XA} (chủ trì); ${NN} (phối hợp)`, "Tháng 4/2024", "2024-04-30", [XA], [NN]],
  [3, "Tập huấn kiến thức về Chương trình OCOP, kỹ năng xây dựng hồ sơ sản phẩm cho các chủ thể",
    `${NN} (chủ trì); Trung tâm Dịch vụ nông nghiệp huyện, ${XA} (phối hợp)`, "Quý II/2024", "2024-06-30", [NN],
    ["Trung tâm Dịch vụ nông nghiệp huyện", XA]],
  [4, "Hỗ trợ chủ thể thiết kế bao bì, nhãn mác, đăng ký mã số mã vạch, truy xuất nguồn gốc sản phẩm",
    `${KTHT} (chủ trì); ${NN} (phối hợp)`, "Từ tháng 4 đến hết tháng 7/2024", "2024-07-31", [KTHT], [NN]],
  ["B", "TỔ CHỨC ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM CẤP HUYỆN (hoàn thành trong tháng 9/2024)"],
  [5, "Tiếp nhận, kiểm tra hồ sơ sản phẩm đăng ký đánh giá, phân hạng", `${NN} (chủ trì)`, "Chậm nhất 15/8/2024",
    "2024-08-15", [NN], []],
  [6, "Đánh giá, chấm điểm, phân hạng sản phẩm cấp huyện", `${HD} (chủ trì); ${NN} (cơ quan thường trực)`, "",
    "2024-09-30", [HD], [NN], true],
  [7, "Hoàn thiện hồ sơ các sản phẩm đạt 3 sao trở lên, trình UBND huyện quyết định công nhận; đề xuất sản phẩm " +
    "tiềm năng 4 sao gửi Sở Nông nghiệp và PTNT", `${NN} (chủ trì); ${XA3} (phối hợp)`, "", "2024-09-30", [NN],
  [XA3], true],
  [8, "Đánh giá lại các sản phẩm OCOP được công nhận năm 2021 đã hết thời hạn", "UBND các xã: La Hiên, Tràng Xá, " +
    `Dân Tiến (chủ trì); ${NN} (phối hợp)`, "Trước 20/9/2024", "2024-09-19", NAMED, [NN]],
  ["C", "XÚC TIẾN THƯƠNG MẠI, QUẢNG BÁ SẢN PHẨM"],
  [9, "Giới thiệu, quảng bá sản phẩm OCOP trên Trang thông tin điện tử huyện và các nền tảng mạng xã hội",
    "Trung tâm Văn hóa, Thể thao và Truyền thông huyện (chủ trì)", "Thường xuyên", null],
  [10, "Tổ chức gian hàng giới thiệu sản phẩm OCOP của huyện tại Hội chợ sản phẩm OCOP tỉnh Thái Nguyên",
    `${KTHT} (chủ trì); Phòng Văn hóa và Thông tin, ${XA} (phối hợp)`, "Quý IV/2024", "2024-12-31", [KTHT],
    ["Phòng Văn hóa và Thông tin", XA]],
  [11, "Hỗ trợ chủ thể OCOP đưa sản phẩm lên sàn thương mại điện tử", `${KTHT} (chủ trì); Bưu điện huyện Võ Nhai ` +
    "(phối hợp)", "Xong trước 15/11/2024", "2024-11-14", [KTHT], ["Bưu điện huyện Võ Nhai"]],
  ["D", "KIỂM TRA, TỔNG KẾT"],
  [12, "Kiểm tra việc duy trì chất lượng sản phẩm, sử dụng nhãn OCOP của các chủ thể", `${NN} (chủ trì); Phòng ` +
    `Y tế, ${KTHT} (phối hợp)`, "Tháng 10-11/2024", "2024-11-30", [NN], ["Phòng Y tế", KTHT]],
  [13, "Tổng kết Chương trình OCOP năm 2024, đề xuất khen thưởng tập thể, cá nhân có thành tích",
    `${NN} (chủ trì); Phòng Nội vụ (phối hợp)`, "Ngày 20/12/2024", "2024-12-20", [NN], ["Phòng Nội vụ"]],
];
const tasks = ROWS.filter((x) => x.length > 2 && x[4]).map(([tt, text, , , due, lead, co, inh]) =>
  task(String(tt), text, due, lead.map(C), co.map(C), inh ?? false));
tasks.push(task("IV.1", "Tổng hợp, báo cáo kết quả thực hiện Chương trình OCOP 6 tháng đầu năm 2024", "2024-06-14",
  [NN]));
tasks.push(task("IV.2", "Tham mưu bố trí kinh phí hỗ trợ các chủ thể có sản phẩm được công nhận OCOP năm 2024 từ " +
  "nguồn ngân sách huyện", "2024-09-30", [TCKH], [NN]));
tasks.push(task("IV.4", "Báo cáo kết quả thực hiện Chương trình OCOP năm 2024", "2024-12-04", ["@communes"]));

const W = [620, 4000, 2900, 1700];
const rows = ROWS.map((x) => (x.length === 2 ? [{ text: x[0], bold: true, align: "center" },
  { text: x[1], span: 3, bold: true }] : [{ text: String(x[0]), align: "center", list: { kind: "cell", inst: "tt" } },
  x[1], x[2], { text: x[3], align: "center" }]));
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nHUYỆN VÕ NHAI", "Số: 57/KH-UBND", "Võ Nhai, ngày 08 tháng 3 năm 2024", "KẾ HOẠCH",
    "Thực hiện Chương trình Mỗi xã một sản phẩm (OCOP) huyện Võ Nhai năm 2024"),
  { t: "p", text: "Thực hiện Kế hoạch số 22/KH-UBND ngày 31/01/2024 của UBND tỉnh Thái Nguyên về thực hiện Chương " +
    "trình OCOP tỉnh Thái Nguyên năm 2024, UBND huyện Võ Nhai ban hành Kế hoạch thực hiện như sau:" },
  { t: "p", text: "I. MỤC ĐÍCH, YÊU CẦU", bold: true },
  { t: "p", text: "1. Phát triển các sản phẩm OCOP gắn với lợi thế của từng xã, thị trấn, nhất là các sản phẩm " +
    "chè, măng, miến dong, gà đồi; nâng cao chất lượng, giá trị các sản phẩm đã được công nhận." },
  { t: "p", text: "2. Phân công rõ trách nhiệm của các cơ quan chuyên môn thuộc UBND huyện và UBND các xã, thị " +
    "trấn; bảo đảm các nội dung được triển khai đúng tiến độ." },
  { t: "p", text: "II. CHỈ TIÊU", bold: true },
  { t: "p", text: "Phấn đấu có thêm sản phẩm được công nhận đạt 3 sao trở lên; 100% sản phẩm hết hạn được đánh giá " +
    "lại đúng quy định." },
  { t: "p", text: "III. NỘI DUNG, PHÂN CÔNG THỰC HIỆN", bold: true },
  { t: "table", widths: W, header: 1, rows: [
    ["TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian hoàn thành"],
    ...rows,
  ] },
  { t: "p", text: "IV. TỔ CHỨC THỰC HIỆN", bold: true },
  { t: "p", text: "1. Phòng Nông nghiệp và PTNT là cơ quan thường trực Chương trình OCOP huyện, theo dõi, đôn đốc các " +
    "đơn vị thực hiện Kế hoạch; tổng hợp, báo cáo UBND huyện kết quả thực hiện Chương trình OCOP 6 tháng đầu năm " +
    "2024 trước ngày 15/6/2024." },
  { t: "p", text: "2. Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Phòng Nông nghiệp và PTNT tham mưu bố trí kinh " +
    "phí hỗ trợ các chủ thể có sản phẩm được công nhận OCOP năm 2024 từ nguồn ngân sách huyện, hoàn thành trong " +
    "quý III/2024." },
  { t: "p", text: "3. Trung tâm Văn hóa, Thể thao và Truyền thông huyện đưa tin, bài về các chủ thể, sản phẩm OCOP " +
    "tiêu biểu trên sóng truyền thanh huyện." },
  { t: "p", text: "4. UBND các xã, thị trấn chỉ đạo công chức phụ trách nông nghiệp hướng dẫn các chủ thể hoàn thiện " +
    "hồ sơ; báo cáo kết quả thực hiện Chương trình OCOP năm 2024 về UBND huyện (qua Phòng Nông nghiệp và PTNT) " +
    "trước ngày 05/12/2024." },
  { t: "p", text: "5. Đề nghị Ủy ban MTTQ Việt Nam huyện, Hội Nông dân huyện, Hội Liên hiệp Phụ nữ huyện phối hợp " +
    "tuyên truyền, vận động hội viên tham gia Chương trình OCOP." },
  ...sign(["UBND tỉnh (b/c)", "Sở Nông nghiệp và PTNT tỉnh", "TT Huyện ủy, TT HĐND huyện", "Chủ tịch, các PCT " +
    "UBND huyện", "Các cơ quan chuyên môn thuộc UBND huyện", "UBND các xã, thị trấn"],
  "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lục Văn Thắng"),
];

await build(DIR, {
  blocks, printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 57/KH-UBND of UBND huyện Võ Nhai (Thái Nguyên, before the reorganisation), 08/3/2024, OCOP " +
      "programme: a district's plan to its own offices and its communes (communes.json: the district's 15; " +
      "'UBND các xã, thị trấn' = @communes). I-II aims/targets, no tasks. III one table TT | Nội dung công việc | " +
      "Đơn vị thực hiện | Thời gian hoàn thành; ONE unit column lists every unit with its role in brackets: " +
      "'X (chủ trì)' leads, '(phối hợp)' and '(cơ quan thường trực)' coordinate (row 6: the Hội đồng leads, the " +
      "standing office coordinates). Stage rows A.-D. span the table; TT 1-13 run on (ref = TT, the plan's one " +
      "task table). Stage B's row '(hoàn thành trong tháng 9/2024)' gives rows 6 and 7 (empty time cells) 30/9, " +
      "inherited; rows 5 and 8 have their own. Row 8 'UBND các xã: La Hiên, Tràng Xá, Dân Tiến' = three named " +
      "communes; row 7 'UBND các xã có sản phẩm đạt 3 sao' is partial: unresolved as written. Dates: 'Trước " +
      "30/3/2024' -> 29/3; 'Tháng 4/2024' -> 30/4 (holiday) -> 2/5; 'Quý II/2024' -> 30/6 Sun -> 1/7; 'Từ tháng 4 " +
      "đến hết tháng 7/2024' -> 31/7; 'Chậm nhất 15/8/2024'; 'Trước 20/9/2024' -> 19/9; 'Quý IV/2024' -> 31/12; " +
      "'Xong trước 15/11/2024' -> 14/11; 'Tháng 10-11/2024' -> 30/11 Sat -> 2/12; 'Ngày 20/12/2024'. IV prose " +
      "(ref IV.n): IV.1 'trước ngày 15/6/2024' -> 14/6; IV.2 'trong quý III/2024' -> 30/9; IV.4 'trước ngày " +
      "05/12/2024' -> 4/12. Left out: row 9 'Thường xuyên', IV.3 and IV.5 undated. 'trình UBND huyện', 'gửi Sở " +
      "Nông nghiệp và PTNT', 'báo cáo UBND huyện (qua Phòng …)': recipients. District offices and bodies " +
      "unresolved as written.",
    province: "Thái Nguyên",
    plan: { number: "57/KH-UBND", date: "2024-03-08" },
    tasks,
    unresolved: [XA3, NN, "Trung tâm Dịch vụ nông nghiệp huyện", KTHT, HD, "Phòng Văn hóa và Thông tin",
      "Bưu điện huyện Võ Nhai", "Phòng Y tế", "Phòng Nội vụ", TCKH],
    successors: [],
  },
});
fs.writeFileSync(path.join(DIR, "communes.json"), JSON.stringify(COMMUNES, null, 2) + "\n");

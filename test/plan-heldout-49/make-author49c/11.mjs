// 11: Bắc Kạn 2025 (before the reorganisation: departments as they were, districts; every deadline before 1/7/2025).
// The Biểu phân công of Kế hoạch 71/KH-UBND ngày 24/02/2025 (cải cách hành chính, sắp xếp bộ máy 6 tháng đầu năm
// 2025) as typed in Excel: ONE UNIT COLUMN "Cơ quan thực hiện" whose cell carries FULL NAMES on several lines (Alt+
// Enter) with the labels INSIDE the cell, written as each typist wrote them: "Chủ trì: … / Phối hợp: …", "- Chủ trì:
// … / - Phối hợp: …", a label alone on its line then one name a line, "CT: … / PH: …", "Chủ trì thực hiện: … / Đơn
// vị phối hợp: …", once Phối hợp written first, once no Phối hợp line; names inside a line separated by ";" or ",".
// The time cell also breaks a line once ("Trước ngày" / "20/5/2025"). Bold group rows 1..5, tasks "1.1", "2.3" (ref).
import { C, H, answer, blank, note, saveBook, task, title, when, writeExpected } from "./common.mjs";

const ID = "11-bac-kan-2025-one-unit-cell-alt-enter-lines-chu-tri-phoi-hop-labels-inside-cell-label-variants-decimal-tt";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "71/KH-UBND";
const SBN = "Các sở, ban, ngành", HTP = "UBND các huyện, thành phố", XPT = "UBND các xã, phường, thị trấn";
const TTPV = "Trung tâm Phục vụ hành chính công tỉnh";
const MAP = { [SBN]: ["@departments"], [HTP]: ["@districts"] };

// group: {g, name}; task: [TT, task, unit cell as typed, leads, partners, time as typed, due | null, product]
const ROWS = [
  { g: "1", name: "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH VÀ TUYÊN TRUYỀN" },
  ["1.1", "Xây dựng, ban hành Kế hoạch tuyên truyền cải cách hành chính, chuyển đổi số năm 2025",
    "Chủ trì: Sở Nội vụ\nPhối hợp: Sở Thông tin và Truyền thông", ["Sở Nội vụ"], ["Sở Thông tin và Truyền thông"],
    "Trước 15/3/2025", "2025-03-14", "Kế hoạch"],
  ["1.2", "Tuyên truyền kết quả cải cách hành chính, mô hình hay trên báo, đài và Cổng thông tin điện tử tỉnh",
    "Chủ trì: Sở Thông tin và Truyền thông\nPhối hợp: Báo Bắc Kạn; Đài Phát thanh - Truyền hình tỉnh",
    ["Sở Thông tin và Truyền thông"], ["Báo Bắc Kạn", "Đài Phát thanh - Truyền hình tỉnh"], "Quý II/2025",
    "2025-06-30", "Tin, bài, phóng sự"],
  ["1.3", "Tổ chức Hội thi tìm hiểu về cải cách hành chính dành cho đoàn viên, thanh niên",
    "Chủ trì: Sở Nội vụ\nPhối hợp: Sở Văn hóa, Thể thao và Du lịch, Tỉnh đoàn", ["Sở Nội vụ"],
    ["Sở Văn hóa, Thể thao và Du lịch", "Tỉnh đoàn"], "Tháng 5/2025", "2025-05-31", "Hội thi cấp tỉnh"],
  { g: "2", name: "CẢI CÁCH THỦ TỤC HÀNH CHÍNH, THỰC HIỆN CƠ CHẾ MỘT CỬA" },
  ["2.1", "Rà soát, đề xuất phương án đơn giản hóa thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước",
    "Chủ trì: Văn phòng UBND tỉnh\nPhối hợp: Các sở, ban, ngành", ["Văn phòng UBND tỉnh"], [SBN], "30/4/2025",
    "2025-04-30", "Quyết định phê duyệt phương án"],
  ["2.2", "Cung cấp dịch vụ công trực tuyến toàn trình đối với thủ tục hành chính đủ điều kiện",
    "Phối hợp: Sở Thông tin và Truyền thông\nChủ trì: Các sở, ban, ngành; UBND các huyện, thành phố", [SBN, HTP],
    ["Sở Thông tin và Truyền thông"], "Tháng 6/2025", "2025-06-30", "Danh mục dịch vụ công trực tuyến"],
  ["2.3", "Thí điểm tiếp nhận hồ sơ, trả kết quả thủ tục hành chính không phụ thuộc địa giới hành chính",
    `Chủ trì:\n${TTPV}\nPhối hợp:\nBưu điện tỉnh\nUBND thành phố Bắc Kạn`, [TTPV],
    ["Bưu điện tỉnh", "UBND thành phố Bắc Kạn"], "Trước ngày\n20/5/2025", "2025-05-19", "Báo cáo kết quả thí điểm"],
  { g: "3", name: "SẮP XẾP, TINH GỌN TỔ CHỨC BỘ MÁY" },
  ["3.1", "Xây dựng phương án sắp xếp, tinh gọn các cơ quan chuyên môn thuộc UBND tỉnh",
    "- Chủ trì: Sở Nội vụ\n- Phối hợp: Các sở, ban, ngành", ["Sở Nội vụ"], [SBN], "Trước 28/02/2025",
    "2025-02-27", "Tờ trình, Đề án"],
  ["3.2", "Giải quyết chế độ, chính sách đối với cán bộ, công chức nghỉ việc theo Nghị định số 178/2024/NĐ-CP",
    "Chủ trì thực hiện: Sở Nội vụ\nĐơn vị phối hợp: Sở Tài chính; Bảo hiểm xã hội tỉnh", ["Sở Nội vụ"],
    ["Sở Tài chính", "Bảo hiểm xã hội tỉnh"], "Quý II/2025", "2025-06-30", "Quyết định giải quyết chế độ"],
  ["3.3", "Rà soát, sắp xếp các đơn vị sự nghiệp công lập trong lĩnh vực y tế trên địa bàn tỉnh",
    `Chủ trì thực hiện: Sở Y tế\nĐơn vị phối hợp: Sở Nội vụ; ${HTP}`, ["Sở Y tế"], ["Sở Nội vụ", HTP],
    "Hoàn thành trong tháng 4/2025", "2025-04-30", "Đề án sắp xếp"],
  { g: "4", name: "CẢI CÁCH TÀI CHÍNH CÔNG, XÂY DỰNG CHÍNH QUYỀN SỐ" },
  ["4.1", "Điều chỉnh dự toán ngân sách năm 2025 của các cơ quan, đơn vị sau sắp xếp tổ chức bộ máy",
    "- Chủ trì: Sở Tài chính\n- Phối hợp: Sở Kế hoạch và Đầu tư; Kho bạc Nhà nước tỉnh", ["Sở Tài chính"],
    ["Sở Kế hoạch và Đầu tư", "Kho bạc Nhà nước tỉnh"], "31/3/2025", "2025-03-31", "Quyết định điều chỉnh dự toán"],
  ["4.2", "Làm sạch dữ liệu hộ tịch, kết nối với Cơ sở dữ liệu quốc gia về dân cư",
    `CT: Công an tỉnh\nPH: Sở Tư pháp; ${HTP}`, ["Công an tỉnh"], ["Sở Tư pháp", HTP], "Tháng 3/2025",
    "2025-03-31", "Dữ liệu được đồng bộ"],
  ["4.3", "Triển khai hệ thống hội nghị truyền hình trực tuyến đến UBND cấp xã",
    `Chủ trì: Sở Thông tin và Truyền thông\nPhối hợp: ${HTP}; ${XPT}`, ["Sở Thông tin và Truyền thông"], [HTP, XPT],
    "30/6/2025", "2025-06-30", "Điểm cầu cấp xã hoạt động"],
  { g: "5", name: "ĐÁNH GIÁ, BÁO CÁO" },
  ["5.1", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024, cập nhật tài liệu kiểm chứng lên Phần mềm",
    `Chủ trì: ${SBN}; ${HTP}`, [SBN, HTP], [], "Trước 05/3/2025", "2025-03-04", "Kết quả tự chấm điểm"],
  ["5.2", "Báo cáo kết quả thực hiện nhiệm vụ cải cách hành chính quý gửi Sở Nội vụ",
    `Chủ trì: ${SBN}; ${HTP}\nPhối hợp: -`, [SBN, HTP], [], "Hằng quý, trước ngày 15 tháng cuối quý", null,
    "Báo cáo quý"],
  ["5.3", "Tổng hợp, xây dựng báo cáo cải cách hành chính 6 tháng đầu năm 2025 của UBND tỉnh",
    "Chủ trì: Sở Nội vụ", ["Sở Nội vụ"], [], "Trước 20/6/2025", "2025-06-19", "Báo cáo 6 tháng"],
];

const N = 5;
const MID = { align: "center" };
const sheet = {
  name: "Bieu phan cong", widths: [6, 48, 36, 17, 22], boxFrom: 6, size: 12, portrait: true,
  rows: [
    { cells: [C("ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", { bold: true, across: 1, align: "center" })], box: false },
    title("BIỂU PHÂN CÔNG NHIỆM VỤ", N),
    title(`(Kèm theo Kế hoạch số ${NUM} ngày 24/02/2025 của UBND tỉnh Bắc Kạn về cải cách hành chính, sắp xếp tổ ` +
      "chức bộ máy 6 tháng đầu năm 2025)", N, { bold: false, italic: true }),
    blank(),
    blank(),
    { cells: ["TT", "Nội dung công việc", "Cơ quan thực hiện", "Thời gian hoàn thành", "Sản phẩm"].map((h) => C(h, H)) },
    ...ROWS.map((r) => (r.g
      ? { cells: [C(r.g, { bold: true, align: "center" }), C(r.name, { bold: true, across: N - 2 })] }
      : { cells: [C(r[0], MID), C(r[1]), C(r[2]), C(r[5], MID), C(r[7])] })),
    blank(),
    note("Ghi chú: Cơ quan chủ trì chịu trách nhiệm tổ chức thực hiện và báo cáo kết quả về Sở Nội vụ để tổng hợp; " +
      "thời gian hoàn thành tính đến ngày ghi trong Biểu.", N, { italic: true }),
  ],
  setup(ws) {
    ws.pageSetup.printTitlesRow = "6:6";
  },
};

await saveBook(DIR, [sheet], { creator: "Hoàng Văn Thịnh", created: "2025-02-17T03:00:00Z",
  modified: "2025-02-24T08:20:00Z", size: 12 });

const tasks = [];
const lines = [];
for (const r of ROWS) {
  if (r.g) continue;
  const written = r[5].replace("\n", " ");
  if (!r[6]) {
    lines.push(`${r[0]} '${written}' recurring: no task`);
    continue;
  }
  tasks.push(task(r[0], r[1], r[6], answer(r[3], MAP), answer(r[4], MAP)));
  lines.push(when(r[0], written, r[6]));
}
writeExpected(DIR, {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Bắc Kạn, 24/02/2025 (before the reorganisation), CCHC and sắp xếp bộ máy ` +
    "6 tháng đầu năm 2025: its Biểu phân công typed in Excel, one sheet: TT | Nội dung công việc | Cơ quan thực " +
    "hiện | Thời gian hoàn thành | Sản phẩm. ONE UNIT CELL WITH LINE BREAKS (Alt+Enter), full names, the LABELS " +
    "INSIDE THE CELL: 'Chủ trì: …' lines are leads, 'Phối hợp: …' coordinators, whatever the order (2.2 has Phối " +
    "hợp first), the form ('- Chủ trì:', 'CT:'/'PH:', 'Chủ trì thực hiện:'/'Đơn vị phối hợp:') or the layout (2.3: " +
    "each label alone on its line, one name a line after it); names in a line split at ';' or ', ' between names " +
    "(1.3 'Sở Văn hóa, Thể thao và Du lịch, Tỉnh đoàn' = two units); 'Phối hợp: -' none. Bold group rows 1..5, " +
    "ref = TT ('2.3'). Times read by the rules: " + lines.join("; ") + ". 'Các sở, ban, ngành' = @departments, " +
    "'UBND các huyện, thành phố' = @districts, 'UBND các xã, phường, thị trấn' = unresolved 'UBND cấp xã'; 'Trung " +
    "tâm Phục vụ hành chính công tỉnh' unresolved; 'Tỉnh đoàn', 'Báo Bắc Kạn' directory bodies. 'gửi Sở Nội vụ' " +
    "names a recipient. plan.xlsx (exceljs), .xls/.ods copies, plan.pdf LibreOffice's print, plan.txt Excel's copy " +
    "(a cell with line breaks quoted).",
  province: "Bắc Kạn",
  plan: { number: NUM, date: "2025-02-24" },
  tasks,
  unresolved: [TTPV, XPT],
  successors: [],
});

// 11: Bắc Kạn 2024 (before the reorganisation: departments as they were, districts). The follow-up workbook of Kế
// hoạch 186/KH-UBND ngày 22/3/2024 (chuyển đổi số, chính quyền số, an toàn thông tin mạng năm 2024) as the Sở Thông
// tin và Truyền thông sends it to the units: SEVERAL SHEETS, "Hướng dẫn" (how to fill the forms: instructions, a
// recurring reporting day, no task), "Biểu 01" (tasks led by the province's departments) and "Biểu 02" (tasks led
// by the districts), each form with its own "Biểu 0N" mark and title rows naming the plan; STT RESTARTS from 1 on
// each form (ref = form number without its zero and STT: "1.3", "2.5", as the project cites a form's rows);
// Biểu 01 has ONE HIDDEN COLUMN of the office's follow-up
// notes (left out of the print, kept in the copy). Times typed as text in several wordings.
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { writeExpected } from "../../plan-corpus/author-kit/sheet.mjs";
import { C, H, blank, saveBook, title, unitsOf, when } from "./common.mjs";

const ID = "11-bac-kan-2024-instructions-sheet-bieu-01-bieu-02-sheets-stt-restarts-per-form-hidden-notes-column";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "186/KH-UBND";
const PLAN = `Kế hoạch số ${NUM} ngày 22/3/2024 của UBND tỉnh Bắc Kạn`;
const SBN = "Các sở, ban, ngành", HTP = "UBND các huyện, thành phố", XPT = "UBND các xã, phường, thị trấn";
const MAP = {
  [SBN]: ["@departments"], [HTP]: ["@districts"], "Sở TT&TT": ["Sở Thông tin và Truyền thông"],
  "Sở NN&PTNT": ["Sở Nông nghiệp và Phát triển nông thôn"], "BHXH tỉnh": ["Bảo hiểm xã hội tỉnh"],
  "Đài PT-TH tỉnh": ["Đài Phát thanh - Truyền hình tỉnh"], "Sở KH&ĐT": ["Sở Kế hoạch và Đầu tư"],
};
const units = (cell) => unitsOf(cell, MAP);

// [STT, task, lead, coordinators, time as typed, due (ISO) | null, hidden note (Biểu 01 only)]
const FORM1 = [
  ["1", "Cập nhật Kiến trúc Chính quyền điện tử tỉnh Bắc Kạn theo hướng Chính quyền số, phiên bản 3.0", "Sở TT&TT",
    SBN, "Quý II/2024", "2024-06-30", "Nhiệm vụ chuyển tiếp từ Kế hoạch năm 2023"],
  ["2", "Nâng cấp Hệ thống quản lý văn bản và điều hành, bảo đảm liên thông văn bản điện tử bốn cấp chính quyền",
    "Sở TT&TT", "Văn phòng UBND tỉnh", "30/9/2024", "2024-09-30",
    "Theo Công văn số 1120/BTTTT-CĐSQG ngày 25/3/2024 của Bộ TT&TT"],
  ["3", "Triển khai giám sát an toàn thông tin tập trung đối với hệ thống thông tin cấp độ 3 trở lên", "Sở TT&TT",
    "Công an tỉnh", "Trước 31/10/2024", "2024-10-30", "05 hệ thống cấp độ 3"],
  ["4", "Hướng dẫn hộ kinh doanh, hợp tác xã đưa sản phẩm OCOP lên sàn thương mại điện tử", "Sở Công Thương",
    `Sở NN&PTNT; ${HTP}`, "Tháng 8/2024", "2024-08-31", "Gắn với Chương trình OCOP"],
  ["5", "Số hóa sổ hộ tịch lưu trữ tại cấp huyện, cấp xã, cập nhật vào Cơ sở dữ liệu hộ tịch điện tử", "Sở Tư pháp",
    HTP, "Hoàn thành 30/11/2024", "2024-11-30", "Khoảng 285.000 trang sổ"],
  ["6", "Triển khai sổ sức khỏe điện tử, kết nối dữ liệu khám chữa bệnh với Cơ sở dữ liệu quốc gia về dân cư",
    "Sở Y tế", "Công an tỉnh; BHXH tỉnh", "6 tháng đầu năm 2024", "2024-06-30", ""],
  ["7", "Tuyên truyền về chuyển đổi số, các nền tảng số dùng chung trên báo, đài của tỉnh",
    "Báo Bắc Kạn; Đài PT-TH tỉnh", "Sở TT&TT", "Thường xuyên", null, "Chuyên mục định kỳ"],
  ["8", "Thẩm định, tham mưu bố trí vốn đầu tư các dự án chuyển đổi số giai đoạn 2024-2025", "Sở KH&ĐT",
    "Sở Tài chính; Sở TT&TT", "Quý III/2024", "2024-09-30", "Danh mục dự án tại Nghị quyết của HĐND tỉnh"],
  ["9", "Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số tỉnh Bắc Kạn năm 2024", "Sở TT&TT", `${SBN}; ${HTP}`,
    "Trước ngày 10/10/2024", "2024-10-09", "Ngày Chuyển đổi số quốc gia 10/10"],
];
const FORM2 = [
  ["1", "Ban hành kế hoạch chuyển đổi số năm 2024 của huyện, thành phố", HTP, "Sở TT&TT", "Tháng 4/2024",
    "2024-04-30"],
  ["2", "Kiện toàn, duy trì hoạt động Tổ công nghệ số cộng đồng tại các thôn, tổ dân phố", HTP, XPT,
    "Chậm nhất 15/5/2024", "2024-05-15"],
  ["3", "Thí điểm mô hình xã thông minh tại xã Quảng Khê gắn với phát triển du lịch cộng đồng", "UBND huyện Ba Bể",
    "Sở TT&TT", "Quý IV/2024", "2024-12-31"],
  ["4", "Bố trí máy tính, thiết bị hỗ trợ người dân nộp hồ sơ trực tuyến tại Bộ phận Một cửa cấp huyện, cấp xã",
    HTP, XPT, "Trước 30/6/2024", "2024-06-29"],
  ["5", "Lắp đặt camera giám sát an ninh trật tự, giao thông tại các tuyến phố trung tâm thành phố",
    "UBND thành phố Bắc Kạn", "Công an tỉnh", "Tháng 11/2024", "2024-11-30"],
  ["6", "Hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử mức độ 2", XPT, "Công an tỉnh",
    "Trước 20/9/2024", "2024-09-19"],
  ["7", "Báo cáo kết quả thực hiện nhiệm vụ chuyển đổi số của địa phương gửi Sở TT&TT", HTP, "", "Hằng quý", null],
  ["8", "Tự đánh giá mức độ chuyển đổi số cấp huyện năm 2024 theo bộ chỉ số DTI", HTP, "Sở TT&TT", "Tháng 12/2024",
    "2024-12-31"],
];

const guide = {
  name: "Hướng dẫn", widths: [5, 100], portrait: true, size: 12,
  rows: [
    title("HƯỚNG DẪN CẬP NHẬT BIỂU THEO DÕI NHIỆM VỤ", 2, { size: 13 }),
    title(`(${PLAN} về chuyển đổi số, phát triển chính quyền số và bảo đảm an toàn thông tin mạng năm 2024)`, 2,
      { bold: false, italic: true }),
    blank(),
    ...[
      "Biểu 01 gồm các nhiệm vụ giao các sở, ban, ngành tỉnh chủ trì; Biểu 02 gồm các nhiệm vụ giao UBND các " +
        "huyện, thành phố chủ trì. Số thứ tự được đánh riêng trong từng biểu.",
      "Cột “Thời hạn hoàn thành” (Biểu 01) và “Thời gian hoàn thành” (Biểu 02) giữ nguyên theo Kế hoạch; cơ quan " +
        "chủ trì không tự điều chỉnh. Trường hợp cần lùi thời hạn, đơn vị có văn bản đề xuất gửi Sở Thông tin và " +
        "Truyền thông tổng hợp, trình UBND tỉnh xem xét.",
      "Cột “Kết quả thực hiện” ghi ngắn gọn sản phẩm đã hoàn thành (số, ngày văn bản; số lượng; tỷ lệ %); nhiệm vụ " +
        "chưa hoàn thành ghi rõ nguyên nhân, đề xuất.",
      "Đơn vị cập nhật biểu, gửi về Sở Thông tin và Truyền thông qua Hệ thống quản lý văn bản và điều hành trước " +
        "ngày 15 của tháng cuối quý.",
      "Đầu mối liên hệ: Phòng Chuyển đổi số, Sở Thông tin và Truyền thông.",
    ].map((t, i) => ({ cells: [C(`${i + 1}.`, { align: "right" }), C(t)], box: false })),
  ],
};

const head = (form, caption, columns, n) => [
  { cells: [C("", { across: n - 2 }), C(`Biểu ${form}`, { bold: true, align: "right" })], box: false },
  title(caption, n, { size: 13 }),
  title(`(Kèm theo ${PLAN})`, n, { bold: false, italic: true }),
  blank(),
  { cells: columns.map((c) => C(c, H)) },
];
const row = (r, extra) => ({ cells: [C(r[0], { align: "center" }), C(r[1]), C(r[2].replaceAll("; ", ";\n")),
  C(r[3].replaceAll("; ", ";\n")), C(r[4], { align: "center" }), C(""), ...extra] });

const form1 = {
  name: "Biểu 01", widths: [6, 48, 20, 24, 14, 24, 30], boxFrom: 5, size: 12,
  rows: [
    ...head("01", "NHIỆM VỤ GIAO CÁC SỞ, BAN, NGÀNH TỈNH CHỦ TRÌ THỰC HIỆN", ["STT", "Nhiệm vụ", "Cơ quan chủ trì",
      "Cơ quan phối hợp", "Thời hạn hoàn thành", "Kết quả thực hiện", "Ghi chú theo dõi"], 6),
    ...FORM1.map((r) => row(r, [C(r[6], { italic: true, wrap: false })])),
  ],
  setup(ws) {
    ws.getColumn(7).hidden = true;
  },
};
const form2 = {
  name: "Biểu 02", widths: [6, 48, 22, 22, 14, 24], boxFrom: 5, size: 12,
  rows: [
    ...head("02", "NHIỆM VỤ GIAO UBND CÁC HUYỆN, THÀNH PHỐ CHỦ TRÌ THỰC HIỆN", ["STT", "Nhiệm vụ",
      "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Kết quả thực hiện"], 6),
    ...FORM2.map((r) => row(r, [])),
  ],
};

await saveBook(DIR, [guide, form1, form2], { creator: "Ha Thi Thu Huong", created: "2024-03-25T01:40:00Z",
  modified: "2024-03-28T07:55:00Z", size: 12 });

const tasks = [];
const lines = [];
for (const [form, rows] of [["01", FORM1], ["02", FORM2]]) {
  for (const [stt, text, lead, co, written, due] of rows) {
    const ref = `${Number(form)}.${stt}`;
    if (!due) {
      lines.push(`${ref} '${written}' no task`);
      continue;
    }
    tasks.push(task(ref, text, due, units(lead), units(co)));
    lines.push(when(ref, written, due));
  }
}
writeExpected(DIR, {
  id: ID,
  style: `${PLAN}, 22/3/2024 (before the reorganisation: departments as they were, districts), chuyển đổi số: ` +
    "the follow-up WORKBOOK of THREE SHEETS. 'Hướng dẫn': instructions only (forms, columns, a RECURRING report " +
    "'trước ngày 15 của tháng cuối quý': no task). 'Biểu 01' (departments lead) and 'Biểu 02' (districts lead): " +
    "each with a 'Biểu 0N' mark and its own title rows naming the plan; STT RESTARTS at 1 on each form, so REF = " +
    "FORM NUMBER (no leading zero) '.' STT ('1.4', '2.6'). Biểu 01's column G 'Ghi chú theo dõi' is HIDDEN (not printed; Excel's " +
    "copy keeps it, so it is in plan.txt): follow-up notes, their dates (a ministry's letter, the national day " +
    "10/10) are no deadlines. Kết quả thực hiện empty. Times typed as text, read by the rules ('Trước X' = X-1, " +
    "'Chậm nhất/Hoàn thành X' = X, 'Tháng/Quý' = its last day, '6 tháng đầu năm' = 30/6): " + lines.join("; ") +
    ". Units one a line: 'Các sở, ban, ngành' = @departments, 'UBND các huyện, thành phố' = @districts, 'UBND các " +
    "xã, phường, thị trấn' = unresolved 'UBND cấp xã'; 'Sở TT&TT', 'Sở NN&PTNT', 'Sở KH&ĐT', 'BHXH tỉnh', 'Đài " +
    "PT-TH tỉnh' = their directory names. 'gửi Sở TT&TT' (2.7) and 'gửi Sở Thông tin và Truyền thông' are recipients. plan.xlsx " +
    "(exceljs), .xls/.ods copies, plan.pdf its print (three sheets), plan.txt Excel's copy of each sheet after its tab.",
  province: "Bắc Kạn",
  plan: { number: NUM, date: "2024-03-22" },
  tasks,
  unresolved: [XPT],
  successors: [],
});

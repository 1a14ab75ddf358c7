// 11: Bắc Kạn, March 2024 (before the reorganisation: districts, old departments). The annex of Kế hoạch
// 157/KH-UBND ngày 05/3/2024 (kiểm soát thủ tục hành chính, cơ chế một cửa năm 2024) as a workbook: STT | Nội dung
// công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện (merged over QUARTER COLUMNS Quý I … Quý IV,
// an "x" in each quarter the work runs) | Thời hạn hoàn thành (filled on a few rows only). Group rows I … V across
// the row, STT restarting in each group. The note under the table: the task ends with the last quarter marked; a
// day in Thời hạn wins. Two rows marked in every quarter say "Thường xuyên" / "Định kỳ hằng quý" (no task).
import { task } from "../../plan-corpus/author-kit/lib.mjs";
import { writeExpected } from "../../plan-corpus/author-kit/sheet.mjs";
import { C, H, blank, note, saveBook, title, unitsOf, when } from "./common.mjs";

const ID = "11-bac-kan-2024-quarter-mark-columns-x-last-quarter-marked-thoi-han-column-on-some-rows";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const NUM = "157/KH-UBND";
const SBN = "Các sở, ban, ngành", HUY = "UBND các huyện, thành phố", TTPV = "Trung tâm Phục vụ hành chính công tỉnh";
const MAP = { [SBN]: ["@departments"], [HUY]: ["@districts"], "Sở TT&TT": ["Sở Thông tin và Truyền thông"],
  "Sở TN&MT": ["Sở Tài nguyên và Môi trường"], "VP UBND tỉnh": ["Văn phòng UBND tỉnh"], "Cục Thuế tỉnh": ["Thuế tỉnh"] };
const units = (cell) => unitsOf(cell, MAP);
const QEND = ["2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31"];

// [group, [[task, lead, coordinators, quarters marked ("x" / "X" per quarter, "" unmarked), Thời hạn written,
//   due from Thời hạn (null: none written, "no": no task)]]]
const GROUPS = [
  ["RÀ SOÁT, ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH", [
    ["Rà soát, đánh giá thủ tục hành chính theo danh mục được phân công trong Kế hoạch rà soát năm 2024", SBN,
      "VP UBND tỉnh", ["", "x", "x", ""], "", null],
    ["Tổng hợp phương án đơn giản hóa thủ tục hành chính, trình Chủ tịch UBND tỉnh thông qua",
      "Văn phòng UBND tỉnh", SBN, ["", "", "", "x"], "Trước ngày 15/11/2024", "2024-11-14"],
    ["Rà soát quy định, thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước", `${SBN}; ${HUY}`, "",
      ["x", "x", "", ""], "", null],
  ]],
  ["CÔNG BỐ, CÔNG KHAI THỦ TỤC HÀNH CHÍNH", [
    ["Cập nhật, công khai thủ tục hành chính trên Cơ sở dữ liệu quốc gia ngay sau khi có quyết định công bố", SBN,
      "VP UBND tỉnh", ["x", "x", "x", "x"], "Thường xuyên", "no"],
    ["Niêm yết thủ tục hành chính kèm mã QR tại Bộ phận Một cửa cấp huyện, cấp xã", HUY, "Sở TT&TT",
      ["", "x", "", ""], "", null],
  ]],
  ["GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THEO CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG", [
    ["Rà soát, kiện toàn công chức làm việc tại Bộ phận Một cửa các cấp", `${SBN}; ${HUY}`, "Sở Nội vụ",
      ["x", "", "", ""], "", null],
    ["Đánh giá chất lượng giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh",
      "Văn phòng UBND tỉnh", TTPV, ["", "", "X", ""], "", null],
    ["Thực hiện liên thông thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới " +
      "6 tuổi", "Sở Tư pháp", `Công an tỉnh; Bảo hiểm xã hội tỉnh; ${HUY}`, ["", "x", "x", ""], "Tháng 8/2024",
    "2024-08-31"],
    ["Thí điểm tiếp nhận, trả kết quả không dùng giấy tại Bộ phận Một cửa cấp huyện", "UBND huyện Pác Nặm",
      "Sở TT&TT; VP UBND tỉnh", ["", "", "x", ""], "", null],
  ]],
  ["DỊCH VỤ CÔNG TRỰC TUYẾN, SỐ HÓA HỒ SƠ", [
    ["Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh đáp ứng yêu cầu số hóa hồ sơ",
      "Sở Thông tin và Truyền thông", "VP UBND tỉnh", ["", "x", "", ""], "", null],
    ["Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực thuộc lĩnh vực đất đai", "Sở TN&MT", HUY,
      ["", "", "x", "x"], "", null],
    ["Triển khai thanh toán trực tuyến nghĩa vụ tài chính trong giải quyết thủ tục hành chính", "Sở Tài chính",
      "Cục Thuế tỉnh; Kho bạc Nhà nước tỉnh", ["", "", "", "x"], "Chậm nhất ngày 20/12/2024", "2024-12-20"],
  ]],
  ["KIỂM TRA, BÁO CÁO", [
    ["Kiểm tra công tác kiểm soát thủ tục hành chính tại một số sở, ngành, địa phương", "Văn phòng UBND tỉnh",
      "Sở Nội vụ; Sở Tư pháp", ["", "", "x", ""], "", null],
    ["Báo cáo tình hình, kết quả kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa", `${SBN}; ${HUY}`, "",
      ["x", "x", "x", "x"], "Định kỳ hằng quý", "no"],
    ["Tổng kết công tác kiểm soát thủ tục hành chính năm 2024, đề ra nhiệm vụ năm 2025", "Văn phòng UBND tỉnh",
      `${SBN}; ${HUY}`, ["", "", "", "x"], "", null],
  ]],
];
const ROMAN = ["I", "II", "III", "IV", "V"];

const N = 9;
const sheet = {
  name: "PL Kiem soat TTHC 2024", widths: [6, 46, 20, 24, 7, 7, 7, 7, 17], boxFrom: 7,
  rows: [
    { cells: [C("UBND TỈNH BẮC KẠN", { ...H, across: 2 })], box: false },
    blank(),
    title("PHỤ LỤC", N),
    title("KẾ HOẠCH TRIỂN KHAI CÔNG TÁC KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2024", N),
    title(`(Ban hành kèm theo Kế hoạch số ${NUM} ngày 05 tháng 3 năm 2024 của UBND tỉnh Bắc Kạn)`, N,
      { bold: false, italic: true }),
    blank(),
    { cells: [C("STT", { ...H, down: 1 }), C("Nội dung công việc", { ...H, down: 1 }),
      C("Cơ quan chủ trì", { ...H, down: 1 }), C("Cơ quan phối hợp", { ...H, down: 1 }),
      C("Thời gian thực hiện năm 2024", { ...H, across: 3 }), C("Thời hạn hoàn thành", { ...H, down: 1 })] },
    { cells: ["Quý I", "Quý II", "Quý III", "Quý IV"].map((v) => C(v, H)) },
    ...GROUPS.flatMap(([name, list], g) => [
      { cells: [C(ROMAN[g], { bold: true, align: "center" }), C(name, { bold: true, across: N - 2 })] },
      ...list.map(([text, lead, co, marks, time], i) => ({ cells: [C(i + 1, { align: "center" }), C(text),
        C(lead.replaceAll("; ", ";\n")), C(co.replaceAll("; ", ";\n")),
        ...marks.map((m) => C(m, { align: "center", valign: "middle" })), C(time, { align: "center" })] })),
    ]),
    blank(),
    note("Ghi chú: Dấu (x) là quý thực hiện nhiệm vụ; nhiệm vụ phải hoàn thành trong quý cuối cùng được đánh dấu. " +
      "Nhiệm vụ có ghi thời hạn hoàn thành cụ thể thì thực hiện theo thời hạn đã ghi.", N, { italic: true }),
  ],
};

await saveBook(DIR, [sheet], { creator: "Hoang Van Quy", created: "2024-02-28T03:00:00Z",
  modified: "2024-03-05T07:10:00Z" });

const tasks = [];
const lines = [];
GROUPS.forEach(([, list], g) => {
  list.forEach(([text, lead, co, marks, time, dueWritten], i) => {
    const ref = `${ROMAN[g]}.${i + 1}`;
    if (dueWritten === "no") {
      lines.push(`${ref} marked ${marks.filter(Boolean).length} quarters, '${time}' no task`);
      return;
    }
    const last = marks.findLastIndex(Boolean);
    const due = dueWritten ?? QEND[last];
    const t = task(ref, text, due, units(lead), units(co));
    tasks.push(t);
    lines.push(when(ref, dueWritten ? time : `x in Quý ${ROMAN[last]}`, t.due));
  });
});
writeExpected(DIR, {
  id: ID,
  style: `Kế hoạch ${NUM} of UBND tỉnh Bắc Kạn, 05/3/2024 (before the reorganisation: districts, old ` +
    "departments), kiểm soát TTHC 2024: the plan's annex as a workbook, one sheet; title rows give number and date " +
    "('ngày 05 tháng 3 năm 2024'). Header on two rows: STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối " +
    "hợp | 'Thời gian thực hiện năm 2024' merged over QUARTER COLUMNS Quý I | Quý II | Quý III | Quý IV | Thời hạn " +
    "hoàn thành. GROUP ROWS I..V (capitals across the row, no task), STT FROM 1 IN EACH GROUP: ref = group + '.' + " +
    "STT ('III.2'). Each row's time is the 'x' (one 'X') in the quarter columns; due = the END OF THE LAST QUARTER " +
    "MARKED (the note under the table says so); a day written in Thời hạn wins (the same note), and rows marked in " +
    "every quarter whose Thời hạn says 'Thường xuyên' / 'Định kỳ hằng quý' are no tasks. Dates: " + lines.join("; ") +
    ". 'Các sở, ban, ngành' = @departments; 'UBND các huyện, thành phố' = @districts; 'Sở TT&TT', 'Sở TN&MT', " +
    "'VP UBND tỉnh' = their directory names; 'Cục Thuế tỉnh' = Thuế tỉnh; 'Trung tâm Phục vụ hành chính công tỉnh' " +
    "unresolved. plan.xlsx (exceljs), .xls/.ods LibreOffice's copies, plan.pdf its print, plan.txt Excel's copy " +
    "after the tab's name.",
  province: "Bắc Kạn",
  plan: { number: NUM, date: "2024-03-05" },
  tasks,
  unresolved: [TTPV],
  successors: [],
});

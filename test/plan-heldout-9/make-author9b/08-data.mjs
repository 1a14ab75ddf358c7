// Document 08: UBND tỉnh Bắc Kạn 2024, Kế hoạch nâng cao Chỉ số PAPI: a UNIT × QUARTER matrix whose cells hold
// the task text (the row names the lead, the column the quarter, a "(trước d/m)" in the cell a date of its own);
// printed by Chromium from an HTML page laid out with CSS grid (no <table>).

const Q = ["2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31"];
const MOVED = { "2024-03-31": "2024-04-01", "2024-06-30": "2024-07-01", "2024-09-15": "2024-09-16",
  "2024-11-30": "2024-12-02" };
const D = "@departments";
const H = "@districts";

// a cell: [text, own due or null (= the quarter's), coordinators, columns spanned]
const c = (t, due = null, coords = [], span = 1) => ({ t, due, coords, span });

// rows: [STT, unit as written, lead[], sub-rows: four quarter cells ("" = empty; a spanning cell covers the next)]
export const ROWS = [
  ["1", "Sở Nội vụ", ["Sở Nội vụ"], [
    [c("Tham mưu ban hành Kế hoạch tuyên truyền về Chỉ số PAPI năm 2024 (trước 15/3)", "2024-03-15"),
      c("Tổ chức Hội nghị phân tích kết quả Chỉ số PAPI năm 2023 (PH: các sở, ban, ngành; UBND các huyện, thành phố)",
        null, [D, H]),
      c("Kiểm tra việc thực hiện dân chủ ở cơ sở tại 04 xã (trước 15/9; PH: Sở Tư pháp)", "2024-09-15", ["Sở Tư pháp"]),
      c("Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch (trước 10/12)", "2024-12-10")],
  ]],
  ["2", "VP UBND tỉnh", ["Văn phòng UBND tỉnh"], [
    [c("Công khai đầy đủ danh mục thủ tục hành chính trên Cổng Dịch vụ công của tỉnh"), "",
      c("Đánh giá chất lượng giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh (PH: Sở Nội vụ)",
        null, ["Sở Nội vụ"]), ""],
  ]],
  ["3", "Sở Tư pháp", ["Sở Tư pháp"], [
    ["", c("Tổ chức đối thoại chính sách pháp luật với người dân (PH: Hội Nông dân tỉnh)", null, ["Hội Nông dân tỉnh"]),
      "", ""],
    ["", c("Phổ biến Luật Thực hiện dân chủ ở cơ sở tại các thôn, tổ dân phố (Quý II - Quý III; PH: UBND các huyện, " +
      "thành phố)", null,
      [H], 2), ""],
  ]],
  ["4", "Sở TN&MT", ["Sở Tài nguyên và Môi trường"], [
    ["", c("Công khai quy hoạch, kế hoạch sử dụng đất năm 2024 cấp huyện (trước 30/5)", "2024-05-30"),
      c("Kiểm tra việc thu gom, xử lý rác thải sinh hoạt tại các huyện (PH: UBND các huyện, thành phố)", null, [H]),
      c("Thông tin cho người dân về chất lượng nước sinh hoạt, không khí tại các khu dân cư")],
  ]],
  ["5", "Sở TT&TT", ["Sở Thông tin và Truyền thông"], [
    [c("Xây dựng chuyên mục \"Chỉ số PAPI\" trên Cổng Thông tin điện tử tỉnh"), "",
      c("Tuyên truyền về Cổng Dịch vụ công, ứng dụng VNeID (PH: Báo Bắc Kạn, Đài Phát thanh - Truyền hình tỉnh)", null,
        ["Báo Bắc Kạn", "Đài Phát thanh - Truyền hình tỉnh"]), ""],
  ]],
  ["6", "Sở KH&ĐT", ["Sở Kế hoạch và Đầu tư"], [
    ["", c("Công khai kế hoạch đầu tư công trung hạn, danh mục dự án khởi công mới năm 2024"), "",
      c("Đánh giá việc lấy ý kiến người dân đối với dự án đầu tư công tại xã")],
  ]],
  ["7", "Thanh tra tỉnh", ["Thanh tra tỉnh"], [
    ["", c("Công khai kết luận thanh tra các vụ việc tham nhũng, tiêu cực (trước 20/6)", "2024-06-20"), "",
      c("Thanh tra trách nhiệm thực hiện pháp luật về tiếp công dân tại 02 huyện")],
  ]],
  ["8", "Công an tỉnh", ["Công an tỉnh"], [
    [c("Hoàn thành cấp tài khoản định danh điện tử mức độ 2 cho người dân đủ điều kiện (trước 31/3)", "2024-03-31"),
      "", c("Tuyên truyền phòng, chống lừa đảo qua mạng (PH: Sở TT&TT)", null, ["Sở Thông tin và Truyền thông"]), ""],
  ]],
  ["9", "UBND các huyện, thành phố", [H], [
    [c("Công khai, minh bạch thu chi ngân sách xã và các khoản đóng góp của người dân (thực hiện cả năm)", null, [],
      4)],
    ["", c("Tổ chức đối thoại giữa Chủ tịch UBND cấp huyện với người dân về thủ tục hành chính"),
      c("Tuyên truyền, hướng dẫn người dân về nội dung khảo sát PAPI năm 2024"), ""],
  ]],
  ["10", "Các sở, ban, ngành", [D], [
    ["", "", "", c("Tự đánh giá kết quả thực hiện nhiệm vụ được giao, gửi Sở Nội vụ (trước 30/11)", "2024-11-30")],
  ]],
];

/** Tasks of the grid: due = own date or the end of the last quarter the cell covers. */
export function gridTasks() {
  const out = [];
  for (const [, , lead, subs] of ROWS) {
    for (const sub of subs) {
      let col = 0;
      for (const cell of sub) {
        const span = cell ? cell.span : 1;
        if (cell) {
          const due = cell.due ?? Q[col + span - 1];
          const title = cell.t.replace(/\s*\(.*$/, "");
          out.push({ ref: null, title, due, effectiveDue: MOVED[due] ?? due, inherited: false, lead,
            coordinators: cell.coords });
        }
        col += span;
      }
    }
  }
  return out;
}

export const ORG_TASKS = [
  { ref: "III.2", title: "Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch", due: "2024-03-15",
    effectiveDue: "2024-03-15", inherited: false, lead: ["Sở Tài chính"], coordinators: [] },
  { ref: "III.3", title: "Báo Bắc Kạn, Đài Phát thanh - Truyền hình tỉnh mở chuyên mục", due: "2024-06-30",
    effectiveDue: "2024-07-01", inherited: false, lead: ["Báo Bắc Kạn", "Đài Phát thanh - Truyền hình tỉnh"],
    coordinators: [] },
];

export const STYLE =
  "Kế hoạch 38/KH-UBND of UBND tỉnh Bắc Kạn, 22/02/2024, on PAPI. Mục II is a UNIT × QUARTER MATRIX (landscape; a " +
  "CSS grid in the PDF, a Word table in the .docx): STT | Đơn vị chủ trì | Quý I | Quý II | Quý III | Quý IV; the " +
  "cells hold the task text; a unit may take several sub-rows (STT and unit cells merged down). Each non-empty " +
  "cell is one task (ref null, title = the cell's text before '('), lead = its row's unit ('Các sở, ban, ngành' " +
  "@departments, 'UBND các huyện, thành phố' @districts), coordinators from '(PH: …)' in the cell; due = a " +
  "'(trước d/m)' in the cell (year 2024), else the end of the cell's quarter, not inherited (a cell merged over " +
  "Quý II-III → 30/9, over Quý I-IV → 31/12; the cells also say so, for plan.txt). Moves: 31/3, 30/6 Sun → 1/4, 1/7; 15/9 Sun → 16/9; 30/11 Sat → 2/12. " +
  "Mục III: III.2 (trước 15/3/2024), III.3 'trong Quý II/2024'; III.1, III.4 undated. PDF: Chromium.";

// Held-out set 6, document 08: a Kế hoạch of merged Thái Nguyên (26/9/2025) whose appendix gives each task
// one "Cơ quan thực hiện" cell listing the units one per line, numbered 1., 2., 3. (Word numbering restarted
// in every cell in plan-auto.docx), the lead marked "(chủ trì)"; Roman section rows over tasks numbered 1.1,
// 2.1 (the Roman + "1.1" mix); old department names, one with Word's non-breaking hyphen; symbol-font
// bullets (w:sym) and a hyperlink in the body. plan.pdf by LibreOffice from plan-auto.docx.
// Run from the repository: node test/plan-heldout-6/make-author6b/08.mjs
import { N, P, PAGE, T, header, numbering, signature, writeAll } from "./lib.mjs";

const FOLDER = "08-thai-nguyen-2025-numbered-units-cell-old-names";
const BULLET = { sym: "F0B7" };
const NBH = { nbh: true };

// [STT, task, units (the first leads), time, product]; a [roman, title] pair is a section row
const ROWS = [
  ["I", "HOÀN THIỆN THỂ CHẾ, QUY TRÌNH"],
  [
    "1.1",
    "Rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính sau sắp xếp đơn vị hành chính",
    [["Văn phòng UBND tỉnh (chủ trì);"], ["Các sở, ban, ngành."]],
    "Tháng 10/2025",
    "Quyết định phê duyệt quy trình nội bộ",
  ],
  [
    "1.2",
    "Ban hành Quy chế phối hợp cung cấp dịch vụ công trực tuyến toàn trình tại cấp xã",
    [["Sở Khoa học và Công nghệ (chủ trì);"], ["Sở Tư pháp;"], ["UBND các xã, phường."]],
    "Trước 15/11/2025",
    "Quy chế phối hợp",
  ],
  ["II", "DỮ LIỆU SỐ"],
  [
    "2.1",
    "Làm sạch dữ liệu hộ tịch, đồng bộ với Cơ sở dữ liệu quốc gia về dân cư",
    [["Sở Tư pháp (chủ trì);"], ["Công an tỉnh;"], ["UBND các xã, phường."]],
    "Quý IV/2025",
    "Dữ liệu được đồng bộ",
  ],
  [
    "2.2",
    "Số hóa dữ liệu đất đai của các xã thuộc tỉnh Bắc Kạn (cũ)",
    [["Sở Tài nguyên và Môi trường (chủ trì);"], ["Sở Khoa học và Công nghệ."]],
    "6 tháng đầu năm 2026",
    "Cơ sở dữ liệu đất đai",
  ],
  [
    "2.3",
    "Kết nối phần mềm quản lý lao động, việc làm với Cổng Dịch vụ công của tỉnh",
    [["Sở Lao động", NBH, "Thương binh và Xã hội (chủ trì);"], ["Sở Thông tin và Truyền thông."]],
    "20/12/2025 (thứ Bảy)",
    "Phần mềm được kết nối",
  ],
  [
    "2.4",
    "Triển khai thanh toán trực tuyến nghĩa vụ tài chính về đất đai",
    [["Thuế tỉnh Thái Nguyên (chủ trì);"], ["Sở Nông nghiệp và Môi trường;"], ["Kho bạc Nhà nước tỉnh."]],
    "Tháng 11-12/2025",
    "Tỷ lệ thanh toán trực tuyến đạt 60%",
  ],
  ["III", "HẠ TẦNG, KỸ NĂNG SỐ"],
  [
    "3.1",
    "Trang bị thiết bị ký số, máy quét cho Bộ phận Một cửa cấp xã",
    [["UBND các xã, phường (chủ trì);"], ["Sở Tài chính."]],
    "Từ tháng 10/2025",
    "Thiết bị được trang bị",
  ],
  [
    "3.2",
    "Bồi dưỡng kỹ năng số cho công chức cấp xã sau sắp xếp",
    [["Sở Nội vụ (chủ trì);"], ["Sở Khoa học và Công nghệ;"], ["Trường Chính trị tỉnh."]],
    "Năm 2026",
    "Các lớp bồi dưỡng",
  ],
  [
    "3.3",
    "Phủ sóng di động 4G, cáp quang đến các thôn, xóm, bản chưa có sóng",
    [["Sở Khoa học và Công nghệ (chủ trì);"], ["Viettel Thái Nguyên;"], ["VNPT Thái Nguyên."]],
    "Quý II/2026",
    "100% thôn, xóm có sóng",
  ],
  [
    "3.4",
    "Tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến",
    [["Báo và Phát thanh, Truyền hình Thái Nguyên (chủ trì);"], ["Tỉnh đoàn;"], ["UBND các xã, phường."]],
    "Thường xuyên",
    "Tin, bài, phóng sự",
  ],
  [
    "3.5",
    "Đánh giá mức độ hài lòng của người dân đối với dịch vụ công trực tuyến",
    [["Sở Nội vụ (chủ trì);"], ["Bưu điện tỉnh."]],
    "Ngày 15/01/2026",
    "Báo cáo kết quả đánh giá",
  ],
];

const cellP = (runs, o = {}) => P(runs, { noIndent: true, left: true, ...o });
let cellNo = 0;
function table() {
  const head = ["STT", "Nhiệm vụ", "Cơ quan thực hiện", "Thời gian hoàn thành", "Sản phẩm"].map((h) => ({
    paras: [cellP([{ b: h }], { center: true })],
  }));
  const rows = [head];
  for (const row of ROWS) {
    if (row.length === 2) {
      const title = { colSpan: 4, paras: [cellP([{ b: row[1] }])] };
      rows.push([{ paras: [cellP([{ b: row[0] }], { center: true })] }, title]);
      continue;
    }
    const [no, task, units, time, product] = row;
    cellNo += 1;
    const instance = cellNo;
    rows.push([
      { paras: [cellP(no, { center: true })] },
      { paras: [cellP(task)] },
      { paras: units.map((u, k) => N(`${k + 1}.`, "donvi", 0, u, { instance, noIndent: true, left: true })) },
      { paras: [cellP(time, { center: true })] },
      { paras: [cellP(product)] },
    ]);
  }
  return T([650, 3050, 2650, 1650, 1071], rows, { header: true });
}

const blocks = [
  header({
    organ: ["UỶ BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN"],
    number: "187/KH-UBND",
    placeDate: "Thái Nguyên, ngày 26 tháng 9 năm 2025",
  }),
  P([{ b: "KẾ HOẠCH" }], { center: true }),
  P(
    [
      {
        b: "Đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính, cung cấp dịch vụ công trực tuyến Quý IV năm 2025 và năm 2026",
      },
    ],
    { center: true },
  ),
  P(
    "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương; sau sắp xếp tổ chức chính quyền địa phương hai cấp từ ngày 01/7/2025, UBND tỉnh ban hành Kế hoạch như sau:",
  ),
  P([{ b: "I. MỤC ĐÍCH, YÊU CẦU" }], { noIndent: true }),
  P([BULLET, "Bảo đảm người dân, doanh nghiệp trên địa bàn tỉnh (bao gồm địa bàn tỉnh Bắc Kạn cũ) được giải quyết thủ tục hành chính thông suốt, không bị gián đoạn."]),
  P([
    BULLET,
    "Tỷ lệ hồ sơ trực tuyến toàn trình đạt từ 80% trở lên; 100% kết quả giải quyết được số hóa và cập nhật trên Cổng Dịch vụ công của tỉnh (",
    { link: "https://dichvucong.thainguyen.gov.vn", text: "dichvucong.thainguyen.gov.vn" },
    ").",
  ]),
  P([{ b: "II. NHIỆM VỤ CỤ THỂ" }], { noIndent: true }),
  P("Các nhiệm vụ cụ thể, cơ quan thực hiện và thời gian hoàn thành tại Phụ lục kèm theo Kế hoạch này."),
  P([{ b: "III. TỔ CHỨC THỰC HIỆN" }], { noIndent: true }),
  P([{ b: "1. Sở Nội vụ" }, ": theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch; tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 20/12/2025."]),
  P([
    { b: "2. Các sở, ban, ngành tỉnh; UBND cấp xã" },
    ": căn cứ nhiệm vụ tại Phụ lục, chủ động triển khai; báo cáo kết quả về Sở Nội vụ định kỳ hằng tháng, trước ngày 25 của tháng.",
  ]),
  P(
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh xem xét, quyết định./.",
  ),
  signature(
    ["- Bộ Nội vụ (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;", "- Lưu: VT, KGVX."],
    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Nguyễn Thị Loan"],
  ),
  PAGE,
  P([{ b: "PHỤ LỤC" }], { center: true }),
  P([{ b: "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH" }], { center: true }),
  P([{ i: "(Kèm theo Kế hoạch số 187/KH-UBND ngày 26/9/2025 của UBND tỉnh Thái Nguyên)" }], { center: true }),
  table(),
];

await writeAll(FOLDER, {
  blocks,
  numbering: [numbering("donvi", [["decimal", "%1.", { indent: { left: 0, firstLine: 0 } }]])],
});
console.log("built", FOLDER);

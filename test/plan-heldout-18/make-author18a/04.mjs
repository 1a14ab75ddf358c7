// 04: Thái Nguyên 2025 (after the reorganisation, Bắc Kạn merged in) — a Kế hoạch on offices and public property
// left over after the merger, typed in Word with ONE automatic list for every numbered paragraph, so the numbers do
// not restart under each Roman section: I has 1-2, II goes on 3-7, III 8-12, IV 13-14 (what Word shows, and what the
// typed copy and plan.txt show). Refs follow the printed numbers: II.3 … IV.14. One old department name (Sở Kế
// hoạch và Đầu tư, merged into Sở Tài chính) is copied from an earlier plan.
import { build, task } from "./lib.mjs";
import { head, sign } from "./head.mjs";

const ID = "04-thai-nguyen-2025-word-list-numbers-run-on-across-sections";
const DIR = new URL(`../${ID}/`, import.meta.url).pathname;
const TC = "Sở Tài chính";
const X = "UBND cấp xã";
const R = (num, text) => ({ t: "p", num, text, bold: true, indent: false, list: { kind: "roman", inst: "R" } });
const N = (num, text) => ({ t: "p", num, text, list: { kind: "decimal", inst: "one" } });
const L = (num, text) => ({ t: "p", num, text, list: { kind: "letter", inst: "5" } });
const tasks = [];
const T = (ref, title, due, lead, coord = []) => tasks.push(task(ref, title, due, lead, coord));
T("II.3", "Tổng hợp, thống kê toàn bộ trụ sở, cơ sở nhà, đất dôi dư sau sắp xếp", "2025-09-14", [TC], [X]);
T("II.4", "Lập phương án sử dụng trụ sở, cơ sở nhà, đất dôi dư trên địa bàn", "2025-09-30", [X]);
T("II.5.a", "Đánh giá chất lượng công trình trụ sở cũ của các huyện thuộc tỉnh Bắc Kạn (cũ)", "2025-10-31",
  ["Sở Xây dựng"]);
T("II.5.b", "Rà soát hồ sơ pháp lý đất đai của các cơ sở nhà, đất dôi dư", "2025-10-19",
  ["Sở Nông nghiệp và Môi trường"], [X]);
T("II.6", "Đề xuất bố trí vốn sửa chữa, cải tạo trụ sở được giữ lại sử dụng", "2025-10-30", [TC]);
T("II.7", "Bảo đảm hạ tầng mạng, thiết bị kết nối tại trụ sở mới của các xã, phường", "2025-10-15",
  ["Sở Khoa học và Công nghệ"], ["Viễn thông Thái Nguyên"]);
T("III.8", "Phê duyệt phương án xử lý trụ sở, cơ sở nhà, đất dôi dư đợt 1", "2025-12-31", [TC]);
T("III.9", "Tổ chức bán đấu giá tài sản trên đất đợt 1", "2025-12-14", [X]);
T("III.10", "Cập nhật dữ liệu tài sản công sau sắp xếp lên Cơ sở dữ liệu quốc gia về tài sản công", "2025-11-29",
  [TC]);
T("III.11", "Kiểm tra việc quản lý, sử dụng tài sản công sau sắp xếp tại các xã thuộc khu vực Bắc Kạn cũ",
  "2026-12-31", ["Thanh tra tỉnh"], [TC]);
T("IV.14", "Tổng hợp báo cáo kết quả sắp xếp, xử lý trụ sở, tài sản công năm 2025", "2026-01-09", [TC]);
const blocks = [
  ...head("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "Số: 158/KH-UBND", "Thái Nguyên, ngày 20 tháng 8 năm 2025",
    "KẾ HOẠCH", "Sắp xếp, xử lý trụ sở làm việc, tài sản công\nsau sắp xếp đơn vị hành chính"),
  { t: "p", text: "Thực hiện Nghị quyết của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh năm 2025 (tỉnh Thái " +
    "Nguyên và tỉnh Bắc Kạn hợp nhất từ ngày 01/7/2025), UBND tỉnh ban hành Kế hoạch như sau:" },
  R("I.", "MỤC ĐÍCH, YÊU CẦU"),
  N("1.", "Quản lý chặt chẽ, sử dụng hiệu quả trụ sở làm việc, tài sản công sau sắp xếp; không để thất thoát, " +
    "lãng phí, xuống cấp tài sản."),
  N("2.", "Phân công rõ trách nhiệm, thời hạn hoàn thành của từng cơ quan, đơn vị; ưu tiên chuyển đổi trụ sở dôi " +
    "dư sang cơ sở y tế, giáo dục, văn hóa, thể thao."),
  R("II.", "RÀ SOÁT, LẬP PHƯƠNG ÁN"),
  N("3.", "Sở Tài chính chủ trì, phối hợp với UBND các xã, phường tổng hợp, thống kê toàn bộ trụ sở, cơ sở nhà, đất " +
    "dôi dư sau sắp xếp; hoàn thành trước ngày 15/9/2025."),
  N("4.", "UBND các xã, phường lập phương án sử dụng trụ sở, cơ sở nhà, đất dôi dư trên địa bàn, gửi Sở Tài chính " +
    "chậm nhất ngày 30/9/2025."),
  N("5.", "Đánh giá hiện trạng:"),
  L("a)", "Sở Xây dựng đánh giá chất lượng công trình trụ sở cũ của các huyện thuộc tỉnh Bắc Kạn (cũ), thực hiện " +
    "trong tháng 10/2025;"),
  L("b)", "Sở Nông nghiệp và Môi trường phối hợp với UBND các xã, phường rà soát hồ sơ pháp lý đất đai của các cơ " +
    "sở nhà, đất dôi dư, xong trước 20/10/2025."),
  N("6.", "Sở Kế hoạch và Đầu tư đề xuất bố trí vốn sửa chữa, cải tạo trụ sở được giữ lại sử dụng, báo cáo UBND " +
    "tỉnh trước ngày 31/10/2025."),
  N("7.", "Sở Khoa học và Công nghệ phối hợp với Viễn thông Thái Nguyên bảo đảm hạ tầng mạng, thiết bị kết nối tại " +
    "trụ sở mới của các xã, phường; hoàn thành ngày 15/10/2025."),
  R("III.", "XỬ LÝ TÀI SẢN"),
  N("8.", "Sở Tài chính trình UBND tỉnh phê duyệt phương án xử lý trụ sở, cơ sở nhà, đất dôi dư đợt 1 trong quý " +
    "IV/2025."),
  N("9.", "UBND các xã, phường tổ chức bán đấu giá tài sản trên đất đợt 1 theo phương án được duyệt, hoàn thành " +
    "trước ngày 15/12/2025."),
  N("10.", "Sở Tài chính cập nhật dữ liệu tài sản công sau sắp xếp lên Cơ sở dữ liệu quốc gia về tài sản công, " +
    "hoàn thành trước 30/11/2025."),
  N("11.", "Thanh tra tỉnh chủ trì, phối hợp với Sở Tài chính kiểm tra việc quản lý, sử dụng tài sản công sau sắp " +
    "xếp tại các xã thuộc khu vực Bắc Kạn cũ trong năm 2026."),
  N("12.", "Báo và Phát thanh, Truyền hình Thái Nguyên thường xuyên đưa tin về việc chuyển đổi công năng trụ sở " +
    "dôi dư phục vụ Nhân dân."),
  R("IV.", "TỔ CHỨC THỰC HIỆN"),
  N("13.", "Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện Kế hoạch; báo cáo Chủ tịch UBND tỉnh khi có vướng " +
    "mắc."),
  N("14.", "Sở Tài chính tổng hợp báo cáo UBND tỉnh kết quả sắp xếp, xử lý trụ sở, tài sản công năm 2025 trước " +
    "ngày 10/01/2026."),
  ...sign(["Bộ Tài chính", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành", "UBND các xã, phường"],
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Phạm Hoàng Sơn"),
];

await build(DIR, {
  blocks, printer: "libreoffice",
  expected: {
    id: ID,
    style: "Kế hoạch 158/KH-UBND Thái Nguyên 20/8/2025 (after the reorganisation): every numbered paragraph is one " +
      "Word list (auto docx: one numId), so numbers run on over the Roman sections (I 1-2, II 3-7, III 8-12, IV " +
      "13-14); typed copy and plan.txt show the same. Refs as printed: II.3 … IV.14, II.5.a/b. 15/9 -> 14/9 Sun " +
      "-> 15/9; 20/10 -> 19/10 Sun -> 20/10; 30/11 -> 29/11 Sat -> 1/12; 15/12 -> 14/12 Sun -> 15/12; quý IV " +
      "-> 31/12; 'trong năm 2026' -> 31/12/2026; 10/01/2026 -> 9/1. II.6 writes the old Sở Kế hoạch và Đầu tư " +
      "-> Sở Tài chính (successors). 12, 13 undated. 'UBND các xã, phường' = UBND cấp xã; Viễn thông Thái " +
      "Nguyên unresolved. PDF: LibreOffice.",
    province: "Thái Nguyên",
    plan: { number: "158/KH-UBND", date: "2025-08-20" },
    tasks,
    unresolved: [X, "Viễn thông Thái Nguyên"],
    successors: [{ written: "Sở Kế hoạch và Đầu tư", unit: TC }],
  },
});
